/* cor-spectrogram-view.c — an audio spectrogram with the playhead; a click seeks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-spectrogram-view.h"

/* Columns of the texture at most: longer spectrograms keep each column's loudest frame */
#define MAX_COLUMNS 4096
/* Levels below this (about -76 dB) are drawn black: the colours go to what can be heard */
#define LEVEL_BLACK 60

struct _CorSpectrogramView
{
  GtkWidget       parent_instance;

  CorSpectrogram *spectrogram;
  GdkTexture     *texture;
  char           *path;          /* of the spectrogram shown or being computed */
  char           *error;         /* why there is none, or NULL */
  GCancellable   *cancellable;
  GtkWidget      *spinner;
  gint64          position_ns;
  gint64          duration_ns;
};

G_DEFINE_FINAL_TYPE (CorSpectrogramView, cor_spectrogram_view, GTK_TYPE_WIDGET)

enum {
  SEEK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* The "inferno"-like map: black, purple, red, orange, pale yellow; even steps of lightness */
static void
colour_for_level (guint   level,
                  guint8 *rgb)
{
  static const guint8 stops[][3] = {
    { 0, 0, 4 }, { 87, 16, 110 }, { 188, 55, 84 }, { 249, 142, 9 }, { 252, 255, 164 },
  };
  double t, f;
  guint i;

  t = level <= LEVEL_BLACK ? 0.0 : (double) (level - LEVEL_BLACK) / (255 - LEVEL_BLACK);
  t = CLAMP (t, 0.0, 1.0) * (G_N_ELEMENTS (stops) - 1);
  i = MIN ((guint) t, G_N_ELEMENTS (stops) - 2);
  f = t - i;
  for (guint c = 0; c < 3; c++)
    rgb[c] = (guint8) (stops[i][c] + (stops[i + 1][c] - stops[i][c]) * f + 0.5);
}

/* One column a frame (or a group of frames), the highest frequency in the top row */
static GdkTexture *
make_texture (CorSpectrogram *spectrogram)
{
  guint n_frames = cor_spectrogram_get_n_frames (spectrogram);
  guint n_bins = cor_spectrogram_get_n_bins (spectrogram);
  const guint8 *data = cor_spectrogram_get_data (spectrogram);
  guint width = MIN (n_frames, MAX_COLUMNS);
  gsize stride = (gsize) width * 3;
  guint8 *pixels;
  guint8 lut[256][3];
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *column = g_new (guint8, n_bins);

  if (width == 0 || n_bins == 0)
    return NULL;

  for (guint level = 0; level < 256; level++)
    colour_for_level (level, lut[level]);

  pixels = g_malloc (stride * n_bins);
  for (guint x = 0; x < width; x++)
    {
      guint first = (guint) ((guint64) x * n_frames / width);
      guint last = MAX ((guint) ((guint64) (x + 1) * n_frames / width), first + 1);

      memset (column, 0, n_bins);
      for (guint f = first; f < last; f++)
        for (guint b = 0; b < n_bins; b++)
          column[b] = MAX (column[b], data[(gsize) f * n_bins + b]);

      for (guint b = 0; b < n_bins; b++)
        memcpy (pixels + (gsize) (n_bins - 1 - b) * stride + (gsize) x * 3, lut[column[b]], 3);
    }

  bytes = g_bytes_new_take (pixels, stride * n_bins);
  return gdk_memory_texture_new ((int) width, (int) n_bins, GDK_MEMORY_R8G8B8, bytes, stride);
}

static gint64
length_ns (CorSpectrogramView *self)
{
  if (self->duration_ns > 0)
    return self->duration_ns;
  if (self->spectrogram != NULL)
    return cor_spectrogram_get_duration_ns (self->spectrogram);
  return 0;
}

static void
set_busy (CorSpectrogramView *self,
          gboolean            busy)
{
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
}

static void
seek_to_x (CorSpectrogramView *self,
           double              x)
{
  gint64 length = length_ns (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (length <= 0 || width <= 0)
    return;

  g_signal_emit (self, signals[SEEK], 0, (gint64) (CLAMP (x / width, 0.0, 1.0) * length));
}

static void
append_label (GtkSnapshot *snapshot,
              GtkWidget   *widget,
              const char  *text,
              double       x,
              double       y,
              double       alpha)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int tw, th;

  pango_layout_get_pixel_size (layout, &tw, &th);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, CLAMP (y - th / 2.0, 0, y)));
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 0.45 * alpha },
                             &GRAPHENE_RECT_INIT (-2, 0, tw + 4, th));
  gtk_snapshot_append_layout (snapshot, layout, &(GdkRGBA) { 1, 1, 1, 0.85 * alpha });
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

/* Callbacks */

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CorSpectrogramView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorSpectrogram) spectrogram = cor_spectrogram_compute_finish (result, &error);

  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;  /* an older file's */

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (spectrogram == NULL)
    {
      g_debug ("No spectrogram: %s", error->message);
      g_free (self->error);
      self->error = g_strdup (error->message);
    }
  cor_spectrogram_view_set_spectrogram (self, spectrogram);
}

static void
pressed_cb (GtkGestureClick    *gesture,
            int                 n_press,
            double              x,
            double              y,
            CorSpectrogramView *self)
{
  seek_to_x (self, x);
}

