/* bench-waveform.c — waveform of an hour of audio next to plain decoding of the same file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Makes (once) one hour of speech-like mono 44.1 kHz audio (pink noise shaped into
 * syllables, words and pauses) as MP3 (lamemp3enc cbr=true bitrate=64) and as Opus/Ogg
 * (opusenc bitrate=32000). For each file it prints, measured by this program in the
 * same run (median of RUNS):
 *   - plain decoding: `gst-launch-1.0 filesrc ! decodebin ! fakesink sync=false`, spawned;
 *   - the same with the fastest decoder named (avdec_mp3float, avdec_opus), spawned;
 *   - cor_waveform_compute() in this process, and in a child process of its own (so that
 *     it pays GStreamer's start-up as gst-launch does); aim ≤ 1.0× plain decoding;
 *   - reopening: cor_store_open + cor_store_get_waveform + cor_waveform_deserialize +
 *     cor_waveform_summarize for 2000 columns; aim ≤ 100 ms.
 * Usage: bench-waveform [--keep DIR] [--runs N] (keeps the audio in DIR, reused next time)
 */
#include <glib/gstdio.h>
#include <gst/gst.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "cor-probe.h"
#include "cor-store.h"
#include "cor-waveform.h"

#define RATE     44100
#define SECONDS  3600
#define COLUMNS  2000

typedef struct
{
  const char *name;
  const char *fastest;   /* gst-launch elements after filesrc */
} BenchFile;

static const BenchFile files[] = {
  { "speech-1h.mp3", "mpegaudioparse ! avdec_mp3float" },
  { "speech-1h.opus", "oggdemux ! opusparse ! avdec_opus" },
};

/* Speech-like loudness: 4–5 syllables a second inside words, words inside phrases of a
 * few seconds, pauses between phrases; the same for every run. */
static float
envelope (guint64 sample)
{
  double t = (double) sample / RATE;
  guint64 phrase = (guint64) (t / 3.3);
  double in_phrase = t - phrase * 3.3;
  double phrase_len = 2.0 + (double) ((phrase * 7919) % 100) / 100.0;
  double syllable = fabs (sin (M_PI * 4.5 * t));
  double level = 0.25 + 0.6 * (double) ((phrase * 104729) % 97) / 97.0;

  if (in_phrase > phrase_len)
    return 0.01f; /* breath pause: room noise */
  return (float) (level * (0.15 + 0.85 * syllable * syllable));
}

static GstPadProbeReturn
shape_buffer (GstPad          *pad,
              GstPadProbeInfo *info,
              gpointer         user_data)
{
  guint64 *position = user_data;
  GstBuffer *buffer = gst_buffer_make_writable (GST_PAD_PROBE_INFO_BUFFER (info));
  GstMapInfo map;

  GST_PAD_PROBE_INFO_DATA (info) = buffer;
  if (gst_buffer_map (buffer, &map, GST_MAP_READWRITE))
    {
      float *pcm = (float *) map.data;
      for (gsize i = 0; i < map.size / sizeof (float); i++)
        pcm[i] *= envelope (*position + i);
      *position += map.size / sizeof (float);
      gst_buffer_unmap (buffer, &map);
    }
  return GST_PAD_PROBE_OK;
}

