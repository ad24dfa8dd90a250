/* cor-clip.c — an imported video or audio file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-clip.h"
#include "cor-record-private.h"

struct _CorClip
{
  GObject parent_instance;

  gint64      id;
  char       *uuid;
  char       *title;
  char       *path;
  char       *relative_path;
  gint64      size;
  char       *sha256;
  char       *imported;
  CorClipKind kind;
  gint64      duration_ns;
  int         width;
  int         height;
  int         fps_n;
  int         fps_d;
  char       *video_codec;
  char       *audio_codec;
  char       *container;
  char       *tags_json;
  char       *media_created;
  char       *origin;
  char       *source_url;
  char       *first_seen;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (CorClip, cor_clip, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_PATH,
  PROP_RELATIVE_PATH,
  PROP_SIZE,
  PROP_SHA256,
  PROP_IMPORTED,
  PROP_KIND,
  PROP_DURATION_NS,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_FPS_N,
  PROP_FPS_D,
  PROP_VIDEO_CODEC,
  PROP_AUDIO_CODEC,
  PROP_CONTAINER,
  PROP_TAGS_JSON,
  PROP_MEDIA_CREATED,
  PROP_ORIGIN,
  PROP_SOURCE_URL,
  PROP_FIRST_SEEN,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The char * field of each plain string property */
static const glong string_fields[N_PROPS] = {
  [PROP_UUID] = G_STRUCT_OFFSET (CorClip, uuid),
  [PROP_TITLE] = G_STRUCT_OFFSET (CorClip, title),
  [PROP_PATH] = G_STRUCT_OFFSET (CorClip, path),
  [PROP_RELATIVE_PATH] = G_STRUCT_OFFSET (CorClip, relative_path),
  [PROP_SHA256] = G_STRUCT_OFFSET (CorClip, sha256),
  [PROP_IMPORTED] = G_STRUCT_OFFSET (CorClip, imported),
  [PROP_VIDEO_CODEC] = G_STRUCT_OFFSET (CorClip, video_codec),
  [PROP_AUDIO_CODEC] = G_STRUCT_OFFSET (CorClip, audio_codec),
  [PROP_CONTAINER] = G_STRUCT_OFFSET (CorClip, container),
  [PROP_TAGS_JSON] = G_STRUCT_OFFSET (CorClip, tags_json),
  [PROP_MEDIA_CREATED] = G_STRUCT_OFFSET (CorClip, media_created),
  [PROP_ORIGIN] = G_STRUCT_OFFSET (CorClip, origin),
  [PROP_SOURCE_URL] = G_STRUCT_OFFSET (CorClip, source_url),
  [PROP_FIRST_SEEN] = G_STRUCT_OFFSET (CorClip, first_seen),
  [PROP_NOTES] = G_STRUCT_OFFSET (CorClip, notes),
};

static void
cor_clip_finalize (GObject *object)
{
  CorClip *self = (CorClip *) object;

  cor_record_clear_strings (self, string_fields, N_PROPS);

  G_OBJECT_CLASS (cor_clip_parent_class)->finalize (object);
}

