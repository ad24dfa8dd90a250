/* cor-export-dialog-private.h — driving the export dialog in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each setter changes the dialog's widgets, as a click would; the request is then
 * read back from the widgets as when Export is pressed.
 */
#pragma once

#include "cor-export-dialog.h"
#include "cor-export-options.h"

G_BEGIN_DECLS

void              cor_export_dialog_set_format        (CorExportDialog *self,
                                                       CorExportFormat  format);
CorExportFormat   cor_export_dialog_get_format        (CorExportDialog *self);
/* Bypasses the file chooser */
void              cor_export_dialog_set_destination   (CorExportDialog *self,
                                                       const char      *path);
const char       *cor_export_dialog_get_destination   (CorExportDialog *self);
void              cor_export_dialog_set_whole_case    (CorExportDialog *self,
                                                       gboolean         whole_case);
/* FALSE when the clip (article) has no check box in the dialog */
gboolean          cor_export_dialog_set_clip_chosen   (CorExportDialog *self,
                                                       gint64           clip_id,
                                                       gboolean         chosen);
gboolean          cor_export_dialog_set_article_chosen (CorExportDialog *self,
                                                       gint64           article_id,
                                                       gboolean         chosen);
void              cor_export_dialog_set_kind          (CorExportDialog  *self,
                                                       CorAnnotationKind kind,
                                                       gboolean          ticked);
void              cor_export_dialog_set_min_confidence (CorExportDialog *self,
                                                        CorConfidence    confidence);
void              cor_export_dialog_set_paper         (CorExportDialog *self,
                                                       CorPaperSize     paper);
/* The request as Export would build it from the widgets */
CorExportRequest *cor_export_dialog_build_request     (CorExportDialog *self);

GtkWidget        *cor_export_dialog_get_export_button (CorExportDialog *self);
GtkWidget        *cor_export_dialog_get_cancel_button (CorExportDialog *self);
gboolean          cor_export_dialog_get_busy          (CorExportDialog *self);
double            cor_export_dialog_get_fraction      (CorExportDialog *self);
/* The error shown, NULL when none is */
const char       *cor_export_dialog_get_error_text    (CorExportDialog *self);

G_END_DECLS
