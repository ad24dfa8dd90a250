/* cor-store-types.h — enums and plain value types of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  COR_ANNOTATION_KIND_LANGUAGE = 1, /* language heard */
  COR_ANNOTATION_KIND_UNIFORM  = 2, /* uniform or equipment */
  COR_ANNOTATION_KIND_LOCATION = 3,
  COR_ANNOTATION_KIND_NOTE     = 4,
} CorAnnotationKind;

/* "language", "uniform", "location", "note" */
const char *cor_annotation_kind_to_string   (CorAnnotationKind  kind);
/* Translated: "Language heard", "Uniform / equipment", "Location", "Note" */
const char *cor_annotation_kind_to_label    (CorAnnotationKind  kind);
gboolean    cor_annotation_kind_from_string (const char        *text,
                                             CorAnnotationKind *out_kind);

typedef enum
{
  /* annotation ↔ article */
  COR_RELATION_REPORTED_BY = 1,
  COR_RELATION_SUPPORTS    = 2,
  COR_RELATION_CONTRADICTS = 3,
  /* article ↔ clip */
  COR_RELATION_CITES       = 4,
  COR_RELATION_DISPUTES    = 5,
} CorRelation;

/* "reported-by", "supports", "contradicts", "cites", "disputes" */
const char *cor_relation_to_string   (CorRelation  relation);
const char *cor_relation_to_label    (CorRelation  relation);
gboolean    cor_relation_from_string (const char  *text,
                                      CorRelation *out_relation);

typedef enum
{
  COR_CLIP_KIND_UNKNOWN = 0,
  COR_CLIP_KIND_VIDEO   = 1,
  COR_CLIP_KIND_AUDIO   = 2,
} CorClipKind;

typedef enum
{
  COR_SEARCH_HIT_ANNOTATION,
  COR_SEARCH_HIT_ARTICLE,
  COR_SEARCH_HIT_CLAIM,
  COR_SEARCH_HIT_CLIP,
} CorSearchHitKind;

/* One ranked full-text hit. The snippet marks matches with U+E000 before and
 * U+E001 after each match (private-use characters never found in user text),
 * so each caller can highlight in its own markup after escaping the rest. */
typedef struct
{
  CorSearchHitKind kind;
  gint64           id;        /* id of the annotation, article, claim or clip */
  gint64           clip_id;   /* for annotations: its clip; else 0 */
  gint64           start_ns;  /* for annotations: its start; else -1 */
  char            *title;     /* a one-line label of the record */
  char            *field;     /* which field matched, e.g. "transcript" */
  char            *snippet;
  double           rank;      /* lower is better */
} CorSearchHit;

#define COR_SEARCH_MARK_START "\xee\x80\x80" /* U+E000 */
#define COR_SEARCH_MARK_END   "\xee\x80\x81" /* U+E001 */

void cor_search_hit_free (CorSearchHit *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorSearchHit, cor_search_hit_free)

typedef struct
{
  gint64  id;
  char   *time;        /* ISO 8601 UTC, e.g. 2026-11-22T10:24:14.123Z */
  char   *analyst;
  char   *action;      /* "insert", "update", "delete" */
  char   *table_name;
  char   *record_uuid;
  char   *old_json;    /* NULL for an insert */
  char   *new_json;    /* NULL for a delete */
} CorAuditEntry;

void cor_audit_entry_free (CorAuditEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorAuditEntry, cor_audit_entry_free)

/* A gazetteer entry */
typedef struct
{
  char   *name;
  char   *alt_names;   /* comma-separated other spellings, may be NULL */
  char   *country;     /* ISO 3166-1 alpha-2 */
  double  latitude;
  double  longitude;
  double  precision_m;
  char   *note;
} CorPlace;

void cor_place_free (CorPlace *place);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorPlace, cor_place_free)

/* A vocabulary pair: ISO 639 code or maker name, and a display name */
typedef struct
{
  char *code;
  char *name;
} CorTerm;

void cor_term_free (CorTerm *term);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorTerm, cor_term_free)

/* A link from one record to another with its relation */
typedef struct
{
  gint64      id;          /* the other record's id */
  CorRelation relation;
} CorLink;

G_END_DECLS
