/* test-store-open.c — store: creating, opening and refusing case files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <unistd.h>

#include "cor-store-private.h"
#include "test-store-util.h"

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static gint64
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* A closed case with a little of everything in it */
static void
make_case (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = cor_store_create (path, "Sergeevka", "Analyst A", &error);
  g_autoptr(CorClip) clip = NULL;

  g_assert_no_error (error);
  clip = add_test_clip (store, "clip one");
  for (int i = 0; i < 50; i++)
    {
      g_autofree char *note = g_strdup_printf ("Observation number %d on the clip", i);
      g_autoptr(CorAnnotation) a = add_test_note (store, cor_clip_get_id (clip),
                                                  i * COR_NS_PER_SECOND, note);
    }
}

static void
assert_no_sidecars (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* Opening @path fails with @code, and the file is byte for byte what it was */
static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autofree char *before = file_sha256 (path);
  g_autofree char *after = NULL;

  assert_no_sidecars (path);
  store = cor_store_open (path, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("refused: %s", error->message);

  g_clear_error (&error);
  store = cor_store_open (path, COR_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, code);

  after = file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  assert_no_sidecars (path);
}

static void
test_create (StoreFixture  *fixture,
             gconstpointer  data)
{
  static const char *tables[] = {
    "session", "case_info", "articles", "claims", "clips", "article_clips", "annotations",
    "annotation_articles", "claim_annotations", "snapshots", "waveforms", "languages",
    "makers", "places", "audit_log", "annotations_words", "annotations_trigrams",
    "annotations_cjk", "articles_words", "articles_trigrams", "claims_words", "clips_trigrams",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) again = NULL;
  g_autofree char *uuid = g_strdup (cor_store_get_uuid (fixture->store));

  g_assert_cmpstr (cor_store_get_title (fixture->store), ==, "Test case");
  g_assert_cmpstr (cor_store_get_analyst (fixture->store), ==, "Analyst A");
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_assert_nonnull (cor_store_get_created (fixture->store));
  g_assert_cmpstr (cor_store_get_path (fixture->store), ==, fixture->path);

  g_assert_cmpint (raw_int (fixture->path, "PRAGMA user_version"), ==, COR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (raw_int (fixture->path, "PRAGMA application_id"), ==,
                   COR_STORE_APPLICATION_ID);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM pragma_journal_mode "
                                           "WHERE journal_mode = 'wal'"), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema "
                                              "WHERE name = '%s'", tables[i]);
      g_assert_cmpint (raw_int (fixture->path, sql), ==, 1);
    }
  /* Vocabularies are seeded */
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM languages"), >, 10);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM places"), >, 3);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM makers"), >, 3);

  /* The file already exists */
  again = cor_store_create (fixture->path, "Again", NULL, &error);
  g_assert_null (again);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Reopen: same case */
  g_clear_object (&fixture->store);
  fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_store_get_uuid (fixture->store), ==, uuid);
  g_assert_cmpstr (cor_store_get_title (fixture->store), ==, "Test case");
}

static void
test_create_refuses (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.corroborate", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no", "such", "dir.corroborate", NULL);
  CorStore *store;

  store = cor_store_create (path, "  ", NULL, &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = cor_store_create (nowhere, "Title", NULL, &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO);

  cor_test_remove_tree (dir);
}

static void
count_call (guint *counter)
{
  (*counter)++;
}

