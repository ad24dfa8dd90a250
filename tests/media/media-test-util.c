/* media-test-util.c — making media at test time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/video/video.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "../common/cor-test-tree.h"
#include "cor-probe.h"
#include "media-test-util.h"

#define COUNTER_W 320
#define COUNTER_H 240
#define COUNTER_FPS 30

typedef struct
{
  int frame;
  int n_frames;
} CounterState;

char *
media_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cor-media-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
run_to_eos (GstElement *pipeline)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  g_autoptr(GstMessage) msg = NULL;

  g_assert_cmpint (gst_element_set_state (pipeline, GST_STATE_PLAYING), !=,
                   GST_STATE_CHANGE_FAILURE);
  msg = gst_bus_timed_pop_filtered (bus, 60 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (msg);
  if (GST_MESSAGE_TYPE (msg) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *debug = NULL;
      gst_message_parse_error (msg, &error, &debug);
      g_error ("making test media failed: %s (%s)", error->message, debug);
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);
}

char *
media_test_make (const char *dir,
                 const char *name,
                 const char *description)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GString) text = g_string_new (description);

  /* Paths in tests have no quotes or spaces that need escaping beyond quoting */
  g_string_replace (text, "%s", "\"@LOC@\"", 0);
  g_string_replace (text, "@LOC@", path, 0);
  line = g_string_free (g_steal_pointer (&text), FALSE);

  pipeline = gst_parse_launch (line, &error);
  g_assert_no_error (error);
  run_to_eos (pipeline);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return g_steal_pointer (&path);
}

void
media_test_frame_colour (int     n,
                         guint8 *r,
                         guint8 *g,
                         guint8 *b)
{
  *r = (guint8) ((n % 8) * 32 + 16);
  *g = (guint8) (((n / 8) % 8) * 32 + 16);
  *b = (guint8) (((n / 64) % 4) * 64 + 32);
}

int
media_test_frame_from_colour (int r,
                              int g,
                              int b)
{
  int rn = (r - 16 + 16) / 32;
  int gn = (g - 16 + 16) / 32;
  int bn = (b - 32 + 32) / 64;

  if (r < 0 || g < 0 || b < 0 || rn > 7 || gn > 7 || bn > 3)
    return -1;
  /* each level is 32 (blue 64) apart; refuse a colour far from every level */
  if (ABS (r - (rn * 32 + 16)) > 10 || ABS (g - (gn * 32 + 16)) > 10 ||
      ABS (b - (bn * 64 + 32)) > 20)
    return -1;
  return rn + gn * 8 + bn * 64;
}

int
media_test_sample_frame (GstSample *sample)
{
  GstCaps *caps = gst_sample_get_caps (sample);
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  GstVideoInfo info;
  GstVideoFrame frame;
  const guint8 *p;
  int r, g, b, n;

  g_assert_true (gst_video_info_from_caps (&info, caps));
  g_assert_true (gst_video_frame_map (&frame, &info, buffer, GST_MAP_READ));
  p = (const guint8 *) GST_VIDEO_FRAME_PLANE_DATA (&frame, 0)
      + GST_VIDEO_FRAME_PLANE_STRIDE (&frame, 0) * (GST_VIDEO_INFO_HEIGHT (&info) / 2)
      + GST_VIDEO_FRAME_COMP_PSTRIDE (&frame, 0) * (GST_VIDEO_INFO_WIDTH (&info) / 2);
  g_assert_true (GST_VIDEO_INFO_IS_RGB (&info) && GST_VIDEO_INFO_N_PLANES (&info) == 1);
  r = p[GST_VIDEO_FORMAT_INFO_POFFSET (info.finfo, GST_VIDEO_COMP_R)];
  g = p[GST_VIDEO_FORMAT_INFO_POFFSET (info.finfo, GST_VIDEO_COMP_G)];
  b = p[GST_VIDEO_FORMAT_INFO_POFFSET (info.finfo, GST_VIDEO_COMP_B)];
  n = media_test_frame_from_colour (r, g, b);
  if (n < 0)
    g_test_message ("colour %d,%d,%d is no frame number", r, g, b);
  gst_video_frame_unmap (&frame);
  return n;
}

