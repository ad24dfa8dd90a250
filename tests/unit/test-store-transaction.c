/* test-store-transaction.c — store: a user action of several writes is one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-store-util.h"

static const guint8 tiny_png[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
  0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
};

typedef struct
{
  GPtrArray *events;  /* "table:change" */
} Recorder;

static void
on_changed (CorStore       *store,
            const char     *table,
            gint64          id,
            CorStoreChange  change,
            Recorder       *recorder)
{
  g_ptr_array_add (recorder->events, g_strdup_printf ("%s:%d", table, (int) change));
}

static CorArticle *
add_test_article (CorStore   *store,
                  const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();

  cor_article_set_title (article, title);
  g_assert_true (cor_store_add_article (store, article, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&article);
}

static guint
count_hits (CorStore   *store,
            const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = cor_store_search (store, query, 50, &error);

  g_assert_no_error (error);
  return hits->len;
}

/* An observation, its article link and its still: one transaction */
static gboolean
add_observation (CorStore       *store,
                 gint64          clip_id,
                 gint64          article_id,
                 const char     *note,
                 CorAnnotation **out_annotation,
                 GError        **error)
{
  g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
  g_autoptr(CorSnapshot) snapshot = cor_snapshot_new ();
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);

  cor_annotation_set_clip_id (a, clip_id);
  cor_annotation_set_start_ns (a, 5 * G_GINT64_CONSTANT (1000000000));
  cor_annotation_set_note (a, note);
  if (!cor_store_add_annotation (store, a, error) ||
      !cor_store_link_annotation_article (store, cor_annotation_get_id (a), article_id,
                                          COR_RELATION_SUPPORTS, error))
    return FALSE;

  cor_snapshot_set_clip_id (snapshot, clip_id);
  cor_snapshot_set_annotation_id (snapshot, cor_annotation_get_id (a));
  cor_snapshot_set_position_ns (snapshot, 5 * G_GINT64_CONSTANT (1000000000));
  cor_snapshot_set_size_px (snapshot, 1, 1);
  if (!cor_store_add_snapshot (store, snapshot, png, error))
    return FALSE;

  if (out_annotation != NULL)
    *out_annotation = g_steal_pointer (&a);
  return TRUE;
}

