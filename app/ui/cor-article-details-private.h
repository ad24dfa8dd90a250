/* cor-article-details-private.h — CorArticleDetails's insides, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cor-article-details.c: the page and its fields; cor-article-details-links.c: the claims,
 * the linked clips and the observations that cite the article.
 */
#pragma once

#include "cor-article-details.h"

G_BEGIN_DECLS

typedef enum
{
  ROW_CLIP,
  ROW_OBSERVATION,
} RowKind;

/* A clip or observation row and what activating it opens */
typedef struct
{
  GtkWidget *row;
  GtkWidget *relation;   /* clips: Cites/Disputes dropdown */
  GtkWidget *remove;     /* clips: unlink button */
  RowKind    kind;
  gint64     clip_id;
  gint64     annotation_id;
  gint64     start_ns;
} LinkRow;

struct _CorArticleDetails
{
  AdwBin               parent_instance;

  CorStore            *store;
  gint64               article_id;
  GPtrArray           *claim_rows;     /* CorClaimRow, borrowed from the group */
  GPtrArray           *link_rows;      /* LinkRow */
  GArray              *link_clip_ids;  /* the clip of each row of the link popover */
  GStrv                language_codes; /* [0] "" is "not given" */
  gboolean             syncing;

  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *article_group;
  GtkWidget           *open_button;
  AdwEntryRow         *title_row;
  AdwEntryRow         *url_row;
  AdwEntryRow         *outlet_row;
  AdwEntryRow         *author_row;
  AdwEntryRow         *published_row;
  GtkDropDown         *language_dropdown;
  AdwComboRow         *reliability_row;
  AdwEntryRow         *archived_row;
  GtkWidget           *open_archived_button;
  GtkTextView         *summary_view;
  GtkTextView         *notes_view;
  AdwPreferencesGroup *claims_group;
  AdwPreferencesGroup *clips_group;
  GtkPopover          *link_clip_popover;
  GtkListBox          *link_clip_list;
  AdwPreferencesGroup *observations_group;
};

enum {
  COR_ARTICLE_DETAILS_CLIP_ACTIVATED,
  COR_ARTICLE_DETAILS_ACTIVATED,
  COR_ARTICLE_DETAILS_DELETED,
  COR_ARTICLE_DETAILS_N_SIGNALS
};

extern guint cor_article_details_signals[COR_ARTICLE_DETAILS_N_SIGNALS];

/* cor-article-details.c */
/* Shows @message inline above the page; NULL hides it */
void cor_article_details_show_error                (CorArticleDetails *self,
                                                    const char        *message);

/* cor-article-details-links.c */
void cor_article_details_update_clips              (CorArticleDetails *self);
void cor_article_details_update_observations       (CorArticleDetails *self);
/* Rebuilds the claim rows, keeping which were expanded */
void cor_article_details_rebuild_claims            (CorArticleDetails *self);
void cor_article_details_refresh_claim_rows        (CorArticleDetails *self);
/* Template callbacks of the "Link Clip" popover */
void cor_article_details_link_clip_popover_show_cb (CorArticleDetails *self);
void cor_article_details_link_clip_activated_cb    (CorArticleDetails *self,
                                                    GtkListBoxRow     *row);

G_END_DECLS
