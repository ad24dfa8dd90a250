/* cor-still.h — frame stills: PNG of a decoded frame, the frame at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <gst/gst.h>

G_BEGIN_DECLS

/* The stream time of a video sample's first frame (its PTS through its segment:
 * MP4 edit lists), -1 if unknown */
gint64  cor_media_sample_time     (GstSample  *sample);
/* The frame number of a video sample from its caps' frame rate (nearest frame start,
 * as container timestamps are rounded), -1 if unknown. Fills @fps_n/@fps_d (0 unknown). */
gint64  cor_media_sample_frame    (GstSample  *sample,
                                   int        *fps_n,
                                   int        *fps_d);
/* Where an accurate seek must aim to show the frame that covers @ns: the middle of
 * that frame, as containers round frame times (Matroska to the millisecond) and a
 * frame whose rounded span overlaps @ns would be shown instead */
gint64  cor_media_frame_middle    (gint64      ns,
                                   int         fps_n,
                                   int         fps_d);
/* Encodes a raw video sample as PNG at its full size. Any thread; blocks. */
GBytes *cor_media_sample_to_png   (GstSample  *sample,
                                   int        *width,
                                   int        *height,
                                   GError    **error);

/* Decodes the frame of @path that covers @at_ns (accurate seek) and returns it as
 * PNG, with that frame's own timestamp, its number and size. Blocks; any thread.
 * Errors in COR_MEDIA_ERROR (NOT_FOUND, EMPTY, NOT_MEDIA, DAMAGED, MISSING_DECODER,
 * FAILED when @at_ns is past the end or the file has no picture). */
GBytes *cor_media_grab_frame_png  (const char  *path,
                                   gint64       at_ns,
                                   gint64      *frame_ns,
                                   gint64      *frame_number,
                                   int         *width,
                                   int         *height,
                                   GError     **error);

/* Maps an error message from a pipeline to COR_MEDIA_ERROR; @missing (nullable) is
 * the text of an earlier missing-plugin message ("H.265 video"), @package its package. */
GError *cor_media_error_from_gst  (const GError *gst_error,
                                   const char   *uri,
                                   const char   *missing,
                                   const char   *package);
/* For a missing-plugin element message: what is missing ("H.265 video") and the package
 * that holds it; NULL if @message is no missing-decoder message */
char   *cor_media_describe_missing_plugin (GstMessage  *message,
                                           const char **package);

/* A videoflip that follows the clip's image-orientation tag (phone footage stored sideways);
 * passthrough for upright video. NULL when videoflip is missing. */
GstElement *cor_media_make_orientation_filter (void);

G_END_DECLS
