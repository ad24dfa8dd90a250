/* test-store-util.h — helpers shared by the store tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "../common/cor-test-tree.h"
#include "cor-core.h"
#include "cor-store.h"

typedef struct
{
  char     *dir;
  char     *path;
  CorStore *store;
} StoreFixture;

static inline void
store_fixture_set_up (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cor-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.corroborate", NULL);
  fixture->store = cor_store_create (fixture->path, "Test case", "Analyst A", &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static inline void
store_fixture_tear_down (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_clear_object (&fixture->store);
  cor_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static inline char *
fake_sha256 (const char *seed)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);
}

static inline CorClip *
add_test_clip (CorStore   *store,
               const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autofree char *sha = fake_sha256 (title);
  g_autofree char *path = g_strdup_printf ("/media/%s.mp4", title);

  cor_clip_set_title (clip, title);
  cor_clip_set_path (clip, path);
  cor_clip_set_sha256 (clip, sha);
  cor_clip_set_size (clip, 1234);
  cor_clip_set_kind (clip, COR_CLIP_KIND_VIDEO);
  g_assert_true (cor_store_add_clip (store, clip, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&clip);
}

static inline CorAnnotation *
add_test_note (CorStore   *store,
               gint64      clip_id,
               gint64      start_ns,
               const char *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);

  cor_annotation_set_clip_id (a, clip_id);
  cor_annotation_set_start_ns (a, start_ns);
  cor_annotation_set_note (a, note);
  g_assert_true (cor_store_add_annotation (store, a, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&a);
}

static inline char *
file_sha256 (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}
