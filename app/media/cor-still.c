/* cor-still.c — frame stills: PNG of a decoded frame, the frame at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/app/gstappsink.h>
#include <gst/base/gstbasetransform.h>
#include <gst/pbutils/pbutils.h>
#include <gst/video/video.h>

#include "cor-error.h"
#include "cor-probe.h"
#include "cor-still.h"
#include "cor-time.h"

#define GRAB_TIMEOUT_NS (20 * GST_SECOND)

/* playbin's flags: video only, no audio, no subtitles */
#define PLAY_FLAG_VIDEO (1 << 0)

/* Waits for ASYNC_DONE or an error; remembers a missing-plugin message on the way */
static GstMessage *
wait_async_done (GstElement  *pipeline,
                 char       **missing,
                 const char **package)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  gint64 deadline = g_get_monotonic_time () + GRAB_TIMEOUT_NS / 1000;

  for (;;)
    {
      gint64 left = deadline - g_get_monotonic_time ();
      GstMessage *msg;

      if (left <= 0)
        return NULL;
      msg = gst_bus_timed_pop_filtered (bus, (GstClockTime) left * 1000,
                                        GST_MESSAGE_ASYNC_DONE | GST_MESSAGE_ERROR |
                                        GST_MESSAGE_ELEMENT | GST_MESSAGE_EOS);
      if (msg == NULL)
        return NULL;
      if (GST_MESSAGE_TYPE (msg) == GST_MESSAGE_ELEMENT)
        {
          if (gst_is_missing_plugin_message (msg) && *missing == NULL)
            *missing = cor_media_describe_missing_plugin (msg, package);
          gst_message_unref (msg);
          continue;
        }
      return msg;
    }
}

static gboolean
sample_fps (GstSample *sample,
            int       *fps_n,
            int       *fps_d)
{
  GstCaps *caps = gst_sample_get_caps (sample);
  GstVideoInfo info;

  *fps_n = *fps_d = 0;
  if (caps == NULL || !gst_video_info_from_caps (&info, caps) ||
      GST_VIDEO_INFO_FPS_N (&info) <= 0 || GST_VIDEO_INFO_FPS_D (&info) <= 0)
    return FALSE;
  *fps_n = GST_VIDEO_INFO_FPS_N (&info);
  *fps_d = GST_VIDEO_INFO_FPS_D (&info);
  return TRUE;
}

static gint64
to_stream_time (GstSample    *sample,
                GstClockTime  ts)
{
  const GstSegment *segment = gst_sample_get_segment (sample);
  guint64 stream_time;

  if (segment == NULL || segment->format != GST_FORMAT_TIME)
    return (gint64) ts;
  stream_time = gst_segment_to_stream_time (segment, GST_FORMAT_TIME, ts);
  return GST_CLOCK_TIME_IS_VALID (stream_time) ? (gint64) stream_time : -1;
}

/* The stream time where the frame ends, -1 if the buffer has no duration */
static gint64
sample_end_time (GstSample *sample)
{
  GstBuffer *buffer = gst_sample_get_buffer (sample);

  if (buffer == NULL || !GST_BUFFER_PTS_IS_VALID (buffer) ||
      !GST_BUFFER_DURATION_IS_VALID (buffer) || GST_BUFFER_DURATION (buffer) == 0)
    return -1;
  return to_stream_time (sample, GST_BUFFER_PTS (buffer) + GST_BUFFER_DURATION (buffer));
}

