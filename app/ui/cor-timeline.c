/* cor-timeline.c — the observations of a clip on a zoomable time line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget mirrors the store's live model of the clip's observations in an array of
 * CorTimelineSpan, in the model's order (start time, then id), spliced on each items-changed
 * (cor-timeline-model.c). Drawing (cor-timeline-draw.c) looks up the visible spans by binary
 * search and lays out only the labels it draws, caching each PangoLayout with its span.
 *
 * Overlapping spans of a lane stack into rows (cor_timeline_assign_rows()), assigned again when
 * the spans or the zoom change (a point occupies a few pixels, so its room in time depends on
 * the zoom). A lane is as tall as its rows: measure() asks for every row, and size_allocate()
 * shares the height out in rows of MIN_LANE_H to MAX_LANE_H pixels.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "cor-time.h"
#include "cor-timeline-internal.h"

G_DEFINE_FINAL_TYPE (CorTimeline, cor_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLIP_ID,
  PROP_POSITION_NS,
  PROP_SELECTED_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint cor_timeline_signals[COR_TIMELINE_N_SIGNALS];

/* The height of a row of a lane: a bar of at least 16 px inside a row of 24 */
#define MIN_LANE_H        24.0
#define NAT_LANE_H        30.0
#define MAX_LANE_H        44.0

/* Helpers */

static void
marker_free (gpointer data)
{
  CorTimelineMarker *marker = data;

  g_clear_object (&marker->texture);
  g_free (marker);
}

static void
sync_adjustment (CorTimeline *self)
{
  double page = MAX (self->view.width, 1) * self->view.ns_per_px;
  double upper = MAX ((double) self->duration_ns, page);

  self->syncing = TRUE;
  gtk_adjustment_configure (self->hadjustment, (double) self->view.start_ns, 0, upper,
                            page / 10, page * 0.9, page);
  self->syncing = FALSE;
}

