/* test-cli-export.c — `corroborate` end to end: stills, exports, import, reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "cli-test-util.h"

static char *media_dir;
static char *clip_a;  /* videotestsrc pattern 0 */
static char *clip_b;  /* pattern 1: another file, another hash */

typedef CliCase Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cli_case_init (f, "Test case", "Tester");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_case_clear (f);
}

/* Tests */

static void
add_clip (Fixture *f)
{
  g_autofree char *id = cli_ok ("clip", "add", f->case_path, clip_a, NULL);
  g_assert_cmpstr (id, ==, "1");
}

static void
build_full_case (Fixture *f)
{
  g_free (cli_ok ("article", "add", f->case_path, "--title", "Article <one>", "--published",
                  "2024-10", NULL));
  g_free (cli_ok ("article", "add", f->case_path, "--title", "Article two", NULL));
  g_free (cli_ok ("claim", "add", f->case_path, "--article", "1", "--text", "1,500 soldiers",
                  NULL));
  g_free (cli_ok ("clip", "add", f->case_path, clip_a, "--article", "1", "--article", "2",
                  NULL));
  g_free (cli_ok ("clip", "add", f->case_path, clip_b, NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.1", "--until", "0.9",
                  "--kind", "language", "--language", "ko", "--transcript", "힘들다야",
                  "--translation", "It is hard", "--article", "1:contradicts", NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "2", "--at", "0.3", "--kind", "location",
                  "--lat", "-43.5", "--lon", "-179.25", "--tag", "a", "--tag", "b", NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.5", "--kind", "note",
                  "--note", "\"><img src=x onerror=alert(document.cookie)>", NULL));
}

static void
assert_dir_holds (const char         *dir,
                  const char * const *names)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      /* SQLite's own companions of the case (a reader leaves an empty -wal) */
      if (g_str_has_suffix (name, ".corroborate-wal") || g_str_has_suffix (name, ".corroborate-shm"))
        continue;
      if (!g_strv_contains (names, name))
        g_error ("unexpected file %s in %s", name, dir);
      n++;
    }

  g_assert_cmpuint (n, ==, g_strv_length ((char **) names));
}

static void
test_export_json (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *output = g_build_filename (f->dir, "export.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *const names[] = { "case.corroborate", "export.json", NULL };
  JsonObject *document;
  JsonObject *annotation;
  JsonArray *articles;

  build_full_case (f);
  out = cli_ok ("export", f->case_path, "--format", "json", "--output", output, NULL);
  g_assert_cmpstr (out, ==, "");
  assert_dir_holds (f->dir, names);

  g_file_get_contents (output, &text, NULL, &error);
  g_assert_no_error (error);
  root = cli_parse_json (text);
  document = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (document, "format"), ==, "corroborate-case");
  g_assert_cmpint (json_object_get_int_member (document, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (document, "case"),
                                                  "title"), ==, "Test case");
  articles = json_object_get_array_member (document, "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_array_get_object_element (articles, 0), "claims")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (document, "clips")),
                    ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (document,
                                                                         "article_clips")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (document, "annotations")),
                    ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (document,
                                                                         "annotation_articles")),
                    ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (document,
                                                                         "claim_annotations")),
                    ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (document, "snapshots")),
                    ==, 0);

  annotation = json_array_get_object_element (json_object_get_array_member (document,
                                                                            "annotations"), 0);
  g_assert_cmpint (json_object_get_int_member (annotation, "start_ns"), ==, 100000000);
  g_assert_cmpstr (json_object_get_string_member (annotation, "start"), ==, "00:00:00.100");
  g_assert_cmpstr (json_object_get_string_member (annotation, "end"), ==, "00:00:00.900");
  g_assert_cmpstr (json_object_get_string_member (annotation, "transcript"), ==, "힘들다야");

  /* The same case gives the same bytes */
  {
    g_autofree char *again = g_build_filename (f->dir, "again.json", NULL);
    g_autofree char *text2 = NULL;

    g_free (cli_ok ("export", f->case_path, "--format", "json", "--output", again, NULL));
    g_file_get_contents (again, &text2, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (text, ==, text2);
  }
}

/* Removes the times the store sets itself on insert from every object below @node */
static void
strip_store_times (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        strip_store_times (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *const names[] = { "created", "updated", "imported" };
      g_autoptr(GList) members = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (json_object_has_member (object, names[i]))
          json_object_remove_member (object, names[i]);

      members = json_object_get_members (object);
      for (GList *l = members; l != NULL; l = l->next)
        strip_store_times (json_object_get_member (object, l->data));
    }
}

/* The document without what an import cannot keep with the store API of today:
 * the case's path, UUID and creation time, and the records' insert/update times
 * (the store sets them). Ids, UUIDs and every field are compared. */
static char *
document_for_round_trip (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *info;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  root = cli_parse_json (text);
  info = json_object_get_object_member (json_node_get_object (root), "case");
  json_object_remove_member (info, "path");
  json_object_remove_member (info, "uuid");
  strip_store_times (root);
  return json_to_string (root, TRUE);
}

