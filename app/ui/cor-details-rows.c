/* cor-details-rows.c — helpers shared by the details pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-details-rows.h"

gboolean
cor_details_row_set_value (AdwActionRow *row,
                           const char   *value)
{
  gboolean visible = value != NULL && value[0] != '\0';

  adw_action_row_set_subtitle (row, visible ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), visible);

  return visible;
}

void
cor_details_group_clear (AdwPreferencesGroup *group,
                         GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

AdwActionRow *
cor_details_group_add_row (AdwPreferencesGroup *group,
                           GPtrArray           *rows,
                           const char          *title,
                           const char          *subtitle,
                           GCallback            activated,
                           gpointer             user_data)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (row, subtitle);

  if (activated != NULL)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_action_row_add_suffix (row, arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_swapped (row, "activated", activated, user_data);
    }

  adw_preferences_group_add (group, GTK_WIDGET (row));
  g_ptr_array_add (rows, row);

  return row;
}
