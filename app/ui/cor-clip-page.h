/* cor-clip-page.h — one clip: the player, its timeline, the observation editor, what the case
 * knows about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-annotation-editor.h"
#include "cor-clip-details.h"
#include "cor-observation-list.h"
#include "cor-player-view.h"
#include "cor-store.h"
#include "cor-timeline.h"
#include "cor-undo.h"

G_BEGIN_DECLS

#define COR_TYPE_CLIP_PAGE (cor_clip_page_get_type ())

G_DECLARE_FINAL_TYPE (CorClipPage, cor_clip_page, COR, CLIP_PAGE, AdwBin)

/* Tabs: "player" (the player, the timeline under it and the editor of the selected observation
 * beside them), "observations" (the clip's observations in columns) and "info".
 * Signals: "article-activated" (gint64 article_id), from the details.
 * Properties: "selected-id" (gint64, read-only: the selected observation, 0 for none) */
GtkWidget      *cor_clip_page_new             (void);
/* The case the page works on, with its undo stack: the editor and the timeline's drags push
 * their edits on @undo. NULL for none. */
void            cor_clip_page_set_case        (CorClipPage  *self,
                                               CorStore     *store,
                                               CorUndoStack *undo);
/* Loads @clip_id of @store in the player, timeline, list and details; 0 shows nothing */
void            cor_clip_page_show            (CorClipPage *self,
                                               CorStore    *store,
                                               gint64       clip_id);
gint64          cor_clip_page_get_clip_id     (CorClipPage *self);
CorPlayerView  *cor_clip_page_get_player_view (CorClipPage *self);
CorClipDetails *cor_clip_page_get_details     (CorClipPage *self);
CorTimeline    *cor_clip_page_get_timeline    (CorClipPage *self);
CorObservationList *cor_clip_page_get_list    (CorClipPage *self);
/* NULL when no case is set */
CorAnnotationEditor *cor_clip_page_get_editor (CorClipPage *self);
/* Selects the observation @annotation_id (0: none) in the timeline, the list and the editor;
 * stills are captured onto it. With @focus_editor the cursor goes to its first field. */
void            cor_clip_page_select          (CorClipPage *self,
                                               gint64       annotation_id,
                                               gboolean     focus_editor);
gint64          cor_clip_page_get_selected_id (CorClipPage *self);
/* Shows the player tab, seeks to @position_ns (once the clip is open, if it is still
 * opening) and selects @annotation_id (0: none) */
void            cor_clip_page_go_to           (CorClipPage *self,
                                               gint64       position_ns,
                                               gint64       annotation_id);
/* Gives the keyboard back to the player (focus on the timeline) */
void            cor_clip_page_focus_player    (CorClipPage *self);
/* Hides the tabs and the side panes (fullscreen) */
void            cor_clip_page_set_fullscreen  (CorClipPage *self,
                                               gboolean     fullscreen);

G_END_DECLS
