/* bench-media-player.c — CorPlayer's figures: open, seeks, steps, stills (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every measure runs from the call to the player's first "frame-ready" on the main
 * context, then waits (unmeasured) until the player is no longer busy, so that the
 * next call is not queued behind the previous one.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-media.h"
#include "cor-player.h"
#include "cor-still.h"

typedef struct
{
  CorPlayer *player;
  gboolean   opened;
  gboolean   frame;
  gint64     opened_us;
  gint64     frame_us;
} Run;

static void
opened_cb (CorPlayer *player,
           Run       *run)
{
  if (!run->opened)
    run->opened_us = bench_now_us ();
  run->opened = TRUE;
}

static void
frame_ready_cb (CorPlayer *player,
                Run       *run)
{
  if (!run->frame)
    run->frame_us = bench_now_us ();
  run->frame = TRUE;
}

static void
error_cb (CorPlayer    *player,
          const GError *error,
          const char   *debug,
          Run          *run)
{
  g_error ("player error: %s (%s)", error->message, debug ? debug : "");
}

static void
run_reset (Run *run)
{
  run->opened = run->frame = FALSE;
  run->opened_us = run->frame_us = 0;
}

static void
wait_frame (Run *run)
{
  if (!bench_wait (&run->frame, BENCH_TIMEOUT_S))
    g_error ("no frame from the player in %.0f s", BENCH_TIMEOUT_S);
}

static void
wait_idle (Run *run)
{
  gint64 deadline = bench_now_us () + (gint64) (BENCH_TIMEOUT_S * G_USEC_PER_SEC);

  while (cor_player_get_busy (run->player) && bench_now_us () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* Let any idle left (position updates) run */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
run_init (Run *run)
{
  run->player = cor_player_new ();
  g_signal_connect (run->player, "opened", G_CALLBACK (opened_cb), run);
  g_signal_connect (run->player, "frame-ready", G_CALLBACK (frame_ready_cb), run);
  g_signal_connect (run->player, "error", G_CALLBACK (error_cb), run);
  run_reset (run);
}

static void
run_open (Run        *run,
          const char *path)
{
  g_autoptr(GError) error = NULL;

  run_reset (run);
  if (!cor_player_open (run->player, path, &error))
    g_error ("open: %s", error->message);
  wait_frame (run);
  if (!bench_wait (&run->opened, BENCH_TIMEOUT_S))
    g_error ("the player did not open in %.0f s", BENCH_TIMEOUT_S);
  wait_idle (run);
}

static void
run_clear (Run *run)
{
  cor_player_close (run->player);
  g_clear_object (&run->player);
}

/* The sample on screen: its frame number */
static gint64
current_frame (Run *run)
{
  g_autoptr(GstSample) sample = cor_player_dup_last_sample (run->player);

  return sample ? cor_media_sample_frame (sample, NULL, NULL) : -1;
}

struct _BenchPlayer
{
  Run         run;
  const char *path;
  gint64      frame;   /* the frame shown */
};

BenchPlayer *
bench_player_new (BenchMedia *media)
{
  BenchPlayer *p = g_new0 (BenchPlayer, 1);

  p->path = media->video;
  run_init (&p->run);
  run_open (&p->run, p->path);
  p->frame = current_frame (&p->run);
  return p;
}

void
bench_player_free (BenchPlayer *p)
{
  run_clear (&p->run);
  g_free (p);
}

double
bench_player_reopen (BenchPlayer *p,
                     double      *opened_ms)
{
  gint64 start;

  /* One player reopened, as the player view does */
  cor_player_close (p->run.player);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  start = bench_now_us ();
  run_open (&p->run, p->path);
  p->frame = current_frame (&p->run);
  *opened_ms = (p->run.opened_us - start) / 1e3;
  return (p->run.frame_us - start) / 1e3;
}

double
bench_player_seek (BenchPlayer *p,
                   gint64       position_ns,
                   int          mode,
                   gboolean    *landed)
{
  gint64 start;
  double t;

  run_reset (&p->run);
  start = bench_now_us ();
  cor_player_seek (p->run.player, position_ns, (CorSeekMode) mode);
  wait_frame (&p->run);
  t = (p->run.frame_us - start) / 1e3;
  wait_idle (&p->run);
  p->frame = current_frame (&p->run);
  if (landed)
    {
      /* The frame that covers the target */
      gint64 want = gst_util_uint64_scale (position_ns, BENCH_FPS_N, GST_SECOND * BENCH_FPS_D);

      *landed = p->frame == want;
      if (!*landed)
        printf ("    seek to %.3f s: frame %" G_GINT64_FORMAT ", wanted %" G_GINT64_FORMAT "\n",
                position_ns / 1e9, p->frame, want);
    }
  return t;
}

