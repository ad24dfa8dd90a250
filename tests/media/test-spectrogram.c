/* test-spectrogram.c — spectra of generated tones, onsets, errors, cancellation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "cor-error.h"
#include "cor-probe.h"
#include "cor-spectrogram.h"
#include "media-test-util.h"

static char *tmpdir;

#define TONE_16K(wave, freq, secs) \
  "audiotestsrc wave=" wave " freq=" freq " volume=0.5 num-buffers=" #secs "0 " \
  "samplesperbuffer=1600 ! audio/x-raw,format=S16LE,rate=16000,channels=1"
#define TONE_44K(wave, freq, secs) \
  "audiotestsrc wave=" wave " freq=" freq " volume=0.5 num-buffers=" #secs "0 " \
  "samplesperbuffer=4410 ! audio/x-raw,format=S16LE,rate=44100,channels=2"

/* The bin with the most energy, averaged over the frames [first, last) */
static guint
peak_bin (CorSpectrogram *spectrogram,
          guint           first,
          guint           last)
{
  guint n_bins = cor_spectrogram_get_n_bins (spectrogram);
  g_autofree double *sums = g_new0 (double, n_bins);
  guint best = 0;

  for (guint f = first; f < last; f++)
    for (guint b = 0; b < n_bins; b++)
      sums[b] += cor_spectrogram_get_level (spectrogram, f, b);
  for (guint b = 1; b < n_bins; b++)
    if (sums[b] > sums[best])
      best = b;
  return best;
}

static guint
frame_max (CorSpectrogram *spectrogram,
           guint           frame)
{
  guint n_bins = cor_spectrogram_get_n_bins (spectrogram);
  guint top = 0;

  for (guint b = 0; b < n_bins; b++)
    top = MAX (top, cor_spectrogram_get_level (spectrogram, frame, b));
  return top;
}

static CorSpectrogram *
compute (const char *path)
{
  g_autoptr(GError) error = NULL;
  CorSpectrogram *spectrogram = cor_spectrogram_compute (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (spectrogram);
  return spectrogram;
}

static void
check_tone (const char *path,
            double      hz)
{
  g_autoptr(CorSpectrogram) spectrogram = compute (path);
  guint n_frames = cor_spectrogram_get_n_frames (spectrogram);
  guint n_bins = cor_spectrogram_get_n_bins (spectrogram);
  double bin_hz = (double) cor_spectrogram_get_sample_rate (spectrogram) / (2 * (n_bins - 1));
  guint peak;

  g_assert_cmpuint (cor_spectrogram_get_sample_rate (spectrogram), ==, 16000);
  g_assert_cmpuint (n_bins, ==, 257);
  g_assert_cmpint (cor_spectrogram_get_hop_ns (spectrogram), ==, 16000000);
  /* 2 s in 16 ms hops */
  g_assert_cmpint (llabs (cor_spectrogram_get_duration_ns (spectrogram) - 2000000000), <=,
                   20000000);
  g_assert_cmpuint (n_frames, >=, 124);
  g_assert_cmpuint (n_frames, <=, 127);
  g_assert_nonnull (cor_spectrogram_get_data (spectrogram));

  peak = peak_bin (spectrogram, 5, n_frames - 5);
  g_test_message ("peak at bin %u (%.1f Hz)", peak, peak * bin_hz);
  g_assert_cmpfloat (ABS (peak * bin_hz - hz), <=, bin_hz);
  /* A 0.5 sine is -6 dB: near the top of the scale, far above the bins away from it */
  g_assert_cmpuint (cor_spectrogram_get_level (spectrogram, n_frames / 2, peak), >=, 220);
  g_assert_cmpuint (cor_spectrogram_get_level (spectrogram, n_frames / 2, peak + 40), <, 150);
  /* Outside the data */
  g_assert_cmpuint (cor_spectrogram_get_level (spectrogram, n_frames, peak), ==, 0);
  g_assert_cmpuint (cor_spectrogram_get_level (spectrogram, 0, n_bins), ==, 0);
}

static void
test_tone_16k (void)
{
  g_autofree char *wav = media_test_make (tmpdir, "tone16k.wav",
                                          TONE_16K ("sine", "1000", 2)
                                          " ! wavenc ! filesink location=%s");

  check_tone (wav, 1000);
}

static void
test_tone_resampled (void)
{
  /* 44.1 kHz stereo Opus, resampled and mixed down */
  g_autofree char *ogg = media_test_make (tmpdir, "tone.ogg",
                                          TONE_44K ("sine", "3000", 2)
                                          " ! audioconvert ! audioresample ! opusenc ! oggmux"
                                          " ! filesink location=%s");

  check_tone (ogg, 3000);
}

static void
test_silence (void)
{
  g_autofree char *wav = media_test_make (tmpdir, "silence.wav",
                                          TONE_16K ("silence", "1000", 2)
                                          " ! wavenc ! filesink location=%s");
  g_autoptr(CorSpectrogram) spectrogram = compute (wav);

  g_assert_cmpuint (cor_spectrogram_get_n_frames (spectrogram), >=, 124);
  for (guint f = 0; f < cor_spectrogram_get_n_frames (spectrogram); f++)
    g_assert_cmpuint (frame_max (spectrogram, f), <, 10);
}

static void
test_onset (void)
{
  g_autofree char *wav = media_test_make (
    tmpdir, "onset.wav",
    "concat name=c ! audioconvert ! wavenc ! filesink location=%s "
    TONE_16K ("silence", "1000", 1) " ! c. " TONE_16K ("sine", "1000", 1) " ! c.");
  g_autoptr(CorSpectrogram) spectrogram = compute (wav);
  gint64 hop_ns = cor_spectrogram_get_hop_ns (spectrogram);
  guint n_frames = cor_spectrogram_get_n_frames (spectrogram);
  guint onset = G_MAXUINT;

  for (guint f = 0; f < n_frames; f++)
    if (cor_spectrogram_get_level (spectrogram, f, 32) > 128)
      {
        onset = f;
        break;
      }
  g_assert_cmpuint (onset, <, n_frames);
  g_test_message ("energy from frame %u (%" G_GINT64_FORMAT " ms)", onset,
                  onset * hop_ns / 1000000);
  /* Frame f is centred on f × hop; its 32 ms window reaches 16 ms either side */
  g_assert_cmpint (llabs ((gint64) onset * hop_ns - 1000000000), <=, 32000000);
  for (guint f = 0; f + 2 < onset; f++)
    g_assert_cmpuint (frame_max (spectrogram, f), <, 10);
  g_assert_cmpuint (peak_bin (spectrogram, onset + 3, n_frames - 3), ==, 32);
}

static void
expect_error (const char *path,
              int         code,
              const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorSpectrogram) spectrogram = cor_spectrogram_compute (path, NULL, &error);

  g_assert_null (spectrogram);
  g_test_message ("%s", error ? error->message : "(no error)");
  g_assert_error (error, COR_MEDIA_ERROR, code);
  if (fragment != NULL)
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
  g_autoptr(CorSpectrogram) spectrogram = compute (mp4);
  guint n_frames = cor_spectrogram_get_n_frames (spectrogram);

  /* The counter clip's 440 Hz tone: bin 14 (437.5 Hz) */
  g_assert_cmpint (ABS ((int) peak_bin (spectrogram, 10, n_frames - 10) - 14), <=, 1);
}

