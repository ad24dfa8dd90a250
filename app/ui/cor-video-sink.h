/* cor-video-sink.h — an appsink whose frames become a GdkPaintable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frames arrive on GStreamer's streaming thread; the newest is kept under a lock and one
 * idle callback on the main context turns it into a GdkMemoryTexture (no copy: the mapped
 * buffer is wrapped in a GBytes) and invalidates the paintable. The intrinsic size is the
 * source's size in pixels; the intrinsic aspect ratio includes the pixel aspect ratio.
 */
#pragma once

#include <gtk/gtk.h>
#include <gst/gst.h>

G_BEGIN_DECLS

#define COR_TYPE_VIDEO_SINK (cor_video_sink_get_type ())

G_DECLARE_FINAL_TYPE (CorVideoSink, cor_video_sink, COR, VIDEO_SINK, GObject)

CorVideoSink *cor_video_sink_new         (void);
/* The appsink to hand to cor_player_set_video_sink() */
GstElement   *cor_video_sink_get_element (CorVideoSink *self);
/* The newest frame as a texture; NULL before the first frame */
GdkTexture   *cor_video_sink_get_texture (CorVideoSink *self);
/* Forgets the shown frame (a new clip is being opened) */
void          cor_video_sink_clear       (CorVideoSink *self);

G_END_DECLS
