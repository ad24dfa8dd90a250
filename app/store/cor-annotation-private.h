/* cor-annotation-private.h — what the parts of CorAnnotation share
 *
 * FOR cor-annotation*.c ONLY: the instance struct, the property ids and their specs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-annotation.h"
#include "cor-record-private.h"

G_BEGIN_DECLS

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

/* cor-annotation.c */
extern GParamSpec *cor_annotation_properties[N_PROPS];

G_END_DECLS