static void
cor_clip_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CorClip *self = COR_CLIP (object);

  if (cor_record_get_string_property (self, string_fields, N_PROPS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_KIND:
      g_value_set_int (value, (int) self->kind);
      break;

    case PROP_DURATION_NS:
      g_value_set_int64 (value, self->duration_ns);
      break;

    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_int (value, self->height);
      break;

    case PROP_FPS_N:
      g_value_set_int (value, self->fps_n);
      break;

    case PROP_FPS_D:
      g_value_set_int (value, self->fps_d);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_clip_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CorClip *self = COR_CLIP (object);

  if (cor_record_set_string_property (self, string_fields, N_PROPS, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      cor_clip_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SIZE:
      cor_clip_set_size (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      cor_clip_set_kind (self, (CorClipKind) g_value_get_int (value));
      break;

    case PROP_DURATION_NS:
      cor_clip_set_duration_ns (self, g_value_get_int64 (value));
      break;

    case PROP_WIDTH:
      cor_clip_set_size_px (self, g_value_get_int (value), self->height);
      break;

    case PROP_HEIGHT:
      cor_clip_set_size_px (self, self->width, g_value_get_int (value));
      break;

    case PROP_FPS_N:
      cor_clip_set_frame_rate (self, g_value_get_int (value), self->fps_d);
      break;

    case PROP_FPS_D:
      cor_clip_set_frame_rate (self, self->fps_n, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_clip_class_init (CorClipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cor_clip_finalize;
  object_class->get_property = cor_clip_get_property;
  object_class->set_property = cor_clip_set_property;

  /* id and uuid: set by the store */
  properties[PROP_ID] = cor_record_param_int64 ("id", 0, 0);
  properties[PROP_UUID] = cor_record_param_string ("uuid");
  properties[PROP_TITLE] = cor_record_param_string ("title");
  properties[PROP_PATH] = cor_record_param_string ("path");
  properties[PROP_RELATIVE_PATH] = cor_record_param_string ("relative-path");
  properties[PROP_SIZE] = cor_record_param_int64 ("size", 0, 0);
  properties[PROP_SHA256] = cor_record_param_string ("sha256");
  /* Set by the store */
  properties[PROP_IMPORTED] = cor_record_param_string ("imported");

  properties[PROP_KIND] =
    cor_record_param_int ("kind",
                          COR_CLIP_KIND_UNKNOWN,
                          COR_CLIP_KIND_AUDIO,
                          COR_CLIP_KIND_UNKNOWN);

  properties[PROP_DURATION_NS] = cor_record_param_int64 ("duration-ns", -1, -1);
  properties[PROP_WIDTH] = cor_record_param_int ("width", 0, G_MAXINT, 0);
  properties[PROP_HEIGHT] = cor_record_param_int ("height", 0, G_MAXINT, 0);
  properties[PROP_FPS_N] = cor_record_param_int ("fps-n", 0, G_MAXINT, 0);
  properties[PROP_FPS_D] = cor_record_param_int ("fps-d", 0, G_MAXINT, 0);
  properties[PROP_VIDEO_CODEC] = cor_record_param_string ("video-codec");
  properties[PROP_AUDIO_CODEC] = cor_record_param_string ("audio-codec");
  properties[PROP_CONTAINER] = cor_record_param_string ("container");
  properties[PROP_TAGS_JSON] = cor_record_param_string ("tags-json");
  properties[PROP_MEDIA_CREATED] = cor_record_param_string ("media-created");
  properties[PROP_ORIGIN] = cor_record_param_string ("origin");
  properties[PROP_SOURCE_URL] = cor_record_param_string ("source-url");
  properties[PROP_FIRST_SEEN] = cor_record_param_string ("first-seen");
  properties[PROP_NOTES] = cor_record_param_string ("notes");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_clip_init (CorClip *self)
{
  self->duration_ns = -1;
}

CorClip *
cor_clip_new (void)
{
  return g_object_new (COR_TYPE_CLIP, NULL);
}

void
cor_clip_set_size_px (CorClip *self,
                      int      width,
                      int      height)
{
  g_return_if_fail (COR_IS_CLIP (self));
  g_return_if_fail (width >= 0 && height >= 0);

  g_object_freeze_notify (G_OBJECT (self));

  COR_RECORD_SET_SCALAR (self, width, width, properties[PROP_WIDTH]);
  COR_RECORD_SET_SCALAR (self, height, height, properties[PROP_HEIGHT]);

  g_object_thaw_notify (G_OBJECT (self));
}

void
cor_clip_set_frame_rate (CorClip *self,
                         int      fps_n,
                         int      fps_d)
{
  g_return_if_fail (COR_IS_CLIP (self));
  g_return_if_fail (fps_n >= 0 && fps_d >= 0);

  g_object_freeze_notify (G_OBJECT (self));

  COR_RECORD_SET_SCALAR (self, fps_n, fps_n, properties[PROP_FPS_N]);
  COR_RECORD_SET_SCALAR (self, fps_d, fps_d, properties[PROP_FPS_D]);

  g_object_thaw_notify (G_OBJECT (self));
}

char *
cor_clip_dup_display_name (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  if (self->title != NULL && self->title[0] != '\0')
    return g_strdup (self->title);

  if (self->path != NULL && self->path[0] != '\0')
    return g_path_get_basename (self->path);

  if (self->relative_path != NULL && self->relative_path[0] != '\0')
    return g_path_get_basename (self->relative_path);

  return g_strdup (_("Untitled clip"));
}

gint64
cor_clip_get_id (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), 0);

  return self->id;
}

void
cor_clip_set_id (CorClip *self,
                 gint64   id)
{
  g_return_if_fail (COR_IS_CLIP (self));
  g_return_if_fail (id >= 0);

  COR_RECORD_SET_SCALAR (self, id, id, properties[PROP_ID]);
}

const char *
cor_clip_get_uuid (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->uuid;
}

void
cor_clip_set_uuid (CorClip    *self,
                   const char *uuid)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->uuid, uuid, properties[PROP_UUID]);
}

const char *
cor_clip_get_title (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->title;
}

void
cor_clip_set_title (CorClip    *self,
                    const char *title)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->title, title, properties[PROP_TITLE]);
}

const char *
cor_clip_get_path (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->path;
}

void
cor_clip_set_path (CorClip    *self,
                   const char *path)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->path, path, properties[PROP_PATH]);
}

