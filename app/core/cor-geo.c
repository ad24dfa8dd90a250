/* cor-geo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "cor-error.h"
#include "cor-geo.h"

typedef enum
{
  TOKEN_NUMBER,
  TOKEN_MARK,       /* degree, minute or second mark after a number */
  TOKEN_HEMISPHERE,
  TOKEN_SEPARATOR,  /* ',' or ';' between latitude and longitude */
} TokenKind;

enum { MARK_DEGREES, MARK_MINUTES, MARK_SECONDS };

typedef struct
{
  TokenKind kind;
  double    value;     /* NUMBER */
  gboolean  negative;  /* NUMBER: had a minus sign */
  gboolean  signed_;   /* NUMBER: had a sign */
  gboolean  whole;     /* NUMBER: no fractional part */
  int       mark;      /* MARK */
  char      hemisphere; /* HEMISPHERE: 'N', 'S', 'E' or 'W' */
} Token;

#define MAX_TOKENS 32

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
usage_error (GError **error)
{
  return invalid (error, _("Enter a latitude and a longitude, such as “43.70, 131.87” or "
                           "“43°42′N 131°52′E”."));
}

/* "%.10g" whatever the locale */
static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

static int
mark_of (gunichar c)
{
  switch (c)
    {
    case 0x00B0: /* ° */
    case 0x00BA: /* º */
      return MARK_DEGREES;
    case '\'':
    case 0x2032: /* ′ */
    case 0x2019: /* ’ */
    case 0x00B4: /* ´ */
      return MARK_MINUTES;
    case '"':
    case 0x2033: /* ″ */
    case 0x201D: /* ” */
      return MARK_SECONDS;
    default:
      return -1;
    }
}

static gboolean
add_token (Token   *tokens,
           guint   *n_tokens,
           Token    token,
           GError **error)
{
  if (*n_tokens >= MAX_TOKENS)
    return usage_error (error);

  tokens[(*n_tokens)++] = token;
  return TRUE;
}

static gboolean
tokenize (const char  *text,
          Token       *tokens,
          guint       *n_tokens,
          GError     **error)
{
  const char *p = text;

  *n_tokens = 0;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      int mark = mark_of (c);

      if (g_unichar_isspace (c))
        {
          p = next;
        }
      else if (c == ',' || c == ';')
        {
          if (!add_token (tokens, n_tokens, (Token) { .kind = TOKEN_SEPARATOR }, error))
            return FALSE;
          p = next;
        }
      else if (c == '+' || c == '-' || c == 0x2212 /* − */ || c == '.' ||
               (c < 0x80 && g_ascii_isdigit ((char) c)))
        {
          Token token = { .kind = TOKEN_NUMBER };
          const char *start;
          g_autofree char *digits = NULL;
          gboolean have_digit = FALSE;

          if (c == '+' || c == '-' || c == 0x2212)
            {
              token.signed_ = TRUE;
              token.negative = c != '+';
              p = next;
            }
          start = p;
          while (g_ascii_isdigit (*p))
            p++, have_digit = TRUE;
          token.whole = TRUE;
          if (*p == '.')
            {
              p++;
              while (g_ascii_isdigit (*p))
                {
                  if (*p != '0')
                    token.whole = FALSE;
                  p++, have_digit = TRUE;
                }
            }
          if (!have_digit)
            return invalid (error, _("A sign or a decimal point must be followed by digits."));
          digits = g_strndup (start, (gsize) (p - start));
          token.value = g_ascii_strtod (digits, NULL);
          if (!isfinite (token.value))
            return usage_error (error);
          if (!add_token (tokens, n_tokens, token, error))
            return FALSE;
        }
      else if (mark >= 0)
        {
          /* two apostrophes are a seconds mark */
          if (mark == MARK_MINUTES && g_utf8_get_char (next) == c && c == '\'')
            {
              mark = MARK_SECONDS;
              next = g_utf8_next_char (next);
            }
          if (*n_tokens == 0 || tokens[*n_tokens - 1].kind != TOKEN_NUMBER)
            return invalid (error, _("A degree, minute or second mark must follow a number."));
          if (!add_token (tokens, n_tokens, (Token) { .kind = TOKEN_MARK, .mark = mark }, error))
            return FALSE;
          p = next;
        }
      else if (c < 0x80 && strchr ("NSEWnsew", (int) c) != NULL)
        {
          Token token = { .kind = TOKEN_HEMISPHERE, .hemisphere = g_ascii_toupper ((char) c) };

          /* a letter inside a word ("North", "Sergeevka") is not a hemisphere */
          if (g_unichar_isalpha (g_utf8_get_char (next)))
            {
              const char *end = next;
              g_autofree char *word = NULL;

              while (*end != '\0' && g_unichar_isalpha (g_utf8_get_char (end)))
                end = g_utf8_next_char (end);
              word = g_strndup (p, (gsize) (end - p));
              return invalid (error, _("“%s” is not part of a coordinate: use N, S, E or W "
                                       "for the hemisphere."), word);
            }
          if (!add_token (tokens, n_tokens, token, error))
            return FALSE;
          p = next;
        }
      else
        {
          g_autofree char *character = g_strndup (p, (gsize) (next - p));
          return invalid (error, _("“%s” cannot be part of a coordinate."), character);
        }
    }

  return TRUE;
}

