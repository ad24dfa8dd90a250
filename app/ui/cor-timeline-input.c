/* cor-timeline-input.c — CorTimeline's pointer and keyboard handling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gesture and key callbacks of cor-timeline.c call these; tests call them directly through
 * cor-timeline-private.h.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "cor-timeline-internal.h"

#define DRAG_THRESHOLD_PX 3.0
#define HIT_TOLERANCE_PX  5.0

/* Helpers */

/* Scrolls so @start_ns..@end_ns is in view, if it is not */
static void
reveal (CorTimeline *self,
        gint64       start_ns,
        gint64       end_ns)
{
  gint64 visible_end = cor_timeline_view_end_ns (&self->view);
  gint64 margin = (gint64) (self->view.width * self->view.ns_per_px * 0.1);

  if (start_ns >= self->view.start_ns && MAX (start_ns, end_ns) <= visible_end)
    return;

  self->view.start_ns = start_ns - margin;
  cor_timeline_clamp_view (self);
}

static void
select_index (CorTimeline *self,
              int          index)
{
  const CorTimelineSpan *span;

  if (index < 0)
    return;

  span = &g_array_index (self->spans, CorTimelineSpan, index);
  cor_timeline_set_selected_id (self, span->id);
  reveal (self, span->start_ns, span->end_ns);
}

gint64
cor_timeline_clamp_time (CorTimeline *self,
                         gint64       ns)
{
  return CLAMP (ns, 0, MAX (self->duration_ns, 0));
}

CorTimelinePart
cor_timeline_hit (CorTimeline *self,
                  double       x,
                  double       y,
                  int         *out_index)
{
  int row = 0;
  int lane;
  guint index = 0;
  CorTimelinePart part;

  cor_timeline_update_rows (self, FALSE);   /* a no-op unless a zoom change was missed */
  lane = cor_timeline_lane_row_at_y (&self->geometry, y, &row);
  if (lane < 0 || x < self->view.x0)
    return COR_TIMELINE_PART_NONE;

  part = cor_timeline_hit_test (&self->view, (CorTimelineSpan *) (gpointer) self->spans->data,
                                self->spans->len, self->max_length_ns, lane, row, x,
                                HIT_TOLERANCE_PX, &index);
  *out_index = (int) index;
  return part;
}

/* Pointer and keys (cor-timeline-private.h) */

