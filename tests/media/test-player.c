/* test-player.c — CorPlayer on a clip whose every frame shows its own number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
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

static char *tmpdir;
static char *counter_clip;
static char *counter_webm;

typedef struct
{
  gboolean  eos;
  GError   *error;
  GBytes   *png;
  gint64    still_ns;
  gint64    still_frame;
  int       still_w;
  int       still_h;
  gboolean  still_done;
} Events;

typedef gboolean (*Condition) (CorPlayer *player, Events *events);

static void
on_eos (CorPlayer *player,
        Events    *events)
{
  events->eos = TRUE;
}

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
  gboolean *expired = user_data;
  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
wait_for (CorPlayer *player,
          Events    *events,
          Condition  condition,
          guint      timeout_ms)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add (timeout_ms, on_timeout, &expired);

  while (!condition (player, events) && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
  return condition (player, events);
}

static void
spin (guint ms)
{
  gboolean expired = FALSE;

  g_timeout_add (ms, on_timeout, &expired);
  while (!expired)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
is_settled (CorPlayer *player,
            Events    *events)
{
  return events->error != NULL ||
         (cor_player_get_state (player) >= COR_PLAYER_STATE_PAUSED &&
          !cor_player_get_busy (player));
}

static gboolean
has_error (CorPlayer *player,
           Events    *events)
{
  return events->error != NULL;
}

static gboolean
has_eos (CorPlayer *player,
         Events    *events)
{
  return events->eos;
}

static gboolean
still_done (CorPlayer *player,
            Events    *events)
{
  return events->still_done;
}

static CorPlayer *
open_player (const char *path,
             Events     *events)
{
  CorPlayer *player = cor_player_new ();
  g_autoptr(GError) error = NULL;

  g_signal_connect (player, "eos", G_CALLBACK (on_eos), events);
  g_signal_connect (player, "error", G_CALLBACK (on_error), events);
  g_assert_true (cor_player_open (player, path, &error));
  g_assert_no_error (error);
  g_assert_true (wait_for (player, events, is_settled, 10000));
  g_assert_no_error (events->error);
  return player;
}

static void
settle (CorPlayer *player,
        Events    *events)
{
  g_assert_true (wait_for (player, events, is_settled, 10000));
  g_assert_no_error (events->error);
}

/* The number burned into the picture on screen */
static int
picture_frame (CorPlayer *player)
{
  g_autoptr(GstSample) sample = cor_player_dup_last_sample (player);

  g_assert_nonnull (sample);
  return media_test_sample_frame (sample);
}

static void
assert_on_frame (CorPlayer *player,
                 gint64     frame)
{
  g_assert_cmpint (picture_frame (player), ==, frame);
  g_assert_cmpint (cor_player_get_frame (player), ==, frame);
  g_assert_cmpint (cor_time_ns_to_frame (cor_player_get_position_ns (player), FPS, 1), ==, frame);
}

static void
events_clear (Events *events)
{
  g_clear_error (&events->error);
  g_clear_pointer (&events->png, g_bytes_unref);
}

static void
test_open (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);
  int fps_n, fps_d;

  g_assert_cmpint (cor_player_get_state (player), ==, COR_PLAYER_STATE_PAUSED);
  g_assert_cmpint (ABS (cor_player_get_duration_ns (player) - 3000 * MS), <=, 50 * MS);
  cor_player_get_frame_rate (player, &fps_n, &fps_d);
  g_assert_cmpint (fps_n, ==, FPS);
  g_assert_cmpint (fps_d, ==, 1);
  g_assert_true (cor_player_get_has_video (player));
  g_assert_true (cor_player_get_has_audio (player));
  assert_on_frame (player, 0);
  events_clear (&events);
}

static void
test_step (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);

  cor_player_step (player, 10);
  settle (player, &events);
  assert_on_frame (player, 10);

  cor_player_step (player, 1);
  settle (player, &events);
  assert_on_frame (player, 11);

  cor_player_step (player, -1);
  settle (player, &events);
  assert_on_frame (player, 10);

  cor_player_step (player, -3);
  settle (player, &events);
  assert_on_frame (player, 7);

  /* key presses in quick succession: none is lost */
  for (int i = 0; i < 5; i++)
    cor_player_step (player, 1);
  settle (player, &events);
  assert_on_frame (player, 12);

  for (int i = 0; i < 4; i++)
    cor_player_step (player, -1);
  settle (player, &events);
  assert_on_frame (player, 8);

  /* back across a key frame (every 30 frames) */
  cor_player_seek (player, cor_time_frame_to_ns (31, FPS, 1), COR_SEEK_ACCURATE);
  settle (player, &events);
  assert_on_frame (player, 31);
  cor_player_step (player, -2);
  settle (player, &events);
  assert_on_frame (player, 29);

  /* a step while playing pauses where the picture is, then steps */
  cor_player_play (player);
  spin (200);
  cor_player_step (player, 1);
  settle (player, &events);
  g_assert_cmpint (cor_player_get_state (player), ==, COR_PLAYER_STATE_PAUSED);
  g_assert_cmpint (picture_frame (player), ==, cor_player_get_frame (player));
  events_clear (&events);
}

