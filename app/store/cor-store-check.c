/* cor-store-check.c — refusing a file before opening it for writing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file that is missing, not SQLite, not a case, truncated, damaged or from a newer schema
 * is refused with the matching CorStoreError and left byte-for-byte unchanged: the header
 * is read with plain read(), and the schema and pages are checked through an immutable,
 * read-only connection (no lock, no -wal or -shm written).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cor-store-private.h"

#define FULL_CHECK_MAX_BYTES (64 * 1024 * 1024)

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the file without SQLite: missing, unreadable, empty, not SQLite, truncated */
static gboolean
check_file_header (const char  *path,
                   CorStoreFileHeader  *header,
                   GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 buf[100];
  GStatBuf st;
  gssize n;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                     _("There is no case file at “%s”."), path);
      else
        g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                     _("Cannot read “%s”: %s."), path, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                   _("“%s” is a folder, not a case file."), path);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is empty (0 bytes), not a Corroborate case."), path);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                   _("Cannot read “%s”: %s."), path, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, buf, sizeof buf);
  close (fd);

  if (n < (gssize) sizeof buf || memcmp (buf, magic, sizeof magic) != 0)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Corroborate case: it is not an SQLite database."), path);
      return FALSE;
    }

  header->file_size = st.st_size;
  header->page_size = ((guint32) buf[16] << 8) | buf[17];
  if (header->page_size == 1)
    header->page_size = 65536;
  header->page_count = read_be32 (buf + 28);
  header->page_count_valid = header->page_count > 0 && read_be32 (buf + 24) == read_be32 (buf + 92);
  header->user_version = read_be32 (buf + 60);
  header->application_id = read_be32 (buf + 68);

  if (header->application_id != COR_STORE_APPLICATION_ID)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_CASE,
                   _("“%s” is an SQLite database but not a Corroborate case."), path);
      return FALSE;
    }

  if (header->page_size < 512 || (header->page_size & (header->page_size - 1)) != 0 ||
      (header->page_count_valid &&
       (guint64) st.st_size < (guint64) header->page_count * header->page_size))
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_DAMAGED,
                   _("The case “%s” is damaged: the file is shorter than its header says "
                     "(truncated)."), path);
      return FALSE;
    }

  if ((int) header->user_version > cor_store_schema_target_version ())
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_TOO_NEW,
                   _("The case “%s” was written by a newer version of Corroborate "
                     "(schema %u; this version reads up to %d)."),
                   path, header->user_version, cor_store_schema_target_version ());
      return FALSE;
    }

  return TRUE;
}

static char *
immutable_uri (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *escaped = g_uri_escape_string (absolute, "/", FALSE);

  return g_strdup_printf ("file:%s?immutable=1", escaped);
}

gboolean
cor_store_query_text (sqlite3     *db,
                   const char  *sql,
                   char       **out_text)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      int rc = sqlite3_step (stmt);

      if (rc == SQLITE_ROW)
        {
          *out_text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          ok = TRUE;
        }
      else if (rc == SQLITE_DONE)
        {
          *out_text = NULL;
          ok = TRUE;
        }
    }
  sqlite3_finalize (stmt);

  return ok;
}

/* Opens the file read-only and immutable (no lock, no -wal or -shm written) and checks
 * that it is a whole case this version can read. */
static gboolean
verify_case (const char        *path,
             const CorStoreFileHeader  *header,
             goffset            file_size,
             GError           **error)
{
  g_autofree char *uri = immutable_uri (path);
  g_autofree char *check = NULL;
  g_autofree char *has_case_info = NULL;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO, _("Cannot open “%s”: %s."),
                   path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }

  if (!cor_store_query_text (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                              "AND name = 'case_info'", &has_case_info))
    goto damaged;
  if (header->user_version >= 1 && has_case_info == NULL)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_CASE,
                   _("“%s” is an SQLite database but not a Corroborate case "
                     "(it has no case information)."), path);
      sqlite3_close (db);
      return FALSE;
    }

  /* A whole quick_check reads every page: ~2 ms per MB. Above FULL_CHECK_MAX_BYTES, the
   * schema and the small tables are checked here, and damage elsewhere is reported as
   * COR_STORE_ERROR_DAMAGED when a read reaches it. */
  if (file_size <= FULL_CHECK_MAX_BYTES)
    {
      if (!cor_store_query_text (db, "PRAGMA quick_check (1)", &check) ||
          g_strcmp0 (check, "ok") != 0)
        goto damaged;
    }
  else
    {
      static const char *tables[] = {
        "sqlite_schema", "session", "case_info", "clips", "articles", "claims",
      };

      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        {
          g_autofree char *sql = g_strdup_printf ("PRAGMA quick_check (%s)", tables[i]);

          g_clear_pointer (&check, g_free);
          if (!cor_store_query_text (db, sql, &check) || g_strcmp0 (check, "ok") != 0)
            goto damaged;
        }
    }

  sqlite3_close (db);
  return TRUE;

damaged:
  g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_DAMAGED,
               _("The case “%s” is damaged: %s."), path,
               check != NULL ? check : sqlite3_errmsg (db));
  sqlite3_close (db);
  return FALSE;
}

gboolean
cor_store_check_file (const char          *path,
                      CorStoreFileHeader  *header,
                      GError             **error)
{
  return check_file_header (path, header, error) &&
         verify_case (path, header, header->file_size, error);
}
