/* test-rotation.c — phone footage stored sideways with a rotation in its track matrix
 *
 * GStreamer 1.22's mp4mux writes no rotation, so the tests make a clip and then set
 * its track header's matrix to "rotate 90° clockwise", as a phone does; qtdemux
 * reads it back as image-orientation=rotate-90.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/video/video.h>
#include <string.h>

#include "cor-error.h"
#include "cor-player.h"
#include "cor-probe.h"
#include "cor-still.h"
#include "cor-time.h"
#include "media-test-util.h"

#define FPS 30
#define MS (G_GINT64_CONSTANT (1000000))
#define SRC_W 320
#define SRC_H 240

static char *tmpdir;
static char *bars_clip;
static char *bars_rotated;
static char *counter_rotated;

/* ---- making the clips ---- */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
write_be32 (guint8  *p,
            guint32  v)
{
  p[0] = v >> 24;
  p[1] = (v >> 16) & 0xff;
  p[2] = (v >> 8) & 0xff;
  p[3] = v & 0xff;
}

/* The first box of @type in [@start, @end); its payload in [*@body, *@body_end) */
static gboolean
find_box (guint8       *start,
          guint8       *end,
          const char   *type,
          guint8      **body,
          guint8      **body_end)
{
  guint8 *p = start;

  while (end - p >= 8)
    {
      guint64 size = read_be32 (p);
      gsize header = 8;

      if (size == 1)
        {
          g_assert_cmpint (end - p, >=, 16);
          size = ((guint64) read_be32 (p + 8) << 32) | read_be32 (p + 12);
          header = 16;
        }
      else if (size == 0)
        size = (guint64) (end - p);
      g_assert_cmpuint (size, >=, header);
      g_assert_cmpuint (size, <=, (guint64) (end - p));
      if (memcmp (p + 4, type, 4) == 0)
        {
          *body = p + header;
          *body_end = p + size;
          return TRUE;
        }
      p += size;
    }
  return FALSE;
}

/* Copies @path (an MP4 with one track) to @name with the track matrix of a phone held
 * upright: the picture is to be turned 90° clockwise */
static char *
make_rotated_copy (const char *path,
                   const char *name)
{
  static const guint32 rotate_90[9] = {
    0, 0x10000, 0,  0xFFFF0000, 0, 0,  0, 0, 0x40000000
  };
  char *out = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint8 *data, *moov, *moov_end, *trak, *trak_end, *tkhd, *tkhd_end, *matrix;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  data = (guint8 *) contents;
  g_assert_true (find_box (data, data + length, "moov", &moov, &moov_end));
  g_assert_true (find_box (moov, moov_end, "trak", &trak, &trak_end));
  g_assert_true (find_box (trak, trak_end, "tkhd", &tkhd, &tkhd_end));
  /* version 0: 4 flags, 4+4 times, 4 track, 4 reserved, 4 duration, 8 reserved,
   * 2 layer, 2 group, 2 volume, 2 reserved; version 1 has 8-byte times and duration */
  matrix = tkhd + (tkhd[0] == 1 ? 52 : 40);
  g_assert_true (matrix + 36 <= tkhd_end);
  g_assert_cmpuint (read_be32 (matrix), ==, 0x10000);  /* was the identity */
  for (int i = 0; i < 9; i++)
    write_be32 (matrix + 4 * i, rotate_90[i]);
  g_file_set_contents (out, contents, length, &error);
  g_assert_no_error (error);
  return out;
}

static char *
make_bars_clip (void)
{
  return media_test_make (tmpdir, "bars.mp4",
                          "videotestsrc num-buffers=60 pattern=smpte "
                          "! video/x-raw,width=320,height=240,framerate=30/1 "
                          "! x264enc pass=quant quantizer=10 ! video/x-h264,profile=main "
                          "! h264parse ! mp4mux ! filesink location=%s");
}

/* ---- reading pixels ---- */

static void
pixel_at (GstSample *sample,
          int        x,
          int        y,
          int        rgb[3])
{
  GstVideoInfo info;
  GstVideoFrame frame;
  const guint8 *p;

  g_assert_true (gst_video_info_from_caps (&info, gst_sample_get_caps (sample)));
  g_assert_true (GST_VIDEO_INFO_IS_RGB (&info) && GST_VIDEO_INFO_N_PLANES (&info) == 1);
  g_assert_true (x >= 0 && x < GST_VIDEO_INFO_WIDTH (&info));
  g_assert_true (y >= 0 && y < GST_VIDEO_INFO_HEIGHT (&info));
  g_assert_true (gst_video_frame_map (&frame, &info, gst_sample_get_buffer (sample),
                                      GST_MAP_READ));
  p = (const guint8 *) GST_VIDEO_FRAME_PLANE_DATA (&frame, 0)
      + GST_VIDEO_FRAME_PLANE_STRIDE (&frame, 0) * y
      + GST_VIDEO_FRAME_COMP_PSTRIDE (&frame, 0) * x;
  rgb[0] = p[GST_VIDEO_FORMAT_INFO_POFFSET (info.finfo, GST_VIDEO_COMP_R)];
  rgb[1] = p[GST_VIDEO_FORMAT_INFO_POFFSET (info.finfo, GST_VIDEO_COMP_G)];
  rgb[2] = p[GST_VIDEO_FORMAT_INFO_POFFSET (info.finfo, GST_VIDEO_COMP_B)];
  gst_video_frame_unmap (&frame);
}

