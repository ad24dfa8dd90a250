/* test-player-state.c — the player view's state, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cor-player-state.h"
#include "cor-time.h"

static void
test_keys_map (void)
{
  static const struct
  {
    guint           keyval;
    GdkModifierType state;
    CorPlayerKey    key;
  } cases[] = {
    { GDK_KEY_space, 0, COR_PLAYER_KEY_TOGGLE },
    { GDK_KEY_j, 0, COR_PLAYER_KEY_SHUTTLE_BACK },
    { GDK_KEY_J, GDK_SHIFT_MASK, COR_PLAYER_KEY_SHUTTLE_BACK },
    { GDK_KEY_k, 0, COR_PLAYER_KEY_PAUSE },
    { GDK_KEY_l, 0, COR_PLAYER_KEY_SHUTTLE_FORWARD },
    { GDK_KEY_Left, 0, COR_PLAYER_KEY_FRAME_BACK },
    { GDK_KEY_Right, 0, COR_PLAYER_KEY_FRAME_FORWARD },
    { GDK_KEY_Left, GDK_SHIFT_MASK, COR_PLAYER_KEY_SECOND_BACK },
    { GDK_KEY_Right, GDK_SHIFT_MASK, COR_PLAYER_KEY_SECOND_FORWARD },
    { GDK_KEY_bracketleft, 0, COR_PLAYER_KEY_SLOWER },
    { GDK_KEY_bracketright, 0, COR_PLAYER_KEY_FASTER },
    { GDK_KEY_Home, 0, COR_PLAYER_KEY_HOME },
    { GDK_KEY_End, 0, COR_PLAYER_KEY_END },
    { GDK_KEY_s, 0, COR_PLAYER_KEY_STILL },
    { GDK_KEY_F11, 0, COR_PLAYER_KEY_FULLSCREEN },
    { GDK_KEY_Escape, 0, COR_PLAYER_KEY_LEAVE_FULLSCREEN },
    { GDK_KEY_plus, GDK_SHIFT_MASK, COR_PLAYER_KEY_ZOOM_IN },
    { GDK_KEY_equal, 0, COR_PLAYER_KEY_ZOOM_IN },
    { GDK_KEY_minus, 0, COR_PLAYER_KEY_ZOOM_OUT },
    { GDK_KEY_0, 0, COR_PLAYER_KEY_ZOOM_RESET },
    /* the application's shortcuts are not the player's */
    { GDK_KEY_s, GDK_CONTROL_MASK, COR_PLAYER_KEY_NONE },
    { GDK_KEY_Left, GDK_ALT_MASK, COR_PLAYER_KEY_NONE },
    { GDK_KEY_i, GDK_CONTROL_MASK, COR_PLAYER_KEY_NONE },
    { GDK_KEY_a, 0, COR_PLAYER_KEY_NONE },
    { GDK_KEY_Return, 0, COR_PLAYER_KEY_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u: keyval %#x", i, cases[i].keyval);
      g_assert_cmpint (cor_player_key_lookup (cases[i].keyval, cases[i].state, COR_FOCUS_NONE),
                       ==, cases[i].key);
    }
}

static void
test_keys_text_focus (void)
{
  /* typing a transcript never moves the video */
  const guint keys[] = { GDK_KEY_space, GDK_KEY_j, GDK_KEY_k, GDK_KEY_l, GDK_KEY_Left,
                         GDK_KEY_Right, GDK_KEY_Home, GDK_KEY_End, GDK_KEY_s, GDK_KEY_bracketleft,
                         GDK_KEY_0, GDK_KEY_minus };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_cmpint (cor_player_key_lookup (keys[i], 0, COR_FOCUS_TEXT), ==,
                       COR_PLAYER_KEY_NONE);
      g_assert_cmpint (cor_player_key_lookup (keys[i], 0, COR_FOCUS_POPUP), ==,
                       COR_PLAYER_KEY_NONE);
      g_assert_cmpint (cor_player_key_lookup (keys[i], 0, COR_FOCUS_NONE), !=,
                       COR_PLAYER_KEY_NONE);
    }
  g_assert_cmpint (cor_player_key_lookup (GDK_KEY_Left, GDK_SHIFT_MASK, COR_FOCUS_TEXT), ==,
                   COR_PLAYER_KEY_NONE);
}

