/* cor-import-status.h — imports media into a case and shows how far it got
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_IMPORT_STATUS (cor_import_status_get_type ())

G_DECLARE_FINAL_TYPE (CorImportStatus, cor_import_status, COR, IMPORT_STATUS, GtkWidget)

/* A progress bar revealed while files are imported. When a batch ends it shows a
 * toast (in the nearest AdwToastOverlay) for the clips imported and one dialog
 * listing the files that failed, in plain words.
 * Signals: "clip-imported" (gint64 clip_id): the last clip of a batch */
void     cor_import_status_set_store (CorImportStatus    *self,
                                      CorStore           *store);
/* Queues @paths (NULL-terminated); needs a store */
void     cor_import_status_import    (CorImportStatus    *self,
                                      const char * const *paths);
gboolean cor_import_status_get_busy  (CorImportStatus    *self);

G_END_DECLS
