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

/* The flags of every record property */
#define COR_RECORD_PARAM_FLAGS \
  (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Record property specs: @name must be a static string */
static inline GParamSpec *
cor_record_param_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, COR_RECORD_PARAM_FLAGS);
}

static inline GParamSpec *
cor_record_param_int64 (const char *name,
                        gint64      minimum,
                        gint64      default_value)
{
  return g_param_spec_int64 (name, NULL, NULL, minimum, G_MAXINT64, default_value,
                             COR_RECORD_PARAM_FLAGS);
}

static inline GParamSpec *
cor_record_param_int (const char *name,
                      int         minimum,
                      int         maximum,
                      int         default_value)
{
  return g_param_spec_int (name, NULL, NULL, minimum, maximum, default_value,
                           COR_RECORD_PARAM_FLAGS);
}

/* Replaces *field with a copy of value and notifies @pspec on @object, only when the
 * value changes */
static inline void
cor_record_set_string (gpointer     object,
                       char       **field,
                       const char  *value,
                       GParamSpec  *pspec)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return;

  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
  g_object_notify_by_pspec (G_OBJECT (object), pspec);
}

/* Table-driven string properties: @fields[prop_id] is the offset of the property's char *
 * field in the instance, 0 when it is not a plain string property. Each returns FALSE for
 * a property that is not in the table, to be handled by the caller's switch. */
static inline gboolean
cor_record_get_string_property (gpointer     object,
                                const glong *fields,
                                guint        n_fields,
                                guint        prop_id,
                                GValue      *value)
{
  if (prop_id >= n_fields || fields[prop_id] == 0)
    return FALSE;

  g_value_set_string (value, G_STRUCT_MEMBER (char *, object, fields[prop_id]));
  return TRUE;
}

static inline gboolean
cor_record_set_string_property (gpointer      object,
                                const glong  *fields,
                                guint         n_fields,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  if (prop_id >= n_fields || fields[prop_id] == 0)
    return FALSE;

  cor_record_set_string (object, G_STRUCT_MEMBER_P (object, fields[prop_id]),
                         g_value_get_string (value), pspec);
  return TRUE;
}

/* Frees every field of the table (for finalize) */
static inline void
cor_record_clear_strings (gpointer     object,
                          const glong *fields,
                          guint        n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i] != 0)
      g_clear_pointer ((char **) G_STRUCT_MEMBER_P (object, fields[i]), g_free);
}

/* Copies every field of the table from @src into @dest, whose fields are still NULL */
static inline void
cor_record_copy_strings (gpointer       dest,
                         gconstpointer  src,
                         const glong   *fields,
                         guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i] != 0)
      G_STRUCT_MEMBER (char *, dest, fields[i]) =
        g_strdup (G_STRUCT_MEMBER (char *, src, fields[i]));
}

/* Sets self->field (a number or an enum) to value and notifies @pspec, only when the value
 * changes */
#define COR_RECORD_SET_SCALAR(self, field, value, pspec) \
  G_STMT_START \
    { \
      if ((self)->field != (value)) \
        { \
          (self)->field = (value); \
          g_object_notify_by_pspec (G_OBJECT (self), (pspec)); \
        } \
    } \
  G_STMT_END

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
