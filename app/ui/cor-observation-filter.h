/* cor-observation-filter.h — which observations a list shows, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain functions, no GTK: the observation list wraps them in a GtkCustomFilter and
 * GtkCustomSorters, and the tests call them without a display.
 */
#pragma once

#include <gio/gio.h>

#include "cor-annotation.h"

G_BEGIN_DECLS

/* Every criterion that is set must hold; an unset one (0 or NULL) lets everything through */
typedef struct
{
  CorAnnotationKind kind;            /* 0: any kind */
  char             *language;        /* ISO 639 code, case-insensitive; NULL: any */
  char             *place;           /* a part of the place name, case-insensitive; NULL or "": any */
  CorConfidence     min_confidence;  /* COR_CONFIDENCE_UNASSESSED: any */
  char             *analyst;         /* exactly this analyst; NULL: any */
  char             *tag;             /* carries this tag (case-insensitive); NULL: any */
} CorObservationFilter;

CorObservationFilter *cor_observation_filter_new       (void);
CorObservationFilter *cor_observation_filter_copy      (const CorObservationFilter *filter);
void                  cor_observation_filter_free      (CorObservationFilter       *filter);
/* Sets a string criterion; NULL or "" clears it */
void                  cor_observation_filter_set_string (char                     **field,
                                                         const char                *value);
gboolean              cor_observation_filter_is_empty  (const CorObservationFilter *filter);
gboolean              cor_observation_filter_equal     (const CorObservationFilter *a,
                                                        const CorObservationFilter *b);
/* Whether @annotation passes every criterion of @filter (NULL: everything passes) */
gboolean              cor_observation_filter_match     (const CorObservationFilter *filter,
                                                        CorAnnotation              *annotation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorObservationFilter, cor_observation_filter_free)

/* Orders for the list's columns; each breaks ties by start, end, then id, so that a
 * sort is stable and total */
int   cor_observation_compare_time       (CorAnnotation *a,
                                          CorAnnotation *b);
int   cor_observation_compare_kind       (CorAnnotation *a,
                                          CorAnnotation *b);
int   cor_observation_compare_confidence (CorAnnotation *a,
                                          CorAnnotation *b);
int   cor_observation_compare_analyst    (CorAnnotation *a,
                                          CorAnnotation *b);
/* By clip id (the clips' import order), then time */
int   cor_observation_compare_clip       (CorAnnotation *a,
                                          CorAnnotation *b);

/* "00:01:02.000" for a point, "00:01:02.000 – 00:01:05.500" for a range */
char *cor_observation_format_time        (gint64         start_ns,
                                          gint64         end_ns);
/* "3 of 10 observations"; "10 observations" when nothing is filtered out */
char *cor_observation_format_count       (guint          shown,
                                          guint          total);
/* The distinct languages of the language-heard observations in @annotations
 * (a GListModel of CorAnnotation), lower-case, sorted */
GStrv cor_observation_collect_languages  (GListModel    *annotations);

G_END_DECLS
