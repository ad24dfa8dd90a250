/* bench-report.c — time and peak memory of the HTML and PDF reports of a large case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 50 clips, 1,000 observations, 300 stills of 640×360 (about 250 PDF pages). Each
 * format is written in a child process of its own so that its peak resident
 * memory (getrusage ru_maxrss) is its own. Aims: HTML ≤ 1 s, PDF ≤ 4.5 s,
 * peak ≤ 150 MB. Usage: bench-report [--keep DIR] (keeps the files in DIR and reuses the
 * case found there)
 */
#include <cairo.h>
#include <math.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cor-report.h"
#include "cor-store.h"

#define N_CLIPS        50
#define N_OBSERVATIONS 1000
#define N_STILLS       300

static const char *korean[] = { "힘들다야", "빨리 와", "여기 있어", "괜찮아", "조심해", "배고파" };
static const char *russian[] = { "Вот они", "ребята из Северной Кореи", "на полигоне", "Сергеевка",
                                 "форма", "быстрее" };

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_still (guint n)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 360);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, 640, 360);
  GByteArray *bytes = g_byte_array_new ();
  char label[64];

  cairo_pattern_add_color_stop_rgb (gradient, 0, 0.2 + (n % 7) * 0.1, 0.3, 0.25);
  cairo_pattern_add_color_stop_rgb (gradient, 1, 0.1, 0.15 + (n % 5) * 0.1, 0.4);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_pattern_destroy (gradient);
  for (guint i = 0; i < 12; i++)
    {
      cairo_set_source_rgba (cr, (i * 37 % 100) / 100.0, (n * 13 % 100) / 100.0, 0.5, 0.7);
      cairo_rectangle (cr, (i * 53 + n * 7) % 600, (i * 29 + n * 11) % 320, 40 + i * 3, 30);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, 28);
  cairo_move_to (cr, 20, 340);
  g_snprintf (label, sizeof label, "still %u  00:%02u:%02u.%03u", n, n / 60 % 60, n % 60, n * 37 % 1000);
  cairo_show_text (cr, label);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static char *
words (const char **pool,
       guint        n_pool,
       guint        seed,
       guint        count)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < count; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", pool[(seed + i * 7) % n_pool]);
  return g_string_free (s, FALSE);
}

