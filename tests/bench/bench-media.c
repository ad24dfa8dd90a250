/* bench-media.c — the player's figures next to bare GStreamer, on generated media
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Makes (once, cached) a 60 s 1080p30 H.264 (main profile, B-frames, a key frame every
 * 150 frames = 5 s, like phone footage; x264 ultrafast at 8 Mbit/s) + AAC clip in MP4,
 * and prints, each figure next to its anchor measured by this program in the same run:
 *   - open → first frame ready: CorPlayer ("frame-ready") vs a bare pipeline
 *     (uridecodebin → appsink, native format and converted to BGRA as the player's) to
 *     its first preroll sample;
 *   - open → first frame on screen: CorPlayerView in a GtkWindow, the paintable's first
 *     invalidate-contents and the frame clock's paint after it (needs a display);
 *   - 20 accurate seeks to random positions (fixed seed) → frame ready: median, p90, max,
 *     and the ratio to the bare pipeline doing the same FLUSH|ACCURATE seeks (aim ≤ 1.2×);
 *   - scrub (key-unit) seeks (aim ≤ 60 ms median); frame step forward and back (aim < 40 ms
 *     forward), mid-GOP;
 *   - still capture to a stored PNG (cor_player_snapshot_async + cor_store_add_snapshot
 *     into a temporary case, 1080p; aim ≤ 300 ms) and the main loop's longest stall
 *     during it (a 1 ms timeout source), next to the stall with nothing to do;
 *   - playback in the window (CorPlayerView): frames that reached the sink, were shown
 *     (paintable invalidations) and painted against the frames expected, the sink's
 *     dropped count and QOS messages, and the process's CPU (getrusage / wall time;
 *     aim ≤ 0.4 of a core), next to a bare pipeline playing the same span. 15 s by
 *     default; --full plays the whole 60 s (1800 frames);
 *   - the waveform of one hour of MP3 and Opus against plain decoding, and its reopening
 *     from the case: runs ./bench-waveform (same folder) on the same cache folder.
 * Usage (the audio sink is fakeaudiosink unless COR_AUDIO_SINK says otherwise):
 *   ninja -C _build tests/bench/bench-media tests/bench/bench-waveform
 *   xvfb-run -a -s "-screen 0 1920x1080x24" ./_build/tests/bench/bench-media \
 *       [--keep DIR] [--full] [--runs N] [--no-window] [--no-waveform] [--verbose]
 * Media are kept in DIR, else in $XDG_CACHE_HOME/corroborate-bench, and reused; the time
 * to make them is printed on its own.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "bench-media.h"
#include "cor-import.h"
#include "cor-player.h"
#include "cor-probe.h"
#include "cor-waveform.h"

#define VIDEO_NAME "video-60s-1080p30-h264-aac.mp4"

static gboolean verbose;

gint64
bench_now_us (void)
{
  return g_get_monotonic_time ();
}

double
bench_cpu_s (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
         + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

void
bench_stats (GArray     *ms,
             BenchStats *out)
{
  g_autoptr(GArray) sorted = g_array_copy (ms);
  guint n = sorted->len;

  memset (out, 0, sizeof *out);
  out->n = n;
  if (n == 0)
    return;
  g_array_sort (sorted, compare_doubles);
  out->median = n % 2 ? g_array_index (sorted, double, n / 2)
                      : (g_array_index (sorted, double, n / 2 - 1)
                         + g_array_index (sorted, double, n / 2)) / 2;
  out->p90 = g_array_index (sorted, double, (guint) MAX (0, ceil (0.9 * n) - 1));
  out->max = g_array_index (sorted, double, n - 1);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;
  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
bench_wait (gboolean *flag,
            double    timeout_s)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add ((guint) (timeout_s * 1000), timeout_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return *flag;
}

void
bench_print_stats (const char *label,
                   GArray     *ms)
{
  BenchStats s;

  bench_stats (ms, &s);
  printf ("  %-44s median %7.1f ms  p90 %7.1f ms  max %7.1f ms  (n=%u)\n", label, s.median,
          s.p90, s.max, s.n);
}

void
bench_print_ratio (const char *label,
                   GArray     *ours,
                   GArray     *anchor,
                   const char *aim)
{
  BenchStats a, b;

  bench_stats (ours, &a);
  bench_stats (anchor, &b);
  printf ("  %-44s median %.2f×  p90 %.2f×  max %.2f×   %s\n", label,
          b.median > 0 ? a.median / b.median : 0, b.p90 > 0 ? a.p90 / b.p90 : 0,
          b.max > 0 ? a.max / b.max : 0, aim);
}

void
bench_qos_note (GHashTable *dropped,
                GstMessage *msg)
{
  guint64 processed = 0, count = 0;
  GstFormat format = GST_FORMAT_UNDEFINED;
  guint64 *kept;

  gst_message_parse_qos_stats (msg, &format, &processed, &count);
  if (format != GST_FORMAT_BUFFERS && format != GST_FORMAT_DEFAULT)
    return;
  kept = g_hash_table_lookup (dropped, GST_MESSAGE_SRC (msg));
  if (kept == NULL)
    {
      kept = g_new0 (guint64, 1);
      g_hash_table_insert (dropped, GST_MESSAGE_SRC (msg), kept);
    }
  *kept = MAX (*kept, count);
}

guint64
bench_qos_total (GHashTable *dropped)
{
  GHashTableIter iter;
  gpointer value;
  guint64 total = 0;

  g_hash_table_iter_init (&iter, dropped);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += *(guint64 *) value;
  return total;
}

void
bench_print_playback (const char          *label,
                      const BenchPlayback *p)
{
  printf ("  %-44s %5.1f s wall, CPU %.2f of a core; frames expected %" G_GUINT64_FORMAT
          ", reached sink %" G_GUINT64_FORMAT, label, p->wall_s,
          p->wall_s > 0 ? p->cpu_s / p->wall_s : 0, p->expected, p->reached_sink);
  if (p->shown || p->painted)
    printf (", shown %" G_GUINT64_FORMAT " (%" G_GINT64_FORMAT " never shown), painted %"
            G_GUINT64_FORMAT, p->shown, (gint64) p->expected - (gint64) p->shown, p->painted);
  printf ("; sink dropped %" G_GUINT64_FORMAT ", QOS messages %" G_GUINT64_FORMAT
          " (dropped %" G_GUINT64_FORMAT ")\n", p->sink_dropped, p->qos_messages,
          p->qos_dropped);
}

static void
make_video (const char *path)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autofree char *line = g_strdup_printf (
    "videotestsrc pattern=smpte horizontal-speed=4 num-buffers=%d ! "
    "video/x-raw,width=1920,height=1080,framerate=%d/%d ! "
    "timeoverlay font-desc=\"Sans 48\" ! videoconvert ! "
    "x264enc speed-preset=ultrafast key-int-max=150 bframes=2 bitrate=8000 ! "
    "video/x-h264,profile=main ! h264parse ! queue ! mp4mux name=mux ! "
    "filesink location=\"%s\" "
    "audiotestsrc wave=sine freq=440 volume=0.3 samplesperbuffer=1470 num-buffers=%d ! "
    "audio/x-raw,rate=44100,channels=2 ! audioconvert ! avenc_aac ! queue ! mux.",
    BENCH_SECONDS * BENCH_FPS_N, BENCH_FPS_N, BENCH_FPS_D, partial, BENCH_SECONDS * 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = gst_parse_launch (line, &error);
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) msg = NULL;
  gint64 start = bench_now_us ();

  if (pipeline == NULL)
    g_error ("making the clip: %s", error->message);
  printf ("Making the 60 s 1080p30 H.264 + AAC clip (once; about a minute)…\n");
  fflush (stdout);
  bus = gst_element_get_bus (pipeline);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  msg = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE,
                                    GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (GST_MESSAGE_TYPE (msg) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) gst_error = NULL;
      gst_message_parse_error (msg, &gst_error, NULL);
      g_error ("making the clip failed: %s", gst_error->message);
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);
  if (g_rename (partial, path) != 0)
    g_error ("renaming %s: %s", partial, g_strerror (errno));
  printf ("  generation: %.1f s (not part of any figure below)\n",
          (bench_now_us () - start) / 1e6);
}

/* A temporary case with the clip imported and its waveform stored (as after the first
 * open in the app), so that the player view does not compute it while measured */
