/* test-store-search.c — store: ranked full-text search with snippets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>

#include "test-store-util.h"

typedef struct
{
  gint64 clip_id;
  gint64 korean_id;
  gint64 russian_id;
  gint64 article_id;
  gint64 claim_id;
} Case;

static void
fill_case (CorStore *store,
           Case     *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (store, "Sergeevka training ground");
  g_autoptr(CorAnnotation) ko = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);
  g_autoptr(CorAnnotation) ru = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);
  g_autoptr(CorAnnotation) uniform = cor_annotation_new (COR_ANNOTATION_KIND_UNIFORM);
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorClaim) claim = cor_claim_new ();

  c->clip_id = cor_clip_get_id (clip);

  cor_annotation_set_clip_id (ko, c->clip_id);
  cor_annotation_set_start_ns (ko, 12 * COR_NS_PER_SECOND);
  cor_annotation_set_language (ko, "ko");
  cor_annotation_set_dialect (ko, "northern accent");
  cor_annotation_set_transcript (ko, "아 힘들다야 진짜");
  cor_annotation_set_translation (ko, "Ah, this is really hard");
  g_assert_true (cor_store_add_annotation (store, ko, &error));
  c->korean_id = cor_annotation_get_id (ko);

  cor_annotation_set_clip_id (ru, c->clip_id);
  cor_annotation_set_start_ns (ru, 30 * COR_NS_PER_SECOND);
  cor_annotation_set_language (ru, "ru");
  cor_annotation_set_transcript (ru, "Ребята, давайте быстрее");
  cor_annotation_set_translation (ru, "Guys, hurry up");
  g_assert_true (cor_store_add_annotation (store, ru, &error));
  c->russian_id = cor_annotation_get_id (ru);

  cor_annotation_set_clip_id (uniform, c->clip_id);
  cor_annotation_set_start_ns (uniform, 40 * COR_NS_PER_SECOND);
  cor_annotation_set_maker (uniform, "BTK Group");
  cor_annotation_set_item (uniform, "winter jacket");
  g_assert_true (cor_store_add_annotation (store, uniform, &error));

  cor_article_set_title (article, "North Korean soldiers filmed in Russia");
  cor_article_set_summary (article, "Video allegedly shows troops at the Sergeevka base");
  g_assert_true (cor_store_add_article (store, article, &error));
  c->article_id = cor_article_get_id (article);

  cor_claim_set_text (claim, "About 1,500 special forces troops were sent");
  cor_claim_set_claimant (claim, "South Korean intelligence");
  cor_claim_set_article_id (claim, c->article_id);
  g_assert_true (cor_store_add_claim (store, claim, &error));
  c->claim_id = cor_claim_get_id (claim);
  g_assert_no_error (error);
}

static GPtrArray *
search (CorStore   *store,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = cor_store_search (store, query, 20, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static const CorSearchHit *
find_hit (GPtrArray        *hits,
          CorSearchHitKind  kind,
          gint64            id)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const CorSearchHit *hit = g_ptr_array_index (hits, i);

      if (hit->kind == kind && hit->id == id)
        return hit;
    }
  return NULL;
}

static void
assert_finds (CorStore         *store,
              const char       *query,
              CorSearchHitKind  kind,
              gint64            id,
              const char       *marked)
{
  g_autoptr(GPtrArray) hits = search (store, query);
  const CorSearchHit *hit = find_hit (hits, kind, id);
  g_autofree char *expect = g_strconcat (COR_SEARCH_MARK_START, marked, COR_SEARCH_MARK_END, NULL);

  if (hit == NULL)
    g_error ("“%s” did not find record %" G_GINT64_FORMAT, query, id);
  g_test_message ("%s → [%s] %s", query, hit->field, hit->snippet);
  g_assert_nonnull (strstr (hit->snippet, expect));
  g_assert_nonnull (hit->title);
  g_assert_nonnull (hit->field);
}

static void
test_korean_and_cyrillic (StoreFixture  *fixture,
                          gconstpointer  data)
{
  Case c;
  g_autoptr(GPtrArray) hits = NULL;
  const CorSearchHit *hit;

  fill_case (fixture->store, &c);

  /* 힘들다야 is one token: found by its first syllables, by a 3-syllable inside, and by a
   * 1–2 syllable inside */
  assert_finds (fixture->store, "힘들다야", COR_SEARCH_HIT_ANNOTATION, c.korean_id, "힘들다야");
  assert_finds (fixture->store, "힘들", COR_SEARCH_HIT_ANNOTATION, c.korean_id, "힘들다야");
  assert_finds (fixture->store, "힘", COR_SEARCH_HIT_ANNOTATION, c.korean_id, "힘들다야");
  assert_finds (fixture->store, "들다야", COR_SEARCH_HIT_ANNOTATION, c.korean_id, "들다야");
  assert_finds (fixture->store, "들다", COR_SEARCH_HIT_ANNOTATION, c.korean_id, "들다");
  assert_finds (fixture->store, "진짜", COR_SEARCH_HIT_ANNOTATION, c.korean_id, "진짜");

  /* Cyrillic, case-insensitive, by its stem */
  assert_finds (fixture->store, "ребят", COR_SEARCH_HIT_ANNOTATION, c.russian_id, "Ребята");
  assert_finds (fixture->store, "РЕБЯТА", COR_SEARCH_HIT_ANNOTATION, c.russian_id, "Ребята");

  /* Every searched kind of record */
  assert_finds (fixture->store, "btk", COR_SEARCH_HIT_ANNOTATION, c.russian_id + 1, "BTK");
  assert_finds (fixture->store, "northern", COR_SEARCH_HIT_ANNOTATION, c.korean_id, "northern");
  assert_finds (fixture->store, "filmed", COR_SEARCH_HIT_ARTICLE, c.article_id, "filmed");
  assert_finds (fixture->store, "intelligence", COR_SEARCH_HIT_CLAIM, c.claim_id,
                "intelligence");
  assert_finds (fixture->store, "training", COR_SEARCH_HIT_CLIP, c.clip_id, "training");

  /* Terms are ANDed */
  hits = search (fixture->store, "korean soldiers");
  g_assert_nonnull (find_hit (hits, COR_SEARCH_HIT_ARTICLE, c.article_id));
  g_assert_null (find_hit (hits, COR_SEARCH_HIT_CLAIM, c.claim_id));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* The annotation hit knows where it is */
  hits = search (fixture->store, "hard");
  hit = find_hit (hits, COR_SEARCH_HIT_ANNOTATION, c.korean_id);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->clip_id, ==, c.clip_id);
  g_assert_cmpint (hit->start_ns, ==, 12 * COR_NS_PER_SECOND);
  g_assert_cmpstr (hit->field, ==, "translation");
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = search (fixture->store, "nothingmatchesthis");
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
test_ranking (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorAnnotation) once = add_test_note (fixture->store, cor_clip_get_id (clip), 1,
                                                 "a long note that mentions radio only once "
                                                 "among many other words of little interest");
  g_autoptr(CorAnnotation) often = add_test_note (fixture->store, cor_clip_get_id (clip), 2,
                                                  "radio radio radio");
  g_autoptr(GPtrArray) hits = search (fixture->store, "radio");
  const CorSearchHit *first;

  g_assert_cmpuint (hits->len, ==, 2);
  first = g_ptr_array_index (hits, 0);
  g_assert_cmpint (first->id, ==, cor_annotation_get_id (often));
  g_assert_cmpfloat (first->rank, <=, ((CorSearchHit *) g_ptr_array_index (hits, 1))->rank);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* The index follows updates and deletes */
  cor_annotation_set_note (often, "television");
  g_assert_true (cor_store_update_annotation (fixture->store, often, NULL));
  hits = search (fixture->store, "radio");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  g_assert_true (cor_store_delete_annotation (fixture->store, cor_annotation_get_id (once), NULL));
  hits = search (fixture->store, "radio");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "television");
  g_assert_cmpuint (hits->len, ==, 1);
}