static void
test_time_label (void)
{
  g_autofree char *a = cor_player_format_time (1033333333, 3 * COR_NS_PER_SECOND, 31);
  g_autofree char *b = cor_player_format_time (0, -1, 0);
  g_autofree char *c = cor_player_format_time (3723456 * COR_NS_PER_MS, 7200 * COR_NS_PER_SECOND,
                                               -1);
  g_autofree char *d = cor_player_format_time (-5, 1000, -1);

  g_assert_cmpstr (a, ==, "00:00:01.033 / 00:00:03.000 · frame 31");
  g_assert_cmpstr (b, ==, "00:00:00.000 / --:--:--.--- · frame 0");
  g_assert_cmpstr (c, ==, "01:02:03.456 / 02:00:00.000");
  g_assert_cmpstr (d, ==, "00:00:00.000 / 00:00:00.000");
}

static void
test_rates (void)
{
  guint n;
  const double *rates = cor_player_rates (&n);
  g_autofree char *one = cor_player_format_rate (1.0);
  g_autofree char *quarter = cor_player_format_rate (0.25);
  g_autofree char *tenth = cor_player_format_rate (0.1);
  g_autofree char *half_more = cor_player_format_rate (1.5);

  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpfloat (rates[0], ==, 0.1);
  g_assert_cmpfloat (rates[n - 1], ==, 4.0);
  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (rates[i], >, rates[i - 1]);

  g_assert_cmpstr (one, ==, "1×");
  g_assert_cmpstr (quarter, ==, "0.25×");
  g_assert_cmpstr (tenth, ==, "0.1×");
  g_assert_cmpstr (half_more, ==, "1.5×");

  g_assert_cmpfloat (cor_player_rate_step (1.0, 1), ==, 1.25);
  g_assert_cmpfloat (cor_player_rate_step (1.0, -1), ==, 0.75);
  g_assert_cmpfloat (cor_player_rate_step (4.0, 1), ==, 4.0);
  g_assert_cmpfloat (cor_player_rate_step (0.1, -1), ==, 0.1);
  /* a rate between two steps goes to the next one in that direction */
  g_assert_cmpfloat (cor_player_rate_step (1.1, 1), ==, 1.25);
  g_assert_cmpfloat (cor_player_rate_step (1.1, -1), ==, 1.0);
  g_assert_cmpuint (cor_player_rate_index (1.0), ==, 4);
  g_assert_cmpfloat (rates[cor_player_rate_index (0.26)], ==, 0.25);
  g_assert_cmpfloat (rates[cor_player_rate_index (99)], ==, 4.0);
}

#define W 800.0
#define H 450.0
#define PW 1920.0
#define PH 1080.0

static void
point_on_picture (const CorZoom *zoom,
                  double         x,
                  double         y,
                  double        *u,
                  double        *v)
{
  graphene_rect_t rect;

  cor_zoom_get_rect (zoom, W, H, PW, PH, &rect);
  *u = (x - rect.origin.x) / rect.size.width;
  *v = (y - rect.origin.y) / rect.size.height;
}

