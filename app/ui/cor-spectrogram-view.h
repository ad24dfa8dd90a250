/* cor-spectrogram-view.h — an audio spectrogram with the playhead; a click seeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cor-spectrogram.h"

G_BEGIN_DECLS

#define COR_TYPE_SPECTROGRAM_VIEW (cor_spectrogram_view_get_type ())

G_DECLARE_FINAL_TYPE (CorSpectrogramView, cor_spectrogram_view, COR, SPECTROGRAM_VIEW, GtkWidget)

/* Signals: "seek" (gint64 position_ns): the spectrogram was clicked or dragged at that time */
GtkWidget      *cor_spectrogram_view_new             (void);
/* Shows the spectrogram of file @path: kept if it is the file already shown (or being
 * computed), else computed in a worker thread behind a spinner. NULL clears the view and
 * cancels the computation. */
void            cor_spectrogram_view_load            (CorSpectrogramView *self,
                                                      const char         *path);
/* TRUE while a spectrogram is being computed */
gboolean        cor_spectrogram_view_get_busy        (CorSpectrogramView *self);
/* The spectrogram shown, or NULL */
CorSpectrogram *cor_spectrogram_view_get_spectrogram (CorSpectrogramView *self);
void            cor_spectrogram_view_set_spectrogram (CorSpectrogramView *self,
                                                      CorSpectrogram     *spectrogram);
void            cor_spectrogram_view_set_position    (CorSpectrogramView *self,
                                                      gint64              position_ns,
                                                      gint64              duration_ns);

G_END_DECLS
