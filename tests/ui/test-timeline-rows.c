/* test-timeline-rows.c — overlapping observations of a lane stacked into sub-rows, without a
 * display: the assignment, the lane heights and hit-testing through the rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "timeline-test-view.h"

static gboolean
occupies_together (const CorTimelineSpan *a,
                   const CorTimelineSpan *b,
                   double                 ns_per_px)
{
  gint64 half = (gint64) (ns_per_px * COR_TIMELINE_POINT_PX / 2);
  gint64 a0 = a->end_ns < 0 ? a->start_ns - half : a->start_ns;
  gint64 a1 = a->end_ns < 0 ? a->start_ns + half : MAX (a->end_ns, a->start_ns + 1);
  gint64 b0 = b->end_ns < 0 ? b->start_ns - half : b->start_ns;
  gint64 b1 = b->end_ns < 0 ? b->start_ns + half : MAX (b->end_ns, b->start_ns + 1);

  return a0 < b1 && b0 < a1;
}

static void
test_rows_ranges (void)
{
  /* the demo's case: "ko" 5.000–5.971 and the counter-claim "ug" on the same phrase; a range
   * that starts as the first ends (touching: same row); one later on; a location alone */
  CorTimelineSpan row_spans[] = {
    { 1, 1 * S, 3 * S, 0, 7, NULL },
    { 2, 5 * S, 5971 * MS, 0, 7, NULL },
    { 3, 5 * S, 5971 * MS, 0, 7, NULL },
    { 4, 5971 * MS, 7 * S, 0, 7, NULL },
    { 5, 5500 * MS, 5600 * MS, 2, 7, NULL },
    { 6, 8 * S, 9 * S, 0, 7, NULL },
  };
  guint n_rows[COR_TIMELINE_N_LANES] = { 9, 9, 9, 9 };

  cor_timeline_assign_rows (row_spans, G_N_ELEMENTS (row_spans), 10 * MS, n_rows);

  g_assert_cmpint (row_spans[0].row, ==, 0);
  /* two overlapping spans: different rows */
  g_assert_cmpint (row_spans[1].row, ==, 0);
  g_assert_cmpint (row_spans[2].row, ==, 1);
  /* touching the first of them: back in the first row */
  g_assert_cmpint (row_spans[3].row, ==, 0);
  /* another lane has its own rows */
  g_assert_cmpint (row_spans[4].row, ==, 0);
  /* apart from everything: the first row */
  g_assert_cmpint (row_spans[5].row, ==, 0);

  g_assert_cmpuint (n_rows[0], ==, 2);
  g_assert_cmpuint (n_rows[1], ==, 1);   /* empty lanes keep one row */
  g_assert_cmpuint (n_rows[2], ==, 1);
  g_assert_cmpuint (n_rows[3], ==, 1);

  /* without the overlap everything shares one row */
  row_spans[2].start_ns = 6 * S;
  row_spans[2].end_ns = 6500 * MS;
  row_spans[3].start_ns = 6500 * MS;
  cor_timeline_assign_rows (row_spans, G_N_ELEMENTS (row_spans), 10 * MS, n_rows);
  for (guint i = 0; i < G_N_ELEMENTS (row_spans); i++)
    g_assert_cmpint (row_spans[i].row, ==, 0);
  g_assert_cmpuint (n_rows[0], ==, 1);

  /* a third span over two stacked ones takes the first row free at its start: here the first
   * (0–4 s ends before 5 s) */
  {
    CorTimelineSpan three[] = {
      { 1, 0, 4 * S, 1, 0, NULL },
      { 2, 1 * S, 9 * S, 1, 0, NULL },
      { 3, 2 * S, 3 * S, 1, 0, NULL },
      { 4, 5 * S, 6 * S, 1, 0, NULL },
    };

    cor_timeline_assign_rows (three, G_N_ELEMENTS (three), 10 * MS, n_rows);
    g_assert_cmpint (three[0].row, ==, 0);
    g_assert_cmpint (three[1].row, ==, 1);
    g_assert_cmpint (three[2].row, ==, 2);
    g_assert_cmpint (three[3].row, ==, 0);
    g_assert_cmpuint (n_rows[1], ==, 3);
  }
}

