/* cor-export-job.h — CSV, JSON and WebVTT exports in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No widgets: the job holds plain data, and its worker opens its own read-only
 * store on the case path. Each file is written through a temporary file that is
 * renamed on success (the report layer's guarantee): a failure or a cancel leaves
 * no half-written file under its name. A WebVTT export writes one file per clip
 * into the destination folder; files finished before a cancel or failure stay.
 */
#pragma once

#include <gio/gio.h>

#include "cor-export-options.h"

G_BEGIN_DECLS

typedef struct _CorExportJob CorExportJob;

/* @format is CSV, JSON or WEBVTT; @options (nullable) is copied */
CorExportJob *cor_export_job_new        (const char              *case_path,
                                         const char              *destination,
                                         CorExportFormat          format,
                                         const CorReportOptions  *options);
void          cor_export_job_free       (CorExportJob            *job);
/* WebVTT: a clip to write, with the title its file is named after */
void          cor_export_job_add_clip   (CorExportJob            *job,
                                         gint64                   clip_id,
                                         const char              *title);

/* Runs @job (taken over) in a GTask worker; @callback in the caller's main context */
void          cor_export_job_run_async  (CorExportJob            *job,
                                         GCancellable            *cancellable,
                                         GAsyncReadyCallback      callback,
                                         gpointer                 user_data);
/* The number of files written (1 for CSV and JSON), 0 with @error set on failure */
guint         cor_export_job_run_finish (GAsyncResult            *result,
                                         GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorExportJob, cor_export_job_free)

G_END_DECLS
