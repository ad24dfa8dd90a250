/* cor-progress.h — progress callback of long work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @fraction goes from 0.0 to 1.0; called on the thread doing the work unless
 * the function that takes it says otherwise. */
typedef void (*CorProgressFunc) (double   fraction,
                                 gpointer user_data);

G_END_DECLS
