/* cor-window-pages.c — CorWindow's main pages, built the first time they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clip page (player, timeline, editor: GStreamer starts there), an article's page, the
 * case's observations and search are not in the window's template: each is built, given the
 * case and added to the main stack when it is first needed. The window therefore appears
 * without paying for pages nobody has opened yet (tests/bench/bench-startup).
 */
#include "config.h"

#include "cor-window-private.h"

static void
annotation_activated_cb (CorWindow *self,
                         gint64     clip_id,
                         gint64     annotation_id,
                         gint64     start_ns,
                         GtkWidget *source)
{
  cor_window_go_to_annotation (self, clip_id, annotation_id, start_ns);
}

static void
article_activated_cb (CorWindow *self,
                      gint64     article_id,
                      GtkWidget *source)
{
  cor_window_select_article (self, article_id);
}

static void
clip_activated_cb (CorWindow *self,
                   gint64     clip_id,
                   GtkWidget *source)
{
  cor_window_select_clip (self, clip_id);
}

static void
add_page (CorWindow  *self,
          GtkWidget  *page,
          const char *name)
{
  gtk_stack_add_named (self->main_stack, page, name);
}

CorClipPage *
cor_window_ensure_clip_page (CorWindow *self)
{
  if (self->clip_page != NULL)
    return self->clip_page;

  self->clip_page = COR_CLIP_PAGE (cor_clip_page_new ());
  g_signal_connect_object (self->clip_page, "article-activated",
                           G_CALLBACK (article_activated_cb), self, G_CONNECT_SWAPPED);
  cor_clip_page_set_case (self->clip_page, self->store, self->undo);
  cor_clip_details_set_verifier (cor_clip_page_get_details (self->clip_page), self->verifier);
  cor_clip_page_set_fullscreen (self->clip_page, gtk_window_is_fullscreen (GTK_WINDOW (self)));
  add_page (self, GTK_WIDGET (self->clip_page), "clip");

  return self->clip_page;
}

CorArticleDetails *
cor_window_ensure_article_details (CorWindow *self)
{
  if (self->article_details != NULL)
    return self->article_details;

  self->article_details = COR_ARTICLE_DETAILS (cor_article_details_new ());
  g_signal_connect_object (self->article_details, "clip-activated",
                           G_CALLBACK (clip_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_details, "activated",
                           G_CALLBACK (annotation_activated_cb), self, G_CONNECT_SWAPPED);
  add_page (self, GTK_WIDGET (self->article_details), "article");

  return self->article_details;
}

CorObservationList *
cor_window_ensure_observation_list (CorWindow *self)
{
  if (self->all_list != NULL)
    return self->all_list;

  self->all_list = COR_OBSERVATION_LIST (cor_observation_list_new ());
  g_signal_connect_object (self->all_list, "activated", G_CALLBACK (annotation_activated_cb),
                           self, G_CONNECT_SWAPPED);
  cor_observation_list_set_store (self->all_list, self->store, 0);
  add_page (self, GTK_WIDGET (self->all_list), "observations");

  return self->all_list;
}

CorSearchPanel *
cor_window_ensure_search_panel (CorWindow *self)
{
  if (self->search_panel != NULL)
    return self->search_panel;

  self->search_panel = COR_SEARCH_PANEL (cor_search_panel_new ());
  g_signal_connect_object (self->search_panel, "activated-annotation",
                           G_CALLBACK (annotation_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_panel, "activated-article",
                           G_CALLBACK (article_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_panel, "activated-clip", G_CALLBACK (clip_activated_cb),
                           self, G_CONNECT_SWAPPED);
  cor_search_panel_set_store (self->search_panel, self->store);
  add_page (self, GTK_WIDGET (self->search_panel), "search");

  return self->search_panel;
}

void
cor_window_ensure_special_page (CorWindow  *self,
                                const char *name)
{
  if (g_strcmp0 (name, "search") == 0)
    cor_window_ensure_search_panel (self);
  else if (g_strcmp0 (name, "observations") == 0)
    cor_window_ensure_observation_list (self);
}

void
cor_window_pages_set_case (CorWindow    *self,
                           CorStore     *store,
                           CorUndoStack *undo,
                           CorVerifier  *verifier)
{
  if (self->clip_page != NULL)
    {
      cor_clip_page_set_case (self->clip_page, store, undo);
      cor_clip_details_set_verifier (cor_clip_page_get_details (self->clip_page), verifier);
    }
  if (self->article_details != NULL)
    cor_article_details_show (self->article_details, NULL, 0);
  if (self->search_panel != NULL)
    cor_search_panel_set_store (self->search_panel, store);
  if (self->all_list != NULL)
    cor_observation_list_set_store (self->all_list, store, 0);
}

void
cor_window_pages_forget (CorWindow *self)
{
  self->clip_page = NULL;
  self->article_details = NULL;
  self->all_list = NULL;
  self->search_panel = NULL;
}
