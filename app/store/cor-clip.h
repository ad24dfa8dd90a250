/* cor-clip.h — an imported video or audio file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cor-store-types.h"

G_BEGIN_DECLS

#define COR_TYPE_CLIP (cor_clip_get_type ())

G_DECLARE_FINAL_TYPE (CorClip, cor_clip, COR, CLIP, GObject)

/* Properties: "id", "uuid", "title", "path", "relative-path", "size", "sha256", "imported",
 * "kind", "duration-ns", "width", "height", "fps-n", "fps-d", "video-codec", "audio-codec",
 * "container", "tags-json", "media-created", "origin", "source-url", "first-seen", "notes".
 * Unknown numbers are 0, unknown duration is -1. */
CorClip    *cor_clip_new                (void);
gint64      cor_clip_get_id             (CorClip *self);
const char *cor_clip_get_uuid           (CorClip *self);
const char *cor_clip_get_title          (CorClip *self);
void        cor_clip_set_title          (CorClip *self, const char *title);
/* Absolute path at import */
const char *cor_clip_get_path           (CorClip *self);
void        cor_clip_set_path           (CorClip *self, const char *path);
/* Path relative to the case file's folder, NULL if none can be formed */
const char *cor_clip_get_relative_path  (CorClip *self);
void        cor_clip_set_relative_path  (CorClip *self, const char *relative_path);
gint64      cor_clip_get_size           (CorClip *self);
void        cor_clip_set_size           (CorClip *self, gint64 size);
/* 64 lowercase hex digits; required */
const char *cor_clip_get_sha256         (CorClip *self);
void        cor_clip_set_sha256         (CorClip *self, const char *sha256);
/* ISO 8601 UTC, set by the store on insert */
const char *cor_clip_get_imported       (CorClip *self);
CorClipKind cor_clip_get_kind           (CorClip *self);
void        cor_clip_set_kind           (CorClip *self, CorClipKind kind);
gint64      cor_clip_get_duration_ns    (CorClip *self);
void        cor_clip_set_duration_ns    (CorClip *self, gint64 duration_ns);
int         cor_clip_get_width          (CorClip *self);
int         cor_clip_get_height         (CorClip *self);
void        cor_clip_set_size_px        (CorClip *self, int width, int height);
int         cor_clip_get_fps_n          (CorClip *self);
int         cor_clip_get_fps_d          (CorClip *self);
void        cor_clip_set_frame_rate     (CorClip *self, int fps_n, int fps_d);
const char *cor_clip_get_video_codec    (CorClip *self);
void        cor_clip_set_video_codec    (CorClip *self, const char *codec);
const char *cor_clip_get_audio_codec    (CorClip *self);
void        cor_clip_set_audio_codec    (CorClip *self, const char *codec);
const char *cor_clip_get_container      (CorClip *self);
void        cor_clip_set_container      (CorClip *self, const char *container);
/* The file's own metadata tags as a JSON object text */
const char *cor_clip_get_tags_json      (CorClip *self);
void        cor_clip_set_tags_json      (CorClip *self, const char *tags_json);
/* Creation time the file's tags give, ISO 8601, NULL if none */
const char *cor_clip_get_media_created  (CorClip *self);
void        cor_clip_set_media_created  (CorClip *self, const char *media_created);
/* Where it came from: "Telegram channel Astra" */
const char *cor_clip_get_origin         (CorClip *self);
void        cor_clip_set_origin         (CorClip *self, const char *origin);
const char *cor_clip_get_source_url     (CorClip *self);
void        cor_clip_set_source_url     (CorClip *self, const char *source_url);
const char *cor_clip_get_first_seen     (CorClip *self);
void        cor_clip_set_first_seen     (CorClip *self, const char *first_seen);
const char *cor_clip_get_notes          (CorClip *self);
void        cor_clip_set_notes          (CorClip *self, const char *notes);
/* A display name: the title, else the file's base name */
char       *cor_clip_dup_display_name   (CorClip *self);

G_END_DECLS
