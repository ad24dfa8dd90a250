/* test-timeline-layout.c — the timeline's geometry without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "timeline-test-view.h"

static void
test_mapping_round_trip (void)
{
  const double zooms[] = { 333667.0 / 50, 1e5, 1e6, 12345678.9, 1e9 };

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      CorTimelineView view = make_view (7 * S + 3, zooms[z]);

      g_assert_cmpfloat_with_epsilon (cor_timeline_time_to_x (&view, view.start_ns), 120, 1e-9);
      for (double x = 120; x <= 920; x += 37.5)
        {
          gint64 ns = cor_timeline_x_to_time (&view, x);

          g_assert_cmpfloat_with_epsilon (cor_timeline_time_to_x (&view, ns), x,
                                          1.0 / zooms[z] + 1e-9);
        }
      g_assert_cmpint (cor_timeline_view_end_ns (&view), ==,
                       view.start_ns + (gint64) (800 * zooms[z] + 0.5));
    }
}

static void
test_zoom_limits (void)
{
  CorTimelineView view = make_view (0, 1);
  gint64 duration = 60 * S;
  double min = cor_timeline_min_ns_per_px (30, 1);

  /* two frames in 100 px at 30 fps */
  g_assert_cmpfloat_with_epsilon (min, 2.0 * S / 30 / 100, 1);
  g_assert_cmpfloat_with_epsilon (cor_timeline_min_ns_per_px (0, 1), 20.0 * MS / 100, 1);
  g_assert_cmpfloat_with_epsilon (cor_timeline_fit_ns_per_px (duration, 800, 30, 1),
                                  duration / 800.0, 1e-6);
  /* a clip shorter than the deepest zoom fits at the deepest zoom */
  g_assert_cmpfloat (cor_timeline_fit_ns_per_px (10 * MS, 800, 30, 1), ==, min);

  cor_timeline_view_clamp (&view, duration, 30, 1);
  g_assert_cmpfloat (view.ns_per_px, ==, min);

  view.ns_per_px = 1e12;
  view.start_ns = 5 * S;
  cor_timeline_view_clamp (&view, duration, 30, 1);
  g_assert_cmpfloat_with_epsilon (view.ns_per_px, duration / 800.0, 1e-6);
  g_assert_cmpint (view.start_ns, ==, 0);

  /* scrolled past the end: pulled back so the view ends at the clip's end */
  view.ns_per_px = 10 * MS;
  view.start_ns = 59 * S;
  cor_timeline_view_clamp (&view, duration, 30, 1);
  g_assert_cmpint (view.start_ns, ==, duration - 8 * S);
  view.start_ns = -S;
  cor_timeline_view_clamp (&view, duration, 30, 1);
  g_assert_cmpint (view.start_ns, ==, 0);
}

static void
test_zoom_at_keeps_anchor (void)
{
  CorTimelineView view = make_view (10 * S, 10 * MS);
  gint64 duration = 600 * S;
  double x = 520;
  gint64 anchor = cor_timeline_x_to_time (&view, x);

  cor_timeline_view_zoom_at (&view, x, 0.5, duration, 25, 1);
  g_assert_cmpfloat_with_epsilon (view.ns_per_px, 5 * MS, 1e-6);
  g_assert_cmpint (ABS (cor_timeline_x_to_time (&view, x) - anchor), <=, 1);

  cor_timeline_view_zoom_at (&view, x, 4.0, duration, 25, 1);
  g_assert_cmpint (ABS (cor_timeline_x_to_time (&view, x) - anchor), <=, 1);

  /* zooming far out near the start clamps the start to 0 */
  cor_timeline_view_zoom_at (&view, x, 1000.0, duration, 25, 1);
  g_assert_cmpint (view.start_ns, ==, 0);
  g_assert_cmpfloat_with_epsilon (view.ns_per_px, duration / 800.0, 1e-6);
}

