/* test-records.c — store: record objects, value types and built-in vocabularies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "cor-annotation.h"
#include "cor-article.h"
#include "cor-claim.h"
#include "cor-clip.h"
#include "cor-record-private.h"
#include "cor-snapshot.h"
#include "cor-store-types.h"
#include "cor-vocabulary.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Sets the property to a value it does not have, then the same value again: exactly one
 * notification, and the value reads back. */
static void
check_property (GObject    *object,
                GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) back = G_VALUE_INIT;
  g_autofree char *detailed = g_strconcat ("notify::", pspec->name, NULL);
  const char *strv[] = { "kursk", "힘들다야", NULL };
  guint count = 0;
  gulong id;

  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_true (pspec->flags & G_PARAM_WRITABLE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  g_value_init (&value, pspec->value_type);
  g_value_init (&back, pspec->value_type);

  if (pspec->value_type == G_TYPE_STRING)
    g_value_set_string (&value, "Сергеевка 힘들다야");
  else if (pspec->value_type == G_TYPE_INT64)
    g_value_set_int64 (&value, 7);
  else if (pspec->value_type == G_TYPE_INT)
    g_value_set_int (&value, ((GParamSpecInt *) pspec)->maximum >= 3 ? 3 : 2);
  else if (pspec->value_type == G_TYPE_DOUBLE)
    g_value_set_double (&value, 12.5);
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, TRUE);
  else if (pspec->value_type == G_TYPE_STRV)
    g_value_set_boxed (&value, strv);
  else
    g_assert_not_reached ();

  id = g_signal_connect (object, detailed, G_CALLBACK (count_notify), &count);

  g_object_set_property (object, pspec->name, &value);
  g_assert_cmpuint (count, ==, 1);
  g_object_set_property (object, pspec->name, &value);
  g_assert_cmpuint (count, ==, 1);

  g_object_get_property (object, pspec->name, &back);
  if (pspec->value_type == G_TYPE_STRV)
    g_assert_true (g_strv_equal (g_value_get_boxed (&back), strv));
  else
    g_assert_cmpint (g_param_values_cmp (pspec, &value, &back), ==, 0);

  g_signal_handler_disconnect (object, id);
}

static void
check_all_properties (GObject          *object,
                      const char * const *expected)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, g_strv_length ((char **) expected));

  for (guint i = 0; expected[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), expected[i]);

      g_assert_nonnull (pspec);
      check_property (object, pspec);
    }

  g_object_unref (object);
}

static void
test_properties (void)
{
  const char * const article[] = {
    "id", "uuid", "url", "title", "outlet", "author", "published", "language", "summary",
    "archived-url", "reliability", "notes", "created", "updated", NULL
  };
  const char * const claim[] = {
    "id", "uuid", "article-id", "text", "claimant", "figure", "claim-date", NULL
  };
  const char * const clip[] = {
    "id", "uuid", "title", "path", "relative-path", "size", "sha256", "imported", "kind",
    "duration-ns", "width", "height", "fps-n", "fps-d", "video-codec", "audio-codec",
    "container", "tags-json", "media-created", "origin", "source-url", "first-seen", "notes", NULL
  };
  const char * const annotation[] = {
    "id", "uuid", "clip-id", "start-ns", "end-ns", "kind", "language", "dialect", "speaker",
    "transcript", "translation", "translated-by", "maker", "item", "markings", "place",
    "has-coordinates", "latitude", "longitude", "precision-m", "method", "geolocated-by",
    "confidence", "analyst", "note", "tags", "created", "updated", NULL
  };
  const char * const snapshot[] = {
    "id", "uuid", "clip-id", "annotation-id", "position-ns", "frame", "width", "height",
    "created", NULL
  };

  check_all_properties (G_OBJECT (cor_article_new ()), article);
  check_all_properties (G_OBJECT (cor_claim_new ()), claim);
  check_all_properties (G_OBJECT (cor_clip_new ()), clip);
  check_all_properties (G_OBJECT (cor_annotation_new (COR_ANNOTATION_KIND_NOTE)), annotation);
  check_all_properties (G_OBJECT (cor_snapshot_new ()), snapshot);
}