/* One coordinate from tokens [start, end): degrees [minutes [seconds]] with marks, an
 * optional sign and an optional hemisphere letter before or after. */
static gboolean
parse_one (const Token  *tokens,
           guint         start,
           guint         end,
           double       *out_value,
           char         *out_hemisphere,
           GError      **error)
{
  double parts[3] = { 0, 0, 0 };
  gboolean have[3] = { FALSE, FALSE, FALSE };
  gboolean whole[3] = { TRUE, TRUE, TRUE };
  gboolean negative = FALSE;
  gboolean has_sign = FALSE;
  char hemisphere = 0;
  int next = 0;
  double value;

  if (start < end && tokens[start].kind == TOKEN_HEMISPHERE)
    hemisphere = tokens[start++].hemisphere;
  if (start < end && tokens[end - 1].kind == TOKEN_HEMISPHERE)
    {
      if (hemisphere != 0)
        return invalid (error, _("A coordinate has a hemisphere letter both before and after "
                                 "it."));
      hemisphere = tokens[--end].hemisphere;
    }
  if (start >= end)
    return usage_error (error);

  for (guint i = start; i < end; i++)
    {
      const Token *token = &tokens[i];
      int position;

      if (token->kind == TOKEN_HEMISPHERE)
        return invalid (error, _("A hemisphere letter (N, S, E, W) goes before or after a "
                                 "coordinate, not inside it."));
      if (token->kind != TOKEN_NUMBER)
        return usage_error (error);

      position = next;
      if (i + 1 < end && tokens[i + 1].kind == TOKEN_MARK)
        {
          position = tokens[i + 1].mark;
          if (position < next)
            return invalid (error, _("Degrees, minutes and seconds must come in that order."));
          i++;
        }
      if (position > MARK_SECONDS)
        return invalid (error, _("A coordinate has at most three numbers: degrees, minutes "
                                 "and seconds."));
      if (token->signed_)
        {
          if (position != next || next != 0)
            return invalid (error, _("Only the degrees of a coordinate can have a sign."));
          has_sign = TRUE;
          negative = token->negative;
        }
      parts[position] = token->value;
      have[position] = TRUE;
      whole[position] = token->whole;
      next = position + 1;
    }

  if (have[MARK_MINUTES] && parts[MARK_MINUTES] >= 60)
    {
      g_autofree char *text = number_text (parts[MARK_MINUTES]);
      return invalid (error, _("Minutes must be below 60, not %s."), text);
    }
  if (have[MARK_SECONDS] && parts[MARK_SECONDS] >= 60)
    {
      g_autofree char *text = number_text (parts[MARK_SECONDS]);
      return invalid (error, _("Seconds must be below 60, not %s."), text);
    }
  if ((have[MARK_MINUTES] || have[MARK_SECONDS]) && !whole[MARK_DEGREES])
    return invalid (error, _("Degrees followed by minutes must be a whole number."));
  if (have[MARK_SECONDS] && !whole[MARK_MINUTES])
    return invalid (error, _("Minutes followed by seconds must be a whole number."));
  if (has_sign && hemisphere != 0)
    return invalid (error, _("A coordinate has both a sign and a hemisphere letter: use one."));

  value = parts[MARK_DEGREES] + parts[MARK_MINUTES] / 60.0 + parts[MARK_SECONDS] / 3600.0;
  if (negative || hemisphere == 'S' || hemisphere == 'W')
    value = -value;

  *out_value = value;
  *out_hemisphere = hemisphere;
  return TRUE;
}