static void
test_ticks (void)
{
  struct {
    double ns_per_px;
    int    fps_n, fps_d;
    gint64 major_ns;
    gint64 major_frames;
  } cases[] = {
    /* deepest zoom at 30 fps (2 frames in 100 px): a frame is 50 px, under 90 */
    { 2.0 * S / 30 / 100, 30, 1, 66666666, 2 },
    { S / 30.0 / 40, 30, 1, 166666666, 5 },
    { S / 30.0 / 95, 30, 1, 33333333, 1 },
    { S / 30.0 / 20, 30, 1, 166666666, 5 },
    { S / 30.0 / 10, 30, 1, 333333333, 10 },
    { 5 * MS, 30, 1, 500 * MS, 0 },
    { 10 * MS, 30, 1, S, 0 },
    { 100 * MS, 25, 1, 10 * S, 0 },
    { 150 * MS, 25, 1, 15 * S, 0 },
    { S, 25, 1, 2 * 60 * S, 0 },
    { 3 * S, 25, 1, 5 * 60 * S, 0 },
    { 30 * S, 25, 1, 3600 * S, 0 },
    { 80 * S, 25, 1, 2 * 3600 * S, 0 },
    /* 30000/1001: ten frames are 333.667 ms */
    { S * 1001.0 / 30000 / 10, 30000, 1001, 333666666, 10 },
    /* no frame rate: milliseconds first */
    { 0.01 * MS, 0, 1, MS, 0 },
    { 0.1 * MS, 0, 1, 10 * MS, 0 },
    { 0.5 * MS, 0, 1, 50 * MS, 0 },
    { 1 * MS, 0, 1, 100 * MS, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CorTimelineTicks ticks = cor_timeline_choose_ticks (cases[i].ns_per_px, cases[i].fps_n,
                                                          cases[i].fps_d, 90);

      g_test_message ("case %u: %" G_GINT64_FORMAT, i, ticks.major_ns);
      g_assert_cmpint (ticks.major_ns, ==, cases[i].major_ns);
      g_assert_cmpint (ticks.major_frames, ==, cases[i].major_frames);
      /* never closer than the label width */
      g_assert_cmpfloat (ticks.major_ns / cases[i].ns_per_px, >=, 90 - 1e-6);
    }

  /* at every zoom the step is the smallest that fits: half of it would not */
  for (double z = 1e4; z < 1e11; z *= 1.37)
    {
      CorTimelineTicks ticks = cor_timeline_choose_ticks (z, 25, 1, 90);

      g_assert_cmpfloat (ticks.major_ns / z, >=, 90 - 1e-6);
      if (ticks.major_ns > 40 * MS && ticks.major_ns <= 3600 * S)
        g_assert_cmpfloat (ticks.major_ns / z, <, 90 * 3.01);
      g_assert_cmpuint (ticks.n_minor, <=, 10);
    }
}

static void
test_tick_labels (void)
{
  CorTimelineTicks seconds = { 5 * S, 0, 5 };
  CorTimelineTicks tenths = { 500 * MS, 0, 5 };
  CorTimelineTicks hundredths = { 20 * MS, 0, 4 };
  CorTimelineTicks frames = { 33333333, 1, 0 };
  CorTimelineTicks hours = { 3600 * S, 0, 4 };
  struct {
    gint64                  ns;
    const CorTimelineTicks *ticks;
    gint64                  duration;
    const char             *label;
  } cases[] = {
    { 65 * S, &seconds, 120 * S, "01:05" },
    { 65 * S, &seconds, 7200 * S, "0:01:05" },
    { 5500 * MS, &tenths, 60 * S, "00:05.5" },
    { 5000 * MS, &tenths, 60 * S, "00:05.0" },
    { 5040 * MS, &hundredths, 60 * S, "00:05.04" },
    { 33333333, &frames, 60 * S, "00:00.033" },
    { 3600 * S, &hours, 3 * 3600 * S, "1:00:00" },
    { 36000 * S, &hours, 40000 * S, "10:00:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = cor_timeline_format_tick (cases[i].ns, cases[i].ticks,
                                                         cases[i].duration);

      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

static void
test_lanes (void)
{
  CorTimelineGeometry geometry = { 132, 24, 36, 30, { 1, 1, 1, 1 } };

  g_assert_cmpint (cor_timeline_lane_for_kind (COR_ANNOTATION_KIND_LANGUAGE), ==, 0);
  g_assert_cmpint (cor_timeline_lane_for_kind (COR_ANNOTATION_KIND_UNIFORM), ==, 1);
  g_assert_cmpint (cor_timeline_lane_for_kind (COR_ANNOTATION_KIND_LOCATION), ==, 2);
  g_assert_cmpint (cor_timeline_lane_for_kind (COR_ANNOTATION_KIND_NOTE), ==, 3);
  g_assert_cmpint (cor_timeline_lane_for_kind (0), ==, -1);
  for (int lane = 0; lane < COR_TIMELINE_N_LANES; lane++)
    g_assert_cmpint (cor_timeline_lane_for_kind (cor_timeline_kind_for_lane (lane)), ==, lane);

  g_assert_cmpfloat (cor_timeline_lane_top (&geometry, 0), ==, 60);
  g_assert_cmpfloat (cor_timeline_lane_top (&geometry, 2), ==, 120);
  g_assert_cmpfloat (cor_timeline_total_height (&geometry), ==, 180);
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 10), ==, -1);    /* ruler */
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 40), ==, -1);    /* waveform */
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 60), ==, 0);
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 89.9), ==, 0);
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 90), ==, 1);
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 179), ==, 3);
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 180), ==, -1);   /* below */
}

