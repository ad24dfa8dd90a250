/* cor-waveform.c — peak summary of a file's audio (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * filesrc → decodebin → audioconvert → capsfilter (F32 or S16, any layout) → fakesink,
 * with the peaks computed by a pad probe on the fakesink, in the streaming thread.
 * audioconvert passes the decoders' output through untouched; the probe mixes the
 * channels down itself. decodebin's "autoplug-sort" puts the fastest decoders first for
 * this pipeline only (the global ranks the player uses are left alone), and
 * "autoplug-select" exposes video, image and subtitle streams undecoded.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/audio/audio.h>
#include <gst/pbutils/pbutils.h>
#include <math.h>
#include <string.h>

#include "cor-probe.h"
#include "cor-waveform.h"

#define BUCKET_NS       (10 * GST_MSECOND)
#define MAX_BUCKETS     (48u * 3600u * 100u) /* 48 hours of 10 ms buckets */
#define PEAK_SCALE      32767.0f
#define TICK_NS         (100 * GST_MSECOND)

#define FORMAT_MAGIC    "CORWAVEF"
#define FORMAT_VERSION  1u
#define HEADER_SIZE     40u
#define MIN_BUCKET_NS   GST_MSECOND
#define MAX_BUCKET_NS   (10 * GST_SECOND)

struct _CorWaveform
{
  gatomicrefcount ref_count;
  gint64          bucket_ns;
  gint64          duration_ns;
  guint           sample_rate;
  guint           n_buckets;
  gint16         *peaks;        /* min, max of each bucket */
};

G_DEFINE_BOXED_TYPE (CorWaveform, cor_waveform, cor_waveform_ref, cor_waveform_unref)

/* Values of decodebin's GstAutoplugSelectResult, which no public header declares */
enum
{
  SELECT_TRY,
  SELECT_EXPOSE,
  SELECT_SKIP,
};

/* Fastest first: measured on GStreamer 1.22 / Debian 12 (STACK-NOTES.md) */
static const char * const preferred_decoders[] = {
  "avdec_mp3float",  /* MP3: 2× avdec_mp3, decodebin's own pick */
  "mpg123audiodec",
  "avdec_opus",      /* Opus: 2.5–3.6× opusdec */
};

typedef struct
{
  /* Set up before the pipeline runs, then read-only */
  GstElement   *pipeline;
  GstElement   *convert;
  guint64       rate_bucket;     /* rate × BUCKET_NS: samples × 1e9 per bucket */

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

  /* Shared */
  int           done_buckets;    /* atomic: for progress */
  int           audio_linked;    /* atomic */
} Compute;

typedef struct
{
  char            *path;
  CorProgressFunc  progress;
  gpointer         progress_data;
  GMainContext    *context;
  GMutex           lock;
  double           pending;
  gboolean         queued;
} AsyncData;

/* Helpers */

