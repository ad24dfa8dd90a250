/* cor-store-bulk.c — transactions, bulk loads, waveforms and the live models of a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-store-private.h"

/* The page cache during a bulk load: at most 256 MiB, taken only as the load grows */
#define BULK_CACHE_KIB -262144

/* Every full-text index in one pass over its table */
static gboolean
rebuild_search_index (CorStore  *self,
                      GError   **error)
{
  guint n_tables;
  const CorSearchedTable *tables = cor_store_schema_get_searched_tables (&n_tables);

  for (guint i = 0; i < n_tables; i++)
    {
      const char *t = tables[i].table;
      g_autofree char *sql = g_strdup_printf ("INSERT INTO %s_words (%s_words) VALUES ('rebuild'); "
                                              "INSERT INTO %s_trigrams (%s_trigrams) "
                                              "VALUES ('rebuild')", t, t, t, t);

      if (!cor_store_exec (self, sql, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
cor_store_begin_transaction (CorStore  *self,
                             GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->write_depth == 0, FALSE);

  if (!cor_store_check_writable (self, error))
    return FALSE;
  if (self->in_bulk)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
                   _("A transaction cannot start during a bulk load."));
      return FALSE;
    }
  if (self->in_transaction)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
                   _("A transaction is already open; transactions do not nest."));
      return FALSE;
    }

  if (!cor_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_transaction = TRUE;
  g_array_set_size (self->pending, 0);
  return TRUE;
}

gboolean
cor_store_commit (CorStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->write_depth == 0, FALSE);

  if (!self->in_transaction)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED, _("No transaction is open."));
      return FALSE;
    }

  self->in_transaction = FALSE;

  if (sqlite3_get_autocommit (self->db))
    {
      /* SQLite rolled the transaction back itself after an I/O error or a full disk */
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                   _("Could not write to the case: the changes were rolled back."));
      g_array_set_size (self->pending, 0);
      cor_store_load_case_info (self, NULL);
      return FALSE;
    }

  if (!cor_store_exec (self, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        cor_store_exec (self, "ROLLBACK", NULL);
      g_array_set_size (self->pending, 0);
      cor_store_load_case_info (self, NULL);
      return FALSE;
    }

  cor_store_emit_pending (self);
  return TRUE;
}

void
cor_store_rollback (CorStore *self)
{
  g_return_if_fail (COR_IS_STORE (self));
  g_return_if_fail (self->write_depth == 0);
  g_return_if_fail (self->in_transaction);

  self->in_transaction = FALSE;
  if (!sqlite3_get_autocommit (self->db))
    cor_store_exec (self, "ROLLBACK", NULL);
  g_array_set_size (self->pending, 0);
  /* The case info may have been changed inside the transaction */
  cor_store_load_case_info (self, NULL);
}

gboolean
cor_store_in_transaction (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  return self->in_transaction;
}

gboolean
cor_store_begin_bulk (CorStore  *self,
                      GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!cor_store_check_writable (self, error))
    return FALSE;
  if (self->in_bulk)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
                   _("A bulk load is already running."));
      return FALSE;
    }
  if (self->in_transaction)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
                   _("A bulk load cannot start inside a transaction."));
      return FALSE;
    }

  /* The full-text triggers stand still until end_bulk rebuilds the index in one pass */
  if (!cor_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* A page cache large enough that the load is written once, at the commit, rather than
   * spilled to the WAL and written again (given back in end_bulk) */
  if (!cor_store_exec (self, "PRAGMA cache_size = " G_STRINGIFY (BULK_CACHE_KIB) ";"
                             "UPDATE session SET fts_live = 0 WHERE id = 1", error))
    {
      cor_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }

  self->in_bulk = TRUE;
  self->bulk_analyst_set = FALSE;
  g_hash_table_remove_all (self->bulk_tables);
  return TRUE;
}