static void
test_seek_accurate (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);
  const gint64 targets[] = { 2500 * MS + 10 * MS, 1 * MS, 1234 * MS, 33 * MS, 34 * MS,
                             2966 * MS + 700000, 500 * MS };

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      gint64 expected = cor_time_ns_to_frame (targets[i], FPS, 1);

      cor_player_seek (player, targets[i], COR_SEEK_ACCURATE);
      settle (player, &events);
      g_test_message ("seek %" G_GINT64_FORMAT " → frame %" G_GINT64_FORMAT ", position %"
                      G_GINT64_FORMAT, targets[i], cor_player_get_frame (player),
                      cor_player_get_position_ns (player));
      assert_on_frame (player, expected);
      g_assert_cmpint (ABS (cor_player_get_position_ns (player) - targets[i]), <,
                       cor_time_frame_to_ns (1, FPS, 1));
    }

  /* a burst of scrub seeks: the newest wins */
  for (int i = 0; i < 10; i++)
    cor_player_seek (player, i * 200 * MS, COR_SEEK_FAST);
  cor_player_seek (player, 1500 * MS, COR_SEEK_ACCURATE);
  settle (player, &events);
  assert_on_frame (player, 45);
  events_clear (&events);
}

/* Matroska rounds timestamps to the millisecond: frames still count exactly */
static void
test_webm (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_webm, &events);

  g_assert_cmpint (picture_frame (player), ==, 0);
  g_assert_cmpint (cor_player_get_frame (player), ==, 0);
  cor_player_step (player, 10);
  settle (player, &events);
  g_assert_cmpint (picture_frame (player), ==, 10);
  g_assert_cmpint (cor_player_get_frame (player), ==, 10);
  cor_player_step (player, -1);
  settle (player, &events);
  g_assert_cmpint (picture_frame (player), ==, 9);
  g_assert_cmpint (cor_player_get_frame (player), ==, 9);
  for (gint64 f = 1; f < 80; f += 13)
    {
      cor_player_seek (player, cor_time_frame_to_ns (f, FPS, 1), COR_SEEK_ACCURATE);
      settle (player, &events);
      g_assert_cmpint (picture_frame (player), ==, f);
      g_assert_cmpint (cor_player_get_frame (player), ==, f);
      cor_player_step (player, -1);
      settle (player, &events);
      g_assert_cmpint (picture_frame (player), ==, f - 1);
      g_assert_cmpint (cor_player_get_frame (player), ==, f - 1);
    }
  events_clear (&events);
}

static void
test_rate (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);
  gint64 start_ns, wall_start, wall, moved;

  cor_player_set_rate (player, 0.5);
  settle (player, &events);
  g_assert_cmpfloat (cor_player_get_rate (player), ==, 0.5);
  cor_player_play (player);
  spin (300);
  start_ns = cor_player_get_position_ns (player);
  wall_start = g_get_monotonic_time ();
  spin (1000);
  moved = cor_player_get_position_ns (player) - start_ns;
  wall = (g_get_monotonic_time () - wall_start) * 1000;
  g_test_message ("0.5×: %" G_GINT64_FORMAT " ns in %" G_GINT64_FORMAT " ns", moved, wall);
  g_assert_cmpfloat ((double) moved / (double) wall, >, 0.40);
  g_assert_cmpfloat ((double) moved / (double) wall, <, 0.60);

  cor_player_set_rate (player, 2.0);
  spin (300);
  start_ns = cor_player_get_position_ns (player);
  wall_start = g_get_monotonic_time ();
  spin (500);
  moved = cor_player_get_position_ns (player) - start_ns;
  wall = (g_get_monotonic_time () - wall_start) * 1000;
  g_test_message ("2×: %" G_GINT64_FORMAT " ns in %" G_GINT64_FORMAT " ns", moved, wall);
  g_assert_cmpfloat ((double) moved / (double) wall, >, 1.7);
  g_assert_cmpfloat ((double) moved / (double) wall, <, 2.3);
  g_assert_cmpint (cor_player_get_state (player), ==, COR_PLAYER_STATE_PLAYING);

  cor_player_set_rate (player, 100.0);
  g_assert_cmpfloat (cor_player_get_rate (player), ==, COR_PLAYER_MAX_RATE);
  cor_player_set_rate (player, 0.0);
  g_assert_cmpfloat (cor_player_get_rate (player), ==, COR_PLAYER_MIN_RATE);
  cor_player_pause (player);
  settle (player, &events);
  events_clear (&events);
}