static CorWaveform *
waveform_new (gint64 bucket_ns,
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

static gint16
quantize (float    value,
          gboolean up)
{
  float scaled = value * PEAK_SCALE;

  if (!(scaled > -PEAK_SCALE)) /* also NaN */
    return (gint16) (isnan (scaled) ? 0 : -32767);
  if (scaled >= PEAK_SCALE)
    return 32767;
  return (gint16) (up ? ceilf (scaled) : floorf (scaled));
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  return (a % b != 0 && a < 0) ? q - 1 : q;
}

static guint32
checksum (const guint8 *data,
          gsize         size)
{
  guint32 hash = 2166136261u; /* FNV-1a */

  for (gsize i = 0; i < size; i++)
    hash = (hash ^ data[i]) * 16777619u;
  return hash;
}

static void
store_bucket (Compute *c)
{
  gint16 lo, hi;

  if (!c->bucket_open)
    return;
  c->bucket_open = FALSE;
  if (c->bucket >= MAX_BUCKETS)
    return;

  lo = quantize (c->bucket_min, FALSE);
  hi = quantize (c->bucket_max, TRUE);
  if (c->bucket < c->n_peaks)
    {
      gint16 *p = c->peaks + c->bucket * 2;
      p[0] = MIN (p[0], lo);
      p[1] = MAX (p[1], hi);
      return;
    }
  if (c->bucket >= c->peaks_alloc)
    {
      guint want = MAX ((guint) c->bucket + 1, MAX (c->peaks_alloc * 2, 4096u));

      want = MIN (want, MAX_BUCKETS);
      c->peaks = g_renew (gint16, c->peaks, (gsize) want * 2);
      c->peaks_alloc = want;
    }
  /* A gap in the timestamps is silence */
  memset (c->peaks + (gsize) c->n_peaks * 2, 0, (c->bucket - c->n_peaks) * 2 * sizeof (gint16));
  c->peaks[c->bucket * 2] = lo;
  c->peaks[c->bucket * 2 + 1] = hi;
  c->n_peaks = (guint) c->bucket + 1;
  g_atomic_int_set (&c->done_buckets, (int) c->n_peaks);
}

static void
open_bucket (Compute *c,
             guint64  sample)
{
  c->bucket = gst_util_uint64_scale (sample, GST_SECOND, c->rate_bucket);
  c->bucket_start = gst_util_uint64_scale_ceil (c->bucket, c->rate_bucket, GST_SECOND);
  c->bucket_end = gst_util_uint64_scale_ceil (c->bucket + 1, c->rate_bucket, GST_SECOND);
  c->bucket_min = G_MAXFLOAT;
  c->bucket_max = -G_MAXFLOAT;
  c->bucket_open = TRUE;
}

/* Min and max of the mono mix of @count frames from @offset */
static void
scan_frames (const GstAudioBuffer *abuf,
             gsize                 offset,
             gsize                 count,
             float                *out_min,
             float                *out_max)
{
  int channels = GST_AUDIO_INFO_CHANNELS (&abuf->info);
  gboolean planar = GST_AUDIO_INFO_LAYOUT (&abuf->info) == GST_AUDIO_LAYOUT_NON_INTERLEAVED;
  gboolean is_float = GST_AUDIO_INFO_FORMAT (&abuf->info) == GST_AUDIO_FORMAT_F32;
  float mn = *out_min, mx = *out_max;

  if (is_float && channels == 1)
    {
      const float *p = (const float *) abuf->planes[0] + offset;
      for (gsize i = 0; i < count; i++)
        {
          float v = p[i];
          mn = v < mn ? v : mn;
          mx = v > mx ? v : mx;
        }
    }
  else if (channels == 1)
    {
      const gint16 *p = (const gint16 *) abuf->planes[0] + offset;
      int imn = G_MAXINT16, imx = G_MININT16;
      for (gsize i = 0; i < count; i++)
        {
          int v = p[i];
          imn = v < imn ? v : imn;
          imx = v > imx ? v : imx;
        }
      if (count > 0)
        {
          mn = MIN (mn, imn / 32768.0f);
          mx = MAX (mx, imx / 32768.0f);
        }
    }
  else
    {
      for (gsize i = offset; i < offset + count; i++)
        {
          float sum = 0.0f, v;
          for (int ch = 0; ch < channels; ch++)
            {
              gsize at = planar ? i : i * channels + ch;
              const void *plane = abuf->planes[planar ? ch : 0];
              sum += is_float ? ((const float *) plane)[at]
                              : ((const gint16 *) plane)[at] / 32768.0f;
            }
          v = sum / channels;
          mn = v < mn ? v : mn;
          mx = v > mx ? v : mx;
        }
    }
  *out_min = mn;
  *out_max = mx;
}

static void
process_buffer (Compute   *c,
                GstBuffer *buffer)
{
  GstAudioBuffer abuf;
  guint64 start, pos, skip = 0;
  gsize n, i;

  if (!c->have_info || !gst_audio_buffer_map (&abuf, &c->info, buffer, GST_MAP_READ))
    return;
  n = abuf.n_samples;

  /* Where the buffer starts, in samples of stream time; small jitter is ignored */
  start = c->have_position ? c->next_sample : 0;
  if (GST_BUFFER_PTS_IS_VALID (buffer))
    {
      guint64 st = 0;
      int sign = gst_segment_to_stream_time_full (&c->segment, GST_FORMAT_TIME,
                                                  GST_BUFFER_PTS (buffer), &st);
      guint64 at = gst_util_uint64_scale_round (st, c->rate, GST_SECOND);

      if (sign < 0)
        {
          skip = MIN (at, (guint64) n);
          at = 0;
        }
      if (sign != 0 && (!c->have_position ||
                        (at > c->next_sample ? at - c->next_sample : c->next_sample - at) >
                        c->rate / 50))
        {
          /* A timestamp far beyond the end (a damaged file) is not believed */
          if (gst_util_uint64_scale (at, GST_SECOND, c->rate_bucket) < MAX_BUCKETS)
            start = at;
        }
    }
  c->have_position = TRUE;

  pos = start;
  i = (gsize) skip;
  while (i < n)
    {
      gsize chunk;

      if (!c->bucket_open || pos < c->bucket_start || pos >= c->bucket_end)
        {
          store_bucket (c);
          open_bucket (c, pos);
        }
      chunk = (gsize) MIN ((guint64) (n - i), c->bucket_end - pos);
      scan_frames (&abuf, i, chunk, &c->bucket_min, &c->bucket_max);
      i += chunk;
      pos += chunk;
      if (pos >= c->bucket_end)
        store_bucket (c);
    }
  c->next_sample = pos;
  c->end_sample = MAX (c->end_sample, pos);
  gst_audio_buffer_unmap (&abuf);
}

static gboolean
process_list_item (GstBuffer **buffer,
                   guint       idx,
                   gpointer    user_data)
{
  process_buffer (user_data, *buffer);
  return TRUE;
}

static void
set_error_from_message (const char  *path,
                        GstMessage  *msg,
                        const char  *missing,
                        const char  *package,
                        GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) gst_error = NULL;
  g_autofree char *debug = NULL;

  gst_message_parse_error (msg, &gst_error, &debug);
  g_debug ("waveform of %s: %s (%s)", path, gst_error->message, debug ? debug : "");

  if (missing != NULL)
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                 _("“%s”: no decoder for %s: install %s"), display, missing, package);
  else if (gst_error->domain == GST_STREAM_ERROR &&
           (gst_error->code == GST_STREAM_ERROR_TYPE_NOT_FOUND ||
            gst_error->code == GST_STREAM_ERROR_WRONG_TYPE))
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                 _("“%s” is not an audio or video file"), display);
  else if (gst_error->domain == GST_RESOURCE_ERROR &&
           gst_error->code == GST_RESOURCE_ERROR_NOT_FOUND)
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND,
                 _("“%s” does not exist"), display);
  else if (gst_error->domain == GST_RESOURCE_ERROR)
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                 _("“%s” cannot be read: %s"), display, gst_error->message);
  else
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                 _("“%s” is damaged or truncated: %s"), display, gst_error->message);
}

