/* test-waveform.c — peaks of generated tones, storage bytes, zoom, errors, threads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gst/app/gstappsink.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "cor-error.h"
#include "cor-probe.h"
#include "cor-waveform.h"
#include "media-test-util.h"

static char *tmpdir;

#define TONE_44K(wave, secs) \
  "audiotestsrc wave=" wave " volume=0.5 num-buffers=" #secs "0 samplesperbuffer=4410 ! " \
  "audio/x-raw,format=S16LE,rate=44100,channels=1"
#define TONE_48K(wave, secs) \
  "audiotestsrc wave=" wave " volume=0.5 num-buffers=" #secs "0 samplesperbuffer=4800 ! " \
  "audio/x-raw,rate=48000,channels=1"

/* One second of silence, then one second of a 0.5 tone */
#define STEP_44K(enc) \
  "concat name=c ! audioconvert ! " enc " ! filesink location=%s " \
  TONE_44K ("silence", 1) " ! c. " TONE_44K ("sine", 1) " ! c."
#define STEP_48K(enc) \
  "concat name=c ! audioconvert ! " enc " ! filesink location=%s " \
  TONE_48K ("silence", 1) " ! c. " TONE_48K ("sine", 1) " ! c."

#define WAV  "wavenc"
#define MP3  "lamemp3enc cbr=true bitrate=128"
#define OPUS "opusenc bitrate=64000 ! oggmux"

typedef struct
{
  const char *name;
  const char *pipeline;
  double      amplitude;     /* of the loud part */
  double      tolerance;     /* of the peaks */
  gint64      duration_ns;
  gint64      duration_tolerance_ns;
} ToneCase;

static const ToneCase tones[] = {
  { "tone.wav", TONE_44K ("sine", 2) " ! wavenc ! filesink location=%s",
    0.5, 0.01, 2000000000, 0 },
  { "tone.opus", TONE_48K ("sine", 2) " ! " OPUS " ! filesink location=%s",
    0.5, 0.05, 2000000000, 30000000 },
  { "tone.mp3", TONE_44K ("sine", 2) " ! " MP3 " ! filesink location=%s",
    0.5, 0.05, 2000000000, 100000000 },
  /* Stereo float: the same tone on both sides mixes down to the same tone */
  { "tone-stereo.wav",
    "audiotestsrc wave=sine volume=0.5 num-buffers=20 samplesperbuffer=4410 ! "
    "audio/x-raw,format=F32LE,rate=44100,channels=2 ! wavenc ! filesink location=%s",
    0.5, 0.01, 2000000000, 0 },
  /* Left 0.5, right silent: the mono mix peaks at 0.25 */
  { "left-only.wav",
    "interleave name=i ! audioconvert ! audio/x-raw,format=F32LE ! wavenc ! "
    "filesink location=%s "
    "audiotestsrc wave=sine volume=0.5 num-buffers=20 samplesperbuffer=4410 ! "
    "audio/x-raw,format=F32LE,rate=44100,channels=1 ! i. "
    "audiotestsrc wave=silence num-buffers=20 samplesperbuffer=4410 ! "
    "audio/x-raw,format=F32LE,rate=44100,channels=1 ! i.",
    0.25, 0.01, 2000000000, 0 },
  { "silence.wav", TONE_44K ("silence", 2) " ! wavenc ! filesink location=%s",
    0.0, 0.001, 2000000000, 0 },
  { "silence.mp3", TONE_44K ("silence", 2) " ! " MP3 " ! filesink location=%s",
    0.0, 0.01, 2000000000, 100000000 },
};

static const ToneCase steps[] = {
  { "step.wav", STEP_44K (WAV), 0.5, 0.01, 2000000000, 0 },
  { "step.opus", STEP_48K (OPUS), 0.5, 0.05, 2000000000, 30000000 },
  { "step.mp3", STEP_44K (MP3), 0.5, 0.05, 2000000000, 100000000 },
};

static CorWaveform *
compute_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  CorWaveform *waveform = cor_waveform_compute (path, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (waveform);
  return waveform;
}

