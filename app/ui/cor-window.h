/* cor-window.h — the main window: one open case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-clip-page.h"
#include "cor-observation-list.h"
#include "cor-player-view.h"
#include "cor-search-panel.h"
#include "cor-store.h"
#include "cor-undo.h"

G_BEGIN_DECLS

#define COR_TYPE_WINDOW (cor_window_get_type ())

G_DECLARE_FINAL_TYPE (CorWindow, cor_window, COR, WINDOW, AdwApplicationWindow)

/* Properties: "store" (CorStore, nullable), "settings" (GSettings, construct-only, nullable:
 * window size, the sidebar width and the recent cases come from there) */
CorWindow   *cor_window_new                (GtkApplication *application,
                                            GSettings      *settings);
CorStore    *cor_window_get_store          (CorWindow      *self);
/* Shows @store, replacing the case shown before */
void         cor_window_set_store          (CorWindow      *self,
                                            CorStore       *store);
void         cor_window_add_toast          (CorWindow      *self,
                                            const char     *message);
/* An AdwMessageDialog with @heading and a plain sentence describing @error */
void         cor_window_show_error         (CorWindow      *self,
                                            const char     *heading,
                                            const GError   *error);

/* The list views of the sidebar and the page shown in the main area:
 * "no-case", "empty-case", "nothing-selected", "clip", "article", "observations" (the case's
 * observations) or "search" (for tests and actions) */
GtkListView *cor_window_get_clips_view     (CorWindow      *self);
GtkListView *cor_window_get_articles_view  (CorWindow      *self);
const char  *cor_window_get_visible_page   (CorWindow      *self);
/* Selects a record in the sidebar and shows it; FALSE if it is not in the case */
gboolean     cor_window_select_clip        (CorWindow      *self,
                                            gint64          clip_id);
gboolean     cor_window_select_article     (CorWindow      *self,
                                            gint64          article_id);
/* Imports media files into the case, one after another, in the background; shows
 * the progress, a toast for the clips imported and one dialog for the failures */
void         cor_window_import_files       (CorWindow          *self,
                                            const char * const *paths);
gboolean     cor_window_is_importing       (CorWindow          *self);
/* The player of the clip page, or NULL while no clip has been shown (the page is not built) */
CorPlayerView *cor_window_get_player_view  (CorWindow          *self);
/* What the window's key handler does with a key press (capture phase); TRUE when the key was
 * used. When the focus is not in a text field: Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo; on a
 * clip, the player's keys and the marking keys: 1 language heard, 2 uniform/equipment,
 * 3 location, 4 note at the frame on screen (a range [in, out] when I and O were set), I / O
 * the in / out points, Delete the selected observation. Escape in the observation editor gives
 * the keys back to the player. */
gboolean     cor_window_handle_key         (CorWindow          *self,
                                            guint               keyval,
                                            GdkModifierType     state);

/* The clip page (player, timeline, editor), the case's observation list, the search panel;
 * each is built on the first call if it was not shown yet */
CorClipPage        *cor_window_get_clip_page        (CorWindow *self);
CorObservationList *cor_window_get_observation_list (CorWindow *self);
CorSearchPanel     *cor_window_get_search_panel     (CorWindow *self);
/* The undo stack of the case shown, NULL without a case */
CorUndoStack       *cor_window_get_undo_stack       (CorWindow *self);
/* Ctrl+F: shows the search page with the cursor in its entry */
void                cor_window_show_search          (CorWindow *self);
/* Shows every observation of the case */
void                cor_window_show_observations    (CorWindow *self);
/* Opens the clip, seeks the player to @start_ns and selects the observation (0: none) */
gboolean            cor_window_go_to_annotation     (CorWindow *self,
                                                     gint64     clip_id,
                                                     gint64     annotation_id,
                                                     gint64     start_ns);
/* Adds an article, selects it in the sidebar and puts the cursor in its title; its id, 0 on
 * error (shown in a dialog) */
gint64              cor_window_new_article          (CorWindow *self);

G_END_DECLS
