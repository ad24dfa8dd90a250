/* test-demo.c — copies of the shipped demo case (cor-demo), no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs the demo case built by data/demo/meson.build (the test depends on it).
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-demo.h"
#include "cor-error.h"
#include "cor-store.h"
#include "ui-test-util.h"

#define BASE "Demo — North Korean soldiers"

static char *
sha256_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* SHA-256 of every file in @dir, "name=hash" lines sorted by name */
static char *
dir_fingerprint (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *hash = sha256_of (path);

      g_ptr_array_add (lines, g_strdup_printf ("%s=%s", name, hash));
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) lines->pdata[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
cases_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "corroborate", "cases", NULL);
}

static void
test_shipped (void)
{
  g_autofree char *dir = cor_demo_find_shipped_dir ();
  g_autofree char *path = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, COR_DEMO_CASE_FILE, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_copy (void)
{
  g_autofree char *shipped = cor_demo_find_shipped_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *cases = cases_dir ();
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *clip_dir = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = NULL;
  GListModel *clips;
  gint64 observations = 0;

  g_assert_nonnull (shipped);
  before = dir_fingerprint (shipped);

  path = cor_demo_copy (shipped, cases, BASE, "Test Analyst", &error);
  g_assert_no_error (error);
  expected = g_build_filename (cases, BASE ".corroborate", NULL);
  g_assert_cmpstr (path, ==, expected);
  clip_dir = g_build_filename (cases, BASE " (clips)", NULL);
  g_assert_true (g_file_test (clip_dir, G_FILE_TEST_IS_DIR));

  store = cor_store_open (path, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_cmpuint (g_list_model_get_n_items (cor_store_get_articles (store)), ==, 5);
  clips = cor_store_get_clips (store);
  g_assert_cmpuint (g_list_model_get_n_items (clips), ==, 3);

  /* every clip points into the copy's clip folder, both ways, with the same bytes */
  for (guint i = 0; i < g_list_model_get_n_items (clips); i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      g_autofree char *dir = g_path_get_dirname (cor_clip_get_path (clip));
      g_autofree char *from_relative = g_build_filename (cases, cor_clip_get_relative_path (clip),
                                                         NULL);
      g_autofree char *hash = sha256_of (cor_clip_get_path (clip));

      g_assert_cmpstr (dir, ==, clip_dir);
      g_assert_cmpstr (from_relative, ==, cor_clip_get_path (clip));
      g_assert_cmpstr (hash, ==, cor_clip_get_sha256 (clip));
      observations += cor_store_count_annotations (store, cor_clip_get_id (clip));
    }
  g_assert_cmpint (observations, >=, 10);

  /* the user changes the copy */
  article = g_list_model_get_item (cor_store_get_articles (store), 0);
  cor_article_set_title (article, "Changed in the copy");
  g_assert_true (cor_store_update_article (store, article, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* the shipped case and its clips are byte for byte what they were, and nothing was added */
  after = dir_fingerprint (shipped);
  g_assert_cmpstr (after, ==, before);

  cor_test_remove_tree (cases);
}

static void
test_unique_name (void)
{
  g_autofree char *shipped = cor_demo_find_shipped_dir ();
  g_autofree char *cases = cases_dir ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *clip_dir = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(GError) error = NULL;

  first = cor_demo_copy (shipped, cases, BASE, NULL, &error);
  g_assert_no_error (error);
  second = cor_demo_copy (shipped, cases, BASE, NULL, &error);
  g_assert_no_error (error);

  expected = g_build_filename (cases, BASE " 2.corroborate", NULL);
  g_assert_cmpstr (second, ==, expected);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));

  store = cor_store_open (second, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  clip = g_list_model_get_item (cor_store_get_clips (store), 0);
  clip_dir = g_build_filename (cases, BASE " 2 (clips)", NULL);
  g_assert_true (g_str_has_prefix (cor_clip_get_path (clip), clip_dir));
  g_clear_object (&store);

  cor_test_remove_tree (cases);
}

static void
test_unique_paths (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cor-demo-paths-XXXXXX", NULL);
  g_autofree char *taken = g_build_filename (dir, "Demo (clips)", NULL);
  g_autofree char *clip_dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = g_build_filename (dir, "Demo 2.corroborate", NULL);
  g_autofree char *expected_dir = g_build_filename (dir, "Demo 2 (clips)", NULL);

  /* a clip folder left behind is not reused either */
  g_assert_cmpint (g_mkdir (taken, 0700), ==, 0);
  path = cor_demo_unique_paths (dir, "Demo", &clip_dir);
  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (clip_dir, ==, expected_dir);

  cor_test_remove_tree (dir);
}

static void
test_missing (void)
{
  g_autofree char *empty = g_dir_make_tmp ("cor-demo-empty-XXXXXX", NULL);
  g_autofree char *cases = cases_dir ();
  g_autoptr(GError) error = NULL;
  char *path;

  path = cor_demo_copy (empty, cases, BASE, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test (cases, G_FILE_TEST_EXISTS));

  cor_test_remove_tree (empty);
}

/* a damaged shipped case: the copy fails and leaves nothing behind */
static void
test_damaged (void)
{
  g_autofree char *shipped = g_dir_make_tmp ("cor-demo-damaged-XXXXXX", NULL);
  g_autofree char *fake = g_build_filename (shipped, COR_DEMO_CASE_FILE, NULL);
  g_autofree char *cases = cases_dir ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  char *path;

  g_assert_true (g_file_set_contents (fake, "not a case", -1, NULL));
  path = cor_demo_copy (shipped, cases, BASE, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_DATABASE);

  dir = g_dir_open (cases, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));

  cor_test_remove_tree (cases);
  cor_test_remove_tree (shipped);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  data_home = g_dir_make_tmp ("cor-demo-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_add_func ("/ui/demo/shipped", test_shipped);
  g_test_add_func ("/ui/demo/copy", test_copy);
  g_test_add_func ("/ui/demo/unique-name", test_unique_name);
  g_test_add_func ("/ui/demo/unique-paths", test_unique_paths);
  g_test_add_func ("/ui/demo/missing", test_missing);
  g_test_add_func ("/ui/demo/damaged", test_damaged);

  status = g_test_run ();
  cor_test_remove_tree (data_home);

  return status;
}