static void
build_case (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = cor_store_create (path, "Benchmark: North Korean troops in Russia",
                                                "Bench Analyst", &error);
  gint64 clip_ids[N_CLIPS];
  gint64 article_ids[10];
  guint stills = 0;

  g_assert_no_error (error);
  g_assert_true (cor_store_update_case_info (store, "Benchmark: North Korean troops in Russia",
                                             "A generated case for timing reports.",
                                             "Each clip was watched frame by frame.", &error));
  g_assert_true (cor_store_begin_bulk (store, &error));

  for (guint i = 0; i < G_N_ELEMENTS (article_ids); i++)
    {
      g_autoptr(CorArticle) a = cor_article_new ();
      g_autoptr(CorClaim) c = cor_claim_new ();
      g_autofree char *title = g_strdup_printf ("Article %u on troop movements", i + 1);
      g_autofree char *url = g_strdup_printf ("https://example.org/news/%u", i + 1);

      cor_article_set_title (a, title);
      cor_article_set_url (a, url);
      cor_article_set_outlet (a, "Example News");
      cor_article_set_published (a, "2024-10-18");
      cor_article_set_summary (a, "Reports that soldiers were seen at a training ground.");
      g_assert_true (cor_store_add_article (store, a, &error));
      article_ids[i] = cor_article_get_id (a);
      cor_claim_set_article_id (c, article_ids[i]);
      cor_claim_set_text (c, "Soldiers from North Korea train at the Sergeevka base");
      cor_claim_set_claimant (c, "South Korean intelligence");
      g_assert_true (cor_store_add_claim (store, c, &error));
    }

  for (guint i = 0; i < N_CLIPS; i++)
    {
      g_autoptr(CorClip) c = cor_clip_new ();
      g_autofree char *title = g_strdup_printf ("Clip %u from a Telegram channel", i + 1);
      g_autofree char *file = g_strdup_printf ("/media/evidence/clip-%03u.mp4", i + 1);
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, file, -1);

      cor_clip_set_title (c, title);
      cor_clip_set_path (c, file);
      cor_clip_set_sha256 (c, sha);
      cor_clip_set_size (c, 12345678);
      cor_clip_set_kind (c, COR_CLIP_KIND_VIDEO);
      cor_clip_set_duration_ns (c, 120 * COR_NS_PER_SECOND);
      cor_clip_set_size_px (c, 1280, 720);
      cor_clip_set_frame_rate (c, 30000, 1001);
      cor_clip_set_video_codec (c, "H.264 (Main Profile)");
      cor_clip_set_audio_codec (c, "MPEG-4 AAC");
      cor_clip_set_container (c, "ISO MP4/M4A");
      cor_clip_set_origin (c, "Telegram channel Astra");
      cor_clip_set_source_url (c, "https://t.me/astrapress/1");
      g_assert_true (cor_store_add_clip (store, c, &error));
      clip_ids[i] = cor_clip_get_id (c);
      g_assert_true (cor_store_link_article_clip (store, article_ids[i % 10], clip_ids[i],
                                                  COR_RELATION_CITES, &error));
    }

  for (guint i = 0; i < N_OBSERVATIONS; i++)
    {
      CorAnnotationKind kind = (CorAnnotationKind) (1 + i % 4);
      g_autoptr(CorAnnotation) a = cor_annotation_new (kind);
      gint64 clip = clip_ids[i % N_CLIPS];
      gint64 start = (gint64) (i / N_CLIPS) * 5 * COR_NS_PER_SECOND + 123 * COR_NS_PER_MS;

      cor_annotation_set_clip_id (a, clip);
      cor_annotation_set_start_ns (a, start);
      cor_annotation_set_end_ns (a, i % 2 ? start + 2500 * COR_NS_PER_MS : -1);
      cor_annotation_set_confidence (a, (CorConfidence) (1 + i % 5));
      cor_annotation_set_analyst (a, i % 3 ? "Bench Analyst" : "Second Analyst");
      cor_annotation_set_note (a, "Seen in the wide shot; compare with the earlier clip before "
                                  "drawing a conclusion about the unit.");
      switch ((int) kind)
        {
        case COR_ANNOTATION_KIND_LANGUAGE:
          {
            gboolean ko = (i / 4) % 2 == 0;
            g_autofree char *t = ko ? words (korean, G_N_ELEMENTS (korean), i, 24)
                                    : words (russian, G_N_ELEMENTS (russian), i, 18);

            cor_annotation_set_language (a, ko ? "ko" : "ru");
            cor_annotation_set_dialect (a, ko ? "northern accent" : "Far Eastern");
            cor_annotation_set_transcript (a, t);
            cor_annotation_set_translation (a, "It is hard here; come quickly, they are over there "
                                               "by the trucks and the training ground.");
          }
          break;
        case COR_ANNOTATION_KIND_UNIFORM:
          cor_annotation_set_maker (a, i % 8 == 1 ? "BTK Group" : "Unknown maker");
          cor_annotation_set_item (a, "winter jacket");
          cor_annotation_set_markings (a, "no insignia");
          break;
        case COR_ANNOTATION_KIND_LOCATION:
          cor_annotation_set_place (a, "Sergeevka training ground");
          cor_annotation_set_coordinates (a, 43.35 + (i % 10) * 0.001, 131.9);
          cor_annotation_set_method (a, "Tree line and buildings matched to satellite imagery");
          cor_annotation_set_geolocated_by (a, "Bench Analyst");
          break;
        default:
          break;
        }
      g_assert_true (cor_store_add_annotation (store, a, &error));
      g_assert_no_error (error);
      if (i % 5 == 0)
        g_assert_true (cor_store_link_annotation_article (store, cor_annotation_get_id (a),
                                                          article_ids[i % 10],
                                                          COR_RELATION_SUPPORTS, &error));

      if (stills < N_STILLS && (i % 10) < 3)
        {
          g_autoptr(CorSnapshot) s = cor_snapshot_new ();
          g_autoptr(GBytes) png = make_still (stills);

          cor_snapshot_set_clip_id (s, clip);
          cor_snapshot_set_annotation_id (s, cor_annotation_get_id (a));
          cor_snapshot_set_position_ns (s, start);
          cor_snapshot_set_frame (s, cor_time_ns_to_frame (start, 30000, 1001));
          cor_snapshot_set_size_px (s, 640, 360);
          g_assert_true (cor_store_add_snapshot (store, s, png, &error));
          g_assert_no_error (error);
          stills++;
        }
    }
  g_assert_true (cor_store_end_bulk (store, TRUE, &error));
  g_assert_no_error (error);
}

