/* test-store-migrate.c — store: schema migrations keyed by user_version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The harness: a test replaces the migration table with the built-in steps plus a
 * version-2 step, as the next schema version will add one.
 */
#include <sqlite3.h>

#include "cor-store-private.h"
#include "test-store-util.h"

static gboolean step_saw_transaction;

static gint64
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static gboolean
check_transaction (sqlite3  *db,
                   GError  **error)
{
  step_saw_transaction = !sqlite3_get_autocommit (db);
  return TRUE;
}

static gboolean
failing_step (sqlite3  *db,
              GError  **error)
{
  g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED, "step refused on purpose");
  return FALSE;
}

static CorMigration *
steps_with (const CorMigration *extra,
            guint              *n_steps)
{
  guint n_builtin;
  const CorMigration *builtin = cor_store_schema_get_builtin_migrations (&n_builtin);
  CorMigration *steps = g_new0 (CorMigration, n_builtin + 1);

  memcpy (steps, builtin, n_builtin * sizeof (CorMigration));
  steps[n_builtin] = *extra;
  *n_steps = n_builtin + 1;
  return steps;
}

static void
test_upgrade (StoreFixture  *fixture,
              gconstpointer  data)
{
  const CorMigration v2 = {
    2, "CREATE TABLE extra (x TEXT); ALTER TABLE articles ADD COLUMN rating INTEGER;",
    check_transaction
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "kept");
  g_autofree CorMigration *steps = NULL;
  guint n_steps;

  g_clear_object (&fixture->store);
  g_assert_cmpint (raw_int (fixture->path, "PRAGMA user_version"), ==, 1);

  steps = steps_with (&v2, &n_steps);
  cor_store_schema_set_migrations (steps, n_steps);
  g_assert_cmpint (cor_store_schema_target_version (), ==, 2);

  /* Read-only cannot upgrade */
  fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (fixture->store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED);
  g_clear_error (&error);

  step_saw_transaction = FALSE;
  fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (step_saw_transaction);
  g_assert_cmpint (g_list_model_get_n_items (cor_store_get_clips (fixture->store)), ==, 1);
  g_clear_object (&fixture->store);

  cor_store_schema_set_migrations (NULL, 0);
  g_assert_cmpint (cor_store_schema_target_version (), ==, COR_STORE_SCHEMA_VERSION);

  g_assert_cmpint (raw_int (fixture->path, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM sqlite_schema "
                                           "WHERE name = 'extra'"), ==, 1);

  /* This build (version 1) now refuses the upgraded file */
  fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_null (fixture->store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_TOO_NEW);
}

static void
test_failed_step_rolls_back (StoreFixture  *fixture,
                             gconstpointer  data)
{
  const CorMigration by_sql = {
    2, "CREATE TABLE extra (x TEXT); INSERT INTO no_such_table VALUES (1);", NULL
  };
  const CorMigration by_func = {
    2, "CREATE TABLE extra (x TEXT); DROP TABLE annotations;", failing_step
  };
  const CorMigration *cases[] = { &by_sql, &by_func };
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "kept");

  g_clear_object (&fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree CorMigration *steps = NULL;
      guint n_steps;

      steps = steps_with (cases[i], &n_steps);
      cor_store_schema_set_migrations (steps, n_steps);
      fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_DEFAULT, &error);
      cor_store_schema_set_migrations (NULL, 0);

      g_assert_null (fixture->store);
      g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "version 2"));
      g_test_message ("%s", error->message);

      g_assert_cmpint (raw_int (fixture->path, "PRAGMA user_version"), ==, 1);
      g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM sqlite_schema "
                                               "WHERE name = 'extra'"), ==, 0);
      g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM sqlite_schema "
                                               "WHERE name = 'annotations'"), ==, 1);
    }

  /* Still a good version-1 case */
  {
    g_autoptr(GError) error = NULL;

    fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_list_model_get_n_items (cor_store_get_clips (fixture->store)), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/migrate/upgrade", StoreFixture, NULL,
              store_fixture_set_up, test_upgrade, store_fixture_tear_down);
  g_test_add ("/store/migrate/failed-step-rolls-back", StoreFixture, NULL,
              store_fixture_set_up, test_failed_step_rolls_back, store_fixture_tear_down);

  return g_test_run ();
}