static void
set_no_audio_error (const char  *path,
                    GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
               _("“%s” has no audio"), display);
}

static CorWaveform *
finish_peaks (Compute *c)
{
  CorWaveform *self;
  gint64 duration_ns;
  guint n_buckets;

  store_bucket (c);
  duration_ns = (gint64) gst_util_uint64_scale_round (c->end_sample, GST_SECOND, c->rate);
  n_buckets = (guint) MIN ((duration_ns + BUCKET_NS - 1) / BUCKET_NS, (gint64) MAX_BUCKETS);
  duration_ns = MIN (duration_ns, (gint64) n_buckets * BUCKET_NS);
  self = waveform_new (BUCKET_NS, duration_ns, c->rate, n_buckets);
  memcpy (self->peaks, c->peaks, (gsize) MIN (n_buckets, c->n_peaks) * 2 * sizeof (gint16));
  return self;
}

/* Callbacks */

static GstPadProbeReturn
on_sink_data (GstPad          *pad,
              GstPadProbeInfo *info,
              gpointer         user_data)
{
  Compute *c = user_data;

  if (info->type & GST_PAD_PROBE_TYPE_BUFFER)
    {
      process_buffer (c, GST_PAD_PROBE_INFO_BUFFER (info));
    }
  else if (info->type & GST_PAD_PROBE_TYPE_BUFFER_LIST)
    {
      gst_buffer_list_foreach (GST_PAD_PROBE_INFO_BUFFER_LIST (info), process_list_item, c);
    }
  else if (info->type & GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM)
    {
      GstEvent *event = GST_PAD_PROBE_INFO_EVENT (info);

      if (GST_EVENT_TYPE (event) == GST_EVENT_CAPS)
        {
          GstCaps *caps = NULL;

          gst_event_parse_caps (event, &caps);
          store_bucket (c);
          c->have_info = gst_audio_info_from_caps (&c->info, caps) &&
                         GST_AUDIO_INFO_RATE (&c->info) > 0;
          if (c->have_info && (guint) GST_AUDIO_INFO_RATE (&c->info) != c->rate)
            {
              /* Another rate (a chained stream): go on from the same time */
              guint new_rate = (guint) GST_AUDIO_INFO_RATE (&c->info);

              if (c->rate != 0)
                {
                  c->next_sample = gst_util_uint64_scale_round (c->next_sample, new_rate,
                                                                c->rate);
                  c->end_sample = gst_util_uint64_scale_round (c->end_sample, new_rate,
                                                               c->rate);
                }
              c->rate = new_rate;
              c->rate_bucket = (guint64) new_rate * BUCKET_NS;
            }
        }
      else if (GST_EVENT_TYPE (event) == GST_EVENT_SEGMENT)
        {
          gst_event_copy_segment (event, &c->segment);
        }
    }
  return GST_PAD_PROBE_OK;
}

