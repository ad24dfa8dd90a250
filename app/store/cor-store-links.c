/* cor-store-links.c — links between records, vocabularies, the audit trail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A link's "changed" signal carries the id of the first record of the pair
 * (the article of article_clips, the annotation of annotation_articles, the claim of
 * claim_annotations).
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-store-private.h"

typedef struct
{
  const char *table;
  const char *first_column;
  const char *first_table;
  const char *second_column;
  const char *second_table;
} LinkInfo;

static const LinkInfo article_clips = {
  "article_clips", "article_id", "articles", "clip_id", "clips"
};
static const LinkInfo annotation_articles = {
  "annotation_articles", "annotation_id", "annotations", "article_id", "articles"
};
static const LinkInfo claim_annotations = {
  "claim_annotations", "claim_id", "claims", "annotation_id", "annotations"
};

static gboolean
link_records (CorStore        *self,
              const LinkInfo  *info,
              gint64           first,
              gint64           second,
              CorRelation      relation,
              GError         **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = cor_store_now ();
  gboolean existed = FALSE;
  gboolean ok;

  if (!cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, info->first_table, first, error) &&
       cor_store_require (self, info->second_table, second, error);

  if (ok)
    {
      g_autofree char *query = g_strdup_printf ("SELECT 1 FROM %s WHERE %s = ? AND %s = ?",
                                                info->table, info->first_column,
                                                info->second_column);

      stmt = cor_store_prepare (self, query, error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, first);
          sqlite3_bind_int64 (stmt, 2, second);
          existed = sqlite3_step (stmt) == SQLITE_ROW;
        }
      g_clear_pointer (&stmt, cor_stmt_release);
    }

  if (ok)
    {
      sql = g_strdup_printf ("INSERT INTO %s (uuid, %s, %s, relation, created) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (%s, %s) DO UPDATE "
                             "SET relation = excluded.relation WHERE relation <> excluded.relation",
                             info->table, info->first_column, info->second_column,
                             info->first_column, info->second_column);
      stmt = cor_store_prepare (self, sql, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      cor_store_bind_text (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, first);
      sqlite3_bind_int64 (stmt, 3, second);
      sqlite3_bind_int (stmt, 4, relation);
      cor_store_bind_text (stmt, 5, now);
      ok = cor_store_step_done (self, stmt, error);
    }
  g_clear_pointer (&stmt, cor_stmt_release);

  if (ok && (!existed || sqlite3_changes (self->db) > 0))
    cor_store_queue_change (self, info->table, first,
                            existed ? COR_STORE_CHANGE_UPDATE : COR_STORE_CHANGE_INSERT);

  return cor_store_write_end (self, ok, error);
}

static gboolean
unlink_records (CorStore        *self,
                const LinkInfo  *info,
                gint64           first,
                gint64           second,
                GError         **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ? AND %s = ?", info->table,
                                          info->first_column, info->second_column);
  gboolean ok;

  if (!cor_store_write_begin (self, error))
    return FALSE;

  stmt = cor_store_prepare (self, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, first);
      sqlite3_bind_int64 (stmt, 2, second);
      ok = cor_store_step_done (self, stmt, error);
    }
  g_clear_pointer (&stmt, cor_stmt_release);

  if (ok && sqlite3_changes (self->db) == 0)
    {
      ok = FALSE;
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND,
                   _("There is no such link (%" PRId64 " – %" PRId64 ")."),
                   first, second);
    }
  if (ok)
    cor_store_queue_change (self, info->table, first, COR_STORE_CHANGE_DELETE);

  return cor_store_write_end (self, ok, error);
}

static GArray *
get_links (CorStore        *self,
           const LinkInfo  *info,
           gboolean         by_first,
           gint64           id)
{
  GArray *links = g_array_new (FALSE, FALSE, sizeof (CorLink));
  g_autofree char *sql = g_strdup_printf ("SELECT %s, relation FROM %s WHERE %s = ? ORDER BY %s",
                                          by_first ? info->second_column : info->first_column,
                                          info->table,
                                          by_first ? info->first_column : info->second_column,
                                          by_first ? info->second_column : info->first_column);
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return links;
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      CorLink link = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) };

      g_array_append_val (links, link);
    }

  return links;
}

static gboolean
check_relation (CorRelation   relation,
                CorRelation   a,
                CorRelation   b,
                CorRelation   c,
                GError      **error)
{
  if (relation == a || relation == b || relation == c)
    return TRUE;

  return cor_store_invalid (error, _("Relation %d does not fit this link."), (int) relation);
}

gboolean
cor_store_link_article_clip (CorStore     *self,
                             gint64        article_id,
                             gint64        clip_id,
                             CorRelation   relation,
                             GError      **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!check_relation (relation, COR_RELATION_CITES, COR_RELATION_DISPUTES,
                       COR_RELATION_DISPUTES, error))
    return FALSE;
  return link_records (self, &article_clips, article_id, clip_id, relation, error);
}

gboolean
cor_store_unlink_article_clip (CorStore  *self,
                               gint64     article_id,
                               gint64     clip_id,
                               GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  return unlink_records (self, &article_clips, article_id, clip_id, error);
}

GArray *
cor_store_get_clip_articles (CorStore *self,
                             gint64    clip_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return get_links (self, &article_clips, FALSE, clip_id);
}

GArray *
cor_store_get_article_clips (CorStore *self,
                             gint64    article_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return get_links (self, &article_clips, TRUE, article_id);
}

gboolean
cor_store_link_annotation_article (CorStore     *self,
                                   gint64        annotation_id,
                                   gint64        article_id,
                                   CorRelation   relation,
                                   GError      **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!check_relation (relation, COR_RELATION_REPORTED_BY, COR_RELATION_SUPPORTS,
                       COR_RELATION_CONTRADICTS, error))
    return FALSE;
  return link_records (self, &annotation_articles, annotation_id, article_id, relation, error);
}

gboolean
cor_store_unlink_annotation_article (CorStore  *self,
                                     gint64     annotation_id,
                                     gint64     article_id,
                                     GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  return unlink_records (self, &annotation_articles, annotation_id, article_id, error);
}

GArray *
cor_store_get_annotation_articles (CorStore *self,
                                   gint64    annotation_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return get_links (self, &annotation_articles, TRUE, annotation_id);
}

GArray *
cor_store_get_article_annotations (CorStore *self,
                                   gint64    article_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return get_links (self, &annotation_articles, FALSE, article_id);
}

gboolean
cor_store_link_claim_annotation (CorStore     *self,
                                 gint64        claim_id,
                                 gint64        annotation_id,
                                 CorRelation   relation,
                                 GError      **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!check_relation (relation, COR_RELATION_SUPPORTS, COR_RELATION_CONTRADICTS,
                       COR_RELATION_CONTRADICTS, error))
    return FALSE;
  return link_records (self, &claim_annotations, claim_id, annotation_id, relation, error);
}

gboolean
cor_store_unlink_claim_annotation (CorStore  *self,
                                   gint64     claim_id,
                                   gint64     annotation_id,
                                   GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  return unlink_records (self, &claim_annotations, claim_id, annotation_id, error);
}

GArray *
cor_store_get_claim_annotations (CorStore *self,
                                 gint64    claim_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return get_links (self, &claim_annotations, TRUE, claim_id);
}

GArray *
cor_store_get_annotation_claims (CorStore *self,
                                 gint64    annotation_id)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return get_links (self, &claim_annotations, FALSE, annotation_id);
}

/* Vocabularies */