gint64
cor_media_sample_time (GstSample *sample)
{
  const GstSegment *segment;
  GstBuffer *buffer;
  gint64 start, end;
  int fps_n, fps_d;

  g_return_val_if_fail (sample != NULL, -1);

  buffer = gst_sample_get_buffer (sample);
  if (buffer == NULL || !GST_BUFFER_PTS_IS_VALID (buffer))
    return -1;
  start = to_stream_time (sample, GST_BUFFER_PTS (buffer));

  /* After an accurate seek into the middle of a frame the decoder clips the frame's
   * start to the seek position; its end is intact, so count back one frame from it */
  end = sample_end_time (sample);
  segment = gst_sample_get_segment (sample);
  if (end >= 0 && segment && segment->format == GST_FORMAT_TIME &&
      GST_BUFFER_PTS (buffer) == segment->start && sample_fps (sample, &fps_n, &fps_d))
    {
      gint64 nominal = cor_time_frame_to_ns (1, fps_n, fps_d);
      if ((gint64) GST_BUFFER_DURATION (buffer) < nominal)
        return MAX (0, end - nominal);
    }
  return start;
}

gint64
cor_media_sample_frame (GstSample *sample,
                        int       *fps_n,
                        int       *fps_d)
{
  int n = 0, d = 0;
  gint64 half;
  gint64 end;
  gint64 start;

  g_return_val_if_fail (sample != NULL, -1);

  if (fps_n)
    *fps_n = 0;
  if (fps_d)
    *fps_d = 0;
  if (!sample_fps (sample, &n, &d))
    return -1;
  if (fps_n)
    *fps_n = n;
  if (fps_d)
    *fps_d = d;

  /* Containers round timestamps (Matroska to the millisecond): snap to the nearest
   * frame boundary. The end is used when known, as a clipped frame keeps its end. */
  half = cor_time_frame_to_ns (1, n, d) / 2;
  end = sample_end_time (sample);
  if (end > 0)
    return MAX (0, cor_time_ns_to_frame (end + half, n, d) - 1);
  start = cor_media_sample_time (sample);
  if (start < 0)
    return -1;
  return cor_time_ns_to_frame (start + half, n, d);
}

gint64
cor_media_frame_middle (gint64 ns,
                        int    fps_n,
                        int    fps_d)
{
  gint64 frame, start;

  if (fps_n <= 0 || fps_d <= 0 || ns < 0)
    return ns;
  frame = cor_time_ns_to_frame (ns, fps_n, fps_d);
  start = cor_time_frame_to_ns (frame, fps_n, fps_d);
  return start + (cor_time_frame_to_ns (frame + 1, fps_n, fps_d) - start) / 2;
}

GBytes *
cor_media_sample_to_png (GstSample  *sample,
                         int        *width,
                         int        *height,
                         GError    **error)
{
  g_autoptr(GstCaps) png_caps = NULL;
  g_autoptr(GstSample) png = NULL;
  g_autoptr(GError) local_error = NULL;
  GstCaps *caps;
  GstVideoInfo info;
  GstBuffer *buffer;
  GstMapInfo map;
  GBytes *bytes;

  g_return_val_if_fail (sample != NULL, NULL);

  caps = gst_sample_get_caps (sample);
  if (caps == NULL || !gst_video_info_from_caps (&info, caps))
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                   _("There is no picture to capture"));
      return NULL;
    }

  png_caps = gst_caps_new_simple ("image/png",
                                  "width", G_TYPE_INT, GST_VIDEO_INFO_WIDTH (&info),
                                  "height", G_TYPE_INT, GST_VIDEO_INFO_HEIGHT (&info),
                                  NULL);
  png = gst_video_convert_sample (sample, png_caps, 10 * GST_SECOND, &local_error);
  if (png == NULL || (buffer = gst_sample_get_buffer (png)) == NULL)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                   _("The frame could not be saved as PNG: %s"),
                   local_error ? local_error->message : _("no output"));
      return NULL;
    }
  if (!gst_buffer_map (buffer, &map, GST_MAP_READ))
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                   _("The frame could not be saved as PNG"));
      return NULL;
    }
  bytes = g_bytes_new (map.data, map.size);
  gst_buffer_unmap (buffer, &map);

  if (width)
    *width = GST_VIDEO_INFO_WIDTH (&info);
  if (height)
    *height = GST_VIDEO_INFO_HEIGHT (&info);
  return bytes;
}