/* Spans sorted by start: a point at 1 s (lane 0), a range 2–4 s (lane 0), a point at 2.5 s
 * (lane 1), a range 3–3.2 s (lane 0), a range 10–50 s (lane 2), a point at 60 s (lane 3), all in
 * row 0 (as when a lane has run out of rows: cor_timeline_assign_rows() is not applied) */
static const CorTimelineSpan spans[] = {
  { 1, 1 * S, -1, 0, 0, NULL },
  { 2, 2 * S, 4 * S, 0, 0, NULL },
  { 3, 2500 * MS, -1, 1, 0, NULL },
  { 4, 3 * S, 3200 * MS, 0, 0, NULL },
  { 5, 10 * S, 50 * S, 2, 0, NULL },
  { 6, 60 * S, -1, 3, 0, NULL },
};
#define MAX_LENGTH (40 * S)

static void
test_visible_range (void)
{
  guint first, last;

  /* 20–30 s: only the long range 10–50 s overlaps; it must be a candidate */
  cor_timeline_visible_range (spans, G_N_ELEMENTS (spans), MAX_LENGTH, 20 * S, 30 * S,
                              &first, &last);
  g_assert_cmpuint (first, <=, 4);
  g_assert_cmpuint (last, ==, 5);

  /* without the widening the long range would be missed */
  cor_timeline_visible_range (spans, G_N_ELEMENTS (spans), 0, 20 * S, 30 * S, &first, &last);
  g_assert_cmpuint (first, ==, 5);
  g_assert_cmpuint (last, ==, 5);

  /* exact bounds are inclusive on both ends of the start */
  cor_timeline_visible_range (spans, G_N_ELEMENTS (spans), 0, 2500 * MS, 3 * S, &first, &last);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (last, ==, 4);

  cor_timeline_visible_range (spans, G_N_ELEMENTS (spans), 0, 61 * S, 70 * S, &first, &last);
  g_assert_cmpuint (first, ==, 6);
  g_assert_cmpuint (last, ==, 6);

  cor_timeline_visible_range (spans, 0, 0, 0, 70 * S, &first, &last);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (last, ==, 0);

  /* a large sorted array agrees with a linear scan */
  {
    g_autofree CorTimelineSpan *many = g_new0 (CorTimelineSpan, 10000);
    GRand *rand = g_rand_new_with_seed (4);

    for (guint i = 0; i < 10000; i++)
      {
        many[i].id = i + 1;
        many[i].start_ns = (gint64) i * 60 * MS + g_rand_int_range (rand, 0, 59) * MS;
        many[i].end_ns = (i % 3) ? -1 : many[i].start_ns + g_rand_int_range (rand, 1, 5000) * MS;
        many[i].lane = i % 4;
      }
    for (guint round = 0; round < 200; round++)
      {
        gint64 from = g_rand_int_range (rand, 0, 600000) * MS;
        gint64 to = from + g_rand_int_range (rand, 1, 20000) * MS;
        guint expect = 0;

        cor_timeline_visible_range (many, 10000, 5000 * MS, from, to, &first, &last);
        for (guint i = 0; i < 10000; i++)
          {
            gint64 end = many[i].end_ns < 0 ? many[i].start_ns : many[i].end_ns;
            gboolean overlaps = many[i].start_ns <= to && end >= from;

            if (overlaps)
              {
                g_assert_cmpuint (i, >=, first);
                g_assert_cmpuint (i, <, last);
                expect++;
              }
          }
        g_assert_cmpuint (last - first, >=, expect);
      }
    g_rand_free (rand);
  }
}

