/* bench-media.h — shared parts of the media benchmark (see bench-media.c for usage)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gst/gst.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define BENCH_FPS_N      30
#define BENCH_FPS_D      1
#define BENCH_SECONDS    60
#define BENCH_N_SEEKS    20
#define BENCH_TIMEOUT_S  20.0

typedef struct
{
  const char *video;        /* the 60 s 1080p30 H.264/AAC clip */
  CorStore   *store;        /* a temporary case holding it */
  gint64      clip_id;
  gint64      duration_ns;
  GArray     *positions;    /* gint64: BENCH_N_SEEKS random seek targets, fixed seed */
  int         runs;         /* repetitions of open and still capture */
} BenchMedia;

typedef struct
{
  guint  n;
  double median;
  double p90;
  double max;
} BenchStats;

/* A playback run: CPU and frames */
typedef struct
{
  double  wall_s;
  double  cpu_s;
  guint64 reached_sink;   /* buffers that reached the video sink */
  guint64 expected;       /* frames between the first and the last one that reached it */
  guint64 shown;          /* paintable invalidations (window only) */
  guint64 painted;        /* frame-clock paints after a new frame (window only) */
  guint64 sink_dropped;   /* the sink's own "stats" dropped count */
  guint64 qos_messages;
  guint64 qos_dropped;    /* dropped counts of QOS messages (decoder and sink) */
} BenchPlayback;

/* bench-media.c */
gint64   bench_now_us        (void);
double   bench_cpu_s         (void);
void     bench_stats         (GArray      *ms,
                              BenchStats  *out);
/* Runs the thread-default main context until *@flag or @timeout_s; FALSE on timeout */
gboolean bench_wait          (gboolean    *flag,
                              double       timeout_s);
void     bench_print_stats   (const char  *label,
                              GArray      *ms);
void     bench_print_ratio   (const char  *label,
                              GArray      *ours,
                              GArray      *anchor,
                              const char  *aim);
/* Keeps, for each element that posts QOS, the highest dropped count it reported;
 * @dropped: g_hash_table_new_full (NULL, NULL, NULL, g_free) */
void     bench_qos_note      (GHashTable  *dropped,
                              GstMessage  *msg);
guint64  bench_qos_total     (GHashTable  *dropped);
void     bench_print_playback (const char          *label,
                               const BenchPlayback *playback);

/* bench-media-anchor.c: a bare pipeline, uridecodebin → [videoconvert →] appsink (and
 * audioconvert → the same audio sink as the player); @bgra converts to the player's format.
 * Times are in ms, from the call to the preroll sample reaching the appsink. */
typedef struct _BenchAnchor BenchAnchor;

/* Builds the pipeline and prerolls it; @open_ms (nullable) gets the time to preroll */
BenchAnchor *bench_anchor_new      (const char   *path,
                                    gboolean      bgra,
                                    double       *open_ms);
void         bench_anchor_free     (BenchAnchor  *anchor);
double       bench_anchor_seek     (BenchAnchor  *anchor,
                                    gint64        position_ns,
                                    GstSeekFlags  flags);
/* One frame forward (a step event to the video sink, as playbin does) or back (-1: an
 * accurate seek to the middle of the previous frame, as the player does) */
double       bench_anchor_step     (BenchAnchor  *anchor,
                                    int           frames);
void         bench_anchor_playback (const char    *path,
                                    double         seconds,
                                    BenchPlayback *out);

/* bench-media-player.c: CorPlayer (no GTK). Times in ms from the call to the player's
 * first "frame-ready"; each waits (unmeasured) until the player is no longer busy. */
typedef struct _BenchPlayer BenchPlayer;

BenchPlayer *bench_player_new      (BenchMedia   *media);
void         bench_player_free     (BenchPlayer  *player);
/* Closes and opens the clip again; @opened_ms gets the time to "opened" */
double       bench_player_reopen   (BenchPlayer  *player,
                                    double       *opened_ms);
/* @landed (nullable): whether the frame shown is the one covering @position_ns */
double       bench_player_seek     (BenchPlayer  *player,
                                    gint64        position_ns,
                                    int           mode,
                                    gboolean     *landed);
/* @exact: whether the frame shown is the previous one plus @frames */
double       bench_player_step     (BenchPlayer  *player,
                                    int           frames,
                                    gboolean     *exact);
/* Still capture to a stored PNG; @stall_ms gets the main loop's longest stall during the
 * captures, @idle_stall_ms the same with nothing to do, @store_ms the store write alone */
GArray  *bench_player_stills   (BenchMedia *media,
                                GArray    **store_ms,
                                double     *stall_ms,
                                double     *idle_stall_ms,
                                gsize      *png_size);

/* bench-media-window.c: CorPlayerView in a GtkWindow; FALSE without a display */
gboolean bench_window_init     (void);
void     bench_window_run      (BenchMedia    *media,
                                double         play_seconds,
                                GArray       **invalidate_ms,
                                GArray       **painted_ms,
                                BenchPlayback *playback,
                                char         **renderer);

G_END_DECLS
