/* bench-timeline.c — redraw time of the timeline with 10,000 observations on one clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display. Run on demand:
 *   ninja -C _build tests/bench/bench-timeline
 *   xvfb-run -a ./_build/tests/bench/bench-timeline             (GL renderer, llvmpipe)
 *   GSK_RENDERER=cairo xvfb-run -a ./_build/tests/bench/bench-timeline
 *
 * A 10-minute clip at 25 fps holds 10,000 observations of the four kinds (a third of them
 * ranges of 0.2–8 s) with realistic summaries. The timeline, 1280 px wide in a window, is
 * scrolled through the clip at several zooms; each frame is the widget's snapshot (building the
 * render nodes: what the widget costs on the main thread) and then the render of those nodes
 * into a texture by the window's renderer. Prints median and p95 per frame in ms.
 * Aim: snapshot + render < 8 ms a frame.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "cor-store.h"
#include "cor-time.h"
#include "cor-timeline-internal.h"

#define N_OBSERVATIONS 10000
#define DURATION_NS    (600 * COR_NS_PER_SECOND)
#define N_FRAMES       120
#define WIDTH          1280

static const char *makers[] = { "BTK Group", "Ratnik", "Sposn", "Splav", "Gorka" };
static const char *places[] = { "Sergeevka training ground", "Ussuriysk", "Ulan-Ude",
                                "Knyaze-Volkonskoe", "Khabarovsk", "Postoyalye Dvory" };
static const char *speech[] = { "힘들다야", "Давай, давай, быстрее", "가자", "Стой!",
                                "이쪽으로 와", "Не снимай" };

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        double     *ms,
        guint       n)
{
  qsort (ms, n, sizeof (double), compare_double);
  printf ("  %-26s median %6.2f ms   p95 %6.2f ms   max %6.2f ms\n",
          what, ms[n / 2], ms[(n * 95) / 100], ms[n - 1]);
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
populate (CorStore *store,
          gint64    clip_id)
{
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (10000);

  if (!cor_store_begin_bulk (store, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < N_OBSERVATIONS; i++)
    {
      CorAnnotationKind kind = 1 + g_rand_int_range (rand, 0, 4);
      g_autoptr(CorAnnotation) annotation = cor_annotation_new (kind);
      gint64 start = cor_time_snap_to_frame (g_rand_int_range (rand, 0, 599000)
                                             * COR_NS_PER_MS, 25, 1);

      cor_annotation_set_clip_id (annotation, clip_id);
      cor_annotation_set_start_ns (annotation, start);
      if (i % 3 == 0)
        cor_annotation_set_end_ns (annotation,
                                   start + g_rand_int_range (rand, 5, 200) * 40 * COR_NS_PER_MS);
      else
        cor_annotation_set_end_ns (annotation, -1);

      switch (kind)
        {
        case COR_ANNOTATION_KIND_LANGUAGE:
          cor_annotation_set_language (annotation, i % 2 ? "ko" : "ru");
          cor_annotation_set_transcript (annotation, speech[i % G_N_ELEMENTS (speech)]);
          break;
        case COR_ANNOTATION_KIND_UNIFORM:
          cor_annotation_set_maker (annotation, makers[i % G_N_ELEMENTS (makers)]);
          cor_annotation_set_item (annotation, "winter jacket");
          break;
        case COR_ANNOTATION_KIND_LOCATION:
          cor_annotation_set_place (annotation, places[i % G_N_ELEMENTS (places)]);
          break;
        case COR_ANNOTATION_KIND_NOTE:
        default:
          cor_annotation_set_note (annotation, "Counter-claim: not Korean at all, perhaps Uyghur");
          break;
        }

      if (!cor_store_add_annotation (store, annotation, &error))
        g_error ("%s", error->message);
    }

  if (!cor_store_end_bulk (store, TRUE, &error))
    g_error ("%s", error->message);
  g_rand_free (rand);
}

/* One frame: the widget's snapshot, then the render; returns both in ms */
static void
frame (CorTimeline *timeline,
       GskRenderer *renderer,
       double      *snapshot_ms,
       double      *total_ms)
{
  GtkWidget *widget = GTK_WIDGET (timeline);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gint64 t0 = g_get_monotonic_time (), t1;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  t1 = g_get_monotonic_time ();
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  *snapshot_ms = (t1 - t0) / 1000.0;
  *total_ms = (g_get_monotonic_time () - t0) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorClip) clip = cor_clip_new ();
  const struct { const char *name; gint64 span_ns; } zooms[] = {
    { "whole clip (10 min)", DURATION_NS },
    { "1 min", 60 * COR_NS_PER_SECOND },
    { "10 s", 10 * COR_NS_PER_SECOND },
    { "1 s", COR_NS_PER_SECOND },
    { "deepest (2 frames/100 px)", 0 },
  };
  GtkWindow *window;
  CorTimeline *timeline;
  GskRenderer *renderer;
  double snapshot_ms[N_FRAMES], total_ms[N_FRAMES];
  gint64 t0;
  guint wake;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      fprintf (stderr, "bench-timeline needs a display: xvfb-run -a %s\n", argv[0]);
      return 77;
    }
  gtk_init ();

  dir = g_dir_make_tmp ("cor-bench-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.corroborate", NULL);
  store = cor_store_create (path, "Bench", "Bench", &error);
  g_assert_no_error (error);

  cor_clip_set_path (clip, "/nonexistent/long.webm");
  cor_clip_set_sha256 (clip, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  cor_clip_set_duration_ns (clip, DURATION_NS);
  cor_clip_set_frame_rate (clip, 25, 1);
  cor_store_add_clip (store, clip, &error);
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  populate (store, cor_clip_get_id (clip));
  printf ("bench-timeline: %d observations on one %d-minute clip (stored in %.0f ms)\n",
          N_OBSERVATIONS, (int) (DURATION_NS / COR_NS_PER_SECOND / 60),
          (g_get_monotonic_time () - t0) / 1000.0);

  timeline = COR_TIMELINE (cor_timeline_new ());
  cor_timeline_set_store (timeline, store);
  t0 = g_get_monotonic_time ();
  cor_timeline_set_clip (timeline, cor_clip_get_id (clip), DURATION_NS, 25, 1);
  printf ("  set_clip (model + spans):  %.1f ms\n", (g_get_monotonic_time () - t0) / 1000.0);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, WIDTH, 260);
  gtk_window_set_child (window, GTK_WIDGET (timeline));
  gtk_window_present (window);

  wake = g_timeout_add (20, wake_cb, NULL);
  t0 = g_get_monotonic_time ();
  while (gtk_widget_get_width (GTK_WIDGET (timeline)) < WIDTH / 2
         && g_get_monotonic_time () - t0 < 10 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  printf ("  renderer %s, widget %dx%d\n", G_OBJECT_TYPE_NAME (renderer),
          gtk_widget_get_width (GTK_WIDGET (timeline)),
          gtk_widget_get_height (GTK_WIDGET (timeline)));

  /* the renderer's fixed cost: the same widget showing no clip */
  cor_timeline_set_clip (timeline, 0, 0, 0, 1);
  for (guint i = 0; i < N_FRAMES; i++)
    frame (timeline, renderer, &snapshot_ms[i], &total_ms[i]);
  printf ("no clip (the renderer's fixed cost)\n");
  report ("snapshot", snapshot_ms, N_FRAMES);
  report ("snapshot + render", total_ms, N_FRAMES);
  cor_timeline_set_clip (timeline, cor_clip_get_id (clip), DURATION_NS, 25, 1);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      gint64 span = zooms[z].span_ns;
      guint drawn_max = 0;
      gint64 start, end;

      if (span == 0)
        {
          cor_timeline_set_visible (timeline, DURATION_NS / 2, DURATION_NS / 2 + 1);
          cor_timeline_get_visible (timeline, &start, &end);
          span = end - start;
        }

      /* scroll through the clip: every frame shows a new part of it */
      for (guint i = 0; i < N_FRAMES; i++)
        {
          gint64 at = (DURATION_NS - span) / N_FRAMES * i;

          cor_timeline_set_visible (timeline, at, at + MAX (span, 1));
          cor_timeline_set_position_ns (timeline, at + span / 2);
          frame (timeline, renderer, &snapshot_ms[i], &total_ms[i]);
          drawn_max = MAX (drawn_max, cor_timeline_get_n_drawn (timeline));
        }

      printf ("%s — up to %u observations drawn a frame\n", zooms[z].name, drawn_max);
      report ("snapshot", snapshot_ms, N_FRAMES);
      report ("snapshot + render", total_ms, N_FRAMES);
    }

  /* the same frame again and again: labels laid out already */
  cor_timeline_set_visible (timeline, 100 * COR_NS_PER_SECOND, 110 * COR_NS_PER_SECOND);
  for (guint i = 0; i < N_FRAMES; i++)
    frame (timeline, renderer, &snapshot_ms[i], &total_ms[i]);
  printf ("10 s, unchanged view (warm label cache)\n");
  report ("snapshot", snapshot_ms, N_FRAMES);
  report ("snapshot + render", total_ms, N_FRAMES);

  /* a new observation through the store: the live model and the spans */
  {
    double add_ms[50], add_snapshot_ms[50];

    for (guint i = 0; i < G_N_ELEMENTS (add_ms); i++)
      {
        g_autoptr(CorAnnotation) annotation = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
        double ignored, snap_ms;
        gint64 t1;

        cor_annotation_set_clip_id (annotation, cor_clip_get_id (clip));
        cor_annotation_set_start_ns (annotation, (gint64) (i + 1) * 7 * COR_NS_PER_SECOND);
        cor_annotation_set_note (annotation, "added");
        t0 = g_get_monotonic_time ();
        cor_store_add_annotation (store, annotation, &error);
        g_assert_no_error (error);
        t1 = g_get_monotonic_time ();
        g_assert_cmpuint (cor_timeline_get_n_spans (timeline), ==, N_OBSERVATIONS + i + 1);
        frame (timeline, renderer, &snap_ms, &ignored);
        add_ms[i] = (t1 - t0) / 1000.0;
        add_snapshot_ms[i] = (t1 - t0) / 1000.0 + snap_ms;
      }
    printf ("add one observation through the store (10 s view)\n");
    report ("commit + model + spans", add_ms, G_N_ELEMENTS (add_ms));
    report ("… + snapshot", add_snapshot_ms, G_N_ELEMENTS (add_snapshot_ms));
  }

  gtk_window_destroy (window);
  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
    g_rmdir (dir);
  }

  return 0;
}
