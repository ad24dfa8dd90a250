/* test-export-dialog.c — the Export Report dialog on a real display (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-export-dialog-private.h"
#include "corroborate-resources.h"
#include "cor-store.h"
#include "cor-time.h"
#include "ui-test-util.h"

#define N_CLIPS 3

typedef struct
{
  char            *dir;
  char            *case_path;
  CorStore        *store;
  gint64           clip_ids[N_CLIPS];
  gint64           article_id;
  GtkWindow       *parent;
  AdwToastOverlay *toasts;
  CorExportDialog *dialog;     /* weak */
  char            *exported;   /* the path of the last "exported" */
} Fixture;

static gboolean
dialog_gone (gpointer data)
{
  Fixture *f = data;

  return f->dialog == NULL;
}

static gboolean
dialog_idle (gpointer data)
{
  Fixture *f = data;

  return f->dialog == NULL || !cor_export_dialog_get_busy (f->dialog);
}

static gboolean
dialog_mapped (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_mapped (GTK_WIDGET (f->dialog));
}

/* Files in @path besides the case's own (its -wal and -shm included) */
static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "sergeevka.corroborate"))
      n++;

  return n;
}

static void
add_annotation (Fixture           *f,
                gint64             clip_id,
                CorAnnotationKind  kind,
                gint64             start_ms,
                CorConfidence      confidence,
                const char        *text)
{
  g_autoptr(CorAnnotation) annotation = cor_annotation_new (kind);
  g_autoptr(GError) error = NULL;

  cor_annotation_set_clip_id (annotation, clip_id);
  cor_annotation_set_start_ns (annotation, start_ms * COR_NS_PER_MS);
  cor_annotation_set_confidence (annotation, confidence);
  cor_annotation_set_analyst (annotation, "Test Analyst");
  if (kind == COR_ANNOTATION_KIND_LANGUAGE)
    {
      cor_annotation_set_language (annotation, "ko");
      cor_annotation_set_transcript (annotation, text);
    }
  else
    cor_annotation_set_note (annotation, text);
  g_assert_true (cor_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);
}

/* Enough observations that writing the report takes a while: a cancel lands mid-write */
static void
add_many (Fixture *f,
          guint    n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cor_store_begin_bulk (f->store, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *note = g_strdup_printf ("Observation %u: a vehicle passes the camera from "
                                               "left to right; the markings on its side are "
                                               "partly hidden by mud and a tarpaulin.", i);

      add_annotation (f, f->clip_ids[i % N_CLIPS], COR_ANNOTATION_KIND_NOTE, 100 + i * 50,
                      COR_CONFIDENCE_MODERATE, note);
    }
  g_assert_true (cor_store_end_bulk (f->store, TRUE, &error));
  g_assert_no_error (error);
}

static gboolean
writing (gpointer data)
{
  Fixture *f = data;

  return f->dialog == NULL || !cor_export_dialog_get_busy (f->dialog)
         || cor_export_dialog_get_fraction (f->dialog) > 0.0;
}