char *
cor_media_describe_missing_plugin (GstMessage  *message,
                                   const char **package)
{
  g_autofree char *detail = NULL;
  char *what;

  if (!gst_is_missing_plugin_message (message))
    return NULL;
  detail = gst_missing_plugin_message_get_installer_detail (message);
  if (detail && (what = cor_media_describe_installer_detail (detail, package)))
    return what;
  return NULL;
}

GError *
cor_media_error_from_gst (const GError *gst_error,
                          const char   *uri,
                          const char   *missing,
                          const char   *package)
{
  g_autofree char *display = NULL;
  g_autofree char *filename = uri ? g_filename_from_uri (uri, NULL, NULL) : NULL;
  const char *message = gst_error ? gst_error->message : "";

  display = filename ? g_filename_display_name (filename) : g_strdup (uri ? uri : "");

  if (missing)
    return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                        _("“%s”: no decoder for %s: install %s"), display, missing,
                        package ? package : "gstreamer1.0-libav");
  if (gst_error == NULL)
    return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                        _("“%s” cannot be played"), display);
  if (gst_error->domain == GST_RESOURCE_ERROR)
    {
      if (gst_error->code == GST_RESOURCE_ERROR_NOT_FOUND)
        return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND,
                            _("“%s” does not exist"), display);
      if (gst_error->code == GST_RESOURCE_ERROR_OPEN_READ ||
          gst_error->code == GST_RESOURCE_ERROR_READ)
        return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                            _("“%s” cannot be read: %s"), display, message);
    }
  if (gst_error->domain == GST_STREAM_ERROR)
    {
      if (gst_error->code == GST_STREAM_ERROR_TYPE_NOT_FOUND ||
          gst_error->code == GST_STREAM_ERROR_WRONG_TYPE)
        return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                            _("“%s” is not an audio or video file"), display);
      if (gst_error->code == GST_STREAM_ERROR_CODEC_NOT_FOUND)
        return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                            _("“%s”: a decoder is missing: %s"), display, message);
      if (gst_error->code == GST_STREAM_ERROR_DEMUX || gst_error->code == GST_STREAM_ERROR_DECODE ||
          gst_error->code == GST_STREAM_ERROR_FORMAT || gst_error->code == GST_STREAM_ERROR_FAILED)
        return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                            _("“%s” is damaged or truncated: %s"), display, message);
    }
  return g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                      _("“%s” cannot be played: %s"), display, message);
}

