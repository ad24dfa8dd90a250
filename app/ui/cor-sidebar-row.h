/* cor-sidebar-row.h — one clip or article in the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cor-verifier.h"

G_BEGIN_DECLS

#define COR_TYPE_SIDEBAR_ROW (cor_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (CorSidebarRow, cor_sidebar_row, COR, SIDEBAR_ROW, GtkWidget)

GtkWidget  *cor_sidebar_row_new          (void);
/* @subtitle may be NULL: the line is hidden */
void        cor_sidebar_row_set          (CorSidebarRow *self,
                                          const char    *icon_name,
                                          const char    *title,
                                          const char    *subtitle);
const char *cor_sidebar_row_get_title    (CorSidebarRow *self);
const char *cor_sidebar_row_get_subtitle (CorSidebarRow *self);
/* A clip row shows what @verifier says about @clip_id and follows it; NULL (article rows,
 * no case) shows no status. The row does not keep @verifier alive. */
void        cor_sidebar_row_set_verifier (CorSidebarRow *self,
                                          CorVerifier   *verifier,
                                          gint64         clip_id);
/* The status icon shown, NULL when none (for tests) */
const char *cor_sidebar_row_get_status_icon (CorSidebarRow *self);

G_END_DECLS
