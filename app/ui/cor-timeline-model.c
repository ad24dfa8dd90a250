/* cor-timeline-model.c — CorTimeline's copy of the clip's observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorTimeline (cor-timeline.h); shares its struct through cor-timeline-internal.h.
 * The spans mirror the store's live model of the clip's observations, in the model's order
 * (start time, then id), spliced on each items-changed; each keeps its annotation, its
 * summary and, once drawn, its label's layout. Overlapping spans of a lane are stacked into
 * rows (cor_timeline_assign_rows()), assigned again when the spans or the zoom change.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-timeline-internal.h"

static void
item_free (CorTimelineItem *item)
{
  g_clear_object (&item->annotation);
  g_clear_object (&item->layout);
  g_free (item->summary);
  g_free (item);
}

void
cor_timeline_span_clear (gpointer data)
{
  CorTimelineSpan *span = data;

  g_clear_pointer ((CorTimelineItem **) &span->data, item_free);
}

static CorTimelineSpan
span_from_annotation (CorAnnotation *annotation)
{
  CorTimelineItem *item = g_new0 (CorTimelineItem, 1);
  CorTimelineSpan span;

  item->annotation = annotation;   /* takes the reference */
  item->summary = cor_annotation_dup_summary (annotation);
  item->natural_w = -1;

  span.id = cor_annotation_get_id (annotation);
  span.start_ns = cor_annotation_get_start_ns (annotation);
  span.end_ns = cor_annotation_is_range (annotation) ? cor_annotation_get_end_ns (annotation) : -1;
  span.lane = cor_timeline_lane_for_kind (cor_annotation_get_kind (annotation));
  span.row = 0;   /* cor_timeline_update_rows() */
  span.data = item;

  return span;
}

int
cor_timeline_find_span (CorTimeline *self,
                        gint64       id)
{
  if (id <= 0)
    return -1;

  for (guint i = 0; i < self->spans->len; i++)
    if (g_array_index (self->spans, CorTimelineSpan, i).id == id)
      return (int) i;

  return -1;
}

static void
recompute_max_length (CorTimeline *self)
{
  gint64 max = 0;

  for (guint i = 0; i < self->spans->len; i++)
    {
      const CorTimelineSpan *span = &g_array_index (self->spans, CorTimelineSpan, i);

      if (span->end_ns > span->start_ns)
        max = MAX (max, span->end_ns - span->start_ns);
    }

  self->max_length_ns = max;
}

static gboolean
resize_idle_cb (gpointer data)
{
  CorTimeline *self = data;

  self->resize_idle_id = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

void
cor_timeline_update_rows (CorTimeline *self,
                          gboolean     force)
{
  guint n_rows[COR_TIMELINE_N_LANES];

  if (!force && self->rows_ns_per_px == self->view.ns_per_px)
    return;

  cor_timeline_assign_rows ((CorTimelineSpan *) (gpointer) self->spans->data, self->spans->len,
                            self->view.ns_per_px, n_rows);
  self->rows_ns_per_px = self->view.ns_per_px;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (memcmp (n_rows, self->geometry.n_rows, sizeof n_rows) == 0)
    return;

  memcpy (self->geometry.n_rows, n_rows, sizeof n_rows);
  if (!self->defer_resize)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else if (self->resize_idle_id == 0)
    self->resize_idle_id = g_idle_add (resize_idle_cb, self);   /* not from size_allocate */
}

void
cor_timeline_update_description (CorTimeline *self)
{
  g_autofree char *text = cor_timeline_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

void
cor_timeline_items_changed_cb (GListModel  *model,
                               guint        position,
                               guint        removed,
                               guint        added,
                               CorTimeline *self)
{
  g_autoptr(GArray) fresh = g_array_sized_new (FALSE, FALSE, sizeof (CorTimelineSpan), added);

  for (guint i = 0; i < added; i++)
    {
      CorTimelineSpan span = span_from_annotation (g_list_model_get_item (model, position + i));

      g_array_append_val (fresh, span);
    }

  if (removed > 0)
    g_array_remove_range (self->spans, position, removed);
  if (added > 0)
    g_array_insert_vals (self->spans, position, fresh->data, added);

  recompute_max_length (self);
  cor_timeline_update_rows (self, TRUE);

  if (self->drag_id != 0 && cor_timeline_find_span (self, self->drag_id) < 0)
    self->drag_id = 0;   /* deleted under the pointer */
  if (self->selected_id != 0 && cor_timeline_find_span (self, self->selected_id) < 0)
    cor_timeline_set_selected_id (self, 0);
  else
    cor_timeline_update_description (self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Public API */

char *
cor_timeline_dup_description (CorTimeline *self)
{
  int index;

  g_return_val_if_fail (COR_IS_TIMELINE (self), NULL);

  index = cor_timeline_find_span (self, self->selected_id);
  if (index >= 0)
    {
      const CorTimelineSpan *span = &g_array_index (self->spans, CorTimelineSpan, index);
      CorTimelineItem *item = span->data;

      return cor_timeline_describe (cor_annotation_get_kind (item->annotation),
                                    span->start_ns, span->end_ns, item->summary);
    }

  return g_strdup (_("No observation selected"));
}

guint
cor_timeline_get_n_spans (CorTimeline *self)
{
  g_return_val_if_fail (COR_IS_TIMELINE (self), 0);

  return self->spans->len;
}

void
cor_timeline_get_focus (CorTimeline *self,
                        int         *lane,
                        int         *row)
{
  g_return_if_fail (COR_IS_TIMELINE (self));

  *lane = self->focus_lane;
  *row = self->focus_row;
}