static void
make_case (Fixture *f)
{
  static const char *const titles[N_CLIPS] = {
    "Training ground queue", "Convoy/at night", "Training ground queue"
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();

  f->store = cor_store_create (f->case_path, "Sergeevka \"footage\"/2024", "Test Analyst",
                               &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_CLIPS; i++)
    {
      g_autoptr(CorClip) clip = cor_clip_new ();
      g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                          (const guchar *) &i, sizeof i);
      g_autofree char *path = g_strdup_printf ("/nonexistent/clip%u.mp4", i);

      cor_clip_set_title (clip, titles[i]);
      cor_clip_set_path (clip, path);
      cor_clip_set_size (clip, 12345678);
      cor_clip_set_sha256 (clip, sha);
      cor_clip_set_kind (clip, COR_CLIP_KIND_VIDEO);
      cor_clip_set_duration_ns (clip, 83456 * COR_NS_PER_MS);
      cor_clip_set_size_px (clip, 1280, 720);
      cor_clip_set_frame_rate (clip, 30000, 1001);
      g_assert_true (cor_store_add_clip (f->store, clip, &error));
      g_assert_no_error (error);
      f->clip_ids[i] = cor_clip_get_id (clip);
    }

  add_annotation (f, f->clip_ids[0], COR_ANNOTATION_KIND_LANGUAGE, 1200, COR_CONFIDENCE_HIGH,
                  "힘들다야");
  add_annotation (f, f->clip_ids[0], COR_ANNOTATION_KIND_NOTE, 5000, COR_CONFIDENCE_LOW,
                  "Flag on the left truck");
  add_annotation (f, f->clip_ids[1], COR_ANNOTATION_KIND_NOTE, 2000, COR_CONFIDENCE_MODERATE,
                  "Headlights only");

  cor_article_set_title (article, "North Korean troops filmed at Sergeevka");
  cor_article_set_outlet (article, "Yonhap");
  cor_article_set_published (article, "2024-10-18");
  g_assert_true (cor_store_add_article (f->store, article, &error));
  g_assert_no_error (error);
  f->article_id = cor_article_get_id (article);
}

static void
exported_cb (CorExportDialog *dialog,
             const char      *path,
             Fixture         *f)
{
  g_free (f->exported);
  f->exported = g_strdup (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!ui_test_have_display ())
    return;

  f->dir = g_dir_make_tmp ("cor-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->case_path = g_build_filename (f->dir, "sergeevka.corroborate", NULL);
  make_case (f);

  f->parent = GTK_WINDOW (gtk_window_new ());
  f->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_window_set_child (f->parent, GTK_WIDGET (f->toasts));
  gtk_window_set_default_size (f->parent, 800, 600);
  gtk_window_present (f->parent);

  f->dialog = cor_export_dialog_new (f->parent, f->store, f->toasts);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  g_signal_connect (f->dialog, "exported", G_CALLBACK (exported_cb), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (ui_test_wait_for (dialog_mapped, f));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (!ui_test_have_display ())
    return;

  if (f->dialog != NULL)
    {
      g_assert_true (ui_test_wait_for (dialog_idle, f));
      g_object_remove_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
      gtk_window_destroy (GTK_WINDOW (f->dialog));
    }
  gtk_window_destroy (f->parent);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->store);
  cor_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->case_path);
  g_free (f->exported);
}

static char *
read_head (const char *path,
           gsize       n)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  return g_strndup (contents, MIN (n, length));
}

static gboolean save_shot (GtkWidget  *widget,
                           const char *path);

static void
press (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  /* "clicked" at once: gtk_widget_activate() clicks a button only after a delay */
  g_signal_emit_by_name (button, "clicked");
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *head = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  out = g_build_filename (f->dir, "Sergeevka report.pdf", NULL);
  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_PDF);
  cor_export_dialog_set_destination (f->dialog, out);
  press (cor_export_dialog_get_export_button (f->dialog));

  /* writing in a worker: the dialog shows it and refuses a second start */
  g_assert_true (cor_export_dialog_get_busy (f->dialog));
  g_assert_false (gtk_widget_is_sensitive (cor_export_dialog_get_export_button (f->dialog)));
  g_assert_true (gtk_widget_is_sensitive (cor_export_dialog_get_cancel_button (f->dialog)));

  g_assert_true (ui_test_wait_for (dialog_gone, f));
  g_assert_cmpstr (f->exported, ==, out);
  head = read_head (out, 5);
  g_assert_cmpstr (head, ==, "%PDF-");
  /* only the report in the folder, besides the case: no temporary file left */
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

