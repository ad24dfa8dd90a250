/* report-test-fixture.c — a case built with the store API for the report tests, and poppler's
 * tools to read the reports back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <stdlib.h>
#include <string.h>

#include "../common/cor-test-tree.h"
#include "report-test-fixture.h"

char *
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

CorAnnotation *
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

gint64
store_observation (CorStore      *store,
                   CorAnnotation *a)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cor_store_add_annotation (store, a, &error));
  g_assert_no_error (error);
  return cor_annotation_get_id (a);
}

void
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

void
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
guint
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

char *
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
char *
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

char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return squash (run_tool (argv));
}

int
pdf_pages (const char *info)
{
  const char *p = strstr (info, "Pages:");

  g_assert_nonnull (p);
  return atoi (p + 6);
}

