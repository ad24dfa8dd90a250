/* test-store-audit.c — store: the append-only audit log filled by triggers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "test-store-util.h"

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (json);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static const CorAuditEntry *
last_entry (GPtrArray *entries)
{
  g_assert_cmpuint (entries->len, >, 0);
  return g_ptr_array_index (entries, entries->len - 1);
}

static void
test_triggers (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(JsonObject) old_values = NULL;
  g_autoptr(JsonObject) new_values = NULL;
  const CorAuditEntry *entry;
  gint64 mark;

  entries = cor_store_list_audit (fixture->store, 0, 0, &error);
  g_assert_no_error (error);
  entry = last_entry (entries);
  g_assert_cmpstr (entry->action, ==, "insert");
  g_assert_cmpstr (entry->table_name, ==, "clips");
  g_assert_cmpstr (entry->record_uuid, ==, cor_clip_get_uuid (clip));
  g_assert_cmpstr (entry->analyst, ==, "Analyst A");
  g_assert_null (entry->old_json);
  g_assert_true (g_str_has_suffix (entry->time, "Z"));
  g_assert_cmpuint (strlen (entry->time), ==, strlen ("2026-11-22T10:24:14.123Z"));
  new_values = parse_object (entry->new_json);
  g_assert_cmpstr (json_object_get_string_member (new_values, "sha256"), ==,
                   cor_clip_get_sha256 (clip));
  g_clear_pointer (&new_values, json_object_unref);
  mark = entry->id;
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Another analyst edits */
  cor_store_set_analyst (fixture->store, "Analyst B");
  a = add_test_note (fixture->store, cor_clip_get_id (clip), 5 * COR_NS_PER_SECOND, "before");
  cor_annotation_set_note (a, "after");
  g_assert_true (cor_store_update_annotation (fixture->store, a, &error));
  g_assert_true (cor_store_delete_annotation (fixture->store, cor_annotation_get_id (a), &error));

  entries = cor_store_list_audit (fixture->store, mark, 0, &error);
  g_assert_cmpuint (entries->len, ==, 3);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->action, ==, "insert");
  g_assert_cmpstr (entry->analyst, ==, "Analyst B");
  g_assert_cmpstr (entry->table_name, ==, "annotations");

  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (entry->action, ==, "update");
  g_assert_cmpstr (entry->record_uuid, ==, cor_annotation_get_uuid (a));
  old_values = parse_object (entry->old_json);
  new_values = parse_object (entry->new_json);
  g_assert_cmpstr (json_object_get_string_member (old_values, "note"), ==, "before");
  g_assert_cmpstr (json_object_get_string_member (new_values, "note"), ==, "after");
  g_assert_cmpint (json_object_get_int_member (new_values, "start_ns"), ==,
                   5 * COR_NS_PER_SECOND);
  /* tags are nested JSON, not a string */
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (new_values, "tags")));
  g_clear_pointer (&old_values, json_object_unref);
  g_clear_pointer (&new_values, json_object_unref);

  entry = g_ptr_array_index (entries, 2);
  g_assert_cmpstr (entry->action, ==, "delete");
  g_assert_null (entry->new_json);
  old_values = parse_object (entry->old_json);
  g_assert_cmpstr (json_object_get_string_member (old_values, "note"), ==, "after");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Paging */
  entries = cor_store_list_audit (fixture->store, mark, 2, &error);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, mark + 3);
}

static void
test_refused_write_not_audited (StoreFixture  *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
  gint64 count = cor_store_count_audit (fixture->store);

  cor_annotation_set_clip_id (a, 77);
  cor_annotation_set_note (a, "x");
  g_assert_false (cor_store_add_annotation (fixture->store, a, &error));
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, count);
}

static int
raw_exec (sqlite3    *db,
          const char *sql)
{
  return sqlite3_exec (db, sql, NULL, NULL, NULL);
}

/* Outside the application, with the plain SQLite library (as the sqlite3 shell): writes are
 * still audited, and the log refuses to change. */
static void
test_append_only (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(GPtrArray) entries = NULL;
  gint64 count;
  sqlite3 *db = NULL;
  const CorAuditEntry *entry;

  count = cor_store_count_audit (fixture->store);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);

  g_assert_cmpint (raw_exec (db, "UPDATE audit_log SET analyst = 'Mallory'"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (sqlite3_errmsg (db), "append-only"));
  g_assert_cmpint (raw_exec (db, "DELETE FROM audit_log"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (db, "UPDATE session SET analyst = 'Shell user';"
                                 "UPDATE clips SET notes = 'edited in the shell'"), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, count + 1);
  entries = cor_store_list_audit (fixture->store, count, 0, NULL);
  entry = last_entry (entries);
  g_assert_cmpstr (entry->action, ==, "update");
  g_assert_cmpstr (entry->analyst, ==, "Shell user");
  g_assert_nonnull (strstr (entry->new_json, "edited in the shell"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/audit/triggers", StoreFixture, NULL,
              store_fixture_set_up, test_triggers, store_fixture_tear_down);
  g_test_add ("/store/audit/refused-write", StoreFixture, NULL,
              store_fixture_set_up, test_refused_write_not_audited, store_fixture_tear_down);
  g_test_add ("/store/audit/append-only", StoreFixture, NULL,
              store_fixture_set_up, test_append_only, store_fixture_tear_down);

  return g_test_run ();
}
