/* cor-window.c — the main window: one open case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-article-details.h"
#include "cor-clip-page.h"
#include "cor-import-status.h"
#include "cor-sidebar-row.h"
#include "cor-ui-format.h"
#include "cor-verifier.h"
#include "cor-window-private.h"

G_DEFINE_FINAL_TYPE (CorWindow, cor_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
clip_kind_icon (CorClipKind kind)
{
  switch (kind)
    {
    case COR_CLIP_KIND_VIDEO:
      return "video-x-generic-symbolic";
    case COR_CLIP_KIND_AUDIO:
      return "audio-x-generic-symbolic";
    case COR_CLIP_KIND_UNKNOWN:
    default:
      return "text-x-generic-symbolic";
    }
}

static void
update_title (CorWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *basename = NULL;
  const char *path = self->store != NULL ? cor_store_get_path (self->store) : NULL;
  const char *case_title = self->store != NULL ? cor_store_get_title (self->store) : NULL;

  title = cor_ui_format_window_title (case_title, path);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (path == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Corroborate"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      return;
    }

  basename = g_path_get_basename (path);
  if (case_title != NULL && case_title[0] != '\0')
    {
      adw_window_title_set_title (self->window_title, case_title);
      adw_window_title_set_subtitle (self->window_title, basename);
    }
  else
    {
      adw_window_title_set_title (self->window_title, basename);
      adw_window_title_set_subtitle (self->window_title, NULL);
    }
}

void
cor_window_update_main_page (CorWindow *self)
{
  CorClip *clip = NULL;
  CorArticle *article = NULL;
  guint n_clips = 0;
  guint n_articles = 0;

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "no-case");
      return;
    }

  clip = gtk_single_selection_get_selected_item (self->clips_selection);
  article = gtk_single_selection_get_selected_item (self->articles_selection);

  /* search and the case's observations: a clip shown before stays open, paused */
  if (self->special_page != NULL)
    {
      if (self->clip_page != NULL && cor_clip_page_get_clip_id (self->clip_page) > 0)
        cor_player_pause (cor_player_view_get_player (cor_clip_page_get_player_view (self->clip_page)));
      cor_window_ensure_special_page (self, self->special_page);
      gtk_stack_set_visible_child_name (self->main_stack, self->special_page);
      return;
    }

  n_clips = g_list_model_get_n_items (G_LIST_MODEL (self->clips_selection));
  n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles_selection));

  if (clip != NULL)
    {
      cor_clip_page_show (cor_window_ensure_clip_page (self), self->store, cor_clip_get_id (clip));
      gtk_stack_set_visible_child_name (self->main_stack, "clip");
      return;
    }

  /* a clip out of sight does not play on */
  if (self->clip_page != NULL)
    cor_clip_page_show (self->clip_page, NULL, 0);
  if (article != NULL)
    {
      cor_article_details_show (cor_window_ensure_article_details (self), self->store,
                                cor_article_get_id (article));
      gtk_stack_set_visible_child_name (self->main_stack, "article");
    }
  else if (n_clips == 0 && n_articles == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty-case");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "nothing-selected");
}

static void
update_sections (CorWindow *self)
{
  guint n_clips = 0;
  guint n_articles = 0;
  g_autofree char *clips_text = NULL;
  g_autofree char *articles_text = NULL;

  if (self->store != NULL)
    {
      n_clips = g_list_model_get_n_items (G_LIST_MODEL (self->clips_selection));
      n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles_selection));
    }

  clips_text = g_strdup_printf ("%u", n_clips);
  articles_text = g_strdup_printf ("%u", n_articles);
  gtk_label_set_text (self->clips_count, clips_text);
  gtk_label_set_text (self->articles_count, articles_text);
  gtk_stack_set_visible_child_name (self->clips_stack, n_clips > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->articles_stack, n_articles > 0 ? "list" : "empty");
  gtk_widget_set_visible (self->sidebar,
                          self->store != NULL && !gtk_window_is_fullscreen (GTK_WINDOW (self)));

  cor_window_update_main_page (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CorWindow     *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (self->store == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  if (paths->len == 0)
    return FALSE;

  g_ptr_array_add (paths, NULL);
  cor_window_import_files (self, (const char * const *) paths->pdata);

  return TRUE;
}

static gboolean
find_by_id (GListModel *model,
            gint64      id,
            gboolean    is_clip,
            guint      *out_position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = is_clip ? cor_clip_get_id (COR_CLIP (item))
                               : cor_article_get_id (COR_ARTICLE (item));

      if (item_id == id)
        {
          *out_position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, cor_sidebar_row_new ());
}

static void
clip_row_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  CorWindow *self = user_data;
  CorClip *clip = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  g_autofree char *name = cor_clip_dup_display_name (clip);
  g_autofree char *subtitle = cor_ui_format_clip_subtitle (cor_clip_get_duration_ns (clip),
                                                           cor_clip_get_sha256 (clip));

  cor_sidebar_row_set (COR_SIDEBAR_ROW (row), clip_kind_icon (cor_clip_get_kind (clip)),
                       name, subtitle);
  cor_sidebar_row_set_verifier (COR_SIDEBAR_ROW (row), self->verifier, cor_clip_get_id (clip));
}

