/* test-startup.c — the built application starts on the demo case, shows it and exits cleanly
 *
 * Runs the real executable (COR_EXE) under Xvfb (skips without a display) with
 * COR_BENCH_STARTUP=1, which prints "mapped US" once the window has painted (and, given a clip,
 * "first-frame US" once its first frame is on screen) and then quits. Each run starts from an
 * empty XDG_DATA_HOME, so it also copies the demo case. It quits while the first clip is still
 * loading in the background: before CorApplication waited for its threads at shutdown, a decoder
 * thread loading a plugin during exit() aborted the process in about one run in twenty (this
 * test can catch that only by chance; test-task checks the waiting itself).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ui-test-util.h"

#define DEMO_NAME "Demo — North Korean soldiers"

typedef struct
{
  char *out;
  char *err;
  int   status;   /* exit status, or -1 if killed by a signal */
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
run_app (const char  *data_home,
         const char **args,
         Run         *run)
{
  const char *env[] = { "COR_BENCH_STARTUP", "1", "COR_NON_UNIQUE", "1",
                        "XDG_DATA_HOME", data_home, NULL };

  run->status = ui_test_run_exe (args, env, &run->out, &run->err);
}

static void
assert_clean_run (const Run  *run,
                  const char *marker)
{
  g_autofree char *line = g_strconcat (marker, " ", NULL);

  if (run->status != 0 || strstr (run->err, "CRITICAL") != NULL
      || strstr (run->err, "ERROR") != NULL)
    g_printerr ("stderr of the failed run:\n%s\n", run->err);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, line));
  g_assert_null (strstr (run->err, "CRITICAL"));
  g_assert_null (strstr (run->err, "ERROR"));
}

/* First runs: each copies the demo case, paints the window and quits at once */
static void
test_first_run_paints_and_exits (void)
{
  if (!ui_test_have_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *data_home = ui_test_make_dir ("cor-test-startup-XXXXXX");
      g_autofree char *copy = g_build_filename (data_home, "corroborate", "cases",
                                                DEMO_NAME ".corroborate", NULL);
      Run run = { 0 };

      run_app (data_home, NULL, &run);
      assert_clean_run (&run, "mapped");
      g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));

      run_clear (&run);
      cor_test_remove_tree (data_home);
    }
}

/* A case and a clip on the command line: the first frame is painted, then a clean exit */
static void
test_clip_first_frame (void)
{
  g_autofree char *data_home = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *clip = NULL;
  Run run = { 0 };

  if (!ui_test_have_display ())
    {
      g_test_skip ("needs a display (run under xvfb-run)");
      return;
    }

  data_home = ui_test_make_dir ("cor-test-startup-XXXXXX");
  run_app (data_home, NULL, &run);
  assert_clean_run (&run, "mapped");
  run_clear (&run);

  copy = g_build_filename (data_home, "corroborate", "cases", DEMO_NAME ".corroborate", NULL);
  clip = g_build_filename (data_home, "corroborate", "cases", DEMO_NAME " (clips)",
                           "sergeevka-queue.webm", NULL);
  g_assert_true (g_file_test (clip, G_FILE_TEST_IS_REGULAR));

  {
    const char *args[] = { copy, clip, NULL };

    run_app (data_home, args, &run);
    assert_clean_run (&run, "first-frame");
    run_clear (&run);
  }

  cor_test_remove_tree (data_home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/startup/first-run-paints-and-exits", test_first_run_paints_and_exits);
  g_test_add_func ("/startup/clip-first-frame", test_clip_first_frame);

  return g_test_run ();
}
