/* cor-details-rows.h — helpers shared by the details pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows @value as the row's subtitle; hides the row when @value is NULL or empty.
 * Returns whether the row is visible. */
gboolean cor_details_row_set_value (AdwActionRow         *row,
                                    const char           *value);
/* Removes the rows added to @group with cor_details_group_add_row() */
void     cor_details_group_clear   (AdwPreferencesGroup  *group,
                                    GPtrArray            *rows);
/* Adds a row (title, nullable subtitle, no markup) to @group and to @rows; when
 * @activatable it shows a "go" arrow and @activated is connected to "activated" */
AdwActionRow *cor_details_group_add_row (AdwPreferencesGroup *group,
                                         GPtrArray           *rows,
                                         const char          *title,
                                         const char          *subtitle,
                                         GCallback            activated,
                                         gpointer             user_data);

G_END_DECLS
