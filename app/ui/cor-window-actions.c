/* cor-window-actions.c — the window's actions: undo and redo, search, the case's observations,
 * new articles, going to an observation; the Recent Cases menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorWindow (cor-window.h); shares its struct through cor-window-private.h.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-export-dialog.h"
#include "cor-ui-format.h"
#include "cor-window-private.h"

static void
update_undo_tooltips (CorWindow *self)
{
  const char *undo_label = self->undo != NULL ? cor_undo_stack_get_undo_label (self->undo) : NULL;
  const char *redo_label = self->undo != NULL ? cor_undo_stack_get_redo_label (self->undo) : NULL;
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;

  /* TRANSLATORS: %s says what the step did, "Edit transcript" */
  undo_text = undo_label != NULL ? g_strdup_printf (_("Undo %s (Ctrl+Z)"), undo_label)
                                 : g_strdup (_("Undo (Ctrl+Z)"));
  /* TRANSLATORS: %s says what the step did, "Edit transcript" */
  redo_text = redo_label != NULL ? g_strdup_printf (_("Redo %s (Ctrl+Shift+Z)"), redo_label)
                                 : g_strdup (_("Redo (Ctrl+Shift+Z)"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_text);
  gtk_widget_set_tooltip_text (self->redo_button, redo_text);
}

static void
undo_notify_cb (CorWindow    *self,
                GParamSpec   *pspec,
                CorUndoStack *undo)
{
  cor_window_update_actions (self);
}

/* Action callbacks */

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cor_window_undo (COR_WINDOW (widget));
}

static void
redo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cor_window_redo (COR_WINDOW (widget));
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cor_window_show_search (COR_WINDOW (widget));
}

static void
observations_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  cor_window_show_observations (COR_WINDOW (widget));
}

static void
new_article_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  cor_window_new_article (COR_WINDOW (widget));
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    CorWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_ptr_array_add (paths, NULL);
      cor_window_import_files (self, (const char * const *) paths->pdata);
    }

  g_object_unref (dialog);
  g_object_unref (self);
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);
  g_autoptr(GtkFileFilter) media = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Import Media"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_filter_set_name (media, _("Video and Audio"));
  gtk_file_filter_add_mime_type (media, "video/*");
  gtk_file_filter_add_mime_type (media, "audio/*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), media);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  g_signal_connect (native, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Where the lists and the search lead */

static void
export_report_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CorWindow *self = COR_WINDOW (widget);

  if (self->store != NULL)
    cor_export_dialog_present (GTK_WINDOW (self), self->store, self->toast_overlay);
}

/* Called from cor-window.c */

void
cor_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL,
                                   export_report_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-observations", NULL,
                                   observations_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-article", NULL, new_article_action_cb);

  /* Ctrl+Z and Ctrl+Shift+Z are in the key handler: in a text field they are the field's */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-article", NULL);
}

void
cor_window_watch_undo (CorWindow *self)
{
  static const char * const names[] = { "notify::can-undo", "notify::can-redo",
                                        "notify::undo-label", "notify::redo-label" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_signal_connect_object (self->undo, names[i], G_CALLBACK (undo_notify_cb), self,
                             G_CONNECT_SWAPPED);
}

void
cor_window_drop_undo (CorWindow *self)
{
  if (self->undo == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->undo, self);
  g_clear_object (&self->undo);
}

void
cor_window_update_actions (CorWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_case = self->store != NULL;

  gtk_widget_action_set_enabled (widget, "win.undo",
                                 self->undo != NULL && cor_undo_stack_get_can_undo (self->undo));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 self->undo != NULL && cor_undo_stack_get_can_redo (self->undo));
  gtk_widget_action_set_enabled (widget, "win.search", has_case);
  gtk_widget_action_set_enabled (widget, "win.show-observations", has_case);
  gtk_widget_action_set_enabled (widget, "win.new-article", has_case);
  if (self->undo_button != NULL)
    update_undo_tooltips (self);
}

