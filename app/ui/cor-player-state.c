/* cor-player-state.c — the player view's state as plain functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include <math.h>
#include <string.h>

#include "cor-time.h"
#include "cor-player-state.h"

static const double rates[] = { 0.1, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

CorPlayerKey
cor_player_key_lookup (guint           keyval,
                       GdkModifierType state,
                       CorFocusKind    focus)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if (focus != COR_FOCUS_NONE)
    return COR_PLAYER_KEY_NONE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0)
    return COR_PLAYER_KEY_NONE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      return COR_PLAYER_KEY_TOGGLE;
    case GDK_KEY_j:
    case GDK_KEY_J:
      return COR_PLAYER_KEY_SHUTTLE_BACK;
    case GDK_KEY_k:
    case GDK_KEY_K:
      return COR_PLAYER_KEY_PAUSE;
    case GDK_KEY_l:
    case GDK_KEY_L:
      return COR_PLAYER_KEY_SHUTTLE_FORWARD;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return shift ? COR_PLAYER_KEY_SECOND_BACK : COR_PLAYER_KEY_FRAME_BACK;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return shift ? COR_PLAYER_KEY_SECOND_FORWARD : COR_PLAYER_KEY_FRAME_FORWARD;
    case GDK_KEY_bracketleft:
      return COR_PLAYER_KEY_SLOWER;
    case GDK_KEY_bracketright:
      return COR_PLAYER_KEY_FASTER;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return COR_PLAYER_KEY_HOME;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return COR_PLAYER_KEY_END;
    case GDK_KEY_s:
    case GDK_KEY_S:
      return COR_PLAYER_KEY_STILL;
    case GDK_KEY_F11:
      return COR_PLAYER_KEY_FULLSCREEN;
    case GDK_KEY_Escape:
      return COR_PLAYER_KEY_LEAVE_FULLSCREEN;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      return COR_PLAYER_KEY_ZOOM_IN;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      return COR_PLAYER_KEY_ZOOM_OUT;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      return COR_PLAYER_KEY_ZOOM_RESET;
    default:
      return COR_PLAYER_KEY_NONE;
    }
}

CorMarkKey
cor_mark_key_lookup (guint           keyval,
                     GdkModifierType state,
                     CorFocusKind    focus)
{
  if (focus != COR_FOCUS_NONE)
    return COR_MARK_KEY_NONE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0)
    return COR_MARK_KEY_NONE;

  switch (keyval)
    {
    case GDK_KEY_1:
    case GDK_KEY_KP_1:
      return COR_MARK_KEY_LANGUAGE;
    case GDK_KEY_2:
    case GDK_KEY_KP_2:
      return COR_MARK_KEY_UNIFORM;
    case GDK_KEY_3:
    case GDK_KEY_KP_3:
      return COR_MARK_KEY_LOCATION;
    case GDK_KEY_4:
    case GDK_KEY_KP_4:
      return COR_MARK_KEY_NOTE;
    case GDK_KEY_i:
    case GDK_KEY_I:
      return COR_MARK_KEY_IN;
    case GDK_KEY_o:
    case GDK_KEY_O:
      return COR_MARK_KEY_OUT;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      return COR_MARK_KEY_DELETE;
    default:
      return COR_MARK_KEY_NONE;
    }
}

gboolean
cor_mark_range (gint64  in_ns,
                gint64  out_ns,
                gint64  position_ns,
                gint64 *out_start_ns,
                gint64 *out_end_ns)
{
  if (in_ns >= 0 && out_ns > in_ns)
    {
      *out_start_ns = in_ns;
      *out_end_ns = out_ns;
      return TRUE;
    }

  *out_start_ns = MAX (position_ns, 0);
  *out_end_ns = -1;

  return FALSE;
}

char *
cor_player_format_time (gint64 position_ns,
                        gint64 duration_ns,
                        gint64 frame)
{
  g_autofree char *position = cor_time_format (MAX (position_ns, 0));
  g_autofree char *duration = duration_ns >= 0 ? cor_time_format (duration_ns)
                                               : g_strdup ("--:--:--.---");

  if (frame < 0)
    return g_strdup_printf ("%s / %s", position, duration);

  /* TRANSLATORS: position / duration · frame number, e.g. "00:00:02.280 / 00:00:12.000 · frame 57" */
  return g_strdup_printf (_("%s / %s · frame %" PRId64), position, duration, frame);
}

char *
cor_player_format_rate (double rate)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* at most two decimals, no trailing zeros, "." whatever the locale */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", rate);
  if (strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }

  return g_strdup_printf ("%s×", buffer);
}

const double *
cor_player_rates (guint *n_rates)
{
  if (n_rates != NULL)
    *n_rates = G_N_ELEMENTS (rates);

  return rates;
}

