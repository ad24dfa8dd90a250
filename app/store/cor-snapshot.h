/* cor-snapshot.h — a frame still attached to an observation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define COR_TYPE_SNAPSHOT (cor_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (CorSnapshot, cor_snapshot, COR, SNAPSHOT, GObject)

/* Properties: "id", "uuid", "clip-id", "annotation-id", "position-ns", "frame", "width",
 * "height", "created". The PNG bytes are loaded on demand with cor_store_load_snapshot_png(). */
CorSnapshot *cor_snapshot_new               (void);
gint64       cor_snapshot_get_id            (CorSnapshot *self);
const char  *cor_snapshot_get_uuid          (CorSnapshot *self);
gint64       cor_snapshot_get_clip_id       (CorSnapshot *self);
void         cor_snapshot_set_clip_id       (CorSnapshot *self, gint64 clip_id);
/* 0 when attached to no observation */
gint64       cor_snapshot_get_annotation_id (CorSnapshot *self);
void         cor_snapshot_set_annotation_id (CorSnapshot *self, gint64 annotation_id);
/* The frame's own timestamp and number */
gint64       cor_snapshot_get_position_ns   (CorSnapshot *self);
void         cor_snapshot_set_position_ns   (CorSnapshot *self, gint64 position_ns);
gint64       cor_snapshot_get_frame         (CorSnapshot *self);
void         cor_snapshot_set_frame         (CorSnapshot *self, gint64 frame);
int          cor_snapshot_get_width         (CorSnapshot *self);
int          cor_snapshot_get_height        (CorSnapshot *self);
void         cor_snapshot_set_size_px       (CorSnapshot *self, int width, int height);
const char  *cor_snapshot_get_created       (CorSnapshot *self);

G_END_DECLS
