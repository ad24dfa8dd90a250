/* cor-annotation.c — a timestamped observation on a clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-annotation.h"
#include "cor-record-private.h"

struct _CorAnnotation
{
  GObject parent_instance;

  gint64            id;
  char             *uuid;
  gint64            clip_id;
  gint64            start_ns;
  gint64            end_ns;
  CorAnnotationKind kind;
  char             *language;
  char             *dialect;
  char             *speaker;
  char             *transcript;
  char             *translation;
  char             *translated_by;
  char             *maker;
  char             *item;
  char             *markings;
  char             *place;
  gboolean          has_coordinates;
  double            latitude;
  double            longitude;
  double            precision_m;
  char             *method;
  char             *geolocated_by;
  CorConfidence     confidence;
  char             *analyst;
  char             *note;
  char            **tags;
  char             *created;
  char             *updated;
};

G_DEFINE_FINAL_TYPE (CorAnnotation, cor_annotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CLIP_ID,
  PROP_START_NS,
  PROP_END_NS,
  PROP_KIND,
  PROP_LANGUAGE,
  PROP_DIALECT,
  PROP_SPEAKER,
  PROP_TRANSCRIPT,
  PROP_TRANSLATION,
  PROP_TRANSLATED_BY,
  PROP_MAKER,
  PROP_ITEM,
  PROP_MARKINGS,
  PROP_PLACE,
  PROP_HAS_COORDINATES,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_PRECISION_M,
  PROP_METHOD,
  PROP_GEOLOCATED_BY,
  PROP_CONFIDENCE,
  PROP_ANALYST,
  PROP_NOTE,
  PROP_TAGS,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Appends text to a summary line, trimmed and with line breaks turned into spaces, between
 * before and after; empty text adds nothing. */
static void
append_part (GString    *line,
             const char *text,
             const char *before,
             const char *after)
{
  g_autofree char *part = NULL;

  if (text == NULL)
    return;

  part = g_strstrip (g_strdup (text));
  if (part[0] == '\0')
    return;

  g_strdelimit (part, "\r\n\t", ' ');

  if (line->len > 0)
    g_string_append (line, " · ");
  g_string_append (line, before);
  g_string_append (line, part);
  g_string_append (line, after);
}

/* The first non-empty line of text, trimmed, or NULL */
static char *
dup_first_line (const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return NULL;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        return g_strdup (lines[i]);
    }

  return NULL;
}