static void
test_html_selection (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *html = NULL;
  g_autoptr(CorExportRequest) request = NULL;
  g_autoptr(CorReportOptions) options = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  out = g_build_filename (f->dir, "chosen.html", NULL);
  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_HTML);
  cor_export_dialog_set_whole_case (f->dialog, FALSE);
  g_assert_true (cor_export_dialog_set_clip_chosen (f->dialog, f->clip_ids[1], TRUE));
  g_assert_true (cor_export_dialog_set_article_chosen (f->dialog, f->article_id, TRUE));
  g_assert_false (cor_export_dialog_set_clip_chosen (f->dialog, 999, TRUE));
  cor_export_dialog_set_kind (f->dialog, COR_ANNOTATION_KIND_LANGUAGE, FALSE);
  cor_export_dialog_set_min_confidence (f->dialog, COR_CONFIDENCE_MODERATE);
  cor_export_dialog_set_paper (f->dialog, COR_PAPER_LETTER);
  cor_export_dialog_set_destination (f->dialog, out);

  request = cor_export_dialog_build_request (f->dialog);
  g_assert_cmpint (request->format, ==, COR_EXPORT_FORMAT_HTML);
  g_assert_false (request->whole_case);
  g_assert_cmpuint (request->clip_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (request->clip_ids, gint64, 0), ==, f->clip_ids[1]);
  g_assert_cmpuint (request->article_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (request->article_ids, gint64, 0), ==, f->article_id);
  g_assert_cmpint (request->paper, ==, COR_PAPER_LETTER);
  g_assert_cmpstr (request->destination, ==, out);
  options = cor_export_request_to_options (request);
  g_assert_cmpuint (options->kinds_mask, ==,
                    COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_UNIFORM)
                    | COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_LOCATION)
                    | COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_NOTE));
  g_assert_cmpint (options->min_confidence, ==, COR_CONFIDENCE_MODERATE);

  press (cor_export_dialog_get_export_button (f->dialog));
  g_assert_true (ui_test_wait_for (dialog_gone, f));

  g_assert_true (g_file_get_contents (out, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "Headlights only"));
  /* the clip not chosen, and the kind not ticked, are left out */
  g_assert_null (strstr (html, "Flag on the left truck"));
  g_assert_null (strstr (html, "힘들다야"));
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *missing = NULL;
  g_autofree char *out = NULL;
  const char *text;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  missing = g_build_filename (f->dir, "no-such-folder", NULL);
  out = g_build_filename (missing, "report.pdf", NULL);
  cor_export_dialog_set_destination (f->dialog, out);
  press (cor_export_dialog_get_export_button (f->dialog));
  g_assert_true (ui_test_wait_for (dialog_idle, f));

  /* the dialog stays, says why in plain words, and nothing was written */
  g_assert_nonnull (f->dialog);
  text = cor_export_dialog_get_error_text (f->dialog);
  g_assert_nonnull (text);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Could not save the report: "));
  g_assert_nonnull (strstr (text, "no-such-folder"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_null (f->exported);
  /* and can try again */
  g_assert_true (gtk_widget_is_sensitive (cor_export_dialog_get_export_button (f->dialog)));

  if (g_getenv ("COR_EXPORT_SHOT") != NULL)
    {
      g_autofree char *shot = g_strconcat (g_getenv ("COR_EXPORT_SHOT"), "-error.png", NULL);

      for (int i = 0; i < 10; i++)
        g_main_context_iteration (NULL, FALSE);
      g_assert_true (save_shot (GTK_WIDGET (f->dialog), shot));
    }
}

static void
test_unwritable_export (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *out = NULL;
  const char *text;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  out = g_build_filename (f->dir, "no-such-folder", "observations.csv", NULL);
  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_CSV);
  cor_export_dialog_set_destination (f->dialog, out);
  press (cor_export_dialog_get_export_button (f->dialog));
  g_assert_true (ui_test_wait_for (dialog_idle, f));

  text = cor_export_dialog_get_error_text (f->dialog);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Could not save the export: "));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *out = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  add_many (f, 1500);
  out = g_build_filename (f->dir, "cancelled.pdf", NULL);
  cor_export_dialog_set_destination (f->dialog, out);
  press (cor_export_dialog_get_export_button (f->dialog));
  g_assert_true (cor_export_dialog_get_busy (f->dialog));
  /* the progress bar moves while the dialog stays responsive; then cancel */
  g_assert_true (ui_test_wait_for (writing, f));
  g_assert_nonnull (f->dialog);
  g_assert_true (cor_export_dialog_get_busy (f->dialog));
  press (cor_export_dialog_get_cancel_button (f->dialog));
  g_assert_true (ui_test_wait_for (dialog_idle, f));

  /* the dialog stays open, idle, without an error; no file, no temporary file */
  g_assert_nonnull (f->dialog);
  g_assert_null (cor_export_dialog_get_error_text (f->dialog));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (f->dir), ==, 0);
  g_assert_null (f->exported);
}

