/* cor-store-search.c — ranked full-text search with snippets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each searched table T (annotations, articles, claims, clips) has two FTS5 indexes over
 * its own rows (cor-store-schema.c):
 *  1. T_words (unicode61): every term is a quoted prefix query ("term"*), so a Korean word
 *     glued to its endings (힘들다야) is found by its first syllables (힘, 힘들) and a
 *     Russian stem (ребят) finds its inflections (ребята). Ranked by bm25.
 *  2. T_trigrams (trigram, CJK fields only): when the word index leaves room, terms of 3+
 *     characters are looked up as substrings (들다야 inside 힘들다야).
 *  3. For terms of 1–2 characters that are not at the start of a word (다 in 힘들다야), a
 *     plain substring scan (instr) fills what is left.
 * Terms are ANDed within a record (across its fields). Word hits rank before substring
 * hits; the hits of the four tables are merged by rank. A hit names the field with the
 * most matches (cor_column(), an FTS5 auxiliary function registered on each connection)
 * and its snippet comes from that field. The user's text is never FTS5 syntax: each term
 * is quoted with "" escaping, so quotes, *, :, (, NEAR, OR and - are just characters.
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

/* cor_column (T): the index of the column with the most phrase matches in this row; the
 * first such column on a tie */
static void
cor_column_function (const Fts5ExtensionApi  *api,
                     Fts5Context             *fts,
                     sqlite3_context         *context,
                     int                      n_values,
                     sqlite3_value          **values)
{
  int counts[16] = { 0 };
  int n_columns = MIN (api->xColumnCount (fts), (int) G_N_ELEMENTS (counts));
  int n_inst = 0;
  int best = 0;

  if (api->xInstCount (fts, &n_inst) != SQLITE_OK)
    n_inst = 0;
  for (int i = 0; i < n_inst; i++)
    {
      int phrase, column, offset;

      if (api->xInst (fts, i, &phrase, &column, &offset) == SQLITE_OK &&
          column >= 0 && column < n_columns)
        counts[column]++;
    }
  for (int c = 1; c < n_columns; c++)
    if (counts[c] > counts[best])
      best = c;

  sqlite3_result_int (context, best);
}

gboolean
cor_store_search_register (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  fts5_api *api = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return api != NULL &&
         api->xCreateFunction (api, "cor_column", NULL, cor_column_function, NULL) == SQLITE_OK;
}

typedef struct
{
  int     kind;
  gint64  rid;
  int     column;
  double  rank;
  char   *snippet;
} FtsRow;

static void
fts_row_clear (gpointer data)
{
  g_free (((FtsRow *) data)->snippet);
}

static int
compare_fts_rows (gconstpointer a,
                  gconstpointer b)
{
  const FtsRow *x = a, *y = b;

  return x->rank < y->rank ? -1 : x->rank > y->rank ? 1 : 0;
}

static const char *
field_name (int kind,
            int column)
{
  guint n_tables;
  const CorSearchedTable *tables = cor_store_schema_get_searched_tables (&n_tables);

  for (guint i = 0; i < n_tables; i++)
    if ((int) tables[i].kind == kind)
      {
        for (int c = 0; tables[i].fields[c] != NULL; c++)
          if (c == column)
            return tables[i].fields[c];
        break;
      }

  return "";
}

/* Runs @match against the @suffix ("words" or "trigrams") index of every searched table,
 * then adds the hits best first */