/* The token index where the longitude starts, or 0 when the text cannot be split */
static guint
find_split (const Token *tokens,
            guint        n_tokens,
            GError     **error)
{
  guint n_separators = 0, n_hemispheres = 0, n_degrees = 0, n_numbers = 0;
  guint separator = 0;

  for (guint i = 0; i < n_tokens; i++)
    {
      switch (tokens[i].kind)
        {
        case TOKEN_SEPARATOR:
          n_separators++;
          separator = i;
          break;
        case TOKEN_HEMISPHERE:
          n_hemispheres++;
          break;
        case TOKEN_MARK:
          n_degrees += tokens[i].mark == MARK_DEGREES;
          break;
        case TOKEN_NUMBER:
        default:
          n_numbers++;
          break;
        }
    }

  if (n_separators > 1)
    {
      invalid (error, _("Separate latitude and longitude with one comma; do not use a comma "
                        "as the decimal point."));
      return 0;
    }
  if (n_separators == 1)
    {
      if (separator == 0 || separator == n_tokens - 1)
        usage_error (error);
      return separator == n_tokens - 1 ? 0 : separator;
    }

  if (n_hemispheres == 2)
    {
      gboolean prefix = tokens[0].kind == TOKEN_HEMISPHERE;
      guint seen = 0;

      for (guint i = 0; i < n_tokens; i++)
        if (tokens[i].kind == TOKEN_HEMISPHERE && ++seen == (prefix ? 2u : 1u))
          return prefix ? i : i + 1;
    }

  if (n_degrees == 2)
    {
      guint seen = 0;

      for (guint i = 1; i < n_tokens; i++)
        if (tokens[i].kind == TOKEN_MARK && tokens[i].mark == MARK_DEGREES && ++seen == 2)
          return tokens[i - 2].kind == TOKEN_HEMISPHERE && tokens[0].kind == TOKEN_HEMISPHERE ?
                 i - 2 : i - 1;
    }

  if (n_numbers >= 2 && n_numbers <= 6 && n_numbers % 2 == 0)
    {
      guint seen = 0;

      for (guint i = 0; i < n_tokens; i++)
        if (tokens[i].kind == TOKEN_NUMBER && seen++ == n_numbers / 2)
          return i > 0 && tokens[i - 1].kind == TOKEN_HEMISPHERE &&
                 tokens[0].kind == TOKEN_HEMISPHERE ? i - 1 : i;
    }

  if (n_numbers == 1)
    invalid (error, _("Only one number was given: enter a latitude and a longitude."));
  else
    usage_error (error);
  return 0;
}

static gboolean
is_latitude_letter (char hemisphere)
{
  return hemisphere == 'N' || hemisphere == 'S';
}

static gboolean
is_longitude_letter (char hemisphere)
{
  return hemisphere == 'E' || hemisphere == 'W';
}