static void
global_peaks (CorWaveform *waveform,
              float       *out_min,
              float       *out_max)
{
  float lo = 0.0f, hi = 0.0f;

  for (guint b = 0; b < cor_waveform_get_n_buckets (waveform); b++)
    {
      float mn, mx;
      cor_waveform_get_peak (waveform, b, &mn, &mx);
      g_assert_cmpfloat (mn, <=, mx);
      lo = b == 0 ? mn : MIN (lo, mn);
      hi = b == 0 ? mx : MAX (hi, mx);
    }
  *out_min = lo;
  *out_max = hi;
}

static void
check_duration (CorWaveform    *waveform,
                const ToneCase *tc)
{
  gint64 duration_ns = cor_waveform_get_duration_ns (waveform);
  gint64 bucket_ns = cor_waveform_get_bucket_ns (waveform);

  g_test_message ("%s: duration %" G_GINT64_FORMAT " ns, %u buckets", tc->name, duration_ns,
                  cor_waveform_get_n_buckets (waveform));
  g_assert_cmpint (bucket_ns, ==, 10000000);
  g_assert_cmpint (llabs (duration_ns - tc->duration_ns), <=, tc->duration_tolerance_ns);
  g_assert_cmpuint (cor_waveform_get_n_buckets (waveform), ==,
                    (duration_ns + bucket_ns - 1) / bucket_ns);
}

static void
test_tone (gconstpointer data)
{
  const ToneCase *tc = data;
  g_autofree char *path = media_test_make (tmpdir, tc->name, tc->pipeline);
  g_autoptr(CorWaveform) waveform = compute_ok (path);
  float lo, hi;

  check_duration (waveform, tc);
  global_peaks (waveform, &lo, &hi);
  g_test_message ("%s: peaks %f .. %f", tc->name, lo, hi);
  g_assert_cmpfloat_with_epsilon (hi, tc->amplitude, tc->tolerance);
  g_assert_cmpfloat_with_epsilon (lo, -tc->amplitude, tc->tolerance);

  /* Every bucket of a steady tone (away from the lossy codecs' edges) holds its peak */
  for (guint b = 5; b + 10 < cor_waveform_get_n_buckets (waveform); b++)
    {
      float mn, mx;
      cor_waveform_get_peak (waveform, b, &mn, &mx);
      g_assert_cmpfloat_with_epsilon (mx, tc->amplitude, tc->tolerance + 0.02);
    }
}

