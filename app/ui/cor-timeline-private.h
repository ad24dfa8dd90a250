/* cor-timeline-private.h — CorTimeline's pointer handling, for tests and the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The gesture callbacks call these with widget coordinates; tests call them directly to drive
 * the same code without synthesizing events.
 */
#pragma once

#include "cor-timeline.h"
#include "cor-timeline-layout.h"

G_BEGIN_DECLS

/* A button-1 press (n_press 2: double click) */
void     cor_timeline_press         (CorTimeline *self,
                                     double       x,
                                     double       y,
                                     int          n_press);
/* A drag that began at (@x, @y) */
void     cor_timeline_drag_begin    (CorTimeline *self,
                                     double       x,
                                     double       y);
/* The pointer is now @dx, @dy away from where the drag began */
void     cor_timeline_drag_update   (CorTimeline *self,
                                     double       dx,
                                     double       dy);
void     cor_timeline_drag_end      (CorTimeline *self,
                                     double       dx,
                                     double       dy);
/* A key press as the key controller sees it; returns whether it was handled */
gboolean cor_timeline_key           (CorTimeline     *self,
                                     guint            keyval,
                                     GdkModifierType  state);

/* What the accessible description says: the selected observation, or that there is none */
char    *cor_timeline_dup_description (CorTimeline *self);

/* The current mapping and geometry */
void     cor_timeline_get_layout    (CorTimeline         *self,
                                     CorTimelineView     *view,
                                     CorTimelineGeometry *geometry);
/* How many observations the timeline holds, and how many the last snapshot drew */
guint    cor_timeline_get_n_spans   (CorTimeline *self);
/* The lane and row the keyboard is on (where the focus ring is drawn) */
void     cor_timeline_get_focus     (CorTimeline *self,
                                     int         *lane,
                                     int         *row);
guint    cor_timeline_get_n_drawn   (CorTimeline *self);

G_END_DECLS
