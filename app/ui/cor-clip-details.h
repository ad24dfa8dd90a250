/* cor-clip-details.h — what the case knows about one clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_CLIP_DETAILS (cor_clip_details_get_type ())

G_DECLARE_FINAL_TYPE (CorClipDetails, cor_clip_details, COR, CLIP_DETAILS, AdwBin)

/* Signals: "article-activated" (gint64 article_id): a citing article's row was activated */
GtkWidget *cor_clip_details_new      (void);
/* Shows @clip_id of @store and keeps it current as the store changes; 0 shows nothing */
void       cor_clip_details_show     (CorClipDetails *self,
                                      CorStore       *store,
                                      gint64          clip_id);
gint64     cor_clip_details_get_clip_id (CorClipDetails *self);

G_END_DECLS