static void
sample_size (GstSample *sample,
             int       *width,
             int       *height)
{
  GstVideoInfo info;

  g_assert_true (gst_video_info_from_caps (&info, gst_sample_get_caps (sample)));
  *width = GST_VIDEO_INFO_WIDTH (&info);
  *height = GST_VIDEO_INFO_HEIGHT (&info);
}

static GstSample *
png_to_sample (GBytes *png)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = gst_parse_launch (
    "appsrc name=src caps=image/png ! pngdec ! videoconvert ! video/x-raw,format=RGB "
    "! appsink name=sink", &error);
  g_autoptr(GstElement) src = NULL;
  g_autoptr(GstElement) sink = NULL;
  GstSample *sample;

  g_assert_no_error (error);
  src = gst_bin_get_by_name (GST_BIN (pipeline), "src");
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  gst_app_src_push_buffer (GST_APP_SRC (src), gst_buffer_new_wrapped_bytes (png));
  gst_app_src_end_of_stream (GST_APP_SRC (src));
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  sample = gst_app_sink_try_pull_sample (GST_APP_SINK (sink), 10 * GST_SECOND);
  g_assert_nonnull (sample);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  return sample;
}

/* Each of @r, @g, @b says whether that channel is bright (above 150) or dark (below 70) */
static void
assert_colour (const int   rgb[3],
               gboolean    r,
               gboolean    g,
               gboolean    b,
               const char *what)
{
  const gboolean want[3] = { r, g, b };

  for (int i = 0; i < 3; i++)
    if (want[i] ? rgb[i] <= 150 : rgb[i] >= 70)
      g_error ("%s: colour %d,%d,%d", what, rgb[0], rgb[1], rgb[2]);
}

/* SMPTE bars: seven bars side by side in the top two thirds of the source picture,
 * white on the left to blue on the right. Reads the source point (@sx, @sy) where it
 * is shown: turned 90° clockwise when @rotated. */
static void
source_pixel (GstSample *sample,
              gboolean   rotated,
              int        sx,
              int        sy,
              int        rgb[3])
{
  if (rotated)
    pixel_at (sample, SRC_H - 1 - sy, sx, rgb);
  else
    pixel_at (sample, sx, sy, rgb);
}

static void
assert_bars (GstSample *sample,
             gboolean   rotated)
{
  int w = 0, h = 0;
  int rgb[3];

  sample_size (sample, &w, &h);
  g_assert_cmpint (w, ==, rotated ? SRC_H : SRC_W);
  g_assert_cmpint (h, ==, rotated ? SRC_W : SRC_H);

  source_pixel (sample, rotated, 10, 40, rgb);
  assert_colour (rgb, TRUE, TRUE, TRUE, "white bar");
  source_pixel (sample, rotated, 10, 140, rgb);
  assert_colour (rgb, TRUE, TRUE, TRUE, "white bar, lower");
  source_pixel (sample, rotated, 160, 40, rgb);
  assert_colour (rgb, FALSE, TRUE, FALSE, "green bar");
  source_pixel (sample, rotated, 310, 40, rgb);
  assert_colour (rgb, FALSE, FALSE, TRUE, "blue bar");

  /* Said in display terms: the bars are horizontal stripes when turned, so the colour
   * changes down a column and not along a row; upright, the other way round */
  {
    int a[3], b[3];
    if (rotated)
      {
        pixel_at (sample, 200, 10, a);
        pixel_at (sample, 200, 310, b);
        g_assert_cmpint (ABS (a[0] - b[0]) + ABS (a[1] - b[1]), >, 200);
        pixel_at (sample, 100, 10, a);
        pixel_at (sample, 230, 10, b);
        g_assert_cmpint (ABS (a[0] - b[0]) + ABS (a[1] - b[1]) + ABS (a[2] - b[2]), <, 60);
      }
    else
      {
        pixel_at (sample, 10, 40, a);
        pixel_at (sample, 310, 40, b);
        g_assert_cmpint (ABS (a[0] - b[0]) + ABS (a[1] - b[1]), >, 200);
        pixel_at (sample, 10, 10, a);
        pixel_at (sample, 10, 140, b);
        g_assert_cmpint (ABS (a[0] - b[0]) + ABS (a[1] - b[1]) + ABS (a[2] - b[2]), <, 60);
      }
  }
}

