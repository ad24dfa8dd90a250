/* media-test-util.h — making media at test time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "../common/cor-test-tree.h"
#include <gst/gst.h>

G_BEGIN_DECLS

/* A fresh temporary folder; remove it with cor_test_remove_tree() */
char    *media_test_tmpdir      (void);

/* setlocale, g_test_init and cor_media_init; returns the tests' temporary folder: a new
 * one, or in a subprocess test its parent's */
char    *media_test_init        (int         *argc,
                                 char      ***argv);
/* g_test_run, then removes *@tmpdir (unless in a subprocess test) and clears it */
int      media_test_run         (char       **tmpdir);

/* Runs @description (a gst-launch line where "%s" stands for the output file's
 * location) in this process until EOS and returns the file's path in @dir. */
char    *media_test_make        (const char *dir,
                                 const char *name,
                                 const char *description);

/* A 320x240 30 fps clip of @seconds whose frame n is filled with the colour
 * media_test_frame_colour (n): a frame counter burned into the picture. H.264 (Main,
 * B-frames) + AAC in MP4, or VP8 + Opus when @name ends in ".webm". With @with_audio,
 * a 440 Hz tone of the same length. */
char    *media_test_make_counter_clip (const char *dir,
                                       const char *name,
                                       int         seconds,
                                       gboolean    with_audio);
void     media_test_frame_colour      (int         n,
                                       guint8     *r,
                                       guint8     *g,
                                       guint8     *b);
/* The frame number a decoded colour stands for, -1 when it is none */
int      media_test_frame_from_colour (int         r,
                                       int         g,
                                       int         b);
/* The frame number shown by the centre of a video sample (any raw RGB/BGR format) */
int      media_test_sample_frame      (GstSample  *sample);
/* Decodes PNG bytes; returns the frame number its centre shows and its size */
int      media_test_png_frame         (GBytes     *png,
                                       int        *width,
                                       int        *height);

G_END_DECLS
