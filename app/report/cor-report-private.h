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

G_END_DECLS