static char *
make_case (BenchMedia *media)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-bench-media-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(CorWaveform) waveform = NULL;
  g_autoptr(GBytes) peaks = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.corroborate", NULL);
  media->store = cor_store_create (path, "Media benchmark", "Bench", &error);
  g_assert_no_error (error);
  clip = cor_media_import_clip (media->store, media->video, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  media->clip_id = cor_clip_get_id (clip);
  media->duration_ns = cor_clip_get_duration_ns (clip);
  waveform = cor_waveform_compute (media->video, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  peaks = cor_waveform_serialize (waveform);
  g_assert_true (cor_store_set_waveform (media->store, media->clip_id, peaks, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
remove_case (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

static void
run_waveform (const char *self,
              const char *dir,
              int         runs)
{
  g_autofree char *bindir = g_path_get_dirname (self);
  g_autofree char *program = g_build_filename (bindir, "bench-waveform", NULL);
  g_autofree char *runs_text = g_strdup_printf ("%d", runs);
  const char *argv[] = { program, "--keep", dir, "--runs", runs_text, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  printf ("\nWaveform of one hour of audio (./bench-waveform --keep %s --runs %d)\n", dir, runs);
  fflush (stdout);
  if (!g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      printf ("  skipped: %s is not built (ninja … tests/bench/bench-waveform)\n", program);
      return;
    }
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    printf ("  bench-waveform failed: %s\n", error->message);
}

static void
print_section (const char *title)
{
  printf ("\n%s\n", title);
  fflush (stdout);
}

/* --verbose: each position with its two times */
static void
print_each (GArray *positions,
            GArray *anchor,
            GArray *ours)
{
  if (!verbose)
    return;
  for (guint i = 0; i < positions->len; i++)
    printf ("    %7.3f s (%.2f s past a key frame): anchor %7.1f ms, CorPlayer %7.1f ms\n",
            g_array_index (positions, gint64, i) / 1e9,
            fmod (g_array_index (positions, gint64, i) / 1e9, 5.0),
            g_array_index (anchor, double, i), g_array_index (ours, double, i));
}

static GArray *
new_ms (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

static void
append (GArray *ms,
        double  t)
{
  g_array_append_val (ms, t);
}

/* Each measure alternates between the anchors and the player, so that a change in the
 * machine's load during the run hits both alike */
static void
measure_player (BenchMedia *media)
{
  g_autoptr(GArray) opened = new_ms ();
  g_autoptr(GArray) ours = new_ms ();
  g_autoptr(GArray) bare = new_ms ();
  g_autoptr(GArray) bare_bgra = new_ms ();
  g_autoptr(GArray) store_ms = NULL;
  GstSeekFlags accurate = GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE;
  GstSeekFlags key_unit = GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT |
                          GST_SEEK_FLAG_SNAP_NEAREST;
  gint64 step_from = (gint64) (12.5 * GST_SECOND);  /* mid-GOP: 75 frames past a key frame */
  BenchAnchor *anchor, *anchor_bgra;
  BenchPlayer *player = bench_player_new (media);
  double stall = 0, idle_stall = 0, t, opened_t;
  gsize png_size = 0;
  guint landed = 0, exact = 0;
  gboolean ok;

  print_section ("Open → first frame ready (median of runs; a warm-up open first)");
  for (int i = -1; i < media->runs; i++)
    {
      double t_bare, t_bgra;

      bench_anchor_free (bench_anchor_new (media->video, FALSE, &t_bare));
      bench_anchor_free (bench_anchor_new (media->video, TRUE, &t_bgra));
      t = bench_player_reopen (player, &opened_t);
      if (i < 0)
        continue;
      append (bare, t_bare);
      append (bare_bgra, t_bgra);
      append (ours, t);
      append (opened, opened_t);
    }
  bench_print_stats ("anchor: uridecodebin → appsink (native)", bare);
  bench_print_stats ("anchor: uridecodebin → videoconvert → BGRA", bare_bgra);
  bench_print_stats ("CorPlayer: open → \"frame-ready\"", ours);
  bench_print_stats ("CorPlayer: open → \"opened\"", opened);
  bench_print_ratio ("CorPlayer / anchor BGRA", ours, bare_bgra, "");

  print_section ("Accurate seek to 20 random positions (seed 42) → frame ready");
  g_array_set_size (bare, 0);
  g_array_set_size (bare_bgra, 0);
  g_array_set_size (ours, 0);
  anchor = bench_anchor_new (media->video, FALSE, NULL);
  anchor_bgra = bench_anchor_new (media->video, TRUE, NULL);
  for (guint i = 0; i < media->positions->len; i++)
    {
      gint64 pos = g_array_index (media->positions, gint64, i);

      append (bare, bench_anchor_seek (anchor, pos, accurate));
      append (bare_bgra, bench_anchor_seek (anchor_bgra, pos, accurate));
      append (ours, bench_player_seek (player, pos, COR_SEEK_ACCURATE, &ok));
      landed += ok;
    }
  bench_print_stats ("anchor: FLUSH|ACCURATE → preroll (native)", bare);
  bench_print_stats ("anchor: FLUSH|ACCURATE → preroll (BGRA)", bare_bgra);
  bench_print_stats ("CorPlayer: seek ACCURATE → \"frame-ready\"", ours);
  bench_print_ratio ("CorPlayer / anchor BGRA", ours, bare_bgra, "aim ≤ 1.2×");
  bench_print_ratio ("CorPlayer / anchor native", ours, bare, "");
  printf ("  CorPlayer landed on the frame covering the target: %u/%u\n", landed, ours->len);
  print_each (media->positions, bare_bgra, ours);

  print_section ("Scrub: key-unit seek to the same 20 positions → frame ready");
  g_array_set_size (bare_bgra, 0);
  g_array_set_size (ours, 0);
  for (guint i = 0; i < media->positions->len; i++)
    {
      gint64 pos = g_array_index (media->positions, gint64, i);

      append (bare_bgra, bench_anchor_seek (anchor_bgra, pos, key_unit));
      append (ours, bench_player_seek (player, pos, COR_SEEK_FAST, NULL));
    }
  bench_print_stats ("anchor: FLUSH|KEY_UNIT|SNAP_NEAREST (BGRA)", bare_bgra);
  bench_print_stats ("CorPlayer: seek FAST → \"frame-ready\"", ours);
  bench_print_ratio ("CorPlayer / anchor BGRA", ours, bare_bgra, "aim ≤ 60 ms median");
  print_each (media->positions, bare_bgra, ours);

  print_section ("Frame step, 20 single steps each way from 12.5 s (75 frames past a key "
                 "frame)");
  for (int direction = 1; direction >= -1; direction -= 2)
    {
      g_array_set_size (bare_bgra, 0);
      g_array_set_size (ours, 0);
      exact = 0;
      bench_anchor_seek (anchor_bgra, step_from, accurate);
      bench_player_seek (player, step_from, COR_SEEK_ACCURATE, NULL);
      for (int i = 0; i < BENCH_N_SEEKS; i++)
        {
          append (bare_bgra, bench_anchor_step (anchor_bgra, direction));
          append (ours, bench_player_step (player, direction, &ok));
          exact += ok;
        }
      if (direction > 0)
        {
          bench_print_stats ("anchor: step event to the sink (BGRA)", bare_bgra);
          bench_print_stats ("CorPlayer: step +1 → \"frame-ready\"", ours);
          bench_print_ratio ("CorPlayer / anchor forward", ours, bare_bgra,
                             "aim < 40 ms median");
        }
      else
        {
          bench_print_stats ("anchor: accurate seek to previous frame", bare_bgra);
          bench_print_stats ("CorPlayer: step -1 → \"frame-ready\"", ours);
          bench_print_ratio ("CorPlayer / anchor back", ours, bare_bgra, "");
        }
      printf ("  CorPlayer showed the right frame: %u/%u\n", exact, ours->len);
    }
  bench_anchor_free (anchor);
  bench_anchor_free (anchor_bgra);
  bench_player_free (player);

  print_section ("Still capture of the 1080p frame to a PNG stored in the case");
  g_clear_pointer (&ours, g_array_unref);
  ours = bench_player_stills (media, &store_ms, &stall, &idle_stall, &png_size);
  bench_print_stats ("snapshot_async → add_snapshot done", ours);
  bench_print_stats ("  of which cor_store_add_snapshot (main)", store_ms);
  printf ("  %-44s aim ≤ 300 ms; PNG %.1f MB\n", "", png_size / 1e6);
  printf ("  main loop longest stall during captures: %.1f ms (idle: %.1f ms) — "
          "PNG encoding runs in a worker thread\n", stall, idle_stall);
}

static void
measure_window (BenchMedia *media,
                double      play_seconds,
                gboolean    full)
{
  g_autoptr(GArray) invalidated = NULL;
  g_autoptr(GArray) painted = NULL;
  g_autofree char *renderer = NULL;
  BenchPlayback ours = { 0 }, bare = { 0 };

  print_section ("Open → first frame on screen: CorPlayerView in a 1280×800 GtkWindow");
  bench_window_run (media, play_seconds, &invalidated, &painted, &ours, &renderer);
  bench_print_stats ("load → paintable invalidate-contents", invalidated);
  bench_print_stats ("load → frame clock paint with the frame", painted);
  printf ("  (GSK renderer: %s)\n", renderer);

  print_section (full ? "Playback of the whole 60 s clip (--full)"
                      : "Playback of the first 15 s (--full plays the whole 60 s)");
  bench_anchor_playback (media->video, play_seconds, &bare);
  bench_print_playback ("anchor: uridecodebin → BGRA appsink sync", &bare);
  bench_print_playback ("CorPlayerView in the window", &ours);
  printf ("  %-44s aim: 0 dropped, CPU ≤ 0.4 of a core (the process: decoding, "
          "conversion, GTK drawing)\n", "");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *video = NULL;
  g_autofree char *case_path = NULL;
  g_autofree char *self = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  gboolean full = FALSE, no_window = FALSE, no_waveform = FALSE, have_display;
  int runs = 5, waveform_runs = 1;
  BenchMedia media = { 0 };
  GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep,
      "Keep the media in DIR (default $XDG_CACHE_HOME/corroborate-bench)", "DIR" },
    { "full", 0, 0, G_OPTION_ARG_NONE, &full, "Play the whole 60 s (default 15 s)", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Opens and stills measured (median)", "N" },
    { "waveform-runs", 0, 0, G_OPTION_ARG_INT, &waveform_runs,
      "Runs of each bench-waveform measure", "N" },
    { "no-window", 0, 0, G_OPTION_ARG_NONE, &no_window, "Skip the window measures", NULL },
    { "no-waveform", 0, 0, G_OPTION_ARG_NONE, &no_waveform, "Skip bench-waveform", NULL },
    { "verbose", 0, 0, G_OPTION_ARG_NONE, &verbose, "Print every seek", NULL },
    { NULL }
  };

  context = g_option_context_new ("— the player's figures next to bare GStreamer");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  g_setenv ("COR_AUDIO_SINK", "fakeaudiosink", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  cor_media_init ();
  have_display = !no_window && bench_window_init ();
  self = g_canonicalize_filename (argv[0], NULL);
  media.runs = MAX (runs, 1);

  dir = keep ? g_strdup (keep) : g_build_filename (g_get_user_cache_dir (),
                                                   "corroborate-bench", NULL);
  g_mkdir_with_parents (dir, 0755);
  video = g_build_filename (dir, VIDEO_NAME, NULL);
  printf ("Media in %s\n", dir);
  if (!g_file_test (video, G_FILE_TEST_EXISTS))
    make_video (video);
  else
    printf ("  %s: cached (generated earlier)\n", VIDEO_NAME);
  media.video = video;
  case_path = make_case (&media);
  printf ("  clip: %.3f s, 1920×1080, 30 fps, H.264 main + AAC, key frame every 5 s; "
          "audio sink %s\n", media.duration_ns / 1e9, g_getenv ("COR_AUDIO_SINK"));

  rand = g_rand_new_with_seed (42);
  media.positions = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (int i = 0; i < BENCH_N_SEEKS; i++)
    {
      gint64 pos = (gint64) (g_rand_double_range (rand, 0.5, media.duration_ns / 1e9 - 1.0)
                             * GST_SECOND);
      g_array_append_val (media.positions, pos);
    }

  measure_player (&media);
  if (have_display)
    measure_window (&media, full ? 0 : 15.0, full);
  else
    print_section (no_window ? "Window measures skipped (--no-window)"
                             : "Window measures skipped: no display (run under xvfb-run)");

  g_clear_object (&media.store);
  remove_case (case_path);
  g_array_unref (media.positions);

  if (!no_waveform)
    run_waveform (self, dir, MAX (waveform_runs, 1));
  return 0;
}
