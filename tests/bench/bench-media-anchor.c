/* bench-media-anchor.c — the anchor: a bare GStreamer pipeline doing what the player does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * uridecodebin → [videoconvert → BGRA] appsink (sync, max-buffers 2, drop, qos, as the
 * video sink of the player view), and its audio → audioconvert → audioresample → the
 * same audio sink as the player (COR_AUDIO_SINK). Measures are taken when the preroll
 * sample reaches the appsink (streaming thread), i.e. without any main loop.
 */
#include "config.h"

#include <gst/app/gstappsink.h>
#include <stdio.h>

#include "bench-media.h"

struct _BenchAnchor
{
  GstElement  *pipeline;
  GstElement  *appsink;
  GstElement  *video_entry;
  GstElement  *audio_entry;
  GstBus      *bus;
  GMutex       lock;
  gint64       preroll_us;   /* when the newest preroll sample arrived; 0 none */
  guint64      buffers;      /* buffers that reached the appsink's pad */
  GstClockTime first_pts;
  GstClockTime last_pts;
  gint64       frame;        /* the frame shown, for steps */
};

typedef struct _BenchAnchor Anchor;

static GstFlowReturn
new_preroll_cb (GstAppSink *sink,
                gpointer    user_data)
{
  Anchor *a = user_data;
  g_autoptr(GstSample) sample = gst_app_sink_pull_preroll (sink);
  gint64 now = bench_now_us ();

  g_mutex_lock (&a->lock);
  a->preroll_us = now;
  g_mutex_unlock (&a->lock);
  return GST_FLOW_OK;
}

static GstFlowReturn
new_sample_cb (GstAppSink *sink,
               gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);
  return GST_FLOW_OK;
}

static GstPadProbeReturn
buffer_probe_cb (GstPad          *pad,
                 GstPadProbeInfo *info,
                 gpointer         user_data)
{
  Anchor *a = user_data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);

  g_mutex_lock (&a->lock);
  a->buffers++;
  if (GST_BUFFER_PTS_IS_VALID (buffer))
    {
      if (a->first_pts == GST_CLOCK_TIME_NONE)
        a->first_pts = GST_BUFFER_PTS (buffer);
      a->last_pts = GST_BUFFER_PTS (buffer);
    }
  g_mutex_unlock (&a->lock);
  return GST_PAD_PROBE_OK;
}

static void
pad_added_cb (GstElement *decodebin,
              GstPad     *pad,
              gpointer    user_data)
{
  Anchor *a = user_data;
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  g_autoptr(GstPad) sink_pad = NULL;
  GstElement *entry = NULL;
  const char *name;

  if (caps == NULL)
    caps = gst_pad_query_caps (pad, NULL);
  name = gst_structure_get_name (gst_caps_get_structure (caps, 0));
  if (g_str_has_prefix (name, "video/"))
    entry = a->video_entry;
  else if (g_str_has_prefix (name, "audio/"))
    entry = a->audio_entry;
  if (entry == NULL)
    return;
  sink_pad = gst_element_get_static_pad (entry, "sink");
  if (!gst_pad_is_linked (sink_pad))
    gst_pad_link (pad, sink_pad);
}