static void
make_audio (const char *mp3,
            const char *opus)
{
  g_autofree char *line = g_strdup_printf (
    "audiotestsrc wave=pink-noise samplesperbuffer=4410 num-buffers=%d ! "
    "audio/x-raw,format=F32LE,rate=%d,channels=1 ! identity name=shape ! tee name=t "
    "t. ! queue max-size-time=2000000000 ! audioconvert ! lamemp3enc cbr=true bitrate=64 ! "
    "filesink location=\"%s\" "
    "t. ! queue max-size-time=2000000000 ! audioconvert ! audioresample ! "
    "opusenc bitrate=32000 ! oggmux ! filesink location=\"%s\"",
    SECONDS * 10, RATE, mp3, opus);
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = gst_parse_launch (line, &error);
  g_autoptr(GstElement) shape = NULL;
  g_autoptr(GstPad) pad = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) msg = NULL;
  guint64 position = 0;
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  shape = gst_bin_get_by_name (GST_BIN (pipeline), "shape");
  pad = gst_element_get_static_pad (shape, "src");
  gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, shape_buffer, &position, NULL);
  bus = gst_element_get_bus (pipeline);
  printf ("Making one hour of speech-like audio as MP3 and Opus (about a minute)…\n");
  fflush (stdout);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  msg = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE,
                                    GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (GST_MESSAGE_TYPE (msg) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) gst_error = NULL;
      gst_message_parse_error (msg, &gst_error, NULL);
      g_error ("making the audio failed: %s", gst_error->message);
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);
  printf ("  made in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

typedef struct
{
  double wall;  /* seconds */
  double cpu;   /* user + system seconds, all threads */
} Timing;

static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* A command line run to its end */
static Timing
time_command (const char *command)
{
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  gint64 start;
  double cpu;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  cpu = cpu_seconds (RUSAGE_CHILDREN);
  start = g_get_monotonic_time ();
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                               &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", command, error->message);
  return (Timing) { (g_get_monotonic_time () - start) / 1e6,
                    cpu_seconds (RUSAGE_CHILDREN) - cpu };
}

/* cor_waveform_compute() in this process */
static Timing
time_waveform (const char   *path,
               CorWaveform **out)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds (RUSAGE_SELF);
  CorWaveform *waveform = cor_waveform_compute (path, NULL, NULL, NULL, &error);
  Timing t = { (g_get_monotonic_time () - start) / 1e6, cpu_seconds (RUSAGE_SELF) - cpu };

  g_assert_no_error (error);
  if (out != NULL && *out == NULL)
    *out = waveform;
  else
    cor_waveform_unref (waveform);
  return t;
}

static Timing
medians (GArray *timings)
{
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < timings->len; i++)
    {
      g_array_append_val (wall, g_array_index (timings, Timing, i).wall);
      g_array_append_val (cpu, g_array_index (timings, Timing, i).cpu);
    }
  return (Timing) { median (wall), median (cpu) };
}

/* A case holding the waveform; then the time to reopen it and draw 2000 columns */
static double
time_reopen (const char  *dir,
             const char  *name,
             CorWaveform *waveform,
             guint        runs,
             double      *out_deserialize)
{
  g_autofree char *case_name = g_strdup_printf ("%s.corroborate", name);
  g_autofree char *case_path = g_build_filename (dir, case_name, NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) only = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) bytes = cor_waveform_serialize (waveform);
  g_autofree float *mins = g_new (float, COLUMNS);
  g_autofree float *maxs = g_new (float, COLUMNS);
  g_autoptr(GError) error = NULL;
  gint64 clip_id;

  g_unlink (case_path);
  {
    g_autoptr(CorStore) store = cor_store_create (case_path, "Waveform benchmark", "Bench",
                                                  &error);
    g_autoptr(CorClip) clip = cor_clip_new ();
    g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, name, -1);

    g_assert_no_error (error);
    cor_clip_set_title (clip, name);
    cor_clip_set_path (clip, name);
    cor_clip_set_sha256 (clip, sha);
    cor_clip_set_size (clip, 1);
    cor_clip_set_kind (clip, COR_CLIP_KIND_AUDIO);
    cor_clip_set_duration_ns (clip, cor_waveform_get_duration_ns (waveform));
    g_assert_true (cor_store_add_clip (store, clip, &error));
    clip_id = cor_clip_get_id (clip);
    g_assert_true (cor_store_set_waveform (store, clip_id, bytes, &error));
  }

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CorStore) store = cor_store_open (case_path, COR_STORE_OPEN_DEFAULT, &error);
      g_autoptr(GBytes) stored = NULL;
      g_autoptr(CorWaveform) back = NULL;
      gint64 middle;
      double t;

      g_assert_no_error (error);
      stored = cor_store_get_waveform (store, clip_id, &error);
      g_assert_no_error (error);
      middle = g_get_monotonic_time ();
      back = cor_waveform_deserialize (stored, &error);
      g_assert_no_error (error);
      cor_waveform_summarize (back, 0, cor_waveform_get_duration_ns (back), COLUMNS, mins, maxs);
      t = (g_get_monotonic_time () - start) / 1e3;
      g_array_append_val (times, t);
      t = (g_get_monotonic_time () - middle) / 1e3;
      g_array_append_val (only, t);
    }
  g_unlink (case_path);
  *out_deserialize = median (only);
  return median (times);
}

