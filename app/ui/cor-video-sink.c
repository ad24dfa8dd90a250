/* cor-video-sink.c — an appsink whose frames become a GdkPaintable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gst/app/gstappsink.h>
#include <gst/video/video.h>

#include "cor-video-sink.h"

struct _CorVideoSink
{
  GObject       parent_instance;

  GstElement   *appsink;
  GMainContext *context;

  GMutex        lock;
  GstSample    *pending;  /* under lock: the newest sample not yet shown */
  GSource      *idle;     /* under lock: the one idle that shows it */

  GdkTexture   *texture;
  double        pixel_aspect;
};

static void cor_video_sink_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CorVideoSink, cor_video_sink, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      cor_video_sink_paintable_init))

typedef struct
{
  GstVideoFrame frame;
} MappedFrame;

static void
mapped_frame_free (gpointer data)
{
  MappedFrame *mapped = data;

  gst_video_frame_unmap (&mapped->frame);
  g_free (mapped);
}

static GdkTexture *
texture_from_sample (GstSample *sample,
                     double    *pixel_aspect)
{
  GstCaps *caps = gst_sample_get_caps (sample);
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  GstVideoInfo info;
  MappedFrame *mapped;
  g_autoptr(GBytes) bytes = NULL;
  GdkMemoryFormat format;
  int width, height;
  gsize stride;

  if (caps == NULL || buffer == NULL || !gst_video_info_from_caps (&info, caps))
    return NULL;

  switch (GST_VIDEO_INFO_FORMAT (&info))
    {
    case GST_VIDEO_FORMAT_BGRA:
      format = GDK_MEMORY_B8G8R8A8_PREMULTIPLIED;
      break;
    case GST_VIDEO_FORMAT_RGBA:
      format = GDK_MEMORY_R8G8B8A8_PREMULTIPLIED;
      break;
    default:
      return NULL;
    }

  mapped = g_new0 (MappedFrame, 1);
  /* reads the strides from the GstVideoMeta when the buffer carries one */
  if (!gst_video_frame_map (&mapped->frame, &info, buffer, GST_MAP_READ))
    {
      g_free (mapped);
      return NULL;
    }

  width = GST_VIDEO_FRAME_WIDTH (&mapped->frame);
  height = GST_VIDEO_FRAME_HEIGHT (&mapped->frame);
  stride = GST_VIDEO_FRAME_PLANE_STRIDE (&mapped->frame, 0);
  bytes = g_bytes_new_with_free_func (GST_VIDEO_FRAME_PLANE_DATA (&mapped->frame, 0),
                                      stride * (gsize) (height - 1) + (gsize) width * 4,
                                      mapped_frame_free, mapped);

  *pixel_aspect = GST_VIDEO_INFO_PAR_D (&info) > 0 && GST_VIDEO_INFO_PAR_N (&info) > 0
                  ? (double) GST_VIDEO_INFO_PAR_N (&info) / GST_VIDEO_INFO_PAR_D (&info)
                  : 1.0;

  return gdk_memory_texture_new (width, height, format, bytes, stride);
}

static gboolean
show_pending_cb (gpointer user_data)
{
  CorVideoSink *self = user_data;
  g_autoptr(GstSample) sample = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  double pixel_aspect = 1.0;
  gboolean size_changed;

  g_mutex_lock (&self->lock);
  sample = g_steal_pointer (&self->pending);
  g_clear_pointer (&self->idle, g_source_unref);
  g_mutex_unlock (&self->lock);

  if (sample == NULL)
    return G_SOURCE_REMOVE;

  texture = texture_from_sample (sample, &pixel_aspect);
  if (texture == NULL)
    return G_SOURCE_REMOVE;

  size_changed = self->texture == NULL
                 || gdk_texture_get_width (self->texture) != gdk_texture_get_width (texture)
                 || gdk_texture_get_height (self->texture) != gdk_texture_get_height (texture)
                 || self->pixel_aspect != pixel_aspect;
  g_set_object (&self->texture, texture);
  self->pixel_aspect = pixel_aspect;

  if (size_changed)
    gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));

  return G_SOURCE_REMOVE;
}

