/* cor-waveform-view.h — an audio waveform with the playhead; a click seeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cor-store.h"
#include "cor-waveform.h"

G_BEGIN_DECLS

#define COR_TYPE_WAVEFORM_VIEW (cor_waveform_view_get_type ())

G_DECLARE_FINAL_TYPE (CorWaveformView, cor_waveform_view, COR, WAVEFORM_VIEW, GtkWidget)

/* Signals: "seek" (gint64 position_ns): the waveform was clicked or dragged at that time */
GtkWidget *cor_waveform_view_new          (void);
/* Shows the waveform of clip @clip_id of @store (file @path): the one cached in the case at
 * once, or else computes it in a worker thread with visible progress and caches it.
 * @store NULL clears the view and cancels the computation. */
void       cor_waveform_view_load         (CorWaveformView *self,
                                           CorStore        *store,
                                           gint64           clip_id,
                                           const char      *path);
/* TRUE while a waveform is being computed */
gboolean   cor_waveform_view_get_busy     (CorWaveformView *self);
/* NULL shows the progress (or nothing) */
void       cor_waveform_view_set_waveform (CorWaveformView *self,
                                           CorWaveform     *waveform);
/* Fraction of the waveform computed, 0..1; < 0 hides the progress */
void       cor_waveform_view_set_progress (CorWaveformView *self,
                                           double           fraction);
void       cor_waveform_view_set_position (CorWaveformView *self,
                                           gint64           position_ns,
                                           gint64           duration_ns);

G_END_DECLS
