/* cor-article-details.h — what the case knows about one article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_ARTICLE_DETAILS (cor_article_details_get_type ())

G_DECLARE_FINAL_TYPE (CorArticleDetails, cor_article_details, COR, ARTICLE_DETAILS, AdwBin)

/* Signals: "clip-activated" (gint64 clip_id): a cited clip's row was activated */
GtkWidget *cor_article_details_new            (void);
/* Shows @article_id of @store and keeps it current as the store changes; 0 shows nothing */
void       cor_article_details_show           (CorArticleDetails *self,
                                               CorStore          *store,
                                               gint64             article_id);
gint64     cor_article_details_get_article_id (CorArticleDetails *self);

G_END_DECLS