static void
test_cancel_keeps_old_file (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  out = g_build_filename (f->dir, "existing.pdf", NULL);
  g_assert_true (g_file_set_contents (out, "the old report", -1, &error));
  g_assert_no_error (error);
  add_many (f, 1500);

  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_PDF);
  cor_export_dialog_set_destination (f->dialog, out);
  press (cor_export_dialog_get_export_button (f->dialog));
  /* closing the window while it writes cancels, and closes once the writer stopped */
  gtk_window_close (GTK_WINDOW (f->dialog));
  g_assert_nonnull (f->dialog);
  g_assert_true (ui_test_wait_for (dialog_gone, f));

  g_assert_true (g_file_get_contents (out, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "the old report");
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
  g_assert_null (f->exported);
}

static void
test_exports (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *vtt_dir = NULL;
  g_autofree char *head = NULL;
  g_autofree char *vtt = NULL;
  g_autofree char *contents = NULL;
  CorExportDialog *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  csv = g_build_filename (f->dir, "observations.csv", NULL);
  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_CSV);
  cor_export_dialog_set_destination (f->dialog, csv);
  press (cor_export_dialog_get_export_button (f->dialog));
  g_assert_true (ui_test_wait_for (dialog_gone, f));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  /* a header and three observations, CRLF line ends */
  {
    g_auto(GStrv) lines = g_strsplit (contents, "\r\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_cmpstr (lines[4], ==, "");
  }

  /* JSON: the whole case */
  json = g_build_filename (f->dir, "case.json", NULL);
  dialog = f->dialog = cor_export_dialog_new (f->parent, f->store, f->toasts);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &f->dialog);
  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), f);
  gtk_window_present (GTK_WINDOW (dialog));
  cor_export_dialog_set_format (dialog, COR_EXPORT_FORMAT_JSON);
  cor_export_dialog_set_destination (dialog, json);
  press (cor_export_dialog_get_export_button (dialog));
  g_assert_true (ui_test_wait_for (dialog_gone, f));
  g_assert_cmpstr (f->exported, ==, json);
  head = read_head (json, 1);
  g_assert_cmpstr (head, ==, "{");

  /* WebVTT: one file per clip in a folder, names made unique */
  vtt_dir = g_build_filename (f->dir, "subtitles", NULL);
  g_assert_cmpint (g_mkdir (vtt_dir, 0700), ==, 0);
  dialog = f->dialog = cor_export_dialog_new (f->parent, f->store, f->toasts);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &f->dialog);
  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), f);
  gtk_window_present (GTK_WINDOW (dialog));
  cor_export_dialog_set_format (dialog, COR_EXPORT_FORMAT_WEBVTT);
  cor_export_dialog_set_destination (dialog, vtt_dir);
  press (cor_export_dialog_get_export_button (dialog));
  g_assert_true (ui_test_wait_for (dialog_gone, f));
  g_assert_cmpstr (f->exported, ==, vtt_dir);
  g_assert_cmpuint (count_entries (vtt_dir), ==, N_CLIPS);
  vtt = g_build_filename (vtt_dir, "Convoy_at night.vtt", NULL);
  g_clear_pointer (&head, g_free);
  head = read_head (vtt, 6);
  g_assert_cmpstr (head, ==, "WEBVTT");
  g_clear_pointer (&vtt, g_free);
  vtt = g_strdup_printf ("%s/Training ground queue (clip %" G_GINT64_FORMAT ").vtt", vtt_dir,
                         f->clip_ids[2]);
  g_assert_true (g_file_test (vtt, G_FILE_TEST_IS_REGULAR));
}

