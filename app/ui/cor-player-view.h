/* cor-player-view.h — the analyst's player: picture, waveform, transport bar, keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-player.h"
#include "cor-player-state.h"
#include "cor-store.h"
#include "cor-undo.h"

G_BEGIN_DECLS

#define COR_TYPE_PLAYER_VIEW (cor_player_view_get_type ())

G_DECLARE_FINAL_TYPE (CorPlayerView, cor_player_view, COR, PLAYER_VIEW, AdwBin)

/* Actions (group "player"): toggle, step (i frames), seek-by (i milliseconds), slower, faster,
 * home, end, still, fullscreen, zoom-in, zoom-out, zoom-reset, loop-a, loop-b, loop-clear.
 * Signals: "still-captured" (gint64 snapshot_id): a still of the frame on screen was stored */
GtkWidget    *cor_player_view_new           (void);
/* Opens clip @clip_id of @store, paused on its first frame; the same clip again keeps the
 * position; 0 closes. A file that is not where the case says shows the "missing" page. */
void          cor_player_view_load          (CorPlayerView   *self,
                                             CorStore        *store,
                                             gint64           clip_id);
gint64        cor_player_view_get_clip_id   (CorPlayerView   *self);
CorPlayer    *cor_player_view_get_player    (CorPlayerView   *self);
/* The frames, at the source's size */
GdkPaintable *cor_player_view_get_paintable (CorPlayerView   *self);
/* "player", "missing" (the file is not where the case says) or "error" */
const char   *cor_player_view_get_page      (CorPlayerView   *self);
/* The time label: "HH:MM:SS.mmm / HH:MM:SS.mmm · frame N" */
const char   *cor_player_view_get_time_text (CorPlayerView   *self);
/* The window's key handler: does what @keyval means to the player (see cor-player-state.h)
 * unless @focus is a text field or in a popup; TRUE when the key was used */
gboolean      cor_player_view_handle_key    (CorPlayerView   *self,
                                             guint            keyval,
                                             GdkModifierType  state,
                                             GtkWidget       *focus);
/* Where @focus is, for the key handlers: a text field, a popup, or neither */
CorFocusKind  cor_player_view_focus_kind    (GtkWidget       *focus);
/* Stores a still of the frame on screen in the case (the "S" key), onto the observation set
 * with cor_player_view_set_still_annotation() (0: a still of the clip); with an undo stack set,
 * the still is pushed on it */
void          cor_player_view_capture_still (CorPlayerView   *self);
void          cor_player_view_set_undo_stack (CorPlayerView  *self,
                                              CorUndoStack   *undo);
void          cor_player_view_set_still_annotation (CorPlayerView *self,
                                                    gint64         annotation_id);
/* The start time of the frame on screen (the position itself for audio) */
gint64        cor_player_view_get_frame_ns  (CorPlayerView   *self);
/* The in and out points of a range being marked (-1: not set), shown on the seek bar */
void          cor_player_view_set_in_out    (CorPlayerView   *self,
                                             gint64           in_ns,
                                             gint64           out_ns);
void          cor_player_view_get_in_out    (CorPlayerView   *self,
                                             gint64          *in_ns,
                                             gint64          *out_ns);
/* An accurate seek, when a clip is open */
void          cor_player_view_seek          (CorPlayerView   *self,
                                             gint64           position_ns);

G_END_DECLS