static int
compute_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorWaveform) waveform = cor_waveform_compute (path, NULL, NULL, NULL, &error);

  if (waveform == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *keep = NULL;
  g_autofree char *only = NULL;
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *mp3 = NULL;
  g_autofree char *opus = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int runs = 3;
  GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Keep the audio in DIR (reused)", "DIR" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (median)", "N" },
    { "compute-only", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &only, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("— waveform of an hour of audio");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  cor_media_init ();
  if (only != NULL)
    return compute_only (only);
  runs = MAX (runs, 1);
  self = g_canonicalize_filename (argv[0], NULL);

  if (keep != NULL)
    {
      g_mkdir_with_parents (keep, 0755);
      dir = g_strdup (keep);
    }
  else
    {
      dir = g_dir_make_tmp ("cor-bench-waveform-XXXXXX", &error);
      g_assert_no_error (error);
    }
  mp3 = g_build_filename (dir, files[0].name, NULL);
  opus = g_build_filename (dir, files[1].name, NULL);
  if (!g_file_test (mp3, G_FILE_TEST_EXISTS) || !g_file_test (opus, G_FILE_TEST_EXISTS))
    make_audio (mp3, opus);

  printf ("Waveform of one hour of mono 44.1 kHz speech-like audio, median of %d runs\n"
          "(the measures of one run are taken one after the other; wall-clock and CPU time)\n\n",
          runs);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].name, NULL);
      g_autofree char *plain_cmd = g_strdup_printf (
        "gst-launch-1.0 -q filesrc location='%s' ! decodebin ! fakesink sync=false", path);
      g_autofree char *fast_cmd = g_strdup_printf (
        "gst-launch-1.0 -q filesrc location='%s' ! %s ! fakesink sync=false", path,
        files[i].fastest);
      g_autofree char *self_cmd = g_strdup_printf ("'%s' --compute-only '%s'", self, path);
      g_autoptr(CorWaveform) waveform = NULL;
      g_autoptr(GBytes) stored = NULL;
      g_autoptr(GArray) plain_runs = g_array_new (FALSE, FALSE, sizeof (Timing));
      g_autoptr(GArray) fast_runs = g_array_new (FALSE, FALSE, sizeof (Timing));
      g_autoptr(GArray) ours_runs = g_array_new (FALSE, FALSE, sizeof (Timing));
      g_autoptr(GArray) process_runs = g_array_new (FALSE, FALSE, sizeof (Timing));
      Timing plain, fast, ours, process;
      double reopen, deserialize;

      for (int r = 0; r < runs; r++)
        {
          Timing t = time_command (plain_cmd);
          g_array_append_val (plain_runs, t);
          t = time_command (fast_cmd);
          g_array_append_val (fast_runs, t);
          t = time_waveform (path, &waveform);
          g_array_append_val (ours_runs, t);
          t = time_command (self_cmd);
          g_array_append_val (process_runs, t);
        }
      plain = medians (plain_runs);
      fast = medians (fast_runs);
      ours = medians (ours_runs);
      process = medians (process_runs);
      reopen = time_reopen (dir, files[i].name, waveform, MAX (runs, 5), &deserialize);
      g_assert_cmpint (llabs (cor_waveform_get_duration_ns (waveform) -
                              (gint64) SECONDS * 1000000000), <, 1000000000);
      stored = cor_waveform_serialize (waveform);

      printf ("%s (%u buckets, %" G_GSIZE_FORMAT " bytes stored)\n", files[i].name,
              cor_waveform_get_n_buckets (waveform), g_bytes_get_size (stored));
      printf ("  %-52s %7.2f s wall %7.2f s CPU\n", "gst-launch … ! decodebin ! fakesink",
              plain.wall, plain.cpu);
      printf ("  gst-launch … ! %-36s %7.2f s wall %7.2f s CPU\n", files[i].fastest,
              fast.wall, fast.cpu);
      printf ("  %-52s %7.2f s wall %7.2f s CPU\n", "cor_waveform_compute (in this process)",
              ours.wall, ours.cpu);
      printf ("  %-52s %7.2f s wall %7.2f s CPU\n", "cor_waveform_compute (a process of its own)",
              process.wall, process.cpu);
      printf ("  %-52s %7.2f×  wall %7.2f×  CPU   (aim ≤ 1.0×)\n",
              "waveform (own process) / plain decoding", process.wall / plain.wall,
              process.cpu / plain.cpu);
      printf ("  %-52s %7.2f×  wall %7.2f×  CPU\n", "waveform (own process) / fastest decoder",
              process.wall / fast.wall, process.cpu / fast.cpu);
      printf ("  %-52s %7.1f ms (deserialize + summarize: %.1f ms; aim ≤ 100 ms)\n\n",
              "reopen case + get + deserialize + 2000 columns", reopen, deserialize);
      fflush (stdout);
    }

  if (keep == NULL)
    {
      g_unlink (mp3);
      g_unlink (opus);
      g_rmdir (dir);
    }
  return 0;
}