static void
test_format_follows (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *html = NULL;
  g_autoptr(CorExportRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  /* the destination keeps its name and takes the new format's extension */
  out = g_build_filename (f->dir, "mine.pdf", NULL);
  html = g_build_filename (f->dir, "mine.html", NULL);
  cor_export_dialog_set_destination (f->dialog, out);
  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_HTML);
  g_assert_cmpstr (cor_export_dialog_get_destination (f->dialog), ==, html);
  /* a folder is asked for anew */
  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_WEBVTT);
  g_assert_null (cor_export_dialog_get_destination (f->dialog));

  /* nothing chosen: Export says so and writes nothing */
  cor_export_dialog_set_format (f->dialog, COR_EXPORT_FORMAT_PDF);
  cor_export_dialog_set_destination (f->dialog, out);
  cor_export_dialog_set_whole_case (f->dialog, FALSE);
  press (cor_export_dialog_get_export_button (f->dialog));
  g_assert_false (cor_export_dialog_get_busy (f->dialog));
  g_assert_nonnull (cor_export_dialog_get_error_text (f->dialog));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  request = cor_export_dialog_build_request (f->dialog);
  g_assert_false (cor_export_request_validate (request, &error));
  g_assert_cmpstr (error->message, ==, cor_export_dialog_get_error_text (f->dialog));
}

static gboolean
save_shot (GtkWidget  *widget,
           const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL || renderer == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node, NULL);

  return gdk_texture_save_to_png (texture, path);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
frame_done (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_width (GTK_WIDGET (f->dialog)) > 0;
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *shot = g_getenv ("COR_EXPORT_SHOT");
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  cor_export_dialog_set_whole_case (f->dialog, FALSE);
  cor_export_dialog_set_clip_chosen (f->dialog, f->clip_ids[0], TRUE);
  out = g_build_filename (f->dir, "Sergeevka report.pdf", NULL);
  cor_export_dialog_set_destination (f->dialog, out);
  /* tall enough to show everything, the clips unfolded */
  gtk_window_set_default_size (GTK_WINDOW (f->dialog), 600, 1180);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (find_widget (GTK_WIDGET (f->dialog),
                                                                ADW_TYPE_EXPANDER_ROW)), TRUE);
  g_assert_true (ui_test_wait_for (frame_done, f));
  /* let the expander's animation end */
  ui_test_spin (600);

  /* COR_EXPORT_SHOT=/some/file.png keeps the picture to look at */
  path = shot != NULL ? g_strdup (shot) : g_build_filename (f->dir, "shot.png", NULL);
  g_assert_true (save_shot (GTK_WIDGET (f->dialog), path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);
  /* link the resources of the static library in */
  g_assert_nonnull (corroborate_get_resource ());
  /* without a display every test skips */
  if (ui_test_have_display () && gtk_init_check ())
    adw_init ();
  else
    g_unsetenv ("DISPLAY");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/export-dialog/pdf", test_pdf);
  ADD ("/ui/export-dialog/html-selection", test_html_selection);
  ADD ("/ui/export-dialog/unwritable", test_unwritable);
  ADD ("/ui/export-dialog/unwritable-export", test_unwritable_export);
  ADD ("/ui/export-dialog/cancel", test_cancel);
  ADD ("/ui/export-dialog/cancel-keeps-old-file", test_cancel_keeps_old_file);
  ADD ("/ui/export-dialog/exports", test_exports);
  ADD ("/ui/export-dialog/format-follows", test_format_follows);
  ADD ("/ui/export-dialog/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}