GBytes *
cor_media_grab_frame_png (const char  *path,
                          gint64       at_ns,
                          gint64      *frame_ns,
                          gint64      *frame_number,
                          int         *width,
                          int         *height,
                          GError     **error)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstMessage) msg = NULL;
  g_autoptr(GstSample) sample = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *display = NULL;
  g_autofree char *missing = NULL;
  const char *package = NULL;
  GstElement *sink;
  GstElement *flip;
  gint64 duration = -1;
  int n_video = 0;
  GBytes *png;

  g_return_val_if_fail (path != NULL, NULL);

  if (!cor_media_check_file (path, NULL, error))
    return NULL;
  cor_media_init ();

  display = g_filename_display_name (path);
  absolute = g_canonicalize_filename (path, NULL);
  uri = g_filename_to_uri (absolute, NULL, NULL);
  if (at_ns < 0)
    at_ns = 0;

  pipeline = gst_element_factory_make ("playbin", NULL);
  sink = gst_element_factory_make ("appsink", NULL);
  if (pipeline == NULL || sink == NULL)
    {
      g_clear_object (&sink);
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                   _("GStreamer's playbin is missing: install gstreamer1.0-plugins-base"));
      return NULL;
    }
  gst_object_ref_sink (pipeline);
  {
    g_autoptr(GstCaps) caps = gst_caps_from_string ("video/x-raw,format=RGB");
    g_object_set (sink, "caps", caps, "sync", FALSE, "max-buffers", 1, "drop", TRUE, NULL);
  }
  g_object_set (pipeline, "uri", uri, "video-sink", sink, "flags", PLAY_FLAG_VIDEO,
                "audio-sink", gst_element_factory_make ("fakesink", NULL), NULL);
  flip = cor_media_make_orientation_filter ();
  if (flip)
    g_object_set (pipeline, "video-filter", flip, NULL);

  gst_element_set_state (pipeline, GST_STATE_PAUSED);
  msg = wait_async_done (pipeline, &missing, &package);
  if (msg == NULL || GST_MESSAGE_TYPE (msg) != GST_MESSAGE_ASYNC_DONE)
    goto failed;
  g_clear_pointer (&msg, gst_message_unref);

  g_object_get (pipeline, "n-video", &n_video, NULL);
  if (n_video == 0)
    {
      gst_element_set_state (pipeline, GST_STATE_NULL);
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                   _("“%s” has no picture"), display);
      return NULL;
    }
  gst_element_query_duration (pipeline, GST_FORMAT_TIME, &duration);
  if (duration > 0 && at_ns >= duration)
    {
      g_autofree char *at = cor_time_format (at_ns);
      g_autofree char *end = cor_time_format (duration);
      gst_element_set_state (pipeline, GST_STATE_NULL);
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                   _("%s is past the end of “%s” (%s)"), at, display, end);
      return NULL;
    }

  if (at_ns > 0)
    {
      g_autoptr(GstSample) first = gst_app_sink_try_pull_preroll (GST_APP_SINK (sink), 0);
      int fps_n = 0, fps_d = 0;

      if (first)
        cor_media_sample_frame (first, &fps_n, &fps_d);
      if (!gst_element_seek (pipeline, 1.0, GST_FORMAT_TIME,
                             GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE,
                             GST_SEEK_TYPE_SET, cor_media_frame_middle (at_ns, fps_n, fps_d),
                             GST_SEEK_TYPE_SET, GST_CLOCK_TIME_NONE))
        goto failed;
      msg = wait_async_done (pipeline, &missing, &package);
      if (msg == NULL || GST_MESSAGE_TYPE (msg) != GST_MESSAGE_ASYNC_DONE)
        goto failed;
      g_clear_pointer (&msg, gst_message_unref);
    }

  sample = gst_app_sink_try_pull_preroll (GST_APP_SINK (sink), 5 * GST_SECOND);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  if (sample == NULL)
    goto failed;

  png = cor_media_sample_to_png (sample, width, height, error);
  if (png == NULL)
    return NULL;
  if (frame_ns)
    *frame_ns = cor_media_sample_time (sample);
  if (frame_number)
    *frame_number = cor_media_sample_frame (sample, NULL, NULL);
  return png;

failed:
  gst_element_set_state (pipeline, GST_STATE_NULL);
  if (msg && GST_MESSAGE_TYPE (msg) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) gst_error = NULL;
      gst_message_parse_error (msg, &gst_error, NULL);
      g_propagate_error (error, cor_media_error_from_gst (gst_error, uri, missing, package));
    }
  else if (missing)
    g_propagate_error (error, cor_media_error_from_gst (NULL, uri, missing, package));
  else
    g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                 _("No frame of “%s” could be decoded at that time"), display);
  return NULL;
}

/* Phone footage is stored sideways with an image-orientation tag ("rotate-90", from the
 * MP4/MOV track matrix): videoflip in auto mode follows the tag. NULL when videoflip
 * (gstreamer1.0-plugins-good) is missing. */
GstElement *
cor_media_make_orientation_filter (void)
{
  GstElement *flip = gst_element_factory_make ("videoflip", NULL);

  if (flip == NULL)
    return NULL;
  g_object_set (flip, "video-direction", GST_VIDEO_ORIENTATION_AUTO, NULL);
  /* videoflip 1.22 starts in identity but not in passthrough, so it would copy every
   * frame of unrotated video; it sets passthrough itself whenever a tag changes the
   * direction, so starting in passthrough is consistent */
  gst_base_transform_set_passthrough (GST_BASE_TRANSFORM (flip), TRUE);
  return flip;
}