static void
on_pad_added (GstElement *decodebin,
              GstPad     *pad,
              gpointer    user_data)
{
  Compute *c = user_data;
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  g_autoptr(GstPad) sink = NULL;
  const GstStructure *s;

  if (caps == NULL || gst_caps_get_size (caps) == 0)
    return;
  s = gst_caps_get_structure (caps, 0);
  if (!gst_structure_has_name (s, "audio/x-raw"))
    return;
  sink = gst_element_get_static_pad (c->convert, "sink");
  if (gst_pad_is_linked (sink))
    return; /* the first audio stream makes the waveform */
  if (GST_PAD_LINK_SUCCESSFUL (gst_pad_link (pad, sink)))
    g_atomic_int_set (&c->audio_linked, TRUE);
}

static void
on_no_more_pads (GstElement *decodebin,
                 gpointer    user_data)
{
  Compute *c = user_data;

  if (!g_atomic_int_get (&c->audio_linked))
    gst_element_post_message (c->pipeline,
                              gst_message_new_application (GST_OBJECT (c->pipeline),
                                                           gst_structure_new_empty ("cor-no-audio")));
}

static int
on_autoplug_select (GstElement        *decodebin,
                    GstPad            *pad,
                    GstCaps           *caps,
                    GstElementFactory *factory,
                    gpointer           user_data)
{
  const char *klass = gst_element_factory_get_metadata (factory, GST_ELEMENT_METADATA_KLASS);

  if (klass == NULL || strstr (klass, "Demuxer") != NULL || strstr (klass, "Audio") != NULL)
    return SELECT_TRY;
  if (strstr (klass, "Video") || strstr (klass, "Image") || strstr (klass, "Subtitle"))
    return SELECT_EXPOSE; /* never decode what the waveform does not need */
  return SELECT_TRY;
}