guint
cor_player_rate_index (double rate)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (rates); i++)
    if (fabs (rates[i] - rate) < fabs (rates[best] - rate))
      best = i;

  return best;
}

double
cor_player_rate_step (double rate,
                      int    direction)
{
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
        if (rates[i] > rate + 1e-6)
          return rates[i];
      return rates[G_N_ELEMENTS (rates) - 1];
    }

  if (direction < 0)
    {
      for (guint i = G_N_ELEMENTS (rates); i > 0; i--)
        if (rates[i - 1] < rate - 1e-6)
          return rates[i - 1];
      return rates[0];
    }

  return CLAMP (rate, rates[0], rates[G_N_ELEMENTS (rates) - 1]);
}

void
cor_zoom_reset (CorZoom *zoom)
{
  zoom->zoom = 1.0;
  zoom->center_x = 0.5;
  zoom->center_y = 0.5;
}

static double
fit_scale (double widget_width,
           double widget_height,
           double picture_width,
           double picture_height)
{
  if (picture_width <= 0 || picture_height <= 0 || widget_width <= 0 || widget_height <= 0)
    return 0;

  return MIN (widget_width / picture_width, widget_height / picture_height);
}

double
cor_zoom_get_scale (const CorZoom *zoom,
                    double         widget_width,
                    double         widget_height,
                    double         picture_width,
                    double         picture_height)
{
  return fit_scale (widget_width, widget_height, picture_width, picture_height) * zoom->zoom;
}

gboolean
cor_zoom_use_nearest (double scale)
{
  return scale > 2.0;
}

void
cor_zoom_get_rect (const CorZoom   *zoom,
                   double           widget_width,
                   double           widget_height,
                   double           picture_width,
                   double           picture_height,
                   graphene_rect_t *out_rect)
{
  double scale = cor_zoom_get_scale (zoom, widget_width, widget_height,
                                     picture_width, picture_height);
  double w = picture_width * scale;
  double h = picture_height * scale;

  graphene_rect_init (out_rect,
                      widget_width / 2 - zoom->center_x * w,
                      widget_height / 2 - zoom->center_y * h,
                      w, h);
}

static double
clamp_axis (double center,
            double widget_size,
            double shown_size)
{
  double half;

  if (shown_size <= widget_size || shown_size <= 0)
    return 0.5;

  half = widget_size / (2 * shown_size);
  return CLAMP (center, half, 1.0 - half);
}

void
cor_zoom_clamp (CorZoom *zoom,
                double   widget_width,
                double   widget_height,
                double   picture_width,
                double   picture_height)
{
  double scale;

  zoom->zoom = CLAMP (zoom->zoom, COR_ZOOM_MIN, COR_ZOOM_MAX);
  scale = cor_zoom_get_scale (zoom, widget_width, widget_height, picture_width, picture_height);
  zoom->center_x = clamp_axis (zoom->center_x, widget_width, picture_width * scale);
  zoom->center_y = clamp_axis (zoom->center_y, widget_height, picture_height * scale);
}

void
cor_zoom_zoom_at (CorZoom *zoom,
                  double   new_zoom,
                  double   x,
                  double   y,
                  double   widget_width,
                  double   widget_height,
                  double   picture_width,
                  double   picture_height)
{
  graphene_rect_t before;
  double u, v, w, h;

  cor_zoom_get_rect (zoom, widget_width, widget_height, picture_width, picture_height, &before);
  if (before.size.width <= 0 || before.size.height <= 0)
    return;

  /* the picture point under (x, y) */
  u = (x - before.origin.x) / before.size.width;
  v = (y - before.origin.y) / before.size.height;

  zoom->zoom = CLAMP (new_zoom, COR_ZOOM_MIN, COR_ZOOM_MAX);
  w = picture_width * cor_zoom_get_scale (zoom, widget_width, widget_height,
                                          picture_width, picture_height);
  h = picture_height * cor_zoom_get_scale (zoom, widget_width, widget_height,
                                           picture_width, picture_height);
  /* x = W/2 - cx * w + u * w  =>  cx = u - (x - W/2) / w */
  zoom->center_x = u - (x - widget_width / 2) / w;
  zoom->center_y = v - (y - widget_height / 2) / h;

  cor_zoom_clamp (zoom, widget_width, widget_height, picture_width, picture_height);
}

void
cor_zoom_pan (CorZoom *zoom,
              double   dx,
              double   dy,
              double   widget_width,
              double   widget_height,
              double   picture_width,
              double   picture_height)
{
  double scale = cor_zoom_get_scale (zoom, widget_width, widget_height,
                                     picture_width, picture_height);

  if (scale <= 0)
    return;

  zoom->center_x -= dx / (picture_width * scale);
  zoom->center_y -= dy / (picture_height * scale);
  cor_zoom_clamp (zoom, widget_width, widget_height, picture_width, picture_height);
}