/* Where a plain decodebin → appsink pipeline first finds a sample above @level */
static gint64
reference_onset_ns (const char *path,
                    double      level)
{
  g_autofree char *line = g_strdup_printf (
    "filesrc location=\"%s\" ! decodebin ! audioconvert ! "
    "audio/x-raw,format=S16LE,channels=1,layout=interleaved ! appsink name=s sync=false", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = gst_parse_launch (line, &error);
  g_autoptr(GstElement) sink = NULL;
  guint64 counted = 0;
  gint64 onset = -1;
  int rate = 0;

  g_assert_no_error (error);
  sink = gst_bin_get_by_name (GST_BIN (pipeline), "s");
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  while (onset < 0)
    {
      g_autoptr(GstSample) sample = gst_app_sink_pull_sample (GST_APP_SINK (sink));
      GstMapInfo map;
      const gint16 *pcm;

      if (sample == NULL)
        break;
      if (rate == 0)
        gst_structure_get_int (gst_caps_get_structure (gst_sample_get_caps (sample), 0),
                               "rate", &rate);
      g_assert_true (gst_buffer_map (gst_sample_get_buffer (sample), &map, GST_MAP_READ));
      pcm = (const gint16 *) map.data;
      for (gsize i = 0; i < map.size / 2 && onset < 0; i++)
        if (abs (pcm[i]) > level * 32768)
          onset = (gint64) ((counted + i) * G_GUINT64_CONSTANT (1000000000) / (guint64) rate);
      counted += map.size / 2;
      gst_buffer_unmap (gst_sample_get_buffer (sample), &map);
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);
  g_assert_cmpint (onset, >=, 0);
  return onset;
}

static void
test_step (gconstpointer data)
{
  const ToneCase *tc = data;
  g_autofree char *path = media_test_make (tmpdir, tc->name, tc->pipeline);
  g_autoptr(CorWaveform) waveform = compute_ok (path);
  guint n = cor_waveform_get_n_buckets (waveform);
  guint first_loud = G_MAXUINT;
  gint64 expected;

  check_duration (waveform, tc);
  for (guint b = 0; b < n && first_loud == G_MAXUINT; b++)
    {
      float mn, mx;
      cor_waveform_get_peak (waveform, b, &mn, &mx);
      if (mx > tc->amplitude / 2)
        first_loud = b;
    }
  /* The tone starts at 1 s: bucket 100, within two buckets. MP3 puts it later (the
   * encoder's delay and padding): there the bucket must be where plain decoding of the
   * file puts the tone, within two buckets, which is what the player shows. */
  expected = g_str_has_suffix (tc->name, ".mp3") ? reference_onset_ns (path, 0.25) / 10000000
                                                : 100;
  g_test_message ("%s: loud from bucket %u, expected %" G_GINT64_FORMAT, tc->name, first_loud,
                  expected);
  g_assert_cmpint (first_loud, >=, expected - 2);
  g_assert_cmpint (first_loud, <=, expected + 2);
  g_assert_cmpint (expected, <, 110);
  for (guint b = 0; b < 98; b++)
    {
      float mn, mx;
      cor_waveform_get_peak (waveform, b, &mn, &mx);
      g_assert_cmpfloat (mx, <, tc->tolerance);
      g_assert_cmpfloat (mn, >, -tc->tolerance);
    }
  for (guint b = (guint) expected + 3; b < 195; b++)
    {
      float mn, mx;
      cor_waveform_get_peak (waveform, b, &mn, &mx);
      g_assert_cmpfloat_with_epsilon (mx, tc->amplitude, tc->tolerance + 0.02);
      g_assert_cmpfloat_with_epsilon (mn, -tc->amplitude, tc->tolerance + 0.02);
    }
}

static CorWaveform *
step_waveform (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "step.wav", NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_free (media_test_make (tmpdir, "step.wav", STEP_44K (WAV)));
  return compute_ok (path);
}

static void
test_summarize (void)
{
  static const guint columns[] = { 1, 2, 3, 7, 64, 199, 200, 201, 1000, 2000, 5003 };
  g_autoptr(CorWaveform) waveform = step_waveform ();
  gint64 duration_ns = cor_waveform_get_duration_ns (waveform);
  float lo, hi, mins[100], maxs[100];

  global_peaks (waveform, &lo, &hi);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree float *cmins = g_new (float, columns[i]);
      g_autofree float *cmaxs = g_new (float, columns[i]);
      float clo = 1.0f, chi = -1.0f;

      cor_waveform_summarize (waveform, 0, duration_ns, columns[i], cmins, cmaxs);
      for (guint c = 0; c < columns[i]; c++)
        {
          g_assert_cmpfloat (cmins[c], <=, cmaxs[c]);
          clo = MIN (clo, cmins[c]);
          chi = MAX (chi, cmaxs[c]);
        }
      /* Zoomed out or in, no peak is lost */
      g_assert_cmpfloat (chi, ==, hi);
      g_assert_cmpfloat (clo, ==, lo);
    }

  /* Two columns: the silent second and the loud one */
  cor_waveform_summarize (waveform, 0, duration_ns, 2, mins, maxs);
  g_assert_cmpfloat (maxs[0], <, 0.01);
  g_assert_cmpfloat (mins[0], >, -0.01);
  g_assert_cmpfloat_with_epsilon (maxs[1], 0.5, 0.01);
  g_assert_cmpfloat_with_epsilon (mins[1], -0.5, 0.01);

  /* Zoomed in far past one bucket a column: every column shows its bucket */
  cor_waveform_summarize (waveform, 1500000000, 1520000000, 100, mins, maxs);
  for (guint c = 0; c < 100; c++)
    {
      float mn, mx;
      cor_waveform_get_peak (waveform, 150 + c / 50, &mn, &mx);
      g_assert_cmpfloat (maxs[c], ==, mx);
      g_assert_cmpfloat (mins[c], ==, mn);
    }

  /* Before and after the audio: nothing */
  cor_waveform_summarize (waveform, -1000000000, -500000000, 10, mins, maxs);
  for (guint c = 0; c < 10; c++)
    g_assert_true (mins[c] == 0.0f && maxs[c] == 0.0f);
  cor_waveform_summarize (waveform, duration_ns + 10000000, duration_ns + 1000000000, 10,
                          mins, maxs);
  for (guint c = 0; c < 10; c++)
    g_assert_true (mins[c] == 0.0f && maxs[c] == 0.0f);
  /* Half before the start: the first half is empty, the second is the silence */
  cor_waveform_summarize (waveform, -500000000, 500000000, 2, mins, maxs);
  g_assert_true (mins[0] == 0.0f && maxs[0] == 0.0f);
  g_assert_cmpfloat (maxs[1], <, 0.01);
}

