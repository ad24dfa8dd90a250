/* cor-waveform.c — the peak summary itself: storage bytes, zoom, reference counting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stored form (little-endian), version 1:
 *   0  "CORWAVEF"     8  u32 version      12 u32 n_buckets   16 i64 bucket_ns
 *   24 i64 duration_ns 32 u32 sample_rate 36 u32 FNV-1a of all other bytes
 *   40 n_buckets × (i16 min, i16 max), in 1/32767
 * The computation from a file is in cor-waveform-compute.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-waveform-private.h"

#define FORMAT_MAGIC    "CORWAVEF"
#define FORMAT_VERSION  1u
#define HEADER_SIZE     40u
#define MIN_BUCKET_NS   G_GINT64_CONSTANT (1000000)
#define MAX_BUCKET_NS   G_GINT64_CONSTANT (10000000000)

G_DEFINE_BOXED_TYPE (CorWaveform, cor_waveform, cor_waveform_ref, cor_waveform_unref)

static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  return (a % b != 0 && a < 0) ? q - 1 : q;
}

/* FNV-1a of the whole serialized waveform but its checksum field (bytes 36–39) */
static guint32
checksum (const guint8 *data,
          gsize         size)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < size; i++)
    if (i < 36 || i >= HEADER_SIZE)
      hash = (hash ^ data[i]) * 16777619u;
  return hash;
}

/* Public API */

CorWaveform *
cor_waveform_priv_new (gint64 bucket_ns,
                       gint64 duration_ns,
                       guint  sample_rate,
                       guint  n_buckets)
{
  CorWaveform *self = g_new0 (CorWaveform, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->bucket_ns = bucket_ns;
  self->duration_ns = duration_ns;
  self->sample_rate = sample_rate;
  self->n_buckets = n_buckets;
  self->peaks = g_new0 (gint16, (gsize) n_buckets * 2);
  return self;
}

CorWaveform *
cor_waveform_ref (CorWaveform *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cor_waveform_unref (CorWaveform *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->peaks);
      g_free (self);
    }
}

GBytes *
cor_waveform_serialize (CorWaveform *self)
{
  gsize data_size, size;
  guint8 *out;
  guint32 u32;
  gint64 i64;

  g_return_val_if_fail (self != NULL, NULL);

  data_size = (gsize) self->n_buckets * 4;
  size = HEADER_SIZE + data_size;
  out = g_malloc (size);
  memcpy (out, FORMAT_MAGIC, 8);
  u32 = GUINT32_TO_LE (FORMAT_VERSION);
  memcpy (out + 8, &u32, 4);
  u32 = GUINT32_TO_LE (self->n_buckets);
  memcpy (out + 12, &u32, 4);
  i64 = GINT64_TO_LE (self->bucket_ns);
  memcpy (out + 16, &i64, 8);
  i64 = GINT64_TO_LE (self->duration_ns);
  memcpy (out + 24, &i64, 8);
  u32 = GUINT32_TO_LE (self->sample_rate);
  memcpy (out + 32, &u32, 4);
  for (gsize i = 0; i < (gsize) self->n_buckets * 2; i++)
    {
      guint16 v = GUINT16_TO_LE ((guint16) self->peaks[i]);
      memcpy (out + HEADER_SIZE + i * 2, &v, 2);
    }
  u32 = GUINT32_TO_LE (checksum (out, size));
  memcpy (out + 36, &u32, 4);
  return g_bytes_new_take (out, size);
}

