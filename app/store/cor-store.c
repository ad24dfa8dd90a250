/* cor-store.c — a case: one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This file holds the connection: opening files, creating a case, the statement cache,
 * write transactions and the "changed" signal. The case info is in cor-store-case.c. The
 * checks that refuse a file before it is opened for writing are in cor-store-check.c. Bulk
 * loads, waveforms and the model getters are in cor-store-bulk.c; records in cor-store-records.c,
 * cor-store-annotations.c and cor-store-load.c; links, vocabularies and the audit trail in
 * cor-store-links.c; search in cor-store-search.c; live models in cor-store-model.c; the
 * schema and migrations in cor-store-schema.c.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cor-store-private.h"

#define BUSY_TIMEOUT_MS 5000

G_DEFINE_FINAL_TYPE (CorStore, cor_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_ANALYST,
  PROP_TITLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

void
cor_stmt_release (CorStmt *stmt)
{
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}

char *
cor_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

void
cor_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

const char *
cor_store_column_text (sqlite3_stmt *stmt,
                       int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static CorStoreError
error_code_for_sqlite (int code)
{
  switch (code & 0xff)
    {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return COR_STORE_ERROR_INVALID;
    case SQLITE_CORRUPT:
      return COR_STORE_ERROR_DAMAGED;
    case SQLITE_NOTADB:
      return COR_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return COR_STORE_ERROR_IO;
    default:
      return COR_STORE_ERROR_FAILED;
    }
}

void
cor_store_set_sql_error (CorStore    *self,
                         GError     **error,
                         const char  *what)
{
  int code = sqlite3_extended_errcode (self->db);

  g_set_error (error, COR_STORE_ERROR, error_code_for_sqlite (code), "%s: %s",
               what, sqlite3_errmsg (self->db));
}

CorStmt *
cor_store_prepare (CorStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->stmts, sql);

  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      cor_store_set_sql_error (self, error, _("Could not read the case"));
      return NULL;
    }

  g_hash_table_insert (self->stmts, g_strdup (sql), stmt);
  return stmt;
}

gboolean
cor_store_exec (CorStore    *self,
                const char  *sql,
                GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      cor_store_set_sql_error (self, error, _("Could not write to the case"));
      return FALSE;
    }

  return TRUE;
}

gboolean
cor_store_step_done (CorStore      *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Could not write to the case"));
      return FALSE;
    }

  return TRUE;
}

gboolean
cor_store_check_writable (CorStore  *self,
                          GError   **error)
{
  if (self->read_only)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                   _("The case “%s” is open read-only."), self->path);
      return FALSE;
    }

  return TRUE;
}

static void
free_stmt (gpointer data)
{
  sqlite3_finalize (data);
}

/* Write transactions */

void
cor_store_queue_change (CorStore       *self,
                        const char     *table,
                        gint64          id,
                        CorStoreChange  change)
{
  CorStorePending pending = { g_intern_string (table), id, change };

  if (self->in_bulk)
    g_hash_table_add (self->bulk_tables, (gpointer) pending.table);
  else
    g_array_append_val (self->pending, pending);
}

void
cor_store_emit_pending (CorStore *self)
{
  g_autoptr(GArray) pending = self->pending;

  self->pending = g_array_new (FALSE, FALSE, sizeof (CorStorePending));
  for (guint i = 0; i < pending->len; i++)
    {
      const CorStorePending *p = &g_array_index (pending, CorStorePending, i);

      g_signal_emit (self, signals[CHANGED], g_quark_from_string (p->table), p->table, p->id,
                     (int) p->change);
    }
}

/* Runs one statement through the statement cache */
static gboolean
run_cached (CorStore    *self,
            const char  *sql,
            GError     **error)
{
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, error);

  return stmt != NULL && cor_store_step_done (self, stmt, error);
}

