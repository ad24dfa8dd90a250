/* test-report.c — PDF and HTML reports read back with poppler's tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "report-test-fixture.h"

static void
test_pdf_content (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *pdf = write_report (f, COR_REPORT_FORMAT_PDF, NULL, "report.pdf");
  g_autofree char *text = pdf_text (pdf);
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  const char *images_argv[] = { "pdfimages", "-list", pdf, NULL };
  g_autofree char *info = squash (run_tool (info_argv));
  g_autofree char *images = run_tool (images_argv);
  g_auto(GStrv) image_lines = g_strsplit (images, "\n", -1);
  int pages = pdf_pages (info);

  /* every observation: timecode with frames, transcript and translation */
  g_assert_nonnull (strstr (text, "00:00:05.000 – 00:00:07.500 (frames 125–187)"));
  g_assert_nonnull (strstr (text, "00:00:02.000 (frame 50)"));
  g_assert_nonnull (strstr (text, "00:00:08.040 (frame 201)"));
  g_assert_nonnull (strstr (text, "00:00:01.000 – 00:00:03.000 (frames 25–75)"));
  g_assert_nonnull (strstr (text, "00:00:09.000 (frame 225)"));
  g_assert_nonnull (strstr (text, KOREAN));
  g_assert_nonnull (strstr (text, KOREAN_EN));
  g_assert_nonnull (strstr (text, "Вот они"));
  g_assert_nonnull (strstr (text, "Северной Кореи"));
  g_assert_nonnull (strstr (text, "the guys from North Korea"));
  g_assert_nonnull (strstr (text, "BTK Group"));
  g_assert_nonnull (strstr (text, "43.355000, 131.900000"));
  g_assert_nonnull (strstr (text, "South Korean intelligence"));
  /* hashes, and the check made at report time */
  g_assert_nonnull (strstr (text, f->media_sha256));
  g_assert_nonnull (strstr (text, f->fake_sha256));
  g_assert_nonnull (strstr (text, "Matches: the file was re-hashed"));
  g_assert_nonnull (strstr (text, "the file is missing"));
  /* the whole report, to the end of the appendix */
  g_assert_nonnull (strstr (text, "Contents"));
  g_assert_nonnull (strstr (text, "Confidence scale"));
  g_assert_nonnull (strstr (text, "Established beyond reasonable doubt."));
  g_assert_nonnull (strstr (text, "How this report was made"));
  g_assert_nonnull (strstr (text, "Page 1 of"));

  g_assert_cmpint (pages, >=, 5);
  g_assert_cmpint (pages, <=, 20);
  g_assert_nonnull (strstr (info, "Title: Kursk <script>alert(1)</script>"));
  g_assert_nonnull (strstr (info, "Creator: Corroborate 0.1.0"));
  g_assert_nonnull (strstr (info, "Page size: 595.276 x 841.89 pts (A4)"));
  /* header, separator, one still */
  g_assert_cmpuint (g_strv_length (image_lines), ==, 2 + 1 + 1);
  g_assert_nonnull (strstr (image_lines[2], "  320   180 "));
}

static void
test_pdf_letter (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CorReportOptions) options = cor_report_options_new ();
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;
  const char *argv[] = { "pdfinfo", NULL, NULL };

  options->paper = COR_PAPER_LETTER;
  pdf = write_report (f, COR_REPORT_FORMAT_PDF, options, "letter.pdf");
  argv[1] = pdf;
  info = squash (run_tool (argv));
  g_assert_nonnull (strstr (info, "Page size: 612 x 792 pts (letter)"));
}

/* Every src is a data: PNG, every href an anchor or an http(s) link */
static void
check_attributes (const char *html,
                  const char *attr,
                  const char * const *allowed)
{
  for (const char *p = strstr (html, attr); p != NULL; p = strstr (p + 1, attr))
    {
      const char *value = p + strlen (attr);
      gboolean ok = FALSE;

      for (guint i = 0; allowed[i] != NULL; i++)
        ok |= g_str_has_prefix (value, allowed[i]);
      if (!ok)
        g_error ("unexpected %s%.40s", attr, value);
    }
}

