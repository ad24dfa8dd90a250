/* cor-annotation-fields.c — the fields of the kinds of observation: the language heard
 * (language, dialect, speaker, transcript, translation), the uniform (maker, item, markings)
 * and the location (place, coordinates, precision, method)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-annotation-private.h"

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

  cor_record_set_string (self, &self->language, language, cor_annotation_properties[PROP_LANGUAGE]);
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

  cor_record_set_string (self, &self->dialect, dialect, cor_annotation_properties[PROP_DIALECT]);
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

  cor_record_set_string (self, &self->speaker, speaker, cor_annotation_properties[PROP_SPEAKER]);
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

  cor_record_set_string (self, &self->transcript, transcript,
                         cor_annotation_properties[PROP_TRANSCRIPT]);
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

  cor_record_set_string (self, &self->translation, translation,
                         cor_annotation_properties[PROP_TRANSLATION]);
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

  cor_record_set_string (self, &self->translated_by, translated_by,
                         cor_annotation_properties[PROP_TRANSLATED_BY]);
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

  cor_record_set_string (self, &self->maker, maker, cor_annotation_properties[PROP_MAKER]);
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

  cor_record_set_string (self, &self->item, item, cor_annotation_properties[PROP_ITEM]);
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

  cor_record_set_string (self, &self->markings, markings, cor_annotation_properties[PROP_MARKINGS]);
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

  cor_record_set_string (self, &self->place, place, cor_annotation_properties[PROP_PLACE]);
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

  COR_RECORD_SET_SCALAR (self, precision_m, precision_m,
                         cor_annotation_properties[PROP_PRECISION_M]);
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

  cor_record_set_string (self, &self->method, method, cor_annotation_properties[PROP_METHOD]);
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

  cor_record_set_string (self, &self->geolocated_by, geolocated_by,
                         cor_annotation_properties[PROP_GEOLOCATED_BY]);
}

void
cor_annotation_set_coordinates (CorAnnotation *self,
                                double         latitude,
                                double         longitude)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  g_object_freeze_notify (G_OBJECT (self));

  COR_RECORD_SET_SCALAR (self, has_coordinates, TRUE,
                         cor_annotation_properties[PROP_HAS_COORDINATES]);
  COR_RECORD_SET_SCALAR (self, latitude, latitude, cor_annotation_properties[PROP_LATITUDE]);
  COR_RECORD_SET_SCALAR (self, longitude, longitude, cor_annotation_properties[PROP_LONGITUDE]);

  g_object_thaw_notify (G_OBJECT (self));
}

void
cor_annotation_clear_coordinates (CorAnnotation *self)
{
  g_return_if_fail (COR_IS_ANNOTATION (self));

  g_object_freeze_notify (G_OBJECT (self));

  COR_RECORD_SET_SCALAR (self, has_coordinates, FALSE,
                         cor_annotation_properties[PROP_HAS_COORDINATES]);
  COR_RECORD_SET_SCALAR (self, latitude, 0.0, cor_annotation_properties[PROP_LATITUDE]);
  COR_RECORD_SET_SCALAR (self, longitude, 0.0, cor_annotation_properties[PROP_LONGITUDE]);

  g_object_thaw_notify (G_OBJECT (self));
}
