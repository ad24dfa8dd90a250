/* test-export-options.c — the export dialog's plain logic (no display)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-error.h"
#include "cor-export-options.h"

static void
test_default_name_plain (void)
{
  static const struct {
    CorExportFormat format;
    const char     *name;
  } cases[] = {
    { COR_EXPORT_FORMAT_PDF, "Kherson convoy report.pdf" },
    { COR_EXPORT_FORMAT_HTML, "Kherson convoy report.html" },
    { COR_EXPORT_FORMAT_CSV, "Kherson convoy observations.csv" },
    { COR_EXPORT_FORMAT_JSON, "Kherson convoy.json" },
    { COR_EXPORT_FORMAT_WEBVTT, "Kherson convoy subtitles" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = cor_export_default_name ("Kherson convoy", cases[i].format);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_default_name_hostile (void)
{
  static const struct {
    const char *title;
    const char *name;
  } cases[] = {
    { "", "Case report.pdf" },
    { NULL, "Case report.pdf" },
    { "   ", "Case report.pdf" },
    { "..", "Case report.pdf" },
    { "../../etc/passwd", "_.._etc_passwd report.pdf" },
    { "/", "_ report.pdf" },
    { "Alpha/Beta\\Gamma", "Alpha_Beta_Gamma report.pdf" },
    { "The \"Wagner\" case", "The _Wagner_ case report.pdf" },
    { "It's 'quoted'", "It's 'quoted' report.pdf" },
    { "a:b*c?d<e>f|g", "a_b_c_d_e_f_g report.pdf" },
    { "  line\none\ttab  ", "line one tab report.pdf" },
    { "bell\x07here", "bell_here report.pdf" },
    { ".hidden", "hidden report.pdf" },
    { "ends with dots...", "ends with dots report.pdf" },
    { "Бахмут 힘들다", "Бахмут 힘들다 report.pdf" },
    { "bad \xff utf8", "bad \xef\xbf\xbd utf8 report.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = cor_export_default_name (cases[i].title, COR_EXPORT_FORMAT_PDF);

      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_null (strchr (name, '/'));
      g_assert_true (g_utf8_validate (name, -1, NULL));
    }
}

static void
test_default_name_long (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *name = NULL;

  /* 3-byte characters: a cut in the middle of one would be invalid UTF-8 */
  for (guint i = 0; i < 200; i++)
    g_string_append (title, "힘");
  name = cor_export_default_name (title->str, COR_EXPORT_FORMAT_HTML);

  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_cmpuint (strlen (name), <=, 255);
  g_assert_true (g_str_has_suffix (name, "힘 report.html"));
}

static void
test_webvtt_names (void)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *a = cor_export_webvtt_name ("Convoy/1", 1, used);
  g_autofree char *b = cor_export_webvtt_name ("convoy_1", 2, used);
  g_autofree char *c = cor_export_webvtt_name ("", 3, used);
  g_autofree char *d = cor_export_webvtt_name (NULL, 3, used);

  g_assert_cmpstr (a, ==, "Convoy_1.vtt");
  g_assert_cmpstr (b, ==, "convoy_1 (clip 2).vtt");
  g_assert_cmpstr (c, ==, "Clip 3.vtt");
  g_assert_cmpstr (d, ==, "Clip (clip 3).vtt");
}

static void
test_formats (void)
{
  g_assert_cmpstr (cor_export_format_get_extension (COR_EXPORT_FORMAT_PDF), ==, ".pdf");
  g_assert_cmpstr (cor_export_format_get_extension (COR_EXPORT_FORMAT_WEBVTT), ==, ".vtt");
  g_assert_true (cor_export_format_is_report (COR_EXPORT_FORMAT_HTML));
  g_assert_false (cor_export_format_is_report (COR_EXPORT_FORMAT_CSV));
  g_assert_false (cor_export_format_uses_selection (COR_EXPORT_FORMAT_JSON));
  g_assert_true (cor_export_format_uses_selection (COR_EXPORT_FORMAT_CSV));
  g_assert_true (cor_export_format_writes_folder (COR_EXPORT_FORMAT_WEBVTT));
  g_assert_false (cor_export_format_writes_folder (COR_EXPORT_FORMAT_PDF));
  for (guint i = 0; i <= COR_EXPORT_FORMAT_LAST; i++)
    g_assert_nonnull (cor_export_format_to_label ((CorExportFormat) i));
}

