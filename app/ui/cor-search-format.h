/* cor-search-format.h — search hits as markup, and grouped by clip and article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions, no GTK, tested without a display.
 */
#pragma once

#include "cor-store-types.h"

G_BEGIN_DECLS

/* A matched part of a snippet: byte offsets into the plain text */
typedef struct
{
  gsize start;
  gsize end;
} CorSearchSpan;

/* Splits a snippet whose matches are marked with COR_SEARCH_MARK_START/END into
 * its plain text (returned) and the byte spans of the matches in it (@out_spans,
 * CorSearchSpan, may be NULL). Invalid UTF-8 is replaced; an unclosed mark runs
 * to the end; a stray end mark or a nested start mark is dropped. */
char  *cor_search_format_split_snippet (const char  *snippet,
                                        GArray     **out_spans);
/* Pango markup for a snippet: every character of the text escaped, the matches in
 * <span weight="bold" …> with a highlight; newlines and tabs become spaces */
char  *cor_search_format_snippet_markup (const char *snippet);
/* Escaped markup of a plain text (a title), on one line */
char  *cor_search_format_escape_line    (const char *text);

typedef enum
{
  COR_SEARCH_GROUP_CLIP,
  COR_SEARCH_GROUP_ARTICLE,
} CorSearchGroupKind;

/* The hits of one clip or one article, in their ranked order */
typedef struct
{
  CorSearchGroupKind  kind;
  gint64              id;    /* clip id or article id */
  GPtrArray          *hits;  /* CorSearchHit, borrowed from the array passed in */
} CorSearchGroup;

void cor_search_group_free (CorSearchGroup *group);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorSearchGroup, cor_search_group_free)

/* The article a claim belongs to; 0 when unknown */
typedef gint64 (*CorSearchClaimArticleFunc) (gint64   claim_id,
                                             gpointer user_data);

/* Groups ranked @hits (CorSearchHit): an observation under its clip, a clip under
 * itself, an article under itself, a claim under its article (asked of @claim_article;
 * a claim whose article is unknown is left out). Groups come in the order of their
 * best hit; hits keep their ranked order inside a group. Returns CorSearchGroup. */
GPtrArray *cor_search_format_group (GPtrArray                 *hits,
                                    CorSearchClaimArticleFunc  claim_article,
                                    gpointer                   user_data);

G_END_DECLS
