/* cor-import-queue.h — media files waiting to be imported into a case, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_IMPORT_QUEUE (cor_import_queue_get_type ())

G_DECLARE_FINAL_TYPE (CorImportQueue, cor_import_queue, COR, IMPORT_QUEUE, GObject)

/* Properties: "busy" (gboolean), "fraction" (double, 0–1 over the whole batch),
 *   "current" (string: the base name of the file being imported)
 * Signals (main thread):
 *   "imported" (CorClip *clip)
 *   "failed"   (const char *path, GError *error)
 *   "done"     (guint n_imported, guint n_failed): the queue is empty again */
CorImportQueue *cor_import_queue_new          (CorStore       *store);
/* Queues @path; starts at once when idle */
void            cor_import_queue_add          (CorImportQueue *self,
                                               const char     *path);
/* Stops the import under way and forgets the queued files; emits nothing more */
void            cor_import_queue_cancel       (CorImportQueue *self);
gboolean        cor_import_queue_get_busy     (CorImportQueue *self);
double          cor_import_queue_get_fraction (CorImportQueue *self);
const char     *cor_import_queue_get_current  (CorImportQueue *self);

G_END_DECLS
