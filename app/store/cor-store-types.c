/* cor-store-types.c — enums and plain value types of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-store-types.h"

static const struct {
  CorAnnotationKind  kind;
  const char        *name;
  const char        *label;
} annotation_kinds[] = {
  { COR_ANNOTATION_KIND_LANGUAGE, "language", N_("Language heard") },
  { COR_ANNOTATION_KIND_UNIFORM, "uniform", N_("Uniform / equipment") },
  { COR_ANNOTATION_KIND_LOCATION, "location", N_("Location") },
  { COR_ANNOTATION_KIND_NOTE, "note", N_("Note") },
};

static const struct {
  CorRelation  relation;
  const char  *name;
  const char  *label;
} relations[] = {
  { COR_RELATION_REPORTED_BY, "reported-by", N_("Reported by") },
  { COR_RELATION_SUPPORTS, "supports", N_("Supports") },
  { COR_RELATION_CONTRADICTS, "contradicts", N_("Contradicts") },
  { COR_RELATION_CITES, "cites", N_("Cites") },
  { COR_RELATION_DISPUTES, "disputes", N_("Disputes") },
};

const char *
cor_annotation_kind_to_string (CorAnnotationKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (annotation_kinds); i++)
    {
      if (annotation_kinds[i].kind == kind)
        return annotation_kinds[i].name;
    }

  g_return_val_if_reached (NULL);
}

const char *
cor_annotation_kind_to_label (CorAnnotationKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (annotation_kinds); i++)
    {
      if (annotation_kinds[i].kind == kind)
        return _(annotation_kinds[i].label);
    }

  g_return_val_if_reached (NULL);
}

/* Accepts the machine names only; FALSE (and *out_kind untouched) for anything else */
gboolean
cor_annotation_kind_from_string (const char        *text,
                                 CorAnnotationKind *out_kind)
{
  g_return_val_if_fail (out_kind != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (annotation_kinds); i++)
    {
      if (g_str_equal (text, annotation_kinds[i].name))
        {
          *out_kind = annotation_kinds[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cor_relation_to_string (CorRelation relation)
{
  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    {
      if (relations[i].relation == relation)
        return relations[i].name;
    }

  g_return_val_if_reached (NULL);
}

const char *
cor_relation_to_label (CorRelation relation)
{
  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    {
      if (relations[i].relation == relation)
        return _(relations[i].label);
    }

  g_return_val_if_reached (NULL);
}

/* Accepts the machine names only; FALSE (and *out_relation untouched) for anything else */
gboolean
cor_relation_from_string (const char  *text,
                          CorRelation *out_relation)
{
  g_return_val_if_fail (out_relation != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    {
      if (g_str_equal (text, relations[i].name))
        {
          *out_relation = relations[i].relation;
          return TRUE;
        }
    }

  return FALSE;
}

void
cor_search_hit_free (CorSearchHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->title);
  g_free (hit->field);
  g_free (hit->snippet);
  g_free (hit);
}

void
cor_audit_entry_free (CorAuditEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->time);
  g_free (entry->analyst);
  g_free (entry->action);
  g_free (entry->table_name);
  g_free (entry->record_uuid);
  g_free (entry->old_json);
  g_free (entry->new_json);
  g_free (entry);
}

void
cor_place_free (CorPlace *place)
{
  if (place == NULL)
    return;

  g_free (place->name);
  g_free (place->alt_names);
  g_free (place->country);
  g_free (place->note);
  g_free (place);
}

void
cor_term_free (CorTerm *term)
{
  if (term == NULL)
    return;

  g_free (term->code);
  g_free (term->name);
  g_free (term);
}
