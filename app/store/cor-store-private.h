/* cor-store-private.h — what the parts of CorStore share
 *
 * FOR app/store/ AND ITS TESTS ONLY. The SQL dialect stays behind this line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cor-error.h"
#include "cor-record-private.h"
#include "cor-store.h"

G_BEGIN_DECLS

/* PRAGMA cache_size of a connection: 32 MiB (negative: in KiB) */
#define COR_STORE_CACHE_KIB -32768

/* PRAGMA application_id of every case file: "Cor1" */
#define COR_STORE_APPLICATION_ID 0x436f7231

struct _CorStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *analyst;
  gboolean    read_only;

  GHashTable *stmts;          /* SQL text → sqlite3_stmt* */

  gboolean    in_bulk;
  gboolean    bulk_analyst_set;
  GHashTable *bulk_tables;    /* interned table names touched during a bulk load */
  GArray     *pending;        /* CorStorePending: changes to announce after the commit */
  guint       write_depth;
  gboolean    in_transaction; /* cor_store_begin_transaction() */
  guint       write_mark;     /* pending->len when the current write began */

  /* case info, cached */
  char       *uuid;
  char       *title;
  char       *description;
  char       *methodology;
  char       *created;

  GListModel *clips;
  GListModel *articles;
};

typedef struct
{
  const char     *table;      /* interned */
  gint64          id;
  CorStoreChange  change;
} CorStorePending;

/* A cached prepared statement: reset and unbound when released */
typedef sqlite3_stmt CorStmt;
void cor_stmt_release (CorStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorStmt, cor_stmt_release)

/* cor-store-check.c */
typedef struct
{
  guint32  page_size;
  guint32  page_count;
  guint32  user_version;
  guint32  application_id;
  gboolean page_count_valid;
  goffset  file_size;
} CorStoreFileHeader;

/* Refuses (with the matching CorStoreError) a file that is missing, not SQLite, not a case,
 * truncated, damaged or from a newer schema, without changing it; fills @header */
gboolean  cor_store_check_file     (const char          *path,
                                    CorStoreFileHeader  *header,
                                    GError             **error);
/* The first column of the first row (NULL when no row); FALSE on an SQL error */
gboolean  cor_store_query_text     (sqlite3             *db,
                                    const char          *sql,
                                    char               **out_text);

/* cor-store.c */
CorStmt  *cor_store_prepare        (CorStore    *self,
                                    const char  *sql,
                                    GError     **error);
gboolean  cor_store_exec           (CorStore    *self,
                                    const char  *sql,
                                    GError     **error);
/* Sets @error from the connection's last error, as @code */
void      cor_store_set_sql_error  (CorStore    *self,
                                    GError     **error,
                                    const char  *what);
/* One write: BEGIN IMMEDIATE (inside a bulk load, nothing: each write there must be a
 * single SQL statement; inside a transaction, a SAVEPOINT), with the session's analyst
 * set for the audit triggers. write_end commits (or rolls back when !ok) and then emits
 * the pending "changed" signals; inside a transaction it releases the savepoint (or
 * rolls back to it and drops this write's pending changes) and leaves the signals for
 * cor_store_commit(). Returns ok && the commit succeeded. */
gboolean  cor_store_write_begin    (CorStore    *self,
                                    GError     **error);
gboolean  cor_store_write_end      (CorStore    *self,
                                    gboolean     ok,
                                    GError     **error);
void      cor_store_queue_change   (CorStore      *self,
                                    const char    *table,
                                    gint64         id,
                                    CorStoreChange change);
void      cor_store_emit_pending   (CorStore    *self);
gboolean  cor_store_check_writable (CorStore    *self,
                                    GError     **error);
/* ISO 8601 UTC with milliseconds, as every stored time */
char     *cor_store_now            (void);
gboolean  cor_store_step_done      (CorStore    *self,
                                    sqlite3_stmt *stmt,
                                    GError     **error);
