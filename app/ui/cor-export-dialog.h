/* cor-export-dialog.h — Export Report…: format, selection, destination, progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_EXPORT_DIALOG (cor_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CorExportDialog, cor_export_dialog, COR, EXPORT_DIALOG, AdwWindow)

/* A modal window over @parent that writes a report (PDF, HTML) or an export (CSV,
 * JSON, WebVTT) of the case in @store, in a worker thread that opens its own
 * read-only store on cor_store_get_path(). It shows the progress and can cancel;
 * when done it closes and adds a toast with "Open" to @toasts (nullable); a failure
 * is said in the dialog, and no file is left under the chosen name.
 * The paper size comes from the application's settings when @parent belongs to a
 * CorApplication. Signals: "exported" (const char *path): the file (or, for WebVTT,
 * the folder) written, just before the dialog closes. */
CorExportDialog *cor_export_dialog_new     (GtkWindow       *parent,
                                            CorStore        *store,
                                            AdwToastOverlay *toasts);
/* cor_export_dialog_new() and gtk_window_present() */
void             cor_export_dialog_present (GtkWindow       *parent,
                                            CorStore        *store,
                                            AdwToastOverlay *toasts);

G_END_DECLS
