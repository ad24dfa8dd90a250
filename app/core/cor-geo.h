/* cor-geo.h — coordinates: parsed from what analysts type, formatted, linked to a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses a point, latitude first (or in either order when hemisphere letters say which is
 * which), in any of the forms analysts paste:
 *   "43.70, 131.87"   "43.70 131.87"   "-43.70;-131.87"   "43.70N 131.87E"   "N43.70 E131.87"
 *   "43°42′00″N 131°52′12″E"   "43°42'N, 131°52'E"   "43 42 0 N 131 52 12 E"
 *   "43 42, 131 52" (degrees and minutes)   "43 42 0 131 52 12"
 * Degree/minute/second marks may be ° º ' ′ ’ " ″ ” or ''. S and W (or a minus sign) are
 * negative. The decimal separator is always '.', whatever the locale. Latitude must be within
 * ±90, longitude within ±180, minutes and seconds below 60. On failure: COR_STORE_ERROR_INVALID
 * with a sentence that names the problem, and the outputs are left unchanged. */
gboolean  cor_geo_parse          (const char  *text,
                                  double      *out_latitude,
                                  double      *out_longitude,
                                  GError     **error);
/* TRUE when both values are finite and within ±90 / ±180 */
gboolean  cor_geo_is_valid       (double       latitude,
                                  double       longitude);
/* "43.70000, 131.87000" (5 decimals, about 1 m; '.' whatever the locale) */
char     *cor_geo_format_decimal (double       latitude,
                                  double       longitude);
/* "43°42′00.0″N 131°52′12.0″E" (seconds to a tenth, about 3 m) */
char     *cor_geo_format_dms     (double       latitude,
                                  double       longitude);
/* "https://www.openstreetmap.org/?mlat=43.70000&mlon=131.87000#map=15/43.70000/131.87000" */
char     *cor_geo_osm_url        (double       latitude,
                                  double       longitude);

G_END_DECLS