CorWaveform *
cor_waveform_deserialize (GBytes  *bytes,
                          GError **error)
{
  const guint8 *in;
  gsize size;
  guint32 version, n_buckets, rate, sum;
  gint64 bucket_ns, duration_ns;
  g_autoptr(CorWaveform) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  in = g_bytes_get_data (bytes, &size);
  if (size < HEADER_SIZE)
    goto damaged;
  if (memcmp (in, FORMAT_MAGIC, 8) != 0)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                   _("The stored waveform is damaged: these bytes are not a waveform"));
      return NULL;
    }
  memcpy (&version, in + 8, 4);
  memcpy (&n_buckets, in + 12, 4);
  memcpy (&bucket_ns, in + 16, 8);
  memcpy (&duration_ns, in + 24, 8);
  memcpy (&rate, in + 32, 4);
  memcpy (&sum, in + 36, 4);
  version = GUINT32_FROM_LE (version);
  n_buckets = GUINT32_FROM_LE (n_buckets);
  bucket_ns = GINT64_FROM_LE (bucket_ns);
  duration_ns = GINT64_FROM_LE (duration_ns);
  rate = GUINT32_FROM_LE (rate);
  sum = GUINT32_FROM_LE (sum);

  if (version != FORMAT_VERSION)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                   _("The stored waveform has format version %u; this version of Corroborate "
                     "reads version %u"), version, FORMAT_VERSION);
      return NULL;
    }
  if (bucket_ns < MIN_BUCKET_NS || bucket_ns > MAX_BUCKET_NS ||
      n_buckets > COR_WAVEFORM_MAX_BUCKETS || (guint64) size != HEADER_SIZE + (guint64) n_buckets * 4 ||
      duration_ns < 0 || duration_ns > (gint64) n_buckets * bucket_ns ||
      (n_buckets > 0 && duration_ns <= (gint64) (n_buckets - 1) * bucket_ns) ||
      checksum (in, size) != sum)
    goto damaged;

  self = cor_waveform_priv_new (bucket_ns, duration_ns, rate, n_buckets);
  for (gsize i = 0; i < (gsize) n_buckets * 2; i += 2)
    {
      guint16 lo, hi;

      memcpy (&lo, in + HEADER_SIZE + i * 2, 2);
      memcpy (&hi, in + HEADER_SIZE + i * 2 + 2, 2);
      self->peaks[i] = (gint16) GUINT16_FROM_LE (lo);
      self->peaks[i + 1] = (gint16) GUINT16_FROM_LE (hi);
      if (self->peaks[i] > self->peaks[i + 1] || self->peaks[i] < -32767)
        goto damaged;
    }
  return g_steal_pointer (&self);

damaged:
  g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
               _("The stored waveform is damaged or truncated"));
  return NULL;
}

gint64
cor_waveform_get_bucket_ns (CorWaveform *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->bucket_ns;
}

guint
cor_waveform_get_n_buckets (CorWaveform *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_buckets;
}

gint64
cor_waveform_get_duration_ns (CorWaveform *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->duration_ns;
}

guint
cor_waveform_get_sample_rate (CorWaveform *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->sample_rate;
}

void
cor_waveform_get_peak (CorWaveform *self,
                       guint        bucket,
                       float       *min,
                       float       *max)
{
  g_return_if_fail (self != NULL);

  if (min)
    *min = bucket < self->n_buckets ? self->peaks[bucket * 2] / COR_WAVEFORM_PEAK_SCALE : 0.0f;
  if (max)
    *max = bucket < self->n_buckets ? self->peaks[bucket * 2 + 1] / COR_WAVEFORM_PEAK_SCALE : 0.0f;
}

void
cor_waveform_summarize (CorWaveform *self,
                        gint64       start_ns,
                        gint64       end_ns,
                        guint        n_columns,
                        float       *mins,
                        float       *maxs)
{
  double span;

  g_return_if_fail (self != NULL);
  g_return_if_fail (n_columns == 0 || (mins != NULL && maxs != NULL));

  span = (double) MAX (end_ns - start_ns, 0);
  for (guint col = 0; col < n_columns; col++)
    {
      gint64 t0 = start_ns + (gint64) (span * col / n_columns);
      gint64 t1 = start_ns + (gint64) (span * (col + 1) / n_columns);
      gint64 b0 = floor_div (t0, self->bucket_ns);
      gint64 b1 = -floor_div (-t1, self->bucket_ns); /* ceil */
      int lo = G_MAXINT, hi = G_MININT;

      if (b1 <= b0)
        b1 = b0 + 1;
      b0 = MAX (b0, 0);
      b1 = MIN (b1, (gint64) self->n_buckets);
      for (gint64 b = b0; b < b1; b++)
        {
          lo = MIN (lo, self->peaks[b * 2]);
          hi = MAX (hi, self->peaks[b * 2 + 1]);
        }
      mins[col] = b0 < b1 ? lo / COR_WAVEFORM_PEAK_SCALE : 0.0f;
      maxs[col] = b0 < b1 ? hi / COR_WAVEFORM_PEAK_SCALE : 0.0f;
    }
}