static void
cor_annotation_finalize (GObject *object)
{
  CorAnnotation *self = (CorAnnotation *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->dialect, g_free);
  g_clear_pointer (&self->speaker, g_free);
  g_clear_pointer (&self->transcript, g_free);
  g_clear_pointer (&self->translation, g_free);
  g_clear_pointer (&self->translated_by, g_free);
  g_clear_pointer (&self->maker, g_free);
  g_clear_pointer (&self->item, g_free);
  g_clear_pointer (&self->markings, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->geolocated_by, g_free);
  g_clear_pointer (&self->analyst, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (cor_annotation_parent_class)->finalize (object);
}

static void
cor_annotation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CorAnnotation *self = COR_ANNOTATION (object);

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

    case PROP_START_NS:
      g_value_set_int64 (value, self->start_ns);
      break;

    case PROP_END_NS:
      g_value_set_int64 (value, self->end_ns);
      break;

    case PROP_KIND:
      g_value_set_int (value, (int) self->kind);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_DIALECT:
      g_value_set_string (value, self->dialect);
      break;

    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;

    case PROP_TRANSCRIPT:
      g_value_set_string (value, self->transcript);
      break;

    case PROP_TRANSLATION:
      g_value_set_string (value, self->translation);
      break;

    case PROP_TRANSLATED_BY:
      g_value_set_string (value, self->translated_by);
      break;

    case PROP_MAKER:
      g_value_set_string (value, self->maker);
      break;

    case PROP_ITEM:
      g_value_set_string (value, self->item);
      break;

    case PROP_MARKINGS:
      g_value_set_string (value, self->markings);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_HAS_COORDINATES:
      g_value_set_boolean (value, self->has_coordinates);
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;

    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;

    case PROP_PRECISION_M:
      g_value_set_double (value, self->precision_m);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_GEOLOCATED_BY:
      g_value_set_string (value, self->geolocated_by);
      break;

    case PROP_CONFIDENCE:
      g_value_set_int (value, (int) self->confidence);
      break;

    case PROP_ANALYST:
      g_value_set_string (value, self->analyst);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_string (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_annotation_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CorAnnotation *self = COR_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      cor_annotation_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      cor_annotation_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_CLIP_ID:
      cor_annotation_set_clip_id (self, g_value_get_int64 (value));
      break;

    case PROP_START_NS:
      cor_annotation_set_start_ns (self, g_value_get_int64 (value));
      break;

    case PROP_END_NS:
      cor_annotation_set_end_ns (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      cor_annotation_set_kind (self, (CorAnnotationKind) g_value_get_int (value));
      break;

    case PROP_LANGUAGE:
      cor_annotation_set_language (self, g_value_get_string (value));
      break;

    case PROP_DIALECT:
      cor_annotation_set_dialect (self, g_value_get_string (value));
      break;

    case PROP_SPEAKER:
      cor_annotation_set_speaker (self, g_value_get_string (value));
      break;

    case PROP_TRANSCRIPT:
      cor_annotation_set_transcript (self, g_value_get_string (value));
      break;

    case PROP_TRANSLATION:
      cor_annotation_set_translation (self, g_value_get_string (value));
      break;

    case PROP_TRANSLATED_BY:
      cor_annotation_set_translated_by (self, g_value_get_string (value));
      break;

    case PROP_MAKER:
      cor_annotation_set_maker (self, g_value_get_string (value));
      break;

    case PROP_ITEM:
      cor_annotation_set_item (self, g_value_get_string (value));
      break;

    case PROP_MARKINGS:
      cor_annotation_set_markings (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      cor_annotation_set_place (self, g_value_get_string (value));
      break;

    case PROP_HAS_COORDINATES:
      if (g_value_get_boolean (value))
        cor_annotation_set_coordinates (self, self->latitude, self->longitude);
      else
        cor_annotation_clear_coordinates (self);
      break;

    case PROP_LATITUDE:
      cor_annotation_set_coordinates (self, g_value_get_double (value), self->longitude);
      break;

    case PROP_LONGITUDE:
      cor_annotation_set_coordinates (self, self->latitude, g_value_get_double (value));
      break;

    case PROP_PRECISION_M:
      cor_annotation_set_precision_m (self, g_value_get_double (value));
      break;

    case PROP_METHOD:
      cor_annotation_set_method (self, g_value_get_string (value));
      break;

    case PROP_GEOLOCATED_BY:
      cor_annotation_set_geolocated_by (self, g_value_get_string (value));
      break;

    case PROP_CONFIDENCE:
      cor_annotation_set_confidence (self, (CorConfidence) g_value_get_int (value));
      break;

    case PROP_ANALYST:
      cor_annotation_set_analyst (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      cor_annotation_set_note (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      cor_annotation_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_CREATED:
      cor_annotation_set_created (self, g_value_get_string (value));
      break;

    case PROP_UPDATED:
      cor_annotation_set_updated (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_annotation_class_init (CorAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cor_annotation_finalize;
  object_class->get_property = cor_annotation_get_property;
  object_class->set_property = cor_annotation_set_property;

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

  properties[PROP_START_NS] =
    g_param_spec_int64 ("start-ns", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_NS] =
    g_param_spec_int64 ("end-ns", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      COR_ANNOTATION_KIND_LANGUAGE,
                      COR_ANNOTATION_KIND_NOTE,
                      COR_ANNOTATION_KIND_NOTE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DIALECT] =
    g_param_spec_string ("dialect", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SPEAKER] =
    g_param_spec_string ("speaker", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSCRIPT] =
    g_param_spec_string ("transcript", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSLATION] =
    g_param_spec_string ("translation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSLATED_BY] =
    g_param_spec_string ("translated-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAKER] =
    g_param_spec_string ("maker", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ITEM] =
    g_param_spec_string ("item", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MARKINGS] =
    g_param_spec_string ("markings", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_COORDINATES] =
    g_param_spec_boolean ("has-coordinates", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL,
                         -90.0, 90.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL,
                         -180.0, 180.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRECISION_M] =
    g_param_spec_double ("precision-m", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GEOLOCATED_BY] =
    g_param_spec_string ("geolocated-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONFIDENCE] =
    g_param_spec_int ("confidence", NULL, NULL,
                      COR_CONFIDENCE_UNASSESSED, COR_CONFIDENCE_LAST, COR_CONFIDENCE_UNASSESSED,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANALYST] =
    g_param_spec_string ("analyst", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_annotation_init (CorAnnotation *self)
{
  self->end_ns = -1;
  self->kind = COR_ANNOTATION_KIND_NOTE;
  self->tags = g_new0 (char *, 1);
}

CorAnnotation *
cor_annotation_new (CorAnnotationKind kind)
{
  g_return_val_if_fail (kind >= COR_ANNOTATION_KIND_LANGUAGE && kind <= COR_ANNOTATION_KIND_NOTE,
                        NULL);

  return g_object_new (COR_TYPE_ANNOTATION, "kind", (int) kind, NULL);
}

gboolean
cor_annotation_is_range (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), FALSE);

  return self->end_ns >= 0;
}

void
cor_annotation_set_coordinates (CorAnnotation *self,
                                double         latitude,
                                double         longitude)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  g_object_freeze_notify (G_OBJECT (self));

  if (!self->has_coordinates)
    {
      self->has_coordinates = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_COORDINATES]);
    }

  if (self->latitude != latitude)
    {
      self->latitude = latitude;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
    }

  if (self->longitude != longitude)
    {
      self->longitude = longitude;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

void
cor_annotation_clear_coordinates (CorAnnotation *self)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  g_object_freeze_notify (G_OBJECT (self));

  if (self->has_coordinates)
    {
      self->has_coordinates = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_COORDINATES]);
    }

  if (self->latitude != 0.0)
    {
      self->latitude = 0.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
    }

  if (self->longitude != 0.0)
    {
      self->longitude = 0.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* NULL is taken as an empty list */
void
cor_annotation_set_tags (CorAnnotation      *self,
                         const char * const *tags)
{
  static const char * const no_tags[] = { NULL };
  g_auto(GStrv) old = NULL;

  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (tags == NULL)
    tags = no_tags;

  if (g_strv_equal ((const char * const *) self->tags, tags))
    return;

  old = g_steal_pointer (&self->tags);
  self->tags = g_strdupv ((char **) tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

char *
cor_annotation_dup_summary (CorAnnotation *self)
{
  g_autoptr(GString) line = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  line = g_string_new (NULL);

  switch (self->kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      append_part (line, self->language, "", "");
      append_part (line, self->dialect, "", "");
      append_part (line, self->transcript, "", "");
      append_part (line, self->translation, "“", "”");
      break;

    case COR_ANNOTATION_KIND_UNIFORM:
      append_part (line, self->maker, "", "");
      append_part (line, self->item, "", "");
      append_part (line, self->markings, "", "");
      break;

    case COR_ANNOTATION_KIND_LOCATION:
      append_part (line, self->place, "", "");
      if (self->has_coordinates)
        {
          char lat[G_ASCII_DTOSTR_BUF_SIZE];
          char lon[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *coordinates = NULL;

          g_ascii_formatd (lat, sizeof lat, "%.4f", self->latitude);
          g_ascii_formatd (lon, sizeof lon, "%.4f", self->longitude);
          coordinates = g_strconcat (lat, ", ", lon, NULL);
          append_part (line, coordinates, "", "");
        }
      break;

    case COR_ANNOTATION_KIND_NOTE:
    default:
      break;
    }

  if (line->len == 0)
    {
      note = dup_first_line (self->note);
      append_part (line, note, "", "");
    }

  if (line->len == 0)
    g_string_append (line, cor_annotation_kind_to_label (self->kind));

  return g_string_free (g_steal_pointer (&line), FALSE);
}

CorAnnotation *
cor_annotation_copy (CorAnnotation *self)
{
  CorAnnotation *copy;

  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  copy = cor_annotation_new (self->kind);

  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->clip_id = self->clip_id;
  copy->start_ns = self->start_ns;
  copy->end_ns = self->end_ns;
  copy->language = g_strdup (self->language);
  copy->dialect = g_strdup (self->dialect);
  copy->speaker = g_strdup (self->speaker);
  copy->transcript = g_strdup (self->transcript);
  copy->translation = g_strdup (self->translation);
  copy->translated_by = g_strdup (self->translated_by);
  copy->maker = g_strdup (self->maker);
  copy->item = g_strdup (self->item);
  copy->markings = g_strdup (self->markings);
  copy->place = g_strdup (self->place);
  copy->has_coordinates = self->has_coordinates;
  copy->latitude = self->latitude;
  copy->longitude = self->longitude;
  copy->precision_m = self->precision_m;
  copy->method = g_strdup (self->method);
  copy->geolocated_by = g_strdup (self->geolocated_by);
  copy->confidence = self->confidence;
  copy->analyst = g_strdup (self->analyst);
  copy->note = g_strdup (self->note);
  g_strfreev (copy->tags);
  copy->tags = g_strdupv (self->tags);
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

gint64
cor_annotation_get_id (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), 0);

  return self->id;
}

void
cor_annotation_set_id (CorAnnotation *self,
                       gint64         id)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cor_annotation_get_uuid (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->uuid;
}

void
cor_annotation_set_uuid (CorAnnotation *self,
                         const char    *uuid)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
cor_annotation_get_clip_id (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), 0);

  return self->clip_id;
}

void
cor_annotation_set_clip_id (CorAnnotation *self,
                            gint64         clip_id)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));
  g_return_if_fail (clip_id >= 0);

  if (self->clip_id == clip_id)
    return;

  self->clip_id = clip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIP_ID]);
}

gint64
cor_annotation_get_start_ns (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), 0);

  return self->start_ns;
}

void
cor_annotation_set_start_ns (CorAnnotation *self,
                             gint64         start_ns)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (self->start_ns == start_ns)
    return;

  self->start_ns = start_ns;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_NS]);
}

