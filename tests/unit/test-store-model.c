/* test-store-model.c — store: live GListModels and the "changed" signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-store-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  ItemsChanged change = { position, removed, added };

  g_array_append_val (log, change);
}

static void
assert_change (GArray *log,
               guint   position,
               guint   removed,
               guint   added)
{
  ItemsChanged *change;

  g_assert_cmpuint (log->len, ==, 1);
  change = &g_array_index (log, ItemsChanged, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  g_array_set_size (log, 0);
}

static gint64
start_at (GListModel *model,
          guint       position)
{
  g_autoptr(CorAnnotation) a = g_list_model_get_item (model, position);

  return cor_annotation_get_start_ns (a);
}

static void
test_annotations_live (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorClip) other = add_test_clip (fixture->store, "other");
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(CorAnnotation) a10 = add_test_note (fixture->store, cor_clip_get_id (clip), 10, "a");
  g_autoptr(CorAnnotation) a30 = add_test_note (fixture->store, cor_clip_get_id (clip), 30, "b");
  g_autoptr(CorAnnotation) a20 = NULL;
  g_autoptr(CorAnnotation) elsewhere = NULL;

  model = cor_store_list_annotations (fixture->store, cor_clip_get_id (clip));
  all = cor_store_list_annotations (fixture->store, 0);
  g_assert_true (g_list_model_get_item_type (model) == COR_TYPE_ANNOTATION);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), log);

  /* Insert in the middle */
  a20 = add_test_note (fixture->store, cor_clip_get_id (clip), 20, "c");
  assert_change (log, 1, 0, 1);
  g_assert_cmpint (start_at (model, 0), ==, 10);
  g_assert_cmpint (start_at (model, 1), ==, 20);
  g_assert_cmpint (start_at (model, 2), ==, 30);

  /* Another clip's observation does not show */
  elsewhere = add_test_note (fixture->store, cor_clip_get_id (other), 5, "d");
  g_assert_cmpuint (log->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 4);

  /* Update in place */
  cor_annotation_set_note (a20, "changed");
  g_assert_true (cor_store_update_annotation (fixture->store, a20, &error));
  assert_change (log, 1, 1, 1);
  {
    g_autoptr(CorAnnotation) item = g_list_model_get_item (model, 1);
    g_assert_cmpstr (cor_annotation_get_note (item), ==, "changed");
  }

  /* Update that moves it to the end: removed at 0, added at 2 */
  cor_annotation_set_start_ns (a10, 40);
  g_assert_true (cor_store_update_annotation (fixture->store, a10, &error));
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).position, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).removed, ==, 1);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 1).position, ==, 2);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 1).added, ==, 1);
  g_array_set_size (log, 0);
  g_assert_cmpint (start_at (model, 0), ==, 20);
  g_assert_cmpint (start_at (model, 2), ==, 40);

  /* Moved to another clip: leaves this list */
  cor_annotation_set_clip_id (a30, cor_clip_get_id (other));
  g_assert_true (cor_store_update_annotation (fixture->store, a30, &error));
  assert_change (log, 1, 1, 0);

  /* Delete */
  g_assert_true (cor_store_delete_annotation (fixture->store, cor_annotation_get_id (a20), &error));
  assert_change (log, 0, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* A refused write changes nothing */
  {
    g_autoptr(CorAnnotation) bad = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
    cor_annotation_set_clip_id (bad, cor_clip_get_id (clip));
    cor_annotation_set_start_ns (bad, 5 * COR_NS_PER_SECOND);
    cor_annotation_set_end_ns (bad, COR_NS_PER_SECOND); /* ends before it starts */
    g_assert_false (cor_store_add_annotation (fixture->store, bad, &error));
    g_clear_error (&error);
    g_assert_cmpuint (log->len, ==, 0);
  }

  /* Bulk: one reset */
  g_assert_true (cor_store_begin_bulk (fixture->store, &error));
  for (int i = 0; i < 5; i++)
    {
      g_autoptr(CorAnnotation) a = add_test_note (fixture->store, cor_clip_get_id (clip), i, "x");
    }
  g_assert_cmpuint (log->len, ==, 0);
  g_assert_true (cor_store_end_bulk (fixture->store, TRUE, &error));
  assert_change (log, 0, 1, 6);

  /* Deleting the clip empties the list */
  g_assert_true (cor_store_delete_clip (fixture->store, cor_clip_get_id (clip), &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
}

static void
test_clips_and_articles (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *clips = cor_store_get_clips (fixture->store);
  GListModel *articles = cor_store_get_articles (fixture->store);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(CorClip) clip = NULL;
  const char *dates[] = { "2024-10-20", "2024-10-18", NULL, "2024-10-19" };

  g_assert_true (cor_store_get_clips (fixture->store) == clips);
  g_signal_connect (clips, "items-changed", G_CALLBACK (on_items_changed), log);
  clip = add_test_clip (fixture->store, "one");
  assert_change (log, 0, 0, 1);
  g_clear_object (&clip);
  clip = add_test_clip (fixture->store, "two");
  assert_change (log, 1, 0, 1);
  g_assert_true (cor_store_delete_clip (fixture->store, cor_clip_get_id (clip), &error));
  assert_change (log, 1, 1, 0);

  /* Articles by published date, undated last */
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(CorArticle) article = cor_article_new ();
      g_autofree char *title = g_strdup_printf ("Article %u", i);

      cor_article_set_title (article, title);
      cor_article_set_published (article, dates[i]);
      g_assert_true (cor_store_add_article (fixture->store, article, &error));
    }
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CorArticle) article = g_list_model_get_item (articles, i);
      static const char *expect[] = { "2024-10-18", "2024-10-19", "2024-10-20", NULL };

      g_assert_cmpstr (cor_article_get_published (article), ==, expect[i]);
    }
}