static void
test_serialize_round_trip (void)
{
  g_autofree char *path = media_test_make (tmpdir, "round.opus",
                                           TONE_48K ("sine", 2) " ! " OPUS
                                           " ! filesink location=%s");
  g_autoptr(CorWaveform) waveform = compute_ok (path);
  g_autoptr(CorWaveform) back = NULL;
  g_autoptr(GBytes) bytes = cor_waveform_serialize (waveform);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_bytes_get_size (bytes), ==,
                    40 + 4 * (gsize) cor_waveform_get_n_buckets (waveform));
  back = cor_waveform_deserialize (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpint (cor_waveform_get_bucket_ns (back), ==, cor_waveform_get_bucket_ns (waveform));
  g_assert_cmpint (cor_waveform_get_duration_ns (back), ==,
                   cor_waveform_get_duration_ns (waveform));
  g_assert_cmpuint (cor_waveform_get_n_buckets (back), ==,
                    cor_waveform_get_n_buckets (waveform));
  g_assert_cmpuint (cor_waveform_get_sample_rate (back), ==, 48000);
  for (guint b = 0; b < cor_waveform_get_n_buckets (waveform); b++)
    {
      float a_min, a_max, b_min, b_max;
      cor_waveform_get_peak (waveform, b, &a_min, &a_max);
      cor_waveform_get_peak (back, b, &b_min, &b_max);
      g_assert_cmpfloat (a_min, ==, b_min);
      g_assert_cmpfloat (a_max, ==, b_max);
    }
  again = cor_waveform_serialize (back);
  g_assert_true (g_bytes_equal (bytes, again));

  /* The boxed type copies by reference */
  {
    CorWaveform *copy = g_boxed_copy (COR_TYPE_WAVEFORM, back);
    g_assert_true (copy == back);
    g_boxed_free (COR_TYPE_WAVEFORM, copy);
  }
}

static void
expect_damaged (const guint8 *data,
                gsize         size,
                const char   *what)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  CorWaveform *waveform = cor_waveform_deserialize (bytes, &error);

  g_test_message ("%s: %s", what, error ? error->message : "(accepted)");
  g_assert_null (waveform);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED);
}

static void
put_u32 (guint8  *data,
         gsize    at,
         guint32  value)
{
  value = GUINT32_TO_LE (value);
  memcpy (data + at, &value, 4);
}

