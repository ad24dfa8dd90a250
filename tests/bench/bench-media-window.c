/* bench-media-window.c — CorPlayerView in a GtkWindow: first frame on screen, playback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "On screen" is the frame clock's after-paint that follows the paintable's
 * invalidate-contents carrying the new frame. During playback the frames that reach
 * the video sink's pad are counted with a pad probe, the frames shown with the
 * paintable's invalidations, QOS messages with a bus sync handler (the player keeps the
 * bus watch), and the sink's own dropped count from its "stats".
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "bench-media.h"
#include "corroborate-resources.h"
#include "cor-player-view.h"
#include "cor-video-sink.h"

typedef struct
{
  GdkPaintable *paintable;
  gboolean      need_paint;
  gboolean      shown;
  gboolean      painted;
  gint64        shown_us;
  gint64        painted_us;
  guint64       invalidations;
  guint64       paints;
  gboolean      eos;

  GMutex        lock;
  GstElement   *sink;
  guint64       buffers;
  GstClockTime  first_pts;
  GstClockTime  last_pts;
  guint64       qos_messages;
  GHashTable   *qos;
} Win;

static void
invalidate_cb (GdkPaintable *paintable,
               Win          *win)
{
  if (cor_video_sink_get_texture (COR_VIDEO_SINK (paintable)) == NULL)
    return;
  if (!win->shown)
    win->shown_us = bench_now_us ();
  win->shown = TRUE;
  win->need_paint = TRUE;
  win->invalidations++;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Win           *win)
{
  if (!win->need_paint)
    return;
  win->need_paint = FALSE;
  win->paints++;
  if (!win->painted)
    win->painted_us = bench_now_us ();
  win->painted = TRUE;
}

static void
eos_cb (CorPlayer *player,
        Win       *win)
{
  win->eos = TRUE;
}

static GstPadProbeReturn
buffer_probe_cb (GstPad          *pad,
                 GstPadProbeInfo *info,
                 gpointer         user_data)
{
  Win *win = user_data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);

  g_mutex_lock (&win->lock);
  win->buffers++;
  if (GST_BUFFER_PTS_IS_VALID (buffer))
    {
      if (win->first_pts == GST_CLOCK_TIME_NONE)
        win->first_pts = GST_BUFFER_PTS (buffer);
      win->last_pts = GST_BUFFER_PTS (buffer);
    }
  g_mutex_unlock (&win->lock);
  return GST_PAD_PROBE_OK;
}

static GstBusSyncReply
bus_sync_cb (GstBus     *bus,
             GstMessage *msg,
             gpointer    user_data)
{
  Win *win = user_data;

  if (GST_MESSAGE_TYPE (msg) == GST_MESSAGE_QOS)
    {
      g_mutex_lock (&win->lock);
      win->qos_messages++;
      bench_qos_note (win->qos, msg);
      g_mutex_unlock (&win->lock);
    }
  return GST_BUS_PASS;
}

static guint64
sink_dropped (GstElement *sink)
{
  GstStructure *stats = NULL;
  guint64 dropped = 0;

  g_object_get (sink, "stats", &stats, NULL);
  if (stats)
    {
      gst_structure_get_uint64 (stats, "dropped", &dropped);
      gst_structure_free (stats);
    }
  return dropped;
}

static void
settle (double seconds)
{
  gboolean never = FALSE;
  bench_wait (&never, seconds);
}

static void
wait_not_busy (CorPlayer *player)
{
  gint64 deadline = bench_now_us () + (gint64) (BENCH_TIMEOUT_S * G_USEC_PER_SEC);

  while (cor_player_get_busy (player) && bench_now_us () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  CorPlayer *player;
  Win       *win;
  gint64     until_ns;   /* 0: to the end */
  gboolean   done;
} Until;

