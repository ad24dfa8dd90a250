/* test-store-validate.c — the store refuses wrong values with a sentence and writes nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "test-store-util.h"

typedef void (*Spoil) (CorAnnotation *annotation);

static void spoil_latitude (CorAnnotation *a) { cor_annotation_set_coordinates (a, 91.0, 0.0); }
static void spoil_longitude (CorAnnotation *a) { cor_annotation_set_coordinates (a, 0.0, -181.0); }
static void spoil_nan (CorAnnotation *a) { cor_annotation_set_coordinates (a, NAN, 10.0); }
static void spoil_start (CorAnnotation *a) { cor_annotation_set_start_ns (a, -1); }
static void spoil_end (CorAnnotation *a) { cor_annotation_set_end_ns (a, 0); }
static void spoil_precision (CorAnnotation *a) { cor_annotation_set_precision_m (a, -5.0); }
static void spoil_clip (CorAnnotation *a) { cor_annotation_set_clip_id (a, 999999); }

static const struct {
  const char *name;
  Spoil       spoil;
  int         code;
  const char *words; /* the message names the problem */
} cases[] = {
  { "latitude", spoil_latitude, COR_STORE_ERROR_INVALID, "atitude" },
  { "longitude", spoil_longitude, COR_STORE_ERROR_INVALID, "ongitude" },
  { "nan", spoil_nan, COR_STORE_ERROR_INVALID, "atitude" },
  { "negative-start", spoil_start, COR_STORE_ERROR_INVALID, "tart" },
  { "end-before-start", spoil_end, COR_STORE_ERROR_INVALID, "nd" },
  { "negative-precision", spoil_precision, COR_STORE_ERROR_INVALID, "recision" },
  { "unknown-clip", spoil_clip, COR_STORE_ERROR_NOT_FOUND, "999999" },
};

static void
test_refused (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "validate");
  gint64 audit_before = cor_store_count_audit (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CorAnnotation) annotation = cor_annotation_new (COR_ANNOTATION_KIND_LOCATION);
      g_autoptr(CorAnnotation) good = NULL;

      cor_annotation_set_clip_id (annotation, cor_clip_get_id (clip));
      cor_annotation_set_start_ns (annotation, 5 * COR_NS_PER_SECOND);
      cor_annotation_set_place (annotation, "Sergeevka");
      cases[i].spoil (annotation);

      g_test_message ("case %s", cases[i].name);
      g_assert_false (cor_store_add_annotation (fixture->store, annotation, &error));
      g_assert_error (error, COR_STORE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
      g_assert_cmpint (cor_annotation_get_id (annotation), ==, 0);
      g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 0);
      g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before);

      /* The same value refused on update leaves the stored record as it was */
      good = cor_annotation_new (COR_ANNOTATION_KIND_LOCATION);
      cor_annotation_set_clip_id (good, cor_clip_get_id (clip));
      cor_annotation_set_start_ns (good, 5 * COR_NS_PER_SECOND);
      cor_annotation_set_coordinates (good, 44.33, 131.67);
      g_assert_true (cor_store_add_annotation (fixture->store, good, NULL));
      audit_before = cor_store_count_audit (fixture->store);
      cases[i].spoil (good);
      g_clear_error (&error);
      g_assert_false (cor_store_update_annotation (fixture->store, good, &error));
      g_assert_nonnull (error);
      g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before);
      {
        g_autoptr(CorAnnotation) stored = cor_store_get_annotation (fixture->store,
                                                                    cor_annotation_get_id (good),
                                                                    NULL);
        g_assert_cmpfloat (cor_annotation_get_latitude (stored), ==, 44.33);
        g_assert_cmpint (cor_annotation_get_start_ns (stored), ==, 5 * COR_NS_PER_SECOND);
        g_assert_cmpint (cor_annotation_get_clip_id (stored), ==, cor_clip_get_id (clip));
      }
      g_assert_true (cor_store_delete_annotation (fixture->store, cor_annotation_get_id (good), NULL));
      audit_before = cor_store_count_audit (fixture->store);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/validate/refused-and-unchanged", StoreFixture, NULL,
              store_fixture_set_up, test_refused, store_fixture_tear_down);
  return g_test_run ();
}
