/* cor-report.h — annotated reports (PDF, HTML) and flat exports (CSV, WebVTT) of a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report layer needs no GTK and no GStreamer. Every writer opens its own
 * CorStore READ_ONLY on @case_path (a store belongs to the thread that opened it),
 * so the same call works on the main thread, in a GTask worker and in the CLI.
 * Output goes to a temporary file in the destination folder that is renamed over
 * @output_path only on success: a failure or a cancel never leaves a half-written
 * file under the chosen name. Errors are COR_REPORT_ERROR_WRITE (the output cannot
 * be written: "Cannot write /x/y.pdf: No such file or directory"), the store's own
 * errors when the case cannot be read, and G_IO_ERROR_CANCELLED.
 */
#pragma once

#include <gio/gio.h>

#include "cor-core.h"

G_BEGIN_DECLS

typedef enum
{
  COR_REPORT_FORMAT_HTML,
  COR_REPORT_FORMAT_PDF,
} CorReportFormat;

typedef enum
{
  COR_PAPER_A4,
  COR_PAPER_LETTER,
} CorPaperSize;

/* Bits of CorReportOptions.kinds_mask: 1 << CorAnnotationKind */
#define COR_REPORT_KIND_BIT(kind) (1u << (guint) (kind))
#define COR_REPORT_KINDS_ALL      0u

#define COR_TYPE_REPORT_OPTIONS (cor_report_options_get_type ())

/* What a report shows. A NULL or empty id array means "all".
 * - clip_ids: only these clips (their sections, and their observations everywhere).
 * - article_ids: only these articles (their sections and claims); when clip_ids is
 *   empty, the clips are then those the chosen articles cite or whose observations
 *   cite them.
 * - kinds_mask: COR_REPORT_KIND_BIT() of the observation kinds shown, 0 for all.
 * - min_confidence: observations below it are left out.
 * - paper: page size of a PDF.
 * - generator_version: printed as the app version; NULL for PACKAGE_VERSION. */
typedef struct
{
  GArray        *clip_ids;      /* gint64 */
  GArray        *article_ids;   /* gint64 */
  guint          kinds_mask;
  CorConfidence  min_confidence;
  CorPaperSize   paper;
  char          *generator_version;
} CorReportOptions;

GType             cor_report_options_get_type    (void) G_GNUC_CONST;
/* Everything, A4 */
CorReportOptions *cor_report_options_new         (void);
CorReportOptions *cor_report_options_copy        (const CorReportOptions *options);
void              cor_report_options_free        (CorReportOptions       *options);
void              cor_report_options_add_clip    (CorReportOptions       *options,
                                                  gint64                  clip_id);
void              cor_report_options_add_article (CorReportOptions       *options,
                                                  gint64                  article_id);
void              cor_report_options_add_kind    (CorReportOptions       *options,
                                                  int                     kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorReportOptions, cor_report_options_free)

/* Writes the report synchronously. @options may be NULL (everything, A4).
 * @progress (nullable) is called on the calling thread with 0.0 … 1.0. */
gboolean cor_report_write        (const char              *case_path,
                                  const char              *output_path,
                                  CorReportFormat          format,
                                  const CorReportOptions  *options,
                                  GCancellable            *cancellable,
                                  CorProgressFunc          progress,
                                  gpointer                 progress_data,
                                  GError                 **error);

/* The same in a GTask worker thread. @progress is called in the thread-default
 * main context of the caller (the main loop for the UI), never on the worker;
 * @progress_data must stay valid until @callback has run. */
void     cor_report_write_async  (const char              *case_path,
                                  const char              *output_path,
                                  CorReportFormat          format,
                                  const CorReportOptions  *options,
                                  GCancellable            *cancellable,
                                  CorProgressFunc          progress,
                                  gpointer                 progress_data,
                                  GAsyncReadyCallback      callback,
                                  gpointer                 user_data);
gboolean cor_report_write_finish (GAsyncResult            *result,
                                  GError                 **error);

/* CSV: one row per observation (selection as above; paper ignored), RFC 4180:
 * CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled.
 * A UTF-8 header row names the columns; see cor_report_csv_columns(). */
gboolean            cor_report_export_csv    (const char              *case_path,
                                              const char              *output_path,
                                              const CorReportOptions  *options,
                                              GCancellable            *cancellable,
                                              GError                 **error);
/* The CSV header, NULL-terminated */
const char * const *cor_report_csv_columns   (void);

/* WebVTT: the observations of one clip as cues, in time order ("HH:MM:SS.mmm"
 * times; a point observation lasts one second or to the clip's end). Only
 * kinds_mask and min_confidence of @options (nullable) apply. */
gboolean            cor_report_export_webvtt (const char              *case_path,
                                              gint64                   clip_id,
                                              const char              *output_path,
                                              const CorReportOptions  *options,
                                              GCancellable            *cancellable,
                                              GError                 **error);

G_END_DECLS