static void
test_hit_testing (void)
{
  /* 10 ms a pixel from 0: 1 s is x = 220 */
  CorTimelineView view = make_view (0, 10 * MS);
  guint index = 99;

#define HIT(lane, x) cor_timeline_hit_test (&view, spans, G_N_ELEMENTS (spans), MAX_LENGTH, \
                                            (lane), 0, (x), 5, &index)

  /* the point at 1 s, exactly and within the tolerance, but not beyond */
  g_assert_cmpint (HIT (0, 220), ==, COR_TIMELINE_PART_POINT);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpint (HIT (0, 224.5), ==, COR_TIMELINE_PART_POINT);
  g_assert_cmpint (HIT (0, 215.5), ==, COR_TIMELINE_PART_POINT);
  g_assert_cmpint (HIT (0, 226), ==, COR_TIMELINE_PART_NONE);
  /* another lane at the same x: nothing */
  g_assert_cmpint (HIT (1, 220), ==, COR_TIMELINE_PART_NONE);

  /* range 2–4 s: x 320–520; edges within 5 px, body between */
  g_assert_cmpint (HIT (0, 318), ==, COR_TIMELINE_PART_START);
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpint (HIT (0, 324), ==, COR_TIMELINE_PART_START);
  g_assert_cmpint (HIT (0, 326), ==, COR_TIMELINE_PART_BODY);
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpint (HIT (0, 516), ==, COR_TIMELINE_PART_END);
  g_assert_cmpint (HIT (0, 525), ==, COR_TIMELINE_PART_END);
  g_assert_cmpint (HIT (0, 526), ==, COR_TIMELINE_PART_NONE);

  /* range 3–3.2 s (x 420–440) lies on the body of 2–4 s: its edges win, and its middle is its
   * body (drawn later, on top); edge zones shrink to a third of 20 px */
  g_assert_cmpint (HIT (0, 421), ==, COR_TIMELINE_PART_START);
  g_assert_cmpuint (index, ==, 3);
  g_assert_cmpint (HIT (0, 430), ==, COR_TIMELINE_PART_BODY);
  g_assert_cmpuint (index, ==, 3);
  g_assert_cmpint (HIT (0, 439), ==, COR_TIMELINE_PART_END);
  g_assert_cmpuint (index, ==, 3);

  /* the point at 2.5 s in lane 1 */
  g_assert_cmpint (HIT (1, 372), ==, COR_TIMELINE_PART_POINT);
  g_assert_cmpuint (index, ==, 2);

  /* the long range, hit far from its start (found through max_length) */
  g_assert_cmpint (HIT (2, 3120), ==, COR_TIMELINE_PART_BODY);
  g_assert_cmpuint (index, ==, 4);

  /* a tiny range (2 px): the nearer edge */
  {
    const CorTimelineSpan tiny[] = { { 7, 1 * S, 1 * S + 20 * MS, 0, 0, NULL } };

    g_assert_cmpint (cor_timeline_hit_test (&view, tiny, 1, 20 * MS, 0, 0, 219, 5, &index), ==,
                     COR_TIMELINE_PART_START);
    g_assert_cmpint (cor_timeline_hit_test (&view, tiny, 1, 20 * MS, 0, 0, 222.5, 5, &index), ==,
                     COR_TIMELINE_PART_END);
    /* another row of the lane: nothing */
    g_assert_cmpint (cor_timeline_hit_test (&view, tiny, 1, 20 * MS, 0, 1, 219, 5, &index), ==,
                     COR_TIMELINE_PART_NONE);
  }
