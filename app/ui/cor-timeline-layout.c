/* cor-timeline-layout.c — the timeline's geometry as plain functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "cor-time.h"
#include "cor-timeline-layout.h"

#define NS_MS  COR_NS_PER_MS
#define NS_S   COR_NS_PER_SECOND
#define NS_MIN (60 * COR_NS_PER_SECOND)
#define NS_H   (3600 * COR_NS_PER_SECOND)

/* Steps of a second and more, with their minor subdivisions */
static const struct {
  gint64 step_ns;
  guint  n_minor;
} time_steps[] = {
  { 100 * NS_MS, 5 }, { 200 * NS_MS, 4 }, { 500 * NS_MS, 5 },
  { NS_S, 5 }, { 2 * NS_S, 4 }, { 5 * NS_S, 5 }, { 10 * NS_S, 5 }, { 15 * NS_S, 3 },
  { 30 * NS_S, 6 },
  { NS_MIN, 6 }, { 2 * NS_MIN, 4 }, { 5 * NS_MIN, 5 }, { 10 * NS_MIN, 5 }, { 15 * NS_MIN, 3 },
  { 30 * NS_MIN, 6 }, { NS_H, 4 },
};

static const struct {
  gint64 step_ns;
  guint  n_minor;
} ms_steps[] = {
  { NS_MS, 0 }, { 2 * NS_MS, 2 }, { 5 * NS_MS, 5 }, { 10 * NS_MS, 5 }, { 20 * NS_MS, 4 },
  { 50 * NS_MS, 5 },
};

static const guint frame_steps[] = { 1, 2, 5, 10 };

static const CorAnnotationKind lane_kinds[COR_TIMELINE_N_LANES] = {
  COR_ANNOTATION_KIND_LANGUAGE,
  COR_ANNOTATION_KIND_UNIFORM,
  COR_ANNOTATION_KIND_LOCATION,
  COR_ANNOTATION_KIND_NOTE,
};

static gboolean
has_rate (int fps_n,
          int fps_d)
{
  return fps_n > 0 && fps_d > 0;
}

/* Mapping */

double
cor_timeline_time_to_x (const CorTimelineView *view,
                        gint64                 ns)
{
  return view->x0 + (double) (ns - view->start_ns) / view->ns_per_px;
}

gint64
cor_timeline_x_to_time (const CorTimelineView *view,
                        double                 x)
{
  return view->start_ns + (gint64) llround ((x - view->x0) * view->ns_per_px);
}

gint64
cor_timeline_view_end_ns (const CorTimelineView *view)
{
  return view->start_ns + (gint64) llround (view->width * view->ns_per_px);
}

double
cor_timeline_min_ns_per_px (int fps_n,
                            int fps_d)
{
  if (!has_rate (fps_n, fps_d))
    return 20.0 * NS_MS / 100.0;

  return 2.0 * (double) NS_S * fps_d / fps_n / 100.0;
}

double
cor_timeline_fit_ns_per_px (gint64 duration_ns,
                            double width,
                            int    fps_n,
                            int    fps_d)
{
  double min = cor_timeline_min_ns_per_px (fps_n, fps_d);

  if (width < 1 || duration_ns <= 0)
    return min;

  return MAX (min, (double) duration_ns / width);
}

void
cor_timeline_view_clamp (CorTimelineView *view,
                         gint64           duration_ns,
                         int              fps_n,
                         int              fps_d)
{
  double min = cor_timeline_min_ns_per_px (fps_n, fps_d);
  double max = cor_timeline_fit_ns_per_px (duration_ns, view->width, fps_n, fps_d);
  gint64 last_start;

  if (!(view->ns_per_px >= min))
    view->ns_per_px = min;
  if (view->ns_per_px > max)
    view->ns_per_px = max;

  last_start = duration_ns - (gint64) llround (MAX (view->width, 0) * view->ns_per_px);
  if (view->start_ns > last_start)
    view->start_ns = last_start;
  if (view->start_ns < 0)
    view->start_ns = 0;
}

