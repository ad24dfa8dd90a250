/* cor-probe.h — what a media file holds (GstDiscoverer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <gst/gst.h>

#include "cor-store-types.h"

G_BEGIN_DECLS

/* Unknown numbers are 0, an unknown duration is -1, unknown strings NULL. */
typedef struct
{
  CorClipKind kind;          /* VIDEO when a non-image video stream is present, else AUDIO */
  gint64      duration_ns;
  int         width;
  int         height;
  int         fps_n;
  int         fps_d;
  char       *video_codec;   /* "H.264 (Main Profile)", "VP8", … */
  char       *audio_codec;   /* "MPEG-4 AAC", "Opus", … */
  char       *container;     /* "Quicktime", "WebM", "Ogg", …; NULL for a bare stream */
  char       *tags_json;     /* the file's tags as one JSON object text, "{}" when none */
  char       *created;       /* ISO 8601 creation time from the tags, NULL if none */
  gboolean    seekable;
} CorMediaInfo;

void          cor_media_info_free (CorMediaInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorMediaInfo, cor_media_info_free)

/* Initialises GStreamer once; safe to call from any thread, any number of times. */
void          cor_media_init      (void);

/* Probes @path (a local file name) with GstDiscoverer, 15 s at most. Errors in
 * COR_MEDIA_ERROR: NOT_FOUND, UNREADABLE, EMPTY, NOT_MEDIA, DAMAGED,
 * MISSING_DECODER (the message names the codec and the package to install),
 * CANCELLED, FAILED. Runs on any thread; blocks until done. */
CorMediaInfo *cor_media_probe     (const char    *path,
                                   GCancellable  *cancellable,
                                   GError       **error);

/* The Debian package that holds a decoder for @caps (a missing-plugin detail such as
 * "video/x-h265"), e.g. "gstreamer1.0-libav". Never NULL. */
const char   *cor_media_package_for_caps (const char *caps);

/* "H.265 video", "MPEG-4 AAC audio": a codec named for people. Needs <gst/gst.h>. */
char         *cor_media_describe_caps (const GstCaps *caps);
/* For a GStreamer installer detail ("gstreamer|1.0|app|desc|decoder-video/x-h265"):
 * the missing decoder described ("H.265 video") and its package; NULL if it is not
 * an audio or video decoder */
char         *cor_media_describe_installer_detail (const char  *detail,
                                                   const char **package);

/* Checks that @path is a regular, non-empty, readable file; fills @out_size.
 * Errors: COR_MEDIA_ERROR_NOT_FOUND, _UNREADABLE, _EMPTY. */
gboolean      cor_media_check_file (const char  *path,
                                    gint64      *out_size,
                                    GError     **error);

G_END_DECLS