static void
test_html_escaping (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_report (f, COR_REPORT_FORMAT_HTML, NULL, "report.html");
  g_autofree char *html = NULL;
  g_autofree char *lower = NULL;
  const char * const src_ok[] = { "data:image/png;base64,", NULL };
  const char * const href_ok[] = { "#", "https://", "http://", NULL };

  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  lower = g_ascii_strdown (html, -1);

  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "<img src=x"));
  g_assert_null (strstr (lower, "onerror=alert(1)>"));
  g_assert_null (strstr (lower, "href=\"javascript"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  g_assert_nonnull (strstr (html, "javascript:alert(1)"));  /* printed as text */
  g_assert_nonnull (strstr (html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                                  "'none'; img-src data:; style-src 'unsafe-inline'\">"));
  check_attributes (lower, " src=\"", src_ok);
  check_attributes (lower, " href=\"", href_ok);
  g_assert_null (strstr (lower, " src='"));
  g_assert_null (strstr (lower, " href='"));
  g_assert_null (strstr (lower, "<link"));
  g_assert_null (strstr (lower, "url("));
  g_assert_null (strstr (lower, "@import"));

  /* content matches the PDF's */
  g_assert_nonnull (strstr (html, "<span lang=\"ko\">" KOREAN "</span>"));
  g_assert_nonnull (strstr (html, "it&#39;s hard"));
  g_assert_nonnull (strstr (html, RUSSIAN));
  g_assert_nonnull (strstr (html, "00:00:05.000 – 00:00:07.500 (frames 125–187)"));
  g_assert_nonnull (strstr (html, f->media_sha256));
  g_assert_nonnull (strstr (html, f->fake_sha256));
  g_assert_nonnull (strstr (html, "href=\"https://www.openstreetmap.org/?mlat=43.355000&amp;"
                                  "mlon=131.900000#map=14/43.355000/131.900000\""));
  g_assert_nonnull (strstr (html, "href=\"https://example.org/a1\""));
  g_assert_nonnull (strstr (html, "<img src=\"data:image/png;base64,iVBORw0KGgo"));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "@media (max-width:600px)"));
  g_assert_nonnull (strstr (html, "How this report was made"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CorReportOptions) options = cor_report_options_new ();
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;

  cor_report_options_add_clip (options, f->clip2);
  path = write_report (f, COR_REPORT_FORMAT_HTML, options, "clip2.html");
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  g_assert_null (strstr (html, KOREAN));
  g_assert_nonnull (strstr (html, "Sergeevka training ground"));
  g_clear_pointer (&html, g_free);
  g_clear_pointer (&path, g_free);

  g_clear_pointer (&options->clip_ids, g_array_unref);
  options->min_confidence = COR_CONFIDENCE_HIGH;
  cor_report_options_add_kind (options, COR_ANNOTATION_KIND_LANGUAGE);
  path = write_report (f, COR_REPORT_FORMAT_HTML, options, "high.html");
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, KOREAN));
  g_assert_null (strstr (html, RUSSIAN));          /* moderate */
  g_assert_null (strstr (html, "Sergeevka training ground"));  /* location kind */
  g_assert_nonnull (strstr (html, "confidence High or higher"));
}

