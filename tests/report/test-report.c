/* test-report.c — PDF, HTML, CSV and WebVTT reports read back with poppler's tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "../common/cor-test-tree.h"
#include "cor-report.h"
#include "cor-store.h"

#define HOSTILE_SCRIPT "<script>alert(1)</script>"
#define HOSTILE_IMG    "\"><img src=x onerror=alert(1)>"
#define HOSTILE_URL    "javascript:alert(1)"
#define KOREAN         "힘들다야"
#define KOREAN_EN      "it's hard"
#define RUSSIAN        "Вот они, ребята из Северной Кореи"
#define RUSSIAN_EN     "There they are, the guys from North Korea"

typedef struct
{
  char   *dir;
  char   *case_path;
  char   *media_path;
  char   *media_sha256;
  char   *fake_sha256;
  gint64  clip1;
  gint64  clip2;
  gint64  obs_ko;
  guint   n_observations;
} Fixture;

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_still (int width,
            int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.3);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.9, 0.8, 0.1);
  cairo_arc (cr, width / 2.0, height / 2.0, height / 3.0, 0, 6.3);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, bytes), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static gint64
add_article (CorStore   *store,
             const char *title,
             const char *url)
{
  g_autoptr(CorArticle) a = cor_article_new ();
  g_autoptr(GError) error = NULL;

  cor_article_set_title (a, title);
  cor_article_set_url (a, url);
  cor_article_set_outlet (a, "Outlet " HOSTILE_SCRIPT);
  cor_article_set_published (a, "2024-10-18");
  cor_article_set_language (a, "en");
  g_assert_true (cor_store_add_article (store, a, &error));
  g_assert_no_error (error);
  return cor_article_get_id (a);
}

static gint64
add_clip (CorStore   *store,
          const char *title,
          const char *path,
          const char *sha256)
{
  g_autoptr(CorClip) c = cor_clip_new ();
  g_autoptr(GError) error = NULL;

  cor_clip_set_title (c, title);
  cor_clip_set_path (c, path);
  cor_clip_set_sha256 (c, sha256);
  cor_clip_set_size (c, 4096);
  cor_clip_set_kind (c, COR_CLIP_KIND_VIDEO);
  cor_clip_set_duration_ns (c, 10 * COR_NS_PER_SECOND);
  cor_clip_set_size_px (c, 640, 360);
  cor_clip_set_frame_rate (c, 25, 1);
  cor_clip_set_video_codec (c, "VP8");
  cor_clip_set_audio_codec (c, "Opus");
  cor_clip_set_container (c, "WebM");
  cor_clip_set_origin (c, "Telegram channel Astra");
  cor_clip_set_source_url (c, "https://t.me/astrapress/67000");
  cor_clip_set_first_seen (c, "2024-10-17");
  g_assert_true (cor_store_add_clip (store, c, &error));
  g_assert_no_error (error);
  return cor_clip_get_id (c);
}

static CorAnnotation *
new_observation (gint64            clip_id,
                 CorAnnotationKind kind,
                 double            start_s,
                 double            end_s,
                 CorConfidence     confidence)
{
  CorAnnotation *a = cor_annotation_new (kind);

  cor_annotation_set_clip_id (a, clip_id);
  cor_annotation_set_start_ns (a, (gint64) (start_s * 1000 + 0.5) * COR_NS_PER_MS);
  cor_annotation_set_end_ns (a, end_s < 0 ? -1 : (gint64) (end_s * 1000 + 0.5) * COR_NS_PER_MS);
  cor_annotation_set_confidence (a, confidence);
  cor_annotation_set_analyst (a, "Analyst A");
  return a;
}

static gint64
store_observation (CorStore      *store,
                   CorAnnotation *a)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cor_store_add_annotation (store, a, &error));
  g_assert_no_error (error);
  return cor_annotation_get_id (a);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autoptr(CorSnapshot) snap = cor_snapshot_new ();
  g_autoptr(GBytes) png = make_still (320, 180);
  g_autoptr(CorAnnotation) ko = NULL, ru = NULL, uni = NULL, loc = NULL, note = NULL;
  guchar content[4096];
  gint64 a1, a2;

  f->dir = g_dir_make_tmp ("cor-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->case_path = g_build_filename (f->dir, "case.corroborate", NULL);
  f->media_path = g_build_filename (f->dir, "clip one.webm", NULL);
  for (guint i = 0; i < sizeof content; i++)
    content[i] = (guchar) (i * 7 + 3);
  g_assert_true (g_file_set_contents (f->media_path, (char *) content, sizeof content, &error));
  g_checksum_update (checksum, content, sizeof content);
  f->media_sha256 = g_strdup (g_checksum_get_string (checksum));
  f->fake_sha256 = g_strdup ("5e2c8d2b3c4f9a0e1d7b6a5c4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a");

  store = cor_store_create (f->case_path, "Kursk " HOSTILE_SCRIPT, "Analyst A", &error);
  g_assert_no_error (error);
  g_assert_true (cor_store_update_case_info (store, "Kursk " HOSTILE_SCRIPT,
                                             "Description " HOSTILE_IMG,
                                             "Methodology: compare accents. " HOSTILE_SCRIPT, &error));

  a1 = add_article (store, "Seoul says 1,500 soldiers were sent", "https://example.org/a1");
  a2 = add_article (store, "Article " HOSTILE_IMG, HOSTILE_URL);

  cor_claim_set_article_id (claim, a1);
  cor_claim_set_text (claim, "North Korean soldiers train at Sergeevka");
  cor_claim_set_claimant (claim, "South Korean intelligence");
  cor_claim_set_figure (claim, "1,500");
  g_assert_true (cor_store_add_claim (store, claim, &error));
  g_assert_no_error (error);

  f->clip1 = add_clip (store, "Soldiers receive uniforms", f->media_path, f->media_sha256);
  f->clip2 = add_clip (store, "Radio intercept " HOSTILE_SCRIPT, "/nonexistent/radio.mp3",
                       f->fake_sha256);
  g_assert_true (cor_store_link_article_clip (store, a1, f->clip1, COR_RELATION_CITES, &error));
  g_assert_true (cor_store_link_article_clip (store, a2, f->clip2, COR_RELATION_DISPUTES, &error));

  ko = new_observation (f->clip1, COR_ANNOTATION_KIND_LANGUAGE, 5.0, 7.5, COR_CONFIDENCE_HIGH);
  cor_annotation_set_language (ko, "ko");
  cor_annotation_set_dialect (ko, "northern accent");
  cor_annotation_set_transcript (ko, KOREAN);
  cor_annotation_set_translation (ko, KOREAN_EN);
  cor_annotation_set_translated_by (ko, "Translator K");
  f->obs_ko = store_observation (store, ko);

  ru = new_observation (f->clip1, COR_ANNOTATION_KIND_LANGUAGE, 2.0, -1, COR_CONFIDENCE_MODERATE);
  cor_annotation_set_language (ru, "ru");
  cor_annotation_set_transcript (ru, RUSSIAN);
  cor_annotation_set_translation (ru, RUSSIAN_EN);
  store_observation (store, ru);

  uni = new_observation (f->clip1, COR_ANNOTATION_KIND_UNIFORM, 8.04, -1, COR_CONFIDENCE_LOW);
  cor_annotation_set_maker (uni, "BTK Group");
  cor_annotation_set_item (uni, "winter jacket");
  cor_annotation_set_markings (uni, HOSTILE_IMG);
  store_observation (store, uni);

  loc = new_observation (f->clip2, COR_ANNOTATION_KIND_LOCATION, 1.0, 3.0, COR_CONFIDENCE_VERY_HIGH);
  cor_annotation_set_place (loc, "Sergeevka training ground");
  cor_annotation_set_coordinates (loc, 43.355, 131.9);
  cor_annotation_set_precision_m (loc, 500);
  cor_annotation_set_method (loc, "Matching the tree line with satellite imagery");
  cor_annotation_set_geolocated_by (loc, "Analyst B");
  store_observation (store, loc);

  note = new_observation (f->clip2, COR_ANNOTATION_KIND_NOTE, 9.0, -1, COR_CONFIDENCE_UNASSESSED);
  cor_annotation_set_note (note, "Note " HOSTILE_SCRIPT " and " HOSTILE_IMG);
  store_observation (store, note);
  f->n_observations = 5;

  g_assert_true (cor_store_link_annotation_article (store, f->obs_ko, a1, COR_RELATION_SUPPORTS, &error));
  g_assert_true (cor_store_link_annotation_article (store, cor_annotation_get_id (note), a2,
                                                    COR_RELATION_REPORTED_BY, &error));
  g_assert_true (cor_store_link_claim_annotation (store, cor_claim_get_id (claim), f->obs_ko,
                                                  COR_RELATION_SUPPORTS, &error));
  g_assert_true (cor_store_link_claim_annotation (store, cor_claim_get_id (claim),
                                                  cor_annotation_get_id (loc),
                                                  COR_RELATION_CONTRADICTS, &error));
  g_assert_no_error (error);

  cor_snapshot_set_clip_id (snap, f->clip1);
  cor_snapshot_set_annotation_id (snap, f->obs_ko);
  cor_snapshot_set_position_ns (snap, 5 * COR_NS_PER_SECOND);
  cor_snapshot_set_frame (snap, 125);
  cor_snapshot_set_size_px (snap, 320, 180);
  g_assert_true (cor_store_add_snapshot (store, snap, png, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (g_getenv ("COR_TEST_KEEP") != NULL)
    g_test_message ("kept %s", f->dir);
  else
    cor_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->case_path);
  g_free (f->media_path);
  g_free (f->media_sha256);
  g_free (f->fake_sha256);
}

/* Files in @path whose name starts with @prefix (temporary files of the writer) */
static guint
count_files (const char *path,
             const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, prefix);
  return n;
}

