/* cor-observation-list-private.h — shared by CorObservationList's source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cor-observation-list.c: the models, the filter bar, the widget;
 * cor-observation-list-columns.c: the columns and their cells.
 */
#pragma once

#include "cor-observation-list.h"

G_BEGIN_DECLS

/* How a column sorts: negative, zero or positive, as strcmp() */
typedef int (*CorObservationCompareFunc) (CorAnnotation *a,
                                          CorAnnotation *b);

/* cor-observation-list.c */
/* gint64 clip id → the clip's display name, for the Clip column */
GHashTable          *cor_observation_list_get_clip_names (CorObservationList   *self);

/* cor-observation-list-columns.c */
/* A new column (owned by the caller) of @column's cells, sorted by @compare when it is not
 * NULL; @fixed_width <= 0 expands it */
GtkColumnViewColumn *cor_observation_list_column_new     (CorObservationColumn       column,
                                                          const char                *title,
                                                          CorObservationCompareFunc  compare,
                                                          int                        fixed_width);

G_END_DECLS
