/* bench-startup.c — start-up time of Corroborate next to a minimal GTK4 window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display. Run on demand:
 *   ninja -C _build tests/bench/bench-startup tests/bench/minimal-window \
 *         tests/bench/minimal-adw-window app/corroborate \
 *         data/demo/demo.corroborate
 *   xvfb-run -a ./_build/tests/bench/bench-startup [N]              (GL renderer, llvmpipe)
 *   GSK_RENDERER=cairo xvfb-run -a ./_build/tests/bench/bench-startup [N]
 *
 * Each program is started N times (default 10, after one warm-up run that is not counted),
 * with the same environment and renderer (GSK_RENDERER is passed on as it is); minimal, adw and
 * app take turns, round after round:
 *   minimal   tests/bench/minimal-window: exec → its window painted after being mapped
 *   adw       tests/bench/minimal-adw-window: the same from an AdwApplication (libadwaita and
 *             its style sheet loaded): what the toolkit alone costs, for scale
 *   app       corroborate with no argument (a fresh settings backend, so it opens the copy of
 *             the demo case in a temporary XDG_DATA_HOME, which the warm-up run made):
 *             exec → the window painted after being mapped
 *   clip      corroborate DEMO-CASE CLIP (the demo copy and its first clip):
 *             exec → the first video frame painted
 * Both programs print "mapped US" / "first-frame US" (g_get_monotonic_time(), microseconds of
 * CLOCK_MONOTONIC, the same clock in every process) and quit; Corroborate does it when
 * COR_BENCH_STARTUP=1 (cor-application.c). A run that prints nothing in 30 s is killed and
 * fails the benchmark.
 *
 * Prints median and p90 in ms per scenario, the ratios app/minimal (aim: ≤ 1.2) and
 * adw/minimal, and the clip's first frame (aim: ≤ 1.3 s). Exit status 0 when every run finished, whatever the figures.
 */
#include "../common/cor-test-tree.h"
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#define TIMEOUT_S 30

typedef struct
{
  GMainLoop        *loop;
  GDataInputStream *out;
  GCancellable     *cancellable;
  const char       *marker;
  gint64            value_us;
  gboolean          timed_out;
} Run;

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value at fraction @q of the sorted @values (nearest rank) */
static double
quantile (double *values,
          guint   n,
          double  q)
{
  guint rank;

  qsort (values, n, sizeof (double), compare_double);
  rank = (guint) (q * n + 0.999999);
  if (rank < 1)
    rank = 1;
  if (rank > n)
    rank = n;

  return values[rank - 1];
}

static void read_line (Run *run);

static void
line_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL,
                                                    &error);
  if (line == NULL)
    {
      /* end of output or cancelled: the run is over */
      g_main_loop_quit (run->loop);
      return;
    }

  if (g_str_has_prefix (line, run->marker) && line[strlen (run->marker)] == ' ')
    {
      run->value_us = g_ascii_strtoll (line + strlen (run->marker) + 1, NULL, 10);
      g_main_loop_quit (run->loop);
      return;
    }

  read_line (run);
}

static void
read_line (Run *run)
{
  g_data_input_stream_read_line_async (run->out, G_PRIORITY_DEFAULT, run->cancellable, line_cb,
                                       run);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  g_cancellable_cancel (run->cancellable);

  return G_SOURCE_REMOVE;
}

/* Starts @argv and returns the microseconds from just before exec to its @marker line,
 * or -1 if it never came */
static gint64
time_run (GSubprocessLauncher *launcher,
          const char * const  *argv,
          const char          *marker)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GDataInputStream) out = NULL;
  Run run = { 0 };
  gint64 start_us;
  guint timeout;

  start_us = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL)
    {
      g_printerr ("bench-startup: %s: %s\n", argv[0], error->message);
      return -1;
    }

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  run.loop = loop;
  run.out = out;
  run.cancellable = cancellable;
  run.marker = marker;
  run.value_us = -1;

  timeout = g_timeout_add_seconds (TIMEOUT_S, timeout_cb, &run);
  read_line (&run);
  g_main_loop_run (loop);
  if (!run.timed_out)
    g_source_remove (timeout);
  /* let a pending read finish (cancelled) before the stream goes away */
  g_cancellable_cancel (cancellable);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* it quits by itself after its last marker; a stuck one is killed */
  if (run.value_us < 0)
    g_subprocess_force_exit (process);
  if (!g_subprocess_wait (process, NULL, &error))
    g_printerr ("bench-startup: %s\n", error->message);

  if (run.value_us < 0)
    {
      g_printerr ("bench-startup: %s printed no \"%s\"%s\n", argv[0], marker,
                  run.timed_out ? " in 30 s" : "");
      return -1;
    }

  return run.value_us - start_us;
}