void
cor_timeline_clamp_view (CorTimeline *self)
{
  cor_timeline_view_clamp (&self->view, self->duration_ns, self->fps_n, self->fps_d);
  sync_adjustment (self);
  cor_timeline_update_rows (self, FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at (CorTimeline *self,
         double       x,
         double       factor)
{
  self->fitted = FALSE;
  cor_timeline_view_zoom_at (&self->view, x, factor, self->duration_ns, self->fps_n, self->fps_d);
  cor_timeline_clamp_view (self);
}

/* Callbacks */

static void
on_adjustment_value_changed (GtkAdjustment *adjustment,
                             CorTimeline   *self)
{
  if (self->syncing)
    return;

  self->view.start_ns = (gint64) llround (gtk_adjustment_get_value (adjustment));
  cor_timeline_view_clamp (&self->view, self->duration_ns, self->fps_n, self->fps_d);
  cor_timeline_update_rows (self, FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  CorTimeline     *self)
{
  cor_timeline_press (self, x, y, n_press);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               CorTimeline    *self)
{
  cor_timeline_drag_begin (self, x, y);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                CorTimeline    *self)
{
  cor_timeline_drag_update (self, dx, dy);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             CorTimeline    *self)
{
  cor_timeline_drag_end (self, dx, dy);
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           CorTimeline              *self)
{
  self->pointer_x = x;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           CorTimeline              *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean discrete =
    gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double step_px = discrete ? 60.0 : 1.0;

  if (state & GDK_CONTROL_MASK)
    {
      double x = CLAMP (self->pointer_x, self->view.x0, self->view.x0 + self->view.width);

      zoom_at (self, x, pow (discrete ? 1.25 : 1.01, dy));
      return TRUE;
    }

  if (dx == 0)
    dx = dy;   /* plain and Shift+scroll move along the time */

  self->view.start_ns += (gint64) llround (dx * step_px * self->view.ns_per_px);
  cor_timeline_clamp_view (self);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CorTimeline           *self)
{
  return cor_timeline_key (self, keyval, state);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  CorTimeline *self = COR_TIMELINE (widget);
  g_autofree char *text = NULL;
  int index = -1;

  if (keyboard_mode)
    index = cor_timeline_find_span (self, self->selected_id);
  else if (cor_timeline_hit (self, x, y, &index) == COR_TIMELINE_PART_NONE)
    index = -1;

  if (index >= 0)
    {
      const CorTimelineSpan *span = &g_array_index (self->spans, CorTimelineSpan, index);
      CorTimelineItem *item = span->data;

      text = cor_timeline_describe (cor_annotation_get_kind (item->annotation),
                                    span->start_ns, span->end_ns, item->summary);
    }
  else if (!keyboard_mode && x >= self->view.x0 && self->duration_ns > 0)
    text = cor_time_format (cor_timeline_clamp_time (self,
                                                     cor_timeline_x_to_time (&self->view, x)));

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GtkWidget */

static void
cor_timeline_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  CorTimeline *self = COR_TIMELINE (widget);
  int bar_min = 0, bar_nat = 0;

  gtk_widget_measure (self->scrollbar, orientation, -1, &bar_min, &bar_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) self->geometry.header_w + MAX (bar_min, 100);
      *natural = (int) self->geometry.header_w + MAX (bar_nat, 600);
    }
  else
    {
      /* every row of every lane: a lane with stacked spans asks for room for all its rows */
      double strips = self->geometry.ruler_h + self->geometry.wave_h;
      guint rows = cor_timeline_total_rows (&self->geometry);

      *minimum = (int) ceil (strips + rows * MIN_LANE_H) + bar_nat;
      *natural = (int) ceil (strips + rows * NAT_LANE_H) + bar_nat;
    }
}

static void
cor_timeline_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  CorTimeline *self = COR_TIMELINE (widget);
  int bar_h = 0;
  double lanes_h;

  gtk_widget_measure (self->scrollbar, GTK_ORIENTATION_VERTICAL, -1, NULL, &bar_h, NULL, NULL);

  self->view.x0 = self->geometry.header_w;
  self->view.width = MAX (width - self->geometry.header_w, 1);
  if (self->fitted)
    {
      self->view.start_ns = 0;
      self->view.ns_per_px = cor_timeline_fit_ns_per_px (self->duration_ns, self->view.width,
                                                          self->fps_n, self->fps_d);
    }
  cor_timeline_view_clamp (&self->view, self->duration_ns, self->fps_n, self->fps_d);
  sync_adjustment (self);

  /* the zoom may have changed with the width, and with it the rows */
  self->defer_resize = TRUE;
  cor_timeline_update_rows (self, FALSE);
  self->defer_resize = FALSE;

  lanes_h = height - bar_h - self->geometry.ruler_h - self->geometry.wave_h;
  self->geometry.lane_h = CLAMP (floor (lanes_h / cor_timeline_total_rows (&self->geometry)),
                                 MIN_LANE_H, MAX_LANE_H);

  /* the scrollbar right under the lanes, as wide as the time area */
  gtk_widget_size_allocate (self->scrollbar,
                            &(GtkAllocation) { (int) self->geometry.header_w,
                                               (int) cor_timeline_total_height (&self->geometry),
                                               MAX (width - (int) self->geometry.header_w, 1),
                                               bar_h },
                            -1);
}

static void
cor_timeline_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  CorTimeline *self = COR_TIMELINE (widget);

  GTK_WIDGET_CLASS (cor_timeline_parent_class)->css_changed (widget, change);

  /* the font may have changed: lay the labels out again when drawn */
  for (guint i = 0; i < self->spans->len; i++)
    {
      CorTimelineItem *item = g_array_index (self->spans, CorTimelineSpan, i).data;

      if (item->layout != NULL)
        {
          g_clear_object (&item->layout);
          item->natural_w = -1;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->lane_layouts); i++)
    g_clear_object (&self->lane_layouts[i]);
  g_ptr_array_set_size (self->markers, 0);   /* the colours may have changed */
}

