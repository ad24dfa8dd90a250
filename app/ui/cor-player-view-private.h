/* cor-player-view-private.h — what cor-player-view.c and cor-player-view-media.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-player-view.h"
#include "cor-spectrogram-view.h"
#include "cor-undo.h"
#include "cor-video-sink.h"
#include "cor-waveform-view.h"
#include "cor-zoom-view.h"

G_BEGIN_DECLS

struct _CorPlayerView
{
  AdwBin           parent_instance;

  CorPlayer       *player;
  CorVideoSink    *sink;
  CorStore        *store;
  CorClip         *clip;
  GCancellable    *cancellable;  /* the waveform and stills of the current clip */
  guint            settle_id;
  double           settle_ms;
  gint64           loop_a_ns;
  gint64           loop_b_ns;
  gint64           in_ns;        /* the marking in and out points, -1 when not set */
  gint64           out_ns;
  gint64           still_annotation_id; /* stills go onto this observation; 0: the clip */
  CorUndoStack    *undo;
  gboolean         syncing;

  /* template children */
  GtkStack        *view_stack;
  CorZoomView     *zoom_view;
  GtkStack        *audio_stack;
  CorWaveformView *waveform;
  CorSpectrogramView *spectrogram;
  GtkWidget       *audio_view_switch;
  GtkToggleButton *waveform_button;
  GtkToggleButton *spectrogram_button;
  AdwStatusPage   *missing_page;
  AdwStatusPage   *error_page;
  GtkScale        *seek_scale;
  GtkAdjustment   *seek_adjustment;
  GtkButton       *play_button;
  GtkLabel        *time_label;
  GtkDropDown     *rate_dropdown;
  GtkToggleButton *loop_a_button;
  GtkToggleButton *loop_b_button;
  GtkToggleButton *mute_button;
  GtkAdjustment   *volume_adjustment;
  GtkLabel        *zoom_label;
};

/* cor-player-view.c */
void     cor_player_view_toast                  (CorPlayerView   *self,
                                                 const char      *message);
gboolean cor_player_view_has_media              (CorPlayerView   *self);
void     cor_player_view_update_loop            (CorPlayerView   *self);
void     cor_player_view_emit_still_captured    (CorPlayerView   *self,
                                                 gint64           snapshot_id);

/* cor-player-view-media.c */
/* A video clip: the picture, with the waveform as a strip under it when there is sound.
 * An audio clip: the waveform, or the spectrogram, is the main view. */
void     cor_player_view_show_layout            (CorPlayerView   *self,
                                                 gboolean         video,
                                                 gboolean         audio);
void     cor_player_view_open_media             (CorPlayerView   *self);
void     cor_player_view_close_media            (CorPlayerView   *self);
/* Template callback of the spectrogram button */
void     cor_player_view_spectrogram_toggled_cb (CorPlayerView   *self,
                                                 GtkToggleButton *button);

G_END_DECLS
