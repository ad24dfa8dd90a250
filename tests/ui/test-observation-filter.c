/* test-observation-filter.c — the observation list's filters and orders, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-observation-filter.h"
#include "cor-time.h"

typedef struct
{
  GPtrArray *all;
  CorAnnotation *korean;    /* ko, high, ana, tags nk */
  CorAnnotation *russian;   /* ru, moderate, bob */
  CorAnnotation *uniform;   /* BTK Group, low, ana, tags nk, uniform */
  CorAnnotation *place;     /* Sergeevka training ground, very high, bob */
  CorAnnotation *note;      /* unassessed, no analyst; has a place and language of another kind */
} Fixture;

static CorAnnotation *
make (Fixture          *f,
      CorAnnotationKind kind,
      gint64            start_ms,
      CorConfidence     confidence,
      const char       *analyst)
{
  CorAnnotation *annotation = cor_annotation_new (kind);

  cor_annotation_set_start_ns (annotation, start_ms * COR_NS_PER_MS);
  cor_annotation_set_confidence (annotation, confidence);
  cor_annotation_set_analyst (annotation, analyst);
  g_ptr_array_add (f->all, annotation);

  return annotation;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->all = g_ptr_array_new_with_free_func (g_object_unref);

  f->korean = make (f, COR_ANNOTATION_KIND_LANGUAGE, 5000, COR_CONFIDENCE_HIGH, "ana");
  cor_annotation_set_language (f->korean, "ko");
  cor_annotation_set_transcript (f->korean, "힘들다야");
  cor_annotation_set_tags (f->korean, (const char *[]) { "NK", "audio", NULL });

  f->russian = make (f, COR_ANNOTATION_KIND_LANGUAGE, 1000, COR_CONFIDENCE_MODERATE, "bob");
  cor_annotation_set_language (f->russian, "RU");

  f->uniform = make (f, COR_ANNOTATION_KIND_UNIFORM, 3000, COR_CONFIDENCE_LOW, "ana");
  cor_annotation_set_maker (f->uniform, "BTK Group");
  cor_annotation_set_tags (f->uniform, (const char *[]) { "nk", "uniform", NULL });

  f->place = make (f, COR_ANNOTATION_KIND_LOCATION, 3000, COR_CONFIDENCE_VERY_HIGH, "bob");
  cor_annotation_set_place (f->place, "Sergeevka training ground");
  cor_annotation_set_end_ns (f->place, 4000 * COR_NS_PER_MS);

  f->note = make (f, COR_ANNOTATION_KIND_NOTE, 0, COR_CONFIDENCE_UNASSESSED, NULL);
  cor_annotation_set_place (f->note, "Sergeevka");
  cor_annotation_set_language (f->note, "ko");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->all);
}

/* The annotations of @f that @filter lets through, as a bit mask in fixture order */
static guint
matches (Fixture                    *f,
         const CorObservationFilter *filter)
{
  guint mask = 0;

  for (guint i = 0; i < f->all->len; i++)
    if (cor_observation_filter_match (filter, g_ptr_array_index (f->all, i)))
      mask |= 1u << i;

  return mask;
}

#define KO 1u
#define RU 2u
#define UN 4u
#define PL 8u
#define NO 16u
#define ALL (KO | RU | UN | PL | NO)

