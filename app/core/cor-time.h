/* cor-time.h — the only place where time is formatted and parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COR_NS_PER_MS     G_GINT64_CONSTANT (1000000)
#define COR_NS_PER_SECOND G_GINT64_CONSTANT (1000000000)

/* "HH:MM:SS.mmm", rounded to the nearest millisecond; negative values get a '-' */
char     *cor_time_format      (gint64       ns);
/* Parses "[[HH:]MM:]SS[.fffffffff]"; minutes and seconds after a colon must be < 60 */
gboolean  cor_time_parse       (const char  *text,
                                gint64      *out_ns,
                                GError     **error);
/* Start time of frame @frame at @fps_n/@fps_d frames per second (GStreamer's rounding) */
gint64    cor_time_frame_to_ns (gint64       frame,
                                int          fps_n,
                                int          fps_d);
/* The frame whose display span [start, next start) covers @ns */
gint64    cor_time_ns_to_frame (gint64       ns,
                                int          fps_n,
                                int          fps_d);
/* Start time of the frame that covers @ns */
gint64    cor_time_snap_to_frame (gint64     ns,
                                  int        fps_n,
                                  int        fps_d);

G_END_DECLS
