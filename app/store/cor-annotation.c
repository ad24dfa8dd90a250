/* cor-annotation.c — a timestamped observation on a clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The class, its properties and the common fields. The fields of the kinds (language heard,
 * uniform, location) are in cor-annotation-fields.c; the summary line in
 * cor-annotation-summary.c.
 */
#include "config.h"

#include "cor-annotation-private.h"

G_DEFINE_FINAL_TYPE (CorAnnotation, cor_annotation, G_TYPE_OBJECT)

GParamSpec *cor_annotation_properties[N_PROPS];

/* The char * field of each plain string property */
static const glong string_fields[N_PROPS] = {
  [PROP_UUID] = G_STRUCT_OFFSET (CorAnnotation, uuid),
  [PROP_LANGUAGE] = G_STRUCT_OFFSET (CorAnnotation, language),
  [PROP_DIALECT] = G_STRUCT_OFFSET (CorAnnotation, dialect),
  [PROP_SPEAKER] = G_STRUCT_OFFSET (CorAnnotation, speaker),
  [PROP_TRANSCRIPT] = G_STRUCT_OFFSET (CorAnnotation, transcript),
  [PROP_TRANSLATION] = G_STRUCT_OFFSET (CorAnnotation, translation),
  [PROP_TRANSLATED_BY] = G_STRUCT_OFFSET (CorAnnotation, translated_by),
  [PROP_MAKER] = G_STRUCT_OFFSET (CorAnnotation, maker),
  [PROP_ITEM] = G_STRUCT_OFFSET (CorAnnotation, item),
  [PROP_MARKINGS] = G_STRUCT_OFFSET (CorAnnotation, markings),
  [PROP_PLACE] = G_STRUCT_OFFSET (CorAnnotation, place),
  [PROP_METHOD] = G_STRUCT_OFFSET (CorAnnotation, method),
  [PROP_GEOLOCATED_BY] = G_STRUCT_OFFSET (CorAnnotation, geolocated_by),
  [PROP_ANALYST] = G_STRUCT_OFFSET (CorAnnotation, analyst),
  [PROP_NOTE] = G_STRUCT_OFFSET (CorAnnotation, note),
  [PROP_CREATED] = G_STRUCT_OFFSET (CorAnnotation, created),
  [PROP_UPDATED] = G_STRUCT_OFFSET (CorAnnotation, updated),
};

static void
cor_annotation_finalize (GObject *object)
{
  CorAnnotation *self = (CorAnnotation *) object;

  cor_record_clear_strings (self, string_fields, N_PROPS);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (cor_annotation_parent_class)->finalize (object);
}

