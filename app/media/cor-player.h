/* cor-player.h — the analyst's player: a playbin, no GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns a playbin whose bus is watched on the main context of the thread that
 * created the player; nothing here blocks that main loop. Seeks and steps are
 * queued while one is in flight ("busy") and run in order when it completes.
 * "The frame at T" is the frame whose display span covers T.
 */
#pragma once

#include <gio/gio.h>
#include <gst/gst.h>

G_BEGIN_DECLS

typedef enum
{
  COR_PLAYER_STATE_STOPPED, /* nothing open, or after an error */
  COR_PLAYER_STATE_LOADING, /* opening, not yet showing the first frame */
  COR_PLAYER_STATE_PAUSED,
  COR_PLAYER_STATE_PLAYING,
} CorPlayerState;

GType cor_player_state_get_type (void);
#define COR_TYPE_PLAYER_STATE (cor_player_state_get_type ())

typedef enum
{
  COR_SEEK_ACCURATE, /* lands on the frame that covers the position */
  COR_SEEK_FAST,     /* nearest key frame: for scrubbing */
} CorSeekMode;

#define COR_PLAYER_MIN_RATE   0.1
#define COR_PLAYER_MAX_RATE   4.0
#define COR_PLAYER_MAX_VOLUME 4.0

#define COR_TYPE_PLAYER (cor_player_get_type ())

G_DECLARE_FINAL_TYPE (CorPlayer, cor_player, COR, PLAYER, GObject)

/* Properties (all notify on the main context):
 *   "uri" (string), "state" (CorPlayerState), "busy" (boolean: a seek or step is in flight),
 *   "position-ns", "duration-ns" (-1 unknown), "frame" (gint64, -1 unknown),
 *   "fps-n", "fps-d" (0 unknown), "width", "height", "has-video", "has-audio",
 *   "rate" (0.1–4.0), "volume" (0–4.0, linear), "muted",
 *   "loop-a-ns", "loop-b-ns" (-1: no loop)
 * Signals:
 *   "opened" ()                         the first frame is ready, duration and size known
 *   "frame-ready" ()                    a new frame reached the video sink (main context)
 *   "eos" ()
 *   "error" (GError *error, const char *debug)   error in COR_MEDIA_ERROR
 */
CorPlayer      *cor_player_new            (void);

/* The video sink, set before cor_player_open(); NULL lets the player use its own appsink
 * (BGRA). The player keeps the newest frame that reaches the sink either way. */
void            cor_player_set_video_sink (CorPlayer    *self,
                                           GstElement   *sink);
GstElement     *cor_player_get_pipeline   (CorPlayer    *self);

/* Opens a URI or a local file name and prerolls the first frame, paused ("opened").
 * A local file that is missing, unreadable or empty fails at once (COR_MEDIA_ERROR);
 * errors found while decoding come later through "error". */
gboolean        cor_player_open           (CorPlayer    *self,
                                           const char   *uri_or_path,
                                           GError      **error);
void            cor_player_close          (CorPlayer    *self);

void            cor_player_play           (CorPlayer    *self);
void            cor_player_pause          (CorPlayer    *self);
void            cor_player_toggle         (CorPlayer    *self);

void            cor_player_seek           (CorPlayer    *self,
                                           gint64        position_ns,
                                           CorSeekMode   mode);
/* Pauses, then moves @frames frames forward (step events) or back (accurate seek) */
void            cor_player_step           (CorPlayer    *self,
                                           int           frames);

void            cor_player_set_rate       (CorPlayer    *self,
                                           double        rate);
double          cor_player_get_rate       (CorPlayer    *self);
void            cor_player_set_volume     (CorPlayer    *self,
                                           double        volume);
double          cor_player_get_volume     (CorPlayer    *self);
void            cor_player_set_muted      (CorPlayer    *self,
                                           gboolean      muted);
gboolean        cor_player_get_muted      (CorPlayer    *self);
/* Loops playback over [a, b); both -1 clears the loop */
void            cor_player_set_loop       (CorPlayer    *self,
                                           gint64        a_ns,
                                           gint64        b_ns);

CorPlayerState  cor_player_get_state      (CorPlayer    *self);
gboolean        cor_player_get_busy       (CorPlayer    *self);
const char     *cor_player_get_uri        (CorPlayer    *self);
gint64          cor_player_get_position_ns (CorPlayer   *self);
gint64          cor_player_get_duration_ns (CorPlayer   *self);
gint64          cor_player_get_frame      (CorPlayer    *self);
void            cor_player_get_frame_rate (CorPlayer    *self,
                                           int          *fps_n,
                                           int          *fps_d);
gboolean        cor_player_get_has_video  (CorPlayer    *self);
gboolean        cor_player_get_has_audio  (CorPlayer    *self);

/* The newest frame that reached the video sink, with its caps and segment; NULL if none */
GstSample      *cor_player_dup_last_sample (CorPlayer   *self);

/* The frame on screen as PNG at full resolution, encoded in a worker thread. */
void            cor_player_snapshot_async  (CorPlayer           *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* Returns the PNG file's bytes; the frame's own timestamp and number, and its size */
GBytes         *cor_player_snapshot_finish (CorPlayer     *self,
                                            GAsyncResult  *result,
                                            gint64        *position_ns,
                                            gint64        *frame,
                                            int           *width,
                                            int           *height,
                                            GError       **error);

G_END_DECLS