#undef HIT
}

/* Rows: interval partitioning within a lane */

static void
test_drag (void)
{
  const gint64 frame = cor_time_frame_to_ns (1, 25, 1);   /* 40 ms */
  gint64 s, e;

  /* a point moves and snaps to the start of the frame under it */
  g_assert_true (cor_timeline_drag_result (COR_TIMELINE_PART_POINT, 1 * S, -1, 1234 * MS,
                                           10 * S, 25, 1, &s, &e));
  g_assert_cmpint (s, ==, 2200 * MS);
  g_assert_cmpint (e, ==, -1);
  /* clamped to [0, duration] */
  cor_timeline_drag_result (COR_TIMELINE_PART_POINT, 1 * S, -1, -5 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (s, ==, 0);
  cor_timeline_drag_result (COR_TIMELINE_PART_POINT, 1 * S, -1, 50 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (s, ==, 10 * S);
  /* a drag within the same frame changes nothing */
  g_assert_false (cor_timeline_drag_result (COR_TIMELINE_PART_POINT, 1 * S, -1, 10 * MS,
                                            10 * S, 25, 1, &s, &e));

  /* the start edge: snapped, never reaching the end (one frame before it at least) */
  cor_timeline_drag_result (COR_TIMELINE_PART_START, 2 * S, 4 * S, 555 * MS, 10 * S, 25, 1,
                            &s, &e);
  g_assert_cmpint (s, ==, 2520 * MS);
  g_assert_cmpint (e, ==, 4 * S);
  cor_timeline_drag_result (COR_TIMELINE_PART_START, 2 * S, 4 * S, 9 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (s, ==, 4 * S - frame);
  g_assert_cmpint (e, ==, 4 * S);
  cor_timeline_drag_result (COR_TIMELINE_PART_START, 2 * S, 4 * S, -9 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (s, ==, 0);

  /* the end edge: snapped, never before the start + one frame, never past the end */
  cor_timeline_drag_result (COR_TIMELINE_PART_END, 2 * S, 4 * S, 1019 * MS, 10 * S, 25, 1,
                            &s, &e);
  g_assert_cmpint (s, ==, 2 * S);
  g_assert_cmpint (e, ==, 5 * S);
  cor_timeline_drag_result (COR_TIMELINE_PART_END, 2 * S, 4 * S, -9 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (e, ==, 2 * S + frame);
  g_assert_cmpint (e, >, s);
  cor_timeline_drag_result (COR_TIMELINE_PART_END, 2 * S, 4 * S, 60 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (e, ==, 10 * S);

  /* the body keeps the length and stays inside the clip */
  cor_timeline_drag_result (COR_TIMELINE_PART_BODY, 2 * S, 4 * S, 1030 * MS, 10 * S, 25, 1,
                            &s, &e);
  g_assert_cmpint (s, ==, 3 * S);
  g_assert_cmpint (e, ==, 5 * S);
  cor_timeline_drag_result (COR_TIMELINE_PART_BODY, 2 * S, 4 * S, 60 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (s, ==, 8 * S);
  g_assert_cmpint (e, ==, 10 * S);
  cor_timeline_drag_result (COR_TIMELINE_PART_BODY, 2 * S, 4 * S, -60 * S, 10 * S, 25, 1, &s, &e);
  g_assert_cmpint (s, ==, 0);
  g_assert_cmpint (e, ==, 2 * S);

  /* NTSC rate: the result is a frame start */
  cor_timeline_drag_result (COR_TIMELINE_PART_POINT, 0, -1, 1234567890, 100 * S, 30000, 1001,
                            &s, &e);
  g_assert_cmpint (s, ==, cor_time_snap_to_frame (1234567890, 30000, 1001));
  g_assert_cmpint (cor_time_frame_to_ns (cor_time_ns_to_frame (s, 30000, 1001), 30000, 1001), ==,
                   s);

  /* no frame rate: milliseconds */
  cor_timeline_drag_result (COR_TIMELINE_PART_POINT, 0, -1, 1234567890, 100 * S, 0, 1, &s, &e);
  g_assert_cmpint (s, ==, 1234 * MS);

  /* any drag of any part keeps end > start and everything in [0, duration] */
  for (gint64 delta = -12 * S; delta <= 12 * S; delta += 77 * MS)
    for (CorTimelinePart part = COR_TIMELINE_PART_BODY; part <= COR_TIMELINE_PART_END; part++)
      {
        cor_timeline_drag_result (part, 2 * S, 4 * S, delta, 10 * S, 25, 1, &s, &e);
        g_assert_cmpint (s, >=, 0);
        g_assert_cmpint (e, <=, 10 * S);
        g_assert_cmpint (e, >, s);
        g_assert_cmpint (s % frame, ==, 0);
      }
}

static void
test_labels (void)
{
  CorTimelineView view = make_view (0, 10 * MS);
  CorTimelineSpan bar = { 1, 2 * S, 4 * S, 0, 0, NULL };        /* x 320–520 */
  CorTimelineSpan point = { 2, 1 * S, -1, 0, 0, NULL };         /* x 220 */
  CorTimelineSpan offscreen = { 3, -2 * S, 1 * S, 0, 0, NULL }; /* starts left of the view */

  g_assert_cmpfloat (cor_timeline_label_room (&view, &bar, -1, 4, 1000), ==, 192);
  g_assert_cmpfloat (cor_timeline_label_room (&view, &bar, -1, 4, 100), ==, 100);
  /* a point's label runs to the next span in its lane */
  g_assert_cmpfloat (cor_timeline_label_room (&view, &point, 2 * S, 4, 1000), ==, 92);
  /* or to the right edge */
  g_assert_cmpfloat (cor_timeline_label_room (&view, &point, -1, 4, 1000), ==, 920 - 224);
  /* a bar cut by the left edge labels its visible part */
  g_assert_cmpfloat (cor_timeline_label_room (&view, &offscreen, -1, 4, 1000), ==, 92);
  /* no room at all */
  point.start_ns = 1990 * MS;
  g_assert_cmpfloat (cor_timeline_label_room (&view, &point, 2 * S, 4, 1000), ==, 0);

  g_assert_cmpint (cor_timeline_label_fit (50, 100, 24), ==, COR_TIMELINE_LABEL_FULL);
  g_assert_cmpint (cor_timeline_label_fit (100, 100, 24), ==, COR_TIMELINE_LABEL_FULL);
  g_assert_cmpint (cor_timeline_label_fit (150, 100, 24), ==, COR_TIMELINE_LABEL_ELIDE);
  g_assert_cmpint (cor_timeline_label_fit (150, 20, 24), ==, COR_TIMELINE_LABEL_HIDE);
  g_assert_cmpint (cor_timeline_label_fit (0, 20, 24), ==, COR_TIMELINE_LABEL_HIDE);
}

static void
test_keyboard_moves (void)
{
  guint n = G_N_ELEMENTS (spans);

  /* lane 0 holds indexes 0, 1, 3 */
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 0, 0, 0, 1), ==, 1);
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 0, 1, 0, 1), ==, 3);
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 0, 3, 0, 1), ==, -1);
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 0, 3, 0, -1), ==, 1);
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 0, 0, 0, -1), ==, -1);
  /* without a selection: from the time given */
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 0, -1, 1500 * MS, 1), ==, 1);
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 0, -1, 1500 * MS, -1), ==, 0);
  g_assert_cmpint (cor_timeline_step_in_lane (spans, n, 3, -1, 0, 1), ==, 5);

  g_assert_cmpint (cor_timeline_nearest_in_lane (spans, n, 0, -1, 2400 * MS), ==, 1);
  g_assert_cmpint (cor_timeline_nearest_in_lane (spans, n, 0, -1, 2600 * MS), ==, 3);
  g_assert_cmpint (cor_timeline_nearest_in_lane (spans, n, 0, -1, 2900 * MS), ==, 3);
  g_assert_cmpint (cor_timeline_nearest_in_lane (spans, n, 0, -1, 0), ==, 0);
  g_assert_cmpint (cor_timeline_nearest_in_lane (spans, n, 0, -1, 99 * S), ==, 3);
  g_assert_cmpint (cor_timeline_nearest_in_lane (spans, n, 1, -1, 99 * S), ==, 2);
  g_assert_cmpint (cor_timeline_nearest_in_lane (spans, 0, 1, -1, 0), ==, -1);

  g_assert_cmpint (cor_timeline_end_of_lane (spans, n, 0, FALSE), ==, 0);
  g_assert_cmpint (cor_timeline_end_of_lane (spans, n, 0, TRUE), ==, 3);
  g_assert_cmpint (cor_timeline_end_of_lane (spans, n, 2, TRUE), ==, 4);
  g_assert_cmpint (cor_timeline_end_of_lane (spans, 4, 3, TRUE), ==, -1);
}

