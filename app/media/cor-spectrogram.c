/* cor-spectrogram.c — a magnitude spectrogram of a file's audio (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/gst.h>
#include <gst/audio/audio.h>
#include <gst/pbutils/pbutils.h>
#include <math.h>
#include <string.h>

#include "cor-probe.h"
#include "cor-spectrogram.h"
#include "cor-task.h"

#define RATE        16000
#define FFT_SIZE    512
#define FFT_BITS    9
#define HOP         (FFT_SIZE / 2)
#define N_BINS      (FFT_SIZE / 2 + 1)
#define HOP_NS      ((gint64) HOP * GST_SECOND / RATE)
#define MAX_FRAMES  ((guint) (3u * 3600u * RATE / HOP))  /* 3 hours */
#define TICK_NS     (100 * GST_MSECOND)

struct _CorSpectrogram
{
  gatomicrefcount ref_count;
  guint           n_frames;
  gint64          duration_ns;
  guint8         *data;
};

G_DEFINE_BOXED_TYPE (CorSpectrogram, cor_spectrogram, cor_spectrogram_ref, cor_spectrogram_unref)

typedef struct
{
  GstElement *pipeline;
  GstElement *convert;
  gint        audio_linked;      /* atomic */
  gint        too_long;          /* atomic */

  /* streaming thread only, until the pipeline is stopped */
  float       window[FFT_SIZE];  /* the Hann window */
  float       cos_table[FFT_SIZE / 2];
  float       sin_table[FFT_SIZE / 2];
  guint16     reverse[FFT_SIZE];
  float       frame[FFT_SIZE];   /* samples waiting: [0, filled) */
  guint       filled;
  guint64     n_samples;
  GByteArray *levels;
  guint       n_frames;
} Compute;

/* FFT */

static void
setup_tables (Compute *c)
{
  for (guint i = 0; i < FFT_SIZE; i++)
    {
      guint r = 0;

      c->window[i] = (float) (0.5 - 0.5 * cos (2.0 * G_PI * i / FFT_SIZE));
      for (guint b = 0; b < FFT_BITS; b++)
        r |= ((i >> b) & 1u) << (FFT_BITS - 1 - b);
      c->reverse[i] = (guint16) r;
    }
  for (guint i = 0; i < FFT_SIZE / 2; i++)
    {
      c->cos_table[i] = (float) cos (2.0 * G_PI * i / FFT_SIZE);
      c->sin_table[i] = (float) -sin (2.0 * G_PI * i / FFT_SIZE);
    }
}

/* In-place iterative radix-2 FFT of FFT_SIZE complex values */
static void
fft (const Compute *c,
     float         *re,
     float         *im)
{
  for (guint i = 0; i < FFT_SIZE; i++)
    {
      guint j = c->reverse[i];

      if (j > i)
        {
          float t = re[i];

          re[i] = re[j];
          re[j] = t;
          t = im[i];
          im[i] = im[j];
          im[j] = t;
        }
    }

  for (guint size = 2; size <= FFT_SIZE; size *= 2)
    {
      guint half = size / 2;
      guint step = FFT_SIZE / size;

      for (guint start = 0; start < FFT_SIZE; start += size)
        for (guint k = 0; k < half; k++)
          {
            float wr = c->cos_table[k * step];
            float wi = c->sin_table[k * step];
            guint a = start + k;
            guint b = a + half;
            float tr = re[b] * wr - im[b] * wi;
            float ti = re[b] * wi + im[b] * wr;

            re[b] = re[a] - tr;
            im[b] = im[a] - ti;
            re[a] += tr;
            im[a] += ti;
          }
    }
}

/* Turns the FFT_SIZE samples in c->frame into one frame of levels, then keeps the last
 * HOP samples for the next frame */
static void
emit_frame (Compute *c)
{
  float re[FFT_SIZE], im[FFT_SIZE];
  guint8 out[N_BINS];
  /* A full-scale sine gives a peak of FFT_SIZE / 4 under the Hann window */
  const double scale = 4.0 / FFT_SIZE;

  for (guint i = 0; i < FFT_SIZE; i++)
    {
      re[i] = c->frame[i] * c->window[i];
      im[i] = 0.0f;
    }
  fft (c, re, im);

  for (guint k = 0; k < N_BINS; k++)
    {
      double magnitude = sqrt ((double) re[k] * re[k] + (double) im[k] * im[k]) * scale;
      double db = 20.0 * log10 (magnitude + 1e-12);
      double level = (db - COR_SPECTROGRAM_DB_FLOOR) / -COR_SPECTROGRAM_DB_FLOOR * 255.0;

      out[k] = (guint8) CLAMP (lround (level), 0, 255);
    }

  if (c->n_frames < MAX_FRAMES)
    {
      g_byte_array_append (c->levels, out, N_BINS);
      c->n_frames++;
    }
  else
    g_atomic_int_set (&c->too_long, TRUE);

  memmove (c->frame, c->frame + HOP, HOP * sizeof (float));
  c->filled = HOP;
}

