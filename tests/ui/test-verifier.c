/* test-verifier.c — re-hashing clips in the background, and "Locate…" (no display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-error.h"
#include "cor-import.h"
#include "cor-store.h"
#include "cor-path.h"
#include "cor-verifier.h"
#include "ui-test-util.h"

typedef struct
{
  char     *dir;
  char     *case_path;
  CorStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *case_dir = NULL;

  fixture->dir = g_dir_make_tmp ("cor-verifier-XXXXXX", &error);
  g_assert_no_error (error);
  case_dir = g_build_filename (fixture->dir, "case", NULL);
  g_assert_cmpint (g_mkdir_with_parents (case_dir, 0700), ==, 0);
  fixture->case_path = g_build_filename (case_dir, "case.corroborate", NULL);
  fixture->store = cor_store_create (fixture->case_path, "Verify", "tester", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  cor_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->case_path);
}

/* Writes @size bytes of varied content to @path */
static void
write_file (const char *path,
            gsize       size,
            guint32     seed)
{
  g_autofree guint8 *bytes = g_malloc (size);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  GRand *rand = g_rand_new_with_seed (seed);

  /* a random block of 64 KiB, repeated */
  for (gsize i = 0; i < size; i++)
    bytes[i] = i < 65536 ? (guint8) g_rand_int_range (rand, 0, 256) : bytes[i - 65536];
  g_rand_free (rand);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, (const char *) bytes, (gssize) size, &error);
  g_assert_no_error (error);
}

