/* cor-search-format.c — search hits as markup, and grouped by clip and article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cor-search-format.h"

#define MARK_LENGTH (sizeof (COR_SEARCH_MARK_START) - 1)

/* Helpers */

static void
append_escaped_line (GString    *markup,
                     const char *text,
                     gsize       length)
{
  g_autofree char *escaped = g_markup_escape_text (text, (gssize) length);

  for (char *p = escaped; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  g_string_append (markup, escaped);
}

/* Public API */

char *
cor_search_format_split_snippet (const char  *snippet,
                                 GArray     **out_spans)
{
  g_autofree char *valid = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (CorSearchSpan));
  GString *plain = g_string_new (NULL);
  gboolean open = FALSE;
  CorSearchSpan span = { 0, 0 };

  valid = g_utf8_make_valid (snippet != NULL ? snippet : "", -1);

  for (const char *p = valid; *p != '\0';)
    {
      if (strncmp (p, COR_SEARCH_MARK_START, MARK_LENGTH) == 0)
        {
          if (!open)
            {
              open = TRUE;
              span.start = plain->len;
            }
          p += MARK_LENGTH;
        }
      else if (strncmp (p, COR_SEARCH_MARK_END, MARK_LENGTH) == 0)
        {
          if (open)
            {
              open = FALSE;
              span.end = plain->len;
              if (span.end > span.start)
                g_array_append_val (spans, span);
            }
          p += MARK_LENGTH;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (plain, p, next - p);
          p = next;
        }
    }

  if (open)
    {
      span.end = plain->len;
      if (span.end > span.start)
        g_array_append_val (spans, span);
    }

  if (out_spans != NULL)
    *out_spans = g_steal_pointer (&spans);

  return g_string_free (plain, FALSE);
}

char *
cor_search_format_snippet_markup (const char *snippet)
{
  g_autoptr(GArray) spans = NULL;
  g_autofree char *plain = cor_search_format_split_snippet (snippet, &spans);
  GString *markup = g_string_new (NULL);
  gsize done = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      const CorSearchSpan *span = &g_array_index (spans, CorSearchSpan, i);

      append_escaped_line (markup, plain + done, span->start - done);
      g_string_append (markup, "<span weight=\"bold\" bgcolor=\"#f6d32d\" bgalpha=\"45%\">");
      append_escaped_line (markup, plain + span->start, span->end - span->start);
      g_string_append (markup, "</span>");
      done = span->end;
    }
  append_escaped_line (markup, plain + done, strlen (plain + done));

  return g_string_free (markup, FALSE);
}

char *
cor_search_format_escape_line (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *markup = g_string_new (NULL);

  append_escaped_line (markup, valid, strlen (valid));

  return g_string_free (markup, FALSE);
}

void
cor_search_group_free (CorSearchGroup *group)
{
  if (group == NULL)
    return;

  g_ptr_array_unref (group->hits);
  g_free (group);
}

GPtrArray *
cor_search_format_group (GPtrArray                 *hits,
                         CorSearchClaimArticleFunc  claim_article,
                         gpointer                   user_data)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_search_group_free);
  g_autoptr(GHashTable) clips = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) articles = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      CorSearchHit *hit = g_ptr_array_index (hits, i);
      CorSearchGroupKind kind;
      CorSearchGroup *group;
      GHashTable *table;
      gint64 id;

      switch (hit->kind)
        {
        case COR_SEARCH_HIT_ANNOTATION:
          kind = COR_SEARCH_GROUP_CLIP;
          id = hit->clip_id;
          break;
        case COR_SEARCH_HIT_CLIP:
          kind = COR_SEARCH_GROUP_CLIP;
          id = hit->id;
          break;
        case COR_SEARCH_HIT_ARTICLE:
          kind = COR_SEARCH_GROUP_ARTICLE;
          id = hit->id;
          break;
        case COR_SEARCH_HIT_CLAIM:
          kind = COR_SEARCH_GROUP_ARTICLE;
          id = claim_article != NULL ? claim_article (hit->id, user_data) : 0;
          break;
        default:
          continue;
        }

      if (id <= 0)
        continue;

      table = kind == COR_SEARCH_GROUP_CLIP ? clips : articles;
      group = g_hash_table_lookup (table, &id);
      if (group == NULL)
        {
          group = g_new0 (CorSearchGroup, 1);
          group->kind = kind;
          group->id = id;
          group->hits = g_ptr_array_new ();
          g_ptr_array_add (groups, group);
          g_hash_table_insert (table, &group->id, group);
        }

      g_ptr_array_add (group->hits, hit);
    }

  return groups;
}