void
cor_timeline_view_zoom_at (CorTimelineView *view,
                           double           x,
                           double           factor,
                           gint64           duration_ns,
                           int              fps_n,
                           int              fps_d)
{
  gint64 anchor_ns = cor_timeline_x_to_time (view, x);

  view->ns_per_px *= factor;
  cor_timeline_view_clamp (view, duration_ns, fps_n, fps_d);
  view->start_ns = anchor_ns - (gint64) llround ((x - view->x0) * view->ns_per_px);
  cor_timeline_view_clamp (view, duration_ns, fps_n, fps_d);
}

/* Ticks */

CorTimelineTicks
cor_timeline_choose_ticks (double ns_per_px,
                           int    fps_n,
                           int    fps_d,
                           double min_label_px)
{
  CorTimelineTicks ticks = { 0, 0, 0 };
  double needed_ns = ns_per_px * min_label_px;
  gint64 ten_frames_ns = 0;

  if (has_rate (fps_n, fps_d))
    {
      for (guint i = 0; i < G_N_ELEMENTS (frame_steps); i++)
        {
          gint64 step_ns = cor_time_frame_to_ns (frame_steps[i], fps_n, fps_d);

          if (step_ns >= needed_ns)
            {
              ticks.major_ns = step_ns;
              ticks.major_frames = frame_steps[i];
              ticks.n_minor = frame_steps[i] > 1 ? frame_steps[i] : 0;
              return ticks;
            }
        }
      ten_frames_ns = cor_time_frame_to_ns (10, fps_n, fps_d);
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (ms_steps); i++)
        if (ms_steps[i].step_ns >= needed_ns)
          {
            ticks.major_ns = ms_steps[i].step_ns;
            ticks.n_minor = ms_steps[i].n_minor;
            return ticks;
          }
    }

  for (guint i = 0; i < G_N_ELEMENTS (time_steps); i++)
    if (time_steps[i].step_ns > ten_frames_ns && time_steps[i].step_ns >= needed_ns)
      {
        ticks.major_ns = time_steps[i].step_ns;
        ticks.n_minor = time_steps[i].n_minor;
        return ticks;
      }

  ticks.major_ns = NS_H * MAX (1, (gint64) ceil (needed_ns / (double) NS_H));
  ticks.n_minor = ticks.major_ns == NS_H ? 4 : 0;
  return ticks;
}

char *
cor_timeline_format_tick (gint64                  ns,
                          const CorTimelineTicks *ticks,
                          gint64                  duration_ns)
{
  g_autofree char *full = cor_time_format (ns);   /* HH:MM:SS.mmm */
  const char *text = full;
  char *dot;
  guint decimals;

  if (ticks->major_frames > 0)
    decimals = 3;
  else if (ticks->major_ns % NS_S == 0)
    decimals = 0;
  else if (ticks->major_ns % (100 * NS_MS) == 0)
    decimals = 1;
  else if (ticks->major_ns % (10 * NS_MS) == 0)
    decimals = 2;
  else
    decimals = 3;

  dot = strrchr (full, '.');
  if (dot != NULL)
    {
      if (decimals == 0)
        *dot = '\0';
      else if (strlen (dot + 1) > decimals)
        dot[1 + decimals] = '\0';
    }

  if (text[0] == '-')
    return g_strdup (text);

  if (MAX (duration_ns, ns) < NS_H && g_str_has_prefix (text, "00:"))
    text += 3;
  else if (text[0] == '0' && g_ascii_isdigit (text[1]))
    text += 1;   /* "1:00:00" rather than "01:00:00" */

  return g_strdup (text);
}

/* Lanes */

int
cor_timeline_lane_for_kind (CorAnnotationKind kind)
{
  for (int lane = 0; lane < COR_TIMELINE_N_LANES; lane++)
    if (lane_kinds[lane] == kind)
      return lane;

  return -1;
}

