/* cor-import-status.c — imports media into a case and shows how far it got
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-import-queue.h"
#include "cor-import-status.h"
#include "cor-ui-format.h"

struct _CorImportStatus
{
  GtkWidget       parent_instance;

  CorImportQueue *queue;
  GString        *failures;
  gint64          last_clip_id;

  GtkRevealer    *revealer;
  GtkLabel       *label;
  GtkProgressBar *progress;
};

G_DEFINE_FINAL_TYPE (CorImportStatus, cor_import_status, GTK_TYPE_WIDGET)

enum {
  CLIP_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
queue_notify_cb (CorImportStatus *self,
                 GParamSpec      *pspec,
                 CorImportQueue  *queue)
{
  const char *current = cor_import_queue_get_current (queue);

  gtk_revealer_set_reveal_child (self->revealer, cor_import_queue_get_busy (queue));
  gtk_progress_bar_set_fraction (self->progress, cor_import_queue_get_fraction (queue));
  if (current != NULL)
    {
      /* TRANSLATORS: %s is a file name */
      g_autofree char *text = g_strdup_printf (_("Importing “%s”…"), current);

      gtk_label_set_text (self->label, text);
    }
}

static void
imported_cb (CorImportStatus *self,
             CorClip         *clip,
             CorImportQueue  *queue)
{
  self->last_clip_id = cor_clip_get_id (clip);
}

static void
failed_cb (CorImportStatus *self,
           const char      *path,
           const GError    *error,
           CorImportQueue  *queue)
{
  g_autofree char *line = cor_ui_describe_import_error (path, error);

  if (self->failures->len > 0)
    g_string_append (self->failures, "\n\n");
  g_string_append (self->failures, line);
}

static void
done_cb (CorImportStatus *self,
         guint            n_imported,
         guint            n_failed,
         CorImportQueue  *queue)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gint64 clip_id = self->last_clip_id;

  if (n_failed > 0)
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       ngettext ("Could Not Import a File",
                                                 "Could Not Import Some Files", n_failed),
                                       self->failures->str);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
      gtk_window_present (GTK_WINDOW (dialog));
    }

  g_string_truncate (self->failures, 0);
  self->last_clip_id = 0;

  if (n_imported > 0)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("Imported %u clip",
                                                            "Imported %u clips", n_imported),
                                                  n_imported);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
      g_signal_emit (self, signals[CLIP_IMPORTED], 0, clip_id);
    }
}

static void
cor_import_status_dispose (GObject *object)
{
  CorImportStatus *self = COR_IMPORT_STATUS (object);
  GtkWidget *child;

  cor_import_status_set_store (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_IMPORT_STATUS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cor_import_status_parent_class)->dispose (object);
}

static void
cor_import_status_finalize (GObject *object)
{
  CorImportStatus *self = COR_IMPORT_STATUS (object);

  g_string_free (self->failures, TRUE);

  G_OBJECT_CLASS (cor_import_status_parent_class)->finalize (object);
}

static void
cor_import_status_class_init (CorImportStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_import_status_dispose;
  object_class->finalize = cor_import_status_finalize;

  signals[CLIP_IMPORTED] =
    g_signal_new ("clip-imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-import-status.ui");
  gtk_widget_class_bind_template_child (widget_class, CorImportStatus, revealer);
  gtk_widget_class_bind_template_child (widget_class, CorImportStatus, label);
  gtk_widget_class_bind_template_child (widget_class, CorImportStatus, progress);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cor_import_status_init (CorImportStatus *self)
{
  self->failures = g_string_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

void
cor_import_status_set_store (CorImportStatus *self,
                             CorStore        *store)
{
  g_return_if_fail (COR_IS_IMPORT_STATUS (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  if (self->queue != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->queue, self);
      cor_import_queue_cancel (self->queue);
      g_clear_object (&self->queue);
    }
  g_string_truncate (self->failures, 0);
  self->last_clip_id = 0;
  if (self->revealer != NULL)
    gtk_revealer_set_reveal_child (self->revealer, FALSE);

  if (store == NULL)
    return;

  self->queue = cor_import_queue_new (store);
  g_signal_connect_object (self->queue, "notify", G_CALLBACK (queue_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->queue, "imported", G_CALLBACK (imported_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->queue, "failed", G_CALLBACK (failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->queue, "done", G_CALLBACK (done_cb), self, G_CONNECT_SWAPPED);
}

void
cor_import_status_import (CorImportStatus    *self,
                          const char * const *paths)
{
  g_return_if_fail (COR_IS_IMPORT_STATUS (self));
  g_return_if_fail (self->queue != NULL);

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    cor_import_queue_add (self->queue, paths[i]);
}

gboolean
cor_import_status_get_busy (CorImportStatus *self)
{
  g_return_val_if_fail (COR_IS_IMPORT_STATUS (self), FALSE);

  return self->queue != NULL && cor_import_queue_get_busy (self->queue);
}