const char *
cor_clip_get_relative_path (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->relative_path;
}

void
cor_clip_set_relative_path (CorClip    *self,
                            const char *relative_path)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->relative_path, relative_path, properties[PROP_RELATIVE_PATH]);
}

gint64
cor_clip_get_size (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), 0);

  return self->size;
}

void
cor_clip_set_size (CorClip *self,
                   gint64   size)
{
  g_return_if_fail (COR_IS_CLIP (self));
  g_return_if_fail (size >= 0);

  COR_RECORD_SET_SCALAR (self, size, size, properties[PROP_SIZE]);
}

const char *
cor_clip_get_sha256 (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->sha256;
}

void
cor_clip_set_sha256 (CorClip    *self,
                     const char *sha256)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->sha256, sha256, properties[PROP_SHA256]);
}

const char *
cor_clip_get_imported (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->imported;
}

void
cor_clip_set_imported (CorClip    *self,
                       const char *imported)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->imported, imported, properties[PROP_IMPORTED]);
}

CorClipKind
cor_clip_get_kind (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), (CorClipKind) COR_CLIP_KIND_UNKNOWN);

  return self->kind;
}

void
cor_clip_set_kind (CorClip     *self,
                   CorClipKind  kind)
{
  g_return_if_fail (COR_IS_CLIP (self));
  g_return_if_fail ((int) kind >= COR_CLIP_KIND_UNKNOWN
                    && (int) kind <= COR_CLIP_KIND_AUDIO);

  COR_RECORD_SET_SCALAR (self, kind, kind, properties[PROP_KIND]);
}

gint64
cor_clip_get_duration_ns (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), 0);

  return self->duration_ns;
}

void
cor_clip_set_duration_ns (CorClip *self,
                          gint64   duration_ns)
{
  g_return_if_fail (COR_IS_CLIP (self));
  g_return_if_fail (duration_ns >= -1);

  COR_RECORD_SET_SCALAR (self, duration_ns, duration_ns, properties[PROP_DURATION_NS]);
}

int
cor_clip_get_width (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), 0);

  return self->width;
}

int
cor_clip_get_height (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), 0);

  return self->height;
}

int
cor_clip_get_fps_n (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), 0);

  return self->fps_n;
}

int
cor_clip_get_fps_d (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), 0);

  return self->fps_d;
}

const char *
cor_clip_get_video_codec (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->video_codec;
}

void
cor_clip_set_video_codec (CorClip    *self,
                          const char *video_codec)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->video_codec, video_codec, properties[PROP_VIDEO_CODEC]);
}

const char *
cor_clip_get_audio_codec (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->audio_codec;
}

void
cor_clip_set_audio_codec (CorClip    *self,
                          const char *audio_codec)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->audio_codec, audio_codec, properties[PROP_AUDIO_CODEC]);
}

const char *
cor_clip_get_container (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->container;
}

void
cor_clip_set_container (CorClip    *self,
                        const char *container)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->container, container, properties[PROP_CONTAINER]);
}

const char *
cor_clip_get_tags_json (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->tags_json;
}

void
cor_clip_set_tags_json (CorClip    *self,
                        const char *tags_json)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->tags_json, tags_json, properties[PROP_TAGS_JSON]);
}

const char *
cor_clip_get_media_created (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->media_created;
}

void
cor_clip_set_media_created (CorClip    *self,
                            const char *media_created)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->media_created, media_created, properties[PROP_MEDIA_CREATED]);
}

const char *
cor_clip_get_origin (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->origin;
}

void
cor_clip_set_origin (CorClip    *self,
                     const char *origin)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->origin, origin, properties[PROP_ORIGIN]);
}

const char *
cor_clip_get_source_url (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->source_url;
}

void
cor_clip_set_source_url (CorClip    *self,
                         const char *source_url)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->source_url, source_url, properties[PROP_SOURCE_URL]);
}

const char *
cor_clip_get_first_seen (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->first_seen;
}

void
cor_clip_set_first_seen (CorClip    *self,
                         const char *first_seen)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->first_seen, first_seen, properties[PROP_FIRST_SEEN]);
}

const char *
cor_clip_get_notes (CorClip *self)
{
  g_return_val_if_fail (COR_IS_CLIP (self), NULL);

  return self->notes;
}

void
cor_clip_set_notes (CorClip    *self,
                    const char *notes)
{
  g_return_if_fail (COR_IS_CLIP (self));

  cor_record_set_string (self, &self->notes, notes, properties[PROP_NOTES]);
}
