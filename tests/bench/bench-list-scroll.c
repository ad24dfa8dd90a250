/* bench-list-scroll.c — the case-wide observation list with 100,000 observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (xvfb-run -a -s "-screen 0 1600x1000x24"). Prints the time to build
 * the case, to load the list, to the first frame, to sort and filter, and the time
 * per scroll step (set the vertical adjustment, then the frame clock's layout and paint
 * of the next frame, "before-paint" to "after-paint") as median and p95.
 *   ninja -C _build tests/bench/bench-list-scroll && xvfb-run -a ./_build/tests/bench/bench-list-scroll [N]
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "cor-observation-list.h"
#include "cor-store.h"
#include "cor-time.h"
#include "corroborate-resources.h"

static double
ms_since (gint64 start_us)
{
  return (g_get_monotonic_time () - start_us) / 1000.0;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The frame clock's layout and paint of one frame, timed from "before-paint" to
 * "after-paint" (the work of the frame, not the wait for it) */
typedef struct
{
  gint64 before;
  double last_ms;
  guint  frames;
} FrameTimes;

static void
before_paint_cb (GdkFrameClock *clock,
                 FrameTimes    *times)
{
  times->before = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameTimes    *times)
{
  times->last_ms = ms_since (times->before);
  times->frames++;
}