static void
test_article (void)
{
  g_autoptr(CorArticle) article = cor_article_new ();
  guint count = 0;

  g_assert_cmpint (cor_article_get_id (article), ==, 0);
  g_assert_null (cor_article_get_uuid (article));
  g_assert_null (cor_article_get_title (article));

  g_signal_connect (article, "notify", G_CALLBACK (count_notify), &count);

  cor_article_set_title (article, "North Korean troops at Sergeevka");
  g_assert_cmpuint (count, ==, 1);
  cor_article_set_title (article, "North Korean troops at Sergeevka");
  g_assert_cmpuint (count, ==, 1);
  /* the same string set from its own getter */
  cor_article_set_title (article, cor_article_get_title (article));
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (cor_article_get_title (article), ==, "North Korean troops at Sergeevka");
  cor_article_set_title (article, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (cor_article_get_title (article));
  cor_article_set_title (article, NULL);
  g_assert_cmpuint (count, ==, 2);

  cor_article_set_id (article, 12);
  cor_article_set_uuid (article, "0f1e2d3c-aaaa-4bbb-8ccc-123456789abc");
  cor_article_set_created (article, "2024-10-25T08:00:00.000Z");
  cor_article_set_updated (article, "2024-10-26T08:00:00.000Z");
  g_assert_cmpuint (count, ==, 6);
  g_assert_cmpint (cor_article_get_id (article), ==, 12);
  g_assert_cmpstr (cor_article_get_uuid (article), ==, "0f1e2d3c-aaaa-4bbb-8ccc-123456789abc");
  g_assert_cmpstr (cor_article_get_created (article), ==, "2024-10-25T08:00:00.000Z");
  g_assert_cmpstr (cor_article_get_updated (article), ==, "2024-10-26T08:00:00.000Z");

  cor_article_set_reliability (article, "B");
  cor_article_set_language (article, "fr");
  g_assert_cmpstr (cor_article_get_reliability (article), ==, "B");
  g_assert_cmpstr (cor_article_get_language (article), ==, "fr");
  g_assert_cmpuint (count, ==, 8);
}

static void
test_claim (void)
{
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autofree char *figure = NULL;
  gint64 article_id = -1;

  cor_claim_set_article_id (claim, 3);
  cor_claim_set_text (claim, "About 1,500 soldiers were transported to Russia");
  cor_claim_set_claimant (claim, "South Korean intelligence");
  cor_claim_set_figure (claim, "1,500");
  cor_claim_set_claim_date (claim, "2024-10-18");
  cor_claim_set_id (claim, 9);
  cor_claim_set_uuid (claim, "uuid-9");

  g_object_get (claim, "article-id", &article_id, "figure", &figure, NULL);
  g_assert_cmpint (article_id, ==, 3);
  g_assert_cmpstr (figure, ==, "1,500");
  g_assert_cmpstr (cor_claim_get_claimant (claim), ==, "South Korean intelligence");
  g_assert_cmpstr (cor_claim_get_claim_date (claim), ==, "2024-10-18");
  g_assert_cmpint (cor_claim_get_id (claim), ==, 9);
  g_assert_cmpstr (cor_claim_get_uuid (claim), ==, "uuid-9");
}

static void
test_clip (void)
{
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autofree char *name = NULL;
  g_autofree char *from_path = NULL;
  g_autofree char *from_title = NULL;
  guint width_count = 0;
  guint height_count = 0;
  guint fps_count = 0;

  g_assert_cmpint (cor_clip_get_duration_ns (clip), ==, -1);
  g_assert_cmpint (cor_clip_get_kind (clip), ==, COR_CLIP_KIND_UNKNOWN);
  g_assert_cmpint (cor_clip_get_width (clip), ==, 0);

  name = cor_clip_dup_display_name (clip);
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");

  cor_clip_set_path (clip, "/cases/nk/sergeevka-queue.mp4");
  from_path = cor_clip_dup_display_name (clip);
  g_assert_cmpstr (from_path, ==, "sergeevka-queue.mp4");

  cor_clip_set_title (clip, "Queue for uniforms");
  from_title = cor_clip_dup_display_name (clip);
  g_assert_cmpstr (from_title, ==, "Queue for uniforms");

  g_signal_connect (clip, "notify::width", G_CALLBACK (count_notify), &width_count);
  g_signal_connect (clip, "notify::height", G_CALLBACK (count_notify), &height_count);
  g_signal_connect (clip, "notify::fps-d", G_CALLBACK (count_notify), &fps_count);

  cor_clip_set_size_px (clip, 1280, 720);
  g_assert_cmpuint (width_count, ==, 1);
  g_assert_cmpuint (height_count, ==, 1);
  cor_clip_set_size_px (clip, 1920, 720);
  g_assert_cmpuint (width_count, ==, 2);
  g_assert_cmpuint (height_count, ==, 1);
  g_assert_cmpint (cor_clip_get_width (clip), ==, 1920);
  g_assert_cmpint (cor_clip_get_height (clip), ==, 720);

  cor_clip_set_frame_rate (clip, 30000, 1001);
  cor_clip_set_frame_rate (clip, 30000, 1001);
  g_assert_cmpuint (fps_count, ==, 1);
  g_assert_cmpint (cor_clip_get_fps_n (clip), ==, 30000);
  g_assert_cmpint (cor_clip_get_fps_d (clip), ==, 1001);

  cor_clip_set_kind (clip, COR_CLIP_KIND_VIDEO);
  cor_clip_set_duration_ns (clip, G_GINT64_CONSTANT (10000000000));
  cor_clip_set_imported (clip, "2024-10-25T08:00:00.000Z");
  g_assert_cmpint (cor_clip_get_kind (clip), ==, COR_CLIP_KIND_VIDEO);
  g_assert_cmpint (cor_clip_get_duration_ns (clip), ==, G_GINT64_CONSTANT (10000000000));
  g_assert_cmpstr (cor_clip_get_imported (clip), ==, "2024-10-25T08:00:00.000Z");
}

static void
test_snapshot (void)
{
  g_autoptr(CorSnapshot) snapshot = cor_snapshot_new ();
  guint count = 0;

  g_signal_connect (snapshot, "notify", G_CALLBACK (count_notify), &count);
  cor_snapshot_set_size_px (snapshot, 640, 360);
  g_assert_cmpuint (count, ==, 2);
  cor_snapshot_set_size_px (snapshot, 640, 360);
  g_assert_cmpuint (count, ==, 2);
  cor_snapshot_set_annotation_id (snapshot, 4);
  cor_snapshot_set_position_ns (snapshot, 1500000000);
  cor_snapshot_set_frame (snapshot, 45);
  cor_snapshot_set_created (snapshot, "2024-10-25T08:00:00.000Z");
  g_assert_cmpuint (count, ==, 6);
  g_assert_cmpint (cor_snapshot_get_annotation_id (snapshot), ==, 4);
  g_assert_cmpint (cor_snapshot_get_position_ns (snapshot), ==, 1500000000);
  g_assert_cmpint (cor_snapshot_get_frame (snapshot), ==, 45);
  g_assert_cmpint (cor_snapshot_get_width (snapshot), ==, 640);
  g_assert_cmpstr (cor_snapshot_get_created (snapshot), ==, "2024-10-25T08:00:00.000Z");
}

static void
test_annotation_defaults (void)
{
  g_autoptr(CorAnnotation) annotation = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);

  g_assert_cmpint (cor_annotation_get_kind (annotation), ==, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_cmpint (cor_annotation_get_end_ns (annotation), ==, -1);
  g_assert_false (cor_annotation_is_range (annotation));
  g_assert_false (cor_annotation_get_has_coordinates (annotation));
  g_assert_cmpint (cor_annotation_get_confidence (annotation), ==, COR_CONFIDENCE_UNASSESSED);

  cor_annotation_set_start_ns (annotation, 2000000000);
  cor_annotation_set_end_ns (annotation, 3500000000);
  g_assert_true (cor_annotation_is_range (annotation));
  cor_annotation_set_end_ns (annotation, -1);
  g_assert_false (cor_annotation_is_range (annotation));
}

static void
test_annotation_tags (void)
{
  g_autoptr(CorAnnotation) annotation = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
  const char *tags[] = { "sergeevka", "btk", NULL };
  g_auto(GStrv) read = NULL;
  guint count = 0;

  g_assert_nonnull (cor_annotation_get_tags (annotation));
  g_assert_null (cor_annotation_get_tags (annotation)[0]);

  g_signal_connect (annotation, "notify::tags", G_CALLBACK (count_notify), &count);

  cor_annotation_set_tags (annotation, tags);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (g_strv_equal (cor_annotation_get_tags (annotation), tags));
  /* a copy was taken */
  g_assert_true ((gconstpointer) cor_annotation_get_tags (annotation) != (gconstpointer) tags);
  cor_annotation_set_tags (annotation, tags);
  g_assert_cmpuint (count, ==, 1);
  cor_annotation_set_tags (annotation, cor_annotation_get_tags (annotation));
  g_assert_cmpuint (count, ==, 1);

  g_object_get (annotation, "tags", &read, NULL);
  g_assert_true (g_strv_equal ((const char * const *) read, tags));

  cor_annotation_set_tags (annotation, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_nonnull (cor_annotation_get_tags (annotation));
  g_assert_cmpuint (g_strv_length ((char **) cor_annotation_get_tags (annotation)), ==, 0);
  cor_annotation_set_tags (annotation, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_object_set (annotation, "tags", tags, NULL);
  g_object_set (annotation, "tags", NULL, NULL);
  g_assert_cmpuint (count, ==, 4);
  g_assert_nonnull (cor_annotation_get_tags (annotation));
}

static void
test_annotation_coordinates (void)
{
  g_autoptr(CorAnnotation) annotation = cor_annotation_new (COR_ANNOTATION_KIND_LOCATION);
  guint has_count = 0;
  guint lat_count = 0;
  gboolean has = FALSE;

  g_signal_connect (annotation, "notify::has-coordinates", G_CALLBACK (count_notify), &has_count);
  g_signal_connect (annotation, "notify::latitude", G_CALLBACK (count_notify), &lat_count);

  cor_annotation_set_coordinates (annotation, 43.7, 131.87);
  g_assert_true (cor_annotation_get_has_coordinates (annotation));
  g_assert_cmpfloat (cor_annotation_get_latitude (annotation), ==, 43.7);
  g_assert_cmpfloat (cor_annotation_get_longitude (annotation), ==, 131.87);
  g_assert_cmpuint (has_count, ==, 1);
  g_assert_cmpuint (lat_count, ==, 1);

  cor_annotation_set_coordinates (annotation, 43.7, 131.87);
  g_assert_cmpuint (has_count, ==, 1);
  g_assert_cmpuint (lat_count, ==, 1);

  /* Out-of-range values are kept: the store refuses them with a sentence */
  cor_annotation_set_coordinates (annotation, 91.0, 0.0);
  g_assert_cmpfloat (cor_annotation_get_latitude (annotation), ==, 91.0);
  cor_annotation_set_coordinates (annotation, 43.7, 131.87);

  cor_annotation_clear_coordinates (annotation);
  g_assert_false (cor_annotation_get_has_coordinates (annotation));
  g_assert_cmpuint (has_count, ==, 2);

  g_object_set (annotation, "latitude", -33.8688, NULL);
  g_object_get (annotation, "has-coordinates", &has, NULL);
  g_assert_true (has);
  g_assert_cmpfloat (cor_annotation_get_latitude (annotation), ==, -33.8688);
  g_assert_cmpfloat (cor_annotation_get_longitude (annotation), ==, 0.0);
}

static void
test_annotation_copy (void)
{
  g_autoptr(CorAnnotation) original = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);
  g_autoptr(CorAnnotation) copy = NULL;
  const char *tags[] = { "radio", NULL };
  const char *other_tags[] = { "changed", NULL };

  cor_annotation_set_id (original, 42);
  cor_annotation_set_uuid (original, "uuid-42");
  cor_annotation_set_clip_id (original, 5);
  cor_annotation_set_start_ns (original, 1000);
  cor_annotation_set_end_ns (original, 2000);
  cor_annotation_set_language (original, "ko");
  cor_annotation_set_dialect (original, "northern accent");
  cor_annotation_set_speaker (original, "soldier on the left");
  cor_annotation_set_transcript (original, "힘들다야");
  cor_annotation_set_translation (original, "it's hard");
  cor_annotation_set_translated_by (original, "J. Kim");
  cor_annotation_set_maker (original, "BTK Group");
  cor_annotation_set_item (original, "jacket");
  cor_annotation_set_markings (original, "none");
  cor_annotation_set_place (original, "Sergeevka");
  cor_annotation_set_coordinates (original, 44.4, 131.37);
  cor_annotation_set_precision_m (original, 30000.0);
  cor_annotation_set_method (original, "ridge line");
  cor_annotation_set_geolocated_by (original, "GeoConfirmed");
  cor_annotation_set_confidence (original, COR_CONFIDENCE_MODERATE);
  cor_annotation_set_analyst (original, "A. Analyst");
  cor_annotation_set_note (original, "Two speakers");
  cor_annotation_set_tags (original, tags);
  cor_annotation_set_created (original, "2024-10-25T08:00:00.000Z");
  cor_annotation_set_updated (original, "2024-10-26T08:00:00.000Z");

  copy = cor_annotation_copy (original);
  g_assert_true (copy != original);

  {
    g_autofree GParamSpec **pspecs = NULL;
    guint n_pspecs = 0;

    pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (original), &n_pspecs);
    for (guint i = 0; i < n_pspecs; i++)
      {
        g_auto(GValue) a = G_VALUE_INIT;
        g_auto(GValue) b = G_VALUE_INIT;

        g_value_init (&a, pspecs[i]->value_type);
        g_value_init (&b, pspecs[i]->value_type);
        g_object_get_property (G_OBJECT (original), pspecs[i]->name, &a);
        g_object_get_property (G_OBJECT (copy), pspecs[i]->name, &b);
        if (pspecs[i]->value_type == G_TYPE_STRV)
          g_assert_true (g_strv_equal (g_value_get_boxed (&a), g_value_get_boxed (&b)));
        else
          g_assert_cmpint (g_param_values_cmp (pspecs[i], &a, &b), ==, 0);
      }
  }

  /* deep: no storage is shared */
  g_assert_true (cor_annotation_get_transcript (copy) != cor_annotation_get_transcript (original));
  g_assert_true ((gconstpointer) cor_annotation_get_tags (copy)
                 != (gconstpointer) cor_annotation_get_tags (original));
  g_assert_true (cor_annotation_get_uuid (copy) != cor_annotation_get_uuid (original));

  cor_annotation_set_transcript (original, "늦었어");
  cor_annotation_set_tags (original, other_tags);
  cor_annotation_set_uuid (original, "other");
  g_assert_cmpstr (cor_annotation_get_transcript (copy), ==, "힘들다야");
  g_assert_cmpstr (cor_annotation_get_tags (copy)[0], ==, "radio");
  g_assert_null (cor_annotation_get_tags (copy)[1]);
  g_assert_cmpstr (cor_annotation_get_uuid (copy), ==, "uuid-42");
  g_assert_cmpint (cor_annotation_get_id (copy), ==, 42);

  g_clear_object (&original);
  g_assert_cmpstr (cor_annotation_get_analyst (copy), ==, "A. Analyst");
}

static void
check_summary (CorAnnotation *annotation,
               const char    *expected)
{
  g_autofree char *summary = cor_annotation_dup_summary (annotation);

  g_assert_cmpstr (summary, ==, expected);
  g_assert_null (strchr (summary, '\n'));
}

static void
test_annotation_summary (void)
{
  g_autoptr(CorAnnotation) language = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);
  g_autoptr(CorAnnotation) uniform = cor_annotation_new (COR_ANNOTATION_KIND_UNIFORM);
  g_autoptr(CorAnnotation) location = cor_annotation_new (COR_ANNOTATION_KIND_LOCATION);
  g_autoptr(CorAnnotation) note = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);

  /* language heard */
  check_summary (language, "Language heard");
  cor_annotation_set_language (language, "ko");
  check_summary (language, "ko");
  cor_annotation_set_dialect (language, "northern accent");
  cor_annotation_set_transcript (language, "힘들다야");
  check_summary (language, "ko · northern accent · 힘들다야");
  cor_annotation_set_translation (language, "it's hard");
  check_summary (language, "ko · northern accent · 힘들다야 · “it's hard”");
  cor_annotation_set_dialect (language, "  ");
  cor_annotation_set_transcript (language, "힘들다야\n늦었어");
  check_summary (language, "ko · 힘들다야 늦었어 · “it's hard”");
  /* fields of another kind are kept but not shown */
  cor_annotation_set_maker (language, "BTK Group");
  check_summary (language, "ko · 힘들다야 늦었어 · “it's hard”");

  /* uniform / equipment */
  check_summary (uniform, "Uniform / equipment");
  cor_annotation_set_note (uniform, "\n  queue at the depot  \nsecond line");
  check_summary (uniform, "queue at the depot");
  cor_annotation_set_maker (uniform, "BTK Group");
  cor_annotation_set_item (uniform, "jacket");
  check_summary (uniform, "BTK Group · jacket");
  cor_annotation_set_markings (uniform, "no insignia");
  check_summary (uniform, "BTK Group · jacket · no insignia");

  /* location */
  check_summary (location, "Location");
  cor_annotation_set_coordinates (location, 43.7, 131.87);
  check_summary (location, "43.7000, 131.8700");
  cor_annotation_set_place (location, "Sergeevka training ground");
  check_summary (location, "Sergeevka training ground · 43.7000, 131.8700");
  cor_annotation_set_coordinates (location, -33.86882, -151.20929);
  check_summary (location, "Sergeevka training ground · -33.8688, -151.2093");
  cor_annotation_clear_coordinates (location);
  check_summary (location, "Sergeevka training ground");

  /* note */
  check_summary (note, "Note");
  cor_annotation_set_note (note, "Russian narrator: \"these are foreigners\"\nsecond line");
  check_summary (note, "Russian narrator: \"these are foreigners\"");
  cor_annotation_set_place (note, "Kursk");
  check_summary (note, "Russian narrator: \"these are foreigners\"");
}