static void
test_rows_points (void)
{
  /* the demo's two notes at 0 s, a point at 1 s, a range from 1 s, a note point at 10 s */
  CorTimelineSpan points[] = {
    { 1, 0, -1, 3, 0, NULL },
    { 2, 0, -1, 3, 0, NULL },
    { 3, 1 * S, -1, 3, 0, NULL },
    { 4, 1 * S, 2 * S, 3, 0, NULL },
    { 5, 10 * S, -1, 3, 0, NULL },
  };
  guint n_rows[COR_TIMELINE_N_LANES];

  /* 10 ms a pixel: 1 s is 100 px, so only the points at the same time or the point on the
   * range's start meet */
  cor_timeline_assign_rows (points, G_N_ELEMENTS (points), 10 * MS, n_rows);
  g_assert_cmpint (points[0].row, ==, 0);
  g_assert_cmpint (points[1].row, ==, 1);
  g_assert_cmpint (points[2].row, ==, 0);
  g_assert_cmpint (points[3].row, ==, 1);   /* its start lies under the marker at 1 s */
  g_assert_cmpint (points[4].row, ==, 0);
  g_assert_cmpuint (n_rows[3], ==, 2);

  /* zoomed out to 100 ms a pixel, 0 s and 1 s are 10 px apart: closer than a marker, so the
   * point at 1 s goes below both; the range from 1 s clears the markers at 0 s (7 px wide
   * each side) and goes back to the first row */
  cor_timeline_assign_rows (points, G_N_ELEMENTS (points), 100 * MS, n_rows);
  g_assert_cmpint (points[0].row, ==, 0);
  g_assert_cmpint (points[1].row, ==, 1);
  g_assert_cmpint (points[2].row, ==, 2);
  g_assert_cmpint (points[3].row, ==, 0);
  g_assert_cmpint (points[4].row, ==, 0);
  g_assert_cmpuint (n_rows[3], ==, 3);

  /* points just far enough apart share a row; a pixel closer they do not */
  {
    double z = 10 * MS;
    gint64 apart = (gint64) ceil (COR_TIMELINE_POINT_PX * z) + 2;
    CorTimelineSpan pair[] = {
      { 1, 1 * S, -1, 1, 0, NULL },
      { 2, 1 * S + apart, -1, 1, 0, NULL },
    };

    cor_timeline_assign_rows (pair, 2, z, n_rows);
    g_assert_cmpint (pair[1].row, ==, 0);
    pair[1].start_ns = 1 * S + apart - (gint64) (3 * z);
    cor_timeline_assign_rows (pair, 2, z, n_rows);
    g_assert_cmpint (pair[1].row, ==, 1);
    g_assert_cmpuint (n_rows[1], ==, 2);
  }
}

static void
test_rows_cap (void)
{
  CorTimelineSpan pile[12];
  guint n_rows[COR_TIMELINE_N_LANES];
  guint per_row[COR_TIMELINE_MAX_ROWS] = { 0 };

  /* twelve ranges over the same second, each ending a little later than the one before */
  for (guint i = 0; i < G_N_ELEMENTS (pile); i++)
    pile[i] = (CorTimelineSpan) { i + 1, 1 * S + i * MS, 2 * S + i * 100 * MS, 2, 0, NULL };

  /* as many as the rows: stacked one a row */
  cor_timeline_assign_rows (pile, COR_TIMELINE_MAX_ROWS, 1 * MS, n_rows);
  g_assert_cmpuint (n_rows[2], ==, COR_TIMELINE_MAX_ROWS);
  for (guint i = 0; i < COR_TIMELINE_MAX_ROWS; i++)
    g_assert_cmpint (pile[i].row, ==, (int) i);

  /* one more than the rows: the crowded lane is drawn in one row, the others are not touched */
  pile[0].lane = 1;
  cor_timeline_assign_rows (pile, COR_TIMELINE_MAX_ROWS + 2, 1 * MS, n_rows);
  g_assert_cmpuint (n_rows[1], ==, 1);
  g_assert_cmpuint (n_rows[2], ==, 1);
  g_assert_cmpuint (n_rows[0], ==, 1);
  for (guint i = 0; i < COR_TIMELINE_MAX_ROWS + 2; i++)
    g_assert_cmpint (pile[i].row, ==, 0);
  pile[0].lane = 2;

  /* all twelve: one row */
  cor_timeline_assign_rows (pile, G_N_ELEMENTS (pile), 1 * MS, n_rows);
  g_assert_cmpuint (n_rows[2], ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (pile); i++)
    per_row[pile[i].row]++;
  g_assert_cmpuint (per_row[0], ==, G_N_ELEMENTS (pile));

  /* zoomed in, spread apart (each a tenth of the last, one after the other): stacked again */
  for (guint i = 0; i < G_N_ELEMENTS (pile); i++)
    {
      pile[i].start_ns = i * S;
      pile[i].end_ns = i * S + (i % 2 == 0 ? 1500 * MS : 500 * MS);
    }
  cor_timeline_assign_rows (pile, G_N_ELEMENTS (pile), 1 * MS, n_rows);
  g_assert_cmpuint (n_rows[2], ==, 2);

  /* a geometry never counts more rows than the cap, nor fewer than one */
  {
    CorTimelineGeometry geometry = { 100, 20, 0, 24, { 0, 99, 2, 1 } };

    g_assert_cmpuint (cor_timeline_lane_rows (&geometry, 0), ==, 1);
    g_assert_cmpuint (cor_timeline_lane_rows (&geometry, 1), ==, COR_TIMELINE_MAX_ROWS);
    g_assert_cmpuint (cor_timeline_total_rows (&geometry), ==, 1 + COR_TIMELINE_MAX_ROWS + 3);
  }
}