static void
test_describe (void)
{
  g_autofree char *point = cor_timeline_describe (COR_ANNOTATION_KIND_LANGUAGE, 5 * S, -1,
                                                  "ko · 힘들다야");
  g_autofree char *range = cor_timeline_describe (COR_ANNOTATION_KIND_LOCATION, 1 * S, 4 * S,
                                                  "Sergeevka");
  g_autofree char *bare = cor_timeline_describe (COR_ANNOTATION_KIND_NOTE, 0, -1, "");

  g_assert_cmpstr (point, ==, "Language heard at 00:00:05.000: ko · 힘들다야");
  g_assert_cmpstr (range, ==, "Location from 00:00:01.000 to 00:00:04.000: Sergeevka");
  g_assert_cmpstr (bare, ==, "Note at 00:00:00.000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/timeline-layout/mapping-round-trip", test_mapping_round_trip);
  g_test_add_func ("/ui/timeline-layout/zoom-limits", test_zoom_limits);
  g_test_add_func ("/ui/timeline-layout/zoom-at-keeps-anchor", test_zoom_at_keeps_anchor);
  g_test_add_func ("/ui/timeline-layout/ticks", test_ticks);
  g_test_add_func ("/ui/timeline-layout/tick-labels", test_tick_labels);
  g_test_add_func ("/ui/timeline-layout/lanes", test_lanes);
  g_test_add_func ("/ui/timeline-layout/visible-range", test_visible_range);
  g_test_add_func ("/ui/timeline-layout/hit-testing", test_hit_testing);
  g_test_add_func ("/ui/timeline-layout/drag", test_drag);
  g_test_add_func ("/ui/timeline-layout/labels", test_labels);
  g_test_add_func ("/ui/timeline-layout/keyboard-moves", test_keyboard_moves);
  g_test_add_func ("/ui/timeline-layout/describe", test_describe);

  return g_test_run ();
}