static void
test_kinds (void)
{
  const CorAnnotationKind kinds[] = {
    COR_ANNOTATION_KIND_LANGUAGE, COR_ANNOTATION_KIND_UNIFORM,
    COR_ANNOTATION_KIND_LOCATION, COR_ANNOTATION_KIND_NOTE,
  };
  const char *names[] = { "language", "uniform", "location", "note" };
  const char *refused[] = {
    "", "Language", "LANGUAGE", "notes", " note", "1", "uniform/equipment"
  };
  CorAnnotationKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpstr (cor_annotation_kind_to_string (kinds[i]), ==, names[i]);
      kind = 0;
      g_assert_true (cor_annotation_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, kinds[i]);
      g_assert_nonnull (cor_annotation_kind_to_label (kinds[i]));
    }

  g_assert_cmpstr (cor_annotation_kind_to_label (COR_ANNOTATION_KIND_LANGUAGE), ==,
                   "Language heard");
  g_assert_cmpstr (cor_annotation_kind_to_label (COR_ANNOTATION_KIND_UNIFORM), ==,
                   "Uniform / equipment");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      kind = COR_ANNOTATION_KIND_NOTE;
      g_assert_false (cor_annotation_kind_from_string (refused[i], &kind));
      g_assert_cmpint (kind, ==, COR_ANNOTATION_KIND_NOTE);
    }
  g_assert_false (cor_annotation_kind_from_string (NULL, &kind));
}

