/* cor-hash.c — SHA-256 of a file, streamed, read-only (imports, verification, reports)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cor-error.h"
#include "cor-hash.h"

#define HASH_CHUNK (1024 * 1024)

char *
cor_hash_file_sha256 (const char        *path,
                     GCancellable      *cancellable,
                     CorProgressFunc    progress,
                     gpointer           progress_data,
                     GError           **error)
{
  g_autofree char *display = NULL;
  g_autofree guchar *buffer = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  GStatBuf st;
  gint64 total = 0;
  gint64 done = 0;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND,
                     _("“%s” does not exist"), display);
      else
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                     _("“%s” cannot be read: %s"), display, g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          close (fd);
          g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                       _("“%s” is a folder, not a file"), display);
          return NULL;
        }
      total = (gint64) st.st_size;
    }

#ifdef POSIX_FADV_SEQUENTIAL
  posix_fadvise (fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  buffer = g_malloc (HASH_CHUNK);
  if (progress)
    progress (0.0, progress_data);

  for (;;)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          close (fd);
          g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
          return NULL;
        }

      n = read (fd, buffer, HASH_CHUNK);
      if (n < 0)
        {
          int saved = errno;
          if (saved == EINTR)
            continue;
          close (fd);
          g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                       _("“%s” cannot be read: %s"), display, g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;

      g_checksum_update (checksum, buffer, (gsize) n);
      done += n;
      if (progress && total > 0)
        progress (MIN (1.0, (double) done / (double) total), progress_data);
    }
  close (fd);

  if (progress)
    progress (1.0, progress_data);
  return g_strdup (g_checksum_get_string (checksum));
}
