/* test-time.c — core: time and confidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cor-core.h"

static void
check_format (gint64 ns, const char *expected)
{
  g_autofree char *text = cor_time_format (ns);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_format (void)
{
  check_format (0, "00:00:00.000");
  check_format (1, "00:00:00.000");
  check_format (499999, "00:00:00.000");
  check_format (500000, "00:00:00.001");
  check_format (COR_NS_PER_SECOND * 59 + 999500000, "00:01:00.000");
  check_format (COR_NS_PER_SECOND * 3723 + 456000000, "01:02:03.456");
  check_format (COR_NS_PER_SECOND * 3600 * 125, "125:00:00.000");
  check_format (-COR_NS_PER_SECOND * 5 - 250000000, "-00:00:05.250");
  check_format (G_MININT64, "-2562047:47:16.855");
  check_format (G_MAXINT64, "2562047:47:16.855");
}

static void
check_parse (const char *text, gint64 expected)
{
  g_autoptr(GError) error = NULL;
  gint64 ns = -42;

  g_assert_true (cor_time_parse (text, &ns, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ns, ==, expected);
}

static void
check_garbage (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 ns = -42;

  g_assert_false (cor_time_parse (text, &ns, &error));
  g_assert_error (error, COR_TIME_ERROR, COR_TIME_ERROR_INVALID);
  g_assert_cmpint (ns, ==, -42);
}

static void
test_parse (void)
{
  check_parse ("0", 0);
  check_parse ("00:00:00.000", 0);
  check_parse ("5", 5 * COR_NS_PER_SECOND);
  check_parse ("90", 90 * COR_NS_PER_SECOND);
  check_parse ("1:05", 65 * COR_NS_PER_SECOND);
  check_parse ("01:02:03.456", 3723 * COR_NS_PER_SECOND + 456 * COR_NS_PER_MS);
  check_parse ("2.5", 2500 * COR_NS_PER_MS);
  check_parse ("0.000000001", 1);
  check_parse ("125:00:00", 125 * 3600 * COR_NS_PER_SECOND);
  check_parse ("1:59:59.999999999", 7199 * COR_NS_PER_SECOND + 999999999);
}

static void
test_parse_garbage (void)
{
  const char *garbage[] = {
    "", "-1", "+1", " 1", "1 ", "abc", "1:", ":1", "1::2", "1.", ".5", "1:60", "1:60:00",
    "1:2:3:4", "0.0000000001", "1e3", "１２", "99999999999999999999", "2562048:00:00",
    "10:00:00x", "1,5",
  };

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    check_garbage (garbage[i]);
  check_garbage (NULL);
}

static void
test_round_trip (void)
{
  for (gint64 ms = 0; ms < 7200 * 1000; ms += 997)
    {
      g_autofree char *text = cor_time_format (ms * COR_NS_PER_MS);
      gint64 back = -1;

      g_assert_true (cor_time_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, ms * COR_NS_PER_MS);
    }
}

static void
test_frames (void)
{
  const int rates[][2] = { { 30, 1 }, { 25, 1 }, { 30000, 1001 }, { 24000, 1001 },
                           { 60, 1 }, { 240000, 1001 }, { 1, 1 } };

  g_assert_cmpint (cor_time_frame_to_ns (0, 30, 1), ==, 0);
  g_assert_cmpint (cor_time_frame_to_ns (10, 30, 1), ==, 333333333);
  g_assert_cmpint (cor_time_frame_to_ns (1, 30000, 1001), ==, 33366666);
  g_assert_cmpint (cor_time_ns_to_frame (0, 30, 1), ==, 0);
  g_assert_cmpint (cor_time_ns_to_frame (33333332, 30, 1), ==, 0);
  g_assert_cmpint (cor_time_ns_to_frame (33333333, 30, 1), ==, 1);
  g_assert_cmpint (cor_time_ns_to_frame (COR_NS_PER_SECOND, 30, 1), ==, 30);
  g_assert_cmpint (cor_time_snap_to_frame (50 * COR_NS_PER_MS, 25, 1), ==, 40 * COR_NS_PER_MS);

  /* Exact inverse at every frame start and just before the next, over hours */
  for (guint r = 0; r < G_N_ELEMENTS (rates); r++)
    for (gint64 frame = 0; frame < 24 * 3600 * 60; frame += 7919)
      {
        gint64 start = cor_time_frame_to_ns (frame, rates[r][0], rates[r][1]);
        gint64 next = cor_time_frame_to_ns (frame + 1, rates[r][0], rates[r][1]);

        g_assert_cmpint (cor_time_ns_to_frame (start, rates[r][0], rates[r][1]), ==, frame);
        g_assert_cmpint (cor_time_ns_to_frame (next - 1, rates[r][0], rates[r][1]), ==, frame);
      }
}

static void
test_confidence (void)
{
  g_autoptr(GError) error = NULL;
  CorConfidence c = 0;

  g_assert_true (cor_confidence_from_string ("high", &c, NULL));
  g_assert_cmpint (c, ==, COR_CONFIDENCE_HIGH);
  g_assert_true (cor_confidence_from_string ("5", &c, NULL));
  g_assert_cmpint (c, ==, COR_CONFIDENCE_VERY_HIGH);
  g_assert_true (cor_confidence_from_string ("Very-Low", &c, NULL));
  g_assert_cmpint (c, ==, COR_CONFIDENCE_VERY_LOW);
  g_assert_false (cor_confidence_from_string ("6", &c, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cor_confidence_from_string ("certain", &c, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (cor_confidence_to_string (COR_CONFIDENCE_MODERATE), ==, "moderate");
  g_assert_cmpstr (cor_confidence_to_string (99), ==, "unassessed");
  for (guint i = 0; i <= COR_CONFIDENCE_LAST; i++)
    {
      CorConfidence back = 0;

      g_assert_true (cor_confidence_from_string (cor_confidence_to_string (i), &back, NULL));
      g_assert_cmpint (back, ==, i);
      g_assert_nonnull (cor_confidence_describe (i));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/time/format", test_format);
  g_test_add_func ("/core/time/parse", test_parse);
  g_test_add_func ("/core/time/parse-garbage", test_parse_garbage);
  g_test_add_func ("/core/time/round-trip", test_round_trip);
  g_test_add_func ("/core/time/frames", test_frames);
  g_test_add_func ("/core/confidence/scale", test_confidence);
  return g_test_run ();
}
