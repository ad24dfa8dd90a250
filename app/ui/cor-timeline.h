/* cor-timeline.h — the observations of a clip on a zoomable time line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A time ruler, the audio waveform and one lane per kind of observation (language heard,
 * uniform/equipment, location, note): points as diamonds, ranges as bars, coloured by kind and
 * labelled with their summary; the playhead across all. It follows the store's live model of
 * the clip's observations by itself.
 *
 * Mouse: a click on the ruler or an empty place seeks ("seek"); a click on an observation
 * selects it, a double click activates it ("activated"); dragging a point, a range's body or one
 * of its edges moves it, snapped to frames and kept inside the clip, and on release commits it
 * with cor_store_update_annotation() and emits "edited". Ctrl+scroll zooms around the pointer;
 * scroll and Shift+scroll move along the time.
 *
 * Keyboard (when focused): Alt+Left / Alt+Right — previous / next observation in the lane (plain
 * Left / Right too when the window lets them through: the player takes them in the capture
 * phase); Up / Down (or Alt+Up / Alt+Down) — the lane above / below, selecting the observation
 * nearest in time; Alt+Home / Alt+End (and Home / End when let through) — first / last in the
 * lane; Enter — "activated"; Delete — "delete-requested"; Ctrl+plus / Ctrl+minus — zoom in / out
 * around the playhead; Ctrl+0 — fit the clip.
 *
 * Signals:
 *   "seek"             (gint64 position_ns)
 *   "activated"        (gint64 annotation_id)
 *   "delete-requested" (gint64 annotation_id)
 *   "edited"           (CorAnnotation *old_copy, CorAnnotation *new): after a drag was committed;
 *                      old_copy is the annotation before the drag. With an undo stack set
 *                      (cor_timeline_set_undo_stack()) the step is already pushed on it.
 * Properties: "position-ns" (gint64, the playhead), "selected-id" (gint64, 0 for none),
 *             "store", "clip-id" (read-only)
 */
#pragma once

#include <gtk/gtk.h>

#include "cor-store.h"
#include "cor-undo.h"
#include "cor-waveform.h"

G_BEGIN_DECLS

#define COR_TYPE_TIMELINE (cor_timeline_get_type ())

G_DECLARE_FINAL_TYPE (CorTimeline, cor_timeline, COR, TIMELINE, GtkWidget)

GtkWidget *cor_timeline_new             (void);

void       cor_timeline_set_store       (CorTimeline *self,
                                         CorStore    *store);
CorStore  *cor_timeline_get_store       (CorTimeline *self);
/* Shows the observations of clip @clip_id (0: none) lasting @duration_ns at @fps_n/@fps_d
 * frames per second (0/0 or 0/1 for audio: drags snap to milliseconds). Fits the clip. */
void       cor_timeline_set_clip        (CorTimeline *self,
                                         gint64       clip_id,
                                         gint64       duration_ns,
                                         int          fps_n,
                                         int          fps_d);
gint64     cor_timeline_get_clip_id     (CorTimeline *self);

/* Drags committed from now on are pushed on @stack ("Move observation", "Change start",
 * "Change end"); NULL: only "edited" is emitted */
void       cor_timeline_set_undo_stack  (CorTimeline  *self,
                                         CorUndoStack *stack);

void       cor_timeline_set_position_ns (CorTimeline *self,
                                         gint64       position_ns);
gint64     cor_timeline_get_position_ns (CorTimeline *self);

/* 0 clears the selection */
void       cor_timeline_set_selected_id (CorTimeline *self,
                                         gint64       annotation_id);
gint64     cor_timeline_get_selected_id (CorTimeline *self);

/* The waveform strip; NULL hides it */
void       cor_timeline_set_waveform    (CorTimeline *self,
                                         CorWaveform *waveform);

/* Zoom so the whole clip fits; zoom by @factor (< 1 zooms in) around the playhead */
void       cor_timeline_zoom_fit        (CorTimeline *self);
void       cor_timeline_zoom            (CorTimeline *self,
                                         double       factor);
/* The visible time window */
void       cor_timeline_get_visible     (CorTimeline *self,
                                         gint64      *start_ns,
                                         gint64      *end_ns);
/* Shows [@start_ns, @end_ns] (clamped to the zoom limits and the clip) */
void       cor_timeline_set_visible     (CorTimeline *self,
                                         gint64       start_ns,
                                         gint64       end_ns);

G_END_DECLS