/* Runs @func in a child; prints its wall time and peak memory */
static double
in_child (const char *label,
          const char *case_path,
          const char *out,
          int         format)
{
  struct rusage usage;
  int status = 0;
  gint64 t0 = g_get_monotonic_time ();
  pid_t pid = fork ();
  double seconds, cpu;
  GStatBuf st;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;

      if (format < 0)
        build_case (case_path);
      else if (!cor_report_write (case_path, out, (CorReportFormat) format, NULL, NULL, NULL, NULL,
                                  &error))
        {
          g_printerr ("%s: %s\n", label, error->message);
          _exit (1);
        }
      _exit (0);
    }
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  seconds = (g_get_monotonic_time () - t0) / 1e6;
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
        + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  if (out != NULL && g_stat (out, &st) == 0)
    g_print ("%-6s %6.2f s (cpu %5.2f s)   peak %6.1f MB   file %6.1f MB\n", label, seconds, cpu,
             usage.ru_maxrss / 1024.0, st.st_size / 1048576.0);
  else
    g_print ("%-6s %6.2f s (cpu %5.2f s)   peak %6.1f MB\n", label, seconds, cpu,
             usage.ru_maxrss / 1024.0);
  return seconds;
}

static void
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *out = NULL;
  const char *p;

  if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, &out, NULL, NULL, NULL)
      && (p = strstr (out, "Pages:")) != NULL)
    g_print ("PDF pages: %d\n", atoi (p + 6));
}

static void
chromium (const char *html,
          const char *dir)
{
  const char *names[] = { "chromium", "chromium-browser", "google-chrome", NULL };
  g_autofree char *exe = NULL;
  g_autofree char *out = g_build_filename (dir, "chromium.pdf", NULL);
  g_autofree char *print = g_strdup_printf ("--print-to-pdf=%s", out);
  g_autofree char *uri = g_filename_to_uri (html, NULL, NULL);
  gint64 t0;

  for (guint i = 0; names[i] != NULL && exe == NULL; i++)
    exe = g_find_program_in_path (names[i]);
  if (exe == NULL)
    {
      g_print ("chromium: skipped: chromium not installed\n");
      return;
    }
  {
    const char *argv[] = { exe, "--headless", "--no-sandbox", "--disable-gpu", print, uri, NULL };

    t0 = g_get_monotonic_time ();
    g_spawn_sync (NULL, (char **) argv, NULL,
                  G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                  NULL, NULL);
    g_print ("chromium --print-to-pdf of the same HTML: %.2f s\n",
             (g_get_monotonic_time () - t0) / 1e6);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *case_path = NULL;
  g_autofree char *html = NULL;
  g_autofree char *pdf = NULL;
  gboolean keep = argc > 2 && g_str_equal (argv[1], "--keep");
  double html_s, pdf_s;

  dir = keep ? g_strdup (argv[2]) : g_dir_make_tmp ("cor-bench-report-XXXXXX", &error);
  g_assert_no_error (error);
  g_mkdir_with_parents (dir, 0755);
  case_path = g_build_filename (dir, "bench.corroborate", NULL);
  html = g_build_filename (dir, "bench.html", NULL);
  pdf = g_build_filename (dir, "bench.pdf", NULL);

  g_print ("Case: %d clips, %d observations, %d stills of 640x360\n", N_CLIPS, N_OBSERVATIONS,
           N_STILLS);
  if (!keep || !g_file_test (case_path, G_FILE_TEST_EXISTS))  /* --keep reuses its case */
    in_child ("setup", case_path, NULL, -1);
  html_s = in_child ("html", case_path, html, COR_REPORT_FORMAT_HTML);
  pdf_s = in_child ("pdf", case_path, pdf, COR_REPORT_FORMAT_PDF);
  pdf_pages (pdf);
  g_print ("aims: HTML <= 1 s (%s), PDF <= 4.5 s (%s), peak <= 150 MB\n",
           html_s <= 1.0 ? "met" : "MISSED", pdf_s <= 4.5 ? "met" : "MISSED");
  chromium (html, dir);

  if (!keep)
    {
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;

      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (dir, name, NULL);
          g_unlink (child);
        }
      g_rmdir (dir);
    }
  return 0;
}