static void
test_deserialize_damaged (void)
{
  g_autoptr(CorWaveform) waveform = step_waveform ();
  g_autoptr(GBytes) bytes = cor_waveform_serialize (waveform);
  gsize size = 0;
  const guint8 *good = g_bytes_get_data (bytes, &size);
  g_autofree guint8 *bad = g_malloc (size + 1);
  guint32 n_buckets = cor_waveform_get_n_buckets (waveform);

  expect_damaged (good, 0, "empty");
  expect_damaged (good, 8, "magic only");
  expect_damaged (good, 39, "short header");
  expect_damaged (good, 40, "header only");
  expect_damaged (good, size - 1, "truncated by one byte");
  expect_damaged (good, size - 4, "truncated by one bucket");
  expect_damaged (good, size / 2, "truncated by half");

  memcpy (bad, good, size);
  bad[size] = 0;
  expect_damaged (bad, size + 1, "one byte too many");

  memcpy (bad, good, size);
  bad[0] = 'X';
  expect_damaged (bad, size, "wrong magic");

  memcpy (bad, good, size);
  put_u32 (bad, 8, 2);
  {
    g_autoptr(GBytes) other = g_bytes_new (bad, size);
    g_autoptr(GError) error = NULL;
    g_assert_null (cor_waveform_deserialize (other, &error));
    g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED);
    g_assert_nonnull (strstr (error->message, "version 2"));
  }
  put_u32 (bad, 8, 0);
  expect_damaged (bad, size, "version 0");

  memcpy (bad, good, size);
  put_u32 (bad, 12, G_MAXUINT32);
  expect_damaged (bad, size, "huge n_buckets");
  put_u32 (bad, 12, 0x40000000);
  expect_damaged (bad, size, "n_buckets of 4 GB");
  put_u32 (bad, 12, n_buckets + 1);
  expect_damaged (bad, size, "one bucket more than the data");

  memcpy (bad, good, size);
  bad[16] ^= 0x01; /* bucket_ns */
  expect_damaged (bad, size, "other bucket length");

  memcpy (bad, good, size);
  bad[27] ^= 0x10; /* duration_ns */
  expect_damaged (bad, size, "duration beyond the buckets");

  memcpy (bad, good, size);
  bad[40 + 4 * 150 + 1] ^= 0x20; /* a peak */
  expect_damaged (bad, size, "flipped peak bit");

  /* The untouched bytes still load */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CorWaveform) back = cor_waveform_deserialize (bytes, &error);
    g_assert_no_error (error);
  }
}

static void
expect_error (const char *path,
              int         code,
              const char *fragment)
{
  g_autoptr(GError) error = NULL;
  CorWaveform *waveform = cor_waveform_compute (path, NULL, NULL, NULL, &error);

  g_assert_null (waveform);
  g_test_message ("%s", error ? error->message : "(no error)");
  g_assert_error (error, COR_MEDIA_ERROR, code);
  if (fragment)
    g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_video_only (void)
{
  g_autofree char *webm = media_test_make (
    tmpdir, "video only.webm",
    "videotestsrc num-buffers=30 ! video/x-raw,width=160,height=120,framerate=30/1 ! "
    "vp8enc deadline=1 ! webmmux ! filesink location=%s");
  g_autofree char *mp4 = media_test_make (
    tmpdir, "video-only.mp4",
    "videotestsrc num-buffers=30 ! video/x-raw,width=160,height=120,framerate=30/1 ! "
    "x264enc ! video/x-h264,profile=main ! mp4mux ! filesink location=%s");

  expect_error (webm, COR_MEDIA_ERROR_NOT_MEDIA, "video only.webm” has no audio");
  expect_error (mp4, COR_MEDIA_ERROR_NOT_MEDIA, "video-only.mp4” has no audio");
}

static void
test_video_with_audio (void)
{
  g_autofree char *mp4 = media_test_make_counter_clip (tmpdir, "counter.mp4", 2, TRUE);
  g_autofree char *webm = media_test_make_counter_clip (tmpdir, "counter.webm", 2, TRUE);
  const char *paths[] = { mp4, webm };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(CorWaveform) waveform = compute_ok (paths[i]);
      float lo, hi;

      global_peaks (waveform, &lo, &hi);
      g_test_message ("%s: %" G_GINT64_FORMAT " ns, %f .. %f", paths[i],
                      cor_waveform_get_duration_ns (waveform), lo, hi);
      g_assert_cmpint (llabs (cor_waveform_get_duration_ns (waveform) - 2000000000), <=,
                       50000000);
      g_assert_cmpfloat (hi, >, 0.1);
      g_assert_cmpfloat (lo, <, -0.1);
    }
}