static void
article_row_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  CorArticle *article = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  const char *title = cor_article_get_title (article);
  g_autofree char *subtitle = cor_ui_format_article_subtitle (cor_article_get_outlet (article),
                                                              cor_article_get_published (article));

  cor_sidebar_row_set (COR_SIDEBAR_ROW (row), "x-office-document-symbolic",
                       title != NULL && title[0] != '\0' ? title : _("Untitled article"),
                       subtitle);
}

static void
clips_selected_cb (CorWindow          *self,
                   GParamSpec         *pspec,
                   GtkSingleSelection *selection)
{
  if (gtk_single_selection_get_selected_item (selection) != NULL)
    {
      self->special_page = NULL;
      gtk_single_selection_set_selected (self->articles_selection, GTK_INVALID_LIST_POSITION);
    }

  cor_window_update_main_page (self);
}

static void
articles_selected_cb (CorWindow          *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  if (gtk_single_selection_get_selected_item (selection) != NULL)
    {
      self->special_page = NULL;
      gtk_single_selection_set_selected (self->clips_selection, GTK_INVALID_LIST_POSITION);
    }

  cor_window_update_main_page (self);
}

static void
model_items_changed_cb (CorWindow  *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *model)
{
  update_sections (self);
}

static void
store_title_changed_cb (CorWindow  *self,
                        GParamSpec *pspec,
                        CorStore   *store)
{
  update_title (self);
}

static void
recent_cases_changed_cb (CorWindow  *self,
                         const char *key,
                         GSettings  *settings)
{
  cor_window_rebuild_recent_menu (self);
}

static void
clip_imported_cb (CorWindow       *self,
                  gint64           clip_id,
                  CorImportStatus *status)
{
  cor_window_select_clip (self, clip_id);
}

static GtkSingleSelection *
make_selection (CorWindow   *self,
                GListModel  *model,
                GCallback    selected_cb)
{
  GtkSingleSelection *selection = gtk_single_selection_new (g_object_ref (model));

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (selection, "notify::selected-item", selected_cb, self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (selection, "items-changed", G_CALLBACK (model_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  return selection;
}

static void
drop_selection (CorWindow           *self,
                GtkSingleSelection **selection)
{
  if (*selection == NULL)
    return;

  g_signal_handlers_disconnect_by_data (*selection, self);
  g_clear_object (selection);
}

static gboolean
select_in (GtkListView        *view,
           GtkSingleSelection *selection,
           gint64              id,
           gboolean            is_clip)
{
  guint position;

  if (selection == NULL || !find_by_id (G_LIST_MODEL (selection), id, is_clip, &position))
    return FALSE;

  gtk_single_selection_set_selected (selection, position);
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", position);

  return TRUE;
}

static void
fullscreened_cb (CorWindow  *self,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  gtk_widget_set_visible (self->header_bar, !fullscreen);
  gtk_widget_set_visible (self->sidebar, self->store != NULL && !fullscreen);
  if (self->clip_page != NULL)
    cor_clip_page_set_fullscreen (self->clip_page, fullscreen);
}

static gboolean
cor_window_close_request (GtkWindow *window)
{
  CorWindow *self = COR_WINDOW (window);

  if (self->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);
      int width = 0;
      int height = 0;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_boolean (self->settings, "window-maximized", maximized);
      if (!maximized && width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      if (self->store != NULL)
        g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (self->paned));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (cor_window_parent_class)->close_request (window);
}

static void
cor_window_constructed (GObject *object)
{
  CorWindow *self = COR_WINDOW (object);

  G_OBJECT_CLASS (cor_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      int sidebar_width = g_settings_get_int (self->settings, "sidebar-width");

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      if (sidebar_width > 0)
        gtk_paned_set_position (self->paned, sidebar_width);

      g_signal_connect_object (self->settings, "changed::recent-cases",
                               G_CALLBACK (recent_cases_changed_cb), self, G_CONNECT_SWAPPED);
    }

  cor_window_rebuild_recent_menu (self);
  update_title (self);
  update_sections (self);
}

static void
cor_window_dispose (GObject *object)
{
  CorWindow *self = COR_WINDOW (object);

  cor_window_set_store (self, NULL);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_WINDOW);
  cor_window_pages_forget (self);

  G_OBJECT_CLASS (cor_window_parent_class)->dispose (object);
}

static void
cor_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CorWindow *self = COR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CorWindow *self = COR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      cor_window_set_store (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_window_class_init (CorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cor_window_constructed;
  object_class->dispose = cor_window_dispose;
  object_class->get_property = cor_window_get_property;
  object_class->set_property = cor_window_set_property;

  window_class->close_request = cor_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, COR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (COR_TYPE_IMPORT_STATUS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CorWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, clips_count);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, import_status);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, clips_stack);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, clips_view);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, articles_count);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, articles_stack);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, articles_view);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, CorWindow, redo_button);
  gtk_widget_class_bind_template_callback (widget_class, clip_imported_cb);

  cor_window_class_init_actions (widget_class);
}