static gboolean
check_until_cb (gpointer user_data)
{
  Until *until = user_data;

  if (until->win->eos ||
      (until->until_ns > 0 && cor_player_get_position_ns (until->player) >= until->until_ns))
    {
      until->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
play (CorPlayer     *player,
      Win           *win,
      double         seconds,
      BenchPlayback *out)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (cor_player_get_pipeline (player));
  g_autoptr(GstPad) pad = gst_element_get_static_pad (win->sink, "sink");
  Until until = { player, win, (gint64) (seconds * GST_SECOND), FALSE };
  guint64 dropped_before = sink_dropped (win->sink);
  gulong probe;
  gint64 start;
  double cpu;

  memset (out, 0, sizeof *out);
  probe = gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, buffer_probe_cb, win, NULL);
  gst_bus_set_sync_handler (bus, bus_sync_cb, win, NULL);
  g_mutex_lock (&win->lock);
  win->buffers = win->qos_messages = 0;
  g_hash_table_remove_all (win->qos);
  win->first_pts = win->last_pts = GST_CLOCK_TIME_NONE;
  g_mutex_unlock (&win->lock);
  win->invalidations = win->paints = 0;
  win->eos = FALSE;

  g_timeout_add (10, check_until_cb, &until);
  start = bench_now_us ();
  cpu = bench_cpu_s ();
  cor_player_play (player);
  if (!bench_wait (&until.done, (seconds > 0 ? seconds : BENCH_SECONDS) + BENCH_TIMEOUT_S))
    g_error ("playback did not reach its end");
  out->cpu_s = bench_cpu_s () - cpu;
  out->wall_s = (bench_now_us () - start) / 1e6;
  out->shown = win->invalidations;
  out->painted = win->paints;
  cor_player_pause (player);

  gst_bus_set_sync_handler (bus, NULL, NULL, NULL);
  gst_pad_remove_probe (pad, probe);
  out->sink_dropped = sink_dropped (win->sink) - dropped_before;
  g_mutex_lock (&win->lock);
  out->reached_sink = win->buffers;
  out->qos_messages = win->qos_messages;
  out->qos_dropped = bench_qos_total (win->qos);
  if (win->first_pts != GST_CLOCK_TIME_NONE)
    out->expected = gst_util_uint64_scale_round (win->last_pts - win->first_pts, BENCH_FPS_N,
                                                 GST_SECOND * BENCH_FPS_D) + 1;
  g_mutex_unlock (&win->lock);
}

gboolean
bench_window_init (void)
{
  if (!gtk_init_check ())
    return FALSE;
  adw_init ();
  /* Links the UI resources (templates) in: the static library's constructor registers them */
  g_assert_nonnull (corroborate_get_resource ());
  return TRUE;
}

void
bench_window_run (BenchMedia     *media,
                  double          play_seconds,
                  GArray        **invalidate_ms,
                  GArray        **painted_ms,
                  BenchPlayback  *playback,
                  char          **renderer)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = cor_player_view_new ();
  CorPlayer *player = cor_player_view_get_player (COR_PLAYER_VIEW (view));
  GdkFrameClock *clock;
  GskRenderer *gsk;
  Win win = { 0 };
  gulong invalidate_id, paint_id;

  g_mutex_init (&win.lock);
  win.qos = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  *invalidate_ms = g_array_new (FALSE, FALSE, sizeof (double));
  *painted_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  settle (0.5);

  gsk = gtk_native_get_renderer (GTK_NATIVE (window));
  *renderer = g_strdup (gsk ? G_OBJECT_TYPE_NAME (gsk) : "none");
  win.paintable = cor_player_view_get_paintable (COR_PLAYER_VIEW (view));
  clock = gtk_widget_get_frame_clock (window);
  invalidate_id = g_signal_connect (win.paintable, "invalidate-contents",
                                    G_CALLBACK (invalidate_cb), &win);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &win);
  g_signal_connect (player, "eos", G_CALLBACK (eos_cb), &win);

  for (int i = -1; i < media->runs; i++)
    {
      gint64 start;
      double t;

      cor_player_view_load (COR_PLAYER_VIEW (view), NULL, 0);
      settle (0.3);
      win.shown = win.painted = win.need_paint = FALSE;
      start = bench_now_us ();
      cor_player_view_load (COR_PLAYER_VIEW (view), media->store, media->clip_id);
      if (!bench_wait (&win.painted, BENCH_TIMEOUT_S))
        g_error ("no frame on screen in %.0f s (page %s)", BENCH_TIMEOUT_S,
                 cor_player_view_get_page (COR_PLAYER_VIEW (view)));
      wait_not_busy (player);
      if (i < 0)
        continue;
      t = (win.shown_us - start) / 1e3;
      g_array_append_val (*invalidate_ms, t);
      t = (win.painted_us - start) / 1e3;
      g_array_append_val (*painted_ms, t);
    }

  settle (0.5);
  g_object_get (cor_player_get_pipeline (player), "video-sink", &win.sink, NULL);
  play (player, &win, play_seconds, playback);
  g_clear_object (&win.sink);

  g_signal_handler_disconnect (win.paintable, invalidate_id);
  g_signal_handler_disconnect (clock, paint_id);
  g_signal_handlers_disconnect_by_data (player, &win);
  cor_player_view_load (COR_PLAYER_VIEW (view), NULL, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  settle (0.2);
  g_hash_table_unref (win.qos);
  g_mutex_clear (&win.lock);
}