static void
test_relations (void)
{
  const CorRelation relations[] = {
    COR_RELATION_REPORTED_BY, COR_RELATION_SUPPORTS, COR_RELATION_CONTRADICTS,
    COR_RELATION_CITES, COR_RELATION_DISPUTES,
  };
  const char *names[] = { "reported-by", "supports", "contradicts", "cites", "disputes" };
  const char *refused[] = { "", "reported_by", "Reported by", "cite", "supports ", "dispute" };
  CorRelation relation;

  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    {
      g_assert_cmpstr (cor_relation_to_string (relations[i]), ==, names[i]);
      relation = 0;
      g_assert_true (cor_relation_from_string (names[i], &relation));
      g_assert_cmpint (relation, ==, relations[i]);
      g_assert_nonnull (cor_relation_to_label (relations[i]));
      g_assert_cmpstr (cor_relation_to_label (relations[i]), !=, "");
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      relation = COR_RELATION_CITES;
      g_assert_false (cor_relation_from_string (refused[i], &relation));
      g_assert_cmpint (relation, ==, COR_RELATION_CITES);
    }
  g_assert_false (cor_relation_from_string (NULL, &relation));
}

static void
test_value_types (void)
{
  CorSearchHit *hit = g_new0 (CorSearchHit, 1);
  CorAuditEntry *entry = g_new0 (CorAuditEntry, 1);
  CorPlace *place = g_new0 (CorPlace, 1);
  g_autoptr(CorTerm) term = g_new0 (CorTerm, 1);

  hit->title = g_strdup ("title");
  hit->field = g_strdup ("transcript");
  hit->snippet = g_strdup (COR_SEARCH_MARK_START "힘들" COR_SEARCH_MARK_END "다야");
  cor_search_hit_free (hit);

  entry->time = g_strdup ("2024-10-25T08:00:00.000Z");
  entry->action = g_strdup ("insert");
  entry->new_json = g_strdup ("{}");
  cor_audit_entry_free (entry);

  place->name = g_strdup ("Kursk");
  place->country = g_strdup ("RU");
  cor_place_free (place);

  term->code = g_strdup ("ko");
  term->name = g_strdup ("Korean");

  cor_search_hit_free (NULL);
  cor_audit_entry_free (NULL);
  cor_place_free (NULL);
  cor_term_free (NULL);
}