gboolean
cor_store_end_bulk (CorStore  *self,
                    gboolean   commit,
                    GError   **error)
{
  g_autoptr(GPtrArray) tables = NULL;
  GHashTableIter iter;
  gpointer key;
  gboolean ok = commit;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!self->in_bulk)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED, _("No bulk load is running."));
      return FALSE;
    }

  self->in_bulk = FALSE;

  if (ok)
    ok = rebuild_search_index (self, error) &&
         cor_store_exec (self, "UPDATE session SET fts_live = 1 WHERE id = 1;"
                               "COMMIT", error);
  cor_store_exec (self, "PRAGMA cache_size = " G_STRINGIFY (COR_STORE_CACHE_KIB), NULL);
  if (!ok)
    {
      if (!sqlite3_get_autocommit (self->db))
        cor_store_exec (self, "ROLLBACK", NULL);
      g_hash_table_remove_all (self->bulk_tables);
      /* Records may have been read while the bulk load ran */
      cor_store_load_case_info (self, NULL);
      return !commit;
    }

  tables = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->bulk_tables);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (tables, key);
  g_hash_table_remove_all (self->bulk_tables);
  for (guint i = 0; i < tables->len; i++)
    cor_store_queue_change (self, g_ptr_array_index (tables, i), 0, COR_STORE_CHANGE_RESET);
  cor_store_emit_pending (self);

  return TRUE;
}

gboolean
cor_store_set_waveform (CorStore  *self,
                        gint64     clip_id,
                        GBytes    *peaks,
                        GError   **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = cor_store_now ();
  gconstpointer data;
  gsize size;
  gboolean existed = FALSE;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (peaks != NULL, FALSE);

  if (!cor_store_write_begin (self, error))
    return FALSE;

  stmt = cor_store_prepare (self, "SELECT (SELECT count(*) FROM clips WHERE id = ?1), "
                                  "(SELECT count(*) FROM waveforms WHERE clip_id = ?1)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, clip_id);
      ok = sqlite3_step (stmt) == SQLITE_ROW;
      if (ok && sqlite3_column_int (stmt, 0) == 0)
        {
          g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND,
                       _("There is no clip with id %" PRId64 "."), clip_id);
          ok = FALSE;
        }
      else if (ok)
        existed = sqlite3_column_int (stmt, 1) > 0;
      else
        cor_store_set_sql_error (self, error, _("Could not read the case"));
    }
  g_clear_pointer (&stmt, cor_stmt_release);

  if (ok)
    {
      stmt = cor_store_prepare (self, "INSERT INTO waveforms (uuid, clip_id, peaks, updated) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT (clip_id) DO UPDATE "
                                      "SET peaks = excluded.peaks, updated = excluded.updated",
                                error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      data = g_bytes_get_data (peaks, &size);
      cor_store_bind_text (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, clip_id);
      sqlite3_bind_blob64 (stmt, 3, size > 0 ? data : "", size, SQLITE_STATIC);
      cor_store_bind_text (stmt, 4, now);
      ok = cor_store_step_done (self, stmt, error);
    }
  g_clear_pointer (&stmt, cor_stmt_release);

  if (ok)
    cor_store_queue_change (self, "waveforms", clip_id,
                            existed ? COR_STORE_CHANGE_UPDATE : COR_STORE_CHANGE_INSERT);

  return cor_store_write_end (self, ok, error);
}

GBytes *
cor_store_get_waveform (CorStore  *self,
                        gint64     clip_id,
                        GError   **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  stmt = cor_store_prepare (self, "SELECT peaks FROM waveforms WHERE clip_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, clip_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  if (rc != SQLITE_DONE)
    cor_store_set_sql_error (self, error, _("Could not read the case"));

  return NULL;
}

GListModel *
cor_store_get_clips (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  if (self->clips == NULL)
    self->clips = G_LIST_MODEL (cor_record_list_new (self, COR_RECORD_CLIP, 0));

  return self->clips;
}

GListModel *
cor_store_get_articles (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  if (self->articles == NULL)
    self->articles = G_LIST_MODEL (cor_record_list_new (self, COR_RECORD_ARTICLE, 0));

  return self->articles;
}

GListModel *
cor_store_list_annotations (CorStore *self,
                            gint64    clip_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return G_LIST_MODEL (cor_record_list_new (self, COR_RECORD_ANNOTATION, clip_id));
}

GListModel *
cor_store_list_claims (CorStore *self,
                       gint64    article_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return G_LIST_MODEL (cor_record_list_new (self, COR_RECORD_CLAIM, article_id));
}

GListModel *
cor_store_list_snapshots (CorStore *self,
                          gint64    annotation_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return G_LIST_MODEL (cor_record_list_new (self, COR_RECORD_SNAPSHOT, annotation_id));
}