static void
test_volume (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);
  double volume = 0;
  gboolean mute = FALSE;

  cor_player_set_volume (player, 2.5);
  g_object_get (cor_player_get_pipeline (player), "volume", &volume, NULL);
  g_assert_cmpfloat_with_epsilon (volume, 2.5, 1e-6);
  cor_player_set_volume (player, 9.0);
  g_assert_cmpfloat (cor_player_get_volume (player), ==, COR_PLAYER_MAX_VOLUME);
  cor_player_set_volume (player, -1.0);
  g_assert_cmpfloat (cor_player_get_volume (player), ==, 0.0);
  cor_player_set_muted (player, TRUE);
  g_object_get (cor_player_get_pipeline (player), "mute", &mute, NULL);
  g_assert_true (mute);
  g_assert_true (cor_player_get_muted (player));
  events_clear (&events);
}

static void
test_loop (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);
  gint64 a = 1000 * MS, b = 1400 * MS;
  gint64 last = -1;
  gboolean wrapped = FALSE;

  cor_player_set_loop (player, a, b);
  settle (player, &events);
  g_assert_cmpint (cor_player_get_position_ns (player), >=, a);
  cor_player_play (player);
  for (int i = 0; i < 60; i++)
    {
      gint64 pos;
      spin (20);
      pos = cor_player_get_position_ns (player);
      g_assert_cmpint (pos, >=, a - 40 * MS);
      g_assert_cmpint (pos, <=, b + 40 * MS);
      if (last >= 0 && pos + 100 * MS < last)
        wrapped = TRUE;
      last = pos;
    }
  g_assert_true (wrapped);
  g_assert_false (events.eos);

  cor_player_set_loop (player, -1, -1);
  { gint64 la = 0; g_object_get (player, "loop-a-ns", &la, NULL); g_assert_cmpint (la, ==, -1); }
  events_clear (&events);
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

static int
png_frame (GBytes *png)
{
  int w = 0, h = 0;
  int n = media_test_png_frame (png, &w, &h);

  g_assert_cmpint (w, ==, 320);
  g_assert_cmpint (h, ==, 240);
  return n;
}

static void
test_snapshot (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);
  gsize size = 0;
  const guint8 *data;

  cor_player_seek (player, cor_time_frame_to_ns (20, FPS, 1) + 5 * MS, COR_SEEK_ACCURATE);
  settle (player, &events);
  cor_player_snapshot_async (player, NULL, on_still, &events);
  g_assert_true (wait_for (player, &events, still_done, 10000));
  g_assert_no_error (events.error);
  data = g_bytes_get_data (events.png, &size);
  g_assert_cmpuint (size, >, 8);
  g_assert_cmpint (memcmp (data, "\x89PNG", 4), ==, 0);
  g_assert_cmpint (events.still_w, ==, 320);
  g_assert_cmpint (events.still_h, ==, 240);
  g_assert_cmpint (events.still_frame, ==, 20);
  g_assert_cmpint (cor_time_ns_to_frame (events.still_ns, FPS, 1), ==, 20);
  g_assert_cmpint (png_frame (events.png), ==, 20);
  events_clear (&events);
}

static void
test_grab (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  gint64 frame_ns = -1, frame = -1;
  int w = 0, h = 0;

  png = cor_media_grab_frame_png (counter_clip, cor_time_frame_to_ns (45, FPS, 1) + 20 * MS,
                                  &frame_ns, &frame, &w, &h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (frame, ==, 45);
  g_assert_cmpint (cor_time_ns_to_frame (frame_ns, FPS, 1), ==, 45);
  g_assert_cmpint (w, ==, 320);
  g_assert_cmpint (h, ==, 240);
  g_assert_cmpint (png_frame (png), ==, 45);
  g_clear_pointer (&png, g_bytes_unref);

  png = cor_media_grab_frame_png (counter_clip, 0, &frame_ns, &frame, &w, &h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (frame, ==, 0);
  g_assert_cmpint (png_frame (png), ==, 0);
  g_clear_pointer (&png, g_bytes_unref);

  png = cor_media_grab_frame_png (counter_clip, 60 * G_GINT64_CONSTANT (1000000000), NULL, NULL,
                                  NULL, NULL, &error);
  g_assert_null (png);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED);
}

static void
test_eos (void)
{
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (counter_clip, &events);

  cor_player_seek (player, 2800 * MS, COR_SEEK_ACCURATE);
  settle (player, &events);
  cor_player_play (player);
  g_assert_true (wait_for (player, &events, has_eos, 5000));
  g_assert_cmpint (cor_player_get_state (player), ==, COR_PLAYER_STATE_PAUSED);
  events_clear (&events);
}

static void
test_error_files (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "missing.mp4", NULL);
  g_autofree char *text = g_build_filename (tmpdir, "text.mp4", NULL);
  g_autoptr(CorPlayer) player = cor_player_new ();
  g_autoptr(GError) error = NULL;
  Events events = { 0 };

  g_signal_connect (player, "error", G_CALLBACK (on_error), &events);
  g_assert_false (cor_player_open (player, missing, &error));
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND);

  g_assert_true (g_file_set_contents (text, "this is not a video at all\n", -1, NULL));
  g_assert_true (cor_player_open (player, text, NULL));
  g_assert_true (wait_for (player, &events, has_error, 10000));
  g_assert_error (events.error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA);
  g_assert_cmpint (cor_player_get_state (player), ==, COR_PLAYER_STATE_STOPPED);
  events_clear (&events);
}