static void
test_options_whole_case (void)
{
  g_autoptr(CorExportRequest) request = cor_export_request_new ();
  g_autoptr(CorReportOptions) options = NULL;

  /* chosen ids are ignored for the whole case */
  cor_export_request_add_clip (request, 7);
  request->paper = COR_PAPER_LETTER;
  options = cor_export_request_to_options (request);

  g_assert_true (options->clip_ids == NULL || options->clip_ids->len == 0);
  g_assert_true (options->article_ids == NULL || options->article_ids->len == 0);
  g_assert_cmpuint (options->kinds_mask, ==, COR_REPORT_KINDS_ALL);
  g_assert_cmpint (options->min_confidence, ==, COR_CONFIDENCE_UNASSESSED);
  g_assert_cmpint (options->paper, ==, COR_PAPER_LETTER);
}

static void
test_options_chosen (void)
{
  g_autoptr(CorExportRequest) request = cor_export_request_new ();
  g_autoptr(CorReportOptions) options = NULL;

  request->format = COR_EXPORT_FORMAT_HTML;
  request->paper = COR_PAPER_LETTER;
  request->whole_case = FALSE;
  cor_export_request_add_clip (request, 3);
  cor_export_request_add_clip (request, 9);
  cor_export_request_add_article (request, 4);
  request->kinds_mask = COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_LANGUAGE)
                        | COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_LOCATION);
  request->min_confidence = COR_CONFIDENCE_HIGH;
  options = cor_export_request_to_options (request);

  g_assert_cmpuint (options->clip_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (options->clip_ids, gint64, 0), ==, 3);
  g_assert_cmpint (g_array_index (options->clip_ids, gint64, 1), ==, 9);
  g_assert_cmpuint (options->article_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (options->article_ids, gint64, 0), ==, 4);
  g_assert_cmpuint (options->kinds_mask, ==,
                    COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_LANGUAGE)
                    | COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_LOCATION));
  g_assert_cmpint (options->min_confidence, ==, COR_CONFIDENCE_HIGH);
  /* the paper size is only for PDF */
  g_assert_cmpint (options->paper, ==, COR_PAPER_A4);
}

static void
test_options_json (void)
{
  g_autoptr(CorExportRequest) request = cor_export_request_new ();
  g_autoptr(CorReportOptions) options = NULL;

  /* JSON is the whole case: no selection applies */
  request->format = COR_EXPORT_FORMAT_JSON;
  request->whole_case = FALSE;
  cor_export_request_add_clip (request, 3);
  request->kinds_mask = COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_NOTE);
  request->min_confidence = COR_CONFIDENCE_VERY_HIGH;
  options = cor_export_request_to_options (request);

  g_assert_true (options->clip_ids == NULL || options->clip_ids->len == 0);
  g_assert_cmpuint (options->kinds_mask, ==, COR_REPORT_KINDS_ALL);
  g_assert_cmpint (options->min_confidence, ==, COR_CONFIDENCE_UNASSESSED);
}

static void
assert_invalid (const CorExportRequest *request,
                const char             *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cor_export_request_validate (request, &error));
  g_assert_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

