/* cor-clip-details.h — what the case knows about one clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"
#include "cor-verifier.h"

G_BEGIN_DECLS

#define COR_TYPE_CLIP_DETAILS (cor_clip_details_get_type ())

G_DECLARE_FINAL_TYPE (CorClipDetails, cor_clip_details, COR, CLIP_DETAILS, AdwBin)

/* Signals: "article-activated" (gint64 article_id): a citing article's row was activated */
GtkWidget *cor_clip_details_new      (void);
/* Shows @clip_id of @store and keeps it current as the store changes; 0 shows nothing */
void       cor_clip_details_show     (CorClipDetails *self,
                                      CorStore       *store,
                                      gint64          clip_id);
gint64     cor_clip_details_get_clip_id (CorClipDetails *self);
/* The verifier of the case shown: the page shows the clip's check (checked, changed,
 * missing) and offers "Locate…" for a changed or missing file. The page does not keep
 * @verifier alive; NULL (or a verifier of another store) shows no check. */
void       cor_clip_details_set_verifier (CorClipDetails *self,
                                          CorVerifier    *verifier);
/* What "Locate…" does with the chosen file: hashes @path in a thread with a spinner and,
 * when it is the clip, records it; otherwise a dialog says why nothing changed */
void       cor_clip_details_locate_file  (CorClipDetails *self,
                                          const char     *path);
/* TRUE while a chosen file is being hashed (for tests) */
gboolean   cor_clip_details_is_locating  (CorClipDetails *self);

G_END_DECLS