static void
test_errors (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "nowhere.mp3", NULL);
  g_autofree char *empty = g_build_filename (tmpdir, "empty.mp3", NULL);
  g_autofree char *text = g_build_filename (tmpdir, "text.mp3", NULL);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (text, "This is not a song, it is a text file.\n"
                                      "Nothing to hear here.\n", -1, NULL));
  expect_error (missing, COR_MEDIA_ERROR_NOT_FOUND, "nowhere.mp3” does not exist");
  expect_error (empty, COR_MEDIA_ERROR_EMPTY, "empty.mp3");
  expect_error (text, COR_MEDIA_ERROR_NOT_MEDIA, "text.mp3” is not an audio or video file");
  expect_error (tmpdir, COR_MEDIA_ERROR_UNREADABLE, NULL);
}

static void
test_truncated (void)
{
  g_autofree char *mp4 = media_test_make (
    tmpdir, "whole.mp4",
    "videotestsrc num-buffers=60 ! video/x-raw,width=160,height=120,framerate=30/1 ! "
    "x264enc ! video/x-h264,profile=main ! mux. "
    "audiotestsrc num-buffers=100 ! audioconvert ! avenc_aac ! mux. "
    "mp4mux name=mux ! filesink location=%s");
  g_autofree char *mp3 = media_test_make (tmpdir, "whole.mp3",
                                          TONE_44K ("sine", 2) " ! " MP3
                                          " ! filesink location=%s");
  g_autofree char *half_mp4 = g_build_filename (tmpdir, "half.mp4", NULL);
  g_autofree char *half_mp3 = g_build_filename (tmpdir, "half.mp3", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(CorWaveform) waveform = NULL;
  gsize length = 0;

  /* The index of an MP4 is at its end: without it nothing can be read */
  g_assert_true (g_file_get_contents (mp4, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (half_mp4, contents, (gssize) (length / 2), NULL));
  expect_error (half_mp4, COR_MEDIA_ERROR_DAMAGED, "half.mp4");
  g_clear_pointer (&contents, g_free);

  /* Half an MP3 is the first half of the sound */
  g_assert_true (g_file_get_contents (mp3, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (half_mp3, contents, (gssize) (length / 2), NULL));
  waveform = compute_ok (half_mp3);
  g_assert_cmpint (llabs (cor_waveform_get_duration_ns (waveform) - 1000000000), <, 100000000);
}

static void
test_missing_decoder (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (tmpdir, "nodecoder.opus", NULL);
      g_autoptr(GError) error = NULL;
      const char *hidden[] = { "opusdec", "avdec_opus" };

      /* As on a machine without an Opus decoder; in a subprocess because decoder
       * lists are cached per process */
      for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
        {
          g_autoptr(GstPluginFeature) feature = gst_registry_lookup_feature (gst_registry_get (),
                                                                             hidden[i]);
          if (feature)
            gst_plugin_feature_set_rank (feature, GST_RANK_NONE);
        }
      g_assert_null (cor_waveform_compute (path, NULL, NULL, NULL, &error));
      g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER);
      g_printerr ("%s\n", error->message);
      return;
    }
  g_free (media_test_make (tmpdir, "nodecoder.opus",
                           TONE_48K ("sine", 1) " ! " OPUS " ! filesink location=%s"));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*nodecoder.opus*no decoder for Opus audio: install*");
}

/* Four minutes of noise: long enough to be cancelled and to report progress */
static char *long_path;

static const char *
long_file (void)
{
  if (long_path == NULL)
    long_path = media_test_make (tmpdir, "long.opus",
                            "audiotestsrc wave=pink-noise num-buffers=240 "
                            "samplesperbuffer=48000 ! audio/x-raw,rate=48000,channels=1 ! "
                            "opusenc bitrate=32000 complexity=0 ! oggmux ! "
                            "filesink location=%s");
  return long_path;
}

static void
cancel_on_first_progress (double   fraction,
                          gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel_sync (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gint64 start;

  /* Cancelled before it starts */
  g_cancellable_cancel (cancellable);
  g_assert_null (cor_waveform_compute (long_file (), cancellable, NULL, NULL, &error));
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Cancelled while it decodes: returns at once */
  g_object_unref (cancellable);
  cancellable = g_cancellable_new ();
  start = g_get_monotonic_time ();
  g_assert_null (cor_waveform_compute (long_file (), cancellable, cancel_on_first_progress,
                                       cancellable, &error));
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);
  g_test_message ("cancelled in %" G_GINT64_FORMAT " µs", g_get_monotonic_time () - start);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

typedef struct
{
  GMainLoop    *loop;
  GThread      *main_thread;
  GArray       *fractions;
  GCancellable *cancel_at_second;
  CorWaveform  *waveform;
  GError       *error;
  gboolean      finished;
  guint         late_progress;
} AsyncState;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  if (state->finished)
    state->late_progress++;
  g_array_append_val (state->fractions, fraction);
  if (state->cancel_at_second && state->fractions->len == 2)
    g_cancellable_cancel (state->cancel_at_second);
}

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  state->waveform = cor_waveform_compute_finish (result, &state->error);
  state->finished = TRUE;
  g_main_loop_quit (state->loop);
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("the waveform took too long");
  return G_SOURCE_REMOVE;
}