static void
test_import_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *first = g_build_filename (f->dir, "first.json", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.json", NULL);
  g_autofree char *imported = g_build_filename (f->dir, "imported.corroborate", NULL);
  g_autofree char *uuid = NULL, *doc1 = NULL, *doc2 = NULL;
  g_autoptr(CorStore) store = NULL;

  build_full_case (f);
  g_free (cli_ok ("export", f->case_path, "--format", "json", "--output", first, NULL));
  uuid = cli_ok ("import", imported, first, NULL);
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_free (cli_ok ("export", imported, "--format", "json", "--output", second, NULL));

  doc1 = document_for_round_trip (first);
  doc2 = document_for_round_trip (second);
  g_assert_cmpstr (doc1, ==, doc2);

  store = cli_open_store (imported);
  g_assert_cmpint (cor_store_count_annotations (store, 0), ==, 3);
}

static void
test_annotate_snapshot (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(CorSnapshot) snapshot = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *output = g_build_filename (f->dir, "export.json", NULL);
  g_autofree char *text = NULL;
  JsonArray *array;
  gsize size = 0;
  const guint8 *png_data;

  add_clip (f);
  /* 0.51 s lies inside frame 15 (0.500–0.533 s at 30 fps) */
  id = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.51", "--kind", "uniform",
               "--maker", "BTK Group", "--snapshot", NULL);
  g_assert_cmpstr (id, ==, "1");

  store = cli_open_store (f->case_path);
  snapshots = cor_store_list_snapshots (store, 1);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 1);
  snapshot = g_list_model_get_item (snapshots, 0);
  g_assert_cmpint (cor_snapshot_get_clip_id (snapshot), ==, 1);
  g_assert_cmpint (cor_snapshot_get_frame (snapshot), ==, 15);
  g_assert_cmpint (cor_snapshot_get_position_ns (snapshot), ==, 500000000);
  g_assert_cmpint (cor_snapshot_get_width (snapshot), ==, 160);
  g_assert_cmpint (cor_snapshot_get_height (snapshot), ==, 120);
  png = cor_store_load_snapshot_png (store, cor_snapshot_get_id (snapshot), &error);
  g_assert_no_error (error);
  png_data = g_bytes_get_data (png, &size);
  g_assert_cmpuint (size, >, 8);
  g_assert_cmpint (memcmp (png_data, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  g_clear_object (&store);

  /* The export carries the still, base64 */
  g_free (cli_ok ("export", f->case_path, "--format", "json", "--output", output, NULL));
  g_assert_true (g_file_get_contents (output, &text, NULL, NULL));
  root = cli_parse_json (text);
  array = json_object_get_array_member (json_node_get_object (root), "snapshots");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  {
    JsonObject *object = json_array_get_object_element (array, 0);
    g_autofree guchar *decoded = NULL;
    gsize decoded_size = 0;

    g_assert_cmpint (json_object_get_int_member (object, "annotation_id"), ==, 1);
    decoded = g_base64_decode (json_object_get_string_member (object, "png_base64"),
                               &decoded_size);
    g_assert_cmpmem (decoded, decoded_size, png_data, size);
  }
}

static void
test_report_and_exports (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *html = g_build_filename (f->dir, "report.html", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "observations.csv", NULL);
  g_autofree char *vtt = g_build_filename (f->dir, "clip1.vtt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) rows = NULL;

  build_full_case (f);

  out = cli_ok ("report", f->case_path, "--format", "pdf", "--output", pdf, NULL);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_file_get_contents (pdf, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&out, g_free);

  out = cli_ok ("report", f->case_path, "--format", "html", "--output", html, "--clip", "1",
                "--article", "1", "--kind", "language", "--kind", "note", "--min-confidence",
                "unassessed", "--paper", "letter", NULL);
  g_assert_true (g_file_get_contents (html, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "힘들다야"));
  g_assert_null (strstr (text, "<img src=x"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&out, g_free);

  out = cli_ok ("export", f->case_path, "--format", "csv", "--output", csv, NULL);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  rows = g_strsplit (text, "\r\n", -1);
  /* header, three observations, and the empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (rows), ==, 5);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&out, g_free);

  out = cli_ok ("export", f->case_path, "--format", "webvtt", "--clip", "1", "--output", vtt, NULL);
  g_assert_true (g_file_get_contents (vtt, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "WEBVTT"));
  g_assert_nonnull (strstr (text, "00:00:00.100 --> 00:00:00.900"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  media_dir = cli_tmpdir ();
  clip_a = cli_make_clip (media_dir, "a.webm", 0);
  clip_b = cli_make_clip (media_dir, "b.webm", 1);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/annotate/snapshot", test_annotate_snapshot);
  ADD ("/cli/export/json", test_export_json);
  ADD ("/cli/import/round-trip", test_import_round_trip);
  ADD ("/cli/report/pdf-html-csv-webvtt", test_report_and_exports);

#undef ADD

  status = g_test_run ();

  cor_test_remove_tree (media_dir);
  g_free (media_dir);
  g_free (clip_a);
  g_free (clip_b);

  return status;
}