static void
test_missing_decoder (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(CorPlayer) player = NULL;
      g_autoptr(GstPluginFeature) f1 = gst_registry_lookup_feature (gst_registry_get (), "vp8dec");
      g_autoptr(GstPluginFeature) f2 = gst_registry_lookup_feature (gst_registry_get (),
                                                                    "avdec_vp8");
      Events events = { 0 };

      if (f1)
        gst_plugin_feature_set_rank (f1, GST_RANK_NONE);
      if (f2)
        gst_plugin_feature_set_rank (f2, GST_RANK_NONE);
      player = cor_player_new ();
      g_signal_connect (player, "error", G_CALLBACK (on_error), &events);
      g_autofree char *media_path = g_build_filename (tmpdir, "vp8.webm", NULL);

      g_assert_true (cor_player_open (player, media_path, NULL));
      g_assert_true (wait_for (player, &events, has_error, 10000));
      g_assert_error (events.error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER);
      g_printerr ("%s\n", events.error->message);
      events_clear (&events);
      return;
    }
  else
    {
      g_autofree char *path = media_test_make (
        tmpdir, "vp8.webm",
        "videotestsrc num-buffers=30 ! video/x-raw,width=160,height=120 ! vp8enc deadline=1 "
        "! webmmux ! filesink location=%s");
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*no decoder for VP8 video: install gstreamer1.0-plugins-good*");
    }
}

static void
test_audio_only (void)
{
  g_autofree char *path = media_test_make (
    tmpdir, "tone.ogg",
    "audiotestsrc num-buffers=50 samplesperbuffer=960 ! audio/x-raw,rate=48000 ! audioconvert "
    "! vorbisenc ! oggmux ! filesink location=%s");
  Events events = { 0 };
  g_autoptr(CorPlayer) player = open_player (path, &events);

  g_assert_false (cor_player_get_has_video (player));
  g_assert_true (cor_player_get_has_audio (player));
  g_assert_cmpint (ABS (cor_player_get_duration_ns (player) - 1000 * MS), <=, 50 * MS);
  cor_player_seek (player, 500 * MS, COR_SEEK_ACCURATE);
  settle (player, &events);
  g_assert_cmpint (ABS (cor_player_get_position_ns (player) - 500 * MS), <=, 30 * MS);
  cor_player_play (player);
  g_assert_true (wait_for (player, &events, has_eos, 5000));
  events_clear (&events);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = media_test_init (&argc, &argv);
  if (!g_test_subprocess ())
    {
      counter_clip = media_test_make_counter_clip (tmpdir, "counter.mp4", 3, TRUE);
      counter_webm = media_test_make_counter_clip (tmpdir, "counter.webm", 3, TRUE);
    }

  g_test_add_func ("/media/player/open", test_open);
  g_test_add_func ("/media/player/step", test_step);
  g_test_add_func ("/media/player/seek-accurate", test_seek_accurate);
  g_test_add_func ("/media/player/webm-step-seek", test_webm);
  g_test_add_func ("/media/player/rate", test_rate);
  g_test_add_func ("/media/player/volume", test_volume);
  g_test_add_func ("/media/player/loop", test_loop);
  g_test_add_func ("/media/player/snapshot", test_snapshot);
  g_test_add_func ("/media/player/grab-frame", test_grab);
  g_test_add_func ("/media/player/eos", test_eos);
  g_test_add_func ("/media/player/audio-only", test_audio_only);
  g_test_add_func ("/media/player/error/files", test_error_files);
  g_test_add_func ("/media/player/error/missing-decoder", test_missing_decoder);

  ret = media_test_run (&tmpdir);
  g_free (counter_clip);
  g_free (counter_webm);
  return ret;
}
