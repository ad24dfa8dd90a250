/* cor-window-private.h — CorWindow's insides, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cor-window.c: the sidebar, the pages, the case; cor-window-actions.c: undo and redo, search,
 * the case's observations, new articles, going to an observation, the Recent Cases menu;
 * cor-window-marking.c: the key handler (player and marking keys).
 */
#pragma once

#include "cor-article-details.h"
#include "cor-clip-page.h"
#include "cor-import-status.h"
#include "cor-observation-list.h"
#include "cor-search-panel.h"
#include "cor-undo.h"
#include "cor-verifier.h"
#include "cor-window.h"

G_BEGIN_DECLS

struct _CorWindow
{
  AdwApplicationWindow  parent_instance;

  CorStore             *store;
  CorVerifier          *verifier;  /* re-hashes every clip in the background */
  CorUndoStack         *undo;      /* the session's edits to the case */
  GSettings            *settings;
  GtkSingleSelection   *clips_selection;
  GtkSingleSelection   *articles_selection;
  const char           *special_page; /* "search", "observations" or NULL (static strings) */

  /* template children */
  GtkWidget            *header_bar;
  AdwWindowTitle       *window_title;
  GMenu                *recent_section;
  AdwToastOverlay      *toast_overlay;
  GtkPaned             *paned;
  GtkWidget            *sidebar;
  GtkLabel             *clips_count;
  CorImportStatus      *import_status;
  GtkStack             *clips_stack;
  GtkListView          *clips_view;
  GtkLabel             *articles_count;
  GtkStack             *articles_stack;
  GtkListView          *articles_view;
  GtkStack             *main_stack;
  CorClipPage          *clip_page;
  CorArticleDetails    *article_details;
  CorObservationList   *all_list;
  CorSearchPanel       *search_panel;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
};

/* cor-window.c */
void     cor_window_update_main_page   (CorWindow             *self);

/* cor-window-actions.c */
void     cor_window_class_init_actions (GtkWidgetClass        *widget_class);
void     cor_window_init_actions       (CorWindow             *self);
/* Follows self->undo (just created) for the actions' state */
void     cor_window_watch_undo         (CorWindow             *self);
void     cor_window_drop_undo          (CorWindow             *self);
/* Enables the actions that need a case, an undo step, a redo step */
void     cor_window_update_actions     (CorWindow             *self);
/* Gives the search panel and the case's list the case */
void     cor_window_set_case_panels    (CorWindow             *self,
                                        CorStore              *store);
void     cor_window_undo               (CorWindow             *self);
void     cor_window_redo               (CorWindow             *self);
/* Fills the menu's Recent Cases section from the "recent-cases" setting */
void     cor_window_rebuild_recent_menu (CorWindow            *self);

/* cor-window-marking.c */
gboolean cor_window_key_pressed_cb     (GtkEventControllerKey *controller,
                                        guint                  keyval,
                                        guint                  keycode,
                                        GdkModifierType        state,
                                        CorWindow             *self);

G_END_DECLS