static char *
write_report (Fixture                *f,
              CorReportFormat         format,
              const CorReportOptions *options,
              const char             *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (cor_report_write (f->case_path, path, format, options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

/* Runs of white space (line ends in wrapped table cells included) become one space */
static char *
squash (char *text)
{
  char *out = text;
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        space = TRUE;
      else
        {
          if (space && out != text)
            *out++ = ' ';
          space = FALSE;
          *out++ = *p;
        }
    }
  *out = '\0';
  return text;
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return squash (run_tool (argv));
}

static int
pdf_pages (const char *info)
{
  const char *p = strstr (info, "Pages:");

  g_assert_nonnull (p);
  return atoi (p + 6);
}

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
  ADD ("/report/pdf/content", test_pdf_content);
  ADD ("/report/pdf/letter", test_pdf_letter);
  ADD ("/report/pdf/long-transcript", test_long_transcript);
  ADD ("/report/html/escapes-markup", test_html_escaping);
  ADD ("/report/selection", test_selection);
  ADD ("/report/empty-case", test_empty_case);
  ADD ("/report/error/unwritable", test_unwritable);
  ADD ("/report/error/cancel-keeps-old-file", test_cancel_keeps_old_file);
  ADD ("/report/async", test_async);
  ADD ("/report/csv", test_csv);
  ADD ("/report/webvtt", test_webvtt);
  ADD ("/report/webvtt/note-once", test_webvtt_note_once);
#undef ADD

  return g_test_run ();
}