/* Random spans: in a stacked lane no two spans share a row where they overlap, and every span
 * lies in the first row where it fits */
static void
test_rows_random (void)
{
  GRand *rand = g_rand_new_with_seed (77);

  for (guint round = 0; round < 40; round++)
    {
      guint n = 60;
      g_autofree CorTimelineSpan *many = g_new0 (CorTimelineSpan, n);
      double z = g_rand_double_range (rand, 1 * MS, 50 * MS);
      guint n_rows[COR_TIMELINE_N_LANES];
      gint64 at = 0;

      for (guint i = 0; i < n; i++)
        {
          at += g_rand_int_range (rand, 0, 800) * MS;
          many[i].id = i + 1;
          many[i].start_ns = at;
          many[i].end_ns = g_rand_boolean (rand) ? -1 : at + g_rand_int_range (rand, 1, 3000) * MS;
          many[i].lane = g_rand_int_range (rand, 0, 2);
          many[i].row = 99;
        }

      cor_timeline_assign_rows (many, n, z, n_rows);

      for (guint i = 0; i < n; i++)
        {
          int lane = many[i].lane;

          g_assert_cmpint (many[i].row, <, (int) n_rows[lane]);
          if (n_rows[lane] == 1)
            continue;   /* one row: nothing to stack, or too crowded to (all in row 0) */

          for (guint j = 0; j < i; j++)
            if (many[j].lane == lane && many[j].row == many[i].row)
              g_assert_false (occupies_together (&many[i], &many[j], z));

          /* every row above it holds an earlier span it overlaps */
          for (int r = 0; r < many[i].row; r++)
            {
              gboolean blocked = FALSE;

              for (guint j = 0; j < i && !blocked; j++)
                blocked = many[j].lane == lane && many[j].row == r
                          && occupies_together (&many[i], &many[j], z);
              g_assert_true (blocked);
            }
        }
    }
  g_rand_free (rand);
}

static void
test_lane_heights (void)
{
  /* rows 2, 1, 3, 1 of 24 px under a ruler of 20 and a waveform of 36: lanes start at 56 */
  CorTimelineGeometry geometry = { 100, 20, 36, 24, { 2, 1, 3, 1 } };
  int row = -1;

  g_assert_cmpuint (cor_timeline_total_rows (&geometry), ==, 7);
  g_assert_cmpfloat (cor_timeline_lane_height (&geometry, 0), ==, 48);
  g_assert_cmpfloat (cor_timeline_lane_height (&geometry, 2), ==, 72);
  g_assert_cmpfloat (cor_timeline_lane_top (&geometry, 0), ==, 56);
  g_assert_cmpfloat (cor_timeline_lane_top (&geometry, 1), ==, 104);
  g_assert_cmpfloat (cor_timeline_lane_top (&geometry, 2), ==, 128);
  g_assert_cmpfloat (cor_timeline_lane_top (&geometry, 3), ==, 200);
  g_assert_cmpfloat (cor_timeline_row_top (&geometry, 0, 1), ==, 80);
  g_assert_cmpfloat (cor_timeline_row_top (&geometry, 2, 2), ==, 176);
  g_assert_cmpfloat (cor_timeline_total_height (&geometry), ==, 224);

  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 55.9, &row), ==, -1);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 56, &row), ==, 0);
  g_assert_cmpint (row, ==, 0);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 79.9, &row), ==, 0);
  g_assert_cmpint (row, ==, 0);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 80, &row), ==, 0);
  g_assert_cmpint (row, ==, 1);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 103.9, &row), ==, 0);
  g_assert_cmpint (row, ==, 1);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 104, &row), ==, 1);
  g_assert_cmpint (row, ==, 0);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 199, &row), ==, 2);
  g_assert_cmpint (row, ==, 2);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 223, &row), ==, 3);
  g_assert_cmpint (row, ==, 0);
  g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, 224, &row), ==, -1);
  g_assert_cmpint (cor_timeline_lane_at_y (&geometry, 150), ==, 2);

  /* every row's middle maps back to its lane and row */
  for (int lane = 0; lane < COR_TIMELINE_N_LANES; lane++)
    for (int r = 0; r < (int) cor_timeline_lane_rows (&geometry, lane); r++)
      {
        double y = cor_timeline_row_top (&geometry, lane, r) + geometry.lane_h / 2;

        g_assert_cmpint (cor_timeline_lane_row_at_y (&geometry, y, &row), ==, lane);
        g_assert_cmpint (row, ==, r);
      }
}