static void
drag_update_cb (GtkGestureDrag     *gesture,
                double              dx,
                double              dy,
                CorSpectrogramView *self)
{
  double x, y;

  if (gtk_gesture_drag_get_start_point (gesture, &x, &y))
    seek_to_x (self, x + dx);
}

/* GObject overrides */

static void
cor_spectrogram_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  CorSpectrogramView *self = COR_SPECTROGRAM_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gint64 length = length_ns (self);

  if (width <= 0 || height <= 0)
    return;

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0.016, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->texture != NULL && length > 0)
    {
      double drawn = (double) cor_spectrogram_get_duration_ns (self->spectrogram) / length * width;
      guint rate = cor_spectrogram_get_sample_rate (self->spectrogram);
      guint top_khz = rate / 2000;

      gtk_snapshot_append_texture (snapshot, self->texture,
                                   &GRAPHENE_RECT_INIT (0, 0, MIN (drawn, width * 1.0), height));

      /* The frequency axis, a label every 2 kHz when there is room */
      for (guint khz = 0; khz <= top_khz; khz += height >= 160 ? 2 : 4)
        {
          /* TRANSLATORS: a frequency in kilohertz on the spectrogram's axis */
          g_autofree char *text = g_strdup_printf (_("%u kHz"), khz);
          double y = height - (double) khz / top_khz * height;

          gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 0.25 },
                                     &GRAPHENE_RECT_INIT (0, CLAMP (y, 0, height - 1), 6, 1));
          append_label (snapshot, widget, text, 8, y, 1.0);
        }
    }
  else if (self->error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("No spectrogram: %s"), self->error);

      append_label (snapshot, widget, text, 12, height / 2.0, 1.0);
    }
  else if (self->cancellable != NULL)
    append_label (snapshot, widget, _("Computing the spectrogram…"), 12, height - 12.0, 1.0);

  gtk_widget_snapshot_child (widget, self->spinner, snapshot);

  if (length > 0 && self->position_ns >= 0)
    {
      double x = (double) self->position_ns / length * width;

      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.4, 0.85, 1.0, 1 },
                                 &GRAPHENE_RECT_INIT (CLAMP (x, 0, width - 2), 0, 2, height));
    }
}

static void
cor_spectrogram_view_dispose (GObject *object)
{
  CorSpectrogramView *self = COR_SPECTROGRAM_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->spinner, gtk_widget_unparent);
  g_clear_pointer (&self->spectrogram, cor_spectrogram_unref);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (cor_spectrogram_view_parent_class)->dispose (object);
}

static void
cor_spectrogram_view_class_init (CorSpectrogramViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_spectrogram_view_dispose;
  widget_class->snapshot = cor_spectrogram_view_snapshot;

  signals[SEEK] = g_signal_new ("seek", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cor-spectrogram-view");
}

static void
cor_spectrogram_view_init (CorSpectrogramView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->position_ns = -1;
  self->duration_ns = -1;

  self->spinner = gtk_spinner_new ();
  gtk_widget_set_halign (self->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (self->spinner, 32, 32);
  gtk_widget_add_css_class (self->spinner, "osd");
  gtk_widget_set_parent (self->spinner, GTK_WIDGET (self));
  set_busy (self, FALSE);

  gtk_widget_set_size_request (GTK_WIDGET (self), 100, 32);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
}

/* Public API */

GtkWidget *
cor_spectrogram_view_new (void)
{
  return g_object_new (COR_TYPE_SPECTROGRAM_VIEW, NULL);
}

void
cor_spectrogram_view_load (CorSpectrogramView *self,
                           const char         *path)
{
  g_return_if_fail (COR_IS_SPECTROGRAM_VIEW (self));

  if (path != NULL && g_strcmp0 (path, self->path) == 0 &&
      (self->spectrogram != NULL || self->cancellable != NULL))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->error, g_free);
  cor_spectrogram_view_set_spectrogram (self, NULL);
  g_free (self->path);
  self->path = g_strdup (path);
  set_busy (self, FALSE);

  if (path == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  cor_spectrogram_compute_async (path, self->cancellable, computed_cb, g_object_ref (self));
}

gboolean
cor_spectrogram_view_get_busy (CorSpectrogramView *self)
{
  g_return_val_if_fail (COR_IS_SPECTROGRAM_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

CorSpectrogram *
cor_spectrogram_view_get_spectrogram (CorSpectrogramView *self)
{
  g_return_val_if_fail (COR_IS_SPECTROGRAM_VIEW (self), NULL);

  return self->spectrogram;
}

void
cor_spectrogram_view_set_spectrogram (CorSpectrogramView *self,
                                      CorSpectrogram     *spectrogram)
{
  g_return_if_fail (COR_IS_SPECTROGRAM_VIEW (self));

  if (spectrogram != NULL)
    cor_spectrogram_ref (spectrogram);
  g_clear_pointer (&self->spectrogram, cor_spectrogram_unref);
  g_clear_object (&self->texture);
  self->spectrogram = spectrogram;
  if (spectrogram != NULL)
    self->texture = make_texture (spectrogram);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cor_spectrogram_view_set_position (CorSpectrogramView *self,
                                   gint64              position_ns,
                                   gint64              duration_ns)
{
  g_return_if_fail (COR_IS_SPECTROGRAM_VIEW (self));

  if (self->position_ns == position_ns && self->duration_ns == duration_ns)
    return;

  self->position_ns = position_ns;
  self->duration_ns = duration_ns;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