/* Times @n rounds after a warm-up round; each round runs every program of @scenarios once, in
 * turn, so that a change in the machine's load touches them alike. FALSE if a run failed. */
typedef struct
{
  const char * const *argv;
  const char         *marker;
  double             *ms;
} Scenario;

static gboolean
time_rounds (GSubprocessLauncher *launcher,
             Scenario            *scenarios,
             guint                n_scenarios,
             guint                n)
{
  for (guint s = 0; s < n_scenarios; s++)
    if (time_run (launcher, scenarios[s].argv, scenarios[s].marker) < 0)
      return FALSE;

  for (guint i = 0; i < n; i++)
    for (guint s = 0; s < n_scenarios; s++)
      {
        gint64 us = time_run (launcher, scenarios[s].argv, scenarios[s].marker);

        if (us < 0)
          return FALSE;
        scenarios[s].ms[i] = us / 1000.0;
      }

  return TRUE;
}

static void
report (const char *name,
        double     *ms,
        guint       n,
        double     *out_median)
{
  double median = quantile (ms, n, 0.5);
  double p90 = quantile (ms, n, 0.9);

  g_print ("%-8s median %7.1f ms   p90 %7.1f ms   (min %.1f, max %.1f, N=%u)\n",
           name, median, p90, ms[0], ms[n - 1], n);
  if (out_median != NULL)
    *out_median = median;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *demo = NULL;
  g_autofree char *clip = NULL;
  g_autofree double *minimal_ms = NULL;
  g_autofree double *adw_ms = NULL;
  g_autofree double *app_ms = NULL;
  g_autofree double *clip_ms = NULL;
  const char *renderer = g_getenv ("GSK_RENDERER");
  double minimal_median = 0, adw_median = 0, app_median = 0, clip_median = 0;
  guint n = 10;
  gboolean ok = TRUE;

  if (argc > 1)
    n = (guint) CLAMP (g_ascii_strtoull (argv[1], NULL, 10), 1, 1000);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup: needs a display: xvfb-run -a %s\n", argv[0]);
      return 77;
    }

  data_home = g_dir_make_tmp ("cor-bench-startup-XXXXXX", NULL);
  g_assert (data_home != NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "COR_BENCH_STARTUP", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "COR_NON_UNIQUE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", COR_BENCH_SCHEMA_DIR, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "COR_AUDIO_SINK", "fakeaudiosink", TRUE);

  minimal_ms = g_new0 (double, n);
  adw_ms = g_new0 (double, n);
  app_ms = g_new0 (double, n);
  clip_ms = g_new0 (double, n);

  g_print ("Start-up, %u runs each after a warm-up, renderer GSK_RENDERER=%s\n", n,
           renderer != NULL ? renderer : "(default)");

  {
    const char *minimal_argv[] = { COR_BENCH_MINIMAL_EXE, NULL };
    const char *adw_argv[] = { COR_BENCH_MINIMAL_ADW_EXE, NULL };
    const char *app_argv[] = { COR_BENCH_APP_EXE, NULL };
    /* the app's warm-up run copies the demo case; the counted ones open that copy */
    Scenario scenarios[] = {
      { minimal_argv, "mapped", minimal_ms },
      { adw_argv, "mapped", adw_ms },
      { app_argv, "mapped", app_ms },
    };

    ok = time_rounds (launcher, scenarios, G_N_ELEMENTS (scenarios), n);
    if (ok)
      {
        report ("minimal", minimal_ms, n, &minimal_median);
        report ("adw", adw_ms, n, &adw_median);
        report ("app", app_ms, n, &app_median);
      }
  }

  demo = g_build_filename (data_home, "corroborate", "cases",
                           "Demo — North Korean soldiers.corroborate", NULL);
  clip = g_build_filename (data_home, "corroborate", "cases",
                           "Demo — North Korean soldiers (clips)", "sergeevka-queue.webm", NULL);
  if (ok && !g_file_test (clip, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("bench-startup: the app made no demo copy at %s (is the demo case built?)\n",
                  demo);
      ok = FALSE;
    }

  if (ok)
    {
      const char *clip_argv[] = { COR_BENCH_APP_EXE, demo, clip, NULL };
      Scenario scenario = { clip_argv, "first-frame", clip_ms };

      ok = time_rounds (launcher, &scenario, 1, n);
      if (ok)
        report ("clip", clip_ms, n, &clip_median);
    }

  if (ok)
    {
      g_print ("ratio app/minimal (medians): %.2f   (aim: <= 1.20)\n",
               app_median / minimal_median);
      g_print ("ratio adw/minimal (medians): %.2f   (libadwaita alone, for scale)\n",
               adw_median / minimal_median);
      g_print ("first frame with a clip (median): %.0f ms   (aim: <= 1300 ms)\n", clip_median);
    }

  cor_test_remove_tree (data_home);

  return ok ? 0 : 1;
}