static void
test_hostile_queries (StoreFixture  *fixture,
                      gconstpointer  data)
{
  static const char *queries[] = {
    "\"", "\"\"", "*", "**", "NEAR(", "NEAR(a b)", "a OR", "OR", "AND", "NOT", "-", "-radio",
    "radio:", "transcript:radio", "(", ")", "((radio", "^", "+", "a\"b", "'", "';DROP TABLE x;",
    "{}", "[", "\\", "%", "_", "radio*", "\"radio\"*", "a AND", "NEAR", "*radio", ":",
  };
  Case c;

  fill_case (fixture->store, &c);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = search (fixture->store, queries[i]);
      g_test_message ("%s → %u hits", queries[i], hits->len);
    }

  {
    g_autoptr(GPtrArray) empty = search (fixture->store, "");
    g_autoptr(GPtrArray) blank = search (fixture->store, "  \t ");
    g_autoptr(GPtrArray) null = search (fixture->store, NULL);

    g_assert_cmpuint (empty->len, ==, 0);
    g_assert_cmpuint (blank->len, ==, 0);
    g_assert_cmpuint (null->len, ==, 0);
  }

  /* A quote inside a term is a character to find, not syntax */
  {
    g_autoptr(CorClip) clip = add_test_clip (fixture->store, "quotes");
    g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), 0,
                                                "the \"Astra\" channel");
    g_autoptr(GPtrArray) hits = search (fixture->store, "\"Astra\"");
    g_assert_nonnull (find_hit (hits, COR_SEARCH_HIT_ANNOTATION, cor_annotation_get_id (a)));
  }
}