gboolean
cor_store_write_begin (CorStore  *self,
                       GError   **error)
{
  g_autoptr(CorStmt) stmt = NULL;

  if (!cor_store_check_writable (self, error))
    return FALSE;

  g_return_val_if_fail (self->write_depth == 0, FALSE);

  /* Inside a bulk load every write is a single statement, which SQLite applies whole or
   * not at all: no savepoint needed. Inside a transaction, a write that fails is undone
   * alone, back to its savepoint. */
  if (self->in_transaction)
    {
      if (!run_cached (self, "SAVEPOINT cor_write", error))
        return FALSE;
    }
  else if (!self->in_bulk && !run_cached (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->write_depth++;
  self->write_mark = self->pending->len;

  /* The audit triggers read the analyst from the session row */
  if (self->in_bulk && self->bulk_analyst_set)
    return TRUE;
  stmt = cor_store_prepare (self, "UPDATE session SET analyst = ?1 WHERE id = 1 "
                                  "AND analyst IS NOT ?1", error);
  if (stmt == NULL)
    goto failed;
  cor_store_bind_text (stmt, 1, self->analyst);
  if (!cor_store_step_done (self, stmt, error))
    goto failed;
  self->bulk_analyst_set = self->in_bulk;

  return TRUE;

failed:
  g_clear_pointer (&stmt, cor_stmt_release);
  cor_store_write_end (self, FALSE, NULL);
  return FALSE;
}

gboolean
cor_store_write_end (CorStore  *self,
                     gboolean   ok,
                     GError   **error)
{
  g_return_val_if_fail (self->write_depth == 1, FALSE);

  self->write_depth--;

  if (self->in_bulk)
    return ok;

  if (self->in_transaction)
    {
      if (ok)
        ok = run_cached (self, "RELEASE cor_write", error);
      if (!ok)
        {
          /* When SQLite has rolled back the whole transaction itself (disk full, I/O
           * error), cor_store_commit() reports it. */
          if (!sqlite3_get_autocommit (self->db))
            {
              run_cached (self, "ROLLBACK TO cor_write", NULL);
              run_cached (self, "RELEASE cor_write", NULL);
            }
          g_array_set_size (self->pending, self->write_mark);
        }
      return ok;
    }

  if (ok)
    ok = run_cached (self, "COMMIT", error);

  if (!ok)
    {
      if (!sqlite3_get_autocommit (self->db))
        run_cached (self, "ROLLBACK", NULL);
      g_array_set_size (self->pending, 0);
      return FALSE;
    }

  cor_store_emit_pending (self);
  return TRUE;
}

static gboolean
configure_connection (CorStore  *self,
                      GError   **error)
{
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, TRUE);

  if (!cor_store_exec (self, "PRAGMA foreign_keys = ON; "
                             "PRAGMA cache_size = " G_STRINGIFY (COR_STORE_CACHE_KIB), error))
    return FALSE;

  if (!cor_store_search_register (self->db))
    {
      cor_store_set_sql_error (self, error, _("Cannot set up full-text search"));
      return FALSE;
    }

  if (self->read_only)
    return cor_store_exec (self, "PRAGMA query_only = ON", error);

  /* NORMAL in WAL mode: a commit survives a crash of the application; a power loss can
   * lose the last commits but never corrupts the file. */
  return cor_store_exec (self, "PRAGMA journal_mode = WAL", error) &&
         cor_store_exec (self, "PRAGMA synchronous = NORMAL", error);
}

static char *
default_analyst (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();

  return g_strdup (name);
}

static gboolean
is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

/* GObject */

static void
cor_store_dispose (GObject *object)
{
  CorStore *self = COR_STORE (object);

  g_clear_object (&self->clips);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (cor_store_parent_class)->dispose (object);
}

static void
cor_store_finalize (GObject *object)
{
  CorStore *self = COR_STORE (object);

  g_clear_pointer (&self->stmts, g_hash_table_unref);
  if (self->db != NULL)
    {
      if (self->in_bulk || self->in_transaction)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->bulk_tables, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->analyst, g_free);
  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->methodology, g_free);
  g_clear_pointer (&self->created, g_free);

  G_OBJECT_CLASS (cor_store_parent_class)->finalize (object);
}

static void
cor_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CorStore *self = COR_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_ANALYST:
      g_value_set_string (value, self->analyst);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CorStore *self = COR_STORE (object);

  switch (prop_id)
    {
    case PROP_ANALYST:
      cor_store_set_analyst (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_store_class_init (CorStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cor_store_dispose;
  object_class->finalize = cor_store_finalize;
  object_class->get_property = cor_store_get_property;
  object_class->set_property = cor_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANALYST] =
    g_param_spec_string ("analyst", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The detail is the table name: "changed::annotations" */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);
}

static void
cor_store_init (CorStore *self)
{
  self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_stmt);
  self->bulk_tables = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->pending = g_array_new (FALSE, FALSE, sizeof (CorStorePending));
}

/* Public API */

static void
remove_database_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

CorStore *
cor_store_create (const char  *path,
                  const char  *title,
                  const char  *analyst,
                  GError     **error)
{
  return cor_store_create_full (path, title, analyst, NULL, NULL, error);
}

