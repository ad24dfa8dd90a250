/* cor-zoom-view.c — a paintable with digital zoom and pan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cor-player-state.h"
#include "cor-zoom-view.h"

#define MAX_NEAREST_SIZE 4096

struct _CorZoomView
{
  GtkWidget     parent_instance;

  GdkPaintable *paintable;
  CorZoom       zoom;
  double        pointer_x;
  double        pointer_y;
  double        drag_center_x;
  double        drag_center_y;

  /* crisp pixels: the source frame's pixels, and the enlarged visible part */
  GdkTexture   *pixels_texture;
  guchar       *pixels;
  GdkTexture   *nearest;
  int           nearest_key[5];
};

G_DEFINE_FINAL_TYPE (CorZoomView, cor_zoom_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAINTABLE,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
picture_size (CorZoomView *self,
              double      *width,
              double      *height)
{
  double aspect;

  if (self->paintable == NULL)
    return FALSE;

  *height = gdk_paintable_get_intrinsic_height (self->paintable);
  aspect = gdk_paintable_get_intrinsic_aspect_ratio (self->paintable);
  if (*height <= 0 || aspect <= 0)
    return FALSE;
  *width = *height * aspect;

  return TRUE;
}

static void
set_zoom (CorZoomView *self,
          double       zoom,
          double       x,
          double       y)
{
  double pw, ph;
  double before = self->zoom.zoom;

  if (!picture_size (self, &pw, &ph))
    return;

  cor_zoom_zoom_at (&self->zoom, zoom, x, y,
                    gtk_widget_get_width (GTK_WIDGET (self)),
                    gtk_widget_get_height (GTK_WIDGET (self)), pw, ph);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (before != self->zoom.zoom)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
drop_nearest (CorZoomView *self)
{
  g_clear_object (&self->nearest);
  g_clear_object (&self->pixels_texture);
  g_clear_pointer (&self->pixels, g_free);
}

/* Draws the visible part of @texture enlarged by whole numbers with nearest-neighbour
 * sampling (GTK 4.8 has no scaling filter), so that each source pixel stays a square */
static void
snapshot_nearest (CorZoomView           *self,
                  GtkSnapshot           *snapshot,
                  GdkTexture            *texture,
                  const graphene_rect_t *rect,
                  double                 widget_width,
                  double                 widget_height)
{
  int tw = gdk_texture_get_width (texture);
  int th = gdk_texture_get_height (texture);
  double sx = rect->size.width / tw;
  double sy = rect->size.height / th;
  int x0 = CLAMP ((int) floor (-rect->origin.x / sx), 0, tw);
  int y0 = CLAMP ((int) floor (-rect->origin.y / sy), 0, th);
  int x1 = CLAMP ((int) ceil ((widget_width - rect->origin.x) / sx), 0, tw);
  int y1 = CLAMP ((int) ceil ((widget_height - rect->origin.y) / sy), 0, th);
  int cw = x1 - x0;
  int ch = y1 - y0;
  int k = CLAMP ((int) floor (MIN (sx, sy)), 1, 16);
  int key[5];

  if (cw <= 0 || ch <= 0)
    return;
  while (k > 1 && (cw * k > MAX_NEAREST_SIZE || ch * k > MAX_NEAREST_SIZE))
    k--;

  key[0] = x0; key[1] = y0; key[2] = cw; key[3] = ch; key[4] = k;
  if (self->pixels_texture != texture || self->nearest == NULL
      || memcmp (key, self->nearest_key, sizeof key) != 0)
    {
      g_autoptr(GBytes) bytes = NULL;
      gsize out_stride = (gsize) cw * k * 4;
      guchar *out = g_malloc ((gsize) ch * k * out_stride);

      if (self->pixels_texture != texture)
        {
          g_clear_pointer (&self->pixels, g_free);
          self->pixels = g_malloc ((gsize) tw * th * 4);
          gdk_texture_download (texture, self->pixels, (gsize) tw * 4);
          g_set_object (&self->pixels_texture, texture);
        }

      for (int y = 0; y < ch; y++)
        {
          const guint32 *src = (const guint32 *) (self->pixels + ((gsize) (y0 + y) * tw + x0) * 4);
          guint32 *row = (guint32 *) (out + (gsize) y * k * out_stride);

          for (int x = 0; x < cw; x++)
            for (int i = 0; i < k; i++)
              row[x * k + i] = src[x];
          for (int i = 1; i < k; i++)
            memcpy (out + ((gsize) y * k + i) * out_stride, row, out_stride);
        }

      bytes = g_bytes_new_take (out, (gsize) ch * k * out_stride);
      g_clear_object (&self->nearest);
      self->nearest = gdk_memory_texture_new (cw * k, ch * k, GDK_MEMORY_DEFAULT, bytes,
                                              out_stride);
      memcpy (self->nearest_key, key, sizeof key);
    }

  gtk_snapshot_append_texture (snapshot, self->nearest,
                               &GRAPHENE_RECT_INIT (rect->origin.x + x0 * sx,
                                                    rect->origin.y + y0 * sy,
                                                    cw * sx, ch * sy));
}

static void
paintable_invalidate_cb (CorZoomView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
paintable_size_cb (CorZoomView *self)
{
  cor_zoom_reset (&self->zoom);
  drop_nearest (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           CorZoomView              *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  set_zoom (self, self->zoom.zoom * pow (1.25, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           CorZoomView              *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               CorZoomView    *self)
{
  self->drag_center_x = self->zoom.center_x;
  self->drag_center_y = self->zoom.center_y;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                CorZoomView    *self)
{
  double pw, ph;

  if (self->zoom.zoom <= COR_ZOOM_MIN || !picture_size (self, &pw, &ph))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->zoom.center_x = self->drag_center_x;
  self->zoom.center_y = self->drag_center_y;
  cor_zoom_pan (&self->zoom, dx, dy,
                gtk_widget_get_width (GTK_WIDGET (self)),
                gtk_widget_get_height (GTK_WIDGET (self)), pw, ph);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  CorZoomView     *self)
{
  if (n_press == 2)
    gtk_widget_activate_action (GTK_WIDGET (self), "player.fullscreen", NULL);
}

static void
cor_zoom_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CorZoomView *self = COR_ZOOM_VIEW (widget);
  double w = gtk_widget_get_width (widget);
  double h = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) current = NULL;
  graphene_rect_t rect;
  double pw, ph;

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (!picture_size (self, &pw, &ph))
    return;

  cor_zoom_clamp (&self->zoom, w, h, pw, ph);
  cor_zoom_get_rect (&self->zoom, w, h, pw, ph, &rect);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  current = gdk_paintable_get_current_image (self->paintable);
  if (GDK_IS_TEXTURE (current)
      && cor_zoom_use_nearest (rect.size.width / gdk_texture_get_width (GDK_TEXTURE (current))))
    snapshot_nearest (self, snapshot, GDK_TEXTURE (current), &rect, w, h);
  else
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &rect.origin);
      gdk_paintable_snapshot (self->paintable, snapshot, rect.size.width, rect.size.height);
      gtk_snapshot_restore (snapshot);
    }
  gtk_snapshot_pop (snapshot);
}

static void
cor_zoom_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = 64;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 360;
}

static void
cor_zoom_view_dispose (GObject *object)
{
  CorZoomView *self = COR_ZOOM_VIEW (object);

  cor_zoom_view_set_paintable (self, NULL);
  drop_nearest (self);

  G_OBJECT_CLASS (cor_zoom_view_parent_class)->dispose (object);
}

static void
cor_zoom_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CorZoomView *self = COR_ZOOM_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAINTABLE:
      g_value_set_object (value, self->paintable);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom.zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_zoom_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CorZoomView *self = COR_ZOOM_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAINTABLE:
      cor_zoom_view_set_paintable (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_zoom_view_class_init (CorZoomViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_zoom_view_dispose;
  object_class->get_property = cor_zoom_view_get_property;
  object_class->set_property = cor_zoom_view_set_property;

  widget_class->snapshot = cor_zoom_view_snapshot;
  widget_class->measure = cor_zoom_view_measure;

  properties[PROP_PAINTABLE] =
    g_param_spec_object ("paintable", NULL, NULL, GDK_TYPE_PAINTABLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, COR_ZOOM_MIN, COR_ZOOM_MAX, 1.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "cor-zoom-view");
}

static void
cor_zoom_view_init (CorZoomView *self)
{
  GtkEventController *scroll;
  GtkEventController *motion;
  GtkGesture *drag;
  GtkGesture *click;

  cor_zoom_reset (&self->zoom);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
cor_zoom_view_new (void)
{
  return g_object_new (COR_TYPE_ZOOM_VIEW, NULL);
}

void
cor_zoom_view_set_paintable (CorZoomView  *self,
                             GdkPaintable *paintable)
{
  g_return_if_fail (COR_IS_ZOOM_VIEW (self));
  g_return_if_fail (paintable == NULL || GDK_IS_PAINTABLE (paintable));

  if (self->paintable == paintable)
    return;

  if (self->paintable != NULL)
    g_signal_handlers_disconnect_by_data (self->paintable, self);
  g_set_object (&self->paintable, paintable);
  if (paintable != NULL)
    {
      g_signal_connect_swapped (paintable, "invalidate-contents",
                                G_CALLBACK (paintable_invalidate_cb), self);
      g_signal_connect_swapped (paintable, "invalidate-size",
                                G_CALLBACK (paintable_size_cb), self);
    }

  paintable_size_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAINTABLE]);
}

GdkPaintable *
cor_zoom_view_get_paintable (CorZoomView *self)
{
  g_return_val_if_fail (COR_IS_ZOOM_VIEW (self), NULL);

  return self->paintable;
}

double
cor_zoom_view_get_zoom (CorZoomView *self)
{
  g_return_val_if_fail (COR_IS_ZOOM_VIEW (self), 1.0);

  return self->zoom.zoom;
}

void
cor_zoom_view_zoom_by (CorZoomView *self,
                       double       factor)
{
  g_return_if_fail (COR_IS_ZOOM_VIEW (self));

  set_zoom (self, self->zoom.zoom * factor,
            gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
            gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
cor_zoom_view_reset (CorZoomView *self)
{
  g_return_if_fail (COR_IS_ZOOM_VIEW (self));

  cor_zoom_reset (&self->zoom);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