gint64
cor_annotation_get_end_ns (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), 0);

  return self->end_ns;
}

void
cor_annotation_set_end_ns (CorAnnotation *self,
                           gint64         end_ns)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));
  g_return_if_fail (end_ns >= -1);

  if (self->end_ns == end_ns)
    return;

  self->end_ns = end_ns;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_NS]);
}

CorAnnotationKind
cor_annotation_get_kind (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), (CorAnnotationKind) COR_ANNOTATION_KIND_NOTE);

  return self->kind;
}

void
cor_annotation_set_kind (CorAnnotation     *self,
                         CorAnnotationKind  kind)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));
  g_return_if_fail ((int) kind >= COR_ANNOTATION_KIND_LANGUAGE
                    && (int) kind <= COR_ANNOTATION_KIND_NOTE);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
cor_annotation_get_language (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->language;
}

void
cor_annotation_set_language (CorAnnotation *self,
                             const char    *language)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
cor_annotation_get_dialect (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->dialect;
}

void
cor_annotation_set_dialect (CorAnnotation *self,
                            const char    *dialect)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->dialect, dialect))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIALECT]);
}

const char *
cor_annotation_get_speaker (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->speaker;
}

void
cor_annotation_set_speaker (CorAnnotation *self,
                            const char    *speaker)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->speaker, speaker))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER]);
}

