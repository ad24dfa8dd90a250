/* cor-waveform-private.h — what cor-waveform.c and cor-waveform-compute.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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

G_END_DECLS