CorAnnotationKind
cor_timeline_kind_for_lane (int lane)
{
  g_return_val_if_fail (lane >= 0 && lane < COR_TIMELINE_N_LANES, COR_ANNOTATION_KIND_NOTE);

  return lane_kinds[lane];
}

guint
cor_timeline_lane_rows (const CorTimelineGeometry *geometry,
                        int                        lane)
{
  if (lane < 0 || lane >= COR_TIMELINE_N_LANES)
    return 1;

  return CLAMP (geometry->n_rows[lane], 1, COR_TIMELINE_MAX_ROWS);
}

guint
cor_timeline_total_rows (const CorTimelineGeometry *geometry)
{
  guint total = 0;

  for (int lane = 0; lane < COR_TIMELINE_N_LANES; lane++)
    total += cor_timeline_lane_rows (geometry, lane);

  return total;
}

double
cor_timeline_lane_height (const CorTimelineGeometry *geometry,
                          int                        lane)
{
  return cor_timeline_lane_rows (geometry, lane) * geometry->lane_h;
}

double
cor_timeline_lane_top (const CorTimelineGeometry *geometry,
                       int                        lane)
{
  double top = geometry->ruler_h + geometry->wave_h;

  for (int i = 0; i < lane && i < COR_TIMELINE_N_LANES; i++)
    top += cor_timeline_lane_height (geometry, i);

  return top;
}

double
cor_timeline_row_top (const CorTimelineGeometry *geometry,
                      int                        lane,
                      int                        row)
{
  return cor_timeline_lane_top (geometry, lane) + MAX (row, 0) * geometry->lane_h;
}

int
cor_timeline_lane_row_at_y (const CorTimelineGeometry *geometry,
                            double                     y,
                            int                       *out_row)
{
  double top = geometry->ruler_h + geometry->wave_h;

  if (y < top || geometry->lane_h <= 0)
    return -1;

  for (int lane = 0; lane < COR_TIMELINE_N_LANES; lane++)
    {
      guint rows = cor_timeline_lane_rows (geometry, lane);
      double bottom = top + rows * geometry->lane_h;

      if (y < bottom)
        {
          if (out_row != NULL)
            *out_row = MIN ((int) floor ((y - top) / geometry->lane_h), (int) rows - 1);
          return lane;
        }
      top = bottom;
    }

  return -1;
}

int
cor_timeline_lane_at_y (const CorTimelineGeometry *geometry,
                        double                     y)
{
  return cor_timeline_lane_row_at_y (geometry, y, NULL);
}

double
cor_timeline_total_height (const CorTimelineGeometry *geometry)
{
  return geometry->ruler_h + geometry->wave_h
         + cor_timeline_total_rows (geometry) * geometry->lane_h;
}

/* Rows */

void
cor_timeline_assign_rows (CorTimelineSpan *spans,
                          guint            n_spans,
                          double           ns_per_px,
                          guint           *out_n_rows)
{
  /* the end of what each row of each lane holds so far: a span starting at or after it fits */
  gint64 row_end[COR_TIMELINE_N_LANES][COR_TIMELINE_MAX_ROWS];
  guint used[COR_TIMELINE_N_LANES] = { 0 };
  gboolean crowded[COR_TIMELINE_N_LANES] = { FALSE };
  gint64 pixel_ns = MAX ((gint64) ceil (ns_per_px), 1);
  gint64 half_point_ns = MAX ((gint64) ceil (ns_per_px * COR_TIMELINE_POINT_PX / 2), 1);

  for (guint i = 0; i < n_spans; i++)
    {
      CorTimelineSpan *span = &spans[i];
      int lane = span->lane;
      gint64 from, to;
      guint row;

      span->row = 0;
      if (lane < 0 || lane >= COR_TIMELINE_N_LANES)
        continue;

      if (span->end_ns < 0)
        {
          from = span->start_ns - half_point_ns;
          to = span->start_ns + half_point_ns;
        }
      else
        {
          from = span->start_ns;
          to = MAX (span->end_ns, span->start_ns + pixel_ns);
        }

      for (row = 0; row < used[lane]; row++)
        if (row_end[lane][row] <= from)
          break;

      if (row == used[lane] && used[lane] < COR_TIMELINE_MAX_ROWS)
        {
          used[lane]++;
          row_end[lane][row] = to;
        }
      else if (row == used[lane])
        {
          /* no free row: the lane is drawn in one row (see COR_TIMELINE_MAX_ROWS) */
          crowded[lane] = TRUE;
          row = 0;
        }
      else
        row_end[lane][row] = to;

      span->row = (int) row;
    }

  for (guint i = 0; i < n_spans; i++)
    if (spans[i].lane >= 0 && spans[i].lane < COR_TIMELINE_N_LANES && crowded[spans[i].lane])
      spans[i].row = 0;

  for (int lane = 0; lane < COR_TIMELINE_N_LANES; lane++)
    out_n_rows[lane] = crowded[lane] ? 1 : MAX (used[lane], 1);
}