CorStore *
cor_store_create_full (const char  *path,
                       const char  *title,
                       const char  *analyst,
                       const char  *uuid_in,
                       const char  *created_in,
                       GError     **error)
{
  g_autoptr(CorStore) self = NULL;
  g_autoptr(CorStmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = cor_store_now ();
  g_autofree char *created = NULL;
  g_autofree char *pragma = NULL;
  g_autoptr(GError) local_error = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (!cor_store_has_text (title))
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID,
                   _("A case needs a title."));
      return NULL;
    }
  /* A case recreated from an export keeps its identity and age */
  if (!(uuid = cor_store_keep_uuid (uuid_in, error)) ||
      !(created = cor_store_keep_time (created_in, now, "created", error)))
    return NULL;

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0666);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == EEXIST)
        g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_EXISTS,
                     _("“%s” already exists; a new case needs a new file name."), path);
      else
        g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                     _("Cannot create “%s”: %s."), path, g_strerror (saved));
      return NULL;
    }
  close (fd);

  self = g_object_new (COR_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->analyst = analyst != NULL && *analyst != '\0' ? g_strdup (analyst) : default_analyst ();

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      cor_store_set_sql_error (self, &local_error, _("Cannot create the case"));
      goto failed;
    }

  pragma = g_strdup_printf ("PRAGMA application_id = %d", COR_STORE_APPLICATION_ID);
  if (!cor_store_exec (self, pragma, &local_error) ||
      !configure_connection (self, &local_error) ||
      !cor_store_schema_migrate (self->db, &local_error) ||
      !cor_store_write_begin (self, &local_error))
    goto failed;

  stmt = cor_store_prepare (self, "INSERT INTO case_info (id, uuid, title, created, updated) "
                                  "VALUES (1, ?, ?, ?, ?)", &local_error);
  if (stmt == NULL)
    {
      cor_store_write_end (self, FALSE, NULL);
      goto failed;
    }
  cor_store_bind_text (stmt, 1, uuid);
  cor_store_bind_text (stmt, 2, title);
  cor_store_bind_text (stmt, 3, created);
  cor_store_bind_text (stmt, 4, g_strcmp0 (now, created) > 0 ? now : created);
  if (!cor_store_write_end (self, cor_store_step_done (self, stmt, &local_error), &local_error))
    goto failed;
  g_clear_pointer (&stmt, cor_stmt_release);

  if (!cor_store_load_case_info (self, &local_error))
    goto failed;

  /* The schema, application_id and user_version go into the main file now: another
   * connection checks the file's header and schema without reading the WAL. */
  if (!cor_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", &local_error))
    goto failed;

  return g_steal_pointer (&self);

failed:
  g_clear_pointer (&stmt, cor_stmt_release);
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  sqlite3_close_v2 (self->db);
  self->db = NULL;
  remove_database_files (path);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

CorStore *
cor_store_open (const char         *path,
                CorStoreOpenFlags   flags,
                GError            **error)
{
  g_autoptr(CorStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  CorStoreFileHeader header = { 0 };
  gboolean read_only = (flags & COR_STORE_OPEN_READ_ONLY) != 0;
  g_autofree char *session_analyst = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!cor_store_check_file (path, &header, error))
    return NULL;

  if (!read_only && !is_writable (path))
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO,
                   _("The case “%s” cannot be written (the file or its folder is read-only). "
                     "Open it read-only to look at it."), path);
      return NULL;
    }
  if (read_only && (int) header.user_version < cor_store_schema_target_version ())
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
                   _("The case “%s” was written by an older version of Corroborate and must "
                     "be upgraded: open it once for writing."), path);
      return NULL;
    }

  self = g_object_new (COR_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only;

  rc = sqlite3_open_v2 (path, &self->db,
                        read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      cor_store_set_sql_error (self, error, _("Cannot open the case"));
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  if (!read_only && (int) header.user_version < cor_store_schema_target_version ())
    {
      if (!cor_store_schema_migrate (self->db, error))
        return NULL;
      /* As in cor_store_create(): the new version into the main file's header */
      cor_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
    }

  if (!cor_store_load_case_info (self, error))
    return NULL;

  if (cor_store_query_text (self->db, "SELECT analyst FROM session WHERE id = 1",
                         &session_analyst) && session_analyst != NULL)
    self->analyst = g_steal_pointer (&session_analyst);
  else
    self->analyst = default_analyst ();

  return g_steal_pointer (&self);
}

const char *
cor_store_get_path (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return self->path;
}

const char *
cor_store_get_analyst (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return self->analyst;
}

void
cor_store_set_analyst (CorStore   *self,
                       const char *analyst)
{
  g_return_if_fail (COR_IS_STORE (self));

  if (analyst != NULL && *analyst == '\0')
    analyst = NULL;
  if (g_strcmp0 (self->analyst, analyst) == 0)
    return;

  g_free (self->analyst);
  self->analyst = g_strdup (analyst);
  self->bulk_analyst_set = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYST]);
}
