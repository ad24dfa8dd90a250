/* cor-store-search.c — ranked full-text search with snippets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each searchable field of a record is one row of search_docs, indexed twice:
 *  1. search_words (unicode61): every term is a quoted prefix query ("term"*), so a
 *     Korean word glued to its endings (힘들다야) is found by its first syllables (힘, 힘들)
 *     and a Russian stem (ребят) finds its inflections (ребята). Ranked by bm25.
 *  2. search_trigrams (trigram): when the word index leaves room, terms of 3+ characters
 *     are looked up as substrings (들다야 inside 힘들다야).
 *  3. For terms of 1–2 characters that are not at the start of a word (다 in 힘들다야), a
 *     plain substring scan (instr) fills what is left.
 * Word hits rank before substring hits. The user's text is never FTS5 syntax: each term is
 * quoted with "" escaping, so quotes, *, :, (, NEAR, OR and - are just characters.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-store-private.h"
#include "cor-time.h"

#define DEFAULT_LIMIT 50
#define SNIPPET_CONTEXT_CHARS 40

typedef struct
{
  GPtrArray  *hits;
  GHashTable *seen;   /* "kind:rid" of records already in hits */
  guint       limit;
} SearchState;

static gboolean
has_token_chars (const char *term)
{
  for (const char *p = term; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        return TRUE;
    }

  return FALSE;
}

static char *
quote_term (const char *term)
{
  GString *quoted = g_string_new ("\"");

  for (const char *p = term; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

static GPtrArray *
split_terms (const char *query)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);
  const char *p = query;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (terms, g_strndup (start, p - start));
    }

  return terms;
}

static void
fill_record_label (CorStore     *self,
                   CorSearchHit *hit)
{
  switch (hit->kind)
    {
    case COR_SEARCH_HIT_ANNOTATION:
      {
        g_autoptr(CorAnnotation) a = cor_store_load_record (self, COR_RECORD_ANNOTATION,
                                                            hit->id, NULL);
        if (a != NULL)
          {
            g_autofree char *time = cor_time_format (cor_annotation_get_start_ns (a));
            g_autofree char *summary = cor_annotation_dup_summary (a);

            hit->clip_id = cor_annotation_get_clip_id (a);
            hit->start_ns = cor_annotation_get_start_ns (a);
            hit->title = g_strdup_printf ("%s · %s", time, summary);
          }
      }
      break;
    case COR_SEARCH_HIT_ARTICLE:
      {
        g_autoptr(CorArticle) article = cor_store_load_record (self, COR_RECORD_ARTICLE,
                                                               hit->id, NULL);
        if (article != NULL)
          hit->title = g_strdup (cor_article_get_title (article) != NULL
                                 ? cor_article_get_title (article)
                                 : cor_article_get_url (article));
      }
      break;
    case COR_SEARCH_HIT_CLAIM:
      {
        g_autoptr(CorClaim) claim = cor_store_load_record (self, COR_RECORD_CLAIM, hit->id, NULL);
        if (claim != NULL)
          hit->title = g_strdup (cor_claim_get_text (claim));
      }
      break;
    case COR_SEARCH_HIT_CLIP:
    default:
      {
        g_autoptr(CorClip) clip = cor_store_load_record (self, COR_RECORD_CLIP, hit->id, NULL);
        if (clip != NULL)
          hit->title = cor_clip_dup_display_name (clip);
      }
      break;
    }

  if (hit->title == NULL)
    hit->title = g_strdup ("");
  else
    g_strdelimit (hit->title, "\n\r", ' ');
}

/* Adds a hit unless its record is already there; FALSE when the list is full */
static gboolean
add_hit (CorStore    *self,
         SearchState *state,
         int          kind,
         gint64       rid,
         const char  *field,
         char        *snippet,
         double       rank)
{
  g_autofree char *key = g_strdup_printf ("%d:%" G_GINT64_FORMAT, kind, rid);
  CorSearchHit *hit;

  if (g_hash_table_contains (state->seen, key))
    {
      g_free (snippet);
      return state->hits->len < state->limit;
    }

  hit = g_new0 (CorSearchHit, 1);
  hit->kind = kind;
  hit->id = rid;
  hit->start_ns = -1;
  hit->field = g_strdup (field);
  hit->snippet = snippet;
  hit->rank = rank;
  fill_record_label (self, hit);

  g_hash_table_add (state->seen, g_steal_pointer (&key));
  g_ptr_array_add (state->hits, hit);

  return state->hits->len < state->limit;
}

static gboolean
run_fts (CorStore     *self,
         SearchState  *state,
         const char   *sql,
         const char   *match,
         double        rank_offset,
         GError      **error)
{
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  cor_store_bind_text (stmt, 1, match);
  sqlite3_bind_text (stmt, 2, COR_SEARCH_MARK_START, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, COR_SEARCH_MARK_END, -1, SQLITE_STATIC);
  /* A record can match in several fields: ask for more rows than hits */
  sqlite3_bind_int64 (stmt, 4, (gint64) state->limit * 3);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!add_hit (self, state, sqlite3_column_int (stmt, 0), sqlite3_column_int64 (stmt, 1),
                    cor_store_column_text (stmt, 2), g_strdup (cor_store_column_text (stmt, 4)),
                    sqlite3_column_double (stmt, 3) + rank_offset))
        break;
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Search failed"));
      return FALSE;
    }

  return TRUE;
}

