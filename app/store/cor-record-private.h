/* cor-record-private.h — setters of the fields only the store may write
 *
 * FOR app/store/ ONLY. Do not include this header outside app/store/: the id, uuid and the
 * created/updated/imported times of a record are set by the store when it inserts, updates or
 * loads the record, never by callers.
 *
 * Each setter notifies its property only when the value changes. Times are ISO 8601 UTC
 * strings as the store writes them; NULL clears a string.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-annotation.h"
#include "cor-article.h"
#include "cor-claim.h"
#include "cor-clip.h"
#include "cor-snapshot.h"

G_BEGIN_DECLS

/* Replaces *field with a copy of value; returns TRUE if the value changed (for notify). */
static inline gboolean
cor_record_set_string (char       **field,
                       const char  *value)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}

void cor_article_set_id         (CorArticle    *self, gint64      id);
void cor_article_set_uuid       (CorArticle    *self, const char *uuid);
void cor_article_set_created    (CorArticle    *self, const char *created);
void cor_article_set_updated    (CorArticle    *self, const char *updated);

void cor_claim_set_id           (CorClaim      *self, gint64      id);
void cor_claim_set_uuid         (CorClaim      *self, const char *uuid);

void cor_clip_set_id            (CorClip       *self, gint64      id);
void cor_clip_set_uuid          (CorClip       *self, const char *uuid);
void cor_clip_set_imported      (CorClip       *self, const char *imported);

void cor_annotation_set_id      (CorAnnotation *self, gint64      id);
void cor_annotation_set_uuid    (CorAnnotation *self, const char *uuid);
void cor_annotation_set_created (CorAnnotation *self, const char *created);
void cor_annotation_set_updated (CorAnnotation *self, const char *updated);

void cor_snapshot_set_id        (CorSnapshot   *self, gint64      id);
void cor_snapshot_set_uuid      (CorSnapshot   *self, const char *uuid);
void cor_snapshot_set_created   (CorSnapshot   *self, const char *created);

G_END_DECLS