static CorPlace *
read_place (sqlite3_stmt *stmt)
{
  CorPlace *place = g_new0 (CorPlace, 1);

  place->name = g_strdup (cor_store_column_text (stmt, 0));
  place->alt_names = g_strdup (cor_store_column_text (stmt, 1));
  place->country = g_strdup (cor_store_column_text (stmt, 2));
  place->latitude = sqlite3_column_double (stmt, 3);
  place->longitude = sqlite3_column_double (stmt, 4);
  place->precision_m = sqlite3_column_double (stmt, 5);
  place->note = g_strdup (cor_store_column_text (stmt, 6));

  return place;
}

#define PLACE_COLUMNS "name, alt_names, country, latitude, longitude, precision_m, note"

GPtrArray *
cor_store_list_places (CorStore *self)
{
  GPtrArray *places = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_place_free);
  g_autoptr(CorStmt) stmt = NULL;

  g_return_val_if_fail (COR_IS_STORE (self), places);

  stmt = cor_store_prepare (self, "SELECT " PLACE_COLUMNS " FROM places "
                                  "ORDER BY name COLLATE NOCASE, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (places, read_place (stmt));

  return places;
}

static gboolean
name_in_list (const char *needle_folded,
              const char *names)
{
  g_auto(GStrv) parts = NULL;

  if (names == NULL)
    return FALSE;

  parts = g_strsplit (names, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (g_strstrip (parts[i]), -1);

      if (g_str_equal (folded, needle_folded))
        return TRUE;
    }

  return FALSE;
}