double
bench_player_step (BenchPlayer *p,
                   int          frames,
                   gboolean    *exact)
{
  gint64 start;
  double t;

  run_reset (&p->run);
  start = bench_now_us ();
  cor_player_step (p->run.player, frames);
  wait_frame (&p->run);
  t = (p->run.frame_us - start) / 1e3;
  wait_idle (&p->run);
  *exact = current_frame (&p->run) == p->frame + frames;
  if (!*exact)
    printf ("    step %+d: frame %" G_GINT64_FORMAT ", wanted %" G_GINT64_FORMAT "\n", frames,
            current_frame (&p->run), p->frame + frames);
  p->frame = current_frame (&p->run);
  return t;
}

/* Still capture */

typedef struct
{
  CorPlayer *player;
  CorStore  *store;
  gint64     clip_id;
  gboolean   done;
  gint64     encoded_us;
  gint64     stored_us;
  gsize      png_size;
} Still;

typedef struct
{
  gint64 last_us;
  double max_ms;
} Ticker;

static gboolean
tick_cb (gpointer user_data)
{
  Ticker *ticker = user_data;
  gint64 now = bench_now_us ();

  if (ticker->last_us)
    ticker->max_ms = MAX (ticker->max_ms, (now - ticker->last_us) / 1e3);
  ticker->last_us = now;
  return G_SOURCE_CONTINUE;
}

static void
snapshot_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Still *still = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorSnapshot) snapshot = cor_snapshot_new ();
  g_autoptr(GBytes) png = NULL;
  gint64 position_ns = 0, frame = 0;
  int width = 0, height = 0;

  png = cor_player_snapshot_finish (COR_PLAYER (source), result, &position_ns, &frame, &width,
                                    &height, &error);
  if (png == NULL)
    g_error ("snapshot: %s", error->message);
  still->encoded_us = bench_now_us ();
  cor_snapshot_set_clip_id (snapshot, still->clip_id);
  cor_snapshot_set_position_ns (snapshot, position_ns);
  cor_snapshot_set_frame (snapshot, frame);
  cor_snapshot_set_size_px (snapshot, width, height);
  if (!cor_store_add_snapshot (still->store, snapshot, png, &error))
    g_error ("storing the still: %s", error->message);
  if (width != 1920 || height != 1080)
    g_error ("the still is %d×%d, not 1920×1080", width, height);
  still->stored_us = bench_now_us ();
  still->png_size = g_bytes_get_size (png);
  still->done = TRUE;
}

static double
idle_stall (double seconds)
{
  Ticker ticker = { 0 };
  gboolean never = FALSE;
  guint id = g_timeout_add (1, tick_cb, &ticker);

  bench_wait (&never, seconds);
  g_source_remove (id);
  return ticker.max_ms;
}

GArray *
bench_player_stills (BenchMedia *media,
                     GArray    **store_ms,
                     double     *stall_ms,
                     double     *idle_stall_ms,
                     gsize      *png_size)
{
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (double));
  Ticker ticker = { 0 };
  Run run;
  guint id;

  *store_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run_init (&run);
  run_open (&run, media->video);
  for (int i = -1; i < media->runs; i++)
    {
      Still still = { run.player, media->store, media->clip_id, FALSE, 0, 0, 0 };
      gint64 start;
      double t;

      /* A different frame each time: seek, then capture */
      run_reset (&run);
      cor_player_seek (run.player, (gint64) (20 + i) * GST_SECOND, COR_SEEK_ACCURATE);
      wait_frame (&run);
      wait_idle (&run);

      ticker.last_us = 0;
      id = g_timeout_add (1, tick_cb, &ticker);
      start = bench_now_us ();
      cor_player_snapshot_async (run.player, NULL, snapshot_cb, &still);
      if (!bench_wait (&still.done, BENCH_TIMEOUT_S))
        g_error ("no still in %.0f s", BENCH_TIMEOUT_S);
      g_source_remove (id);
      if (i < 0)
        {
          ticker.max_ms = 0;  /* the warm-up's stall does not count either */
          continue;
        }
      t = (still.stored_us - start) / 1e3;
      g_array_append_val (ms, t);
      t = (still.stored_us - still.encoded_us) / 1e3;
      g_array_append_val (*store_ms, t);
      *png_size = still.png_size;
    }
  *stall_ms = ticker.max_ms;
  *idle_stall_ms = idle_stall (0.5);
  run_clear (&run);
  return ms;
}
