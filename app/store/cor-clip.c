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

static void
cor_clip_finalize (GObject *object)
{
  CorClip *self = (CorClip *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->relative_path, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->imported, g_free);
  g_clear_pointer (&self->video_codec, g_free);
  g_clear_pointer (&self->audio_codec, g_free);
  g_clear_pointer (&self->container, g_free);
  g_clear_pointer (&self->tags_json, g_free);
  g_clear_pointer (&self->media_created, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->source_url, g_free);
  g_clear_pointer (&self->first_seen, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (cor_clip_parent_class)->finalize (object);
}

static void
cor_clip_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CorClip *self = COR_CLIP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_RELATIVE_PATH:
      g_value_set_string (value, self->relative_path);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_IMPORTED:
      g_value_set_string (value, self->imported);
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

    case PROP_VIDEO_CODEC:
      g_value_set_string (value, self->video_codec);
      break;

    case PROP_AUDIO_CODEC:
      g_value_set_string (value, self->audio_codec);
      break;

    case PROP_CONTAINER:
      g_value_set_string (value, self->container);
      break;

    case PROP_TAGS_JSON:
      g_value_set_string (value, self->tags_json);
      break;

    case PROP_MEDIA_CREATED:
      g_value_set_string (value, self->media_created);
      break;

    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;

    case PROP_SOURCE_URL:
      g_value_set_string (value, self->source_url);
      break;

    case PROP_FIRST_SEEN:
      g_value_set_string (value, self->first_seen);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
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

  switch (prop_id)
    {
    case PROP_ID:
      cor_clip_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      cor_clip_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cor_clip_set_title (self, g_value_get_string (value));
      break;

    case PROP_PATH:
      cor_clip_set_path (self, g_value_get_string (value));
      break;

    case PROP_RELATIVE_PATH:
      cor_clip_set_relative_path (self, g_value_get_string (value));
      break;

    case PROP_SIZE:
      cor_clip_set_size (self, g_value_get_int64 (value));
      break;

    case PROP_SHA256:
      cor_clip_set_sha256 (self, g_value_get_string (value));
      break;

    case PROP_IMPORTED:
      cor_clip_set_imported (self, g_value_get_string (value));
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

    case PROP_VIDEO_CODEC:
      cor_clip_set_video_codec (self, g_value_get_string (value));
      break;

    case PROP_AUDIO_CODEC:
      cor_clip_set_audio_codec (self, g_value_get_string (value));
      break;

    case PROP_CONTAINER:
      cor_clip_set_container (self, g_value_get_string (value));
      break;

    case PROP_TAGS_JSON:
      cor_clip_set_tags_json (self, g_value_get_string (value));
      break;

    case PROP_MEDIA_CREATED:
      cor_clip_set_media_created (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN:
      cor_clip_set_origin (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_URL:
      cor_clip_set_source_url (self, g_value_get_string (value));
      break;

    case PROP_FIRST_SEEN:
      cor_clip_set_first_seen (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cor_clip_set_notes (self, g_value_get_string (value));
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

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RELATIVE_PATH] =
    g_param_spec_string ("relative-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_IMPORTED] =
    g_param_spec_string ("imported", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      COR_CLIP_KIND_UNKNOWN, COR_CLIP_KIND_AUDIO, COR_CLIP_KIND_UNKNOWN,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DURATION_NS] =
    g_param_spec_int64 ("duration-ns", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WIDTH] =
    g_param_spec_int ("width", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEIGHT] =
    g_param_spec_int ("height", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FPS_N] =
    g_param_spec_int ("fps-n", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FPS_D] =
    g_param_spec_int ("fps-d", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIDEO_CODEC] =
    g_param_spec_string ("video-codec", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUDIO_CODEC] =
    g_param_spec_string ("audio-codec", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTAINER] =
    g_param_spec_string ("container", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TAGS_JSON] =
    g_param_spec_string ("tags-json", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MEDIA_CREATED] =
    g_param_spec_string ("media-created", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE_URL] =
    g_param_spec_string ("source-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_SEEN] =
    g_param_spec_string ("first-seen", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

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

void
cor_clip_set_frame_rate (CorClip *self,
                         int      fps_n,
                         int      fps_d)
{
  g_return_if_fail (COR_IS_CLIP (self));
  g_return_if_fail (fps_n >= 0 && fps_d >= 0);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->fps_n != fps_n)
    {
      self->fps_n = fps_n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FPS_N]);
    }

  if (self->fps_d != fps_d)
    {
      self->fps_d = fps_d;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FPS_D]);
    }

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

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
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

  if (cor_record_set_string (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
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

  if (cor_record_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
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

  if (cor_record_set_string (&self->path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
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

  if (cor_record_set_string (&self->relative_path, relative_path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIVE_PATH]);
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

  if (self->size == size)
    return;

  self->size = size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
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

  if (cor_record_set_string (&self->sha256, sha256))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
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

  if (cor_record_set_string (&self->imported, imported))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTED]);
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

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
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

  if (self->duration_ns == duration_ns)
    return;

  self->duration_ns = duration_ns;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_NS]);
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

  if (cor_record_set_string (&self->video_codec, video_codec))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIDEO_CODEC]);
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

  if (cor_record_set_string (&self->audio_codec, audio_codec))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIO_CODEC]);
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

  if (cor_record_set_string (&self->container, container))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTAINER]);
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

  if (cor_record_set_string (&self->tags_json, tags_json))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS_JSON]);
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

  if (cor_record_set_string (&self->media_created, media_created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEDIA_CREATED]);
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

  if (cor_record_set_string (&self->origin, origin))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
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

  if (cor_record_set_string (&self->source_url, source_url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_URL]);
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

  if (cor_record_set_string (&self->first_seen, first_seen))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_SEEN]);
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

  if (cor_record_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
