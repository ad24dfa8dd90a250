/* cor-spectrogram.h — a magnitude spectrogram of a file's audio (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The audio is mixed down to mono and resampled to 16 kHz inside a private GStreamer
 * pipeline (video streams are not decoded), cut into frames of 512 samples (32 ms,
 * Hann window) every 256 samples (16 ms), frame i centred on i × hop, and each frame's
 * magnitude spectrum is kept as 257 bins from 0 Hz to 8 kHz (31.25 Hz a bin). A bin
 * holds its level in dB relative to a full-scale sine, from COR_SPECTROGRAM_DB_FLOOR
 * (0) to 0 dB (255), linearly. A CorSpectrogram is immutable and reference counted;
 * any thread may read it.
 */
#pragma once

#include <gio/gio.h>

#include "cor-error.h"

G_BEGIN_DECLS

#define COR_TYPE_SPECTROGRAM (cor_spectrogram_get_type ())

#define COR_SPECTROGRAM_DB_FLOOR (-100.0)

typedef struct _CorSpectrogram CorSpectrogram;

GType           cor_spectrogram_get_type        (void) G_GNUC_CONST;
CorSpectrogram *cor_spectrogram_ref             (CorSpectrogram *self);
void            cor_spectrogram_unref           (CorSpectrogram *self);

/* Decodes the audio of @path (a local file name) and returns its spectrogram. Blocks;
 * for worker threads. Errors in COR_MEDIA_ERROR: NOT_FOUND, UNREADABLE, EMPTY,
 * NOT_MEDIA (not media, or no audio stream: "… has no audio"), MISSING_DECODER,
 * DAMAGED, CANCELLED, FAILED (longer than the 3 hours a spectrogram is made for). */
CorSpectrogram *cor_spectrogram_compute         (const char          *path,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
/* The same in a worker thread; @callback runs on the caller's thread-default context */
void            cor_spectrogram_compute_async   (const char          *path,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
CorSpectrogram *cor_spectrogram_compute_finish  (GAsyncResult        *result,
                                                 GError             **error);

guint           cor_spectrogram_get_n_frames    (CorSpectrogram      *self);
guint           cor_spectrogram_get_n_bins      (CorSpectrogram      *self);
/* Time between frames (16 ms) */
gint64          cor_spectrogram_get_hop_ns      (CorSpectrogram      *self);
/* Of the analysed audio (16000): bin b is at b × rate / (2 × (n_bins - 1)) Hz */
guint           cor_spectrogram_get_sample_rate (CorSpectrogram      *self);
/* The length of the decoded audio */
gint64          cor_spectrogram_get_duration_ns (CorSpectrogram      *self);
/* n_frames × n_bins levels, frame after frame, bin 0 (0 Hz) first in each frame */
const guint8   *cor_spectrogram_get_data        (CorSpectrogram      *self);
/* The level of @bin in @frame; 0 outside */
guint8          cor_spectrogram_get_level       (CorSpectrogram      *self,
                                                 guint                frame,
                                                 guint                bin);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorSpectrogram, cor_spectrogram_unref)

G_END_DECLS
