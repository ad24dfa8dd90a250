/* cor-observation-picker.h — a popover to choose one observation of the case by searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_OBSERVATION_PICKER (cor_observation_picker_get_type ())

G_DECLARE_FINAL_TYPE (CorObservationPicker, cor_observation_picker, COR, OBSERVATION_PICKER, GtkPopover)

/* Lists the case's observations while shown (typed text filters them by their summary,
 * clip name and time); a relation dropdown offers Supports and Contradicts.
 * Signals: "picked" (gint64 annotation_id, int relation: CorRelation) */
GtkWidget *cor_observation_picker_new           (CorStore             *store);
/* Lists the case's observations now; showing the popover does this */
void       cor_observation_picker_load          (CorObservationPicker *self);
/* Limits the list to the observations whose summary, clip or time contains @text */
void       cor_observation_picker_set_search    (CorObservationPicker *self,
                                                 const char           *text);
/* The observations listed now (CorAnnotation), NULL while hidden */
GListModel *cor_observation_picker_get_model    (CorObservationPicker *self);
/* Picks the @position-th listed observation, as activating its row does */
gboolean   cor_observation_picker_pick          (CorObservationPicker *self,
                                                 guint                 position);

G_END_DECLS
