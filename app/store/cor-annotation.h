/* cor-annotation.h — a timestamped observation on a clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cor-confidence.h"
#include "cor-store-types.h"

G_BEGIN_DECLS

#define COR_TYPE_ANNOTATION (cor_annotation_get_type ())

G_DECLARE_FINAL_TYPE (CorAnnotation, cor_annotation, COR, ANNOTATION, GObject)

/* Properties: "id", "uuid", "clip-id", "start-ns", "end-ns", "kind",
 * language heard: "language", "dialect", "speaker", "transcript", "translation", "translated-by";
 * uniform/equipment: "maker", "item", "markings";
 * location: "place", "has-coordinates", "latitude", "longitude", "precision-m", "method",
 *           "geolocated-by";
 * every kind: "confidence", "analyst", "note", "tags" (GStrv), "created", "updated".
 * Fields of another kind than the annotation's are kept but not shown. */
CorAnnotation     *cor_annotation_new                (CorAnnotationKind kind);
gint64             cor_annotation_get_id             (CorAnnotation *self);
const char        *cor_annotation_get_uuid           (CorAnnotation *self);
gint64             cor_annotation_get_clip_id        (CorAnnotation *self);
void               cor_annotation_set_clip_id        (CorAnnotation *self, gint64 clip_id);
gint64             cor_annotation_get_start_ns       (CorAnnotation *self);
void               cor_annotation_set_start_ns       (CorAnnotation *self, gint64 start_ns);
/* -1 for a point observation */
gint64             cor_annotation_get_end_ns         (CorAnnotation *self);
void               cor_annotation_set_end_ns         (CorAnnotation *self, gint64 end_ns);
gboolean           cor_annotation_is_range           (CorAnnotation *self);
CorAnnotationKind  cor_annotation_get_kind           (CorAnnotation *self);
void               cor_annotation_set_kind           (CorAnnotation *self, CorAnnotationKind kind);

/* ISO 639 code: "ko", "ru", "ug", "sah", "bua" */
const char        *cor_annotation_get_language       (CorAnnotation *self);
void               cor_annotation_set_language       (CorAnnotation *self, const char *language);
const char        *cor_annotation_get_dialect        (CorAnnotation *self);
void               cor_annotation_set_dialect        (CorAnnotation *self, const char *dialect);
const char        *cor_annotation_get_speaker        (CorAnnotation *self);
void               cor_annotation_set_speaker        (CorAnnotation *self, const char *speaker);
const char        *cor_annotation_get_transcript     (CorAnnotation *self);
void               cor_annotation_set_transcript     (CorAnnotation *self, const char *transcript);
const char        *cor_annotation_get_translation    (CorAnnotation *self);
void               cor_annotation_set_translation    (CorAnnotation *self, const char *translation);
const char        *cor_annotation_get_translated_by  (CorAnnotation *self);
void               cor_annotation_set_translated_by  (CorAnnotation *self, const char *translated_by);

const char        *cor_annotation_get_maker          (CorAnnotation *self);
void               cor_annotation_set_maker          (CorAnnotation *self, const char *maker);
const char        *cor_annotation_get_item           (CorAnnotation *self);
void               cor_annotation_set_item           (CorAnnotation *self, const char *item);
const char        *cor_annotation_get_markings       (CorAnnotation *self);
void               cor_annotation_set_markings       (CorAnnotation *self, const char *markings);

const char        *cor_annotation_get_place          (CorAnnotation *self);
void               cor_annotation_set_place          (CorAnnotation *self, const char *place);
gboolean           cor_annotation_get_has_coordinates (CorAnnotation *self);
double             cor_annotation_get_latitude       (CorAnnotation *self);
double             cor_annotation_get_longitude      (CorAnnotation *self);
/* Any value is kept; cor_store_add/update_annotation() refuse out-of-range ones */
void               cor_annotation_set_coordinates    (CorAnnotation *self,
                                                      double         latitude,
                                                      double         longitude);
void               cor_annotation_clear_coordinates  (CorAnnotation *self);
/* Radius in metres; 0 when not given */
double             cor_annotation_get_precision_m    (CorAnnotation *self);
void               cor_annotation_set_precision_m    (CorAnnotation *self, double precision_m);
const char        *cor_annotation_get_method         (CorAnnotation *self);
void               cor_annotation_set_method         (CorAnnotation *self, const char *method);
const char        *cor_annotation_get_geolocated_by  (CorAnnotation *self);
void               cor_annotation_set_geolocated_by  (CorAnnotation *self, const char *geolocated_by);

CorConfidence      cor_annotation_get_confidence     (CorAnnotation *self);
void               cor_annotation_set_confidence     (CorAnnotation *self, CorConfidence confidence);
const char        *cor_annotation_get_analyst        (CorAnnotation *self);
void               cor_annotation_set_analyst        (CorAnnotation *self, const char *analyst);
const char        *cor_annotation_get_note           (CorAnnotation *self);
void               cor_annotation_set_note           (CorAnnotation *self, const char *note);
/* NULL-terminated, never NULL */
const char * const *cor_annotation_get_tags          (CorAnnotation *self);
void               cor_annotation_set_tags           (CorAnnotation *self, const char * const *tags);
const char        *cor_annotation_get_created        (CorAnnotation *self);
const char        *cor_annotation_get_updated        (CorAnnotation *self);

/* One line for lists and the timeline: "ko · northern accent · 힘들다야", "BTK Group · jacket" */
char              *cor_annotation_dup_summary        (CorAnnotation *self);
/* A deep copy, id and uuid included (for undo) */
CorAnnotation     *cor_annotation_copy               (CorAnnotation *self);

G_END_DECLS
