/* cor-waveform-private.h — what cor-waveform.c, cor-waveform-compute.c and
 * cor-waveform-pipeline.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gst/audio/audio.h>

#include "cor-waveform.h"

G_BEGIN_DECLS

#define COR_WAVEFORM_BUCKET_NS   (G_GINT64_CONSTANT (10000000)) /* 10 ms */
#define COR_WAVEFORM_MAX_BUCKETS (48u * 3600u * 100u)          /* 48 hours of 10 ms */
#define COR_WAVEFORM_PEAK_SCALE  32767.0f

struct _CorWaveform
{
  gatomicrefcount ref_count;
  gint64          bucket_ns;
  gint64          duration_ns;
  guint           sample_rate;
  guint           n_buckets;
  gint16         *peaks;        /* min, max of each bucket, in 1/32767 */
};

/* A waveform of @n_buckets silent buckets */
CorWaveform *cor_waveform_priv_new (gint64 bucket_ns,
                                    gint64 duration_ns,
                                    guint  sample_rate,
                                    guint  n_buckets);

/* One computation (cor-waveform-compute.c) */
typedef struct _CorWaveformCompute CorWaveformCompute;
struct _CorWaveformCompute
{
  /* Set up before the pipeline runs, then read-only */
  GstElement   *pipeline;
  GstElement   *convert;

  /* Streaming thread only, until the pipeline is back in NULL */
  GstAudioInfo  info;
  gboolean      have_info;
  GstSegment    segment;
  gboolean      have_position;
  guint64       next_sample;     /* where the previous buffer ended */
  guint64       end_sample;      /* the furthest sample seen */
  guint64       bucket;          /* the bucket being gathered */
  guint64       bucket_start;    /* its sample span */
  guint64       bucket_end;
  float         bucket_min;
  float         bucket_max;
  gboolean      bucket_open;
  gint16       *peaks;
  guint         n_peaks;         /* buckets stored */
  guint         peaks_alloc;
  guint         rate;
  guint64       rate_bucket;     /* rate × bucket_ns: samples × 1e9 a bucket */

  /* Shared */
  int           done_buckets;    /* atomic: for progress */
  int           audio_linked;    /* atomic */
  int           activity;        /* atomic: buffers seen, for the stall watchdog */
  int           no_audio_posted; /* atomic */
};

/* cor-waveform-pipeline.c: links parsebin's streams, the first audio stream through the
 * fastest decoder into c->convert, the others to fakesinks */
void cor_waveform_priv_connect_parsebin (GstElement         *parsebin,
                                         CorWaveformCompute *c);

G_END_DECLS