void
cor_timeline_press (CorTimeline *self,
                    double       x,
                    double       y,
                    int          n_press)
{
  int row = 0;
  int lane = cor_timeline_lane_row_at_y (&self->geometry, y, &row);
  int index = -1;

  g_return_if_fail (COR_IS_TIMELINE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (lane >= 0)
    {
      self->focus_lane = lane;
      self->focus_row = row;
    }

  if (cor_timeline_hit (self, x, y, &index) != COR_TIMELINE_PART_NONE)
    {
      gint64 id = g_array_index (self->spans, CorTimelineSpan, index).id;

      cor_timeline_set_selected_id (self, id);
      if (n_press == 2)
        g_signal_emit (self, cor_timeline_signals[COR_TIMELINE_ACTIVATED], 0, id);
      return;
    }

  if (x >= self->view.x0 && n_press == 1 && self->clip_id > 0)
    g_signal_emit (self, cor_timeline_signals[COR_TIMELINE_SEEK], 0,
                   cor_timeline_clamp_time (self, cor_timeline_x_to_time (&self->view, x)));
}

void
cor_timeline_drag_begin (CorTimeline *self,
                         double       x,
                         double       y)
{
  int index = -1;
  CorTimelinePart part;

  g_return_if_fail (COR_IS_TIMELINE (self));

  self->drag_x = x;
  self->drag_id = 0;
  self->drag_moved = FALSE;
  self->scrubbing = FALSE;

  part = cor_timeline_hit (self, x, y, &index);
  if (part != COR_TIMELINE_PART_NONE)
    {
      const CorTimelineSpan *span = &g_array_index (self->spans, CorTimelineSpan, index);

      self->drag_id = span->id;
      self->drag_part = part;
      self->drag_start_ns = self->preview_start_ns = span->start_ns;
      self->drag_end_ns = self->preview_end_ns = span->end_ns;
    }
  else if (x >= self->view.x0)
    self->scrubbing = TRUE;
}

void
cor_timeline_drag_update (CorTimeline *self,
                          double       dx,
                          double       dy)
{
  g_return_if_fail (COR_IS_TIMELINE (self));

  if (self->scrubbing && self->clip_id > 0)
    {
      double x = CLAMP (self->drag_x + dx, self->view.x0, self->view.x0 + self->view.width);

      g_signal_emit (self, cor_timeline_signals[COR_TIMELINE_SEEK], 0,
                     cor_timeline_clamp_time (self, cor_timeline_x_to_time (&self->view, x)));
      return;
    }

  if (self->drag_id == 0)
    return;
  if (!self->drag_moved && fabs (dx) < DRAG_THRESHOLD_PX)
    return;

  self->drag_moved = TRUE;
  cor_timeline_drag_result (self->drag_part, self->drag_start_ns, self->drag_end_ns,
                            (gint64) llround (dx * self->view.ns_per_px), self->duration_ns,
                            self->fps_n, self->fps_d,
                            &self->preview_start_ns, &self->preview_end_ns);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cor_timeline_drag_end (CorTimeline *self,
                       double       dx,
                       double       dy)
{
  g_autoptr(CorAnnotation) old_copy = NULL;
  g_autoptr(CorAnnotation) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start_ns, end_ns;
  int index;

  g_return_if_fail (COR_IS_TIMELINE (self));

  cor_timeline_drag_update (self, dx, dy);
  self->scrubbing = FALSE;

  index = cor_timeline_find_span (self, self->drag_id);
  if (index < 0 || !self->drag_moved || self->store == NULL)
    {
      self->drag_id = 0;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  start_ns = self->preview_start_ns;
  end_ns = self->preview_end_ns;
  self->drag_id = 0;
  self->drag_moved = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (start_ns == self->drag_start_ns && end_ns == self->drag_end_ns)
    return;

  old_copy = cor_annotation_copy (
    ((CorTimelineItem *) g_array_index (self->spans, CorTimelineSpan, index).data)->annotation);
  edited = cor_annotation_copy (old_copy);
  cor_annotation_set_start_ns (edited, start_ns);
  cor_annotation_set_end_ns (edited, end_ns);

  /* the store's change notification splices the new record into the spans */
  if (!cor_store_update_annotation (self->store, edited, &error))
    {
      g_warning ("Could not move observation %" G_GINT64_FORMAT ": %s",
                 cor_annotation_get_id (edited), error->message);
      return;
    }

  if (self->undo_stack != NULL)
    {
      const char *label;

      if (self->drag_part == COR_TIMELINE_PART_START)
        label = _("Change start");
      else if (self->drag_part == COR_TIMELINE_PART_END)
        label = _("Change end");
      else
        label = _("Move observation");
      cor_undo_stack_push_update_annotation (self->undo_stack, old_copy, edited, label);
    }

  g_signal_emit (self, cor_timeline_signals[COR_TIMELINE_EDITED], 0, old_copy, edited);
}

gboolean
cor_timeline_key (CorTimeline     *self,
                  guint            keyval,
                  GdkModifierType  state)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK |
                                  GDK_SUPER_MASK | GDK_META_MASK);
  const CorTimelineSpan *spans = (CorTimelineSpan *) (gpointer) self->spans->data;
  guint n = self->spans->len;
  int current = cor_timeline_find_span (self, self->selected_id);
  gboolean plain_or_alt = mods == 0 || mods == GDK_ALT_MASK;

  g_return_val_if_fail (COR_IS_TIMELINE (self), FALSE);

  cor_timeline_update_rows (self, FALSE);   /* a no-op unless a zoom change was missed */

  if (mods == GDK_CONTROL_MASK || mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
    {
      switch (keyval)
        {
        case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
          cor_timeline_zoom (self, 0.5);
          return TRUE;
        case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
          cor_timeline_zoom (self, 2.0);
          return TRUE;
        case GDK_KEY_0: case GDK_KEY_KP_0:
          cor_timeline_zoom_fit (self);
          return TRUE;
        default:
          return FALSE;
        }
    }

  if (!plain_or_alt)
    return FALSE;

  if (current >= 0)
    {
      self->focus_lane = spans[current].lane;
      self->focus_row = spans[current].row;
    }

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      {
        int direction = (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left) ? -1 : 1;

        select_index (self, cor_timeline_step_in_lane (spans, n, self->focus_lane, current,
                                                       self->position_ns, direction));
        return TRUE;
      }

    case GDK_KEY_Up: case GDK_KEY_KP_Up:
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      {
        /* the next row down or up, through the rows of a lane before the next lane */
        int direction = (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) ? -1 : 1;
        int lane = CLAMP (self->focus_lane, 0, COR_TIMELINE_N_LANES - 1);
        int row = CLAMP (self->focus_row, 0,
                         (int) cor_timeline_lane_rows (&self->geometry, lane) - 1) + direction;
        gint64 at = self->anchor_ns >= 0 ? self->anchor_ns
                    : current >= 0 ? spans[current].start_ns : self->position_ns;
        int index;

        if (row < 0 || row >= (int) cor_timeline_lane_rows (&self->geometry, lane))
          {
            lane += direction;
            if (lane < 0 || lane >= COR_TIMELINE_N_LANES)
              return FALSE;   /* let focus leave the widget */
            row = direction > 0 ? 0 : (int) cor_timeline_lane_rows (&self->geometry, lane) - 1;
          }

        self->focus_lane = lane;
        self->focus_row = row;
        index = cor_timeline_nearest_in_lane (spans, n, lane, row, at);
        if (index >= 0)
          select_index (self, index);
        else
          cor_timeline_set_selected_id (self, 0);
        self->anchor_ns = at;   /* a way down and back up returns where it started */
        gtk_widget_queue_draw (GTK_WIDGET (self));
        return TRUE;
      }

    case GDK_KEY_Home: case GDK_KEY_KP_Home:
    case GDK_KEY_End: case GDK_KEY_KP_End:
      select_index (self, cor_timeline_end_of_lane (spans, n, self->focus_lane,
                                                    keyval == GDK_KEY_End ||
                                                    keyval == GDK_KEY_KP_End));
      return TRUE;

    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      if (current < 0 || mods != 0)
        return FALSE;
      g_signal_emit (self, cor_timeline_signals[COR_TIMELINE_ACTIVATED], 0, spans[current].id);
      return TRUE;

    case GDK_KEY_Delete: case GDK_KEY_KP_Delete:
      if (current < 0 || mods != 0)
        return FALSE;
      g_signal_emit (self, cor_timeline_signals[COR_TIMELINE_DELETE_REQUESTED], 0,
                     spans[current].id);
      return TRUE;

    default:
      return FALSE;
    }
}