gboolean
cor_geo_parse (const char  *text,
               double      *out_latitude,
               double      *out_longitude,
               GError     **error)
{
  Token tokens[MAX_TOKENS];
  guint n_tokens = 0;
  guint split;
  double first, second, latitude, longitude;
  char first_hemisphere = 0, second_hemisphere = 0;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (out_latitude != NULL, FALSE);
  g_return_val_if_fail (out_longitude != NULL, FALSE);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return usage_error (error);
  if (!tokenize (text, tokens, &n_tokens, error))
    return FALSE;
  if (n_tokens == 0)
    return usage_error (error);

  split = find_split (tokens, n_tokens, &local_error);
  if (local_error != NULL || split == 0)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        usage_error (error);
      return FALSE;
    }

  if (!parse_one (tokens, 0, split, &first, &first_hemisphere, error))
    return FALSE;
  if (tokens[split].kind == TOKEN_SEPARATOR)
    split++;
  if (!parse_one (tokens, split, n_tokens, &second, &second_hemisphere, error))
    return FALSE;

  if ((is_latitude_letter (first_hemisphere) && is_latitude_letter (second_hemisphere)) ||
      (is_longitude_letter (first_hemisphere) && is_longitude_letter (second_hemisphere)))
    return invalid (error, _("Both coordinates have a %s hemisphere letter: give one of N/S "
                             "and one of E/W."),
                    is_latitude_letter (first_hemisphere) ? "N/S" : "E/W");

  if (is_longitude_letter (first_hemisphere) || is_latitude_letter (second_hemisphere))
    {
      latitude = second;
      longitude = first;
    }
  else
    {
      latitude = first;
      longitude = second;
    }

  if (latitude < -90.0 || latitude > 90.0)
    {
      g_autofree char *value = number_text (latitude);
      return invalid (error, _("Latitude %s is outside −90…90 (latitude comes first)."), value);
    }
  if (longitude < -180.0 || longitude > 180.0)
    {
      g_autofree char *value = number_text (longitude);
      return invalid (error, _("Longitude %s is outside −180…180."), value);
    }

  *out_latitude = latitude;
  *out_longitude = longitude;
  return TRUE;
}

gboolean
cor_geo_is_valid (double latitude,
                  double longitude)
{
  return isfinite (latitude) && isfinite (longitude) &&
         latitude >= -90.0 && latitude <= 90.0 &&
         longitude >= -180.0 && longitude <= 180.0;
}

/* "%.5f" whatever the locale, without "-0.00000" */
static char *
decimal_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (value) < 0.000005)
    value = 0.0;

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.5f", value));
}

char *
cor_geo_format_decimal (double latitude,
                        double longitude)
{
  g_autofree char *lat = decimal_text (latitude);
  g_autofree char *lon = decimal_text (longitude);

  return g_strdup_printf ("%s, %s", lat, lon);
}

static char *
dms_text (double value,
          char   positive,
          char   negative)
{
  /* in tenths of a second, so that rounding carries into minutes and degrees */
  guint64 tenths = (guint64) (fabs (value) * 36000.0 + 0.5);
  char hemisphere = value < 0 && tenths > 0 ? negative : positive;

  return g_strdup_printf ("%" G_GUINT64_FORMAT "°%02u′%02u.%u″%c",
                          tenths / 36000,
                          (guint) ((tenths / 600) % 60),
                          (guint) ((tenths / 10) % 60),
                          (guint) (tenths % 10),
                          hemisphere);
}

char *
cor_geo_format_dms (double latitude,
                    double longitude)
{
  g_autofree char *lat = dms_text (latitude, 'N', 'S');
  g_autofree char *lon = dms_text (longitude, 'E', 'W');

  return g_strdup_printf ("%s %s", lat, lon);
}

char *
cor_geo_osm_url (double latitude,
                 double longitude)
{
  g_autofree char *lat = decimal_text (latitude);
  g_autofree char *lon = decimal_text (longitude);

  return g_strdup_printf ("https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=15/%s/%s",
                          lat, lon, lat, lon);
}
