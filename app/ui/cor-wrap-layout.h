/* cor-wrap-layout.h — lays children out in rows, wrapping when the width is too small
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COR_TYPE_WRAP_LAYOUT (cor_wrap_layout_get_type ())

G_DECLARE_FINAL_TYPE (CorWrapLayout, cor_wrap_layout, COR, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *cor_wrap_layout_new         (int            spacing);
int               cor_wrap_layout_get_spacing (CorWrapLayout *self);
void              cor_wrap_layout_set_spacing (CorWrapLayout *self,
                                               int            spacing);
guint             cor_wrap_layout_count_rows  (CorWrapLayout *self,
                                               GtkWidget     *widget,
                                               int            width);

G_END_DECLS
