/* cor-report-model.h — what a report shows, collected from the store (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-report.h"
#include "cor-store.h"

G_BEGIN_DECLS

typedef enum
{
  COR_HASH_MATCHES,
  COR_HASH_CHANGED,
  COR_HASH_MISSING,
  COR_HASH_UNREADABLE,
} CorHashStatus;

typedef struct _CorReportClip CorReportClip;

typedef struct
{
  CorAnnotation *annotation;
  CorReportClip *clip;        /* borrowed */
  GArray        *articles;    /* CorLink, article id */
  GArray        *claims;      /* CorLink, claim id */
  GPtrArray     *snapshots;   /* CorSnapshot */
} CorReportObservation;

struct _CorReportClip
{
  CorClip       *clip;
  char          *name;
  CorHashStatus  hash_status;
  char          *hash_now;      /* the file's SHA-256 at report time, NULL if unread */
  const char    *file_checked;  /* the path that was hashed (the clip's), borrowed */
  GArray        *articles;      /* CorLink, article id */
  GPtrArray     *observations;  /* CorReportObservation, borrowed, in time order */
};

typedef struct
{
  CorClaim  *claim;
  GArray    *observations;  /* CorLink, annotation id, only those in the report */
} CorReportClaim;

typedef struct
{
  CorArticle *article;
  GPtrArray  *claims;        /* CorReportClaim */
  GArray     *clips;         /* CorLink, clip id */
  GArray     *observations;  /* CorLink, annotation id, only those in the report */
} CorReportArticle;

typedef struct
{
  char      *language;
  char      *dialect;
  guint      count;
  GPtrArray *clips;  /* CorReportClip, borrowed, unique */
} CorReportLanguage;

typedef struct
{
  char      *maker;
  GPtrArray *items;  /* char*, unique */
  guint      count;
  GPtrArray *clips;  /* CorReportClip, borrowed, unique */
} CorReportMaker;

typedef struct
{
  char      *place;
  gboolean   has_coordinates;
  double     latitude;
  double     longitude;
  double     precision_m;
  char      *method;
  char      *geolocated_by;
  GPtrArray *observations;  /* CorReportObservation, borrowed */
} CorReportLocation;

typedef struct
{
  char  *analyst;
  char  *table_name;
  guint  inserts;
  guint  updates;
  guint  deletes;
  char  *first;
  char  *last;
} CorReportAuditRow;

typedef struct
{
  CorStore         *store;
  CorReportOptions *options;
  char             *case_path;
  char             *title;
  char             *description;
  char             *methodology;
  char             *created;
  char             *uuid;
  char             *analysts;          /* comma-separated, may be "" */
  char             *generated;         /* ISO 8601 UTC */
  char             *generator_version;

  GPtrArray        *clips;             /* CorReportClip */
  GPtrArray        *articles;          /* CorReportArticle */
  GPtrArray        *observations;      /* CorReportObservation, by clip then time */
  GHashTable       *clip_by_id;        /* gint64* → CorReportClip */
  GHashTable       *article_by_id;     /* gint64* → CorReportArticle (in the report) */
  GHashTable       *observation_by_id; /* gint64* → CorReportObservation */
  GHashTable       *any_article;       /* gint64* → CorArticle (whole case) */
  GHashTable       *any_claim;         /* gint64* → CorClaim (whole case) */

  GPtrArray        *languages;         /* CorReportLanguage */
  GPtrArray        *makers;            /* CorReportMaker */
  GPtrArray        *locations;         /* CorReportLocation */
  GPtrArray        *audit_rows;        /* CorReportAuditRow, by analyst then table */
  gint64            audit_total;
  char             *audit_first;
  char             *audit_last;

  guint             n_case_clips;
  guint             n_case_articles;
  guint             n_case_observations;
  guint             n_claims;
  guint             n_snapshots;
} CorReportModel;

/* @check_hashes: re-hash every clip file (reports); FALSE for flat exports */
CorReportModel *cor_report_model_new      (const char              *case_path,
                                           const CorReportOptions  *options,
                                           gboolean                 check_hashes,
                                           GCancellable            *cancellable,
                                           CorProgressFunc          progress,
                                           gpointer                 progress_data,
                                           GError                 **error);
void            cor_report_model_free     (CorReportModel          *model);
/* The stored PNG bytes of a still, NULL if it cannot be read */
GBytes         *cor_report_model_load_png (CorReportModel          *model,
                                           gint64                   snapshot_id);
/* A human-readable description of the selection ("whole case", "clips 1, 3; …") */
char           *cor_report_model_describe_selection (CorReportModel *model);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorReportModel, cor_report_model_free)

G_END_DECLS