static void
test_vocabulary_languages (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const CorVocabLanguage *languages;
  guint n_languages = 0;
  guint n_two_letter = 0;

  languages = cor_vocabulary_get_languages (&n_languages);
  g_assert_cmpuint (n_languages, >, 184);

  for (guint i = 0; i < n_languages; i++)
    {
      gsize len = strlen (languages[i].code);

      g_assert_true (len == 2 || len == 3);
      for (gsize j = 0; j < len; j++)
        g_assert_true (g_ascii_islower (languages[i].code[j]));
      g_assert_nonnull (languages[i].name);
      g_assert_cmpstr (languages[i].name, !=, "");
      g_assert_true (g_utf8_validate (languages[i].name, -1, NULL));
      g_assert_true (g_hash_table_add (seen, (gpointer) languages[i].code));
      if (len == 2)
        n_two_letter++;
      g_assert_cmpstr (cor_vocabulary_language_name (languages[i].code), ==, languages[i].name);
    }
  g_assert_cmpuint (n_two_letter, ==, 184);

  g_assert_cmpstr (cor_vocabulary_language_name ("ko"), ==, "Korean");
  g_assert_cmpstr (cor_vocabulary_language_name ("ru"), ==, "Russian");
  g_assert_cmpstr (cor_vocabulary_language_name ("ug"), ==, "Uyghur");
  g_assert_cmpstr (cor_vocabulary_language_name ("sah"), ==, "Yakut (Sakha)");
  g_assert_cmpstr (cor_vocabulary_language_name ("bua"), ==, "Buryat");
  g_assert_nonnull (cor_vocabulary_language_name ("tyv"));
  g_assert_nonnull (cor_vocabulary_language_name ("evn"));
  g_assert_nonnull (cor_vocabulary_language_name ("ce"));
  g_assert_nonnull (cor_vocabulary_language_name ("tt"));
  g_assert_nonnull (cor_vocabulary_language_name ("uk"));
  g_assert_null (cor_vocabulary_language_name ("xx"));
  g_assert_null (cor_vocabulary_language_name ("KO"));
  g_assert_null (cor_vocabulary_language_name (""));
  g_assert_null (cor_vocabulary_language_name ("korean"));
  g_assert_null (cor_vocabulary_language_name (NULL));
}

