/* cor-report-private.h — shared by the report writers (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-report-doc.h"

G_BEGIN_DECLS

typedef gboolean (*CorReportWriterFunc) (CorReportSink  *sink,
                                         gpointer        data,
                                         GError        **error);

/* Runs @writer on a temporary file beside @output_path and renames it over
 * @output_path on success; removes it on failure. */
gboolean cor_report_write_safely    (const char          *output_path,
                                     CorReportWriterFunc  writer,
                                     gpointer             writer_data,
                                     GError             **error);
/* "Cannot write PATH: REASON" in COR_REPORT_ERROR_WRITE */
void     cor_report_set_write_error (GError             **error,
                                     const char          *output_path,
                                     int                  errsv);

/* The report content builder (cor-report-content*.c) */
typedef struct
{
  CorReportModel *model;
  CorDoc         *doc;
  GHashTable     *language_names;  /* code → English name */
} CorReportBuilder;

static inline const char *
cor_report_str_nonnull (const char *s)
{
  return s != NULL ? s : "";
}

static inline gboolean
cor_report_str_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

/* Helpers in cor-report-content.c, shared by the section builders */
char        *cor_report_language_text       (CorReportBuilder     *b,
                                             const char           *code);
CorDocText  *cor_report_coordinates_text    (gboolean              has,
                                             double                lat,
                                             double                lon,
                                             double                precision_m);
/* A reference to an article: a link to its section when it is in the report */
void         cor_report_add_article_ref     (CorReportBuilder     *b,
                                             CorDocText           *t,
                                             gint64                article_id);
void         cor_report_add_observation_ref (CorDocText           *t,
                                             CorReportObservation *obs);
CorDocText  *cor_report_clips_cell          (GPtrArray            *clips);
CorDocText  *cor_report_plain_text          (const char           *s);
void         cor_report_add_plain_paragraph (CorDoc               *doc,
                                             const char           *s,
                                             guint                 style);
/* A table whose first row holds @headers (NULL-terminated, untranslated), one column each */
CorDocBlock *cor_report_add_headed_table    (CorDoc               *doc,
                                             const double         *widths,
                                             const char          **headers);
/* A level-2 heading; FALSE, after @none in a muted paragraph, when the section has no items */
gboolean     cor_report_add_section         (CorDoc               *doc,
                                             const char           *anchor,
                                             const char           *heading,
                                             gint64                n_items,
                                             const char           *none);

/* "relation: Observation N — clip, time — confidence X" lines for a claim's @links */
void         cor_report_add_claim_observations (CorReportBuilder *b,
                                                CorDocText       *t,
                                                GArray           *links);
/* A claim's text with its figure and date */
CorDocText  *cor_report_claim_cell          (CorClaim             *claim);

/* cor-report-content-summary.c: claims, languages, makers, locations */
void         cor_report_build_summary       (CorReportBuilder     *b);
/* cor-report-content-appendix.c: methodology, confidence scale, audit trail, how made */
void         cor_report_build_appendix      (CorReportBuilder     *b);

G_END_DECLS
