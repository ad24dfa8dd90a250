/* cor-timeline-layout.h — the timeline's geometry as plain functions, testable without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline shows a time ruler, a waveform strip and one lane per kind of observation.
 * Its time area starts at x0 (right of the lane names): x = x0 + (ns - start_ns) / ns_per_px.
 * Observations are CorTimelineSpans kept in the order of the store's model (start time, then id),
 * so the spans overlapping a time range are found by binary search on the start time, widened by
 * the longest range (max_length_ns).
 *
 * Spans of one lane that overlap are stacked into sub-rows (cor_timeline_assign_rows()): a lane
 * is as many rows tall as it needs, each row lane_h pixels, and drawing, hit-testing and the
 * keyboard all read the span's row from the same assignment.
 */
#pragma once

#include <glib.h>

#include "cor-store-types.h"

G_BEGIN_DECLS

#define COR_TIMELINE_N_LANES 4

/* The most sub-rows a lane grows to. A lane that would need more at the current zoom (dozens of
 * points at a wide zoom, a pile of observations on one phrase) is drawn in a single row instead,
 * its spans over each other as before stacking (the later start wins the hit-test, an earlier
 * one stays reachable by its edges and by the keyboard): four rows of a crowd are no easier to
 * read than one, and a lane that grows for every crowd costs every frame (bench-timeline:
 * 10,000 observations at the whole-clip zoom took 9.5 ms a frame with four rows a lane, 3.8 ms
 * in one). Zooming in spreads the spans apart and the lane stacks again. */
#define COR_TIMELINE_MAX_ROWS 4

/* The width in pixels a point occupies when rows are assigned (its marker and a gap): points
 * closer than this at the current zoom go into different rows */
#define COR_TIMELINE_POINT_PX 14.0

/* The visible window of time */
typedef struct
{
  gint64 start_ns;   /* time at x0 */
  double ns_per_px;  /* zoom: nanoseconds a pixel, > 0 */
  double x0;         /* left edge of the time area */
  double width;      /* width of the time area in pixels */
} CorTimelineView;

/* Heights of the strips from the top, and the width of the lane names */
typedef struct
{
  double header_w;
  double ruler_h;
  double wave_h;     /* 0 without a waveform */
  double lane_h;     /* the height of one row of a lane */
  guint  n_rows[COR_TIMELINE_N_LANES];  /* rows of each lane; 0 counts as 1 */
} CorTimelineGeometry;

/* One observation as the timeline sees it */
typedef struct
{
  gint64   id;
  gint64   start_ns;
  gint64   end_ns;   /* -1: a point */
  int      lane;     /* cor_timeline_lane_for_kind() */
  int      row;      /* the sub-row in its lane: cor_timeline_assign_rows() */
  gpointer data;     /* the caller's */
} CorTimelineSpan;

typedef enum
{
  COR_TIMELINE_PART_NONE,
  COR_TIMELINE_PART_POINT,  /* a point's marker */
  COR_TIMELINE_PART_BODY,   /* inside a range */
  COR_TIMELINE_PART_START,  /* a range's left edge */
  COR_TIMELINE_PART_END,    /* a range's right edge */
} CorTimelinePart;

typedef enum
{
  COR_TIMELINE_LABEL_HIDE,  /* no room: draw no label */
  COR_TIMELINE_LABEL_FULL,  /* the whole label fits */
  COR_TIMELINE_LABEL_ELIDE, /* ellipsize it to the room */
} CorTimelineLabelFit;

/* Ruler ticks: a labelled major tick every major_ns (or every major_frames frames when that
 * is > 0; frame ticks sit on cor_time_frame_to_ns() of multiples of major_frames), with
 * n_minor minor intervals between two majors (0 or 1: no minor ticks). */
typedef struct
{
  gint64 major_ns;
  gint64 major_frames;
  guint  n_minor;
} CorTimelineTicks;

/* Mapping */
double           cor_timeline_time_to_x        (const CorTimelineView *view,
                                                gint64                 ns);
