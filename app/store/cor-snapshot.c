/* cor-snapshot.c — a frame still attached to an observation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-snapshot.h"
#include "cor-record-private.h"

struct _CorSnapshot
{
  GObject parent_instance;

  gint64 id;
  char  *uuid;
  gint64 clip_id;
  gint64 annotation_id;
  gint64 position_ns;
  gint64 frame;
  int    width;
  int    height;
  char  *created;
};

G_DEFINE_FINAL_TYPE (CorSnapshot, cor_snapshot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CLIP_ID,
  PROP_ANNOTATION_ID,
  PROP_POSITION_NS,
  PROP_FRAME,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cor_snapshot_finalize (GObject *object)
{
  CorSnapshot *self = (CorSnapshot *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->created, g_free);

  G_OBJECT_CLASS (cor_snapshot_parent_class)->finalize (object);
}

static void
cor_snapshot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CorSnapshot *self = COR_SNAPSHOT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_CLIP_ID:
      g_value_set_int64 (value, self->clip_id);
      break;

    case PROP_ANNOTATION_ID:
      g_value_set_int64 (value, self->annotation_id);
      break;

    case PROP_POSITION_NS:
      g_value_set_int64 (value, self->position_ns);
      break;

    case PROP_FRAME:
      g_value_set_int64 (value, self->frame);
      break;

    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_int (value, self->height);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_snapshot_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CorSnapshot *self = COR_SNAPSHOT (object);

  switch (prop_id)
    {
    case PROP_ID:
      cor_snapshot_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      cor_snapshot_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_CLIP_ID:
      cor_snapshot_set_clip_id (self, g_value_get_int64 (value));
      break;

    case PROP_ANNOTATION_ID:
      cor_snapshot_set_annotation_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION_NS:
      cor_snapshot_set_position_ns (self, g_value_get_int64 (value));
      break;

    case PROP_FRAME:
      cor_snapshot_set_frame (self, g_value_get_int64 (value));
      break;

    case PROP_WIDTH:
      cor_snapshot_set_size_px (self, g_value_get_int (value), self->height);
      break;

    case PROP_HEIGHT:
      cor_snapshot_set_size_px (self, self->width, g_value_get_int (value));
      break;

    case PROP_CREATED:
      cor_snapshot_set_created (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_snapshot_class_init (CorSnapshotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cor_snapshot_finalize;
  object_class->get_property = cor_snapshot_get_property;
  object_class->set_property = cor_snapshot_set_property;

  /* Set by the store */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLIP_ID] =
    g_param_spec_int64 ("clip-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANNOTATION_ID] =
    g_param_spec_int64 ("annotation-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION_NS] =
    g_param_spec_int64 ("position-ns", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FRAME] =
    g_param_spec_int64 ("frame", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WIDTH] =
    g_param_spec_int ("width", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEIGHT] =
    g_param_spec_int ("height", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_snapshot_init (CorSnapshot *self)
{
}

CorSnapshot *
cor_snapshot_new (void)
{
  return g_object_new (COR_TYPE_SNAPSHOT, NULL);
}

void
cor_snapshot_set_size_px (CorSnapshot *self,
                          int          width,
                          int          height)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));
  g_return_if_fail (width >= 0 && height >= 0);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->width != width)
    {
      self->width = width;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
    }

  if (self->height != height)
    {
      self->height = height;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

gint64
cor_snapshot_get_id (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), 0);

  return self->id;
}

void
cor_snapshot_set_id (CorSnapshot *self,
                     gint64       id)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cor_snapshot_get_uuid (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), NULL);

  return self->uuid;
}

void
cor_snapshot_set_uuid (CorSnapshot *self,
                       const char  *uuid)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));

  if (cor_record_set_string (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
cor_snapshot_get_clip_id (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), 0);

  return self->clip_id;
}

void
cor_snapshot_set_clip_id (CorSnapshot *self,
                          gint64       clip_id)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));
  g_return_if_fail (clip_id >= 0);

  if (self->clip_id == clip_id)
    return;

  self->clip_id = clip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIP_ID]);
}

gint64
cor_snapshot_get_annotation_id (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), 0);

  return self->annotation_id;
}

void
cor_snapshot_set_annotation_id (CorSnapshot *self,
                                gint64       annotation_id)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));
  g_return_if_fail (annotation_id >= 0);

  if (self->annotation_id == annotation_id)
    return;

  self->annotation_id = annotation_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION_ID]);
}

gint64
cor_snapshot_get_position_ns (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), 0);

  return self->position_ns;
}

void
cor_snapshot_set_position_ns (CorSnapshot *self,
                              gint64       position_ns)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));
  g_return_if_fail (position_ns >= 0);

  if (self->position_ns == position_ns)
    return;

  self->position_ns = position_ns;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION_NS]);
}

gint64
cor_snapshot_get_frame (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), 0);

  return self->frame;
}

void
cor_snapshot_set_frame (CorSnapshot *self,
                        gint64       frame)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));
  g_return_if_fail (frame >= 0);

  if (self->frame == frame)
    return;

  self->frame = frame;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAME]);
}

int
cor_snapshot_get_width (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), 0);

  return self->width;
}

int
cor_snapshot_get_height (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), 0);

  return self->height;
}

const char *
cor_snapshot_get_created (CorSnapshot *self)
{
  g_return_val_if_fail (COR_IS_SNAPSHOT (self), NULL);

  return self->created;
}

void
cor_snapshot_set_created (CorSnapshot *self,
                          const char  *created)
{
  g_return_if_fail (COR_IS_SNAPSHOT (self));

  if (cor_record_set_string (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}