static void
cor_timeline_state_flags_changed (GtkWidget     *widget,
                                  GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (cor_timeline_parent_class)->state_flags_changed (widget, previous);
  gtk_widget_queue_draw (widget);   /* the focus outline */
}

/* GObject */

static void
cor_timeline_dispose (GObject *object)
{
  CorTimeline *self = COR_TIMELINE (object);

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->undo_stack);
  g_clear_handle_id (&self->resize_idle_id, g_source_remove);
  g_clear_pointer (&self->waveform, cor_waveform_unref);
  g_clear_pointer (&self->scrollbar, gtk_widget_unparent);
  g_clear_object (&self->hadjustment);
  if (self->spans != NULL)
    g_array_set_size (self->spans, 0);
  for (guint i = 0; i < G_N_ELEMENTS (self->lane_layouts); i++)
    g_clear_object (&self->lane_layouts[i]);

  G_OBJECT_CLASS (cor_timeline_parent_class)->dispose (object);
}

static void
cor_timeline_finalize (GObject *object)
{
  CorTimeline *self = COR_TIMELINE (object);

  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->markers, g_ptr_array_unref);
  g_free (self->peak_mins);
  g_free (self->peak_maxs);

  G_OBJECT_CLASS (cor_timeline_parent_class)->finalize (object);
}