static int
preference (GstElementFactory *factory)
{
  const char *name = gst_plugin_feature_get_name (GST_PLUGIN_FEATURE (factory));

  for (guint i = 0; i < G_N_ELEMENTS (preferred_decoders); i++)
    if (g_str_equal (name, preferred_decoders[i]))
      return (int) i;
  return G_N_ELEMENTS (preferred_decoders);
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static GValueArray *
on_autoplug_sort (GstElement  *decodebin,
                  GstPad      *pad,
                  GstCaps     *caps,
                  GValueArray *factories,
                  gpointer     user_data)
{
  int n_preferred = G_N_ELEMENTS (preferred_decoders);
  GValueArray *sorted;
  gboolean any = FALSE, placed = FALSE;

  for (guint i = 0; i < factories->n_values && !any; i++)
    any = preference (g_value_get_object (g_value_array_get_nth (factories, i))) < n_preferred;
  if (!any)
    return NULL;

  /* The preferred decoders go before the first decoder; parsers stay in front */
  sorted = g_value_array_new (factories->n_values);
  for (guint i = 0; i < factories->n_values; i++)
    {
      GValue *v = g_value_array_get_nth (factories, i);
      GstElementFactory *factory = g_value_get_object (v);

      if (!placed && gst_element_factory_list_is_type (factory,
                                                       GST_ELEMENT_FACTORY_TYPE_DECODER))
        {
          placed = TRUE;
          for (int p = 0; p < n_preferred; p++)
            for (guint j = 0; j < factories->n_values; j++)
              {
                GValue *w = g_value_array_get_nth (factories, j);
                if (preference (g_value_get_object (w)) == p)
                  g_value_array_append (sorted, w);
              }
        }
      if (preference (factory) == n_preferred)
        g_value_array_append (sorted, v);
    }
  return sorted;
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
on_cancelled (GCancellable *cancellable,
              gpointer      user_data)
{
  GstBus *bus = user_data;

  gst_bus_post (bus, gst_message_new_application (NULL,
                                                  gst_structure_new_empty ("cor-cancel")));
}

static gboolean
on_async_progress_idle (gpointer user_data)
{
  GTask *task = user_data;
  AsyncData *data = g_task_get_task_data (task);
  double fraction;

  g_mutex_lock (&data->lock);
  fraction = data->pending;
  data->queued = FALSE;
  g_mutex_unlock (&data->lock);

  if (!g_task_get_completed (task))
    data->progress (fraction, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
on_async_progress (double   fraction,
                   gpointer user_data)
{
  GTask *task = user_data;
  AsyncData *data = g_task_get_task_data (task);
  gboolean queue;

  g_mutex_lock (&data->lock);
  data->pending = fraction;
  queue = !data->queued;
  data->queued = TRUE;
  g_mutex_unlock (&data->lock);

  if (queue)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, on_async_progress_idle, g_object_ref (task),
                             g_object_unref);
      g_source_set_static_name (source, "[corroborate] waveform progress");
      g_source_attach (source, data->context);
    }
}

static void
async_data_free (gpointer user_data)
{
  AsyncData *data = user_data;

  g_free (data->path);
  g_main_context_unref (data->context);
  g_mutex_clear (&data->lock);
  g_free (data);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AsyncData *data = task_data;
  GError *error = NULL;
  CorWaveform *waveform;

  waveform = cor_waveform_compute (data->path, cancellable,
                                   data->progress ? on_async_progress : NULL, task, &error);
  if (waveform == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, waveform, (GDestroyNotify) cor_waveform_unref);
}

/* Public API */

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

CorWaveform *
cor_waveform_compute (const char       *path,
                      GCancellable     *cancellable,
                      CorProgressFunc   progress,
                      gpointer          progress_data,
                      GError          **error)
{
  Compute c = { 0 };
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *missing = NULL;
  const char *package = NULL;
  GstElement *src, *decodebin, *filter, *sink;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstPad) sink_pad = NULL;
  gint64 duration_ns = -1;
  double reported = -1.0;
  gulong cancel_id = 0;
  gboolean done = FALSE;
  CorWaveform *result = NULL;
  GError *failure = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cor_media_check_file (path, NULL, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
      return NULL;
    }
  cor_media_init ();

  c.pipeline = gst_pipeline_new ("cor-waveform");
  src = gst_element_factory_make ("filesrc", NULL);
  decodebin = gst_element_factory_make ("decodebin", NULL);
  c.convert = gst_element_factory_make ("audioconvert", NULL);
  filter = gst_element_factory_make ("capsfilter", NULL);
  sink = gst_element_factory_make ("fakesink", NULL);
  if (!src || !decodebin || !c.convert || !filter || !sink)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                   _("The GStreamer base plugins are missing: install %s"),
                   "gstreamer1.0-plugins-base");
      g_clear_object (&src);
      g_clear_object (&decodebin);
      g_clear_object (&c.convert);
      g_clear_object (&filter);
      g_clear_object (&sink);
      gst_object_unref (c.pipeline);
      return NULL;
    }

  caps = gst_caps_from_string ("audio/x-raw, format=(string){ " GST_AUDIO_NE (F32) ", "
                               GST_AUDIO_NE (S16) " }");
  g_object_set (src, "location", path, NULL);
  g_object_set (filter, "caps", caps, NULL);
  g_object_set (sink, "sync", FALSE, "enable-last-sample", FALSE, NULL);
  gst_bin_add_many (GST_BIN (c.pipeline), src, decodebin, c.convert, filter, sink, NULL);
  if (!gst_element_link (src, decodebin) ||
      !gst_element_link_many (c.convert, filter, sink, NULL))
    g_assert_not_reached ();

  g_signal_connect (decodebin, "pad-added", G_CALLBACK (on_pad_added), &c);
  g_signal_connect (decodebin, "no-more-pads", G_CALLBACK (on_no_more_pads), &c);
  g_signal_connect (decodebin, "autoplug-select", G_CALLBACK (on_autoplug_select), &c);
  g_signal_connect (decodebin, "autoplug-sort", G_CALLBACK (on_autoplug_sort), &c);
  sink_pad = gst_element_get_static_pad (sink, "sink");
  gst_pad_add_probe (sink_pad, GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST |
                     GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, on_sink_data, &c, NULL);
  gst_segment_init (&c.segment, GST_FORMAT_TIME);

  bus = gst_element_get_bus (c.pipeline);
  if (cancellable != NULL)
    cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled),
                                       gst_object_ref (bus), gst_object_unref);

  gst_element_set_state (c.pipeline, GST_STATE_PLAYING);
  if (progress != NULL)
    {
      reported = 0.0;
      progress (0.0, progress_data);
    }

  while (!done)
    {
      g_autoptr(GstMessage) msg = NULL;

      msg = gst_bus_timed_pop_filtered (bus, TICK_NS,
                                        GST_MESSAGE_EOS | GST_MESSAGE_ERROR |
                                        GST_MESSAGE_ELEMENT | GST_MESSAGE_APPLICATION);
      if (msg == NULL)
        {
          double fraction;

          if (progress == NULL)
            continue;
          if (duration_ns <= 0 &&
              !gst_element_query_duration (c.pipeline, GST_FORMAT_TIME, &duration_ns))
            duration_ns = -1;
          if (duration_ns <= 0)
            continue;
          fraction = (double) g_atomic_int_get (&c.done_buckets) * BUCKET_NS / duration_ns;
          fraction = CLAMP (fraction, 0.0, 0.99);
          if (fraction > reported)
            {
              reported = fraction;
              progress (fraction, progress_data);
            }
          continue;
        }

      switch (GST_MESSAGE_TYPE (msg))
        {
        case GST_MESSAGE_EOS:
          if (!g_atomic_int_get (&c.audio_linked))
            set_no_audio_error (path, &failure);
          done = TRUE;
          break;

        case GST_MESSAGE_ERROR:
          if (missing == NULL && !g_atomic_int_get (&c.audio_linked))
            {
              g_autoptr(GError) gst_error = NULL;
              g_autofree char *debug = NULL;

              gst_message_parse_error (msg, &gst_error, &debug);
              if (gst_error->domain == GST_STREAM_ERROR && debug != NULL &&
                  strstr (debug, "not-linked") != NULL)
                {
                  /* Only streams other than audio were found, and left unlinked */
                  set_no_audio_error (path, &failure);
                  done = TRUE;
                  break;
                }
            }
          set_error_from_message (path, msg, missing, package, &failure);
          done = TRUE;
          break;

        case GST_MESSAGE_ELEMENT:
          if (missing == NULL && gst_is_missing_plugin_message (msg))
            {
              g_autofree char *detail = gst_missing_plugin_message_get_installer_detail (msg);
              g_autofree char *what = detail ? cor_media_describe_installer_detail (detail,
                                                                                    &package)
                                             : NULL;
              if (what != NULL && strstr (detail, "|decoder-audio/") != NULL)
                missing = g_steal_pointer (&what);
            }
          break;

        case GST_MESSAGE_APPLICATION:
          if (gst_message_has_name (msg, "cor-cancel") &&
              g_cancellable_is_cancelled (cancellable))
            {
              g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
              done = TRUE;
            }
          else if (gst_message_has_name (msg, "cor-no-audio") &&
                   !g_atomic_int_get (&c.audio_linked))
            {
              g_autofree char *display = g_filename_display_name (path);

              if (missing != NULL)
                g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                             _("“%s”: no decoder for %s: install %s"), display, missing,
                             package);
              else
                set_no_audio_error (path, &failure);
              done = TRUE;
            }
          break;

        default:
          break;
        }
    }

  /* Joins the streaming threads: the Compute is ours alone from here */
  gst_element_set_state (c.pipeline, GST_STATE_NULL);
  g_cancellable_disconnect (cancellable, cancel_id);

  /* Cancelled while the last buffers went through: still cancelled */
  if (failure == NULL && g_cancellable_is_cancelled (cancellable))
    g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
  else if (failure == NULL)
    {
      if (c.rate == 0 || c.end_sample == 0)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                       _("“%s” is damaged or truncated: its audio cannot be decoded"), display);
        }
      else
        {
          result = finish_peaks (&c);
          if (progress != NULL)
            progress (1.0, progress_data);
        }
    }

  gst_object_unref (c.pipeline);
  g_free (c.peaks);
  if (failure != NULL)
    g_propagate_error (error, failure);
  return result;
}

