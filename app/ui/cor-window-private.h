/* cor-window-private.h — CorWindow's insides, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cor-window.c: the sidebar, the pages, the case; cor-window-actions.c: undo and redo, search,
 * the case's observations, new articles, going to an observation, the Recent Cases menu;
 * cor-window-marking.c: the key handler (player and marking keys); cor-window-pages.c: the
 * main pages, built when first shown.
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
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;

  /* pages of main_stack built when first shown (cor-window-pages.c), NULL until then */
  CorClipPage          *clip_page;
  CorArticleDetails    *article_details;
  CorObservationList   *all_list;
  CorSearchPanel       *search_panel;
};

/* cor-window.c */
void     cor_window_update_main_page   (CorWindow             *self);

/* cor-window-pages.c: each builds its page (given the case) and adds it to main_stack */
CorClipPage        *cor_window_ensure_clip_page        (CorWindow    *self);
CorArticleDetails  *cor_window_ensure_article_details  (CorWindow    *self);
CorObservationList *cor_window_ensure_observation_list (CorWindow    *self);
CorSearchPanel     *cor_window_ensure_search_panel     (CorWindow    *self);
/* "search" or "observations" */
void                cor_window_ensure_special_page     (CorWindow    *self,
                                                        const char   *name);
/* Gives the pages built so far the case (or takes it from them, with NULLs) */
void                cor_window_pages_set_case          (CorWindow    *self,
                                                        CorStore     *store,
                                                        CorUndoStack *undo,
                                                        CorVerifier  *verifier);
/* After the template is disposed: the pages went with main_stack */
void                cor_window_pages_forget            (CorWindow    *self);

/* cor-window-actions.c */
void     cor_window_class_init_actions (GtkWidgetClass        *widget_class);
/* Follows self->undo (just created) for the actions' state */
void     cor_window_watch_undo         (CorWindow             *self);
void     cor_window_drop_undo          (CorWindow             *self);
/* Enables the actions that need a case, an undo step, a redo step */
void     cor_window_update_actions     (CorWindow             *self);
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