/* streaming thread */
static void
keep_sample (CorVideoSink *self,
             GstSample    *sample)
{
  if (sample == NULL)
    return;

  g_mutex_lock (&self->lock);
  g_clear_pointer (&self->pending, gst_sample_unref);
  self->pending = sample;
  if (self->idle == NULL)
    {
      self->idle = g_idle_source_new ();
      g_source_set_priority (self->idle, G_PRIORITY_DEFAULT);
      g_source_set_callback (self->idle, show_pending_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (self->idle, "[corroborate] video frame");
      g_source_attach (self->idle, self->context);
    }
  g_mutex_unlock (&self->lock);
}

static GstFlowReturn
new_preroll_cb (GstAppSink *appsink,
                gpointer    user_data)
{
  keep_sample (user_data, gst_app_sink_pull_preroll (appsink));
  return GST_FLOW_OK;
}

static GstFlowReturn
new_sample_cb (GstAppSink *appsink,
               gpointer    user_data)
{
  keep_sample (user_data, gst_app_sink_pull_sample (appsink));
  return GST_FLOW_OK;
}

static void
cor_video_sink_snapshot (GdkPaintable *paintable,
                         GdkSnapshot  *snapshot,
                         double        width,
                         double        height)
{
  CorVideoSink *self = COR_VIDEO_SINK (paintable);

  if (self->texture == NULL)
    return;

  gtk_snapshot_append_texture (GTK_SNAPSHOT (snapshot), self->texture,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static GdkPaintable *
cor_video_sink_get_current_image (GdkPaintable *paintable)
{
  CorVideoSink *self = COR_VIDEO_SINK (paintable);

  if (self->texture == NULL)
    return gdk_paintable_new_empty (0, 0);

  return GDK_PAINTABLE (g_object_ref (self->texture));
}

static int
cor_video_sink_get_intrinsic_width (GdkPaintable *paintable)
{
  CorVideoSink *self = COR_VIDEO_SINK (paintable);

  return self->texture != NULL ? gdk_texture_get_width (self->texture) : 0;
}

static int
cor_video_sink_get_intrinsic_height (GdkPaintable *paintable)
{
  CorVideoSink *self = COR_VIDEO_SINK (paintable);

  return self->texture != NULL ? gdk_texture_get_height (self->texture) : 0;
}

static double
cor_video_sink_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  CorVideoSink *self = COR_VIDEO_SINK (paintable);

  if (self->texture == NULL)
    return 0;

  return (double) gdk_texture_get_width (self->texture) * self->pixel_aspect
         / gdk_texture_get_height (self->texture);
}

static void
cor_video_sink_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = cor_video_sink_snapshot;
  iface->get_current_image = cor_video_sink_get_current_image;
  iface->get_intrinsic_width = cor_video_sink_get_intrinsic_width;
  iface->get_intrinsic_height = cor_video_sink_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = cor_video_sink_get_intrinsic_aspect_ratio;
}

static void
cor_video_sink_dispose (GObject *object)
{
  CorVideoSink *self = COR_VIDEO_SINK (object);

  if (self->appsink != NULL)
    {
      GstAppSinkCallbacks none = { 0 };

      gst_app_sink_set_callbacks (GST_APP_SINK (self->appsink), &none, NULL, NULL);
      gst_clear_object (&self->appsink);
    }

  g_mutex_lock (&self->lock);
  g_clear_pointer (&self->pending, gst_sample_unref);
  if (self->idle != NULL)
    {
      g_source_destroy (self->idle);
      g_clear_pointer (&self->idle, g_source_unref);
    }
  g_mutex_unlock (&self->lock);

  g_clear_object (&self->texture);

  G_OBJECT_CLASS (cor_video_sink_parent_class)->dispose (object);
}

static void
cor_video_sink_finalize (GObject *object)
{
  CorVideoSink *self = COR_VIDEO_SINK (object);

  g_mutex_clear (&self->lock);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (cor_video_sink_parent_class)->finalize (object);
}

static void
cor_video_sink_class_init (CorVideoSinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cor_video_sink_dispose;
  object_class->finalize = cor_video_sink_finalize;

  if (!gst_is_initialized ())
    gst_init (NULL, NULL);
}

static void
cor_video_sink_init (CorVideoSink *self)
{
  g_autoptr(GstCaps) caps = gst_caps_from_string ("video/x-raw,format=BGRA");
  GstAppSinkCallbacks callbacks = { 0 };

  g_mutex_init (&self->lock);
  self->context = g_main_context_ref_thread_default ();
  self->pixel_aspect = 1.0;

  self->appsink = gst_element_factory_make ("appsink", NULL);
  if (self->appsink == NULL)
    return;

  gst_object_ref_sink (self->appsink);
  g_object_set (self->appsink, "caps", caps, "sync", TRUE, "max-buffers", 2, "drop", TRUE,
                "enable-last-sample", FALSE, "qos", TRUE, NULL);
  callbacks.new_preroll = new_preroll_cb;
  callbacks.new_sample = new_sample_cb;
  /* the sink outlives its pipeline's streaming: the player view closes the player first */
  gst_app_sink_set_callbacks (GST_APP_SINK (self->appsink), &callbacks, self, NULL);
}

CorVideoSink *
cor_video_sink_new (void)
{
  return g_object_new (COR_TYPE_VIDEO_SINK, NULL);
}

GstElement *
cor_video_sink_get_element (CorVideoSink *self)
{
  g_return_val_if_fail (COR_IS_VIDEO_SINK (self), NULL);

  return self->appsink;
}

GdkTexture *
cor_video_sink_get_texture (CorVideoSink *self)
{
  g_return_val_if_fail (COR_IS_VIDEO_SINK (self), NULL);

  return self->texture;
}

void
cor_video_sink_clear (CorVideoSink *self)
{
  g_return_if_fail (COR_IS_VIDEO_SINK (self));

  g_mutex_lock (&self->lock);
  g_clear_pointer (&self->pending, gst_sample_unref);
  g_mutex_unlock (&self->lock);

  if (self->texture != NULL)
    {
      g_clear_object (&self->texture);
      gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
      gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
    }
}