static void
push_samples (Compute     *c,
              const float *samples,
              gsize        n)
{
  for (gsize i = 0; i < n; i++)
    {
      float s = samples[i];

      c->frame[c->filled++] = isfinite (s) ? s : 0.0f;
      if (c->filled == FFT_SIZE)
        emit_frame (c);
    }
  c->n_samples += n;
}

/* The frames whose centre is still inside the audio, padded with silence */
static void
flush_frames (Compute *c)
{
  guint64 wanted = (c->n_samples + HOP - 1) / HOP;

  while (c->n_frames < wanted && c->n_frames < MAX_FRAMES)
    {
      memset (c->frame + c->filled, 0, (FFT_SIZE - c->filled) * sizeof (float));
      c->filled = FFT_SIZE;
      emit_frame (c);
    }
}

static void
process_buffer (Compute   *c,
                GstBuffer *buffer)
{
  GstMapInfo map;

  if (!gst_buffer_map (buffer, &map, GST_MAP_READ))
    return;
  push_samples (c, (const float *) (gpointer) map.data, map.size / sizeof (float));
  gst_buffer_unmap (buffer, &map);
}

static gboolean
process_list_item (GstBuffer **buffer,
                   guint       idx,
                   gpointer    user_data)
{
  process_buffer (user_data, *buffer);
  return TRUE;
}

/* Errors */

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
  g_debug ("spectrogram of %s: %s (%s)", path, gst_error->message, debug ? debug : "");

  if (missing != NULL)
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                 _("“%s”: no decoder for %s: install %s"), display, missing, package);
  else if (gst_error->domain == GST_STREAM_ERROR && debug != NULL &&
           strstr (debug, "not-linked") != NULL)
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                 _("“%s” has no audio"), display);
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

/* Callbacks */

static GstPadProbeReturn
on_sink_data (GstPad          *pad,
              GstPadProbeInfo *info,
              gpointer         user_data)
{
  Compute *c = user_data;

  if (info->type & GST_PAD_PROBE_TYPE_BUFFER)
    process_buffer (c, GST_PAD_PROBE_INFO_BUFFER (info));
  else if (info->type & GST_PAD_PROBE_TYPE_BUFFER_LIST)
    gst_buffer_list_foreach (GST_PAD_PROBE_INFO_BUFFER_LIST (info), process_list_item, c);

  if (g_atomic_int_get (&c->too_long))
    {
      gst_element_post_message (c->pipeline,
                                gst_message_new_application (NULL,
                                                             gst_structure_new_empty ("cor-too-long")));
      return GST_PAD_PROBE_DROP;
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
  g_autoptr(GstPad) sink_pad = NULL;
  GstStructure *s;

  if (caps == NULL)
    caps = gst_pad_query_caps (pad, NULL);
  s = gst_caps_get_structure (caps, 0);
  if (s == NULL || !gst_structure_has_name (s, "audio/x-raw"))
    return;
  if (!g_atomic_int_compare_and_exchange (&c->audio_linked, FALSE, TRUE))
    return;  /* the first audio stream only */

  sink_pad = gst_element_get_static_pad (c->convert, "sink");
  if (gst_pad_link (pad, sink_pad) != GST_PAD_LINK_OK)
    g_atomic_int_set (&c->audio_linked, FALSE);
}

static void
on_no_more_pads (GstElement *decodebin,
                 gpointer    user_data)
{
  Compute *c = user_data;

  if (!g_atomic_int_get (&c->audio_linked))
    gst_element_post_message (c->pipeline,
                              gst_message_new_application (NULL,
                                                           gst_structure_new_empty ("cor-no-audio")));
}

/* Video streams are left encoded: only the audio is decoded */
static int
on_autoplug_select (GstElement         *decodebin,
                    GstPad             *pad,
                    GstCaps            *caps,
                    GstElementFactory  *factory,
                    gpointer            user_data)
{
  const char *klass = gst_element_factory_get_metadata (factory, GST_ELEMENT_METADATA_KLASS);

  if (klass != NULL && strstr (klass, "Decoder") != NULL &&
      (strstr (klass, "Video") != NULL || strstr (klass, "Image") != NULL))
    return 1;  /* GST_AUTOPLUG_SELECT_EXPOSE */
  return 0;    /* GST_AUTOPLUG_SELECT_TRY */
}

static void
on_cancelled (GCancellable *cancellable,
              gpointer      user_data)
{
  GstBus *bus = user_data;

  gst_bus_post (bus, gst_message_new_application (NULL, gst_structure_new_empty ("cor-cancel")));
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  CorSpectrogram *spectrogram = cor_spectrogram_compute (task_data, cancellable, &error);

  if (spectrogram == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, spectrogram, (GDestroyNotify) cor_spectrogram_unref);
}

/* Public API */

CorSpectrogram *
cor_spectrogram_ref (CorSpectrogram *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cor_spectrogram_unref (CorSpectrogram *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->data);
      g_free (self);
    }
}

