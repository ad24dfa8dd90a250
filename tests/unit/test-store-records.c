/* test-store-records.c — store: CRUD of every record, UUIDs, validation, links, vocabularies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "test-store-util.h"

static const guint8 tiny_png[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
  0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
};

/* The case's size as seen from outside: nothing may change on a refused write */
static char *
case_state (CorStore *store)
{
  return g_strdup_printf ("audit=%" G_GINT64_FORMAT " annotations=%" G_GINT64_FORMAT
                          " clips=%u articles=%u",
                          cor_store_count_audit (store), cor_store_count_annotations (store, 0),
                          g_list_model_get_n_items (cor_store_get_clips (store)),
                          g_list_model_get_n_items (cor_store_get_articles (store)));
}

static void
test_article (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorArticle) read = NULL;
  g_autofree char *uuid = NULL;

  cor_article_set_title (article, "North Korean troops at Sergeevka");
  cor_article_set_url (article, "https://example.org/a");
  cor_article_set_outlet (article, "Example Daily");
  cor_article_set_published (article, "2024-10-18");
  cor_article_set_language (article, "en");
  cor_article_set_reliability (article, "B");
  cor_article_set_summary (article, "Video shows soldiers speaking Korean.");
  g_assert_true (cor_store_add_article (fixture->store, article, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cor_article_get_id (article), >, 0);
  g_assert_true (g_uuid_string_is_valid (cor_article_get_uuid (article)));
  g_assert_nonnull (cor_article_get_created (article));
  uuid = g_strdup (cor_article_get_uuid (article));

  read = cor_store_get_article (fixture->store, cor_article_get_id (article), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_article_get_title (read), ==, "North Korean troops at Sergeevka");
  g_assert_cmpstr (cor_article_get_outlet (read), ==, "Example Daily");
  g_assert_cmpstr (cor_article_get_published (read), ==, "2024-10-18");
  g_assert_cmpstr (cor_article_get_reliability (read), ==, "B");
  g_assert_cmpstr (cor_article_get_uuid (read), ==, uuid);

  cor_article_set_title (article, "Changed title");
  g_assert_true (cor_store_update_article (fixture->store, article, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = cor_store_get_article (fixture->store, cor_article_get_id (article), &error);
  g_assert_cmpstr (cor_article_get_title (read), ==, "Changed title");
  g_assert_cmpstr (cor_article_get_uuid (read), ==, uuid);

  /* Refusals */
  cor_article_set_published (article, "2024-13-01");
  g_assert_false (cor_store_update_article (fixture->store, article, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Published"));
  g_clear_error (&error);
  cor_article_set_published (article, NULL);
  cor_article_set_reliability (article, "Z");
  g_assert_false (cor_store_update_article (fixture->store, article, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Reliability"));
  g_clear_error (&error);
  cor_article_set_reliability (article, "B");

  g_assert_true (cor_store_delete_article (fixture->store, cor_article_get_id (article), &error));
  g_assert_no_error (error);
  g_assert_null (cor_store_get_article (fixture->store, cor_article_get_id (article), &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cor_store_delete_article (fixture->store, cor_article_get_id (article), &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo of a delete: the same record comes back with its uuid */
  g_assert_true (cor_store_add_article (fixture->store, article, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cor_article_get_uuid (article), ==, uuid);
}

static void
test_claim (StoreFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autoptr(CorClaim) read = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  cor_article_set_title (article, "Claims");
  g_assert_true (cor_store_add_article (fixture->store, article, &error));

  before = case_state (fixture->store);
  g_assert_false (cor_store_add_claim (fixture->store, claim, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  cor_claim_set_text (claim, "About 1,500 soldiers arrived");
  cor_claim_set_article_id (claim, 999);
  g_assert_false (cor_store_add_claim (fixture->store, claim, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = case_state (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (cor_claim_get_id (claim), ==, 0);

  cor_claim_set_article_id (claim, cor_article_get_id (article));
  cor_claim_set_claimant (claim, "South Korean intelligence");
  cor_claim_set_figure (claim, "1,500");
  g_assert_true (cor_store_add_claim (fixture->store, claim, &error));
  g_assert_no_error (error);
  read = cor_store_get_claim (fixture->store, cor_claim_get_id (claim), &error);
  g_assert_cmpstr (cor_claim_get_claimant (read), ==, "South Korean intelligence");
  g_assert_cmpint (cor_claim_get_article_id (read), ==, cor_article_get_id (article));

  cor_claim_set_figure (claim, "10,000–12,000");
  g_assert_true (cor_store_update_claim (fixture->store, claim, &error));
  g_clear_object (&read);
  read = cor_store_get_claim (fixture->store, cor_claim_get_id (claim), &error);
  g_assert_cmpstr (cor_claim_get_figure (read), ==, "10,000–12,000");

  /* Deleting the article takes its claims */
  g_assert_true (cor_store_delete_article (fixture->store, cor_article_get_id (article), &error));
  g_clear_object (&read);
  read = cor_store_get_claim (fixture->store, cor_claim_get_id (claim), &error);
  g_assert_null (read);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
}

static void
test_clip (StoreFixture  *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "first");
  g_autoptr(CorClip) dup = cor_clip_new ();
  g_autoptr(CorClip) bad = cor_clip_new ();
  g_autoptr(CorClip) read = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (cor_clip_get_id (clip), >, 0);
  g_assert_nonnull (cor_clip_get_imported (clip));

  before = case_state (fixture->store);
  cor_clip_set_path (dup, "/elsewhere/copy.mp4");
  cor_clip_set_sha256 (dup, cor_clip_get_sha256 (clip));
  g_assert_false (cor_store_add_clip (fixture->store, dup, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  cor_clip_set_path (bad, "/x.mp4");
  cor_clip_set_sha256 (bad, "ABCDEF");
  g_assert_false (cor_store_add_clip (fixture->store, bad, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "SHA-256"));
  g_clear_error (&error);
  cor_clip_set_sha256 (bad, NULL);
  g_assert_false (cor_store_add_clip (fixture->store, bad, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = case_state (fixture->store);
  g_assert_cmpstr (before, ==, after);

  read = cor_store_find_clip_by_sha256 (fixture->store, cor_clip_get_sha256 (clip), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_clip_get_id (read), ==, cor_clip_get_id (clip));
  g_clear_object (&read);
  g_assert_null (cor_store_find_clip_by_sha256 (fixture->store, "00", &error));
  g_assert_no_error (error);

  cor_clip_set_origin (clip, "Telegram channel Astra");
  cor_clip_set_duration_ns (clip, 12 * COR_NS_PER_SECOND);
  cor_clip_set_frame_rate (clip, 30000, 1001);
  cor_clip_set_tags_json (clip, "{\"title\": \"x\"}");
  g_assert_true (cor_store_update_clip (fixture->store, clip, &error));
  g_assert_no_error (error);
  read = cor_store_get_clip (fixture->store, cor_clip_get_id (clip), &error);
  g_assert_cmpstr (cor_clip_get_origin (read), ==, "Telegram channel Astra");
  g_assert_cmpint (cor_clip_get_duration_ns (read), ==, 12 * COR_NS_PER_SECOND);
  g_assert_cmpint (cor_clip_get_fps_n (read), ==, 30000);
  g_assert_cmpint (cor_clip_get_fps_d (read), ==, 1001);
  g_assert_cmpstr (cor_clip_get_imported (read), ==, cor_clip_get_imported (clip));

  cor_clip_set_tags_json (clip, "{not json");
  g_assert_false (cor_store_update_clip (fixture->store, clip, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
}

static void
test_annotation (StoreFixture  *fixture,
                 gconstpointer  data)
{
  static const char * const tags[] = { "radio", "북한", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);
  g_autoptr(CorAnnotation) loc = cor_annotation_new (COR_ANNOTATION_KIND_LOCATION);
  g_autoptr(CorAnnotation) read = NULL;
  g_autoptr(CorAnnotation) copy = NULL;
  g_autofree char *uuid = NULL;

  cor_annotation_set_clip_id (a, cor_clip_get_id (clip));
  cor_annotation_set_start_ns (a, 2 * COR_NS_PER_SECOND);
  cor_annotation_set_end_ns (a, 3 * COR_NS_PER_SECOND);
  cor_annotation_set_language (a, "ko");
  cor_annotation_set_dialect (a, "northern accent");
  cor_annotation_set_transcript (a, "힘들다야");
  cor_annotation_set_translation (a, "It's hard");
  cor_annotation_set_confidence (a, COR_CONFIDENCE_HIGH);
  cor_annotation_set_tags (a, tags);
  g_assert_true (cor_store_add_annotation (fixture->store, a, &error));
  g_assert_no_error (error);
  uuid = g_strdup (cor_annotation_get_uuid (a));
  g_assert_cmpstr (cor_annotation_get_analyst (a), ==, "Analyst A");

  read = cor_store_get_annotation (fixture->store, cor_annotation_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_annotation_get_kind (read), ==, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_cmpint (cor_annotation_get_end_ns (read), ==, 3 * COR_NS_PER_SECOND);
  g_assert_cmpstr (cor_annotation_get_transcript (read), ==, "힘들다야");
  g_assert_cmpint (cor_annotation_get_confidence (read), ==, COR_CONFIDENCE_HIGH);
  g_assert_true (g_strv_equal (cor_annotation_get_tags (read), tags));
  g_assert_cmpstr (cor_annotation_get_uuid (read), ==, uuid);

  /* A point observation */
  cor_annotation_set_end_ns (a, -1);
  g_assert_true (cor_store_update_annotation (fixture->store, a, &error));
  g_clear_object (&read);
  read = cor_store_get_annotation (fixture->store, cor_annotation_get_id (a), &error);
  g_assert_false (cor_annotation_is_range (read));
  g_assert_cmpstr (cor_annotation_get_uuid (read), ==, uuid);

  cor_annotation_set_clip_id (loc, cor_clip_get_id (clip));
  cor_annotation_set_place (loc, "Sergeevka");
  cor_annotation_set_coordinates (loc, 43.35, 131.94);
  cor_annotation_set_precision_m (loc, 500);
  g_assert_true (cor_store_add_annotation (fixture->store, loc, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cor_annotation_get_uuid (loc), !=, uuid);
  g_clear_object (&read);
  read = cor_store_get_annotation (fixture->store, cor_annotation_get_id (loc), &error);
  g_assert_true (cor_annotation_get_has_coordinates (read));
  g_assert_cmpfloat_with_epsilon (cor_annotation_get_latitude (read), 43.35, 1e-9);
  g_assert_cmpfloat_with_epsilon (cor_annotation_get_longitude (read), 131.94, 1e-9);

  copy = cor_annotation_copy (a);
  g_assert_true (cor_store_delete_annotation (fixture->store, cor_annotation_get_id (a), &error));
  g_assert_cmpint (cor_store_count_annotations (fixture->store, cor_clip_get_id (clip)), ==, 1);
  g_assert_true (cor_store_add_annotation (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cor_annotation_get_uuid (copy), ==, uuid);
  g_assert_cmpint (cor_annotation_get_id (copy), ==, cor_annotation_get_id (a));

  /* Deleting the clip takes its observations */
  g_assert_true (cor_store_delete_clip (fixture->store, cor_clip_get_id (clip), &error));
  g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 0);
}

static void
test_annotation_refusals (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autofree char *before = case_state (fixture->store);
  g_autofree char *after = NULL;
  struct {
    CorAnnotationKind kind;
    gint64 clip_id, start, end;
    const char *language, *note;
    const char *expect;
    int code;
  } cases[] = {
    { COR_ANNOTATION_KIND_NOTE, 0, 0, -1, NULL, "n", "clip", COR_STORE_ERROR_NOT_FOUND },
    { COR_ANNOTATION_KIND_NOTE, 1, 5, 2, NULL, "n", "before", COR_STORE_ERROR_INVALID },
    { COR_ANNOTATION_KIND_LANGUAGE, 1, 0, -1, "Korean", NULL, "ISO 639", COR_STORE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CorAnnotation) a = cor_annotation_new (cases[i].kind);

      cor_annotation_set_clip_id (a, cases[i].clip_id ? cor_clip_get_id (clip) : 4242);
      cor_annotation_set_start_ns (a, cases[i].start);
      cor_annotation_set_end_ns (a, cases[i].end);
      cor_annotation_set_language (a, cases[i].language);
      cor_annotation_set_note (a, cases[i].note);
      g_assert_false (cor_store_add_annotation (fixture->store, a, &error));
      g_assert_error (error, COR_STORE_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].expect));
      g_assert_cmpint (cor_annotation_get_id (a), ==, 0);
      g_assert_null (cor_annotation_get_uuid (a));
      g_clear_error (&error);
    }

  after = case_state (fixture->store);
  g_assert_cmpstr (before, ==, after);

  /* A mark pinned before it is described: every typed field empty is accepted */
  for (int kind = COR_ANNOTATION_KIND_LANGUAGE; kind <= COR_ANNOTATION_KIND_NOTE; kind++)
    {
      g_autoptr(CorAnnotation) a = cor_annotation_new (kind);

      cor_annotation_set_clip_id (a, cor_clip_get_id (clip));
      cor_annotation_set_start_ns (a, COR_NS_PER_SECOND);
      g_assert_true (cor_store_add_annotation (fixture->store, a, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cor_annotation_get_id (a), >, 0);
    }
}

static void
test_snapshot_waveform (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorClip) other = add_test_clip (fixture->store, "other");
  g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), 0, "n");
  g_autoptr(CorSnapshot) snapshot = cor_snapshot_new ();
  g_autoptr(CorSnapshot) read = NULL;
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_autoptr(GBytes) not_png = g_bytes_new_static ("GIF89a..", 8);
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GBytes) peaks = g_bytes_new_static ("\x01\x02\x03", 3);
  g_autoptr(GBytes) peaks2 = g_bytes_new_static ("\x04\x05", 2);
  g_autoptr(GBytes) got = NULL;
  g_autoptr(GListModel) stills = NULL;

  cor_snapshot_set_clip_id (snapshot, cor_clip_get_id (clip));
  cor_snapshot_set_annotation_id (snapshot, cor_annotation_get_id (a));
  cor_snapshot_set_position_ns (snapshot, 40000000);
  cor_snapshot_set_frame (snapshot, 1);
  cor_snapshot_set_size_px (snapshot, 1, 1);
  g_assert_false (cor_store_add_snapshot (fixture->store, snapshot, not_png, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  cor_snapshot_set_clip_id (snapshot, cor_clip_get_id (other));
  g_assert_false (cor_store_add_snapshot (fixture->store, snapshot, png, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  cor_snapshot_set_clip_id (snapshot, cor_clip_get_id (clip));

  stills = cor_store_list_snapshots (fixture->store, cor_annotation_get_id (a));
  g_assert_true (cor_store_add_snapshot (fixture->store, snapshot, png, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 1);
  read = cor_store_get_snapshot (fixture->store, cor_snapshot_get_id (snapshot), &error);
  g_assert_cmpint (cor_snapshot_get_position_ns (read), ==, 40000000);
  g_assert_cmpint (cor_snapshot_get_width (read), ==, 1);
  loaded = cor_store_load_snapshot_png (fixture->store, cor_snapshot_get_id (snapshot), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (loaded, png));

  g_assert_null (cor_store_get_waveform (fixture->store, cor_clip_get_id (clip), &error));
  g_assert_no_error (error);
  g_assert_true (cor_store_set_waveform (fixture->store, cor_clip_get_id (clip), peaks, &error));
  g_assert_true (cor_store_set_waveform (fixture->store, cor_clip_get_id (clip), peaks2, &error));
  got = cor_store_get_waveform (fixture->store, cor_clip_get_id (clip), &error);
  g_assert_true (g_bytes_equal (got, peaks2));
  g_assert_false (cor_store_set_waveform (fixture->store, 999, peaks, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting the observation takes its still */
  g_assert_true (cor_store_delete_annotation (fixture->store, cor_annotation_get_id (a), &error));
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 0);
  g_assert_null (cor_store_load_snapshot_png (fixture->store, cor_snapshot_get_id (snapshot),
                                              &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
}

static void
test_links (StoreFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), 0, "n");
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autoptr(GArray) links = NULL;
  gint64 article_id, clip_id = cor_clip_get_id (clip), annotation_id = cor_annotation_get_id (a);

  cor_article_set_title (article, "A");
  g_assert_true (cor_store_add_article (fixture->store, article, &error));
  article_id = cor_article_get_id (article);
  cor_claim_set_text (claim, "claim");
  cor_claim_set_article_id (claim, article_id);
  g_assert_true (cor_store_add_claim (fixture->store, claim, &error));

  g_assert_true (cor_store_link_article_clip (fixture->store, article_id, clip_id,
                                              COR_RELATION_CITES, &error));
  g_assert_no_error (error);
  g_assert_true (cor_store_link_article_clip (fixture->store, article_id, clip_id,
                                              COR_RELATION_DISPUTES, &error));
  links = cor_store_get_clip_articles (fixture->store, clip_id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).id, ==, article_id);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_DISPUTES);
  g_clear_pointer (&links, g_array_unref);
  links = cor_store_get_article_clips (fixture->store, article_id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).id, ==, clip_id);
  g_clear_pointer (&links, g_array_unref);

  g_assert_false (cor_store_link_article_clip (fixture->store, article_id, clip_id,
                                               COR_RELATION_SUPPORTS, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cor_store_link_article_clip (fixture->store, 999, clip_id,
                                               COR_RELATION_CITES, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (cor_store_link_annotation_article (fixture->store, annotation_id, article_id,
                                                    COR_RELATION_REPORTED_BY, &error));
  links = cor_store_get_article_annotations (fixture->store, article_id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).id, ==, annotation_id);
  g_clear_pointer (&links, g_array_unref);
  links = cor_store_get_annotation_articles (fixture->store, annotation_id);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_REPORTED_BY);
  g_clear_pointer (&links, g_array_unref);

  g_assert_true (cor_store_link_claim_annotation (fixture->store, cor_claim_get_id (claim),
                                                  annotation_id, COR_RELATION_CONTRADICTS,
                                                  &error));
  links = cor_store_get_annotation_claims (fixture->store, annotation_id);
  g_assert_cmpuint (links->len, ==, 1);
  g_clear_pointer (&links, g_array_unref);
  links = cor_store_get_claim_annotations (fixture->store, cor_claim_get_id (claim));
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_CONTRADICTS);
  g_clear_pointer (&links, g_array_unref);

  g_assert_true (cor_store_unlink_article_clip (fixture->store, article_id, clip_id, &error));
  g_assert_false (cor_store_unlink_article_clip (fixture->store, article_id, clip_id, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  links = cor_store_get_clip_articles (fixture->store, clip_id);
  g_assert_cmpuint (links->len, ==, 0);
  g_clear_pointer (&links, g_array_unref);

  /* Links go with their records */
  g_assert_true (cor_store_delete_annotation (fixture->store, annotation_id, &error));
  links = cor_store_get_article_annotations (fixture->store, article_id);
  g_assert_cmpuint (links->len, ==, 0);
  g_clear_pointer (&links, g_array_unref);
  links = cor_store_get_claim_annotations (fixture->store, cor_claim_get_id (claim));
  g_assert_cmpuint (links->len, ==, 0);
}

static void
test_vocabularies (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) places = cor_store_list_places (fixture->store);
  g_autoptr(GPtrArray) languages = cor_store_list_languages (fixture->store);
  g_autoptr(GPtrArray) makers = NULL;
  g_autoptr(CorPlace) place = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_UNIFORM);
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) analysts = NULL;
  static const char * const some_tags[] = { "zeta", "alpha", NULL };
  gboolean found_ko = FALSE, found_maker = FALSE;
  const CorPlace *first;

  g_assert_cmpuint (places->len, >, 0);
  first = g_ptr_array_index (places, 0);
  place = cor_store_find_place (fixture->store, first->name);
  g_assert_nonnull (place);
  g_assert_cmpstr (place->name, ==, first->name);
  g_clear_pointer (&place, cor_place_free);
  {
    g_autofree char *upper = g_utf8_strup (first->name, -1);
    place = cor_store_find_place (fixture->store, upper);
    g_assert_nonnull (place);
    g_assert_cmpfloat (place->latitude, ==, first->latitude);
    g_clear_pointer (&place, cor_place_free);
  }
  for (guint i = 0; i < places->len; i++)
    {
      const CorPlace *p = g_ptr_array_index (places, i);

      g_assert_true (p->latitude >= -90 && p->latitude <= 90);
      if (p->alt_names != NULL)
        {
          g_auto(GStrv) alts = g_strsplit (p->alt_names, ",", 2);
          place = cor_store_find_place (fixture->store, g_strstrip (alts[0]));
          g_assert_nonnull (place);
          g_assert_cmpstr (place->name, ==, p->name);
          g_clear_pointer (&place, cor_place_free);
        }
    }
  g_assert_null (cor_store_find_place (fixture->store, "Nowhere at all"));

  for (guint i = 0; i < languages->len; i++)
    if (g_str_equal (((CorTerm *) g_ptr_array_index (languages, i))->code, "ko"))
      found_ko = TRUE;
  g_assert_true (found_ko);

  cor_annotation_set_clip_id (a, cor_clip_get_id (clip));
  cor_annotation_set_maker (a, "Case Maker Ltd");
  cor_annotation_set_tags (a, some_tags);
  cor_annotation_set_analyst (a, "Analyst B");
  g_assert_true (cor_store_add_annotation (fixture->store, a, &error));
  makers = cor_store_list_makers (fixture->store);
  g_assert_cmpuint (makers->len, >, 1);
  for (guint i = 0; i < makers->len; i++)
    if (g_str_equal (((CorTerm *) g_ptr_array_index (makers, i))->code, "Case Maker Ltd"))
      found_maker = TRUE;
  g_assert_true (found_maker);

  tags = cor_store_list_tags (fixture->store);
  g_assert_cmpuint (g_strv_length (tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "alpha");
  g_assert_cmpstr (tags[1], ==, "zeta");
  analysts = cor_store_list_analysts (fixture->store);
  g_assert_true (g_strv_contains ((const char * const *) analysts, "Analyst A"));
  g_assert_true (g_strv_contains ((const char * const *) analysts, "Analyst B"));
}

static void
test_uuids_unique (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(GListModel) model = NULL;

  for (int i = 0; i < 200; i++)
    {
      g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), i, "n");
      g_assert_true (g_uuid_string_is_valid (cor_annotation_get_uuid (a)));
      g_assert_true (g_hash_table_add (seen, g_strdup (cor_annotation_get_uuid (a))));
    }
  g_assert_true (g_hash_table_add (seen, g_strdup (cor_clip_get_uuid (clip))));
  g_assert_true (g_hash_table_add (seen, g_strdup (cor_store_get_uuid (fixture->store))));

  /* Stable across reopening */
  g_clear_object (&fixture->store);
  fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_DEFAULT, NULL);
  model = cor_store_list_annotations (fixture->store, cor_clip_get_id (clip));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 200);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(CorAnnotation) a = g_list_model_get_item (model, i);
      g_assert_true (g_hash_table_contains (seen, cor_annotation_get_uuid (a)));
    }
}

static void
test_bulk (StoreFixture  *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  gint64 audit_before = cor_store_count_audit (fixture->store);

  g_assert_true (cor_store_begin_bulk (fixture->store, &error));
  for (int i = 0; i < 10; i++)
    {
      g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), i, "x");
    }
  g_assert_true (cor_store_end_bulk (fixture->store, FALSE, &error));
  g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 0);
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before);

  g_assert_true (cor_store_begin_bulk (fixture->store, &error));
  g_assert_false (cor_store_begin_bulk (fixture->store, &error));
  g_clear_error (&error);
  for (int i = 0; i < 10; i++)
    {
      g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), i, "x");
    }
  {
    /* A refused record inside a bulk load does not undo the others */
    g_autoptr(CorAnnotation) bad = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
    cor_annotation_set_clip_id (bad, 999);
    cor_annotation_set_note (bad, "bad");
    g_assert_false (cor_store_add_annotation (fixture->store, bad, &error));
    g_clear_error (&error);
  }
  g_assert_true (cor_store_end_bulk (fixture->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 10);
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before + 10);
}

/* A record that comes with its uuid and times (JSON import, undo) keeps them */
static void
test_keep_times (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorArticle) article_read = NULL;
  g_autoptr(CorArticle) fresh = cor_article_new ();
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autoptr(CorClip) clip_read = NULL;
  g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
  g_autoptr(CorAnnotation) a_read = NULL;
  g_autoptr(CorAnnotation) only_created = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
  g_autoptr(CorAnnotation) bad = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
  g_autoptr(CorSnapshot) snapshot = cor_snapshot_new ();
  g_autoptr(CorSnapshot) snapshot_read = NULL;
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_autofree char *sha = fake_sha256 ("kept");
  gint64 audit_before;

  cor_article_set_title (article, "Old report");
  g_object_set (article, "uuid", "0b4c6f7e-1d2a-4c3b-9e8f-7a6b5c4d3e2f",
                "created", "2023-05-01T10:00:00.250Z", "updated", "2024-02-03T04:05:06.789Z",
                NULL);
  g_assert_true (cor_store_add_article (fixture->store, article, &error));
  g_assert_no_error (error);
  article_read = cor_store_get_article (fixture->store, cor_article_get_id (article), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_article_get_uuid (article_read), ==,
                   "0b4c6f7e-1d2a-4c3b-9e8f-7a6b5c4d3e2f");
  g_assert_cmpstr (cor_article_get_created (article_read), ==, "2023-05-01T10:00:00.250Z");
  g_assert_cmpstr (cor_article_get_updated (article_read), ==, "2024-02-03T04:05:06.789Z");
  g_assert_cmpstr (cor_article_get_created (article), ==, "2023-05-01T10:00:00.250Z");

  /* Without times: now */
  cor_article_set_title (fresh, "New report");
  g_assert_true (cor_store_add_article (fixture->store, fresh, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cor_article_get_created (fresh), >, "2025");
  g_assert_cmpstr (cor_article_get_updated (fresh), ==, cor_article_get_created (fresh));

  cor_clip_set_title (clip, "kept");
  cor_clip_set_path (clip, "/media/kept.mp4");
  cor_clip_set_sha256 (clip, sha);
  cor_clip_set_kind (clip, COR_CLIP_KIND_VIDEO);
  /* Another zone and no milliseconds: normalised to the stored form */
  g_object_set (clip, "imported", "2023-06-01T12:00:00+02:00", NULL);
  g_assert_true (cor_store_add_clip (fixture->store, clip, &error));
  g_assert_no_error (error);
  clip_read = cor_store_get_clip (fixture->store, cor_clip_get_id (clip), &error);
  g_assert_cmpstr (cor_clip_get_imported (clip_read), ==, "2023-06-01T10:00:00.000Z");

  cor_annotation_set_clip_id (a, cor_clip_get_id (clip));
  cor_annotation_set_note (a, "kept times");
  g_object_set (a, "created", "2023-06-02T08:00:00.001Z", "updated", "2023-07-02T08:00:00.002Z",
                NULL);
  g_assert_true (cor_store_add_annotation (fixture->store, a, &error));
  g_assert_no_error (error);
  a_read = cor_store_get_annotation (fixture->store, cor_annotation_get_id (a), &error);
  g_assert_cmpstr (cor_annotation_get_created (a_read), ==, "2023-06-02T08:00:00.001Z");
  g_assert_cmpstr (cor_annotation_get_updated (a_read), ==, "2023-07-02T08:00:00.002Z");

  /* updated defaults to created */
  cor_annotation_set_clip_id (only_created, cor_clip_get_id (clip));
  cor_annotation_set_note (only_created, "only created");
  g_object_set (only_created, "created", "2023-06-03T00:00:00.000Z", NULL);
  g_assert_true (cor_store_add_annotation (fixture->store, only_created, &error));
  g_assert_cmpstr (cor_annotation_get_updated (only_created), ==, "2023-06-03T00:00:00.000Z");

  cor_snapshot_set_clip_id (snapshot, cor_clip_get_id (clip));
  cor_snapshot_set_annotation_id (snapshot, cor_annotation_get_id (a));
  cor_snapshot_set_size_px (snapshot, 1, 1);
  g_object_set (snapshot, "created", "2023-06-02T08:00:01.000Z", NULL);
  g_assert_true (cor_store_add_snapshot (fixture->store, snapshot, png, &error));
  g_assert_no_error (error);
  snapshot_read = cor_store_get_snapshot (fixture->store, cor_snapshot_get_id (snapshot), &error);
  g_assert_cmpstr (cor_snapshot_get_created (snapshot_read), ==, "2023-06-02T08:00:01.000Z");

  /* Malformed times and uuids are refused, and nothing is written */
  audit_before = cor_store_count_audit (fixture->store);
  cor_annotation_set_clip_id (bad, cor_clip_get_id (clip));
  cor_annotation_set_note (bad, "bad");
  g_object_set (bad, "created", "yesterday", NULL);
  g_assert_false (cor_store_add_annotation (fixture->store, bad, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "yesterday"));
  g_clear_error (&error);
  g_object_set (bad, "created", NULL, "uuid", "not-a-uuid", NULL);
  g_assert_false (cor_store_add_annotation (fixture->store, bad, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before);
  g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 2);
}

/* A case recreated from an export keeps its uuid and creation time */
static void
test_create_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-store-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "kept.corroborate", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.corroborate", NULL);
  g_autoptr(CorStore) store = NULL;

  store = cor_store_create_full (bad_path, "Bad", "A", "nope", NULL, &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  store = cor_store_create_full (bad_path, "Bad", "A", NULL, "2023-02-30T00:00:00Z", &error);
  g_assert_null (store);
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  store = cor_store_create_full (path, "Kept", "Analyst B", "7f1e2d3c-4b5a-4968-8776-655443322110",
                                 "2022-12-31T23:59:59.999Z", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_store_get_uuid (store), ==, "7f1e2d3c-4b5a-4968-8776-655443322110");
  g_assert_cmpstr (cor_store_get_created (store), ==, "2022-12-31T23:59:59.999Z");
  g_clear_object (&store);

  store = cor_store_open (path, COR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_store_get_uuid (store), ==, "7f1e2d3c-4b5a-4968-8776-655443322110");
  g_assert_cmpstr (cor_store_get_created (store), ==, "2022-12-31T23:59:59.999Z");
  g_assert_cmpstr (cor_store_get_title (store), ==, "Kept");
  g_clear_object (&store);

  /* NULL: new ones */
  g_unlink (path);
  store = cor_store_create_full (path, "New", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (cor_store_get_uuid (store)));
  g_assert_cmpstr (cor_store_get_uuid (store), !=, "7f1e2d3c-4b5a-4968-8776-655443322110");
  g_assert_cmpstr (cor_store_get_created (store), >, "2025");
  g_clear_object (&store);

  cor_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)
  ADD ("/store/article/crud", test_article);
  ADD ("/store/claim/crud", test_claim);
  ADD ("/store/clip/crud", test_clip);
  ADD ("/store/annotation/crud", test_annotation);
  ADD ("/store/annotation/refusals", test_annotation_refusals);
  ADD ("/store/snapshot/crud", test_snapshot_waveform);
  ADD ("/store/links", test_links);
  ADD ("/store/vocabularies", test_vocabularies);
  ADD ("/store/uuid/unique-and-stable", test_uuids_unique);
  ADD ("/store/bulk", test_bulk);
  ADD ("/store/record/keep-times", test_keep_times);
#undef ADD
  g_test_add_func ("/store/case/create-full", test_create_full);

  return g_test_run ();
}