static void
test_commit (StoreFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorArticle) article = add_test_article (fixture->store, "Report");
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(CorStore) reader = NULL;
  g_autoptr(GListModel) list = cor_store_list_annotations (fixture->store,
                                                           cor_clip_get_id (clip));
  g_autoptr(GArray) links = NULL;
  Recorder recorder = { g_ptr_array_new_with_free_func (g_free) };
  gint64 audit_before = cor_store_count_audit (fixture->store);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), &recorder);

  /* Another connection sees nothing until the commit */
  reader = cor_store_open (fixture->path, COR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  g_assert_false (cor_store_in_transaction (fixture->store));
  g_assert_true (cor_store_begin_transaction (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_true (cor_store_in_transaction (fixture->store));
  g_assert_true (add_observation (fixture->store, cor_clip_get_id (clip),
                                  cor_article_get_id (article), "kestrelwing battalion", &a,
                                  &error));
  g_assert_no_error (error);

  /* No signal yet, the model has not moved, the index is already live for this
   * connection, and the other connection sees nothing */
  g_assert_cmpuint (recorder.events->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "kestrelwing"), ==, 1);
  g_assert_cmpint (cor_store_count_annotations (reader, 0), ==, 0);
  g_assert_cmpuint (count_hits (reader, "kestrelwing"), ==, 0);

  g_assert_true (cor_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_false (cor_store_in_transaction (fixture->store));

  g_assert_cmpuint (recorder.events->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (recorder.events, 0), ==, "annotations:0");
  g_assert_cmpstr (g_ptr_array_index (recorder.events, 1), ==, "annotation_articles:0");
  g_assert_cmpstr (g_ptr_array_index (recorder.events, 2), ==, "snapshots:0");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_assert_cmpint (cor_store_count_annotations (reader, 0), ==, 1);
  g_assert_cmpuint (count_hits (reader, "kestrelwing"), ==, 1);
  links = cor_store_get_annotation_articles (reader, cor_annotation_get_id (a));
  g_assert_cmpuint (links->len, ==, 1);
  /* One audit row per write, with the analyst */
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before + 3);

  /* The store works as before afterwards: single writes commit at once */
  g_clear_object (&a);
  a = add_test_note (fixture->store, cor_clip_get_id (clip), 0, "afterwards");
  g_assert_cmpuint (recorder.events->len, ==, 4);
  g_assert_cmpint (cor_store_count_annotations (reader, 0), ==, 2);

  g_signal_handlers_disconnect_by_data (fixture->store, &recorder);
  g_ptr_array_unref (recorder.events);
}

static void
test_rollback (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorArticle) article = add_test_article (fixture->store, "Report");
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(GArray) links = NULL;
  Recorder recorder = { g_ptr_array_new_with_free_func (g_free) };
  gint64 audit_before = cor_store_count_audit (fixture->store);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), &recorder);

  g_assert_true (cor_store_begin_transaction (fixture->store, &error));
  g_assert_true (add_observation (fixture->store, cor_clip_get_id (clip),
                                  cor_article_get_id (article), "kestrelwing", &a, &error));
  g_assert_no_error (error);
  g_assert_true (cor_store_update_case_info (fixture->store, "Renamed", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_hits (fixture->store, "kestrelwing"), ==, 1);
  cor_store_rollback (fixture->store);
  g_assert_false (cor_store_in_transaction (fixture->store));

  g_assert_cmpuint (recorder.events->len, ==, 0);
  g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 0);
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before);
  g_assert_cmpuint (count_hits (fixture->store, "kestrelwing"), ==, 0);
  g_assert_cmpstr (cor_store_get_title (fixture->store), ==, "Test case");
  links = cor_store_get_article_annotations (fixture->store, cor_article_get_id (article));
  g_assert_cmpuint (links->len, ==, 0);
  g_assert_null (cor_store_get_annotation (fixture->store, cor_annotation_get_id (a), &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_signal_handlers_disconnect_by_data (fixture->store, &recorder);
  g_ptr_array_unref (recorder.events);
}

/* A write that fails inside a transaction is undone alone; the others stay */
static void
test_failed_write (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorClip) twin = cor_clip_new ();
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(CorAnnotation) bad = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);
  g_autofree char *sha = fake_sha256 ("clip");
  Recorder recorder = { g_ptr_array_new_with_free_func (g_free) };
  gint64 audit_before = cor_store_count_audit (fixture->store);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed), &recorder);

  g_assert_true (cor_store_begin_transaction (fixture->store, &error));
  a = add_test_note (fixture->store, cor_clip_get_id (clip), 0, "kept");

  /* Same SHA-256: refused */
  cor_clip_set_title (twin, "twin");
  cor_clip_set_path (twin, "/media/twin.mp4");
  cor_clip_set_sha256 (twin, sha);
  cor_clip_set_kind (twin, COR_CLIP_KIND_VIDEO);
  g_assert_false (cor_store_add_clip (fixture->store, twin, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* An unknown clip: refused */
  cor_annotation_set_clip_id (bad, 9999);
  cor_annotation_set_note (bad, "orphan");
  g_assert_false (cor_store_add_annotation (fixture->store, bad, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A link to a missing article: refused, after the link's own checks */
  g_assert_false (cor_store_link_annotation_article (fixture->store, cor_annotation_get_id (a),
                                                     4242, COR_RELATION_SUPPORTS, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (cor_store_in_transaction (fixture->store));
  g_assert_true (cor_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (recorder.events->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (recorder.events, 0), ==, "annotations:0");
  g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cor_store_get_clips (fixture->store)), ==, 1);
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit_before + 1);

  g_signal_handlers_disconnect_by_data (fixture->store, &recorder);
  g_ptr_array_unref (recorder.events);
}

static void
test_refusals (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) reader = NULL;

  /* commit without a transaction */
  g_assert_false (cor_store_commit (fixture->store, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* no nesting, no bulk load inside */
  g_assert_true (cor_store_begin_transaction (fixture->store, &error));
  g_assert_false (cor_store_begin_transaction (fixture->store, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (cor_store_begin_bulk (fixture->store, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (cor_store_in_transaction (fixture->store));
  g_assert_true (cor_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  /* no transaction inside a bulk load */
  g_assert_true (cor_store_begin_bulk (fixture->store, &error));
  g_assert_false (cor_store_begin_transaction (fixture->store, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (cor_store_end_bulk (fixture->store, TRUE, &error));
  g_assert_no_error (error);

  /* read-only */
  reader = cor_store_open (fixture->path, COR_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (cor_store_begin_transaction (reader, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_IO);
  g_clear_error (&error);
}

/* A store let go with a transaction open leaves the file as it was */
static void
test_dispose_open (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = add_test_clip (fixture->store, "clip");
  g_autoptr(CorAnnotation) a = NULL;
  gint64 clip_id = cor_clip_get_id (clip);

  g_assert_true (cor_store_begin_transaction (fixture->store, &error));
  a = add_test_note (fixture->store, clip_id, 0, "lost");
  g_clear_object (&fixture->store);

  fixture->store = cor_store_open (fixture->path, COR_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_store_count_annotations (fixture->store, 0), ==, 0);
  g_assert_cmpuint (count_hits (fixture->store, "lost"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cor_store_get_clips (fixture->store)), ==, 1);
}

#define ADD(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/store/transaction/commit", test_commit);
  ADD ("/store/transaction/rollback", test_rollback);
  ADD ("/store/transaction/failed-write", test_failed_write);
  ADD ("/store/transaction/refusals", test_refusals);
  ADD ("/store/transaction/dispose-open", test_dispose_open);

  return g_test_run ();
}