static void
test_validate (void)
{
  g_autoptr(CorExportRequest) request = cor_export_request_new ();
  g_autoptr(GError) error = NULL;

  assert_invalid (request, "where to save");

  request->destination = g_strdup ("/tmp/out/Case report.pdf");
  g_assert_true (cor_export_request_validate (request, &error));
  g_assert_no_error (error);

  request->whole_case = FALSE;
  assert_invalid (request, "at least one clip or article");
  cor_export_request_add_article (request, 2);
  g_assert_true (cor_export_request_validate (request, NULL));

  request->kinds_mask = 0;
  assert_invalid (request, "kind of observation");
  request->kinds_mask = COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_NOTE);
  g_assert_true (cor_export_request_validate (request, NULL));

  /* WebVTT needs clips, and a folder */
  request->format = COR_EXPORT_FORMAT_WEBVTT;
  assert_invalid (request, "at least one clip");
  cor_export_request_add_clip (request, 1);
  g_assert_true (cor_export_request_validate (request, NULL));
  g_clear_pointer (&request->destination, g_free);
  assert_invalid (request, "folder");

  /* JSON ignores the selection */
  request->format = COR_EXPORT_FORMAT_JSON;
  request->kinds_mask = 0;
  request->destination = g_strdup ("/tmp/case.json");
  g_assert_true (cor_export_request_validate (request, NULL));

  g_free (request->destination);
  request->destination = g_strdup ("/tmp/out/");
  assert_invalid (request, "is a folder");
}

static void
test_default_paper (void)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-export-paper-XXXXXX", &error);
  g_autofree char *xml = g_build_filename (dir, "test.gschema.xml", NULL);
  g_autofree char *compiled = g_build_filename (dir, "gschemas.compiled", NULL);
  g_autofree char *command = NULL;
  int status = 0;

  g_assert_no_error (error);

  /* no settings, and settings without the key: the locale's paper (A4 in C.UTF-8) */
  g_assert_cmpint (cor_export_default_paper (NULL), ==, COR_PAPER_A4);

  g_assert_true (g_file_set_contents (xml,
    "<schemalist><schema id='io.github.corroborate.Test' path='/io/github/corroborate/Test/'>"
    "<key name='paper-size' type='s'><default>'letter'</default></key>"
    "</schema>"
    "<schema id='io.github.corroborate.Other' path='/io/github/corroborate/Other/'>"
    "<key name='width' type='i'><default>1</default></key>"
    "</schema></schemalist>", -1, &error));
  g_assert_no_error (error);
  command = g_strdup_printf ("glib-compile-schemas %s", dir);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  source = g_settings_schema_source_new_from_directory (dir, NULL, FALSE, &error);
  g_assert_no_error (error);

  schema = g_settings_schema_source_lookup (source, "io.github.corroborate.Other", FALSE);
  settings = g_settings_new_full (schema, NULL, NULL);
  g_assert_cmpint (cor_export_default_paper (settings), ==, COR_PAPER_A4);
  g_clear_object (&settings);
  g_clear_pointer (&schema, g_settings_schema_unref);

  schema = g_settings_schema_source_lookup (source, "io.github.corroborate.Test", FALSE);
  settings = g_settings_new_full (schema, NULL, NULL);
  g_assert_cmpint (cor_export_default_paper (settings), ==, COR_PAPER_LETTER);
  g_settings_set_string (settings, "paper-size", "iso_a4");
  g_assert_cmpint (cor_export_default_paper (settings), ==, COR_PAPER_A4);
  g_settings_set_string (settings, "paper-size", "na_letter");
  g_assert_cmpint (cor_export_default_paper (settings), ==, COR_PAPER_LETTER);
  /* an unknown value: the locale's */
  g_settings_set_string (settings, "paper-size", "tabloid");
  g_assert_cmpint (cor_export_default_paper (settings), ==, COR_PAPER_A4);

  g_remove (xml);
  g_remove (compiled);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/export-options/default-name", test_default_name_plain);
  g_test_add_func ("/ui/export-options/default-name-hostile", test_default_name_hostile);
  g_test_add_func ("/ui/export-options/default-name-long", test_default_name_long);
  g_test_add_func ("/ui/export-options/webvtt-names", test_webvtt_names);
  g_test_add_func ("/ui/export-options/formats", test_formats);
  g_test_add_func ("/ui/export-options/options-whole-case", test_options_whole_case);
  g_test_add_func ("/ui/export-options/options-chosen", test_options_chosen);
  g_test_add_func ("/ui/export-options/options-json", test_options_json);
  g_test_add_func ("/ui/export-options/validate", test_validate);
  g_test_add_func ("/ui/export-options/default-paper", test_default_paper);

  return g_test_run ();
}
