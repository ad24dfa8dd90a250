/* cor-popover-focus.c — popovers that take the keyboard as soon as they open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-popover-focus.h"

static gboolean
focus_first_cb (gpointer data)
{
  GtkPopover *popover = data;
  GtkWidget *child = gtk_popover_get_child (popover);

  if (child != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover)))
    gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);

  return G_SOURCE_REMOVE;
}

/* GtkMenuButton gives the focus back to itself after the popover is mapped: move it on once
 * the popup is done */
static void
map_cb (GtkPopover *popover)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_first_cb, g_object_ref (popover),
                   g_object_unref);
}

void
cor_popover_focus_on_open (GtkPopover *popover)
{
  g_return_if_fail (GTK_IS_POPOVER (popover));

  g_signal_connect (popover, "map", G_CALLBACK (map_cb), NULL);
}