static void
on_changed (CorStore   *store,
            const char *table,
            gint64      id,
            int         change,
            GString    *log)
{
  g_string_append_printf (log, "%s:%d;", table, change);
}

static void
test_changed_signal (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(GListModel) claims = cor_store_list_claims (fixture->store, 0);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), log);
  clip = add_test_clip (fixture->store, "clip");
  a = add_test_note (fixture->store, cor_clip_get_id (clip), 0, "n");
  g_assert_cmpstr (log->str, ==, "clips:0;annotations:0;");
  g_string_truncate (log, 0);

  /* The models do not outlive what they hold, and do not keep the store alive */
  g_assert_true (cor_store_delete_clip (fixture->store, cor_clip_get_id (clip), NULL));
  g_assert_nonnull (strstr (log->str, "annotations:2;"));
  g_assert_nonnull (strstr (log->str, "clips:2;"));
  g_signal_handlers_disconnect_by_func (fixture->store, on_changed, log);
  g_clear_object (&fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 0);
}

static void
test_many_annotations (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GTimer) timer = NULL;
  const guint n = 20000;

  g_assert_true (cor_store_begin_bulk (fixture->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);

      cor_annotation_set_clip_id (a, cor_clip_get_id (clip));
      cor_annotation_set_start_ns (a, (gint64) (n - i) * COR_NS_PER_MS);
      cor_annotation_set_language (a, "ko");
      cor_annotation_set_transcript (a, "힘들다야");
      cor_annotation_set_translation (a, "it is hard");
      g_assert_true (cor_store_add_annotation (fixture->store, a, &error));
    }
  g_assert_true (cor_store_end_bulk (fixture->store, TRUE, &error));

  timer = g_timer_new ();
  model = cor_store_list_annotations (fixture->store, cor_clip_get_id (clip));
  g_test_message ("%u annotations listed in %.1f ms", n, g_timer_elapsed (timer, NULL) * 1000);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 1; i < n; i += 997)
    g_assert_cmpint (start_at (model, i - 1), <, start_at (model, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)
  ADD ("/store/model/annotations-live", test_annotations_live);
  ADD ("/store/model/clips-articles", test_clips_and_articles);
  ADD ("/store/model/changed-signal", test_changed_signal);
  ADD ("/store/model/many-annotations", test_many_annotations);
#undef ADD

  return g_test_run ();
}
