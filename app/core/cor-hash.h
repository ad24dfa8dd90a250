/* cor-hash.h — SHA-256 of a file, streamed, read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cor-progress.h"

G_BEGIN_DECLS

/* Streams the SHA-256 of @path in 1 MiB chunks and returns 64 lowercase hex digits. The file
 * is opened read-only. @progress is called on the calling thread. Errors: COR_MEDIA_ERROR_NOT_FOUND,
 * _UNREADABLE (also for a folder), _CANCELLED. */
char *cor_hash_file_sha256 (const char       *path,
                            GCancellable     *cancellable,
                            CorProgressFunc   progress,
                            gpointer          progress_data,
                            GError          **error);

G_END_DECLS
