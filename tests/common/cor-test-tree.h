/* cor-test-tree.h — removing a test's temporary tree (shared by every test suite)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

/* Removes @path and, for a directory, everything below it; links are removed, not followed */
static inline void
cor_test_remove_tree (const char *path)
{
  if (path == NULL)
    return;
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          cor_test_remove_tree (child);
        }
    }
  g_remove (path);
}