const char *
cor_annotation_get_transcript (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->transcript;
}

void
cor_annotation_set_transcript (CorAnnotation *self,
                               const char    *transcript)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->transcript, transcript))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSCRIPT]);
}

const char *
cor_annotation_get_translation (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->translation;
}

void
cor_annotation_set_translation (CorAnnotation *self,
                                const char    *translation)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->translation, translation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSLATION]);
}

const char *
cor_annotation_get_translated_by (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->translated_by;
}

void
cor_annotation_set_translated_by (CorAnnotation *self,
                                  const char    *translated_by)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->translated_by, translated_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSLATED_BY]);
}

const char *
cor_annotation_get_maker (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->maker;
}

void
cor_annotation_set_maker (CorAnnotation *self,
                          const char    *maker)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->maker, maker))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAKER]);
}

const char *
cor_annotation_get_item (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->item;
}

void
cor_annotation_set_item (CorAnnotation *self,
                         const char    *item)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

const char *
cor_annotation_get_markings (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->markings;
}

void
cor_annotation_set_markings (CorAnnotation *self,
                             const char    *markings)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->markings, markings))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKINGS]);
}

const char *
cor_annotation_get_place (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->place;
}

void
cor_annotation_set_place (CorAnnotation *self,
                          const char    *place)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