/* Hit-testing through the rows: each of two stacked spans is found in its own row, at the same x */
static void
test_rows_hit_testing (void)
{
  CorTimelineView view = make_view (0, 10 * MS);   /* 1 s at x = 220 */
  CorTimelineSpan stacked[] = {
    { 1, 0, -1, 3, 0, NULL },                 /* two notes at 0 s */
    { 2, 0, -1, 3, 0, NULL },
    { 3, 5 * S, 5971 * MS, 0, 0, NULL },      /* ko */
    { 4, 5 * S, 5971 * MS, 0, 0, NULL },      /* ug, the counter-claim */
    { 5, 5200 * MS, 5300 * MS, 0, 0, NULL },  /* a third on the same phrase */
  };
  guint n = G_N_ELEMENTS (stacked);
  CorTimelineGeometry geometry = { 120, 24, 0, 30, { 1, 1, 1, 1 } };
  guint index = 99;
  int row = -1;

  cor_timeline_assign_rows (stacked, n, view.ns_per_px, geometry.n_rows);
  g_assert_cmpuint (geometry.n_rows[0], ==, 3);
  g_assert_cmpuint (geometry.n_rows[3], ==, 2);

  for (guint i = 0; i < n; i++)
    {
      double x = cor_timeline_time_to_x (&view, stacked[i].end_ns < 0 ? stacked[i].start_ns
                                         : (stacked[i].start_ns + stacked[i].end_ns) / 2);
      double y = cor_timeline_row_top (&geometry, stacked[i].lane, stacked[i].row)
                 + geometry.lane_h / 2;
      int lane = cor_timeline_lane_row_at_y (&geometry, y, &row);
      CorTimelinePart part = cor_timeline_hit_test (&view, stacked, n, 971 * MS, lane, row, x, 5,
                                                    &index);

      g_assert_cmpint (lane, ==, stacked[i].lane);
      g_assert_cmpint (row, ==, stacked[i].row);
      g_assert_cmpint (part, ==, stacked[i].end_ns < 0 ? COR_TIMELINE_PART_POINT
                                                        : COR_TIMELINE_PART_BODY);
      g_assert_cmpuint (index, ==, i);
    }

  /* the edges of the second row's range are its own, not the first row's */
  g_assert_cmpint (cor_timeline_hit_test (&view, stacked, n, 971 * MS, 0, stacked[3].row,
                                          cor_timeline_time_to_x (&view, 5 * S) + 1, 5, &index),
                   ==, COR_TIMELINE_PART_START);
  g_assert_cmpuint (index, ==, 3);
  g_assert_cmpint (cor_timeline_hit_test (&view, stacked, n, 971 * MS, 0, stacked[2].row,
                                          cor_timeline_time_to_x (&view, 5971 * MS), 5, &index),
                   ==, COR_TIMELINE_PART_END);
  g_assert_cmpuint (index, ==, 2);

  /* keyboard: the nearest in a row stays in that row */
  g_assert_cmpint (cor_timeline_nearest_in_lane (stacked, n, 0, stacked[3].row, 5 * S), ==, 3);
  g_assert_cmpint (cor_timeline_nearest_in_lane (stacked, n, 0, stacked[4].row, 0), ==, 4);
  g_assert_cmpint (cor_timeline_nearest_in_lane (stacked, n, 3, 1, 9 * S), ==, 1);
  g_assert_cmpint (cor_timeline_nearest_in_lane (stacked, n, 3, 2, 0), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/timeline-rows/rows-ranges", test_rows_ranges);
  g_test_add_func ("/ui/timeline-rows/rows-points", test_rows_points);
  g_test_add_func ("/ui/timeline-rows/rows-cap", test_rows_cap);
  g_test_add_func ("/ui/timeline-rows/rows-random", test_rows_random);
  g_test_add_func ("/ui/timeline-rows/lane-heights", test_lane_heights);
  g_test_add_func ("/ui/timeline-rows/rows-hit-testing", test_rows_hit_testing);

  return g_test_run ();
}
