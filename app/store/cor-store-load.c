/* cor-store-load.c — reading records for the live models, and their order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-store-private.h"

/* Loading for the models */

typedef struct
{
  const char *table;
  const char *select_by_id;
  const char *select_all;
  const char *select_filtered;
  gpointer  (*read) (sqlite3_stmt *stmt);
} RecordKindInfo;

static gpointer read_article_row (sqlite3_stmt *stmt) { return cor_store_read_article (stmt); }
static gpointer read_claim_row   (sqlite3_stmt *stmt) { return cor_store_read_claim (stmt); }
static gpointer read_clip_row    (sqlite3_stmt *stmt) { return cor_store_read_clip (stmt); }

static const RecordKindInfo kind_info[] = {
  [COR_RECORD_ARTICLE] = {
    "articles",
    "SELECT " COR_ARTICLE_COLUMNS " FROM articles WHERE id = ?",
    "SELECT " COR_ARTICLE_COLUMNS " FROM articles",
    NULL,
    read_article_row },
  [COR_RECORD_CLAIM] = {
    "claims",
    "SELECT " COR_CLAIM_COLUMNS " FROM claims WHERE id = ?",
    "SELECT " COR_CLAIM_COLUMNS " FROM claims ORDER BY id",
    "SELECT " COR_CLAIM_COLUMNS " FROM claims WHERE article_id = ? ORDER BY id",
    read_claim_row },
  [COR_RECORD_CLIP] = {
    "clips",
    "SELECT " COR_CLIP_COLUMNS " FROM clips WHERE id = ?",
    "SELECT " COR_CLIP_COLUMNS " FROM clips ORDER BY id",
    NULL,
    read_clip_row },
  [COR_RECORD_ANNOTATION] = {
    "annotations",
    "SELECT " COR_ANNOTATION_COLUMNS " FROM annotations WHERE id = ?",
    "SELECT " COR_ANNOTATION_COLUMNS " FROM annotations ORDER BY start_ns, id",
    "SELECT " COR_ANNOTATION_COLUMNS " FROM annotations WHERE clip_id = ? "
    "ORDER BY start_ns, id",
    cor_store_read_annotation },
  [COR_RECORD_SNAPSHOT] = {
    "snapshots",
    "SELECT " COR_SNAPSHOT_COLUMNS " FROM snapshots WHERE id = ?",
    "SELECT " COR_SNAPSHOT_COLUMNS " FROM snapshots ORDER BY id",
    "SELECT " COR_SNAPSHOT_COLUMNS " FROM snapshots WHERE annotation_id = ? ORDER BY id",
    cor_store_read_snapshot },
};

const char *
cor_record_kind_table (CorRecordKind kind)
{
  return kind_info[kind].table;
}

GType
cor_record_kind_type (CorRecordKind kind)
{
  switch (kind)
    {
    case COR_RECORD_ARTICLE:
      return COR_TYPE_ARTICLE;
    case COR_RECORD_CLAIM:
      return COR_TYPE_CLAIM;
    case COR_RECORD_CLIP:
      return COR_TYPE_CLIP;
    case COR_RECORD_ANNOTATION:
      return COR_TYPE_ANNOTATION;
    case COR_RECORD_SNAPSHOT:
    default:
      return COR_TYPE_SNAPSHOT;
    }
}

gint64
cor_record_get_id (CorRecordKind kind,
                   gpointer      record)
{
  switch (kind)
    {
    case COR_RECORD_ARTICLE:
      return cor_article_get_id (record);
    case COR_RECORD_CLAIM:
      return cor_claim_get_id (record);
    case COR_RECORD_CLIP:
      return cor_clip_get_id (record);
    case COR_RECORD_ANNOTATION:
      return cor_annotation_get_id (record);
    case COR_RECORD_SNAPSHOT:
    default:
      return cor_snapshot_get_id (record);
    }
}

gint64
cor_record_filter_value (CorRecordKind kind,
                         gpointer      record)
{
  switch (kind)
    {
    case COR_RECORD_CLAIM:
      return cor_claim_get_article_id (record);
    case COR_RECORD_ANNOTATION:
      return cor_annotation_get_clip_id (record);
    case COR_RECORD_SNAPSHOT:
      return cor_snapshot_get_annotation_id (record);
    case COR_RECORD_ARTICLE:
    case COR_RECORD_CLIP:
    default:
      return 0;
    }
}

static int
compare_nullable (const char *a,
                  const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);  /* missing values last */
  return strcmp (a, b);
}

static int
compare_ids (gint64 a,
             gint64 b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

int
cor_record_compare (CorRecordKind kind,
                    gconstpointer a,
                    gconstpointer b)
{
  int cmp;

  switch (kind)
    {
    case COR_RECORD_ARTICLE:
      cmp = compare_nullable (cor_article_get_published ((CorArticle *) a),
                              cor_article_get_published ((CorArticle *) b));
      if (cmp == 0)
        cmp = compare_nullable (cor_article_get_title ((CorArticle *) a),
                                cor_article_get_title ((CorArticle *) b));
      if (cmp != 0)
        return cmp;
      break;
    case COR_RECORD_ANNOTATION:
      cmp = compare_ids (cor_annotation_get_start_ns ((CorAnnotation *) a),
                         cor_annotation_get_start_ns ((CorAnnotation *) b));
      if (cmp != 0)
        return cmp;
      break;
    case COR_RECORD_CLAIM:
    case COR_RECORD_CLIP:
    case COR_RECORD_SNAPSHOT:
    default:
      break;
    }

  return compare_ids (cor_record_get_id (kind, (gpointer) a),
                      cor_record_get_id (kind, (gpointer) b));
}

gpointer
cor_store_load_record (CorStore       *self,
                       CorRecordKind   kind,
                       gint64          id,
                       GError        **error)
{
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, kind_info[kind].select_by_id, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return kind_info[kind].read (stmt);
  if (rc == SQLITE_DONE)
    cor_store_require (self, kind_info[kind].table, id, error);
  else
    cor_store_set_sql_error (self, error, _("Could not read the case"));
  return NULL;
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b)
{
  return cor_record_compare (COR_RECORD_ARTICLE, *(gpointer *) a, *(gpointer *) b);
}

gboolean
cor_store_load_records (CorStore       *self,
                        CorRecordKind   kind,
                        gint64          filter,
                        GPtrArray      *out,
                        GError        **error)
{
  const RecordKindInfo *info = &kind_info[kind];
  gboolean filtered = filter != 0 && info->select_filtered != NULL;
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, filtered ? info->select_filtered
                                                              : info->select_all, error);
  guint first = out->len;
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (filtered)
    sqlite3_bind_int64 (stmt, 1, filter);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, info->read (stmt));
  if (rc != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Could not read the case"));
      return FALSE;
    }

  /* Articles sort on text, which C compares as the models do */
  if (kind == COR_RECORD_ARTICLE && out->len > first)
    qsort (out->pdata + first, out->len - first, sizeof (gpointer), compare_articles);

  return TRUE;
}