/* Snapping */

gint64
cor_timeline_snap (gint64 ns,
                   int    fps_n,
                   int    fps_d)
{
  if (!has_rate (fps_n, fps_d))
    return ns >= 0 ? ns / NS_MS * NS_MS : -((-ns + NS_MS - 1) / NS_MS) * NS_MS;

  return cor_time_snap_to_frame (ns, fps_n, fps_d);
}

/* The start of the frame after the one covering @ns */
static gint64
next_frame (gint64 ns,
            int    fps_n,
            int    fps_d)
{
  if (!has_rate (fps_n, fps_d))
    return cor_timeline_snap (ns, fps_n, fps_d) + NS_MS;

  return cor_time_frame_to_ns (cor_time_ns_to_frame (ns, fps_n, fps_d) + 1, fps_n, fps_d);
}

/* Visible range */

/* The first index whose start is >= @ns (or > @ns when @after) */
static guint
lower_bound (const CorTimelineSpan *spans,
             guint                  n_spans,
             gint64                 ns,
             gboolean               after)
{
  guint lo = 0, hi = n_spans;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gboolean before = after ? spans[mid].start_ns <= ns : spans[mid].start_ns < ns;

      if (before)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

void
cor_timeline_visible_range (const CorTimelineSpan *spans,
                            guint                  n_spans,
                            gint64                 max_length_ns,
                            gint64                 from_ns,
                            gint64                 to_ns,
                            guint                 *out_first,
                            guint                 *out_last)
{
  guint first = lower_bound (spans, n_spans, from_ns - MAX (max_length_ns, 0), FALSE);
  guint last = lower_bound (spans, n_spans, to_ns, TRUE);

  *out_first = first;
  *out_last = MAX (first, last);
}

/* Hit testing */

CorTimelinePart
cor_timeline_hit_test (const CorTimelineView *view,
                       const CorTimelineSpan *spans,
                       guint                  n_spans,
                       gint64                 max_length_ns,
                       int                    lane,
                       int                    row,
                       double                 x,
                       double                 tolerance_px,
                       guint                 *out_index)
{
  CorTimelinePart best_part = COR_TIMELINE_PART_NONE;
  double best_distance = G_MAXDOUBLE;
  guint best = 0;
  gboolean have_body = FALSE;
  guint body = 0;
  gint64 slack_ns = (gint64) ceil (tolerance_px * view->ns_per_px);
  gint64 at_ns = cor_timeline_x_to_time (view, x);
  guint first, last;

  cor_timeline_visible_range (spans, n_spans, max_length_ns, at_ns - slack_ns, at_ns + slack_ns,
                              &first, &last);

  for (guint i = first; i < last; i++)
    {
      const CorTimelineSpan *span = &spans[i];
      double xs, xe, inner, d;

      if (span->lane != lane || span->row != row)
        continue;

      xs = cor_timeline_time_to_x (view, span->start_ns);
      if (span->end_ns < 0)
        {
          d = fabs (x - xs);
          if (d <= tolerance_px && d <= best_distance)
            {
              best_distance = d;
              best_part = COR_TIMELINE_PART_POINT;
              best = i;
            }
          continue;
        }

      xe = cor_timeline_time_to_x (view, span->end_ns);
      inner = MIN (tolerance_px, (xe - xs) / 3.0);

      if (x >= xs - tolerance_px && x <= xs + inner)
        {
          d = fabs (x - xs);
          if (d <= best_distance)
            {
              best_distance = d;
              best_part = COR_TIMELINE_PART_START;
              best = i;
            }
        }
      if (x >= xe - inner && x <= xe + tolerance_px)
        {
          d = fabs (x - xe);
          if (d <= best_distance)
            {
              best_distance = d;
              best_part = COR_TIMELINE_PART_END;
              best = i;
            }
        }
      if (x > xs && x < xe)
        {
          have_body = TRUE;
          body = i;
        }
    }

  if (best_part != COR_TIMELINE_PART_NONE)
    {
      *out_index = best;
      return best_part;
    }
  if (have_body)
    {
      *out_index = body;
      return COR_TIMELINE_PART_BODY;
    }

  return COR_TIMELINE_PART_NONE;
}

/* Dragging */

gboolean
cor_timeline_drag_result (CorTimelinePart  part,
                          gint64           start_ns,
                          gint64           end_ns,
                          gint64           delta_ns,
                          gint64           duration_ns,
                          int              fps_n,
                          int              fps_d,
                          gint64          *out_start_ns,
                          gint64          *out_end_ns)
{
  gint64 start = start_ns, end = end_ns;

  duration_ns = MAX (duration_ns, 0);

  switch (part)
    {
    case COR_TIMELINE_PART_POINT:
      start = cor_timeline_snap (CLAMP (start_ns + delta_ns, 0, duration_ns), fps_n, fps_d);
      end = -1;
      break;

    case COR_TIMELINE_PART_BODY:
      {
        gint64 length = MAX (end_ns - start_ns, 0);
        gint64 last = MAX (duration_ns - length, 0);

        start = cor_timeline_snap (CLAMP (start_ns + delta_ns, 0, last), fps_n, fps_d);
        start = MAX (start, 0);
        end = start + length;
      }
      break;

    case COR_TIMELINE_PART_START:
      start = cor_timeline_snap (CLAMP (start_ns + delta_ns, 0, end_ns), fps_n, fps_d);
      if (start >= end_ns)
        start = cor_timeline_snap (end_ns - 1, fps_n, fps_d);
      start = MAX (start, 0);
      break;

    case COR_TIMELINE_PART_END:
      end = cor_timeline_snap (CLAMP (end_ns + delta_ns, start_ns, duration_ns), fps_n, fps_d);
      if (end <= start_ns)
        end = MIN (next_frame (start_ns, fps_n, fps_d), MAX (duration_ns, start_ns + 1));
      break;

    case COR_TIMELINE_PART_NONE:
    default:
      break;
    }

  *out_start_ns = start;
  *out_end_ns = end;

  return start != start_ns || end != end_ns;
}

/* Labels */

double
cor_timeline_label_room (const CorTimelineView *view,
                         const CorTimelineSpan *span,
                         gint64                 next_start_ns,
                         double                 padding_px,
                         double                 max_px)
{
  double right = view->x0 + view->width;
  double xs = cor_timeline_time_to_x (view, span->start_ns);
  double room;

  if (span->end_ns >= 0)
    {
      double xe = MIN (cor_timeline_time_to_x (view, span->end_ns), right);

      xs = MAX (xs, view->x0);
      room = xe - xs - 2 * padding_px;
    }
  else
    {
      double limit = right;

      if (next_start_ns >= 0)
        limit = MIN (limit, cor_timeline_time_to_x (view, next_start_ns) - padding_px);
      room = limit - (xs + padding_px);
    }

  return CLAMP (room, 0, max_px);
}

CorTimelineLabelFit
cor_timeline_label_fit (double natural_px,
                        double room_px,
                        double min_px)
{
  if (natural_px <= room_px)
    return natural_px > 0 ? COR_TIMELINE_LABEL_FULL : COR_TIMELINE_LABEL_HIDE;
  if (room_px < min_px)
    return COR_TIMELINE_LABEL_HIDE;

  return COR_TIMELINE_LABEL_ELIDE;
}

/* Keyboard */

static gboolean
in_place (const CorTimelineSpan *span,
          int                    lane,
          int                    row)
{
  return span->lane == lane && (row < 0 || span->row == row);
}

/* cor_timeline_step_in_lane() within @row (-1: any) */
static int
step_in_row (const CorTimelineSpan *spans,
             guint                  n_spans,
             int                    lane,
             int                    row,
             int                    current,
             gint64                 ns,
             int                    direction)
{
  int i;

  if (current < 0 || (guint) current >= n_spans)
    {
      i = (int) lower_bound (spans, n_spans, ns, FALSE);
      if (direction < 0)
        i--;
    }
  else
    i = current + (direction > 0 ? 1 : -1);

  for (; i >= 0 && (guint) i < n_spans; i += direction > 0 ? 1 : -1)
    if (in_place (&spans[i], lane, row))
      return i;

  return -1;
}

int
cor_timeline_step_in_lane (const CorTimelineSpan *spans,
                           guint                  n_spans,
                           int                    lane,
                           int                    current,
                           gint64                 ns,
                           int                    direction)
{
  return step_in_row (spans, n_spans, lane, -1, current, ns, direction);
}

int
cor_timeline_nearest_in_lane (const CorTimelineSpan *spans,
                              guint                  n_spans,
                              int                    lane,
                              int                    row,
                              gint64                 ns)
{
  guint middle = lower_bound (spans, n_spans, ns, FALSE);
  int after = step_in_row (spans, n_spans, lane, row, (int) middle - 1, ns, 1);
  int before = step_in_row (spans, n_spans, lane, row, (int) middle, ns, -1);

  if (after < 0)
    return before;
  if (before < 0)
    return after;

  /* ns lies between them: the nearer start wins, the later one on a tie */
  return (ns - spans[before].start_ns) < (spans[after].start_ns - ns) ? before : after;
}

int
cor_timeline_end_of_lane (const CorTimelineSpan *spans,
                          guint                  n_spans,
                          int                    lane,
                          gboolean               last)
{
  if (last)
    {
      for (guint i = n_spans; i > 0; i--)
        if (spans[i - 1].lane == lane)
          return (int) i - 1;
    }
  else
    {
      for (guint i = 0; i < n_spans; i++)
        if (spans[i].lane == lane)
          return (int) i;
    }

  return -1;
}

/* Accessibility */

char *
cor_timeline_describe (CorAnnotationKind  kind,
                       gint64             start_ns,
                       gint64             end_ns,
                       const char        *summary)
{
  g_autofree char *start = cor_time_format (start_ns);
  const char *label = cor_annotation_kind_to_label (kind);
  gboolean has_summary = summary != NULL && summary[0] != '\0';

  if (end_ns >= 0)
    {
      g_autofree char *end = cor_time_format (end_ns);

      if (has_summary)
        /* Translators: kind, start, end and summary of an observation */
        return g_strdup_printf (_("%s from %s to %s: %s"), label, start, end, summary);
      /* Translators: kind, start and end of an observation */
      return g_strdup_printf (_("%s from %s to %s"), label, start, end);
    }

  if (has_summary)
    /* Translators: kind, time and summary of an observation */
    return g_strdup_printf (_("%s at %s: %s"), label, start, summary);
  /* Translators: kind and time of an observation */
  return g_strdup_printf (_("%s at %s"), label, start);
}
