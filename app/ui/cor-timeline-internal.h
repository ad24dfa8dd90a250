/* cor-timeline-draw.h — CorTimeline's state, shared by its behaviour and its drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-timeline-private.h"

G_BEGIN_DECLS

/* What the timeline keeps of each observation (CorTimelineSpan.data) */
typedef struct
{
  CorAnnotation *annotation;
  char          *summary;
  PangoLayout   *layout;      /* made when first drawn */
  int            natural_w;   /* pixel width of the unelided label; -1 before layout */
  int            layout_w;    /* the width the layout is elided to; -1: not elided */
} CorTimelineItem;

/* A cached marker texture */
typedef struct
{
  double      half;
  int         scale;
  GdkRGBA     color;
  GdkTexture *texture;
} CorTimelineMarker;

struct _CorTimeline
{
  GtkWidget            parent_instance;

  CorStore            *store;
  CorUndoStack        *undo_stack;
  GListModel          *model;
  gulong               items_changed_id;
  gint64               clip_id;
  gint64               duration_ns;
  int                  fps_n;
  int                  fps_d;

  GArray              *spans;          /* CorTimelineSpan in model order */
  gint64               max_length_ns;  /* of the longest range */
  double               rows_ns_per_px; /* the zoom the spans' rows were assigned at */

  CorTimelineView      view;
  CorTimelineGeometry  geometry;
  gboolean             fitted;         /* keep the whole clip in view on resize */
  gboolean             defer_resize;   /* in size_allocate or snapshot: resize from an idle */
  guint                resize_idle_id;
  GtkAdjustment       *hadjustment;
  GtkWidget           *scrollbar;
  gboolean             syncing;

  gint64               position_ns;
  gint64               selected_id;
  int                  focus_lane;
  int                  focus_row;      /* in focus_lane */
  gint64               anchor_ns;      /* time kept by Up / Down moves; -1: none */

  CorWaveform         *waveform;
  float               *peak_mins;
  float               *peak_maxs;
  guint                n_peaks;

  /* pointer */
  double               pointer_x;
  double               drag_x;
  gboolean             scrubbing;
  gint64               drag_id;
  CorTimelinePart      drag_part;
  gboolean             drag_moved;
  gint64               drag_start_ns;
  gint64               drag_end_ns;
  gint64               preview_start_ns;
  gint64               preview_end_ns;

  PangoLayout         *lane_layouts[COR_TIMELINE_N_LANES];
  GPtrArray           *markers;        /* CorTimelineMarker */
  guint                n_drawn;
};

enum {
  COR_TIMELINE_SEEK,
  COR_TIMELINE_ACTIVATED,
  COR_TIMELINE_DELETE_REQUESTED,
  COR_TIMELINE_EDITED,
  COR_TIMELINE_N_SIGNALS
};

extern guint cor_timeline_signals[COR_TIMELINE_N_SIGNALS];

/* cor-timeline.c */
/* Clamps the view to the clip and the zoom limits, updates the scrollbar and the rows, and
 * redraws */
void            cor_timeline_clamp_view  (CorTimeline *self);

/* cor-timeline-model.c */
int             cor_timeline_find_span   (CorTimeline *self,
                                          gint64       id);
/* Assigns the spans' rows for the current zoom (when it changed since the last time, or when
 * @force: the spans changed) and queues a resize when a lane's row count changes */
void            cor_timeline_update_rows (CorTimeline *self,
                                          gboolean     force);
/* The clear function of self->spans: frees a span's CorTimelineItem */
void            cor_timeline_span_clear  (gpointer     data);
/* Sets the accessible description to the selected observation */
void            cor_timeline_update_description (CorTimeline *self);
/* Splices self->spans to follow self->model's "items-changed" */
void            cor_timeline_items_changed_cb   (GListModel  *model,
                                                 guint        position,
                                                 guint        removed,
                                                 guint        added,
                                                 CorTimeline *self);

/* cor-timeline-input.c */
gint64          cor_timeline_clamp_time  (CorTimeline *self,
                                          gint64       ns);
/* What is under (@x, @y); *out_index is set when something is */
CorTimelinePart cor_timeline_hit         (CorTimeline *self,
                                          double       x,
                                          double       y,
                                          int         *out_index);

/* cor-timeline-draw.c */
void            cor_timeline_draw        (GtkWidget   *widget,
                                          GtkSnapshot *snapshot);

G_END_DECLS
