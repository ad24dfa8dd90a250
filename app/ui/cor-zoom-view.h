/* cor-zoom-view.h — a paintable with digital zoom and pan, to read a sign in a frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+wheel zooms around the pointer, a drag pans, a double click activates
 * "player.fullscreen". Up to COR_ZOOM_MAX times the fitted size, at the source's full
 * resolution; above 2 screen pixels per source pixel the pixels are drawn as crisp squares.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COR_TYPE_ZOOM_VIEW (cor_zoom_view_get_type ())

G_DECLARE_FINAL_TYPE (CorZoomView, cor_zoom_view, COR, ZOOM_VIEW, GtkWidget)

/* Properties: "paintable" (GdkPaintable), "zoom" (double, 1 = fit) */
GtkWidget    *cor_zoom_view_new           (void);
void          cor_zoom_view_set_paintable (CorZoomView  *self,
                                           GdkPaintable *paintable);
GdkPaintable *cor_zoom_view_get_paintable (CorZoomView  *self);
double        cor_zoom_view_get_zoom      (CorZoomView  *self);
/* Multiplies the zoom by @factor around the widget's centre */
void          cor_zoom_view_zoom_by       (CorZoomView  *self,
                                           double        factor);
void          cor_zoom_view_reset         (CorZoomView  *self);

G_END_DECLS