static void
test_case_info (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect_swapped (fixture->store, "notify::title", G_CALLBACK (count_call),
                            &notified);
  g_assert_true (cor_store_update_case_info (fixture->store, "New title", "Desc", "Method",
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (cor_store_get_title (fixture->store), ==, "New title");
  g_assert_cmpstr (cor_store_get_description (fixture->store), ==, "Desc");
  g_assert_cmpstr (cor_store_get_methodology (fixture->store), ==, "Method");

  g_assert_false (cor_store_update_case_info (fixture->store, "", NULL, NULL, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_cmpstr (cor_store_get_title (fixture->store), ==, "New title");
}

static void
test_refused_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cor-store-XXXXXX", NULL);
  g_autofree char *text = g_build_filename (dir, "text.corroborate", NULL);
  g_autofree char *random = g_build_filename (dir, "random.corroborate", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.corroborate", NULL);
  g_autofree char *whole = g_build_filename (dir, "whole.corroborate", NULL);
  g_autofree char *half = g_build_filename (dir, "half.corroborate", NULL);
  g_autofree char *corrupt = g_build_filename (dir, "corrupt.corroborate", NULL);
  g_autofree char *other = g_build_filename (dir, "other.sqlite", NULL);
  g_autofree char *bare = g_build_filename (dir, "bare.corroborate", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.corroborate", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.corroborate", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(CorStore) store = NULL;
  guint8 noise[8192];
  gsize length = 0;
  gsize page_size;

  g_assert_true (g_file_set_contents (text, "This is a text file, not a case.\n", -1, NULL));
  assert_refused (text, COR_STORE_ERROR_NOT_A_DATABASE);

  for (gsize i = 0; i < sizeof noise; i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (random, (const char *) noise, sizeof noise, NULL));
  assert_refused (random, COR_STORE_ERROR_NOT_A_DATABASE);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, COR_STORE_ERROR_NOT_A_DATABASE);

  /* A real case cut in half */
  make_case (whole);
  g_assert_true (g_file_get_contents (whole, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  g_assert_true (g_file_set_contents (half, contents, length / 2, NULL));
  assert_refused (half, COR_STORE_ERROR_DAMAGED);

  /* A real case with a page in the middle overwritten */
  page_size = raw_int (whole, "PRAGMA page_size");
  for (gsize i = (length / page_size / 2) * page_size + 8; i < (length / page_size / 2 + 1) * page_size; i++)
    contents[i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (corrupt, contents, length, NULL));
  assert_refused (corrupt, COR_STORE_ERROR_DAMAGED);

  /* SQLite, but not ours */
  raw_exec (other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                   "INSERT INTO notes (body) VALUES ('hello');");
  assert_refused (other, COR_STORE_ERROR_NOT_A_CASE);

  /* Our application id but no case in it */
  raw_exec (bare, "PRAGMA application_id = 1131377201; PRAGMA user_version = 1;"
                  "CREATE TABLE t (x);");
  assert_refused (bare, COR_STORE_ERROR_NOT_A_CASE);

  /* From a newer version */
  make_case (newer);
  raw_exec (newer, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999;");
  assert_refused (newer, COR_STORE_ERROR_TOO_NEW);

  store = cor_store_open (missing, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = cor_store_open (dir, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO);

  /* The intact case still opens */
  g_clear_error (&error);
  store = cor_store_open (whole, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_store_count_annotations (store, 0), ==, 50);
  g_clear_object (&store);

  cor_test_remove_tree (dir);
}

static void
test_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cor-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ro.corroborate", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorStore) writer = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_case (path);
  before = file_sha256 (path);

  store = cor_store_open (path, COR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_store_get_title (store), ==, "Sergeevka");
  g_assert_cmpint (cor_store_count_annotations (store, 0), ==, 50);
  g_assert_cmpuint (g_list_model_get_n_items (cor_store_get_clips (store)), ==, 1);

  cor_article_set_title (article, "Refused");
  g_assert_false (cor_store_add_article (store, article, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO);
  g_assert_cmpint (cor_article_get_id (article), ==, 0);
  g_clear_error (&error);
  g_assert_false (cor_store_begin_bulk (store, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO);
  g_clear_error (&error);

  /* A writer and a reader side by side: the reader sees the writer's commits */
  writer = cor_store_open (path, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (cor_store_add_article (writer, article, &error));
  g_assert_no_error (error);
  g_clear_object (&writer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cor_store_list_claims (store, 0))),
                    ==, 0);
  {
    g_autoptr(CorArticle) read = cor_store_get_article (store, cor_article_get_id (article),
                                                        &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cor_article_get_title (read), ==, "Refused");
  }
  g_clear_object (&store);

  /* A file without write permission (root ignores permissions) */
  if (geteuid () != 0)
    {
      before = (g_free (before), file_sha256 (path));
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      store = cor_store_open (path, COR_STORE_OPEN_DEFAULT, &error);
      g_assert_null (store);
      g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "read-only"));
      g_clear_error (&error);
      store = cor_store_open (path, COR_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      g_clear_object (&store);
      after = file_sha256 (path);
      g_assert_cmpstr (before, ==, after);
      g_chmod (path, 0644);
    }

  cor_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/open/create", StoreFixture, NULL,
              store_fixture_set_up, test_create, store_fixture_tear_down);
  g_test_add_func ("/store/open/create-refuses", test_create_refuses);
  g_test_add ("/store/open/case-info", StoreFixture, NULL,
              store_fixture_set_up, test_case_info, store_fixture_tear_down);
  g_test_add_func ("/store/open/refused-files-unchanged", test_refused_files);
  g_test_add_func ("/store/open/read-only", test_read_only);

  return g_test_run ();
}
