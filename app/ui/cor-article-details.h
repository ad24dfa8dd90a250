/* cor-article-details.h — the article page: its fields, claims, clips and observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_ARTICLE_DETAILS (cor_article_details_get_type ())

G_DECLARE_FINAL_TYPE (CorArticleDetails, cor_article_details, COR, ARTICLE_DETAILS, AdwBin)

/* Every field is committed to the store at once (an entry on Enter or when the focus
 * leaves it); refused values are reported inline and not saved.
 * Signals:
 *   "clip-activated" (gint64 clip_id): a linked clip's row was activated
 *   "activated" (gint64 clip_id, gint64 annotation_id, gint64 start_ns): an observation
 *      (citing the article, or evidence of a claim) was activated: open the clip, seek
 *   "deleted" (gint64 article_id): the analyst deleted the article (after confirming) */
GtkWidget *cor_article_details_new            (void);
/* Shows @article_id of @store and keeps it current as the store changes; 0 shows nothing.
 * Pending edits of the article shown before are committed first. */
void       cor_article_details_show           (CorArticleDetails *self,
                                               CorStore          *store,
                                               gint64             article_id);
gint64     cor_article_details_get_article_id (CorArticleDetails *self);
/* Adds an article titled "Untitled article" to @store, shows it and puts the cursor in
 * its title (selected, so typing replaces it). Returns its id, 0 on error. */
gint64     cor_article_details_new_article    (CorArticleDetails *self,
                                               CorStore          *store,
                                               GError           **error);
void       cor_article_details_focus_title    (CorArticleDetails *self);
/* Adds a claim ("New claim") to the article shown and opens it for editing; its id */
gint64     cor_article_details_add_claim      (CorArticleDetails *self);
/* Asks for confirmation, then deletes the article shown */
void       cor_article_details_delete         (CorArticleDetails *self);
/* The row of a claim shown (a CorClaimRow), NULL if none */
GtkWidget *cor_article_details_get_claim_row  (CorArticleDetails *self,
                                               gint64             claim_id);

G_END_DECLS
