/* cor-claim.h — a claim an article makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define COR_TYPE_CLAIM (cor_claim_get_type ())

G_DECLARE_FINAL_TYPE (CorClaim, cor_claim, COR, CLAIM, GObject)

/* Properties: "id", "uuid", "article-id", "text", "claimant", "figure", "claim-date" */
CorClaim   *cor_claim_new            (void);
gint64      cor_claim_get_id         (CorClaim *self);
const char *cor_claim_get_uuid       (CorClaim *self);
gint64      cor_claim_get_article_id (CorClaim *self);
void        cor_claim_set_article_id (CorClaim *self, gint64 article_id);
/* Required */
const char *cor_claim_get_text       (CorClaim *self);
void        cor_claim_set_text       (CorClaim *self, const char *text);
/* Who makes the claim: "South Korean intelligence" */
const char *cor_claim_get_claimant   (CorClaim *self);
void        cor_claim_set_claimant   (CorClaim *self, const char *claimant);
/* A figure the claim gives: "1,500", "10,000–12,000" */
const char *cor_claim_get_figure     (CorClaim *self);
void        cor_claim_set_figure     (CorClaim *self, const char *figure);
const char *cor_claim_get_claim_date (CorClaim *self);
void        cor_claim_set_claim_date (CorClaim *self, const char *claim_date);

G_END_DECLS
