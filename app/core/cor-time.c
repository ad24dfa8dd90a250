/* cor-time.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-error.h"
#include "cor-time.h"

char *
cor_time_format (gint64 ns)
{
  guint64 abs_ns;
  guint64 ms;
  const char *sign = "";

  if (ns < 0)
    {
      sign = "-";
      abs_ns = (guint64) (-(ns + 1)) + 1;
    }
  else
    abs_ns = (guint64) ns;

  ms = abs_ns / COR_NS_PER_MS + ((abs_ns % COR_NS_PER_MS) >= COR_NS_PER_MS / 2 ? 1 : 0);

  return g_strdup_printf ("%s%02" G_GUINT64_FORMAT ":%02u:%02u.%03u",
                          sign,
                          ms / 3600000,
                          (guint) ((ms / 60000) % 60),
                          (guint) ((ms / 1000) % 60),
                          (guint) (ms % 1000));
}

static gboolean
parse_digits (const char **p,
              guint64     *out,
              guint       *n_digits)
{
  guint64 value = 0;
  guint n = 0;

  while (g_ascii_isdigit (**p))
    {
      if (value > (G_MAXINT64 / 10))
        return FALSE;
      value = value * 10 + (guint64) (**p - '0');
      (*p)++;
      n++;
    }

  *out = value;
  *n_digits = n;
  return n > 0;
}

gboolean
cor_time_parse (const char  *text,
                gint64      *out_ns,
                GError     **error)
{
  guint64 fields[3];
  guint n_fields = 0;
  guint64 frac_ns = 0;
  guint64 total;
  const char *p;

  g_return_val_if_fail (out_ns != NULL, FALSE);

  if (text == NULL || *text == '\0')
    goto invalid;

  p = text;
  for (;;)
    {
      guint n_digits;

      if (n_fields == 3 || !parse_digits (&p, &fields[n_fields], &n_digits))
        goto invalid;
      n_fields++;

      if (*p == ':')
        {
          p++;
          continue;
        }
      break;
    }

  if (*p == '.')
    {
      guint64 scale = COR_NS_PER_SECOND;

      p++;
      if (!g_ascii_isdigit (*p))
        goto invalid;
      while (g_ascii_isdigit (*p))
        {
          scale /= 10;
          if (scale == 0)
            goto invalid; /* more than nanosecond precision */
          frac_ns += (guint64) (*p - '0') * scale;
          p++;
        }
    }

  if (*p != '\0')
    goto invalid;

  /* After a colon, minutes and seconds are below 60 */
  if (n_fields >= 2 && fields[n_fields - 1] >= 60)
    goto invalid;
  if (n_fields == 3 && fields[1] >= 60)
    goto invalid;

  total = 0;
  for (guint i = 0; i < n_fields; i++)
    {
      if (total > G_MAXINT64 / 60)
        goto invalid;
      total = total * (i == 0 ? 1 : 60) + fields[i];
    }
  if (total > (guint64) (G_MAXINT64 / COR_NS_PER_SECOND) - 1)
    goto invalid;

  *out_ns = (gint64) (total * (guint64) COR_NS_PER_SECOND + frac_ns);
  return TRUE;

invalid:
  g_set_error (error, COR_TIME_ERROR, COR_TIME_ERROR_INVALID,
               _("“%s” is not a time: use [[HH:]MM:]SS[.fff], for example 01:02.500"),
               text ? text : "");
  return FALSE;
}

gint64
cor_time_frame_to_ns (gint64 frame,
                      int    fps_n,
                      int    fps_d)
{
  __int128 num;

  g_return_val_if_fail (fps_n > 0 && fps_d > 0, 0);

  num = (__int128) frame * fps_d * COR_NS_PER_SECOND;
  if (num >= 0)
    return (gint64) (num / fps_n);
  return (gint64) -((-num + fps_n - 1) / fps_n);
}

gint64
cor_time_ns_to_frame (gint64 ns,
                      int    fps_n,
                      int    fps_d)
{
  __int128 num;
  __int128 den;

  g_return_val_if_fail (fps_n > 0 && fps_d > 0, 0);

  if (ns < 0)
    return -1 - cor_time_ns_to_frame (-ns - 1, fps_n, fps_d);

  /* frame_to_ns() floors; adding fps_n - 1 makes the inverse exact:
   * ns_to_frame (frame_to_ns (n)) == n for every n. */
  num = (__int128) ns * fps_n + fps_n - 1;
  den = (__int128) fps_d * COR_NS_PER_SECOND;
  return (gint64) (num / den);
}

gint64
cor_time_snap_to_frame (gint64 ns,
                        int    fps_n,
                        int    fps_d)
{
  return cor_time_frame_to_ns (cor_time_ns_to_frame (ns, fps_n, fps_d), fps_n, fps_d);
}
