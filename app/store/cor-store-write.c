/* cor-store-write.c — what the writes of every record share: validation, errors, one row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "cor-store-private.h"

gboolean
cor_store_invalid (GError     **error,
                   const char  *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  g_set_error_literal (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID, "");
  if (error != NULL && *error != NULL)
    {
      g_free ((*error)->message);
      (*error)->message = g_strdup_vprintf (format, args);
    }
  va_end (args);

  return FALSE;
}

char *
cor_store_keep_time (const char  *given,
                     const char  *fallback,
                     const char  *field,
                     GError     **error)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) in_utc = NULL;
  g_autofree char *seconds = NULL;

  if (given == NULL)
    return g_strdup (fallback);

  utc = g_time_zone_new_utc ();
  parsed = g_date_time_new_from_iso8601 (given, utc);
  if (parsed == NULL)
    {
      cor_store_invalid (error, _("The %s time “%s” is not an ISO 8601 date and time."),
                         field, given);
      return NULL;
    }

  in_utc = g_date_time_to_utc (parsed);
  seconds = g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (in_utc) / 1000);
}

char *
cor_store_keep_uuid (const char  *given,
                     GError     **error)
{
  if (given == NULL)
    return g_uuid_string_random ();

  if (!g_uuid_string_is_valid (given))
    {
      cor_store_invalid (error, _("“%s” is not a UUID."), given);
      return NULL;
    }

  return g_strdup (given);
}

gboolean
cor_store_has_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

gboolean
cor_store_record_exists (CorStore    *self,
                         const char  *table,
                         gint64       id,
                         gboolean    *out_exists,
                         GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?", table);
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Could not read the case"));
      return FALSE;
    }
  *out_exists = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
cor_store_require (CorStore    *self,
                   const char  *table,
                   gint64       id,
                   GError     **error)
{
  gboolean exists = FALSE;

  if (!cor_store_record_exists (self, table, id, &exists, error))
    return FALSE;

  if (!exists)
    {
      const char *what = g_str_equal (table, "articles") ? _("article") :
                         g_str_equal (table, "claims") ? _("claim") :
                         g_str_equal (table, "clips") ? _("clip") :
                         g_str_equal (table, "annotations") ? _("observation") :
                         g_str_equal (table, "snapshots") ? _("still") : table;

      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND,
                   _("There is no %s with id %" PRId64 "."), what, id);
      return FALSE;
    }

  return TRUE;
}

gboolean
cor_store_valid_language (const char  *code,
                          GError     **error)
{
  gsize len;

  if (code == NULL)
    return TRUE;

  len = strlen (code);
  if (len >= 2 && len <= 3 && strspn (code, "abcdefghijklmnopqrstuvwxyz") == len)
    return TRUE;

  return cor_store_invalid (error, _("Language “%s” is not an ISO 639 code such as “ko” or "
                                     "“ru”."), code);
}

gboolean
cor_store_valid_date (const char *text)
{
  int year = 0, month = 1, day = 1;
  gsize len = strlen (text);

  if (!(len == 4 || len == 7 || len == 10))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (i == 4 || i == 7)
        {
          if (text[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = atoi (text);
  if (len >= 7)
    month = atoi (text + 5);
  if (len == 10)
    day = atoi (text + 8);

  return year >= 1 && g_date_valid_dmy (day, month, year);
}

gboolean
cor_store_valid_json (const char *text)
{
  g_autoptr(JsonParser) parser = NULL;

  if (text == NULL)
    return TRUE;
  parser = json_parser_new ();
  return json_parser_load_from_data (parser, text, -1, NULL);
}

void
cor_store_bind_id_or_null (sqlite3_stmt *stmt,
                           int           index,
                           gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Deletes one row by id and queues the change; NOT_FOUND when there is none */
gboolean
cor_store_delete_row (CorStore    *self,
                      const char  *table,
                      gint64       id,
                      GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", table);
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!cor_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return cor_store_require (self, table, id, error);

  cor_store_queue_change (self, table, id, COR_STORE_CHANGE_DELETE);
  return TRUE;
}

/* Queues a DELETE for every row of @table that @sql (one ? bound to @id) selects */
gboolean
cor_store_queue_cascade (CorStore    *self,
                         const char  *table,
                         const char  *sql,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    cor_store_queue_change (self, table, sqlite3_column_int64 (stmt, 0), COR_STORE_CHANGE_DELETE);
  if (rc != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Could not read the case"));
      return FALSE;
    }
  return TRUE;
}

gboolean
cor_store_write_row (CorStore            *self,
                     const char          *table,
                     CorStoreChange       change,
                     const char          *sql,
                     gint64               id,
                     const char          *uuid,
                     CorStoreBindFunc     bind,
                     gpointer             record,
                     const CorStoreText  *texts,
                     gint64              *out_id,
                     GError             **error)
{
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  cor_store_bind_id_or_null (stmt, 1, id);
  if (uuid != NULL)
    cor_store_bind_text (stmt, 2, uuid);
  bind (stmt, record);
  for (; texts != NULL && texts->index > 0; texts++)
    cor_store_bind_text (stmt, texts->index, texts->text);
  if (!cor_store_step_done (self, stmt, error))
    return FALSE;

  if (change == COR_STORE_CHANGE_INSERT)
    id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, cor_stmt_release);
  cor_store_queue_change (self, table, id, change);
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}