/* Rounded to the nearest nanosecond */
gint64           cor_timeline_x_to_time        (const CorTimelineView *view,
                                                double                 x);
gint64           cor_timeline_view_end_ns      (const CorTimelineView *view);

/* Zoom limits: the deepest zoom shows two frames in 100 px (20 ms in 100 px without a frame
 * rate); the widest shows the whole clip in the width (or the deepest zoom, if wider). */
double           cor_timeline_min_ns_per_px    (int                    fps_n,
                                                int                    fps_d);
double           cor_timeline_fit_ns_per_px    (gint64                 duration_ns,
                                                double                 width,
                                                int                    fps_n,
                                                int                    fps_d);
/* Clamps the zoom to the limits and the start to [0, duration - visible] */
void             cor_timeline_view_clamp       (CorTimelineView       *view,
                                                gint64                 duration_ns,
                                                int                    fps_n,
                                                int                    fps_d);
/* Multiplies the zoom by @factor (> 1 zooms out) keeping the time under @x where it is, then
 * clamps */
void             cor_timeline_view_zoom_at     (CorTimelineView       *view,
                                                double                 x,
                                                double                 factor,
                                                gint64                 duration_ns,
                                                int                    fps_n,
                                                int                    fps_d);

/* The tick spacing for a zoom: the smallest step (1, 2, 5, 10 frames; 100, 200, 500 ms;
 * 1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min; whole hours) at least @min_label_px wide.
 * Without a frame rate (fps_n <= 0) the first steps are 1, 2, 5, 10, 20, 50 ms. */
CorTimelineTicks cor_timeline_choose_ticks     (double                 ns_per_px,
                                                int                    fps_n,
                                                int                    fps_d,
                                                double                 min_label_px);
/* The label of a major tick at @ns: cor_time_format() without the hours when the clip is
 * shorter than an hour, and with only as many decimals as the step needs
 * ("00:05", "00:05.5", "00:05.033", "1:00:00"...) */
char            *cor_timeline_format_tick      (gint64                 ns,
                                                const CorTimelineTicks *ticks,
                                                gint64                 duration_ns);

/* Lanes: language heard 0, uniform/equipment 1, location 2, note 3; -1 for another kind */
int              cor_timeline_lane_for_kind    (CorAnnotationKind      kind);
CorAnnotationKind cor_timeline_kind_for_lane   (int                    lane);
/* The rows of @lane, 1 to COR_TIMELINE_MAX_ROWS */
guint            cor_timeline_lane_rows        (const CorTimelineGeometry *geometry,
                                                int                    lane);
/* All the lanes' rows */
guint            cor_timeline_total_rows       (const CorTimelineGeometry *geometry);
double           cor_timeline_lane_top         (const CorTimelineGeometry *geometry,
                                                int                    lane);
/* Rows * lane_h */
double           cor_timeline_lane_height      (const CorTimelineGeometry *geometry,
                                                int                    lane);
double           cor_timeline_row_top          (const CorTimelineGeometry *geometry,
                                                int                    lane,
                                                int                    row);
/* The lane under @y, or -1 (ruler, waveform, below the lanes) */
int              cor_timeline_lane_at_y        (const CorTimelineGeometry *geometry,
                                                double                 y);
/* The lane under @y and, when it is not -1, the row in it under @y in *@out_row */
int              cor_timeline_lane_row_at_y    (const CorTimelineGeometry *geometry,
                                                double                 y,
                                                int                   *out_row);
double           cor_timeline_total_height     (const CorTimelineGeometry *geometry);

/* Interval partitioning: sets the row of each of @spans (sorted by start), the first row of its
 * lane where it overlaps nothing at the zoom @ns_per_px. A range occupies its time (at least a
 * pixel), a point COR_TIMELINE_POINT_PX centred on its time; touching spans share a row. A span
 * that finds none of COR_TIMELINE_MAX_ROWS rows free goes into the last. @out_n_rows (an array of
 * COR_TIMELINE_N_LANES) receives the rows each lane needs (1 for an empty lane). Spans of no
 * lane (-1) get row 0. */