void
cor_window_undo (CorWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (self->undo == NULL || !cor_undo_stack_get_can_undo (self->undo))
    return;

  label = g_strdup (cor_undo_stack_get_undo_label (self->undo));
  if (!cor_undo_stack_undo (self->undo, &error))
    {
      /* TRANSLATORS: %s says why */
      message = g_strdup_printf (_("Could not undo: %s"), error->message);
      cor_window_add_toast (self, message);
      return;
    }

  /* TRANSLATORS: %s says what the step did, "Edit transcript" */
  message = g_strdup_printf (_("Undid %s"), label != NULL ? label : "");
  cor_window_add_toast (self, message);
}

void
cor_window_redo (CorWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (self->undo == NULL || !cor_undo_stack_get_can_redo (self->undo))
    return;

  label = g_strdup (cor_undo_stack_get_redo_label (self->undo));
  if (!cor_undo_stack_redo (self->undo, &error))
    {
      /* TRANSLATORS: %s says why */
      message = g_strdup_printf (_("Could not redo: %s"), error->message);
      cor_window_add_toast (self, message);
      return;
    }

  /* TRANSLATORS: %s says what the step did, "Edit transcript" */
  message = g_strdup_printf (_("Redid %s"), label != NULL ? label : "");
  cor_window_add_toast (self, message);
}

/* Public API */

CorClipPage *
cor_window_get_clip_page (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return cor_window_ensure_clip_page (self);
}

CorObservationList *
cor_window_get_observation_list (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return cor_window_ensure_observation_list (self);
}

CorSearchPanel *
cor_window_get_search_panel (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return cor_window_ensure_search_panel (self);
}

CorUndoStack *
cor_window_get_undo_stack (CorWindow *self)
{
  g_return_val_if_fail (COR_IS_WINDOW (self), NULL);

  return self->undo;
}

void
cor_window_show_search (CorWindow *self)
{
  g_return_if_fail (COR_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  self->special_page = "search";
  cor_window_update_main_page (self);
  cor_search_panel_focus (cor_window_ensure_search_panel (self));
}

void
cor_window_show_observations (CorWindow *self)
{
  g_return_if_fail (COR_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  self->special_page = "observations";
  cor_window_update_main_page (self);
}

gboolean
cor_window_go_to_annotation (CorWindow *self,
                             gint64     clip_id,
                             gint64     annotation_id,
                             gint64     start_ns)
{
  CorClipPage *page;

  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  if (!cor_window_select_clip (self, clip_id))
    return FALSE;

  page = cor_window_ensure_clip_page (self);
  cor_clip_page_go_to (page, start_ns, annotation_id);
  /* the list that was clicked is gone from sight: the keys go to the player and timeline */
  cor_clip_page_focus_player (page);

  return TRUE;
}

gint64
cor_window_new_article (CorWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = NULL;
  gint64 id;

  g_return_val_if_fail (COR_IS_WINDOW (self), 0);

  if (self->store == NULL)
    return 0;

  id = cor_article_details_new_article (cor_window_ensure_article_details (self), self->store,
                                        &error);
  if (id <= 0)
    {
      cor_window_show_error (self, _("Could Not Add the Article"), error);
      return 0;
    }

  article = cor_store_get_article (self->store, id, NULL);
  if (article != NULL && self->undo != NULL)
    cor_undo_stack_push_add_article (self->undo, article, NULL);

  cor_window_select_article (self, id);
  cor_article_details_focus_title (cor_window_ensure_article_details (self));

  return id;
}

void
cor_window_rebuild_recent_menu (CorWindow *self)
{
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) existing = NULL;
  g_autoptr(GMenu) submenu = NULL;

  g_menu_remove_all (self->recent_section);

  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-cases");
  existing = cor_ui_recent_prune ((const char * const *) recent);
  if (existing[0] == NULL)
    return;

  submenu = g_menu_new ();
  for (guint i = 0; existing[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = cor_ui_recent_menu_label (existing[i]);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (existing[i]));
      g_menu_append_item (submenu, item);
    }

  g_menu_append_submenu (self->recent_section, _("_Recent Cases"), G_MENU_MODEL (submenu));
}