CorPlace *
cor_store_find_place (CorStore   *self,
                      const char *name)
{
  g_autoptr(CorStmt) stmt = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *needle = NULL;

  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  if (name == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    return NULL;

  /* SQLite's NOCASE folds ASCII only: compare in C, which folds Cyrillic and the rest */
  needle = g_utf8_casefold (stripped, -1);
  stmt = cor_store_prepare (self, "SELECT " PLACE_COLUMNS " FROM places ORDER BY builtin, id",
                            NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *folded = g_utf8_casefold (cor_store_column_text (stmt, 0), -1);

      if (g_str_equal (folded, needle) || name_in_list (needle, cor_store_column_text (stmt, 1)))
        return read_place (stmt);
    }

  return NULL;
}

static CorTerm *
term_new (const char *code,
          const char *name)
{
  CorTerm *term = g_new0 (CorTerm, 1);

  term->code = g_strdup (code);
  term->name = g_strdup (name);
  return term;
}

GPtrArray *
cor_store_list_languages (CorStore *self)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_term_free);
  g_autoptr(CorStmt) stmt = NULL;

  g_return_val_if_fail (COR_IS_STORE (self), terms);

  /* The vocabulary, plus codes the case uses that it does not name */
  stmt = cor_store_prepare (self, "SELECT code, name FROM languages "
                                  "UNION SELECT language, language FROM ("
                                  "  SELECT language FROM annotations WHERE language IS NOT NULL"
                                  "  UNION SELECT language FROM articles WHERE language IS NOT NULL)"
                                  " WHERE language NOT IN (SELECT code FROM languages) "
                                  "ORDER BY 2 COLLATE NOCASE, 1", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (terms, term_new (cor_store_column_text (stmt, 0),
                                      cor_store_column_text (stmt, 1)));

  return terms;
}

GPtrArray *
cor_store_list_makers (CorStore *self)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_term_free);
  g_autoptr(CorStmt) stmt = NULL;

  g_return_val_if_fail (COR_IS_STORE (self), terms);

  stmt = cor_store_prepare (self, "SELECT name FROM makers UNION "
                                  "SELECT maker FROM annotations WHERE maker IS NOT NULL "
                                  "AND maker <> '' AND maker NOT IN (SELECT name FROM makers) "
                                  "ORDER BY 1 COLLATE NOCASE", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (terms, term_new (cor_store_column_text (stmt, 0),
                                      cor_store_column_text (stmt, 0)));

  return terms;
}

static GStrv
collect_strings (CorStore   *self,
                 const char *sql)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, cor_store_column_text (stmt, 0));

  return g_strv_builder_end (builder);
}

GStrv
cor_store_list_tags (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  return collect_strings (self, "SELECT DISTINCT j.value FROM annotations, json_each "
                                "(annotations.tags) AS j WHERE annotations.tags <> '[]' "
                                "ORDER BY 1");
}

GStrv
cor_store_list_analysts (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  return collect_strings (self, "SELECT analyst FROM annotations WHERE analyst IS NOT NULL "
                                "UNION SELECT analyst FROM audit_log WHERE analyst IS NOT NULL "
                                "ORDER BY 1");
}

/* Audit */

GPtrArray *
cor_store_list_audit (CorStore  *self,
                      gint64     after_id,
                      guint      limit,
                      GError   **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(CorStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  stmt = cor_store_prepare (self, "SELECT id, time, analyst, action, table_name, record_uuid, "
                                  "old_values, new_values FROM audit_log WHERE id > ? "
                                  "ORDER BY id LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, after_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_audit_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CorAuditEntry *entry = g_new0 (CorAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->time = g_strdup (cor_store_column_text (stmt, 1));
      entry->analyst = g_strdup (cor_store_column_text (stmt, 2));
      entry->action = g_strdup (cor_store_column_text (stmt, 3));
      entry->table_name = g_strdup (cor_store_column_text (stmt, 4));
      entry->record_uuid = g_strdup (cor_store_column_text (stmt, 5));
      entry->old_json = g_strdup (cor_store_column_text (stmt, 6));
      entry->new_json = g_strdup (cor_store_column_text (stmt, 7));
      g_ptr_array_add (entries, entry);
    }
  if (rc != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Could not read the audit log"));
      return NULL;
    }

  return g_steal_pointer (&entries);
}

gint64
cor_store_count_audit (CorStore *self)
{
  g_autoptr(CorStmt) stmt = NULL;

  g_return_val_if_fail (COR_IS_STORE (self), 0);

  stmt = cor_store_prepare (self, "SELECT count(*) FROM audit_log", NULL);
  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}
