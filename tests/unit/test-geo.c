/* test-geo.c — core: coordinates parsed, validated and formatted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "cor-error.h"
#include "cor-geo.h"

#define EPSILON 1e-9

static void
check_parse (const char *text,
             double      latitude,
             double      longitude)
{
  g_autoptr(GError) error = NULL;
  double lat = 1000, lon = 1000;

  if (!cor_geo_parse (text, &lat, &lon, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (lat, latitude, EPSILON);
  g_assert_cmpfloat_with_epsilon (lon, longitude, EPSILON);
}

/* Returns the message, for the caller to check it names the problem */
static char *
check_refused (const char *text)
{
  g_autoptr(GError) error = NULL;
  double lat = 1000, lon = 1000;

  if (cor_geo_parse (text, &lat, &lon, &error))
    g_error ("“%s” was accepted as %f, %f", text, lat, lon);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_cmpfloat (lat, ==, 1000);
  g_assert_cmpfloat (lon, ==, 1000);
  g_assert_true (g_str_has_suffix (error->message, "."));

  return g_strdup (error->message);
}

static void
check_refused_with (const char *text,
                    const char *words)
{
  g_autofree char *message = check_refused (text);

  if (strstr (message, words) == NULL)
    g_error ("the refusal of “%s” does not say “%s”: %s", text, words, message);
}

static void
test_decimal (void)
{
  check_parse ("43.70, 131.87", 43.70, 131.87);
  check_parse ("43.70 131.87", 43.70, 131.87);
  check_parse ("  43.70,131.87  ", 43.70, 131.87);
  check_parse ("43.70;131.87", 43.70, 131.87);
  check_parse ("-43.70, -131.87", -43.70, -131.87);
  check_parse ("+43.7 +131.87", 43.7, 131.87);
  check_parse ("−33.8688, 151.2093", -33.8688, 151.2093); /* U+2212 minus */
  check_parse ("43, 131", 43, 131);
  check_parse (".5 .25", 0.5, 0.25);
  check_parse ("44.4060\t131.3710", 44.4060, 131.3710);
}

static void
test_hemispheres (void)
{
  check_parse ("43.70N 131.87E", 43.70, 131.87);
  check_parse ("43.70 N, 131.87 E", 43.70, 131.87);
  check_parse ("43.70n 131.87e", 43.70, 131.87);
  check_parse ("N43.70 E131.87", 43.70, 131.87);
  check_parse ("N 43.70, E 131.87", 43.70, 131.87);
  check_parse ("33.86S 151.20E", -33.86, 151.20);
  check_parse ("40.71N 74.00W", 40.71, -74.00);
  check_parse ("22.9S 43.2W", -22.9, -43.2);
  /* the letters say which is which */
  check_parse ("131.87E 43.70N", 43.70, 131.87);
  check_parse ("74W, 40.7N", 40.7, -74);
  /* one letter is enough when the order is the usual one */
  check_parse ("43.70 131.87E", 43.70, 131.87);
}

static void
test_dms (void)
{
  double lat = 43 + 42.0 / 60;
  double lon = 131 + 52.0 / 60 + 12.0 / 3600;

  check_parse ("43°42′00″N 131°52′12″E", lat, lon);
  check_parse ("43°42'00\"N 131°52'12\"E", lat, lon);
  check_parse ("43°42’00”N, 131°52’12”E", lat, lon);
  check_parse ("43º42'00''N 131º52'12''E", lat, lon);
  check_parse ("43°42'N, 131°52'E", lat, 131 + 52.0 / 60);
  check_parse ("43 42 0 N 131 52 12 E", lat, lon);
  check_parse ("43 42 0 131 52 12", lat, lon);
  check_parse ("43 42, 131 52", lat, 131 + 52.0 / 60);
  check_parse ("N43°42′ E131°52′12″", lat, lon);
  check_parse ("43°42′ 131°52′12″", lat, lon);
  check_parse ("43°42.5′N 131°52′12.25″E", 43 + 42.5 / 60, 131 + 52.0 / 60 + 12.25 / 3600);
  check_parse ("-43°42′, -131°52′12″", -lat, -lon);
  check_parse ("33°51′S 151°12′E", -(33 + 51.0 / 60), 151 + 12.0 / 60);
  check_parse ("43° 131°", 43, 131);
  check_parse ("43°12″N 131°E", 43 + 12.0 / 3600, 131); /* seconds without minutes */
}