CorSpectrogram *
cor_spectrogram_compute (const char    *path,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree Compute *c = g_new0 (Compute, 1);
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstPad) sink_pad = NULL;
  g_autofree char *missing = NULL;
  const char *package = NULL;
  GstElement *src, *decodebin, *resample, *filter, *sink;
  gulong cancel_id = 0;
  gboolean done = FALSE;
  GError *failure = NULL;
  CorSpectrogram *self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cor_media_check_file (path, NULL, error))
    return NULL;
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
      return NULL;
    }
  cor_media_init ();

  src = gst_element_factory_make ("filesrc", NULL);
  decodebin = gst_element_factory_make ("decodebin", NULL);
  c->convert = gst_element_factory_make ("audioconvert", NULL);
  resample = gst_element_factory_make ("audioresample", NULL);
  filter = gst_element_factory_make ("capsfilter", NULL);
  sink = gst_element_factory_make ("fakesink", NULL);
  if (!src || !decodebin || !c->convert || !resample || !filter || !sink)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                   _("The GStreamer base plugins are missing: install %s"),
                   "gstreamer1.0-plugins-base");
      g_clear_object (&src);
      g_clear_object (&decodebin);
      g_clear_object (&c->convert);
      g_clear_object (&resample);
      g_clear_object (&filter);
      g_clear_object (&sink);
      return NULL;
    }

  setup_tables (c);
  c->filled = HOP;  /* frame 0 is centred on the first sample */
  c->levels = g_byte_array_new ();
  c->pipeline = gst_pipeline_new ("cor-spectrogram");

  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING, GST_AUDIO_NE (F32),
                              "layout", G_TYPE_STRING, "interleaved",
                              "channels", G_TYPE_INT, 1,
                              "rate", G_TYPE_INT, RATE, NULL);
  g_object_set (src, "location", path, NULL);
  g_object_set (filter, "caps", caps, NULL);
  g_object_set (sink, "sync", FALSE, "enable-last-sample", FALSE, NULL);
  gst_bin_add_many (GST_BIN (c->pipeline), src, decodebin, c->convert, resample, filter, sink,
                    NULL);
  if (!gst_element_link (src, decodebin) ||
      !gst_element_link_many (c->convert, resample, filter, sink, NULL))
    g_assert_not_reached ();

  g_signal_connect (decodebin, "pad-added", G_CALLBACK (on_pad_added), c);
  g_signal_connect (decodebin, "no-more-pads", G_CALLBACK (on_no_more_pads), c);
  g_signal_connect (decodebin, "autoplug-select", G_CALLBACK (on_autoplug_select), c);
  sink_pad = gst_element_get_static_pad (sink, "sink");
  gst_pad_add_probe (sink_pad, GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST,
                     on_sink_data, c, NULL);

  bus = gst_element_get_bus (c->pipeline);
  if (cancellable != NULL)
    cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled),
                                       gst_object_ref (bus), gst_object_unref);

  gst_element_set_state (c->pipeline, GST_STATE_PLAYING);

  while (!done)
    {
      g_autoptr(GstMessage) msg = NULL;

      msg = gst_bus_timed_pop_filtered (bus, TICK_NS,
                                        GST_MESSAGE_EOS | GST_MESSAGE_ERROR |
                                        GST_MESSAGE_ELEMENT | GST_MESSAGE_APPLICATION);
      if (msg == NULL)
        continue;

      switch (GST_MESSAGE_TYPE (msg))
        {
        case GST_MESSAGE_EOS:
          if (!g_atomic_int_get (&c->audio_linked))
            {
              g_autofree char *display = g_filename_display_name (path);

              g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                           _("“%s” has no audio"), display);
            }
          done = TRUE;
          break;

        case GST_MESSAGE_ERROR:
          set_error_from_message (path, msg, missing, package, &failure);
          done = TRUE;
          break;

        case GST_MESSAGE_ELEMENT:
          if (missing == NULL && gst_is_missing_plugin_message (msg))
            {
              g_autofree char *detail = gst_missing_plugin_message_get_installer_detail (msg);
              g_autofree char *what = NULL;

              if (detail != NULL && strstr (detail, "|decoder-audio/") != NULL)
                what = cor_media_describe_installer_detail (detail, &package);
              if (what != NULL)
                missing = g_steal_pointer (&what);
            }
          break;

        case GST_MESSAGE_APPLICATION:
          if (gst_message_has_name (msg, "cor-cancel") && g_cancellable_is_cancelled (cancellable))
            {
              g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
              done = TRUE;
            }
          else if (gst_message_has_name (msg, "cor-too-long"))
            {
              g_autofree char *display = g_filename_display_name (path);

              g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                           _("“%s” is too long for a spectrogram (3 hours at most)"), display);
              done = TRUE;
            }
          else if (gst_message_has_name (msg, "cor-no-audio") &&
                   !g_atomic_int_get (&c->audio_linked))
            {
              g_autofree char *display = g_filename_display_name (path);

              if (missing != NULL)
                g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                             _("“%s”: no decoder for %s: install %s"), display, missing,
                             package);
              else
                g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                             _("“%s” has no audio"), display);
              done = TRUE;
            }
          break;

        default:
          break;
        }
    }

  /* Joins the streaming threads: the Compute is ours alone from here */
  gst_element_set_state (c->pipeline, GST_STATE_NULL);
  g_cancellable_disconnect (cancellable, cancel_id);

  if (failure == NULL && g_cancellable_is_cancelled (cancellable))
    g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
  else if (failure == NULL && c->n_samples == 0)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (&failure, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                   _("“%s” is damaged or truncated: its audio cannot be decoded"), display);
    }
  else if (failure == NULL)
    {
      flush_frames (c);
      self = g_new0 (CorSpectrogram, 1);
      g_atomic_ref_count_init (&self->ref_count);
      self->n_frames = c->n_frames;
      self->duration_ns = (gint64) gst_util_uint64_scale_round (c->n_samples, GST_SECOND, RATE);
      self->data = g_byte_array_free (g_steal_pointer (&c->levels), FALSE);
    }

  gst_object_unref (c->pipeline);
  if (c->levels != NULL)
    g_byte_array_unref (c->levels);
  if (failure != NULL)
    g_propagate_error (error, failure);
  return self;
}