void      cor_store_bind_text      (sqlite3_stmt *stmt,
                                    int           index,
                                    const char   *text);
const char *cor_store_column_text  (sqlite3_stmt *stmt,
                                    int           column);

/* cor-store-case.c */
gboolean  cor_store_load_case_info (CorStore    *self,
                                    GError     **error);

/* cor-store-schema.c */
typedef gboolean (*CorMigrationFunc) (sqlite3  *db,
                                      GError  **error);

typedef struct
{
  int               version;  /* the user_version after this step */
  const char       *sql;      /* run first, may be NULL */
  CorMigrationFunc  func;     /* run next, may be NULL */
} CorMigration;

/* The schema version this build writes (COR_STORE_SCHEMA_VERSION unless a test overrides) */
int       cor_store_schema_target_version (void);
/* Tests: replace the migration steps (NULL restores the built-in ones). The table must
 * stay valid until restored; steps[i].version must be i + 1. */
void      cor_store_schema_set_migrations (const CorMigration *steps,
                                           guint               n_steps);
/* The built-in steps, for a test that extends them */
const CorMigration *cor_store_schema_get_builtin_migrations (guint *n_steps);
/* The searched tables of the current schema: T_words and T_trigrams index @fields */
typedef struct
{
  const char       *table;
  CorSearchHitKind  kind;
  const char       *fields[12];  /* NULL-terminated */
} CorSearchedTable;

const CorSearchedTable *cor_store_schema_get_searched_tables (guint *n_tables);
/* Registers the FTS5 auxiliary function cor_column() on @db (cor-store-search.c) */
gboolean  cor_store_search_register       (sqlite3  *db);
/* Runs each step from the file's user_version up to the target, one transaction each */
gboolean  cor_store_schema_migrate        (sqlite3  *db,
                                           GError  **error);

/* cor-store-write.c */
gboolean  cor_store_invalid         (GError     **error,
                                     const char  *format,
                                     ...) G_GNUC_PRINTF (2, 3);
gboolean  cor_store_has_text        (const char  *text);
/* For a record being added: @given normalised to a stored time (ISO 8601 UTC with
 * milliseconds), or a copy of @fallback when @given is NULL. NULL with
 * COR_STORE_ERROR_INVALID naming @field when @given is not a date and time. */
char     *cor_store_keep_time       (const char  *given,
                                     const char  *fallback,
                                     const char  *field,
                                     GError     **error);
/* For a record being added: a copy of @given, or a new random UUID when NULL. NULL with
 * COR_STORE_ERROR_INVALID when @given is not a UUID. */
char     *cor_store_keep_uuid       (const char  *given,
                                     GError     **error);
gboolean  cor_store_record_exists   (CorStore    *self,
                                     const char  *table,
                                     gint64       id,
                                     gboolean    *out_exists,
                                     GError     **error);
/* NOT_FOUND ("There is no clip with id 7.") when the row is missing */
gboolean  cor_store_require         (CorStore    *self,
                                     const char  *table,
                                     gint64       id,
                                     GError     **error);
gboolean  cor_store_valid_language  (const char  *code,
                                     GError     **error);
gboolean  cor_store_valid_json      (const char  *text);
/* A date like 2024-10-18, 2024-10 or 2024 */
gboolean  cor_store_valid_date      (const char  *text);
/* Binds @id, or NULL when it is 0 or less */
void      cor_store_bind_id_or_null (sqlite3_stmt *stmt,
                                     int           index,
                                     gint64        id);
gboolean  cor_store_delete_row      (CorStore    *self,
                                     const char  *table,
                                     gint64       id,
                                     GError     **error);
gboolean  cor_store_queue_cascade   (CorStore    *self,
                                     const char  *table,
                                     const char  *sql,
                                     gint64       id,
                                     GError     **error);

/* Binds the fields of a record to an INSERT or UPDATE statement */
typedef void (*CorStoreBindFunc) (sqlite3_stmt *stmt,
                                  gpointer      record);

