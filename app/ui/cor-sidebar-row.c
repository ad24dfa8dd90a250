/* cor-sidebar-row.c — one clip or article in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-sidebar-row.h"

struct _CorSidebarRow
{
  GtkWidget  parent_instance;

  GtkImage  *icon;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
};

G_DEFINE_FINAL_TYPE (CorSidebarRow, cor_sidebar_row, GTK_TYPE_WIDGET)

static void
cor_sidebar_row_dispose (GObject *object)
{
  GtkWidget *child;

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