static Anchor *
anchor_new (const char *path,
            gboolean    bgra)
{
  Anchor *a = g_new0 (Anchor, 1);
  g_autofree char *uri = gst_filename_to_uri (path, NULL);
  const char *audio_sink_name = g_getenv ("COR_AUDIO_SINK");
  GstElement *source = gst_element_factory_make ("uridecodebin", NULL);
  GstElement *aconvert = gst_element_factory_make ("audioconvert", NULL);
  GstElement *resample = gst_element_factory_make ("audioresample", NULL);
  GstElement *audio_sink = gst_element_factory_make (audio_sink_name && *audio_sink_name
                                                     ? audio_sink_name : "autoaudiosink",
                                                     NULL);
  GstAppSinkCallbacks callbacks = { 0 };
  g_autoptr(GstPad) pad = NULL;

  g_mutex_init (&a->lock);
  a->first_pts = a->last_pts = GST_CLOCK_TIME_NONE;
  a->pipeline = gst_pipeline_new ("anchor");
  a->appsink = gst_element_factory_make ("appsink", NULL);
  g_object_set (a->appsink, "sync", TRUE, "max-buffers", 2, "drop", TRUE,
                "enable-last-sample", FALSE, "qos", TRUE, NULL);
  g_object_set (source, "uri", uri, NULL);
  gst_bin_add_many (GST_BIN (a->pipeline), source, a->appsink, aconvert, resample, audio_sink,
                    NULL);
  gst_element_link_many (aconvert, resample, audio_sink, NULL);
  a->audio_entry = aconvert;
  if (bgra)
    {
      GstElement *convert = gst_element_factory_make ("videoconvert", NULL);
      g_autoptr(GstCaps) caps = gst_caps_from_string ("video/x-raw,format=BGRA");

      g_object_set (a->appsink, "caps", caps, NULL);
      gst_bin_add (GST_BIN (a->pipeline), convert);
      gst_element_link (convert, a->appsink);
      a->video_entry = convert;
    }
  else
    a->video_entry = a->appsink;
  g_signal_connect (source, "pad-added", G_CALLBACK (pad_added_cb), a);
  callbacks.new_preroll = new_preroll_cb;
  callbacks.new_sample = new_sample_cb;
  gst_app_sink_set_callbacks (GST_APP_SINK (a->appsink), &callbacks, a, NULL);
  pad = gst_element_get_static_pad (a->appsink, "sink");
  gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, buffer_probe_cb, a, NULL);
  a->bus = gst_element_get_bus (a->pipeline);
  return a;
}

static void
anchor_free (Anchor *a)
{
  gst_element_set_state (a->pipeline, GST_STATE_NULL);
  gst_object_unref (a->bus);
  gst_object_unref (a->pipeline);
  g_mutex_clear (&a->lock);
  g_free (a);
}

static void
anchor_reset (Anchor *a)
{
  g_mutex_lock (&a->lock);
  a->preroll_us = 0;
  g_mutex_unlock (&a->lock);
}

/* Waits for ASYNC_DONE; returns the ms from @start to the preroll sample */
static double
anchor_wait (Anchor *a,
             gint64  start)
{
  g_autoptr(GstMessage) msg = NULL;
  gint64 done = bench_now_us ();
  gint64 preroll;

  msg = gst_bus_timed_pop_filtered (a->bus, (GstClockTime) (BENCH_TIMEOUT_S * GST_SECOND),
                                    GST_MESSAGE_ASYNC_DONE | GST_MESSAGE_ERROR);
  if (msg == NULL)
    g_error ("anchor: no ASYNC_DONE in %.0f s", BENCH_TIMEOUT_S);
  if (GST_MESSAGE_TYPE (msg) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) error = NULL;
      gst_message_parse_error (msg, &error, NULL);
      g_error ("anchor: %s", error->message);
    }
  done = bench_now_us ();
  g_mutex_lock (&a->lock);
  preroll = a->preroll_us;
  g_mutex_unlock (&a->lock);
  if (preroll == 0)
    {
      g_warning ("anchor: ASYNC_DONE without a preroll sample");
      preroll = done;
    }
  return (preroll - start) / 1e3;
}

static void
anchor_seek (Anchor       *a,
             gint64        position_ns,
             GstSeekFlags  flags)
{
  anchor_reset (a);
  if (!gst_element_seek (a->pipeline, 1.0, GST_FORMAT_TIME, flags, GST_SEEK_TYPE_SET,
                         position_ns, GST_SEEK_TYPE_SET, GST_CLOCK_TIME_NONE))
    g_error ("anchor: seek to %" G_GINT64_FORMAT " refused", position_ns);
}

/* The middle of frame @frame: where an accurate seek shows it */
static gint64
frame_middle (gint64 frame)
{
  return gst_util_uint64_scale (frame * 2 + 1, GST_SECOND * BENCH_FPS_D, BENCH_FPS_N * 2);
}

