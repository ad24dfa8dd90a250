/* cor-verifier.h — re-hashing the clips of an open case in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CorVerifier belongs to the main thread, like the CorStore it checks. It re-hashes
 * one clip at a time in a GTask thread (the worker only reads the file; the store is
 * read and written on the main thread), finds a clip's file at its absolute path, else
 * at its path relative to the case file's folder, and keeps a status per clip id.
 * Clips added to the case (or whose path changes) are checked too. Disposing of the
 * verifier cancels the hash in progress. No GTK: testable without a display.
 */
#pragma once

#include <gio/gio.h>

#include "cor-progress.h"
#include "cor-store.h"

G_BEGIN_DECLS

typedef enum
{
  COR_VERIFY_STATUS_UNKNOWN,   /* not checked yet */
  COR_VERIFY_STATUS_CHECKING,  /* being hashed now */
  COR_VERIFY_STATUS_OK,        /* the file has the SHA-256 recorded at import */
  COR_VERIFY_STATUS_CHANGED,   /* a file is there, with another SHA-256 */
  COR_VERIFY_STATUS_MISSING,   /* no readable file at either path */
} CorVerifyStatus;

#define COR_TYPE_VERIFIER (cor_verifier_get_type ())

G_DECLARE_FINAL_TYPE (CorVerifier, cor_verifier, COR, VERIFIER, GObject)

/* Signals (main thread): "clip-status-changed" (gint64 clip_id)
 * Properties: "store" (construct-only), "checked" and "total" (guint: clips checked and to
 * check since the verifier was last idle; equal when idle), "progress" (double,
 * checked / total, 1.0 when idle) */
CorVerifier     *cor_verifier_new               (CorStore      *store);
CorStore        *cor_verifier_get_store         (CorVerifier   *self);
/* Queues every clip of the case and follows the clips added later. Calling it again
 * re-checks every clip. */
void             cor_verifier_start             (CorVerifier   *self);
CorVerifyStatus  cor_verifier_get_status        (CorVerifier   *self,
                                                 gint64         clip_id);
/* Where the file was found (absolute path, or the case-relative one resolved), NULL
 * when missing or not checked */
const char      *cor_verifier_get_found_path    (CorVerifier   *self,
                                                 gint64         clip_id);
/* The SHA-256 the file has now (CHANGED and OK), NULL otherwise */
const char      *cor_verifier_get_found_sha256  (CorVerifier   *self,
                                                 gint64         clip_id);
guint            cor_verifier_get_checked       (CorVerifier   *self);
guint            cor_verifier_get_total         (CorVerifier   *self);
gboolean         cor_verifier_is_busy           (CorVerifier   *self);

/* "Locate…": hashes @path in a thread (@progress called on the caller's main context),
 * and only when it has the clip's SHA-256 records it as the clip's file (absolute path
 * and the path relative to the case folder, in one cor_store_update_clip()) and makes the
 * status OK. Any other file changes nothing and fails with COR_STORE_ERROR_INVALID
 * ("This file is not the clip: …"); a file that cannot be read fails with its
 * COR_MEDIA_ERROR; a cancelled locate writes nothing. */
void             cor_verifier_locate_async      (CorVerifier          *self,
                                                 gint64                clip_id,
                                                 const char           *path,
                                                 GCancellable         *cancellable,
                                                 CorProgressFunc       progress,
                                                 gpointer              progress_data,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean         cor_verifier_locate_finish     (CorVerifier          *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

/* Pure helpers (no store, no thread) */
const char      *cor_verify_status_to_string    (CorVerifyStatus  status);  /* "ok", "missing"… */
/* The file to hash: @path if it is a regular file, else @relative resolved against the
 * folder of @case_path if that is one; NULL when neither exists */
char            *cor_verifier_resolve_path      (const char      *path,
                                                 const char      *relative,
                                                 const char      *case_path);
/* The status of a file whose hash is @found_sha256 (NULL: not found or unreadable) */
CorVerifyStatus  cor_verifier_compare           (const char      *expected_sha256,
                                                 const char      *found_sha256);
/* @path relative to the folder @dir (both absolute), NULL when on different roots */

G_END_DECLS