/* Marks every occurrence of the terms in @body and cuts it around the first one */
static char *
make_snippet (const char *body,
              GPtrArray  *terms)
{
  GString *out = g_string_new (NULL);
  const char *first = NULL;
  const char *start;
  const char *p;
  glong chars;

  for (guint i = 0; i < terms->len; i++)
    {
      const char *hit = strstr (body, g_ptr_array_index (terms, i));

      if (hit != NULL && (first == NULL || hit < first))
        first = hit;
    }
  if (first == NULL)
    first = body;

  start = first;
  for (chars = 0; start > body && chars < SNIPPET_CONTEXT_CHARS / 2; chars++)
    start = g_utf8_prev_char (start);
  if (start > body)
    g_string_append (out, "…");

  p = start;
  chars = 0;
  while (*p != '\0' && chars < SNIPPET_CONTEXT_CHARS * 2)
    {
      gboolean marked = FALSE;

      for (guint i = 0; i < terms->len && !marked; i++)
        {
          const char *term = g_ptr_array_index (terms, i);
          gsize len = strlen (term);

          if (len > 0 && strncmp (p, term, len) == 0)
            {
              g_string_append (out, COR_SEARCH_MARK_START);
              g_string_append_len (out, p, len);
              g_string_append (out, COR_SEARCH_MARK_END);
              p += len;
              chars += g_utf8_strlen (term, -1);
              marked = TRUE;
            }
        }
      if (!marked)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
          chars++;
        }
    }
  if (*p != '\0')
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

static gboolean
run_substring_scan (CorStore     *self,
                    SearchState  *state,
                    GPtrArray    *terms,
                    GError      **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  GString *sql = g_string_new ("SELECT kind, rid, field, body FROM search_docs WHERE 1");
  g_autofree char *text = NULL;
  int rc;

  /* At most 8 terms; the SQL is cached per term count */
  for (guint i = 0; i < MIN (terms->len, 8); i++)
    g_string_append_printf (sql, " AND instr (body, ?%u) > 0", i + 1);
  g_string_append (sql, " ORDER BY kind, rid LIMIT ?9");
  text = g_string_free (sql, FALSE);

  stmt = cor_store_prepare (self, text, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < MIN (terms->len, 8); i++)
    cor_store_bind_text (stmt, i + 1, g_ptr_array_index (terms, i));
  sqlite3_bind_int64 (stmt, 9, (gint64) state->limit * 3);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!add_hit (self, state, sqlite3_column_int (stmt, 0), sqlite3_column_int64 (stmt, 1),
                    cor_store_column_text (stmt, 2),
                    make_snippet (cor_store_column_text (stmt, 3), terms), 1e6))
        break;
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Search failed"));
      return FALSE;
    }

  return TRUE;
}

GPtrArray *
cor_store_search (CorStore    *self,
                  const char  *query,
                  guint        limit,
                  GError     **error)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GString) trigrams = g_string_new (NULL);
  gboolean all_long = TRUE;
  gboolean any_short = FALSE;
  SearchState state;

  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_search_hit_free);
  if (query == NULL || !g_utf8_validate (query, -1, NULL))
    return g_steal_pointer (&hits);

  terms = split_terms (query);
  if (terms->len == 0)
    return g_steal_pointer (&hits);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state.hits = hits;
  state.seen = seen;
  state.limit = limit > 0 ? limit : DEFAULT_LIMIT;

  for (guint i = 0; i < terms->len; i++)
    {
      const char *term = g_ptr_array_index (terms, i);
      g_autofree char *quoted = quote_term (term);
      glong length = g_utf8_strlen (term, -1);

      if (has_token_chars (term))
        g_string_append_printf (words, "%s%s*", words->len > 0 ? " AND " : "", quoted);
      if (length >= 3)
        g_string_append_printf (trigrams, "%s%s", trigrams->len > 0 ? " AND " : "", quoted);
      else
        {
          all_long = FALSE;
          any_short = TRUE;
        }
    }

  if (words->len > 0 &&
      !run_fts (self, &state,
                "SELECT d.kind, d.rid, d.field, s.rank, s.snip FROM "
                "(SELECT rowid, rank, snippet (search_words, 0, ?2, ?3, '…', 16) AS snip "
                " FROM search_words WHERE search_words MATCH ?1 ORDER BY rank LIMIT ?4) AS s "
                "JOIN search_docs AS d ON d.id = s.rowid ORDER BY s.rank",
                words->str, 0.0, error))
    return NULL;

  if (hits->len < state.limit && all_long &&
      !run_fts (self, &state,
                "SELECT d.kind, d.rid, d.field, s.rank, s.snip FROM "
                "(SELECT rowid, rank, snippet (search_trigrams, 0, ?2, ?3, '…', 40) AS snip "
                " FROM search_trigrams WHERE search_trigrams MATCH ?1 ORDER BY rank LIMIT ?4) AS s "
                "JOIN search_docs AS d ON d.id = s.rowid ORDER BY s.rank",
                trigrams->str, 1000.0, error))
    return NULL;

  if (hits->len < state.limit && any_short && !run_substring_scan (self, &state, terms, error))
    return NULL;

  return g_steal_pointer (&hits);
}