static void
assert_png_bars (GBytes   *png,
                 gboolean  rotated)
{
  g_autoptr(GstSample) sample = NULL;

  g_assert_nonnull (png);
  sample = png_to_sample (png);
  assert_bars (sample, rotated);
}

/* ---- the player ---- */

typedef struct
{
  GError   *error;
  GBytes   *png;
  gint64    still_ns;
  gint64    still_frame;
  int       still_w;
  int       still_h;
  gboolean  still_done;
  gboolean  expired;
} Events;

static void
on_error (CorPlayer  *player,
          GError     *error,
          const char *debug,
          Events     *events)
{
  g_clear_error (&events->error);
  events->error = g_error_copy (error);
}

static gboolean
on_timeout (gpointer user_data)
{
  Events *events = user_data;

  events->expired = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_settled (CorPlayer *player,
            Events    *events)
{
  return events->error != NULL ||
         (cor_player_get_state (player) >= COR_PLAYER_STATE_PAUSED &&
          !cor_player_get_busy (player));
}

static void
settle (CorPlayer *player,
        Events    *events)
{
  guint id;

  events->expired = FALSE;
  id = g_timeout_add (10000, on_timeout, events);
  while (!is_settled (player, events) && !events->expired)
    g_main_context_iteration (NULL, TRUE);
  if (!events->expired)
    g_source_remove (id);
  g_assert_no_error (events->error);
  g_assert_true (is_settled (player, events));
}

static CorPlayer *
open_player (const char *path,
             Events     *events)
{
  CorPlayer *player = cor_player_new ();
  g_autoptr(GError) error = NULL;

  g_signal_connect (player, "error", G_CALLBACK (on_error), events);
  g_assert_true (cor_player_open (player, path, &error));
  g_assert_no_error (error);
  settle (player, events);
  return player;
}

static void
on_still (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Events *events = user_data;

  events->png = cor_player_snapshot_finish (COR_PLAYER (source), result, &events->still_ns,
                                            &events->still_frame, &events->still_w,
                                            &events->still_h, &events->error);
  events->still_done = TRUE;
}

static void
snapshot (CorPlayer *player,
          Events    *events)
{
  guint id;

  events->still_done = FALSE;
  events->expired = FALSE;
  g_clear_pointer (&events->png, g_bytes_unref);
  cor_player_snapshot_async (player, NULL, on_still, events);
  id = g_timeout_add (10000, on_timeout, events);
  while (!events->still_done && !events->expired)
    g_main_context_iteration (NULL, TRUE);
  if (!events->expired)
    g_source_remove (id);
  g_assert_true (events->still_done);
  g_assert_no_error (events->error);
}

static void
events_clear (Events *events)
{
  g_clear_error (&events->error);
  g_clear_pointer (&events->png, g_bytes_unref);
}

/* ---- tests ---- */

static void
test_probe (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorMediaInfo) upright = cor_media_probe (bars_clip, NULL, &error);
  g_autoptr(CorMediaInfo) turned = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (upright->width, ==, 320);
  g_assert_cmpint (upright->height, ==, 240);
  g_assert_null (strstr (upright->tags_json, "rotate"));

  turned = cor_media_probe (bars_rotated, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (turned->width, ==, 240);
  g_assert_cmpint (turned->height, ==, 320);
  g_assert_cmpint (turned->fps_n, ==, 30);
  g_assert_cmpint (turned->fps_d, ==, 1);
  g_assert_cmpint (ABS (turned->duration_ns - 2000 * MS), <=, 40 * MS);
  g_assert_nonnull (strstr (turned->tags_json, "\"image-orientation\""));
  g_assert_nonnull (strstr (turned->tags_json, "\"rotate-90\""));
}

static void
check_player (const char *path,
              gboolean    rotated)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (path, &events);
  g_autoptr(GstSample) sample = cor_player_dup_last_sample (player);
  int w = 0, h = 0;

  g_assert_nonnull (sample);
  assert_bars (sample, rotated);
  g_object_get (player, "width", &w, "height", &h, NULL);
  g_assert_cmpint (w, ==, rotated ? 240 : 320);
  g_assert_cmpint (h, ==, rotated ? 320 : 240);

  snapshot (player, &events);
  g_assert_cmpint (events.still_w, ==, rotated ? 240 : 320);
  g_assert_cmpint (events.still_h, ==, rotated ? 320 : 240);
  g_assert_cmpint (events.still_frame, ==, 0);
  assert_png_bars (events.png, rotated);

  /* After a seek the picture is still turned */
  cor_player_seek (player, cor_time_frame_to_ns (40, FPS, 1) + 5 * MS, COR_SEEK_ACCURATE);
  settle (player, &events);
  g_assert_cmpint (cor_player_get_frame (player), ==, 40);
  g_clear_pointer (&sample, gst_sample_unref);
  sample = cor_player_dup_last_sample (player);
  assert_bars (sample, rotated);
  events_clear (&events);
}

