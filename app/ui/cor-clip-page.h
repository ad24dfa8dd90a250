/* cor-clip-page.h — one clip: the player, and what the case knows about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-clip-details.h"
#include "cor-player-view.h"
#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_CLIP_PAGE (cor_clip_page_get_type ())

G_DECLARE_FINAL_TYPE (CorClipPage, cor_clip_page, COR, CLIP_PAGE, AdwBin)

/* Signals: "article-activated" (gint64 article_id), from the details */
GtkWidget      *cor_clip_page_new             (void);
/* Loads @clip_id of @store in the player and the details; 0 shows nothing */
void            cor_clip_page_show            (CorClipPage *self,
                                               CorStore    *store,
                                               gint64       clip_id);
CorPlayerView  *cor_clip_page_get_player_view (CorClipPage *self);
CorClipDetails *cor_clip_page_get_details     (CorClipPage *self);
/* Hides the Player/Info switcher (fullscreen) */
void            cor_clip_page_set_fullscreen  (CorClipPage *self,
                                               gboolean     fullscreen);

G_END_DECLS
