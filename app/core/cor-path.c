/* cor-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cor-path.h"

char *
cor_path_relative_to (const char *path,
                      const char *base_dir)
{
  g_auto(GStrv) dparts = NULL;
  g_auto(GStrv) pparts = NULL;
  g_autoptr(GString) out = NULL;
  const char *droot;
  const char *proot;
  guint common = 0;
  guint nd, np;

  g_return_val_if_fail (path != NULL && base_dir != NULL, NULL);

  droot = g_path_skip_root (base_dir);
  proot = g_path_skip_root (path);
  if (droot == NULL || proot == NULL || droot - base_dir != proot - path
      || strncmp (base_dir, path, (size_t) (droot - base_dir)) != 0)
    return NULL;

  dparts = g_strsplit (droot, G_DIR_SEPARATOR_S, -1);
  pparts = g_strsplit (proot, G_DIR_SEPARATOR_S, -1);
  nd = g_strv_length (dparts);
  np = g_strv_length (pparts);
  /* "/" splits to { "" }; so does a trailing separator */
  if (nd > 0 && dparts[nd - 1][0] == '\0')
    nd--;

  while (common < nd && common + 1 < np && g_strcmp0 (dparts[common], pparts[common]) == 0)
    common++;

  out = g_string_new (NULL);
  for (guint i = common; i < nd; i++)
    g_string_append (out, ".." G_DIR_SEPARATOR_S);
  for (guint i = common; i < np; i++)
    {
      g_string_append (out, pparts[i]);
      if (i + 1 < np)
        g_string_append_c (out, G_DIR_SEPARATOR);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
