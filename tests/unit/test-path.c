/* test-path.c — core: paths relative to a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cor-core.h"

static void
check_relative (const char *path,
                const char *base_dir,
                const char *expected)
{
  g_autofree char *relative = cor_path_relative_to (path, base_dir);

  g_assert_cmpstr (relative, ==, expected);
}

static void
test_relative_inside (void)
{
  check_relative ("/a/b/case/media/x.mp4", "/a/b/case", "media/x.mp4");
  check_relative ("/a/b/case/x.mp4", "/a/b/case", "x.mp4");
  check_relative ("/a/b/case/media/x.mp4", "/a/b/case/", "media/x.mp4");
  check_relative ("/x.mp4", "/", "x.mp4");
  check_relative ("/a/b/x.mp4", "/", "a/b/x.mp4");
}

static void
test_relative_outside (void)
{
  check_relative ("/a/c/x.mp4", "/a/b/case", "../../c/x.mp4");
  check_relative ("/a/b/x.mp4", "/a/b/case", "../x.mp4");
  check_relative ("/z/x.mp4", "/a/b", "../../z/x.mp4");
  check_relative ("/z/x.mp4", "/a/b/", "../../z/x.mp4");
  /* a file named like the folder is not inside it */
  check_relative ("/a/b/case", "/a/b/case", "../case");
}

static void
test_relative_refused (void)
{
  check_relative ("/x.mp4", "relative/dir", NULL);
  check_relative ("x.mp4", "/a/b", NULL);
  check_relative ("x.mp4", "a/b", NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/path/relative-inside", test_relative_inside);
  g_test_add_func ("/core/path/relative-outside", test_relative_outside);
  g_test_add_func ("/core/path/relative-refused", test_relative_refused);

  return g_test_run ();
}
