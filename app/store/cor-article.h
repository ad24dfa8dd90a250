/* cor-article.h — an article that makes or disputes a claim
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define COR_TYPE_ARTICLE (cor_article_get_type ())

G_DECLARE_FINAL_TYPE (CorArticle, cor_article, COR, ARTICLE, GObject)

/* Every string property is nullable; a record not yet stored has id 0 and uuid NULL.
 * Properties: "id", "uuid", "url", "title", "outlet", "author", "published",
 * "language", "summary", "archived-url", "reliability", "notes", "created", "updated". */
CorArticle *cor_article_new              (void);
gint64      cor_article_get_id           (CorArticle *self);
const char *cor_article_get_uuid         (CorArticle *self);
const char *cor_article_get_url          (CorArticle *self);
void        cor_article_set_url          (CorArticle *self, const char *url);
const char *cor_article_get_title        (CorArticle *self);
void        cor_article_set_title        (CorArticle *self, const char *title);
const char *cor_article_get_outlet       (CorArticle *self);
void        cor_article_set_outlet       (CorArticle *self, const char *outlet);
const char *cor_article_get_author       (CorArticle *self);
void        cor_article_set_author       (CorArticle *self, const char *author);
/* "YYYY-MM-DD" (or "YYYY-MM", "YYYY") */
const char *cor_article_get_published    (CorArticle *self);
void        cor_article_set_published    (CorArticle *self, const char *published);
/* ISO 639 code */
const char *cor_article_get_language     (CorArticle *self);
void        cor_article_set_language     (CorArticle *self, const char *language);
const char *cor_article_get_summary      (CorArticle *self);
void        cor_article_set_summary      (CorArticle *self, const char *summary);
const char *cor_article_get_archived_url (CorArticle *self);
void        cor_article_set_archived_url (CorArticle *self, const char *archived_url);
/* Admiralty source reliability: "A" (completely reliable) … "E" (unreliable), "F" (cannot be judged) */
const char *cor_article_get_reliability  (CorArticle *self);
void        cor_article_set_reliability  (CorArticle *self, const char *reliability);
const char *cor_article_get_notes        (CorArticle *self);
void        cor_article_set_notes        (CorArticle *self, const char *notes);
/* ISO 8601 UTC, set by the store */
const char *cor_article_get_created      (CorArticle *self);
const char *cor_article_get_updated      (CorArticle *self);

G_END_DECLS