BenchAnchor *
bench_anchor_new (const char *path,
                  gboolean    bgra,
                  double     *open_ms)
{
  Anchor *a = anchor_new (path, bgra);
  gint64 start = bench_now_us ();
  double t;

  gst_element_set_state (a->pipeline, GST_STATE_PAUSED);
  t = anchor_wait (a, start);
  if (open_ms)
    *open_ms = t;
  return a;
}

void
bench_anchor_free (BenchAnchor *anchor)
{
  anchor_free (anchor);
}

double
bench_anchor_seek (BenchAnchor  *a,
                   gint64        position_ns,
                   GstSeekFlags  flags)
{
  gint64 start = bench_now_us ();

  anchor_seek (a, position_ns, flags);
  a->frame = gst_util_uint64_scale (position_ns, BENCH_FPS_N, GST_SECOND * BENCH_FPS_D);
  return anchor_wait (a, start);
}

double
bench_anchor_step (BenchAnchor *a,
                   int          frames)
{
  gint64 start = bench_now_us ();

  if (frames > 0)
    {
      anchor_reset (a);
      /* To the video sink alone, as playbin does */
      gst_element_send_event (a->appsink, gst_event_new_step (GST_FORMAT_BUFFERS, 1, 1.0, TRUE,
                                                              FALSE));
      a->frame++;
    }
  else
    {
      a->frame--;
      anchor_seek (a, frame_middle (a->frame), GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE);
    }
  return anchor_wait (a, start);
}

void
bench_anchor_playback (const char    *path,
                       double         seconds,
                       BenchPlayback *out)
{
  Anchor *a = bench_anchor_new (path, TRUE, NULL);
  GstStructure *stats = NULL;
  gint64 start, deadline;
  double cpu;
  gboolean done = FALSE;
  g_autoptr(GHashTable) qos = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  memset (out, 0, sizeof *out);
  g_mutex_lock (&a->lock);
  a->buffers = 0;
  a->first_pts = a->last_pts = GST_CLOCK_TIME_NONE;
  g_mutex_unlock (&a->lock);

  start = bench_now_us ();
  cpu = bench_cpu_s ();
  deadline = start + (gint64) ((seconds > 0 ? seconds : BENCH_SECONDS + 10) * G_USEC_PER_SEC);
  gst_element_set_state (a->pipeline, GST_STATE_PLAYING);
  while (!done)
    {
      gint64 left = deadline - bench_now_us ();
      g_autoptr(GstMessage) msg = NULL;

      if (left <= 0)
        break;
      msg = gst_bus_timed_pop_filtered (a->bus, left * GST_USECOND, GST_MESSAGE_EOS |
                                        GST_MESSAGE_ERROR | GST_MESSAGE_QOS);
      if (msg == NULL)
        break;
      switch (GST_MESSAGE_TYPE (msg))
        {
        case GST_MESSAGE_QOS:
          out->qos_messages++;
          bench_qos_note (qos, msg);
          break;
        case GST_MESSAGE_ERROR:
          g_error ("anchor playback failed");
          break;
        default:
          done = TRUE;
        }
    }
  out->cpu_s = bench_cpu_s () - cpu;
  out->wall_s = (bench_now_us () - start) / 1e6;
  out->qos_dropped = bench_qos_total (qos);
  g_object_get (a->appsink, "stats", &stats, NULL);
  if (stats)
    {
      gst_structure_get_uint64 (stats, "dropped", &out->sink_dropped);
      gst_structure_free (stats);
    }
  g_mutex_lock (&a->lock);
  out->reached_sink = a->buffers;
  if (a->first_pts != GST_CLOCK_TIME_NONE)
    out->expected = gst_util_uint64_scale_round (a->last_pts - a->first_pts, BENCH_FPS_N,
                                                 GST_SECOND * BENCH_FPS_D) + 1;
  g_mutex_unlock (&a->lock);
  anchor_free (a);
}
