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

/* The char * field of each plain string property */
static const glong string_fields[N_PROPS] = {
  [PROP_UUID] = G_STRUCT_OFFSET (CorSnapshot, uuid),
  [PROP_CREATED] = G_STRUCT_OFFSET (CorSnapshot, created),
};

static void
cor_snapshot_finalize (GObject *object)
{
  CorSnapshot *self = (CorSnapshot *) object;

  cor_record_clear_strings (self, string_fields, N_PROPS);

  G_OBJECT_CLASS (cor_snapshot_parent_class)->finalize (object);
}

static void
cor_snapshot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CorSnapshot *self = COR_SNAPSHOT (object);

  if (cor_record_get_string_property (self, string_fields, N_PROPS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
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

  if (cor_record_set_string_property (self, string_fields, N_PROPS, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      cor_snapshot_set_id (self, g_value_get_int64 (value));
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

  /* id and uuid: set by the store */
  properties[PROP_ID] = cor_record_param_int64 ("id", 0, 0);
  properties[PROP_UUID] = cor_record_param_string ("uuid");
  properties[PROP_CLIP_ID] = cor_record_param_int64 ("clip-id", 0, 0);
  properties[PROP_ANNOTATION_ID] = cor_record_param_int64 ("annotation-id", 0, 0);
  properties[PROP_POSITION_NS] = cor_record_param_int64 ("position-ns", 0, 0);
  properties[PROP_FRAME] = cor_record_param_int64 ("frame", 0, 0);
  properties[PROP_WIDTH] = cor_record_param_int ("width", 0, G_MAXINT, 0);
  properties[PROP_HEIGHT] = cor_record_param_int ("height", 0, G_MAXINT, 0);
  /* Set by the store */
  properties[PROP_CREATED] = cor_record_param_string ("created");

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

  COR_RECORD_SET_SCALAR (self, width, width, properties[PROP_WIDTH]);
  COR_RECORD_SET_SCALAR (self, height, height, properties[PROP_HEIGHT]);

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

  COR_RECORD_SET_SCALAR (self, id, id, properties[PROP_ID]);
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

  cor_record_set_string (self, &self->uuid, uuid, properties[PROP_UUID]);
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

  COR_RECORD_SET_SCALAR (self, clip_id, clip_id, properties[PROP_CLIP_ID]);
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

  COR_RECORD_SET_SCALAR (self, annotation_id, annotation_id, properties[PROP_ANNOTATION_ID]);
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

  COR_RECORD_SET_SCALAR (self, position_ns, position_ns, properties[PROP_POSITION_NS]);
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

  COR_RECORD_SET_SCALAR (self, frame, frame, properties[PROP_FRAME]);
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

  cor_record_set_string (self, &self->created, created, properties[PROP_CREATED]);
}
