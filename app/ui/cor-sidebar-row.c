/* cor-sidebar-row.c — one clip or article in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-sidebar-row.h"

struct _CorSidebarRow
{
  GtkWidget  parent_instance;

  GtkImage  *icon;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkImage  *status_icon;

  CorVerifier *verifier;  /* weak */
  gint64       clip_id;
};

G_DEFINE_FINAL_TYPE (CorSidebarRow, cor_sidebar_row, GTK_TYPE_WIDGET)

static void
update_status (CorSidebarRow *self)
{
  CorVerifyStatus status = COR_VERIFY_STATUS_UNKNOWN;
  const char *icon_name = NULL;
  const char *tooltip = NULL;
  const char *style = NULL;

  if (self->verifier != NULL && self->clip_id != 0)
    status = cor_verifier_get_status (self->verifier, self->clip_id);

  switch (status)
    {
    case COR_VERIFY_STATUS_CHECKING:
      icon_name = "content-loading-symbolic";
      tooltip = _("Checking the file’s SHA-256…");
      style = "dim-label";
      break;
    case COR_VERIFY_STATUS_CHANGED:
      icon_name = "dialog-warning-symbolic";
      tooltip = _("The file no longer matches its SHA-256");
      style = "warning";
      break;
    case COR_VERIFY_STATUS_MISSING:
      icon_name = "dialog-question-symbolic";
      tooltip = _("File not found");
      style = "warning";
      break;
    case COR_VERIFY_STATUS_OK:
    case COR_VERIFY_STATUS_UNKNOWN:
    default:
      /* a file that matches stays calm: no mark */
      break;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "dim-label");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "warning");
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), style);

  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_icon), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), icon_name != NULL);

  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
clip_status_changed_cb (CorSidebarRow *self,
                        gint64         clip_id,
                        CorVerifier   *verifier)
{
  if (clip_id == self->clip_id)
    update_status (self);
}

static void
drop_verifier (CorSidebarRow *self)
{
  if (self->verifier != NULL)
    g_signal_handlers_disconnect_by_data (self->verifier, self);
  g_clear_weak_pointer (&self->verifier);
}

static void
cor_sidebar_row_dispose (GObject *object)
{
  GtkWidget *child;

  drop_verifier (COR_SIDEBAR_ROW (object));

  gtk_widget_dispose_template (GTK_WIDGET (object), COR_TYPE_SIDEBAR_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cor_sidebar_row_parent_class)->dispose (object);
}

static void
cor_sidebar_row_class_init (CorSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_sidebar_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CorSidebarRow, icon);
  gtk_widget_class_bind_template_child (widget_class, CorSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CorSidebarRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CorSidebarRow, status_icon);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sidebarrow");
}

static void
cor_sidebar_row_init (CorSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cor_sidebar_row_new (void)
{
  return g_object_new (COR_TYPE_SIDEBAR_ROW, NULL);
}

void
cor_sidebar_row_set (CorSidebarRow *self,
                     const char    *icon_name,
                     const char    *title,
                     const char    *subtitle)
{
  g_return_if_fail (COR_IS_SIDEBAR_ROW (self));

  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label),
                          subtitle != NULL && subtitle[0] != '\0');
}

const char *
cor_sidebar_row_get_title (CorSidebarRow *self)
{
  g_return_val_if_fail (COR_IS_SIDEBAR_ROW (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
cor_sidebar_row_get_subtitle (CorSidebarRow *self)
{
  g_return_val_if_fail (COR_IS_SIDEBAR_ROW (self), NULL);

  return gtk_label_get_text (self->subtitle_label);
}

void
cor_sidebar_row_set_verifier (CorSidebarRow *self,
                              CorVerifier   *verifier,
                              gint64         clip_id)
{
  g_return_if_fail (COR_IS_SIDEBAR_ROW (self));
  g_return_if_fail (verifier == NULL || COR_IS_VERIFIER (verifier));

  if (self->verifier != verifier)
    {
      drop_verifier (self);
      g_set_weak_pointer (&self->verifier, verifier);
      if (verifier != NULL)
        g_signal_connect_object (verifier, "clip-status-changed",
                                 G_CALLBACK (clip_status_changed_cb), self, G_CONNECT_SWAPPED);
    }

  self->clip_id = verifier != NULL ? clip_id : 0;
  update_status (self);
}

const char *
cor_sidebar_row_get_status_icon (CorSidebarRow *self)
{
  g_return_val_if_fail (COR_IS_SIDEBAR_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->status_icon)))
    return NULL;
  return gtk_image_get_icon_name (self->status_icon);
}