static char *
sha256_of (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* A clip record for @path with its true SHA-256, relative to the case folder */
static gint64
add_clip (Fixture    *fixture,
          const char *path)
{
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = sha256_of (path);
  g_autofree char *case_dir = g_path_get_dirname (fixture->case_path);
  g_autofree char *relative = cor_path_relative_to (path, case_dir);

  cor_clip_set_path (clip, path);
  cor_clip_set_relative_path (clip, relative);
  cor_clip_set_sha256 (clip, sha256);
  cor_clip_set_kind (clip, COR_CLIP_KIND_VIDEO);
  cor_store_add_clip (fixture->store, clip, &error);
  g_assert_no_error (error);

  return cor_clip_get_id (clip);
}

static gboolean
verifier_idle (gpointer data)
{
  return !cor_verifier_is_busy (COR_VERIFIER (data));
}

/* Iterates the main loop until the verifier is idle */
static void
wait_idle (CorVerifier *verifier)
{
  g_assert_true (ui_test_wait_for (verifier_idle, verifier));
}

typedef struct
{
  GString *log;
  CorVerifier *verifier;
} StatusLog;

static void
status_changed_cb (CorVerifier *verifier,
                   gint64       clip_id,
                   StatusLog   *log)
{
  g_string_append_printf (log->log, "%" G_GINT64_FORMAT ":%s ", clip_id,
                          cor_verify_status_to_string (cor_verifier_get_status (verifier,
                                                                                clip_id)));
}

/* Pure helpers */

static void
test_pure (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *case_path = NULL;
  g_autofree char *resolved = NULL;
  g_autoptr(GError) error = NULL;

  /* relative paths: tests/unit/test-path.c */
  g_assert_cmpint (cor_verifier_compare ("ab", NULL), ==, COR_VERIFY_STATUS_MISSING);
  g_assert_cmpint (cor_verifier_compare ("ab", "AB"), ==, COR_VERIFY_STATUS_OK);
  g_assert_cmpint (cor_verifier_compare ("ab", "ac"), ==, COR_VERIFY_STATUS_CHANGED);

  g_assert_cmpstr (cor_verify_status_to_string (COR_VERIFY_STATUS_OK), ==, "ok");
  g_assert_cmpstr (cor_verify_status_to_string (COR_VERIFY_STATUS_CHANGED), ==, "changed");
  g_assert_cmpstr (cor_verify_status_to_string (COR_VERIFY_STATUS_MISSING), ==, "missing");

  dir = g_dir_make_tmp ("cor-verifier-pure-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_build_filename (dir, "media", "x.bin", NULL);
  case_path = g_build_filename (dir, "case.corroborate", NULL);
  write_file (file, 16, 1);

  /* the absolute path first, then the relative one, never a folder */
  resolved = cor_verifier_resolve_path (file, NULL, NULL);
  g_assert_cmpstr (resolved, ==, file);
  g_clear_pointer (&resolved, g_free);
  resolved = cor_verifier_resolve_path ("/nonexistent/x.bin", "media/x.bin", case_path);
  g_assert_cmpstr (resolved, ==, file);
  g_clear_pointer (&resolved, g_free);
  g_assert_null (cor_verifier_resolve_path ("/nonexistent/x.bin", "media", case_path));
  g_assert_null (cor_verifier_resolve_path ("/nonexistent/x.bin", NULL, case_path));
  g_assert_null (cor_verifier_resolve_path (dir, NULL, NULL));

  cor_test_remove_tree (dir);
}

static gboolean
make_wav (const char *path)
{
  g_autofree char *location = g_strdup_printf ("location=%s", path);
  const char *argv[] = { "gst-launch-1.0", "-q", "audiotestsrc", "num-buffers=20", "!",
                         "wavenc", "!", "filesink", location, NULL };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

/* ok, changed (one byte), missing (deleted); each clip goes CHECKING then its status */
static void
test_statuses (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *media_dir = g_build_filename (fixture->dir, "case", "media", NULL);
  g_autofree char *wav = g_build_filename (media_dir, "tone.wav", NULL);
  g_autofree char *changed = g_build_filename (fixture->dir, "elsewhere", "changed.bin", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "case", "missing.bin", NULL);
  g_autofree char *expected_log = NULL;
  g_autoptr(CorVerifier) verifier = NULL;
  g_autoptr(CorClip) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  StatusLog log = { g_string_new (NULL), NULL };
  gint64 ok_id, changed_id, missing_id;
  gsize length;

  /* a real clip, imported the way the GUI does */
  g_assert_cmpint (g_mkdir_with_parents (media_dir, 0700), ==, 0);
  g_assert_true (make_wav (wav));
  imported = cor_media_import_clip (fixture->store, wav, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  ok_id = cor_clip_get_id (imported);
  g_assert_cmpstr (cor_clip_get_relative_path (imported), ==, "media/tone.wav");

  write_file (changed, 4096, 2);
  changed_id = add_clip (fixture, changed);
  write_file (missing, 4096, 3);
  missing_id = add_clip (fixture, missing);

  /* one byte changed; the other file deleted */
  g_file_get_contents (changed, &contents, &length, &error);
  g_assert_no_error (error);
  contents[100] ^= 0x01;
  g_file_set_contents (changed, contents, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_remove (missing), ==, 0);

  verifier = cor_verifier_new (fixture->store);
  g_signal_connect (verifier, "clip-status-changed", G_CALLBACK (status_changed_cb), &log);
  g_assert_cmpint (cor_verifier_get_status (verifier, ok_id), ==, COR_VERIFY_STATUS_UNKNOWN);

  cor_verifier_start (verifier);
  g_assert_true (cor_verifier_is_busy (verifier));
  g_assert_cmpuint (cor_verifier_get_total (verifier), ==, 3);
  g_assert_cmpint (cor_verifier_get_status (verifier, ok_id), ==, COR_VERIFY_STATUS_CHECKING);
  wait_idle (verifier);

  g_assert_cmpint (cor_verifier_get_status (verifier, ok_id), ==, COR_VERIFY_STATUS_OK);
  g_assert_cmpstr (cor_verifier_get_found_path (verifier, ok_id), ==, cor_clip_get_path (imported));
  g_assert_cmpstr (cor_verifier_get_found_sha256 (verifier, ok_id), ==,
                   cor_clip_get_sha256 (imported));

  g_assert_cmpint (cor_verifier_get_status (verifier, changed_id), ==,
                   COR_VERIFY_STATUS_CHANGED);
  g_assert_cmpstr (cor_verifier_get_found_path (verifier, changed_id), ==, changed);
  {
    g_autofree char *now = sha256_of (changed);
    g_assert_cmpstr (cor_verifier_get_found_sha256 (verifier, changed_id), ==, now);
  }

  g_assert_cmpint (cor_verifier_get_status (verifier, missing_id), ==,
                   COR_VERIFY_STATUS_MISSING);
  g_assert_null (cor_verifier_get_found_path (verifier, missing_id));

  /* one clip after the other, each announced while it is hashed */
  expected_log = g_strdup_printf ("%1$" G_GINT64_FORMAT ":unknown %2$" G_GINT64_FORMAT ":unknown "
                                  "%3$" G_GINT64_FORMAT ":unknown "
                                  "%1$" G_GINT64_FORMAT ":checking %1$" G_GINT64_FORMAT ":ok "
                                  "%2$" G_GINT64_FORMAT ":checking %2$" G_GINT64_FORMAT ":changed "
                                  "%3$" G_GINT64_FORMAT ":checking %3$" G_GINT64_FORMAT ":missing ",
                                  ok_id, changed_id, missing_id);
  g_assert_cmpstr (log.log->str, ==, expected_log);

  g_assert_cmpuint (cor_verifier_get_checked (verifier), ==, 3);
  g_assert_cmpuint (cor_verifier_get_total (verifier), ==, 3);
  {
    double progress = 0;
    g_object_get (verifier, "progress", &progress, NULL);
    g_assert_cmpfloat (progress, ==, 1.0);
  }

  g_signal_handlers_disconnect_by_data (verifier, &log);
  g_string_free (log.log, TRUE);
}

/* The whole case folder moved with its media: found through the relative path */
static void
test_relative (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "case", "media", "a.bin", NULL);
  g_autofree char *old_dir = g_build_filename (fixture->dir, "case", NULL);
  g_autofree char *new_dir = g_build_filename (fixture->dir, "moved", NULL);
  g_autofree char *new_case = g_build_filename (new_dir, "case.corroborate", NULL);
  g_autofree char *new_file = g_build_filename (new_dir, "media", "a.bin", NULL);
  g_autoptr(CorVerifier) verifier = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  write_file (file, 10000, 4);
  id = add_clip (fixture, file);
  g_clear_object (&fixture->store);

  g_assert_cmpint (g_rename (old_dir, new_dir), ==, 0);
  fixture->store = cor_store_open (new_case, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  verifier = cor_verifier_new (fixture->store);
  cor_verifier_start (verifier);
  wait_idle (verifier);

  g_assert_cmpint (cor_verifier_get_status (verifier, id), ==, COR_VERIFY_STATUS_OK);
  g_assert_cmpstr (cor_verifier_get_found_path (verifier, id), ==, new_file);
}

/* A clip added after the start is checked too; a deleted one is forgotten */
static void
test_new_clip (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "case", "first.bin", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "case", "second.bin", NULL);
  g_autoptr(CorVerifier) verifier = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first_id, second_id;

  write_file (first, 2048, 5);
  first_id = add_clip (fixture, first);

  verifier = cor_verifier_new (fixture->store);
  cor_verifier_start (verifier);
  wait_idle (verifier);
  g_assert_cmpint (cor_verifier_get_status (verifier, first_id), ==, COR_VERIFY_STATUS_OK);

  write_file (second, 2048, 6);
  second_id = add_clip (fixture, second);
  g_assert_true (cor_verifier_is_busy (verifier));
  /* a new run counts from zero */
  g_assert_cmpuint (cor_verifier_get_total (verifier), ==, 1);
  wait_idle (verifier);
  g_assert_cmpint (cor_verifier_get_status (verifier, second_id), ==, COR_VERIFY_STATUS_OK);

  /* a change that is not the file (the title) does not re-hash */
  clip = cor_store_get_clip (fixture->store, second_id, &error);
  g_assert_no_error (error);
  cor_clip_set_title (clip, "Renamed");
  cor_store_update_clip (fixture->store, clip, &error);
  g_assert_no_error (error);
  g_assert_false (cor_verifier_is_busy (verifier));
  g_assert_cmpint (cor_verifier_get_status (verifier, second_id), ==, COR_VERIFY_STATUS_OK);

  cor_store_delete_clip (fixture->store, first_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_verifier_get_status (verifier, first_id), ==, COR_VERIFY_STATUS_UNKNOWN);
  g_assert_cmpint (cor_verifier_get_status (verifier, second_id), ==, COR_VERIFY_STATUS_OK);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
  double    last_progress;
  guint     n_progress;
} LocateResult;

static void
locate_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LocateResult *res = user_data;

  res->ok = cor_verifier_locate_finish (COR_VERIFIER (source), result, &res->error);
  res->done = TRUE;
}

static void
locate_progress_cb (double   fraction,
                    gpointer user_data)
{
  LocateResult *res = user_data;

  g_assert_cmpfloat (fraction, >=, res->last_progress);
  res->last_progress = fraction;
  res->n_progress++;
}

static void
locate (CorVerifier  *verifier,
        gint64        clip_id,
        const char   *path,
        LocateResult *res)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  cor_verifier_locate_async (verifier, clip_id, path, NULL, locate_progress_cb, res,
                             locate_done_cb, res);
  while (!res->done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (res->done);
}

static void
test_locate (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *original = g_build_filename (fixture->dir, "case", "media", "clip.bin", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "downloads", "other.bin", NULL);
  g_autofree char *moved = g_build_filename (fixture->dir, "archive", "clip.bin", NULL);
  g_autofree char *moved_dir = g_path_get_dirname (moved);
  g_autofree char *expected_sha = NULL;
  g_autofree char *other_sha = NULL;
  g_autoptr(CorVerifier) verifier = NULL;
  g_autoptr(CorClip) before = NULL;
  g_autoptr(CorClip) after = NULL;
  g_autoptr(CorClip) refused = NULL;
  g_autoptr(GError) error = NULL;
  LocateResult wrong = { 0 };
  LocateResult right = { 0 };
  gint64 audit, id;

  write_file (original, 3 * 1024 * 1024 + 17, 7);
  expected_sha = sha256_of (original);
  id = add_clip (fixture, original);
  before = cor_store_get_clip (fixture->store, id, &error);
  g_assert_no_error (error);

  /* the file is moved away */
  g_assert_cmpint (g_mkdir_with_parents (moved_dir, 0700), ==, 0);
  g_assert_cmpint (g_rename (original, moved), ==, 0);

  verifier = cor_verifier_new (fixture->store);
  cor_verifier_start (verifier);
  wait_idle (verifier);
  g_assert_cmpint (cor_verifier_get_status (verifier, id), ==, COR_VERIFY_STATUS_MISSING);

  /* a file that is not the clip: refused, nothing written */
  write_file (other, 2 * 1024 * 1024, 8);
  other_sha = sha256_of (other);
  audit = cor_store_count_audit (fixture->store);
  locate (verifier, id, other, &wrong);
  g_assert_false (wrong.ok);
  g_assert_error (wrong.error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (wrong.error->message, other_sha));
  g_assert_nonnull (strstr (wrong.error->message, expected_sha));
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit);
  refused = cor_store_get_clip (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_clip_get_path (refused), ==, cor_clip_get_path (before));
  g_assert_cmpstr (cor_clip_get_relative_path (refused), ==, cor_clip_get_relative_path (before));
  g_assert_cmpint (cor_verifier_get_status (verifier, id), ==, COR_VERIFY_STATUS_MISSING);
  g_assert_cmpfloat (wrong.last_progress, ==, 1.0);
  g_clear_error (&wrong.error);

  /* a file that does not exist: its own error */
  {
    LocateResult none = { 0 };
    g_autofree char *nowhere = g_build_filename (fixture->dir, "nowhere.bin", NULL);

    locate (verifier, id, nowhere, &none);
    g_assert_error (none.error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND);
    g_clear_error (&none.error);
    g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit);
  }

  /* the clip itself, where it went: accepted, both paths recorded */
  locate (verifier, id, moved, &right);
  g_assert_no_error (right.error);
  g_assert_true (right.ok);
  g_assert_cmpuint (right.n_progress, >=, 2);
  after = cor_store_get_clip (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_clip_get_path (after), ==, moved);
  g_assert_cmpstr (cor_clip_get_relative_path (after), ==, "../archive/clip.bin");
  g_assert_cmpstr (cor_clip_get_sha256 (after), ==, expected_sha);
  g_assert_cmpint (cor_store_count_audit (fixture->store), >, audit);
  g_assert_cmpint (cor_verifier_get_status (verifier, id), ==, COR_VERIFY_STATUS_OK);
  g_assert_cmpstr (cor_verifier_get_found_path (verifier, id), ==, moved);
  /* the verifier knows it is the same file: no second hash */
  g_assert_false (cor_verifier_is_busy (verifier));
}