void             cor_timeline_assign_rows      (CorTimelineSpan       *spans,
                                                guint                  n_spans,
                                                double                 ns_per_px,
                                                guint                 *out_n_rows);

/* Frame snapping: the start of the frame that covers @ns (a millisecond without a frame rate) */
gint64           cor_timeline_snap             (gint64                 ns,
                                                int                    fps_n,
                                                int                    fps_d);

/* Candidates for [@from_ns, @to_ns] in @spans (sorted by start): the indexes [*out_first,
 * *out_last) of the spans whose start lies in [from - max_length, to]. Every span overlapping
 * the range is among them; callers check the end. */
void             cor_timeline_visible_range    (const CorTimelineSpan *spans,
                                                guint                  n_spans,
                                                gint64                 max_length_ns,
                                                gint64                 from_ns,
                                                gint64                 to_ns,
                                                guint                 *out_first,
                                                guint                 *out_last);

/* What is under @x in @row of @lane: a point's marker or a range's edge within @tolerance_px
 * (the nearest wins; inside a narrow range an edge zone is at most a third of its width), else
 * the body of a range containing @x (the last drawn, i.e. the latest start, wins). */
CorTimelinePart  cor_timeline_hit_test         (const CorTimelineView *view,
                                                const CorTimelineSpan *spans,
                                                guint                  n_spans,
                                                gint64                 max_length_ns,
                                                int                    lane,
                                                int                    row,
                                                double                 x,
                                                double                 tolerance_px,
                                                guint                 *out_index);

/* The result of dragging @part of a span by @delta_ns: snapped to frames, clamped to
 * [0, @duration_ns]; a range keeps at least one frame (its end stays after its start), a moved
 * range keeps its length. Returns whether anything changed. */
gboolean         cor_timeline_drag_result      (CorTimelinePart        part,
                                                gint64                 start_ns,
                                                gint64                 end_ns,
                                                gint64                 delta_ns,
                                                gint64                 duration_ns,
                                                int                    fps_n,
                                                int                    fps_d,
                                                gint64                *out_start_ns,
                                                gint64                *out_end_ns);

/* Room in pixels for a span's label: the visible part of a bar less @padding_px on each side;
 * after a point's marker (at + @padding_px), up to the next span in its row (@next_start_ns,
 * -1 for none) or the view's right edge, at most @max_px. */
double           cor_timeline_label_room       (const CorTimelineView *view,
                                                const CorTimelineSpan *span,
                                                gint64                 next_start_ns,
                                                double                 padding_px,
                                                double                 max_px);
/* Whether a label @natural_px wide fits @room_px; below @min_px it is hidden */
CorTimelineLabelFit cor_timeline_label_fit     (double                 natural_px,
                                                double                 room_px,
                                                double                 min_px);

/* Keyboard moves within a lane. Each returns an index into @spans or -1.
 * The next (@direction > 0) or previous span of @lane after/before index @current (-1: from
 * the time @ns, the first span starting at/after it going forward, before it going back). */
int              cor_timeline_step_in_lane     (const CorTimelineSpan *spans,
                                                guint                  n_spans,
                                                int                    lane,
                                                int                    current,
                                                gint64                 ns,
                                                int                    direction);
/* The span of @lane (in @row, or in any row when @row is -1) whose start is nearest @ns */
int              cor_timeline_nearest_in_lane  (const CorTimelineSpan *spans,
                                                guint                  n_spans,
                                                int                    lane,
                                                int                    row,
                                                gint64                 ns);
/* The first (@last FALSE) or last span of @lane */
int              cor_timeline_end_of_lane      (const CorTimelineSpan *spans,
                                                guint                  n_spans,
                                                int                    lane,
                                                gboolean               last);

/* For assistive technology: "Language heard at 00:00:05.000: ko · 힘들다야",
 * "Location from 00:00:01.000 to 00:00:04.000: Sergeevka" */
char            *cor_timeline_describe         (CorAnnotationKind      kind,
                                                gint64                 start_ns,
                                                gint64                 end_ns,
                                                const char            *summary);

G_END_DECLS