/* Asks for a frame of @window and waits for it; returns its layout + paint time in ms */
static double
frame (GtkWidget  *window,
       FrameTimes *times)
{
  guint frames = times->frames;
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (window);
  while (times->frames == frames && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  return times->last_ms;
}

static GtkScrolledWindow *
find_scroller (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = find_scroller (child)) != NULL)
        return found;
    }

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("cor-bench-list-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.corroborate", NULL);
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(CorObservationFilter) filter = cor_observation_filter_new ();
  const char *analysts[] = { "ana", "bob", "carol", "dmitri" };
  const char *places[] = { "Sergeevka training ground", "Ussuriysk", "Ulan-Ude", "Vladivostok" };
  gint64 clip_ids[10];
  GtkWidget *window;
  GtkWidget *list;
  GtkAdjustment *adjustment;
  GtkScrolledWindow *scroller;
  gint64 start;
  double value, page, upper;
  FrameTimes times = { 0 };
  GdkFrameClock *clock;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_assert_nonnull (corroborate_get_resource ());
  if (!gtk_init_check ())
    {
      g_printerr ("bench-list-scroll needs a display: run it under xvfb-run\n");
      return 77;
    }
  adw_init ();

  /* the case: 10 clips, @n observations of every kind */
  start = g_get_monotonic_time ();
  store = cor_store_create (path, "Bench", "ana", &error);
  g_assert_no_error (error);
  g_assert_true (cor_store_begin_bulk (store, &error));
  for (guint c = 0; c < G_N_ELEMENTS (clip_ids); c++)
    {
      g_autoptr(CorClip) clip = cor_clip_new ();
      g_autofree char *sha = g_strdup_printf ("%064x", c + 1);
      g_autofree char *title = g_strdup_printf ("Clip %u", c + 1);
      g_autofree char *clip_path = g_strdup_printf ("/nonexistent/clip-%u.webm", c + 1);

      cor_clip_set_title (clip, title);
      cor_clip_set_path (clip, clip_path);
      cor_clip_set_sha256 (clip, sha);
      cor_clip_set_duration_ns (clip, 3600 * COR_NS_PER_SECOND);
      g_assert_true (cor_store_add_clip (store, clip, &error));
      clip_ids[c] = cor_clip_get_id (clip);
    }
  for (guint i = 0; i < n; i++)
    {
      CorAnnotationKind kind = (CorAnnotationKind) (i % 4 + 1);
      g_autoptr(CorAnnotation) annotation = cor_annotation_new (kind);
      g_autofree char *text = g_strdup_printf ("observation %u 힘들다야 Это учения", i);

      cor_annotation_set_clip_id (annotation, clip_ids[i % G_N_ELEMENTS (clip_ids)]);
      cor_annotation_set_start_ns (annotation, (gint64) (i / 10) * 36 * COR_NS_PER_MS);
      if (i % 7 == 0)
        cor_annotation_set_end_ns (annotation, (gint64) (i / 10) * 36 * COR_NS_PER_MS + COR_NS_PER_SECOND);
      cor_annotation_set_confidence (annotation, (CorConfidence) (i % 6));
      cor_annotation_set_analyst (annotation, analysts[i % G_N_ELEMENTS (analysts)]);
      if (kind == COR_ANNOTATION_KIND_LANGUAGE)
        {
          cor_annotation_set_language (annotation, i % 8 == 0 ? "ko" : "ru");
          cor_annotation_set_transcript (annotation, text);
        }
      else if (kind == COR_ANNOTATION_KIND_UNIFORM)
        cor_annotation_set_maker (annotation, "BTK Group");
      else if (kind == COR_ANNOTATION_KIND_LOCATION)
        cor_annotation_set_place (annotation, places[i % G_N_ELEMENTS (places)]);
      else
        cor_annotation_set_note (annotation, text);
      g_assert_true (cor_store_add_annotation (store, annotation, &error));
    }
  g_assert_true (cor_store_end_bulk (store, TRUE, &error));
  g_print ("case with %u observations built in %.0f ms\n", n, ms_since (start));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  list = cor_observation_list_new ();
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 100 && !gtk_widget_get_mapped (list); i++)
    {
      g_usleep (10000);
      iterate ();
    }

  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &times);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &times);
  frame (window, &times);

  start = g_get_monotonic_time ();
  cor_observation_list_set_store (COR_OBSERVATION_LIST (list), store, 0);
  g_print ("model load (case-wide list): %.1f ms, %u rows\n", ms_since (start),
           cor_observation_list_get_n_shown (COR_OBSERVATION_LIST (list)));

  start = g_get_monotonic_time ();
  frame (window, &times);
  g_print ("first frame: %.1f ms\n", ms_since (start));

  scroller = find_scroller (list);
  g_assert_nonnull (scroller);
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  frame (window, &times);

  /* 200 steps over the whole range, then 200 small steps (a wheel's worth) */
  upper = gtk_adjustment_get_upper (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  for (guint i = 1; i <= 200; i++)
    {
      value = (upper - page) * i / 200.0;
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, value);
      value = frame (window, &times);
      g_array_append_val (steps, value);
    }
  gtk_adjustment_set_value (adjustment, (upper - page) / 2);
  frame (window, &times);
  for (guint i = 1; i <= 200; i++)
    {
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 50);
      value = frame (window, &times);
      g_array_append_val (steps, value);
    }
  g_array_sort (steps, compare_double);
  g_print ("scroll step (%u steps: 200 jumps across the list, 200 of 50 px): median %.2f ms, "
           "p95 %.2f ms, max %.2f ms\n", steps->len,
           g_array_index (steps, double, steps->len / 2),
           g_array_index (steps, double, steps->len * 95 / 100),
           g_array_index (steps, double, steps->len - 1));

  start = g_get_monotonic_time ();
  cor_observation_list_sort_by (COR_OBSERVATION_LIST (list), COR_OBSERVATION_COLUMN_CONFIDENCE,
                                GTK_SORT_DESCENDING);
  frame (window, &times);
  g_print ("sort by confidence: %.1f ms\n", ms_since (start));

  start = g_get_monotonic_time ();
  filter->kind = COR_ANNOTATION_KIND_LANGUAGE;
  cor_observation_filter_set_string (&filter->language, "ko");
  cor_observation_list_set_filter (COR_OBSERVATION_LIST (list), filter);
  frame (window, &times);
  g_print ("filter kind + language: %.1f ms, %u of %u shown\n", ms_since (start),
           cor_observation_list_get_n_shown (COR_OBSERVATION_LIST (list)),
           cor_observation_list_get_n_total (COR_OBSERVATION_LIST (list)));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }

  return 0;
}
