/* cor-demo.c — the shipped demo case and the user's copies of it (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "cor-demo.h"
#include "cor-error.h"
#include "cor-store.h"

/* Helpers */

static gboolean
holds_demo (const char *dir)
{
  g_autofree char *path = NULL;

  if (dir == NULL || dir[0] == '\0')
    return FALSE;

  path = g_build_filename (dir, COR_DEMO_CASE_FILE, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);

  /* the installed files are read-only and owned by root: the copy gets the user's defaults */
  return g_file_copy (source, target, G_FILE_COPY_TARGET_DEFAULT_PERMS, NULL, NULL, NULL, error);
}

static void
remove_copy (const char *case_path,
             const char *clip_dir)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autoptr(GDir) dir = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (case_path, suffixes[i], NULL);

      g_remove (path);
    }

  dir = g_dir_open (clip_dir, 0, NULL);
  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (clip_dir, name, NULL);

          g_remove (path);
        }
    }
  g_rmdir (clip_dir);
}

/* The shipped file a clip of the shipped case stands for: its path relative to the case
 * folder, else its file name, looked up in @shipped_dir */
static char *
shipped_clip_path (const char *shipped_dir,
                   CorClip    *clip)
{
  const char *relative = cor_clip_get_relative_path (clip);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (relative != NULL && relative[0] != '\0' && !g_path_is_absolute (relative))
    {
      path = g_build_filename (shipped_dir, relative, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
      g_clear_pointer (&path, g_free);
    }

  if (cor_clip_get_path (clip) == NULL)
    return NULL;

  name = g_path_get_basename (cor_clip_get_path (clip));
  path = g_build_filename (shipped_dir, name, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);

  return NULL;
}

/* Copies every clip of the (already copied) case @store into @clip_dir and points the
 * records at the copies */
static gboolean
copy_clips (CorStore    *store,
            const char  *shipped_dir,
            const char  *clip_dir,
            GError     **error)
{
  GListModel *clips = cor_store_get_clips (store);
  g_autofree char *folder_name = g_path_get_basename (clip_dir);
  guint n = g_list_model_get_n_items (clips);
  g_autoptr(GPtrArray) updated = g_ptr_array_new_with_free_func (g_object_unref);

  /* copy first, then change the records: the store's list model changes as we update */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      g_autofree char *from = shipped_clip_path (shipped_dir, clip);
      g_autofree char *name = NULL;
      g_autofree char *to = NULL;
      g_autofree char *relative = NULL;

      if (from == NULL)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                       /* TRANSLATORS: %s is a file name */
                       _("The demo clip “%s” is missing from %s."),
                       cor_clip_get_relative_path (clip) != NULL
                         ? cor_clip_get_relative_path (clip) : cor_clip_get_title (clip),
                       shipped_dir);
          return FALSE;
        }

      name = g_path_get_basename (from);
      to = g_build_filename (clip_dir, name, NULL);
      if (!copy_file (from, to, error))
        return FALSE;

      relative = g_build_filename (folder_name, name, NULL);
      cor_clip_set_path (clip, to);
      cor_clip_set_relative_path (clip, relative);
      g_ptr_array_add (updated, g_steal_pointer (&clip));
    }

  if (!cor_store_begin_transaction (store, error))
    return FALSE;

  for (guint i = 0; i < updated->len; i++)
    if (!cor_store_update_clip (store, updated->pdata[i], error))
      {
        cor_store_rollback (store);
        return FALSE;
      }

  return cor_store_commit (store, error);
}

/* Public API */

char *
cor_demo_find_shipped_dir (void)
{
  g_autofree char *installed = NULL;

#ifdef COR_BUILD_DEMO_DIR
  if (holds_demo (COR_BUILD_DEMO_DIR))
    return g_strdup (COR_BUILD_DEMO_DIR);
#endif

#ifdef COR_DATADIR
  installed = g_build_filename (COR_DATADIR, "corroborate", "demo", NULL);
  if (holds_demo (installed))
    return g_steal_pointer (&installed);
#endif

  return NULL;
}

char *
cor_demo_unique_paths (const char  *dir,
                       const char  *base,
                       char       **out_clip_dir)
{
  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (base != NULL, NULL);

  for (guint i = 1; ; i++)
    {
      g_autofree char *stem = NULL;
      g_autofree char *case_name = NULL;
      g_autofree char *clip_name = NULL;
      g_autofree char *case_path = NULL;
      g_autofree char *clip_dir = NULL;

      stem = i == 1 ? g_strdup (base) : g_strdup_printf ("%s %u", base, i);
      case_name = g_strconcat (stem, COR_STORE_FILE_EXTENSION, NULL);
      /* TRANSLATORS: the folder beside a copy of the demo case holding its clips;
       * %s is the case's file name without its extension */
      clip_name = g_strdup_printf (_("%s (clips)"), stem);
      case_path = g_build_filename (dir, case_name, NULL);
      clip_dir = g_build_filename (dir, clip_name, NULL);

      if (!g_file_test (case_path, G_FILE_TEST_EXISTS)
          && !g_file_test (clip_dir, G_FILE_TEST_EXISTS))
        {
          if (out_clip_dir != NULL)
            *out_clip_dir = g_steal_pointer (&clip_dir);
          return g_steal_pointer (&case_path);
        }
    }
}

char *
cor_demo_copy (const char  *shipped_dir,
               const char  *cases_dir,
               const char  *base,
               const char  *analyst,
               GError     **error)
{
  g_autofree char *shipped_case = NULL;
  g_autofree char *shipped_wal = NULL;
  g_autofree char *case_path = NULL;
  g_autofree char *clip_dir = NULL;
  g_autoptr(CorStore) store = NULL;

  g_return_val_if_fail (shipped_dir != NULL, NULL);
  g_return_val_if_fail (cases_dir != NULL, NULL);
  g_return_val_if_fail (base != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!holds_demo (shipped_dir))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("The demo case is not installed: %s holds no %s."),
                   shipped_dir, COR_DEMO_CASE_FILE);
      return NULL;
    }

  if (g_mkdir_with_parents (cases_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create the folder %s: %s"), cases_dir, g_strerror (saved_errno));
      return NULL;
    }

  case_path = cor_demo_unique_paths (cases_dir, base, &clip_dir);
  if (g_mkdir (clip_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create the folder %s: %s"), clip_dir, g_strerror (saved_errno));
      return NULL;
    }

  shipped_case = g_build_filename (shipped_dir, COR_DEMO_CASE_FILE, NULL);
  shipped_wal = g_strconcat (shipped_case, "-wal", NULL);
  if (!copy_file (shipped_case, case_path, error))
    goto failed;
  /* a case closed cleanly has no write-ahead log; if one is there it belongs to the case */
  if (g_file_test (shipped_wal, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *wal = g_strconcat (case_path, "-wal", NULL);

      if (!copy_file (shipped_wal, wal, error))
        goto failed;
    }

  store = cor_store_open (case_path, COR_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    goto failed;
  if (analyst != NULL)
    cor_store_set_analyst (store, analyst);
  if (!copy_clips (store, shipped_dir, clip_dir, error))
    goto failed;

  g_clear_object (&store);

  return g_steal_pointer (&case_path);

failed:
  g_clear_object (&store);
  remove_copy (case_path, clip_dir);
  return NULL;
}