static void
test_vocabulary_places (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *required[] = {
    "Sergeevka training ground", "Ussuriysk", "Ulan-Ude", "Ekaterinoslavka",
    "Knyaze-Volkonskoe", "Vladivostok", "Khabarovsk", "Blagoveshchensk", "Postoyalye Dvory",
    "Kursk", "Pyongyang", "Wonsan", "Rason", "Chongjin", "Moscow", "Kyiv",
  };
  const CorVocabPlace *places;
  guint n_places = 0;

  places = cor_vocabulary_get_places (&n_places);
  g_assert_cmpuint (n_places, >=, G_N_ELEMENTS (required));

  for (guint i = 0; i < n_places; i++)
    {
      const CorVocabPlace *place = &places[i];

      g_assert_true (g_hash_table_add (seen, (gpointer) place->name));
      g_assert_true (isfinite (place->latitude) && isfinite (place->longitude));
      g_assert_cmpfloat (place->latitude, >=, -90.0);
      g_assert_cmpfloat (place->latitude, <=, 90.0);
      g_assert_cmpfloat (place->longitude, >=, -180.0);
      g_assert_cmpfloat (place->longitude, <=, 180.0);
      g_assert_cmpfloat (place->precision_m, >, 0.0);
      g_assert_true (g_str_equal (place->country, "RU") || g_str_equal (place->country, "KP")
                     || g_str_equal (place->country, "UA"));
      g_assert_true (place->alt_names == NULL || g_utf8_validate (place->alt_names, -1, NULL));
      /* an uncertain position must say so and carry a large radius */
      if (place->note != NULL && strstr (place->note, "pproximate") != NULL)
        g_assert_cmpfloat (place->precision_m, >=, 10000.0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_true (g_hash_table_contains (seen, required[i]));

  for (guint i = 0; i < n_places; i++)
    {
      if (g_str_equal (places[i].name, "Sergeevka training ground"))
        {
          g_assert_nonnull (strstr (places[i].alt_names, "Сергеевка"));
          g_assert_nonnull (strstr (places[i].note, "127th"));
        }
    }
}

static void
test_vocabulary_makers (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const CorVocabMaker *makers;
  guint n_makers = 0;

  makers = cor_vocabulary_get_makers (&n_makers);
  g_assert_cmpuint (n_makers, >, 0);

  for (guint i = 0; i < n_makers; i++)
    {
      g_assert_cmpstr (makers[i].name, !=, "");
      g_assert_true (g_hash_table_add (seen, (gpointer) makers[i].name));
    }

  g_assert_true (g_hash_table_contains (seen, "BTK Group"));
  g_assert_true (g_hash_table_contains (seen, "Kalashnikov Concern"));
  g_assert_true (g_hash_table_contains (seen, "Ratnik programme (VPK)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/records/properties", test_properties);
  g_test_add_func ("/store/article/fields", test_article);
  g_test_add_func ("/store/claim/fields", test_claim);
  g_test_add_func ("/store/clip/fields", test_clip);
  g_test_add_func ("/store/snapshot/fields", test_snapshot);
  g_test_add_func ("/store/annotation/defaults", test_annotation_defaults);
  g_test_add_func ("/store/annotation/tags", test_annotation_tags);
  g_test_add_func ("/store/annotation/coordinates", test_annotation_coordinates);
  g_test_add_func ("/store/annotation/copy", test_annotation_copy);
  g_test_add_func ("/store/annotation/summary", test_annotation_summary);
  g_test_add_func ("/store/types/kinds", test_kinds);
  g_test_add_func ("/store/types/relations", test_relations);
  g_test_add_func ("/store/types/free", test_value_types);
  g_test_add_func ("/store/vocabulary/languages", test_vocabulary_languages);
  g_test_add_func ("/store/vocabulary/places", test_vocabulary_places);
  g_test_add_func ("/store/vocabulary/makers", test_vocabulary_makers);

  return g_test_run ();
}