static void
test_bulk_rebuilds_index (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(GPtrArray) hits = NULL;

  g_assert_true (cor_store_begin_bulk (fixture->store, &error));
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *note = g_strdup_printf ("bulk note %d 힘들다야 ребята", i);
      g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), i, note);
    }
  g_assert_true (cor_store_end_bulk (fixture->store, TRUE, &error));

  hits = search (fixture->store, "bulk");
  g_assert_cmpuint (hits->len, ==, 20);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "들다야");
  g_assert_cmpuint (hits->len, ==, 20);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "ребят");
  g_assert_cmpuint (hits->len, ==, 20);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* And row by row afterwards */
  {
    g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), 99,
                                                "bulk after");
  }
  hits = search (fixture->store, "bulk after");
  g_assert_cmpuint (hits->len, ==, 1);
}

/* Every full-text index agrees with the rows it reads (FTS5 integrity-check compares the
 * index with its external content), through inserts, updates, deletes, a bulk load, a
 * rolled-back transaction and a write from a plain SQLite connection */
static void
assert_indexes_intact (const char *path)
{
  static const char *tables[] = { "annotations", "articles", "claims", "clips" };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO %s_words (%s_words, rank) "
                                              "VALUES ('integrity-check', 1); "
                                              "INSERT INTO %s_trigrams (%s_trigrams, rank) "
                                              "VALUES ('integrity-check', 1)",
                                              tables[i], tables[i], tables[i], tables[i]);
      char *message = NULL;

      if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
        g_error ("%s: %s", tables[i], message);
    }
  sqlite3_close (db);
}

static void
test_index_integrity (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(CorAnnotation) b = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  Case c;
  sqlite3 *db = NULL;

  fill_case (fixture->store, &c);
  clip = add_test_clip (fixture->store, "integrity");
  a = add_test_note (fixture->store, cor_clip_get_id (clip), 0, "변경 전 before");
  b = add_test_note (fixture->store, cor_clip_get_id (clip), 1, "plain english note");
  assert_indexes_intact (fixture->path);

  /* A field gains Hangul, another loses it, a record goes */
  cor_annotation_set_note (a, "after only");
  cor_annotation_set_transcript (a, "새로운 말");
  g_assert_true (cor_store_update_annotation (fixture->store, a, &error));
  g_assert_no_error (error);
  cor_annotation_set_note (b, "이제 한국어");
  g_assert_true (cor_store_update_annotation (fixture->store, b, &error));
  g_assert_true (cor_store_delete_article (fixture->store, c.article_id, &error));
  g_assert_no_error (error);
  assert_indexes_intact (fixture->path);

  hits = search (fixture->store, "로운");
  g_assert_nonnull (find_hit (hits, COR_SEARCH_HIT_ANNOTATION, cor_annotation_get_id (a)));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "변경");
  g_assert_null (find_hit (hits, COR_SEARCH_HIT_ANNOTATION, cor_annotation_get_id (a)));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "filmed");
  g_assert_cmpuint (hits->len, ==, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Terms in different fields of one record are found together */
  hits = search (fixture->store, "말 after");
  g_assert_nonnull (find_hit (hits, COR_SEARCH_HIT_ANNOTATION, cor_annotation_get_id (a)));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = search (fixture->store, "btk winter");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Bulk load, then a rolled-back transaction */
  g_assert_true (cor_store_begin_bulk (fixture->store, &error));
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *note = g_strdup_printf ("bulk %d 힘들다야", i);
      g_autoptr(CorAnnotation) n = add_test_note (fixture->store, cor_clip_get_id (clip), i, note);
    }
  cor_annotation_set_note (b, "changed in bulk");
  g_assert_true (cor_store_update_annotation (fixture->store, b, &error));
  g_assert_true (cor_store_end_bulk (fixture->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (cor_store_begin_transaction (fixture->store, &error));
  g_assert_true (cor_store_delete_annotation (fixture->store, cor_annotation_get_id (a), &error));
  cor_store_rollback (fixture->store);
  assert_indexes_intact (fixture->path);

  /* A write from the plain sqlite3 shell keeps the index too */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE annotations SET note = 'shell 편집' "
                                     "WHERE note = 'changed in bulk'", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  assert_indexes_intact (fixture->path);
  hits = search (fixture->store, "편집");
  g_assert_nonnull (find_hit (hits, COR_SEARCH_HIT_ANNOTATION, cor_annotation_get_id (b)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)
  ADD ("/store/search/korean-cyrillic", test_korean_and_cyrillic);
  ADD ("/store/search/ranking", test_ranking);
  ADD ("/store/search/hostile-queries", test_hostile_queries);
  ADD ("/store/search/bulk-rebuild", test_bulk_rebuilds_index);
  ADD ("/store/search/index-integrity", test_index_integrity);
#undef ADD

  return g_test_run ();
}