static void
test_zoom_fit (void)
{
  CorZoom zoom;
  graphene_rect_t rect;

  cor_zoom_reset (&zoom);
  /* 16:9 in a 16:9 widget fills it */
  cor_zoom_get_rect (&zoom, W, H, PW, PH, &rect);
  g_assert_cmpfloat_with_epsilon (rect.origin.x, 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (rect.size.width, W, 1e-4);
  g_assert_cmpfloat_with_epsilon (rect.size.height, H, 1e-4);

  /* 4:3 in it is letterboxed, centred */
  cor_zoom_get_rect (&zoom, W, H, 640, 480, &rect);
  g_assert_cmpfloat_with_epsilon (rect.size.height, H, 1e-4);
  g_assert_cmpfloat_with_epsilon (rect.size.width, 600, 1e-4);
  g_assert_cmpfloat_with_epsilon (rect.origin.x, 100, 1e-4);
  g_assert_cmpfloat_with_epsilon (cor_zoom_get_scale (&zoom, W, H, PW, PH), W / PW, 1e-9);
}

static void
test_zoom_around_point (void)
{
  CorZoom zoom;
  double u0, v0, u1, v1;
  const double x = 600;
  const double y = 120;

  cor_zoom_reset (&zoom);
  point_on_picture (&zoom, x, y, &u0, &v0);

  cor_zoom_zoom_at (&zoom, 4.0, x, y, W, H, PW, PH);
  g_assert_cmpfloat (zoom.zoom, ==, 4.0);
  point_on_picture (&zoom, x, y, &u1, &v1);
  g_assert_cmpfloat_with_epsilon (u1, u0, 1e-9);
  g_assert_cmpfloat_with_epsilon (v1, v0, 1e-9);

  /* and again from there, to the maximum */
  cor_zoom_zoom_at (&zoom, 100.0, x, y, W, H, PW, PH);
  g_assert_cmpfloat (zoom.zoom, ==, COR_ZOOM_MAX);
  g_assert_cmpfloat (COR_ZOOM_MAX, >=, 8.0);
  point_on_picture (&zoom, x, y, &u1, &v1);
  g_assert_cmpfloat_with_epsilon (u1, u0, 1e-9);
  g_assert_cmpfloat_with_epsilon (v1, v0, 1e-9);

  /* at 16× a 1080p frame in 800 px shows source pixels more than 2 screen pixels wide */
  g_assert_true (cor_zoom_use_nearest (cor_zoom_get_scale (&zoom, W, H, PW, PH)));
  cor_zoom_reset (&zoom);
  g_assert_false (cor_zoom_use_nearest (cor_zoom_get_scale (&zoom, W, H, PW, PH)));

  /* zooming out below fit comes back to fit, centred */
  cor_zoom_zoom_at (&zoom, 0.2, 10, 10, W, H, PW, PH);
  g_assert_cmpfloat (zoom.zoom, ==, 1.0);
  g_assert_cmpfloat (zoom.center_x, ==, 0.5);
  g_assert_cmpfloat (zoom.center_y, ==, 0.5);
}

static void
test_zoom_clamp_pan (void)
{
  CorZoom zoom;
  graphene_rect_t rect;

  /* zooming at a corner keeps the picture covering the widget */
  cor_zoom_reset (&zoom);
  cor_zoom_zoom_at (&zoom, 2.0, 0, 0, W, H, PW, PH);
  cor_zoom_get_rect (&zoom, W, H, PW, PH, &rect);
  g_assert_cmpfloat_with_epsilon (rect.origin.x, 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (rect.origin.y, 0, 1e-6);

  /* panning far right stops at the picture's left edge */
  cor_zoom_pan (&zoom, 10000, 10000, W, H, PW, PH);
  cor_zoom_get_rect (&zoom, W, H, PW, PH, &rect);
  g_assert_cmpfloat_with_epsilon (rect.origin.x, 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (rect.origin.y, 0, 1e-6);

  /* panning far left stops at its right edge */
  cor_zoom_pan (&zoom, -10000, -10000, W, H, PW, PH);
  cor_zoom_get_rect (&zoom, W, H, PW, PH, &rect);
  g_assert_cmpfloat_with_epsilon (rect.origin.x + rect.size.width, W, 1e-6);
  g_assert_cmpfloat_with_epsilon (rect.origin.y + rect.size.height, H, 1e-6);

  /* a small pan moves the picture by exactly that much */
  cor_zoom_pan (&zoom, 30, 20, W, H, PW, PH);
  {
    graphene_rect_t moved;

    cor_zoom_get_rect (&zoom, W, H, PW, PH, &moved);
    g_assert_cmpfloat_with_epsilon (moved.origin.x - rect.origin.x, 30, 1e-6);
    g_assert_cmpfloat_with_epsilon (moved.origin.y - rect.origin.y, 20, 1e-6);
  }

  /* a letterboxed axis stays centred however it is panned */
  cor_zoom_reset (&zoom);
  cor_zoom_zoom_at (&zoom, 1.2, W / 2, H / 2, W, H, 640, 480);
  cor_zoom_pan (&zoom, 500, 0, W, H, 640, 480);
  g_assert_cmpfloat (zoom.center_x, ==, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/player-state/keys/map", test_keys_map);
  g_test_add_func ("/ui/player-state/keys/text-focus", test_keys_text_focus);
  g_test_add_func ("/ui/player-state/time-label", test_time_label);
  g_test_add_func ("/ui/player-state/rates", test_rates);
  g_test_add_func ("/ui/player-state/zoom/fit", test_zoom_fit);
  g_test_add_func ("/ui/player-state/zoom/around-point", test_zoom_around_point);
  g_test_add_func ("/ui/player-state/zoom/clamp-pan", test_zoom_clamp_pan);

  return g_test_run ();
}