static void
test_errors (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "nothing-here.wav", NULL);
  g_autofree char *text = g_build_filename (tmpdir, "notes.wav", NULL);

  g_assert_true (g_file_set_contents (text, "not audio at all, only words\n", -1, NULL));
  expect_error (missing, COR_MEDIA_ERROR_NOT_FOUND, NULL);
  expect_error (text, COR_MEDIA_ERROR_NOT_MEDIA, NULL);
}

static const char *
long_file (void)
{
  static char *path;

  if (path == NULL)
    path = media_test_make (tmpdir, "long.ogg",
                            "audiotestsrc wave=pink-noise num-buffers=2400 samplesperbuffer=4800 ! "
                            "audio/x-raw,rate=48000,channels=1 ! audioconvert ! "
                            "opusenc bitrate=32000 ! oggmux ! filesink location=%s");
  return path;
}

static void
test_long (void)
{
  const char *path = long_file ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr(CorSpectrogram) spectrogram = compute (path);

  g_test_message ("4 minutes in %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  g_assert_cmpint (llabs (cor_spectrogram_get_duration_ns (spectrogram) - 240 * GST_SECOND), <=,
                   30000000);
  g_assert_cmpuint (cor_spectrogram_get_n_frames (spectrogram), >=, 14990);
}

typedef struct
{
  GMainLoop      *loop;
  CorSpectrogram *spectrogram;
  GError         *error;
} AsyncState;

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  state->spectrogram = cor_spectrogram_compute_finish (result, &state->error);
  g_main_loop_quit (state->loop);
}

static gboolean
cancel_soon (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
run_async (AsyncState   *state,
           GCancellable *cancellable)
{
  state->loop = g_main_loop_new (NULL, FALSE);
  cor_spectrogram_compute_async (long_file (), cancellable, on_computed, state);
  g_main_loop_run (state->loop);
  g_main_loop_unref (state->loop);
}

static void
test_async (void)
{
  AsyncState state = { 0 };

  run_async (&state, NULL);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.spectrogram);
  g_assert_cmpuint (cor_spectrogram_get_n_frames (state.spectrogram), >=, 14990);
  cor_spectrogram_unref (state.spectrogram);
}

static void
test_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  AsyncState state = { 0 };
  gint64 start;

  /* Cancelled before it starts */
  g_cancellable_cancel (cancellable);
  g_assert_null (cor_spectrogram_compute (long_file (), cancellable, &error));
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);

  /* Cancelled while it decodes: returns soon */
  g_object_unref (cancellable);
  cancellable = g_cancellable_new ();
  g_timeout_add (20, cancel_soon, cancellable);
  start = g_get_monotonic_time ();
  run_async (&state, cancellable);
  g_test_message ("cancelled in %" G_GINT64_FORMAT " µs", g_get_monotonic_time () - start);
  g_assert_null (state.spectrogram);
  g_assert_error (state.error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  tmpdir = media_test_init (&argc, &argv);

  g_test_add_func ("/media/spectrogram/tone/16k", test_tone_16k);
  g_test_add_func ("/media/spectrogram/tone/resampled", test_tone_resampled);
  g_test_add_func ("/media/spectrogram/silence", test_silence);
  g_test_add_func ("/media/spectrogram/onset", test_onset);
  g_test_add_func ("/media/spectrogram/video-with-audio", test_video_with_audio);
  g_test_add_func ("/media/spectrogram/long", test_long);
  g_test_add_func ("/media/spectrogram/async", test_async);
  g_test_add_func ("/media/spectrogram/error/video-only", test_video_only);
  g_test_add_func ("/media/spectrogram/error/files", test_errors);
  g_test_add_func ("/media/spectrogram/cancel", test_cancel);

  return media_test_run (&tmpdir);
}
