/* cor-observation-filter.c — which observations a list shows, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-observation-filter.h"
#include "cor-time.h"

/* Helpers */

static gboolean
is_set (const char *value)
{
  return value != NULL && value[0] != '\0';
}

/* Whether @haystack contains @needle, ignoring case (Unicode case folding) */
static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded_haystack = NULL;
  g_autofree char *folded_needle = NULL;

  if (!is_set (haystack))
    return FALSE;

  folded_haystack = g_utf8_casefold (haystack, -1);
  folded_needle = g_utf8_casefold (needle, -1);

  return strstr (folded_haystack, folded_needle) != NULL;
}

static gboolean
has_tag (CorAnnotation *annotation,
         const char    *tag)
{
  const char * const *tags = cor_annotation_get_tags (annotation);
  g_autofree char *folded_tag = g_utf8_casefold (tag, -1);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (tags[i], -1);

      if (g_strcmp0 (folded, folded_tag) == 0)
        return TRUE;
    }

  return FALSE;
}

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

/* Start, then points before ranges and shorter ranges first, then id */
static int
compare_ties (CorAnnotation *a,
              CorAnnotation *b)
{
  int result;

  result = compare_int64 (cor_annotation_get_start_ns (a), cor_annotation_get_start_ns (b));
  if (result == 0)
    result = compare_int64 (cor_annotation_get_end_ns (a), cor_annotation_get_end_ns (b));
  if (result == 0)
    result = compare_int64 (cor_annotation_get_id (a), cor_annotation_get_id (b));

  return result;
}

/* Public API */

CorObservationFilter *
cor_observation_filter_new (void)
{
  return g_new0 (CorObservationFilter, 1);
}

CorObservationFilter *
cor_observation_filter_copy (const CorObservationFilter *filter)
{
  CorObservationFilter *copy = cor_observation_filter_new ();

  if (filter == NULL)
    return copy;

  copy->kind = filter->kind;
  copy->language = g_strdup (filter->language);
  copy->place = g_strdup (filter->place);
  copy->min_confidence = filter->min_confidence;
  copy->analyst = g_strdup (filter->analyst);
  copy->tag = g_strdup (filter->tag);

  return copy;
}

void
cor_observation_filter_free (CorObservationFilter *filter)
{
  if (filter == NULL)
    return;

  g_free (filter->language);
  g_free (filter->place);
  g_free (filter->analyst);
  g_free (filter->tag);
  g_free (filter);
}

void
cor_observation_filter_set_string (char       **field,
                                   const char  *value)
{
  g_return_if_fail (field != NULL);

  g_free (*field);
  *field = is_set (value) ? g_strdup (value) : NULL;
}

gboolean
cor_observation_filter_is_empty (const CorObservationFilter *filter)
{
  return filter == NULL
         || (filter->kind == 0
             && !is_set (filter->language)
             && !is_set (filter->place)
             && filter->min_confidence == COR_CONFIDENCE_UNASSESSED
             && !is_set (filter->analyst)
             && !is_set (filter->tag));
}

gboolean
cor_observation_filter_equal (const CorObservationFilter *a,
                              const CorObservationFilter *b)
{
  if (a == NULL || b == NULL)
    return cor_observation_filter_is_empty (a) && cor_observation_filter_is_empty (b);

  return a->kind == b->kind
         && g_strcmp0 (a->language, b->language) == 0
         && g_strcmp0 (a->place, b->place) == 0
         && a->min_confidence == b->min_confidence
         && g_strcmp0 (a->analyst, b->analyst) == 0
         && g_strcmp0 (a->tag, b->tag) == 0;
}