static void
test_single (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CorObservationFilter) filter = cor_observation_filter_new ();

  g_assert_true (cor_observation_filter_is_empty (filter));
  g_assert_cmphex (matches (f, filter), ==, ALL);
  g_assert_cmphex (matches (f, NULL), ==, ALL);

  filter->kind = COR_ANNOTATION_KIND_LANGUAGE;
  g_assert_false (cor_observation_filter_is_empty (filter));
  g_assert_cmphex (matches (f, filter), ==, KO | RU);
  filter->kind = COR_ANNOTATION_KIND_NOTE;
  g_assert_cmphex (matches (f, filter), ==, NO);
  filter->kind = 0;

  /* language: case-insensitive, only on language-heard observations */
  cor_observation_filter_set_string (&filter->language, "ko");
  g_assert_cmphex (matches (f, filter), ==, KO);
  cor_observation_filter_set_string (&filter->language, "ru");
  g_assert_cmphex (matches (f, filter), ==, RU);
  cor_observation_filter_set_string (&filter->language, "ug");
  g_assert_cmphex (matches (f, filter), ==, 0);
  cor_observation_filter_set_string (&filter->language, "");
  g_assert_null (filter->language);
  g_assert_true (cor_observation_filter_is_empty (filter));

  /* place: a part of the name, any case, only on locations */
  cor_observation_filter_set_string (&filter->place, "SERGEEV");
  g_assert_cmphex (matches (f, filter), ==, PL);
  cor_observation_filter_set_string (&filter->place, "ground");
  g_assert_cmphex (matches (f, filter), ==, PL);
  cor_observation_filter_set_string (&filter->place, "Ussuriysk");
  g_assert_cmphex (matches (f, filter), ==, 0);
  cor_observation_filter_set_string (&filter->place, NULL);

  filter->min_confidence = COR_CONFIDENCE_MODERATE;
  g_assert_cmphex (matches (f, filter), ==, KO | RU | PL);
  filter->min_confidence = COR_CONFIDENCE_VERY_HIGH;
  g_assert_cmphex (matches (f, filter), ==, PL);
  filter->min_confidence = COR_CONFIDENCE_VERY_LOW;
  g_assert_cmphex (matches (f, filter), ==, KO | RU | UN | PL);
  filter->min_confidence = COR_CONFIDENCE_UNASSESSED;

  cor_observation_filter_set_string (&filter->analyst, "ana");
  g_assert_cmphex (matches (f, filter), ==, KO | UN);
  cor_observation_filter_set_string (&filter->analyst, "Ana");
  g_assert_cmphex (matches (f, filter), ==, 0);
  cor_observation_filter_set_string (&filter->analyst, NULL);

  cor_observation_filter_set_string (&filter->tag, "nk");
  g_assert_cmphex (matches (f, filter), ==, KO | UN);
  cor_observation_filter_set_string (&filter->tag, "UNIFORM");
  g_assert_cmphex (matches (f, filter), ==, UN);
  cor_observation_filter_set_string (&filter->tag, "n");
  g_assert_cmphex (matches (f, filter), ==, 0);
}

static void
test_combined (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CorObservationFilter) filter = cor_observation_filter_new ();
  g_autoptr(CorObservationFilter) copy = NULL;

  cor_observation_filter_set_string (&filter->tag, "nk");
  cor_observation_filter_set_string (&filter->analyst, "ana");
  filter->min_confidence = COR_CONFIDENCE_MODERATE;
  g_assert_cmphex (matches (f, filter), ==, KO);

  filter->kind = COR_ANNOTATION_KIND_UNIFORM;
  g_assert_cmphex (matches (f, filter), ==, 0);
  filter->min_confidence = COR_CONFIDENCE_LOW;
  g_assert_cmphex (matches (f, filter), ==, UN);

  /* a language criterion and a kind that cannot have one: nothing */
  cor_observation_filter_set_string (&filter->language, "ko");
  g_assert_cmphex (matches (f, filter), ==, 0);

  copy = cor_observation_filter_copy (filter);
  g_assert_true (cor_observation_filter_equal (copy, filter));
  g_assert_cmphex (matches (f, copy), ==, 0);
  copy->kind = 0;
  g_assert_false (cor_observation_filter_equal (copy, filter));
  g_assert_cmphex (matches (f, copy), ==, KO);
  cor_observation_filter_set_string (&copy->place, "x");
  g_assert_cmphex (matches (f, copy), ==, 0);

  g_assert_true (cor_observation_filter_equal (NULL, NULL));
  g_clear_pointer (&copy, cor_observation_filter_free);
  copy = cor_observation_filter_copy (NULL);
  g_assert_true (cor_observation_filter_equal (copy, NULL));
}

static int
sort_time (gconstpointer a,
           gconstpointer b)
{
  return cor_observation_compare_time (*(CorAnnotation **) a, *(CorAnnotation **) b);
}

static int
sort_confidence (gconstpointer a,
                 gconstpointer b)
{
  return cor_observation_compare_confidence (*(CorAnnotation **) a, *(CorAnnotation **) b);
}

static int
sort_kind (gconstpointer a,
           gconstpointer b)
{
  return cor_observation_compare_kind (*(CorAnnotation **) a, *(CorAnnotation **) b);
}