static void
run_async (AsyncState   *state,
           GCancellable *cancellable)
{
  guint timeout = g_timeout_add_seconds (60, on_timeout, NULL);

  state->loop = g_main_loop_new (NULL, FALSE);
  state->main_thread = g_thread_self ();
  state->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  cor_waveform_compute_async (long_file (), cancellable, on_progress, state, on_computed, state);
  g_main_loop_run (state->loop);
  g_source_remove (timeout);
  /* Anything still queued for the main context runs now, and must not call back */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (state->late_progress, ==, 0);
  g_main_loop_unref (state->loop);
}

static void
test_async_progress (void)
{
  AsyncState state = { 0 };
  double previous = -1.0;

  run_async (&state, NULL);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.waveform);
  g_assert_cmpint (llabs (cor_waveform_get_duration_ns (state.waveform) - 240 * 1000000000LL),
                   <=, 30000000);
  g_test_message ("%u progress calls", state.fractions->len);
  g_assert_cmpuint (state.fractions->len, >=, 3);
  for (guint i = 0; i < state.fractions->len; i++)
    {
      double f = g_array_index (state.fractions, double, i);
      g_assert_cmpfloat (f, >=, 0.0);
      g_assert_cmpfloat (f, <=, 1.0);
      g_assert_cmpfloat (f, >=, previous);
      previous = f;
    }
  g_assert_cmpfloat (previous, ==, 1.0);
  /* Something between the start and the end was reported */
  g_assert_cmpfloat (g_array_index (state.fractions, double, 1), >, 0.0);
  g_assert_cmpfloat (g_array_index (state.fractions, double, 1), <, 1.0);
  g_array_unref (state.fractions);
  cor_waveform_unref (state.waveform);
}

static void
test_async_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { 0 };

  state.cancel_at_second = cancellable;
  run_async (&state, cancellable);
  g_assert_null (state.waveform);
  g_assert_error (state.error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_array_unref (state.fractions);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = media_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (tones); i++)
    {
      g_autofree char *name = g_strdup_printf ("/media/waveform/peaks/%s", tones[i].name);
      g_test_add_data_func (name, &tones[i], test_tone);
    }
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *name = g_strdup_printf ("/media/waveform/timing/%s", steps[i].name);
      g_test_add_data_func (name, &steps[i], test_step);
    }
  g_test_add_func ("/media/waveform/summarize", test_summarize);
  g_test_add_func ("/media/waveform/serialize/round-trip", test_serialize_round_trip);
  g_test_add_func ("/media/waveform/serialize/damaged", test_deserialize_damaged);
  g_test_add_func ("/media/waveform/video-with-audio", test_video_with_audio);
  g_test_add_func ("/media/waveform/error/video-only", test_video_only);
  g_test_add_func ("/media/waveform/error/files", test_errors);
  g_test_add_func ("/media/waveform/error/truncated", test_truncated);
  g_test_add_func ("/media/waveform/error/missing-decoder", test_missing_decoder);
  g_test_add_func ("/media/waveform/cancel/sync", test_cancel_sync);
  g_test_add_func ("/media/waveform/async/progress", test_async_progress);
  g_test_add_func ("/media/waveform/async/cancel", test_async_cancel);

  ret = media_test_run (&tmpdir);
  g_free (long_path);
  return ret;
}