/* A text bound at a parameter index; a list of them ends with index 0 */
typedef struct
{
  int         index;
  const char *text;
} CorStoreText;

/* The one statement of an add or an update, inside a write: runs @sql with ?1 the row id
 * (NULL when @id is 0: a new id), ?2 @uuid (unless NULL), the fields @bind binds and @texts,
 * then queues @change for the row. *@out_id (may be NULL) is the row id, the new one on an
 * insert. */
gboolean  cor_store_write_row       (CorStore            *self,
                                     const char          *table,
                                     CorStoreChange       change,
                                     const char          *sql,
                                     gint64               id,
                                     const char          *uuid,
                                     CorStoreBindFunc     bind,
                                     gpointer             record,
                                     const CorStoreText  *texts,
                                     gint64              *out_id,
                                     GError             **error);

/* cor-store-records.c */
#define COR_ARTICLE_COLUMNS \
  "id, uuid, url, title, outlet, author, published, language, summary, archived_url, " \
  "reliability, notes, created, updated"
#define COR_CLAIM_COLUMNS "id, uuid, article_id, text, claimant, figure, claim_date"
#define COR_CLIP_COLUMNS \
  "id, uuid, title, path, relative_path, size, sha256, imported, kind, duration_ns, width, " \
  "height, fps_n, fps_d, video_codec, audio_codec, container, tags_json, media_created, " \
  "origin, source_url, first_seen, notes"

CorArticle *cor_store_read_article (sqlite3_stmt *stmt);
CorClaim   *cor_store_read_claim   (sqlite3_stmt *stmt);
CorClip    *cor_store_read_clip    (sqlite3_stmt *stmt);

/* cor-store-annotations.c */
#define COR_ANNOTATION_COLUMNS \
  "id, uuid, clip_id, start_ns, end_ns, kind, language, dialect, speaker, transcript, " \
  "translation, translated_by, maker, item, markings, place, latitude, longitude, precision_m, " \
  "method, geolocated_by, confidence, analyst, note, tags, created, updated"
#define COR_SNAPSHOT_COLUMNS \
  "id, uuid, clip_id, annotation_id, position_ns, frame, width, height, created"

gpointer  cor_store_read_annotation (sqlite3_stmt *stmt);
gpointer  cor_store_read_snapshot   (sqlite3_stmt *stmt);

typedef enum
{
  COR_RECORD_ARTICLE,
  COR_RECORD_CLAIM,
  COR_RECORD_CLIP,
  COR_RECORD_ANNOTATION,
  COR_RECORD_SNAPSHOT,
} CorRecordKind;

const char *cor_record_kind_table   (CorRecordKind kind);
GType       cor_record_kind_type    (CorRecordKind kind);
gint64      cor_record_get_id       (CorRecordKind kind,
                                     gpointer      record);
/* The id the model filters on: clip_id of an annotation, article_id of a claim,
 * annotation_id of a snapshot; 0 for the others */
gint64      cor_record_filter_value (CorRecordKind kind,
                                     gpointer      record);
/* The order of the live models */
int         cor_record_compare      (CorRecordKind kind,
                                     gconstpointer a,
                                     gconstpointer b);
gpointer    cor_store_load_record   (CorStore      *self,
                                     CorRecordKind  kind,
                                     gint64         id,
                                     GError       **error);
/* Appends the records (filtered as cor_record_filter_value, 0 for all) in model order */
gboolean    cor_store_load_records  (CorStore      *self,
                                     CorRecordKind  kind,
                                     gint64         filter,
                                     GPtrArray     *out,
                                     GError       **error);

/* cor-store-model.c */
#define COR_TYPE_RECORD_LIST (cor_record_list_get_type ())
G_DECLARE_FINAL_TYPE (CorRecordList, cor_record_list, COR, RECORD_LIST, GObject)

CorRecordList *cor_record_list_new (CorStore      *store,
                                    CorRecordKind  kind,
                                    gint64         filter);

G_END_DECLS