static void
cor_window_init (CorWindow *self)
{
  g_autoptr(GtkListItemFactory) clip_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) article_factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *drop_target;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* the player's and the marking keys work anywhere in the window, except in a text field */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (cor_window_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", FALSE);
  cor_window_update_actions (self);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  g_signal_connect (clip_factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (clip_factory, "bind", G_CALLBACK (clip_row_bind_cb), self);
  gtk_list_view_set_factory (self->clips_view, clip_factory);

  g_signal_connect (article_factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (article_factory, "bind", G_CALLBACK (article_row_bind_cb), NULL);
  gtk_list_view_set_factory (self->articles_view, article_factory);
}

CorWindow *
cor_window_new (GtkApplication *application,
                GSettings      *settings)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (COR_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

CorStore *
cor_window_get_store (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return self->store;
}

void
cor_window_set_store (CorWindow *self,
                      CorStore  *store)
{
  g_return_if_fail (COR_IS_WINDOW (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->import_status != NULL)
    cor_import_status_set_store (self->import_status, store);

  /* the details pages hold the store too: let go of it before the models */
  self->special_page = NULL;
  cor_window_pages_set_case (self, NULL, NULL, NULL);
  gtk_list_view_set_model (self->clips_view, NULL);
  gtk_list_view_set_model (self->articles_view, NULL);
  drop_selection (self, &self->clips_selection);
  drop_selection (self, &self->articles_selection);

  g_clear_object (&self->verifier);
  cor_window_drop_undo (self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      self->verifier = cor_verifier_new (store);
      self->undo = cor_undo_stack_new (store);
      cor_window_watch_undo (self);
    }
  cor_window_pages_set_case (self, store, self->undo, self->verifier);

  if (store != NULL)
    {
      self->clips_selection = make_selection (self, cor_store_get_clips (store),
                                              G_CALLBACK (clips_selected_cb));
      self->articles_selection = make_selection (self, cor_store_get_articles (store),
                                                 G_CALLBACK (articles_selected_cb));
      gtk_list_view_set_model (self->clips_view, GTK_SELECTION_MODEL (self->clips_selection));
      gtk_list_view_set_model (self->articles_view,
                               GTK_SELECTION_MODEL (self->articles_selection));
      g_signal_connect_object (store, "notify::title", G_CALLBACK (store_title_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", store != NULL);
  cor_window_update_actions (self);
  if (self->verifier != NULL)
    cor_verifier_start (self->verifier);

  /* during dispose the template children are gone */
  if (self->main_stack != NULL)
    {
      update_title (self);
      update_sections (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
cor_window_add_toast (CorWindow  *self,
                      const char *message)
{
  g_return_if_fail (COR_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
cor_window_show_error (CorWindow    *self,
                       const char   *heading,
                       const GError *error)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (COR_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  body = cor_ui_describe_case_error (error);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkListView *
cor_window_get_clips_view (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return self->clips_view;
}

GtkListView *
cor_window_get_articles_view (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return self->articles_view;
}

const char *
cor_window_get_visible_page (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

gboolean
cor_window_select_clip (CorWindow *self,
                        gint64     clip_id)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  if (!select_in (self->clips_view, self->clips_selection, clip_id, TRUE))
    return FALSE;
  self->special_page = NULL;
  cor_window_update_main_page (self);

  return TRUE;
}

gboolean
cor_window_select_article (CorWindow *self,
                           gint64     article_id)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  if (!select_in (self->articles_view, self->articles_selection, article_id, FALSE))
    return FALSE;
  self->special_page = NULL;
  cor_window_update_main_page (self);

  return TRUE;
}

void
cor_window_import_files (CorWindow          *self,
                         const char * const *paths)
{
  g_return_if_fail (COR_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL);

  cor_import_status_import (self->import_status, paths);
}

gboolean
cor_window_is_importing (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  return cor_import_status_get_busy (self->import_status);
}

CorPlayerView *
cor_window_get_player_view (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return self->clip_page != NULL ? cor_clip_page_get_player_view (self->clip_page) : NULL;
}