/* Disposing of the verifier while it hashes cancels the hash; nothing runs afterwards */
static void
test_dispose (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *big = g_build_filename (fixture->dir, "case", "big.bin", NULL);
  g_autofree char *small = g_build_filename (fixture->dir, "case", "small.bin", NULL);
  CorVerifier *verifier;
  gpointer weak;
  gint64 audit;

  write_file (big, 48 * 1024 * 1024, 9);
  add_clip (fixture, big);
  write_file (small, 1024, 10);
  add_clip (fixture, small);
  audit = cor_store_count_audit (fixture->store);

  verifier = cor_verifier_new (fixture->store);
  weak = verifier;
  g_object_add_weak_pointer (G_OBJECT (verifier), &weak);
  cor_verifier_start (verifier);
  g_assert_true (cor_verifier_is_busy (verifier));

  /* the running task does not keep the verifier alive */
  g_object_unref (verifier);
  g_assert_null (weak);

  /* the cancelled task completes on the main loop without touching anything */
  ui_test_spin (1000);

  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit);
  g_assert_cmpuint (g_list_model_get_n_items (cor_store_get_clips (fixture->store)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/verifier/pure", test_pure);
  g_test_add ("/ui/verifier/statuses", Fixture, NULL, fixture_set_up, test_statuses,
              fixture_tear_down);
  g_test_add ("/ui/verifier/relative-path", Fixture, NULL, fixture_set_up, test_relative,
              fixture_tear_down);
  g_test_add ("/ui/verifier/new-clip", Fixture, NULL, fixture_set_up, test_new_clip,
              fixture_tear_down);
  g_test_add ("/ui/verifier/locate", Fixture, NULL, fixture_set_up, test_locate,
              fixture_tear_down);
  g_test_add ("/ui/verifier/dispose", Fixture, NULL, fixture_set_up, test_dispose,
              fixture_tear_down);

  return g_test_run ();
}