static gboolean
run_fts (CorStore     *self,
         SearchState  *state,
         const char   *suffix,
         const char   *match,
         int           snippet_tokens,
         double        rank_offset,
         GError      **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (FtsRow));
  guint n_tables;
  const CorSearchedTable *tables = cor_store_schema_get_searched_tables (&n_tables);

  g_array_set_clear_func (rows, fts_row_clear);

  for (guint t = 0; t < n_tables; t++)
    {
      g_autofree char *index = g_strdup_printf ("%s_%s", tables[t].table, suffix);
      g_autofree char *sql = g_strdup_printf ("SELECT rowid, rank, cor_column (%s), "
                                              "snippet (%s, cor_column (%s), ?2, ?3, '…', %d) "
                                              "FROM %s WHERE %s MATCH ?1 "
                                              "ORDER BY rank LIMIT ?4",
                                              index, index, index, snippet_tokens, index, index);
      g_autoptr(CorStmt) stmt = cor_store_prepare (self, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      cor_store_bind_text (stmt, 1, match);
      sqlite3_bind_text (stmt, 2, COR_SEARCH_MARK_START, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, COR_SEARCH_MARK_END, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, state->limit);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          FtsRow row = {
            tables[t].kind, sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 2),
            sqlite3_column_double (stmt, 1) + rank_offset,
            g_strdup (cor_store_column_text (stmt, 3)),
          };

          g_array_append_val (rows, row);
        }
      if (rc != SQLITE_DONE)
        {
          cor_store_set_sql_error (self, error, _("Search failed"));
          return FALSE;
        }
    }

  g_array_sort (rows, compare_fts_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      FtsRow *row = &g_array_index (rows, FtsRow, i);

      if (!add_hit (self, state, row->kind, row->rid, field_name (row->kind, row->column),
                    g_steal_pointer (&row->snippet), row->rank))
        break;
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

/* Records whose fields hold every term as a substring, in kind and id order */
static gboolean
run_substring_scan (CorStore     *self,
                    SearchState  *state,
                    GPtrArray    *terms,
                    GError      **error)
{
  guint n_terms = MIN (terms->len, 8);
  guint n_tables;
  const CorSearchedTable *tables = cor_store_schema_get_searched_tables (&n_tables);

  for (guint t = 0; t < n_tables; t++)
    {
      const CorSearchedTable *table = &tables[t];
      GString *sql = g_string_new ("SELECT id");
      g_autofree char *text = NULL;
      g_autoptr(CorStmt) stmt = NULL;
      int rc;

      for (guint f = 0; table->fields[f] != NULL; f++)
        g_string_append_printf (sql, ", %s", table->fields[f]);
      g_string_append_printf (sql, " FROM %s WHERE 1", table->table);
      /* At most 8 terms; the SQL is cached per table and term count */
      for (guint i = 0; i < n_terms; i++)
        {
          g_string_append (sql, " AND (0");
          for (guint f = 0; table->fields[f] != NULL; f++)
            g_string_append_printf (sql, " OR instr (%s, ?%u) > 0", table->fields[f], i + 1);
          g_string_append (sql, ")");
        }
      g_string_append (sql, " ORDER BY id LIMIT ?9");
      text = g_string_free (sql, FALSE);

      stmt = cor_store_prepare (self, text, error);
      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < n_terms; i++)
        cor_store_bind_text (stmt, i + 1, g_ptr_array_index (terms, i));
      sqlite3_bind_int64 (stmt, 9, state->limit);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *first_term = g_ptr_array_index (terms, 0);
          int column = 0;

          /* The field that holds the first term */
          for (guint f = 0; table->fields[f] != NULL; f++)
            {
              const char *body = cor_store_column_text (stmt, f + 1);

              if (body != NULL && strstr (body, first_term) != NULL)
                {
                  column = f;
                  break;
                }
            }

          if (!add_hit (self, state, table->kind, sqlite3_column_int64 (stmt, 0),
                        table->fields[column],
                        make_snippet (cor_store_column_text (stmt, column + 1), terms), 1e6))
            return TRUE;
        }
      if (rc != SQLITE_DONE)
        {
          cor_store_set_sql_error (self, error, _("Search failed"));
          return FALSE;
        }
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
      !run_fts (self, &state, "words", words->str, 16, 0.0, error))
    return NULL;

  if (hits->len < state.limit && all_long &&
      !run_fts (self, &state, "trigrams", trigrams->str, 40, 1000.0, error))
    return NULL;

  if (hits->len < state.limit && any_short && !run_substring_scan (self, &state, terms, error))
    return NULL;

  return g_steal_pointer (&hits);
}
