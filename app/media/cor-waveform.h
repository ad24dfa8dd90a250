/* cor-waveform.h — peak summary of a file's audio (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A waveform holds, for each bucket of cor_waveform_get_bucket_ns() (10 ms) of the
 * audio mixed down to mono, the lowest and the highest sample (-1..1). It is computed
 * by decoding the whole file inside a private GStreamer pipeline (the fastest decoder
 * for MP3 and Opus is picked for that pipeline only; video streams are not decoded)
 * and is stored in the case with cor_store_set_waveform() as cor_waveform_serialize()
 * bytes. A CorWaveform is immutable and reference counted; any thread may read it.
 */
#pragma once

#include <gio/gio.h>

#include "cor-error.h"
#include "cor-progress.h"

G_BEGIN_DECLS

#define COR_TYPE_WAVEFORM (cor_waveform_get_type ())

typedef struct _CorWaveform CorWaveform;

GType        cor_waveform_get_type        (void) G_GNUC_CONST;
CorWaveform *cor_waveform_ref             (CorWaveform *self);
void         cor_waveform_unref           (CorWaveform *self);

/* Decodes the audio of @path (a local file name) and returns its peaks. Blocks; for
 * worker threads. @progress (may be NULL) is called on the calling thread with the
 * fraction done, at most about ten times a second, and with 1.0 at the end.
 * Errors in COR_MEDIA_ERROR: NOT_FOUND, UNREADABLE, EMPTY (the file itself),
 * NOT_MEDIA (not media at all, or media without an audio stream: "… has no audio"),
 * MISSING_DECODER (names the codec and the package), DAMAGED, CANCELLED, FAILED. */
CorWaveform *cor_waveform_compute         (const char          *path,
                                           GCancellable        *cancellable,
                                           CorProgressFunc      progress,
                                           gpointer             progress_data,
                                           GError             **error);

/* The same in a worker thread. @progress is called on the thread-default main
 * context of the caller (never after @callback); @callback likewise. */
void         cor_waveform_compute_async   (const char          *path,
                                           GCancellable        *cancellable,
                                           CorProgressFunc      progress,
                                           gpointer             progress_data,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
CorWaveform *cor_waveform_compute_finish  (GAsyncResult        *result,
                                           GError             **error);

/* Versioned little-endian bytes (header, checksum, 4 bytes a bucket) for the store */
GBytes      *cor_waveform_serialize       (CorWaveform         *self);
/* Refuses short, damaged, foreign or other-version bytes with COR_MEDIA_ERROR_DAMAGED */
CorWaveform *cor_waveform_deserialize     (GBytes              *bytes,
                                           GError             **error);

gint64       cor_waveform_get_bucket_ns   (CorWaveform         *self);
guint        cor_waveform_get_n_buckets   (CorWaveform         *self);
/* The length of the decoded audio */
gint64       cor_waveform_get_duration_ns (CorWaveform         *self);
/* The sample rate of the decoded audio (information only) */
guint        cor_waveform_get_sample_rate (CorWaveform         *self);

/* Lowest and highest sample of @bucket, -1..1; 0 and 0 past the end */
void         cor_waveform_get_peak        (CorWaveform         *self,
                                           guint                bucket,
                                           float               *min,
                                           float               *max);

/* Peaks of [@start_ns, @end_ns) split into @n_columns equal columns, for drawing at any
 * zoom: column i gets the lowest min and the highest max of every bucket it touches
 * (at least the bucket under its start), 0 and 0 outside the audio. @mins and @maxs
 * hold @n_columns floats each. */
void         cor_waveform_summarize       (CorWaveform         *self,
                                           gint64               start_ns,
                                           gint64               end_ns,
                                           guint                n_columns,
                                           float               *mins,
                                           float               *maxs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorWaveform, cor_waveform_unref)

G_END_DECLS
