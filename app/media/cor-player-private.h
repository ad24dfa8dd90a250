/* cor-player-private.h — CorPlayer's insides, shared by its two source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-player.h"

G_BEGIN_DECLS

#define POSITION_INTERVAL_MS 40
/* A seek or step whose ASYNC_DONE never comes must not wedge the player */
#define BUSY_WATCHDOG_S 10

typedef enum
{
  OP_SEEK,
  OP_STEP,
} OpType;

typedef struct
{
  OpType      type;
  gint64      value;     /* position for a seek, frames for a step */
  gboolean    current;   /* seek to wherever the player is when the op runs */
  CorSeekMode mode;
} Op;

typedef struct
{
  GBytes *png;
  gint64  position_ns;
  gint64  frame;
  int     width;
  int     height;
} StillResult;

struct _CorPlayer
{
  GObject         parent_instance;

  GstElement     *playbin;
  GstElement     *video_sink;
  GstElement     *external_sink;
  GstPad         *probe_pad;
  gulong          probe_id;
  guint           bus_watch;
  guint           position_timer;
  guint           busy_watchdog;

  char           *uri;
  gboolean        opened;
  gboolean        want_playing;
  gboolean        busy;
  gboolean        at_end;
  GQueue          ops;
  char           *missing;
  const char     *missing_package;
  gboolean        missing_reported;

  gint64          position_ns;
  gint64          duration_ns;
  gint64          frame;
  int             fps_n;
  int             fps_d;
  int             width;
  int             height;
  gboolean        has_video;
  gboolean        has_audio;
  double          rate;
  double          volume;
  gboolean        muted;
  gint64          loop_a_ns;
  gint64          loop_b_ns;

  GMainContext   *context;
  GMutex          sample_lock;
  GstSample      *last_sample;  /* under sample_lock */
  GSource        *sample_idle;  /* under sample_lock */
};

enum
{
  PROP_0,
  PROP_URI,
  PROP_STATE,
  PROP_BUSY,
  PROP_POSITION_NS,
  PROP_DURATION_NS,
  PROP_FRAME,
  PROP_FPS_N,
  PROP_FPS_D,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_HAS_VIDEO,
  PROP_HAS_AUDIO,
  PROP_RATE,
  PROP_VOLUME,
  PROP_MUTED,
  PROP_LOOP_A_NS,
  PROP_LOOP_B_NS,
  N_PROPS
};

enum
{
  SIGNAL_OPENED,
  SIGNAL_FRAME_READY,
  SIGNAL_EOS,
  SIGNAL_ERROR,
  N_SIGNALS
};

extern GParamSpec *cor_player_props[N_PROPS];
extern guint cor_player_signals[N_SIGNALS];

void cor_player_priv_set_int64 (CorPlayer *self, gint64 *field, gint64 value, int prop);
void cor_player_priv_set_int (CorPlayer *self, int *field, int value, int prop);
void cor_player_priv_set_busy (CorPlayer *self, gboolean busy);
void cor_player_priv_notify_state (CorPlayer *self);
gint64 cor_player_priv_query_position (CorPlayer *self);
void cor_player_priv_update_position (CorPlayer *self);
void cor_player_priv_update_position_timer (CorPlayer *self);
GstPadProbeReturn cor_player_priv_on_sink_buffer (GstPad *pad, GstPadProbeInfo *info, gpointer user_data);
GstElement * cor_player_priv_make_own_sink (void);
void cor_player_priv_reset_media_state (CorPlayer *self);
void cor_player_priv_do_seek (CorPlayer *self, gint64 target, CorSeekMode mode);
void cor_player_priv_enqueue (CorPlayer *self, OpType type, gint64 value, gboolean current, CorSeekMode mode);
gboolean cor_player_priv_on_bus_message (GstBus *bus, GstMessage *msg, gpointer user_data);
void cor_player_priv_emit_error (CorPlayer *self, GError *error, const char *debug);

G_END_DECLS