static void
cor_annotation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CorAnnotation *self = COR_ANNOTATION (object);

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

    case PROP_START_NS:
      g_value_set_int64 (value, self->start_ns);
      break;

    case PROP_END_NS:
      g_value_set_int64 (value, self->end_ns);
      break;

    case PROP_KIND:
      g_value_set_int (value, (int) self->kind);
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

    case PROP_CONFIDENCE:
      g_value_set_int (value, (int) self->confidence);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
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

  if (cor_record_set_string_property (self, string_fields, N_PROPS, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      cor_annotation_set_id (self, g_value_get_int64 (value));
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

    case PROP_CONFIDENCE:
      cor_annotation_set_confidence (self, (CorConfidence) g_value_get_int (value));
      break;

    case PROP_TAGS:
      cor_annotation_set_tags (self, g_value_get_boxed (value));
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

  /* id and uuid: set by the store */
  cor_annotation_properties[PROP_ID] = cor_record_param_int64 ("id", 0, 0);
  cor_annotation_properties[PROP_UUID] = cor_record_param_string ("uuid");
  cor_annotation_properties[PROP_CLIP_ID] = cor_record_param_int64 ("clip-id", 0, 0);
  cor_annotation_properties[PROP_START_NS] = cor_record_param_int64 ("start-ns", 0, 0);
  cor_annotation_properties[PROP_END_NS] = cor_record_param_int64 ("end-ns", -1, -1);

  cor_annotation_properties[PROP_KIND] =
    cor_record_param_int ("kind",
                          COR_ANNOTATION_KIND_LANGUAGE,
                          COR_ANNOTATION_KIND_NOTE,
                          COR_ANNOTATION_KIND_NOTE);

  cor_annotation_properties[PROP_LANGUAGE] = cor_record_param_string ("language");
  cor_annotation_properties[PROP_DIALECT] = cor_record_param_string ("dialect");
  cor_annotation_properties[PROP_SPEAKER] = cor_record_param_string ("speaker");
  cor_annotation_properties[PROP_TRANSCRIPT] = cor_record_param_string ("transcript");
  cor_annotation_properties[PROP_TRANSLATION] = cor_record_param_string ("translation");
  cor_annotation_properties[PROP_TRANSLATED_BY] = cor_record_param_string ("translated-by");
  cor_annotation_properties[PROP_MAKER] = cor_record_param_string ("maker");
  cor_annotation_properties[PROP_ITEM] = cor_record_param_string ("item");
  cor_annotation_properties[PROP_MARKINGS] = cor_record_param_string ("markings");
  cor_annotation_properties[PROP_PLACE] = cor_record_param_string ("place");

  cor_annotation_properties[PROP_HAS_COORDINATES] =
    g_param_spec_boolean ("has-coordinates", NULL, NULL,
                          FALSE,
                          COR_RECORD_PARAM_FLAGS);

  cor_annotation_properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL,
                         -90.0, 90.0, 0.0,
                         COR_RECORD_PARAM_FLAGS);

  cor_annotation_properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL,
                         -180.0, 180.0, 0.0,
                         COR_RECORD_PARAM_FLAGS);

  cor_annotation_properties[PROP_PRECISION_M] =
    g_param_spec_double ("precision-m", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         COR_RECORD_PARAM_FLAGS);

  cor_annotation_properties[PROP_METHOD] = cor_record_param_string ("method");
  cor_annotation_properties[PROP_GEOLOCATED_BY] = cor_record_param_string ("geolocated-by");

  cor_annotation_properties[PROP_CONFIDENCE] =
    cor_record_param_int ("confidence",
                          COR_CONFIDENCE_UNASSESSED,
                          COR_CONFIDENCE_LAST,
                          COR_CONFIDENCE_UNASSESSED);

  cor_annotation_properties[PROP_ANALYST] = cor_record_param_string ("analyst");
  cor_annotation_properties[PROP_NOTE] = cor_record_param_string ("note");

  cor_annotation_properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        COR_RECORD_PARAM_FLAGS);

  /* Set by the store */
  cor_annotation_properties[PROP_CREATED] = cor_record_param_string ("created");
  /* Set by the store */
  cor_annotation_properties[PROP_UPDATED] = cor_record_param_string ("updated");

  g_object_class_install_properties (object_class, N_PROPS, cor_annotation_properties);
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
  g_object_notify_by_pspec (G_OBJECT (self), cor_annotation_properties[PROP_TAGS]);
}

CorAnnotation *
cor_annotation_copy (CorAnnotation *self)
{
  CorAnnotation *copy;

  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  copy = cor_annotation_new (self->kind);

  copy->id = self->id;
  cor_record_copy_strings (copy, self, string_fields, N_PROPS);
  copy->clip_id = self->clip_id;
  copy->start_ns = self->start_ns;
  copy->end_ns = self->end_ns;
  copy->has_coordinates = self->has_coordinates;
  copy->latitude = self->latitude;
  copy->longitude = self->longitude;
  copy->precision_m = self->precision_m;
  copy->confidence = self->confidence;
  g_strfreev (copy->tags);
  copy->tags = g_strdupv (self->tags);

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

  COR_RECORD_SET_SCALAR (self, id, id, cor_annotation_properties[PROP_ID]);
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

  cor_record_set_string (self, &self->uuid, uuid, cor_annotation_properties[PROP_UUID]);
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

  COR_RECORD_SET_SCALAR (self, clip_id, clip_id, cor_annotation_properties[PROP_CLIP_ID]);
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

  COR_RECORD_SET_SCALAR (self, start_ns, start_ns, cor_annotation_properties[PROP_START_NS]);
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

  COR_RECORD_SET_SCALAR (self, end_ns, end_ns, cor_annotation_properties[PROP_END_NS]);
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

  COR_RECORD_SET_SCALAR (self, kind, kind, cor_annotation_properties[PROP_KIND]);
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

  COR_RECORD_SET_SCALAR (self, confidence, confidence, cor_annotation_properties[PROP_CONFIDENCE]);
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

  cor_record_set_string (self, &self->analyst, analyst, cor_annotation_properties[PROP_ANALYST]);
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

  cor_record_set_string (self, &self->note, note, cor_annotation_properties[PROP_NOTE]);
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

  cor_record_set_string (self, &self->created, created, cor_annotation_properties[PROP_CREATED]);
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

  cor_record_set_string (self, &self->updated, updated, cor_annotation_properties[PROP_UPDATED]);
}
