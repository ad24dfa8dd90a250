/* cor-import.h — bringing a media file into a case: hash, probe, record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The original file is opened read-only and never written. The one import path
 * used by the CLI (`clip add`) and the GUI (Import Media…, drag and drop).
 */
#pragma once

#include <gio/gio.h>

#include "cor-hash.h"
#include "cor-progress.h"
#include "cor-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;       /* nullable */
  const char *origin;      /* nullable: "Telegram channel Astra" */
  const char *source_url;  /* nullable */
} CorImportOptions;

/* Synchronous import (CLI, worker threads that own @store): checks the file exists, is not
 * empty and is audio or video (GstDiscoverer), hashes it, refuses a duplicate
 * (COR_STORE_ERROR_DUPLICATE, message names the clip already in the case), fills
 * every CorClip field (absolute and case-relative path, size, sha256, kind, duration,
 * size, frame rate, codecs, container, tags, creation time) and adds it in one
 * transaction. On any error the case is unchanged. Returns the stored clip. */
CorClip *cor_media_import_clip   (CorStore                *store,
                                  const char              *path,
                                  const CorImportOptions  *options,
                                  GCancellable            *cancellable,
                                  CorProgressFunc          progress,
                                  gpointer                 progress_data,
                                  GError                 **error);

/* The same for the GUI: hashing and probing run in a GTask thread, @progress is
 * called on the main context of the caller, the store write happens on the
 * caller's thread in the callback. */
void     cor_media_import_clip_async  (CorStore                *store,
                                       const char              *path,
                                       const CorImportOptions  *options,
                                       GCancellable            *cancellable,
                                       CorProgressFunc          progress,
                                       gpointer                 progress_data,
                                       GAsyncReadyCallback      callback,
                                       gpointer                 user_data);
CorClip *cor_media_import_clip_finish (CorStore                *store,
                                       GAsyncResult            *result,
                                       GError                 **error);

G_END_DECLS