gboolean
cor_annotation_get_has_coordinates (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), FALSE);

  return self->has_coordinates;
}

double
cor_annotation_get_latitude (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), 0.0);

  return self->latitude;
}

double
cor_annotation_get_longitude (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), 0.0);

  return self->longitude;
}

double
cor_annotation_get_precision_m (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), 0.0);

  return self->precision_m;
}

void
cor_annotation_set_precision_m (CorAnnotation *self,
                                double         precision_m)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (self->precision_m == precision_m)
    return;

  self->precision_m = precision_m;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRECISION_M]);
}

const char *
cor_annotation_get_method (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->method;
}

void
cor_annotation_set_method (CorAnnotation *self,
                           const char    *method)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->method, method))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

const char *
cor_annotation_get_geolocated_by (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->geolocated_by;
}

void
cor_annotation_set_geolocated_by (CorAnnotation *self,
                                  const char    *geolocated_by)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->geolocated_by, geolocated_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GEOLOCATED_BY]);
}

CorConfidence
cor_annotation_get_confidence (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), (CorConfidence) COR_CONFIDENCE_UNASSESSED);

  return self->confidence;
}

void
cor_annotation_set_confidence (CorAnnotation *self,
                               CorConfidence  confidence)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));
  g_return_if_fail ((int) confidence >= COR_CONFIDENCE_UNASSESSED
                    && (int) confidence <= COR_CONFIDENCE_LAST);

  if (self->confidence == confidence)
    return;

  self->confidence = confidence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
}

const char *
cor_annotation_get_analyst (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->analyst;
}

void
cor_annotation_set_analyst (CorAnnotation *self,
                            const char    *analyst)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->analyst, analyst))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYST]);
}

const char *
cor_annotation_get_note (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->note;
}

void
cor_annotation_set_note (CorAnnotation *self,
                         const char    *note)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char * const *
cor_annotation_get_tags (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return (const char * const *) self->tags;
}

const char *
cor_annotation_get_created (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->created;
}

void
cor_annotation_set_created (CorAnnotation *self,
                            const char    *created)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

const char *
cor_annotation_get_updated (CorAnnotation *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  return self->updated;
}

void
cor_annotation_set_updated (CorAnnotation *self,
                            const char    *updated)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  if (cor_record_set_string (&self->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}
