/* cor-observation-list.h — the observations of a clip or of the whole case, in columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-observation-filter.h"
#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_OBSERVATION_LIST (cor_observation_list_get_type ())

G_DECLARE_FINAL_TYPE (CorObservationList, cor_observation_list, COR, OBSERVATION_LIST, AdwBin)

typedef enum
{
  COR_OBSERVATION_COLUMN_CLIP,        /* shown only for the whole case */
  COR_OBSERVATION_COLUMN_TIME,
  COR_OBSERVATION_COLUMN_KIND,
  COR_OBSERVATION_COLUMN_SUMMARY,
  COR_OBSERVATION_COLUMN_CONFIDENCE,
  COR_OBSERVATION_COLUMN_ANALYST,
  COR_OBSERVATION_N_COLUMNS,
} CorObservationColumn;

/* Signals:
 *   "activated" (gint64 clip_id, gint64 annotation_id, gint64 start_ns): a row was
 *      activated (Enter or double click): open the clip and seek there */
GtkWidget     *cor_observation_list_new              (void);
/* Lists the observations of @clip_id in @store (0: the whole case, with a Clip column);
 * @store NULL lists nothing. Keeps the filters. */
void           cor_observation_list_set_store        (CorObservationList         *self,
                                                      CorStore                   *store,
                                                      gint64                      clip_id);
CorStore      *cor_observation_list_get_store        (CorObservationList         *self);
gint64         cor_observation_list_get_clip_id      (CorObservationList         *self);
/* The filters in effect (owned by the list) and setting them (the filter bar follows) */
const CorObservationFilter *cor_observation_list_get_filter (CorObservationList  *self);
void           cor_observation_list_set_filter       (CorObservationList         *self,
                                                      const CorObservationFilter *filter);
/* Sorts by a column, as a click on its header does */
void           cor_observation_list_sort_by          (CorObservationList         *self,
                                                      CorObservationColumn        column,
                                                      GtkSortType                 order);
/* The rows shown, filtered and sorted (CorAnnotation), and how many; the total before filtering */
GListModel    *cor_observation_list_get_model        (CorObservationList         *self);
guint          cor_observation_list_get_n_shown      (CorObservationList         *self);
guint          cor_observation_list_get_n_total      (CorObservationList         *self);
/* Selects and scrolls to the row of @annotation_id, if shown; returns whether it is */
gboolean       cor_observation_list_select_annotation (CorObservationList        *self,
                                                       gint64                     annotation_id);
GtkColumnView *cor_observation_list_get_column_view  (CorObservationList         *self);

G_END_DECLS
