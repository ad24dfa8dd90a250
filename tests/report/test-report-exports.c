/* test-report-exports.c — the CSV and WebVTT exports, parsed back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "report-test-fixture.h"

/* RFC 4180 reader: rows of fields */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++; *p && !(*p == '"' && p[1] != '"'); p++)
            {
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          g_assert_true (*p == '"');
          p++;
        }
      else
        while (*p && *p != ',' && *p != '\r')
          g_string_append_c (field, *p++);

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
    }
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "obs.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint n_columns = g_strv_length ((char **) cor_report_csv_columns ());
  gboolean found = FALSE;

  g_assert_true (cor_report_export_csv (f->case_path, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 1 + f->n_observations);
  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);

      g_assert_cmpuint (row->len, ==, n_columns);
      for (guint j = 0; j < row->len; j++)
        found |= g_strcmp0 (g_ptr_array_index (row, j), HOSTILE_IMG) == 0;
    }
  g_assert_true (found);  /* quotes and commas survive the round trip */
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), 0), ==, "id");
}

static void
test_webvtt (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "clip1.vtt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (cor_report_export_webvtt (f->case_path, f->clip1, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "WEBVTT\n\n"));
  g_assert_nonnull (strstr (text, "00:00:02.000 --> 00:00:03.000\n"));
  g_assert_nonnull (strstr (text, "00:00:05.000 --> 00:00:07.500\n"));
  g_assert_nonnull (strstr (text, "<lang ko>" KOREAN "</lang>\n" KOREAN_EN "\n"));
  g_assert_nonnull (strstr (text, "\"&gt;&lt;img src=x onerror=alert(1)&gt;"));
  /* cues in time order */
  g_assert_true (strstr (text, "00:00:02.000 -->") < strstr (text, "00:00:05.000 -->"));
  g_assert_true (strstr (text, "00:00:05.000 -->") < strstr (text, "00:00:08.040 -->"));

  g_assert_false (cor_report_export_webvtt (f->case_path, 9999, path, NULL, NULL, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* A note observation's text is written once, not as a summary line and again as
 * the note; a location keeps its summary line */
static void
test_webvtt_note_once (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "clip2.vtt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *note = "Note &lt;script&gt;alert(1)&lt;/script&gt; and \"&gt;&lt;img src=x "
                     "onerror=alert(1)&gt;\n";
  const char *cue;

  g_assert_true (cor_report_export_webvtt (f->case_path, f->clip2, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  cue = strstr (text, "00:00:09.000 --> 00:00:10.000\n");
  g_assert_nonnull (cue);
  g_assert_cmpuint (count_occurrences (text, "Note &lt;script&gt;"), ==, 1);
  /* the cue: its head, the note on one line, then the blank line that ends it */
  cue = strchr (cue, '\n') + 1;
  g_assert_true (g_str_has_prefix (cue, "["));
  cue = strchr (cue, '\n') + 1;
  g_assert_true (g_str_has_prefix (cue, note));
  g_assert_cmpint (cue[strlen (note)], ==, '\n');

  g_assert_cmpuint (count_occurrences (text, "Sergeevka training ground"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report/csv", test_csv);
  ADD ("/report/webvtt", test_webvtt);
  ADD ("/report/webvtt/note-once", test_webvtt_note_once);
#undef ADD

  return g_test_run ();
}
