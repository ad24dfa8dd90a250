/* cor-export-options.h — what the Export Report dialog asks for, as plain values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No widgets here: the default file names, the paper size from the settings, the
 * choices of the dialog turned into CorReportOptions, and their validation.
 */
#pragma once

#include <gio/gio.h>

#include "cor-report.h"
#include "cor-store.h"

G_BEGIN_DECLS

typedef enum
{
  COR_EXPORT_FORMAT_PDF,
  COR_EXPORT_FORMAT_HTML,
  COR_EXPORT_FORMAT_CSV,     /* one row per observation */
  COR_EXPORT_FORMAT_JSON,    /* the whole case (the selection does not apply) */
  COR_EXPORT_FORMAT_WEBVTT,  /* one file per clip, in a folder */
} CorExportFormat;

#define COR_EXPORT_FORMAT_LAST COR_EXPORT_FORMAT_WEBVTT

/* Translated: "PDF report", "HTML report", "CSV spreadsheet", … */
const char *cor_export_format_to_label        (CorExportFormat  format);
/* ".pdf", ".html", ".csv", ".json", ".vtt" */
const char *cor_export_format_get_extension   (CorExportFormat  format);
/* PDF and HTML are reports; the others are exports */
gboolean    cor_export_format_is_report       (CorExportFormat  format);
/* Whether clips, articles, kinds and confidence apply (all but JSON) */
gboolean    cor_export_format_uses_selection  (CorExportFormat  format);
/* WebVTT writes into a folder; the others write one file */
gboolean    cor_export_format_writes_folder   (CorExportFormat  format);

/* The suggested file name, safe as one path component: the case title with path
 * separators, control characters and characters other systems refuse replaced,
 * leading dots and surrounding spaces dropped, cut to fit a file name, then
 * " report.pdf", " report.html", " observations.csv" or ".json" ("Case" stands for
 * an empty title). For WebVTT, the folder name "<title> subtitles". */
char         *cor_export_default_name         (const char      *case_title,
                                               CorExportFormat  format);
/* The name of a clip's WebVTT file in the folder: "<clip title>.vtt", made unique
 * (case-insensitively) among @used by appending " (clip ID)"; adds it to @used
 * (a set of g_utf8_casefold()ed names, owned by the caller). */
char         *cor_export_webvtt_name          (const char      *clip_title,
                                               gint64           clip_id,
                                               GHashTable      *used);
/* The paper size: the "paper-size" key of @settings (nullable) when its schema has it
 * ("a4", "letter", "iso_a4", "na_letter"), else the locale's (LC_PAPER), else A4 */
CorPaperSize  cor_export_default_paper        (GSettings       *settings);

/* The choices of the dialog */
typedef struct
{
  CorExportFormat  format;
  CorPaperSize     paper;
  gboolean         whole_case;      /* else the chosen clips and articles */
  GArray          *clip_ids;        /* gint64, chosen clips */
  GArray          *article_ids;     /* gint64, chosen articles */
  guint            kinds_mask;      /* COR_REPORT_KIND_BIT() of the ticked kinds */
  CorConfidence    min_confidence;
  char            *destination;     /* a file, or a folder for WebVTT; NULL: none chosen */
} CorExportRequest;

/* PDF, A4, whole case, every kind ticked, any confidence, no destination */
CorExportRequest *cor_export_request_new          (void);
void              cor_export_request_free         (CorExportRequest       *request);
void              cor_export_request_add_clip     (CorExportRequest       *request,
                                                   gint64                  clip_id);
void              cor_export_request_add_article  (CorExportRequest       *request,
                                                   gint64                  article_id);

/* Whether the request can be written, else a COR_REPORT_ERROR_INVALID sentence for
 * the dialog: no destination, no clip or article chosen (when not the whole case),
 * no kind ticked, a WebVTT export without a clip, or a destination whose name is
 * empty. */
gboolean          cor_export_request_validate     (const CorExportRequest *request,
                                                   GError                **error);
/* The report's options: no ids for the whole case (or JSON), kinds_mask 0 when all
 * four kinds are ticked, the paper size only for PDF (A4 otherwise). */
CorReportOptions *cor_export_request_to_options   (const CorExportRequest *request);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorExportRequest, cor_export_request_free)

G_END_DECLS
