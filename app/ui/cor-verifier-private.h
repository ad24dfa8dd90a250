/* cor-verifier-private.h — what cor-verifier.c shares with cor-verifier-locate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-verifier.h"

G_BEGIN_DECLS

/* What the verifier knows about one clip */
typedef struct
{
  CorVerifyStatus  status;
  char            *path;      /* what the status is about */
  char            *relative;
  char            *sha256;
  char            *found_path;
  char            *found_sha256;
} ClipState;

/* NULL when the verifier knows nothing of @clip_id, or was disposed */
ClipState *cor_verifier_lookup_state  (CorVerifier     *self,
                                       gint64           clip_id);
/* Creates the state of @clip_id if needed (not after dispose) */
ClipState *cor_verifier_ensure_state  (CorVerifier     *self,
                                       gint64           clip_id);
/* Sets the status and emits "clip-status-changed" */
void       cor_verifier_set_status    (CorVerifier     *self,
                                       gint64           clip_id,
                                       ClipState       *state,
                                       CorVerifyStatus  status);

G_END_DECLS