static int
sort_analyst (gconstpointer a,
              gconstpointer b)
{
  return cor_observation_compare_analyst (*(CorAnnotation **) a, *(CorAnnotation **) b);
}

static void
assert_order (Fixture        *f,
              GCompareFunc    compare,
              CorAnnotation **expected)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  /* borrowed: a copy of f->all would take its free function along */
  g_ptr_array_extend (sorted, f->all, NULL, NULL);
  g_ptr_array_sort (sorted, compare);
  for (guint i = 0; i < sorted->len; i++)
    g_assert_true (g_ptr_array_index (sorted, i) == expected[i]);
}

static void
test_orders (Fixture       *f,
             gconstpointer  data)
{
  /* time: numeric (5 s after 1 s, though "5000" > "10000" as text would say otherwise);
   * the point at 3 s before the range from 3 s */
  assert_order (f, sort_time,
                (CorAnnotation *[]) { f->note, f->russian, f->uniform, f->place, f->korean });
  assert_order (f, sort_confidence,
                (CorAnnotation *[]) { f->note, f->uniform, f->russian, f->korean, f->place });
  assert_order (f, sort_kind,
                (CorAnnotation *[]) { f->russian, f->korean, f->uniform, f->place, f->note });
  /* no analyst last */
  assert_order (f, sort_analyst,
                (CorAnnotation *[]) { f->uniform, f->korean, f->russian, f->place, f->note });

  g_assert_cmpint (cor_observation_compare_time (f->korean, f->korean), ==, 0);

  /* clip first, then time */
  cor_annotation_set_clip_id (f->note, 2);
  cor_annotation_set_clip_id (f->place, 2);
  cor_annotation_set_clip_id (f->korean, 1);
  cor_annotation_set_clip_id (f->russian, 1);
  cor_annotation_set_clip_id (f->uniform, 1);
  g_assert_cmpint (cor_observation_compare_clip (f->korean, f->note), <, 0);
  g_assert_cmpint (cor_observation_compare_clip (f->note, f->place), <, 0);
  g_assert_cmpint (cor_observation_compare_clip (f->russian, f->korean), <, 0);
  g_assert_cmpint (cor_observation_compare_clip (f->place, f->uniform), >, 0);
}

static void
test_format (void)
{
  g_autofree char *point = cor_observation_format_time (62 * COR_NS_PER_SECOND, -1);
  g_autofree char *range = cor_observation_format_time (62 * COR_NS_PER_SECOND,
                                                         3725 * COR_NS_PER_SECOND + 500 * COR_NS_PER_MS);
  g_autofree char *all = cor_observation_format_count (10, 10);
  g_autofree char *one = cor_observation_format_count (1, 1);
  g_autofree char *some = cor_observation_format_count (3, 100000);
  g_autofree char *none = cor_observation_format_count (0, 0);

  g_assert_cmpstr (point, ==, "00:01:02.000");
  g_assert_cmpstr (range, ==, "00:01:02.000 – 01:02:05.500");
  g_assert_cmpstr (all, ==, "10 observations");
  g_assert_cmpstr (one, ==, "1 observation");
  g_assert_cmpstr (some, ==, "3 of 100000 observations");
  g_assert_cmpstr (none, ==, "0 observations");
}

static void
test_languages (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListStore) store = g_list_store_new (COR_TYPE_ANNOTATION);
  g_auto(GStrv) languages = NULL;
  g_autoptr(CorAnnotation) upper = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);

  cor_annotation_set_language (upper, "KO");
  for (guint i = 0; i < f->all->len; i++)
    g_list_store_append (store, g_ptr_array_index (f->all, i));
  g_list_store_append (store, upper);

  /* the note's "ko" is of another kind and does not count, "KO" is "ko" */
  languages = cor_observation_collect_languages (G_LIST_MODEL (store));
  g_assert_cmpstrv (languages, ((const char *[]) { "ko", "ru", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/observation-filter/single", test_single);
  ADD ("/ui/observation-filter/combined", test_combined);
  ADD ("/ui/observation-filter/orders", test_orders);
  ADD ("/ui/observation-filter/languages", test_languages);
  g_test_add_func ("/ui/observation-filter/format", test_format);

#undef ADD

  return g_test_run ();
}