void
cor_waveform_compute_async (const char          *path,
                            GCancellable        *cancellable,
                            CorProgressFunc      progress,
                            gpointer             progress_data,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AsyncData *data;

  g_return_if_fail (path != NULL);

  data = g_new0 (AsyncData, 1);
  data->path = g_strdup (path);
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();
  g_mutex_init (&data->lock);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cor_waveform_compute_async);
  g_task_set_name (task, "[corroborate] waveform");
  /* Our own CANCELLED error, not G_IO_ERROR_CANCELLED */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, async_data_free);
  g_task_run_in_thread (task, compute_thread);
}

CorWaveform *
cor_waveform_compute_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, cor_waveform_compute_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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
  u32 = GUINT32_TO_LE (checksum (out + HEADER_SIZE, data_size));
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
  if (bucket_ns < (gint64) MIN_BUCKET_NS || bucket_ns > (gint64) MAX_BUCKET_NS ||
      n_buckets > MAX_BUCKETS || (guint64) size != HEADER_SIZE + (guint64) n_buckets * 4 ||
      duration_ns < 0 || duration_ns > (gint64) n_buckets * bucket_ns ||
      (n_buckets > 0 && duration_ns <= (gint64) (n_buckets - 1) * bucket_ns) ||
      checksum (in + HEADER_SIZE, size - HEADER_SIZE) != sum)
    goto damaged;

  self = waveform_new (bucket_ns, duration_ns, rate, n_buckets);
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
    *min = bucket < self->n_buckets ? self->peaks[bucket * 2] / PEAK_SCALE : 0.0f;
  if (max)
    *max = bucket < self->n_buckets ? self->peaks[bucket * 2 + 1] / PEAK_SCALE : 0.0f;
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
      mins[col] = b0 < b1 ? lo / PEAK_SCALE : 0.0f;
      maxs[col] = b0 < b1 ? hi / PEAK_SCALE : 0.0f;
    }
}