static void
test_empty_case (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *case_path = g_build_filename (f->dir, "empty.corroborate", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "empty.pdf", NULL);
  g_autofree char *html_path = g_build_filename (f->dir, "empty.html", NULL);
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  store = cor_store_create (case_path, "Empty", NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (cor_report_write (case_path, pdf, COR_REPORT_FORMAT_PDF, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "No clips in this selection."));
  g_assert_nonnull (strstr (text, "How this report was made"));

  g_assert_true (cor_report_write (case_path, html_path, COR_REPORT_FORMAT_HTML, NULL, NULL, NULL,
                                   NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "No articles in this selection."));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
}

static void
test_long_transcript (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CorStore) store = cor_store_open (f->case_path, COR_STORE_OPEN_DEFAULT, NULL);
  g_autoptr(CorAnnotation) a = new_observation (f->clip1, COR_ANNOTATION_KIND_LANGUAGE, 0.5, 9.5,
                                                COR_CONFIDENCE_HIGH);
  GString *words = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autofree char *html_path = NULL;
  const char *p;

  g_assert_nonnull (store);
  for (guint i = 1; i <= 5000; i++)
    g_string_append_printf (words, "%sw%04u%s", i > 1 ? " " : "", i, i % 3 == 0 ? " 힘들다" : "");
  cor_annotation_set_language (a, "ko");
  cor_annotation_set_transcript (a, words->str);
  cor_annotation_set_translation (a, "The end of a very long transcript: lastwordtranslated");
  store_observation (store, a);
  g_clear_object (&store);
  g_string_free (words, TRUE);

  pdf = write_report (f, COR_REPORT_FORMAT_PDF, NULL, "long.pdf");
  text = pdf_text (pdf);
  /* every word, in order, none cut */
  p = text;
  for (guint i = 1; i <= 5000; i++)
    {
      char word[16];

      g_snprintf (word, sizeof word, "w%04u", i);
      p = strstr (p, word);
      if (p == NULL)
        g_error ("word %s is missing from the PDF", word);
    }
  g_assert_nonnull (strstr (text, "lastwordtranslated"));
  g_assert_nonnull (strstr (text, "How this report was made"));

  html_path = write_report (f, COR_REPORT_FORMAT_HTML, NULL, "long.html");
  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "w4999 w5000"));
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_dir = g_build_filename (f->dir, "no-such-dir", "report.pdf", NULL);
  g_autofree char *expected = g_strdup_printf ("Cannot write %s: No such file or directory",
                                               missing_dir);

  g_assert_false (cor_report_write (f->case_path, missing_dir, COR_REPORT_FORMAT_PDF, NULL, NULL,
                                    NULL, NULL, &error));
  g_assert_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
}

static void
test_cancel_keeps_old_file (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "keep.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (cor_report_write (f->case_path, path, COR_REPORT_FORMAT_PDF, NULL, cancellable,
                                    NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_files (f->dir, ".keep.pdf"), ==, 0);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   done;
  guint      progress_calls;
  double     last;
  GThread   *main_thread;
  GError    *error;
} AsyncState;

static void
on_progress (double   fraction,
             gpointer data)
{
  AsyncState *s = data;

  g_assert_true (g_thread_self () == s->main_thread);
  g_assert_cmpfloat (fraction, >=, s->last);
  s->last = fraction;
  s->progress_calls++;
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  AsyncState *s = data;

  s->done = cor_report_write_finish (result, &s->error);
  g_main_loop_quit (s->loop);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "async.pdf", NULL);
  AsyncState s = { g_main_loop_new (NULL, FALSE), FALSE, 0, 0, g_thread_self (), NULL };

  cor_report_write_async (f->case_path, path, COR_REPORT_FORMAT_PDF, NULL, NULL, on_progress, &s,
                          on_written, &s);
  g_main_loop_run (s.loop);
  g_assert_no_error (s.error);
  g_assert_true (s.done);
  g_assert_cmpuint (s.progress_calls, >, 2);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_main_loop_unref (s.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report/pdf/content", test_pdf_content);
  ADD ("/report/pdf/letter", test_pdf_letter);
  ADD ("/report/pdf/long-transcript", test_long_transcript);
  ADD ("/report/html/escapes-markup", test_html_escaping);
  ADD ("/report/selection", test_selection);
  ADD ("/report/empty-case", test_empty_case);
  ADD ("/report/error/unwritable", test_unwritable);
  ADD ("/report/error/cancel-keeps-old-file", test_cancel_keeps_old_file);
  ADD ("/report/async", test_async);
#undef ADD

  return g_test_run ();
}
