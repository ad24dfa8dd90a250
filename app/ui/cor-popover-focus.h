/* cor-popover-focus.h — popovers that take the keyboard as soon as they open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Each time @popover opens, the focus moves to its first focusable widget (a row of a list, a
 * search entry), as in a menu: GTK 4.8 leaves it on the button that opened it, where the arrow
 * keys and Return cannot reach the popover's contents. */
void cor_popover_focus_on_open (GtkPopover *popover);

G_END_DECLS