static void
test_edges (void)
{
  check_parse ("90, 180", 90, 180);
  check_parse ("-90, -180", -90, -180);
  check_parse ("90N 180W", 90, -180);
  check_parse ("90S 180E", -90, 180);
  check_parse ("0, 0", 0, 0);
  check_parse ("0°0′0″N 0°0′0″E", 0, 0);
  check_parse ("89°59′59.9″N 179°59′59.9″W", 89 + 59.0 / 60 + 59.9 / 3600,
               -(179 + 59.0 / 60 + 59.9 / 3600));

  check_refused_with ("90.000001, 0", "Latitude 90.000001 is outside");
  check_refused_with ("-90.5, 0", "Latitude -90.5");
  check_refused_with ("91, 200", "Latitude 91");
  check_refused_with ("0, 180.00001", "Longitude 180.00001 is outside");
  check_refused_with ("0, -181", "Longitude -181");
  check_refused_with ("90°0′1″N 0°E", "Latitude");
  check_refused_with ("180°0′1″E 0°N", "Longitude");
  /* 131.87 cannot be a latitude */
  check_refused_with ("131.87, 43.70", "Latitude 131.87");
}

static void
test_refused (void)
{
  check_refused_with ("", "Enter a latitude and a longitude");
  check_refused_with ("   ", "Enter a latitude and a longitude");
  check_refused_with ("43.70", "Only one number");
  check_refused_with ("Sergeevka", "“Sergeevka” is not part of a coordinate");
  check_refused_with ("North 43, East 131", "“North”");
  check_refused_with ("43.70, 131.87, 5", "one comma");
  check_refused_with ("43,70, 131,87", "one comma");
  check_refused_with ("43.70 131.87 5", "Enter a latitude and a longitude");
  check_refused_with ("43°61′N 131°52′E", "Minutes must be below 60, not 61");
  check_refused_with ("43°42′60″N 131°52′E", "Seconds must be below 60, not 60");
  check_refused_with ("43 42 75 N 131 52 12 E", "Seconds must be below 60, not 75");
  check_refused_with ("43.70N 131.87N", "Both coordinates");
  check_refused_with ("43.70E 131.87W", "Both coordinates");
  check_refused_with ("-43.70S 131.87E", "both a sign and a hemisphere");
  check_refused_with ("43 42 12 5 N 131 E", "at most three numbers");
  check_refused_with ("43′42° N 131°E", "in that order");
  check_refused_with ("43.5°30′N 131°E", "whole number");
  check_refused_with ("43°42′ -5″N 131°E", "Only the degrees");
  check_refused_with ("°43, 131", "must follow a number");
  check_refused_with ("43.70 @ 131.87", "“@” cannot be part of a coordinate");
  check_refused_with ("43.70, 131.87 km", "“k”");
  check_refused_with ("-, 131", "followed by digits");
  check_refused_with ("43.70,", "Enter a latitude and a longitude");
  check_refused_with (", 131.87", "Enter a latitude and a longitude");
  check_refused_with ("N 43 N", "Enter a latitude and a longitude");
  check_refused_with ("1e5, 3", "not inside it");
  check_refused ("nan, nan");
  check_refused ("inf, 0");
  check_refused ("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 "
                 "29 30 31 32 33 34");
  check_refused ("\xff\xfe");
}

