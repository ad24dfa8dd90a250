/* cor-waveform-compute.c — computing a waveform from a file (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * filesrc → parsebin → [decoder] → audioconvert → capsfilter (F32 or S16, any layout)
 * → fakesink, with the peaks computed by a pad probe on the fakesink, in the streaming
 * thread. No decodebin: its multiqueue hands every buffer to another thread, which
 * costs more than the peaks themselves. The decoder is chosen, the fastest first, for
 * this pipeline only, by cor-waveform-pipeline.c, which also sends video, image and
 * subtitle streams unparsed to a fakesink. audioconvert passes the decoders' output
 * through untouched; the probe mixes the channels down.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/audio/audio.h>
#include <gst/pbutils/pbutils.h>
#include <math.h>
#include <string.h>

#include "cor-probe.h"
#include "cor-task.h"
#include "cor-waveform-private.h"

#define TICK_NS         (100 * GST_MSECOND)
/* GStreamer 1.22's parsebin and decodebin can drop the error of a demuxer that fails as it
 * starts (a race with their autoplugging), and then wait forever: a watchdog */
#define FIRST_DATA_TIMEOUT_S 8
#define STALL_TIMEOUT_S      15

typedef CorWaveformCompute Compute;

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

static gint16
quantize (float    value,
          gboolean up)
{
  float scaled = value * COR_WAVEFORM_PEAK_SCALE;

  if (!(scaled > -COR_WAVEFORM_PEAK_SCALE)) /* also NaN */
    return (gint16) (isnan (scaled) ? 0 : -32767);
  if (scaled >= COR_WAVEFORM_PEAK_SCALE)
    return 32767;
  return (gint16) (up ? ceilf (scaled) : floorf (scaled));
}

static void
store_bucket (Compute *c)
{
  gint16 lo, hi;

  if (!c->bucket_open)
    return;
  c->bucket_open = FALSE;
  if (c->bucket >= COR_WAVEFORM_MAX_BUCKETS)
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

      want = MIN (want, COR_WAVEFORM_MAX_BUCKETS);
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
          if (gst_util_uint64_scale (at, GST_SECOND, c->rate_bucket) < COR_WAVEFORM_MAX_BUCKETS)
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
  n_buckets = (guint) MIN ((duration_ns + COR_WAVEFORM_BUCKET_NS - 1) / COR_WAVEFORM_BUCKET_NS, (gint64) COR_WAVEFORM_MAX_BUCKETS);
  duration_ns = MIN (duration_ns, (gint64) n_buckets * COR_WAVEFORM_BUCKET_NS);
  self = cor_waveform_priv_new (COR_WAVEFORM_BUCKET_NS, duration_ns, c->rate, n_buckets);
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

  if (info->type & (GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST))
    g_atomic_int_inc (&c->activity);
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
              c->rate_bucket = (guint64) new_rate * COR_WAVEFORM_BUCKET_NS;
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
  GstElement *src, *parsebin, *filter, *sink;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstPad) sink_pad = NULL;
  gint64 duration_ns = -1;
  double reported = -1.0;
  int last_activity = 0;
  gint64 last_change_us = g_get_monotonic_time ();
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
  parsebin = gst_element_factory_make ("parsebin", NULL);
  c.convert = gst_element_factory_make ("audioconvert", NULL);
  filter = gst_element_factory_make ("capsfilter", NULL);
  sink = gst_element_factory_make ("fakesink", NULL);
  if (!src || !parsebin || !c.convert || !filter || !sink)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                   _("The GStreamer base plugins are missing: install %s"),
                   "gstreamer1.0-plugins-base");
      g_clear_object (&src);
      g_clear_object (&parsebin);
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
  gst_bin_add_many (GST_BIN (c.pipeline), src, parsebin, c.convert, filter, sink, NULL);
  if (!gst_element_link (src, parsebin) ||
      !gst_element_link_many (c.convert, filter, sink, NULL))
    g_assert_not_reached ();

  cor_waveform_priv_connect_parsebin (parsebin, &c);
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
          int seen = g_atomic_int_get (&c.activity);

          if (seen != last_activity)
            {
              last_activity = seen;
              last_change_us = g_get_monotonic_time ();
            }
          else if (g_get_monotonic_time () - last_change_us >
                   (seen == 0 ? FIRST_DATA_TIMEOUT_S : STALL_TIMEOUT_S) * G_USEC_PER_SEC)
            {
              g_autofree char *display = g_filename_display_name (path);

              g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                           _("“%s” could not be read: nothing came out of it in %d seconds; "
                             "the file may be damaged"), display,
                           seen == 0 ? FIRST_DATA_TIMEOUT_S : STALL_TIMEOUT_S);
              break;
            }
          if (progress == NULL)
            continue;
          if (duration_ns <= 0 &&
              !gst_element_query_duration (c.pipeline, GST_FORMAT_TIME, &duration_ns))
            duration_ns = -1;
          if (duration_ns <= 0)
            continue;
          fraction = (double) g_atomic_int_get (&c.done_buckets) * COR_WAVEFORM_BUCKET_NS / duration_ns;
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
          else if (gst_message_has_name (msg, "cor-no-decoder") && missing == NULL)
            {
              const char *text = gst_structure_get_string (gst_message_get_structure (msg),
                                                           "caps");
              g_autoptr(GstCaps) missing_caps = gst_caps_from_string (text);

              missing = missing_caps ? cor_media_describe_caps (missing_caps) : g_strdup (text);
              package = cor_media_package_for_caps (text);
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
  cor_task_run_in_thread (task, compute_thread);
}

CorWaveform *
cor_waveform_compute_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, cor_waveform_compute_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

