/* cor-waveform-view.c — an audio waveform with the playhead; a click seeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-waveform-view.h"

struct _CorWaveformView
{
  GtkWidget    parent_instance;

  CorWaveform *waveform;
  GCancellable *cancellable;
  double       progress;
  gint64       position_ns;
  gint64       duration_ns;
};

G_DEFINE_FINAL_TYPE (CorWaveformView, cor_waveform_view, GTK_TYPE_WIDGET)

enum {
  SEEK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  CorWaveformView *self;
  CorStore        *store;
  gint64           clip_id;
  GCancellable    *cancellable;
} Job;

static void
job_free (Job *job)
{
  g_object_unref (job->self);
  g_object_unref (job->store);
  g_object_unref (job->cancellable);
  g_free (job);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Job *job = user_data;

  if (job->cancellable == job->self->cancellable)
    cor_waveform_view_set_progress (job->self, fraction);
}

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = user_data;
  CorWaveformView *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorWaveform) waveform = cor_waveform_compute_finish (result, &error);
  gboolean current = job->cancellable == self->cancellable;

  if (current)
    g_clear_object (&self->cancellable);

  if (waveform != NULL)
    {
      g_autoptr(GBytes) bytes = cor_waveform_serialize (waveform);
      g_autoptr(GError) store_error = NULL;

      if (!cor_store_set_waveform (job->store, job->clip_id, bytes, &store_error))
        g_warning ("Could not keep the waveform in the case: %s", store_error->message);
    }
  else if (!g_cancellable_is_cancelled (job->cancellable))
    g_debug ("No waveform: %s", error->message);

  if (current)
    {
      self->progress = -1;
      cor_waveform_view_set_waveform (self, waveform);
    }

  job_free (job);
}

static gint64
length_ns (CorWaveformView *self)
{
  if (self->duration_ns > 0)
    return self->duration_ns;
  if (self->waveform != NULL)
    return cor_waveform_get_duration_ns (self->waveform);
  return 0;
}

static void
seek_to_x (CorWaveformView *self,
           double           x)
{
  gint64 length = length_ns (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (length <= 0 || width <= 0)
    return;

  g_signal_emit (self, signals[SEEK], 0, (gint64) (CLAMP (x / width, 0.0, 1.0) * length));
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            CorWaveformView *self)
{
  seek_to_x (self, x);
}

static void
drag_update_cb (GtkGestureDrag  *gesture,
                double           dx,
                double           dy,
                CorWaveformView *self)
{
  double x, y;

  if (gtk_gesture_drag_get_start_point (gesture, &x, &y))
    seek_to_x (self, x + dx);
}

static void
cor_waveform_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  CorWaveformView *self = COR_WAVEFORM_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gint64 length = length_ns (self);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.12, 0.12, 0.14, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->waveform != NULL && length > 0)
    {
      g_autofree float *mins = g_new0 (float, width);
      g_autofree float *maxs = g_new0 (float, width);
      double mid = height / 2.0;

      cor_waveform_summarize (self->waveform, 0, length, width, mins, maxs);
      cairo_set_source_rgba (cr, 0.38, 0.73, 0.98, 1);
      for (int x = 0; x < width; x++)
        {
          double top = mid - maxs[x] * (mid - 1);
          double bottom = mid - mins[x] * (mid - 1);

          cairo_rectangle (cr, x, top, 1, MAX (bottom - top, 1));
        }
      cairo_fill (cr);
    }
  else if (self->progress >= 0)
    {
      g_autofree char *text = NULL;
      PangoLayout *layout;
      int tw, th;

      /* TRANSLATORS: %d is a percentage */
      text = g_strdup_printf (_("Computing the waveform… %d %%"), (int) (self->progress * 100));
      cairo_set_source_rgba (cr, 0.38, 0.73, 0.98, 0.35);
      cairo_rectangle (cr, 0, 0, width * self->progress, height);
      cairo_fill (cr);
      layout = gtk_widget_create_pango_layout (widget, text);
      pango_layout_get_pixel_size (layout, &tw, &th);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
      cairo_move_to (cr, (width - tw) / 2.0, (height - th) / 2.0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }

  if (length > 0 && self->position_ns >= 0)
    {
      double x = (double) self->position_ns / length * width;

      cairo_set_source_rgba (cr, 1, 0.35, 0.3, 1);
      cairo_rectangle (cr, CLAMP (x, 0, width - 2), 0, 2, height);
      cairo_fill (cr);
    }

  cairo_destroy (cr);
}

static void
cor_waveform_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 100 : 32;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 600 : 64;
}

static void
cor_waveform_view_dispose (GObject *object)
{
  CorWaveformView *self = COR_WAVEFORM_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->waveform, cor_waveform_unref);

  G_OBJECT_CLASS (cor_waveform_view_parent_class)->dispose (object);
}

static void
cor_waveform_view_class_init (CorWaveformViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_waveform_view_dispose;
  widget_class->snapshot = cor_waveform_view_snapshot;
  widget_class->measure = cor_waveform_view_measure;

  signals[SEEK] = g_signal_new ("seek", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "cor-waveform-view");
}

static void
cor_waveform_view_init (CorWaveformView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->progress = -1;
  self->position_ns = -1;
  self->duration_ns = -1;

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
}

GtkWidget *
cor_waveform_view_new (void)
{
  return g_object_new (COR_TYPE_WAVEFORM_VIEW, NULL);
}

void
cor_waveform_view_load (CorWaveformView *self,
                        CorStore        *store,
                        gint64           clip_id,
                        const char      *path)
{
  g_autoptr(GBytes) bytes = NULL;
  Job *job;

  g_return_if_fail (COR_IS_WAVEFORM_VIEW (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->progress = -1;
  cor_waveform_view_set_waveform (self, NULL);

  if (store == NULL || path == NULL)
    return;

  bytes = cor_store_get_waveform (store, clip_id, NULL);
  if (bytes != NULL)
    {
      g_autoptr(CorWaveform) waveform = cor_waveform_deserialize (bytes, NULL);

      if (waveform != NULL)
        {
          cor_waveform_view_set_waveform (self, waveform);
          return;
        }
    }

  self->cancellable = g_cancellable_new ();
  job = g_new0 (Job, 1);
  job->self = g_object_ref (self);
  job->store = g_object_ref (store);
  job->clip_id = clip_id;
  job->cancellable = g_object_ref (self->cancellable);
  cor_waveform_view_set_progress (self, 0);
  cor_waveform_compute_async (path, job->cancellable, progress_cb, job, computed_cb, job);
}

gboolean
cor_waveform_view_get_busy (CorWaveformView *self)
{
  g_return_val_if_fail (COR_IS_WAVEFORM_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

void
cor_waveform_view_set_waveform (CorWaveformView *self,
                                CorWaveform     *waveform)
{
  g_return_if_fail (COR_IS_WAVEFORM_VIEW (self));

  if (waveform != NULL)
    cor_waveform_ref (waveform);
  g_clear_pointer (&self->waveform, cor_waveform_unref);
  self->waveform = waveform;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cor_waveform_view_set_progress (CorWaveformView *self,
                                double           fraction)
{
  g_return_if_fail (COR_IS_WAVEFORM_VIEW (self));

  self->progress = fraction;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cor_waveform_view_set_position (CorWaveformView *self,
                                gint64           position_ns,
                                gint64           duration_ns)
{
  g_return_if_fail (COR_IS_WAVEFORM_VIEW (self));

  if (self->position_ns == position_ns && self->duration_ns == duration_ns)
    return;

  self->position_ns = position_ns;
  self->duration_ns = duration_ns;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
