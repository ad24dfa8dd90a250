/* cor-window.h — the main window: one open case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-player-view.h"
#include "cor-store.h"

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
 * "empty-case", "nothing-selected", "clip" or "article" (for tests and actions) */
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
/* The player of the clip page */
CorPlayerView *cor_window_get_player_view  (CorWindow          *self);
/* What the window's key handler does with a key press (capture phase): the player's keys
 * when a clip is shown and the focus is not in a text field; TRUE when the key was used */
gboolean     cor_window_handle_key         (CorWindow          *self,
                                            guint               keyval,
                                            GdkModifierType     state);

G_END_DECLS