void
cor_spectrogram_compute_async (const char          *path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cor_spectrogram_compute_async);
  g_task_set_name (task, "[corroborate] spectrogram");
  /* Our own CANCELLED error, not G_IO_ERROR_CANCELLED */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_strdup (path), g_free);
  cor_task_run_in_thread (task, compute_thread);
}

CorSpectrogram *
cor_spectrogram_compute_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, cor_spectrogram_compute_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
cor_spectrogram_get_n_frames (CorSpectrogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_frames;
}

guint
cor_spectrogram_get_n_bins (CorSpectrogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return N_BINS;
}

gint64
cor_spectrogram_get_hop_ns (CorSpectrogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return HOP_NS;
}

guint
cor_spectrogram_get_sample_rate (CorSpectrogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return RATE;
}

gint64
cor_spectrogram_get_duration_ns (CorSpectrogram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->duration_ns;
}

const guint8 *
cor_spectrogram_get_data (CorSpectrogram *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->data;
}

guint8
cor_spectrogram_get_level (CorSpectrogram *self,
                           guint           frame,
                           guint           bin)
{
  g_return_val_if_fail (self != NULL, 0);

  if (frame >= self->n_frames || bin >= N_BINS)
    return 0;
  return self->data[(gsize) frame * N_BINS + bin];
}