gboolean
cor_observation_filter_match (const CorObservationFilter *filter,
                              CorAnnotation              *annotation)
{
  CorAnnotationKind kind;

  g_return_val_if_fail (COR_IS_ANNOTATION (annotation), FALSE);

  if (filter == NULL)
    return TRUE;

  kind = cor_annotation_get_kind (annotation);

  if (filter->kind != 0 && kind != filter->kind)
    return FALSE;

  /* a field of another kind is kept but not shown: it does not count */
  if (is_set (filter->language)
      && (kind != COR_ANNOTATION_KIND_LANGUAGE
          || g_ascii_strcasecmp (filter->language,
                                 cor_annotation_get_language (annotation) != NULL
                                 ? cor_annotation_get_language (annotation) : "") != 0))
    return FALSE;

  if (is_set (filter->place)
      && (kind != COR_ANNOTATION_KIND_LOCATION
          || !contains_folded (cor_annotation_get_place (annotation), filter->place)))
    return FALSE;

  if (filter->min_confidence != COR_CONFIDENCE_UNASSESSED
      && cor_annotation_get_confidence (annotation) < filter->min_confidence)
    return FALSE;

  if (is_set (filter->analyst)
      && g_strcmp0 (cor_annotation_get_analyst (annotation), filter->analyst) != 0)
    return FALSE;

  if (is_set (filter->tag) && !has_tag (annotation, filter->tag))
    return FALSE;

  return TRUE;
}

int
cor_observation_compare_time (CorAnnotation *a,
                              CorAnnotation *b)
{
  return compare_ties (a, b);
}

int
cor_observation_compare_kind (CorAnnotation *a,
                              CorAnnotation *b)
{
  int result = (int) cor_annotation_get_kind (a) - (int) cor_annotation_get_kind (b);

  return result != 0 ? result : compare_ties (a, b);
}

int
cor_observation_compare_confidence (CorAnnotation *a,
                                    CorAnnotation *b)
{
  int result = (int) cor_annotation_get_confidence (a) - (int) cor_annotation_get_confidence (b);

  return result != 0 ? result : compare_ties (a, b);
}

int
cor_observation_compare_analyst (CorAnnotation *a,
                                 CorAnnotation *b)
{
  const char *analyst_a = cor_annotation_get_analyst (a);
  const char *analyst_b = cor_annotation_get_analyst (b);
  int result;

  /* observations without an analyst come last */
  if (!is_set (analyst_a) || !is_set (analyst_b))
    result = (int) is_set (analyst_b) - (int) is_set (analyst_a);
  else
    result = g_utf8_collate (analyst_a, analyst_b);

  return result != 0 ? (result < 0 ? -1 : 1) : compare_ties (a, b);
}

int
cor_observation_compare_clip (CorAnnotation *a,
                              CorAnnotation *b)
{
  int result = compare_int64 (cor_annotation_get_clip_id (a), cor_annotation_get_clip_id (b));

  return result != 0 ? result : compare_ties (a, b);
}

char *
cor_observation_format_time (gint64 start_ns,
                             gint64 end_ns)
{
  g_autofree char *start = cor_time_format (start_ns);
  g_autofree char *end = NULL;

  if (end_ns < 0)
    return g_steal_pointer (&start);

  end = cor_time_format (end_ns);

  /* TRANSLATORS: a time range, "00:01:02.000 – 00:01:05.500" */
  return g_strdup_printf (_("%s – %s"), start, end);
}

char *
cor_observation_format_count (guint shown,
                              guint total)
{
  if (shown == total)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u observation", "%u observations",
                                         total), total);

  /* TRANSLATORS: how many observations pass the filters, of how many */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u observation",
                                       "%u of %u observations", total), shown, total);
}

GStrv
cor_observation_collect_languages (GListModel *annotations)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GList) keys = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (annotations), NULL);

  n = g_list_model_get_n_items (annotations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorAnnotation) annotation = g_list_model_get_item (annotations, i);
      const char *language;

      if (cor_annotation_get_kind (annotation) != COR_ANNOTATION_KIND_LANGUAGE)
        continue;

      language = cor_annotation_get_language (annotation);
      if (is_set (language))
        {
          char *lower = g_ascii_strdown (language, -1);

          if (g_hash_table_contains (seen, lower))
            g_free (lower);
          else
            g_hash_table_add (seen, lower);
        }
    }

  keys = g_list_sort (g_hash_table_get_keys (seen), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    g_strv_builder_add (builder, l->data);

  return g_strv_builder_end (builder);
}