static void
test_player_rotated (void)
{
  check_player (bars_rotated, TRUE);
}

static void
test_player_upright (void)
{
  check_player (bars_clip, FALSE);
}

static void
test_grab (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  gint64 frame = -1, frame_ns = -1;
  int w = 0, h = 0;

  png = cor_media_grab_frame_png (bars_rotated, cor_time_frame_to_ns (30, FPS, 1) + 5 * MS,
                                  &frame_ns, &frame, &w, &h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (w, ==, 240);
  g_assert_cmpint (h, ==, 320);
  g_assert_cmpint (frame, ==, 30);
  g_assert_cmpint (cor_time_ns_to_frame (frame_ns, FPS, 1), ==, 30);
  assert_png_bars (png, TRUE);
  g_clear_pointer (&png, g_bytes_unref);

  png = cor_media_grab_frame_png (bars_clip, 0, NULL, NULL, &w, &h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (w, ==, 320);
  g_assert_cmpint (h, ==, 240);
  assert_png_bars (png, FALSE);
}

/* Turning the picture changes no frame number or time: the counter clip (B-frames, an
 * edit list) turned, stepped, seeked and grabbed */
static void
test_frames_unchanged (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_rotated, &events);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GstSample) sample = NULL;
  gint64 frame = -1, frame_ns = -1;
  int w = 0, h = 0;

  cor_player_seek (player, cor_time_frame_to_ns (20, FPS, 1) + 5 * MS, COR_SEEK_ACCURATE);
  settle (player, &events);
  sample = cor_player_dup_last_sample (player);
  sample_size (sample, &w, &h);
  g_assert_cmpint (w, ==, 240);
  g_assert_cmpint (h, ==, 320);
  g_assert_cmpint (media_test_sample_frame (sample), ==, 20);
  g_assert_cmpint (cor_player_get_frame (player), ==, 20);
  g_assert_cmpint (cor_time_ns_to_frame (cor_player_get_position_ns (player), FPS, 1), ==, 20);

  cor_player_step (player, 3);
  settle (player, &events);
  g_clear_pointer (&sample, gst_sample_unref);
  sample = cor_player_dup_last_sample (player);
  g_assert_cmpint (media_test_sample_frame (sample), ==, 23);
  g_assert_cmpint (cor_player_get_frame (player), ==, 23);

  snapshot (player, &events);
  g_assert_cmpint (events.still_frame, ==, 23);
  g_assert_cmpint (cor_time_ns_to_frame (events.still_ns, FPS, 1), ==, 23);
  g_assert_cmpint (media_test_png_frame (events.png, &w, &h), ==, 23);
  g_assert_cmpint (w, ==, 240);
  g_assert_cmpint (h, ==, 320);
  events_clear (&events);

  png = cor_media_grab_frame_png (counter_rotated, cor_time_frame_to_ns (45, FPS, 1) + 20 * MS,
                                  &frame_ns, &frame, &w, &h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (frame, ==, 45);
  g_assert_cmpint (cor_time_ns_to_frame (frame_ns, FPS, 1), ==, 45);
  g_assert_cmpint (w, ==, 240);
  g_assert_cmpint (h, ==, 320);
  g_assert_cmpint (media_test_png_frame (png, &w, &h), ==, 45);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = media_test_init (&argc, &argv);
  if (!g_test_subprocess ())
    {
      g_autofree char *counter = media_test_make_counter_clip (tmpdir, "counter.mp4", 2,
                                                               FALSE);
      bars_clip = make_bars_clip ();
      bars_rotated = make_rotated_copy (bars_clip, "bars-rotated.mp4");
      counter_rotated = make_rotated_copy (counter, "counter-rotated.mp4");
    }

  g_test_add_func ("/media/rotation/probe", test_probe);
  g_test_add_func ("/media/rotation/player", test_player_rotated);
  g_test_add_func ("/media/rotation/player-upright", test_player_upright);
  g_test_add_func ("/media/rotation/grab-frame", test_grab);
  g_test_add_func ("/media/rotation/frames-unchanged", test_frames_unchanged);

  ret = media_test_run (&tmpdir);
  g_free (bars_clip);
  g_free (bars_rotated);
  g_free (counter_rotated);
  return ret;
}