static void
cor_timeline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CorTimeline *self = COR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CLIP_ID:
      g_value_set_int64 (value, self->clip_id);
      break;
    case PROP_POSITION_NS:
      g_value_set_int64 (value, self->position_ns);
      break;
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_timeline_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CorTimeline *self = COR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      cor_timeline_set_store (self, g_value_get_object (value));
      break;
    case PROP_POSITION_NS:
      cor_timeline_set_position_ns (self, g_value_get_int64 (value));
      break;
    case PROP_SELECTED_ID:
      cor_timeline_set_selected_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_timeline_class_init (CorTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_timeline_dispose;
  object_class->finalize = cor_timeline_finalize;
  object_class->get_property = cor_timeline_get_property;
  object_class->set_property = cor_timeline_set_property;

  widget_class->measure = cor_timeline_measure;
  widget_class->size_allocate = cor_timeline_size_allocate;
  widget_class->snapshot = cor_timeline_draw;
  widget_class->css_changed = cor_timeline_css_changed;
  widget_class->state_flags_changed = cor_timeline_state_flags_changed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, COR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLIP_ID] =
    g_param_spec_int64 ("clip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION_NS] =
    g_param_spec_int64 ("position-ns", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  cor_timeline_signals[COR_TIMELINE_SEEK] =
    g_signal_new ("seek", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  cor_timeline_signals[COR_TIMELINE_ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  cor_timeline_signals[COR_TIMELINE_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  cor_timeline_signals[COR_TIMELINE_EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, COR_TYPE_ANNOTATION, COR_TYPE_ANNOTATION);

  gtk_widget_class_set_css_name (widget_class, "cortimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cor_timeline_init (CorTimeline *self)
{
  GtkGesture *click, *drag;
  GtkEventController *controller;

  self->spans = g_array_new (FALSE, FALSE, sizeof (CorTimelineSpan));
  g_array_set_clear_func (self->spans, cor_timeline_span_clear);
  self->markers = g_ptr_array_new_with_free_func (marker_free);
  self->geometry = (CorTimelineGeometry) { 168, 24, 0, NAT_LANE_H, { 1, 1, 1, 1 } };
  self->view = (CorTimelineView) { 0, 1e6, 168, 1 };
  self->fitted = TRUE;
  self->anchor_ns = -1;
  self->fps_n = 0;
  self->fps_d = 1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->hadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 1, 1, 1, 1));
  g_signal_connect (self->hadjustment, "value-changed",
                    G_CALLBACK (on_adjustment_value_changed), self);
  self->scrollbar = gtk_scrollbar_new (GTK_ORIENTATION_HORIZONTAL, self->hadjustment);
  gtk_widget_set_parent (self->scrollbar, GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_gesture_group (click, drag);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);
  cor_timeline_update_description (self);
}

void
cor_timeline_get_layout (CorTimeline         *self,
                         CorTimelineView     *view,
                         CorTimelineGeometry *geometry)
{
  g_return_if_fail (COR_IS_TIMELINE (self));

  if (view != NULL)
    *view = self->view;
  if (geometry != NULL)
    *geometry = self->geometry;
}

guint
cor_timeline_get_n_drawn (CorTimeline *self)
{
  g_return_val_if_fail (COR_IS_TIMELINE (self), 0);

  return self->n_drawn;
}

/* Public API */

GtkWidget *
cor_timeline_new (void)
{
  return g_object_new (COR_TYPE_TIMELINE, NULL);
}

void
cor_timeline_set_store (CorTimeline *self,
                        CorStore    *store)
{
  g_return_if_fail (COR_IS_TIMELINE (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  cor_timeline_set_clip (self, 0, 0, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

CorStore *
cor_timeline_get_store (CorTimeline *self)
{
  g_return_val_if_fail (COR_IS_TIMELINE (self), NULL);

  return self->store;
}

void
cor_timeline_set_clip (CorTimeline *self,
                       gint64       clip_id,
                       gint64       duration_ns,
                       int          fps_n,
                       int          fps_d)
{
  gboolean clip_changed;

  g_return_if_fail (COR_IS_TIMELINE (self));

  clip_changed = self->clip_id != MAX (clip_id, 0);

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_clear_object (&self->model);
  g_array_set_size (self->spans, 0);
  self->max_length_ns = 0;
  self->drag_id = 0;
  self->scrubbing = FALSE;

  self->clip_id = MAX (clip_id, 0);
  self->duration_ns = MAX (duration_ns, 0);
  self->fps_n = fps_n > 0 && fps_d > 0 ? fps_n : 0;
  self->fps_d = fps_n > 0 && fps_d > 0 ? fps_d : 1;

  if (self->store != NULL && self->clip_id > 0)
    {
      self->model = cor_store_list_annotations (self->store, self->clip_id);
      self->items_changed_id =
        g_signal_connect (self->model, "items-changed",
                          G_CALLBACK (cor_timeline_items_changed_cb), self);
      cor_timeline_items_changed_cb (self->model, 0, 0, g_list_model_get_n_items (self->model),
                                     self);
    }

  if (self->selected_id != 0 && cor_timeline_find_span (self, self->selected_id) < 0)
    cor_timeline_set_selected_id (self, 0);

  cor_timeline_zoom_fit (self);
  cor_timeline_update_rows (self, TRUE);

  if (clip_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIP_ID]);
}

gint64
cor_timeline_get_clip_id (CorTimeline *self)
{
  g_return_val_if_fail (COR_IS_TIMELINE (self), 0);

  return self->clip_id;
}

void
cor_timeline_set_undo_stack (CorTimeline  *self,
                             CorUndoStack *stack)
{
  g_return_if_fail (COR_IS_TIMELINE (self));
  g_return_if_fail (stack == NULL || COR_IS_UNDO_STACK (stack));

  g_set_object (&self->undo_stack, stack);
}

void
cor_timeline_set_position_ns (CorTimeline *self,
                              gint64       position_ns)
{
  g_return_if_fail (COR_IS_TIMELINE (self));

  position_ns = MAX (position_ns, 0);
  if (self->position_ns == position_ns)
    return;

  self->position_ns = position_ns;

  /* follow the playhead when it leaves the view, unless the pointer is at work */
  if (self->drag_id == 0 && !self->scrubbing && !self->fitted)
    {
      gint64 end = cor_timeline_view_end_ns (&self->view);

      if (position_ns < self->view.start_ns || position_ns > end)
        {
          self->view.start_ns = position_ns - (gint64) (self->view.width * self->view.ns_per_px
                                                        * 0.1);
          cor_timeline_view_clamp (&self->view, self->duration_ns, self->fps_n, self->fps_d);
          sync_adjustment (self);
        }
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION_NS]);
}

gint64
cor_timeline_get_position_ns (CorTimeline *self)
{
  g_return_val_if_fail (COR_IS_TIMELINE (self), 0);

  return self->position_ns;
}

void
cor_timeline_set_selected_id (CorTimeline *self,
                              gint64       annotation_id)
{
  int index;

  g_return_if_fail (COR_IS_TIMELINE (self));

  annotation_id = MAX (annotation_id, 0);

  /* the keyboard goes on from the selection (a click, search, the list): its lane and row */
  index = cor_timeline_find_span (self, annotation_id);
  if (index >= 0)
    {
      const CorTimelineSpan *span = &g_array_index (self->spans, CorTimelineSpan, index);

      self->focus_lane = span->lane;
      self->focus_row = span->row;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  if (self->selected_id == annotation_id)
    return;

  self->selected_id = annotation_id;
  self->anchor_ns = -1;
  cor_timeline_update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

gint64
cor_timeline_get_selected_id (CorTimeline *self)
{
  g_return_val_if_fail (COR_IS_TIMELINE (self), 0);

  return self->selected_id;
}

void
cor_timeline_set_waveform (CorTimeline *self,
                           CorWaveform *waveform)
{
  g_return_if_fail (COR_IS_TIMELINE (self));

  if (self->waveform == waveform)
    return;

  g_clear_pointer (&self->waveform, cor_waveform_unref);
  if (waveform != NULL)
    self->waveform = cor_waveform_ref (waveform);

  self->geometry.wave_h = waveform != NULL ? 36 : 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cor_timeline_zoom_fit (CorTimeline *self)
{
  g_return_if_fail (COR_IS_TIMELINE (self));

  self->fitted = TRUE;
  self->view.start_ns = 0;
  self->view.ns_per_px = cor_timeline_fit_ns_per_px (self->duration_ns, self->view.width,
                                                      self->fps_n, self->fps_d);
  cor_timeline_clamp_view (self);
}

void
cor_timeline_zoom (CorTimeline *self,
                   double       factor)
{
  double x;

  g_return_if_fail (COR_IS_TIMELINE (self));
  g_return_if_fail (factor > 0);

  x = cor_timeline_time_to_x (&self->view, self->position_ns);
  if (x < self->view.x0 || x > self->view.x0 + self->view.width)
    x = self->view.x0 + self->view.width / 2;

  zoom_at (self, x, factor);
}

void
cor_timeline_get_visible (CorTimeline *self,
                          gint64      *start_ns,
                          gint64      *end_ns)
{
  g_return_if_fail (COR_IS_TIMELINE (self));

  if (start_ns != NULL)
    *start_ns = self->view.start_ns;
  if (end_ns != NULL)
    *end_ns = cor_timeline_view_end_ns (&self->view);
}

void
cor_timeline_set_visible (CorTimeline *self,
                          gint64       start_ns,
                          gint64       end_ns)
{
  g_return_if_fail (COR_IS_TIMELINE (self));
  g_return_if_fail (end_ns > start_ns);

  self->fitted = FALSE;
  self->view.ns_per_px = (double) (end_ns - start_ns) / MAX (self->view.width, 1);
  self->view.start_ns = start_ns;
  cor_timeline_view_clamp (&self->view, self->duration_ns, self->fps_n, self->fps_d);
  self->view.start_ns = start_ns;
  cor_timeline_clamp_view (self);
}