static void
counter_need_data (GstAppSrc *src,
                   guint      length,
                   gpointer   user_data)
{
  CounterState *state = user_data;
  GstBuffer *buffer;
  GstMapInfo map;
  guint8 r, g, b;

  if (state->frame >= state->n_frames)
    {
      gst_app_src_end_of_stream (src);
      return;
    }

  buffer = gst_buffer_new_allocate (NULL, COUNTER_W * COUNTER_H * 3, NULL);
  gst_buffer_map (buffer, &map, GST_MAP_WRITE);
  media_test_frame_colour (state->frame, &r, &g, &b);
  for (gsize i = 0; i < map.size; i += 3)
    {
      map.data[i] = r;
      map.data[i + 1] = g;
      map.data[i + 2] = b;
    }
  gst_buffer_unmap (buffer, &map);
  GST_BUFFER_PTS (buffer) = gst_util_uint64_scale (state->frame, GST_SECOND, COUNTER_FPS);
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (state->frame + 1, GST_SECOND, COUNTER_FPS)
                                 - GST_BUFFER_PTS (buffer);
  state->frame++;
  gst_app_src_push_buffer (src, buffer);
}

char *
media_test_make_counter_clip (const char *dir,
                              const char *name,
                              int         seconds,
                              gboolean    with_audio)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) src = NULL;
  CounterState state = { 0, seconds * COUNTER_FPS };
  GstAppSrcCallbacks callbacks = { counter_need_data, NULL, NULL, { NULL } };

  gboolean webm = g_str_has_suffix (name, ".webm");

  /* WebM: VP8 and Matroska's millisecond timestamps; else H.264 with B-frames in MP4
   * (an edit list shifts the buffer times) */
  line = g_strdup_printf (
    "appsrc name=src format=time caps=video/x-raw,format=RGB,width=%d,height=%d,framerate=%d/1 "
    "! videoconvert ! %s ! filesink location=\"%s\"",
    COUNTER_W, COUNTER_H, COUNTER_FPS,
    webm ? "vp8enc deadline=1 min-quantizer=0 max-quantizer=8 keyframe-max-dist=30 "
           "! webmmux name=mux"
         : "x264enc pass=quant quantizer=10 bframes=2 key-int-max=30 "
           "! video/x-h264,profile=main ! h264parse ! mp4mux name=mux",
    path);
  if (with_audio)
    {
      g_autofree char *audio = g_strdup_printf (
        "%s audiotestsrc num-buffers=%d samplesperbuffer=960 freq=440 "
        "! audio/x-raw,rate=48000,channels=2 ! audioconvert ! %s ! mux.",
        line, seconds * 50, webm ? "opusenc" : "avenc_aac");
      g_free (line);
      line = g_steal_pointer (&audio);
    }

  pipeline = gst_parse_launch (line, &error);
  g_assert_no_error (error);
  src = gst_bin_get_by_name (GST_BIN (pipeline), "src");
  gst_app_src_set_callbacks (GST_APP_SRC (src), &callbacks, &state, NULL);
  run_to_eos (pipeline);
  return g_steal_pointer (&path);
}

int
media_test_png_frame (GBytes *png,
                      int    *width,
                      int    *height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = gst_parse_launch (
    "appsrc name=src caps=image/png ! pngdec ! videoconvert ! video/x-raw,format=RGB "
    "! appsink name=sink", &error);
  g_autoptr(GstElement) src = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstSample) sample = NULL;
  GstVideoInfo info;
  int n;

  g_assert_no_error (error);
  src = gst_bin_get_by_name (GST_BIN (pipeline), "src");
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  gst_app_src_push_buffer (GST_APP_SRC (src), gst_buffer_new_wrapped_bytes (png));
  gst_app_src_end_of_stream (GST_APP_SRC (src));
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  sample = gst_app_sink_try_pull_sample (GST_APP_SINK (sink), 10 * GST_SECOND);
  g_assert_nonnull (sample);
  g_assert_true (gst_video_info_from_caps (&info, gst_sample_get_caps (sample)));
  if (width)
    *width = GST_VIDEO_INFO_WIDTH (&info);
  if (height)
    *height = GST_VIDEO_INFO_HEIGHT (&info);
  n = media_test_sample_frame (sample);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  return n;
}

char *
media_test_init (int    *argc,
                 char ***argv)
{
  char *tmpdir;

  setlocale (LC_ALL, "");
  g_test_init (argc, argv, NULL);
  /* A subprocess test works in its parent's folder */
  if (g_test_subprocess ())
    tmpdir = g_strdup (g_getenv ("COR_TEST_TMPDIR"));
  else
    {
      tmpdir = media_test_tmpdir ();
      g_setenv ("COR_TEST_TMPDIR", tmpdir, TRUE);
    }
  cor_media_init ();
  return tmpdir;
}

int
media_test_run (char **tmpdir)
{
  int ret = g_test_run ();

  if (!g_test_subprocess ())
    cor_test_remove_tree (*tmpdir);
  g_clear_pointer (tmpdir, g_free);
  return ret;
}