static void
check_format (double      latitude,
              double      longitude,
              const char *decimal,
              const char *dms)
{
  g_autofree char *d = cor_geo_format_decimal (latitude, longitude);
  g_autofree char *s = cor_geo_format_dms (latitude, longitude);
  double lat = 0, lon = 0;

  g_assert_cmpstr (d, ==, decimal);
  g_assert_cmpstr (s, ==, dms);

  /* both forms read back to within their precision */
  check_parse (d, g_ascii_strtod (decimal, NULL),
               g_ascii_strtod (strchr (decimal, ',') + 1, NULL));
  g_assert_true (cor_geo_parse (s, &lat, &lon, NULL));
  g_assert_cmpfloat_with_epsilon (lat, latitude, 0.05 / 3600 + EPSILON);
  g_assert_cmpfloat_with_epsilon (lon, longitude, 0.05 / 3600 + EPSILON);
}

static void
test_format (void)
{
  check_format (43.7, 131.87, "43.70000, 131.87000", "43°42′00.0″N 131°52′12.0″E");
  check_format (-33.8688, 151.2093, "-33.86880, 151.20930", "33°52′07.7″S 151°12′33.5″E");
  check_format (40.7128, -74.006, "40.71280, -74.00600", "40°42′46.1″N 74°00′21.6″W");
  check_format (90, 180, "90.00000, 180.00000", "90°00′00.0″N 180°00′00.0″E");
  check_format (-90, -180, "-90.00000, -180.00000", "90°00′00.0″S 180°00′00.0″W");
  check_format (0, 0, "0.00000, 0.00000", "0°00′00.0″N 0°00′00.0″E");
  /* no negative zero, and rounding carries into minutes and degrees */
  check_format (-0.000001, -0.000001, "0.00000, 0.00000", "0°00′00.0″N 0°00′00.0″E");
  check_format (43.999999, 131.99999999, "44.00000, 132.00000", "44°00′00.0″N 132°00′00.0″E");
  check_format (44.4060, 131.3710, "44.40600, 131.37100", "44°24′21.6″N 131°22′15.6″E");
}

static void
test_osm_url (void)
{
  g_autofree char *url = cor_geo_osm_url (43.7, 131.87);
  g_autofree char *west = cor_geo_osm_url (-22.9, -43.2);

  g_assert_cmpstr (url, ==,
                   "https://www.openstreetmap.org/?mlat=43.70000&mlon=131.87000"
                   "#map=15/43.70000/131.87000");
  g_assert_cmpstr (west, ==,
                   "https://www.openstreetmap.org/?mlat=-22.90000&mlon=-43.20000"
                   "#map=15/-22.90000/-43.20000");
  g_assert_true (g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL));
}

static void
test_valid (void)
{
  g_assert_true (cor_geo_is_valid (90, 180));
  g_assert_true (cor_geo_is_valid (-90, -180));
  g_assert_false (cor_geo_is_valid (90.1, 0));
  g_assert_false (cor_geo_is_valid (0, -180.1));
  g_assert_false (cor_geo_is_valid (0.0 / 0.0, 0));
  g_assert_false (cor_geo_is_valid (0, 1.0 / 0.0));
}

/* A locale whose decimal separator is ',' changes nothing */
static void
test_locale (void)
{
  const char *locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8", NULL };
  const char *found = NULL;

  for (guint i = 0; locales[i] != NULL && found == NULL; i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      found = locales[i];

  if (found == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }

  check_parse ("43.70, 131.87", 43.70, 131.87);
  check_format (43.7, 131.87, "43.70000, 131.87000", "43°42′00.0″N 131°52′12.0″E");
  setlocale (LC_NUMERIC, "C");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/geo/decimal", test_decimal);
  g_test_add_func ("/core/geo/hemispheres", test_hemispheres);
  g_test_add_func ("/core/geo/dms", test_dms);
  g_test_add_func ("/core/geo/edges", test_edges);
  g_test_add_func ("/core/geo/refused", test_refused);
  g_test_add_func ("/core/geo/format", test_format);
  g_test_add_func ("/core/geo/osm-url", test_osm_url);
  g_test_add_func ("/core/geo/valid", test_valid);
  g_test_add_func ("/core/geo/locale", test_locale);

  return g_test_run ();
}
