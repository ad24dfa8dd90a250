/* test-undo.c — the undo stack, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "../unit/test-store-util.h"
#include "cor-undo.h"

static const guint8 tiny_png[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
  0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
};

typedef struct
{
  StoreFixture  base;
  CorUndoStack *stack;
  gint64        clip_id;
  guint         notifications;
} Fixture;

static void
notified_cb (Fixture *fixture)
{
  fixture->notifications++;
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(CorClip) clip = NULL;

  store_fixture_set_up (&fixture->base, data);
  clip = add_test_clip (fixture->base.store, "clip one");
  fixture->clip_id = cor_clip_get_id (clip);
  fixture->stack = cor_undo_stack_new (fixture->base.store);
  g_signal_connect_swapped (fixture->stack, "notify::can-undo", G_CALLBACK (notified_cb), fixture);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_assert_finalize_object (fixture->stack);
  store_fixture_tear_down (&fixture->base, data);
}

static CorAnnotation *
add_language (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);

  cor_annotation_set_clip_id (a, fixture->clip_id);
  cor_annotation_set_start_ns (a, 2 * COR_NS_PER_SECOND);
  cor_annotation_set_end_ns (a, 4 * COR_NS_PER_SECOND);
  cor_annotation_set_language (a, "ko");
  cor_annotation_set_transcript (a, "힘들다야");
  g_assert_true (cor_store_add_annotation (fixture->base.store, a, &error));
  g_assert_no_error (error);
  cor_undo_stack_push_add_annotation (fixture->stack, a, NULL);

  return g_steal_pointer (&a);
}

static CorArticle *
add_article (Fixture    *fixture,
             const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();

  cor_article_set_title (article, title);
  g_assert_true (cor_store_add_article (fixture->base.store, article, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&article);
}

static gboolean
annotation_exists (Fixture *fixture,
                   gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = cor_store_get_annotation (fixture->base.store, id, &error);

  if (a == NULL)
    g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND);
  return a != NULL;
}

static void
undo_ok (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cor_undo_stack_undo (fixture->stack, &error));
  g_assert_no_error (error);
}

static void
redo_ok (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cor_undo_stack_redo (fixture->stack, &error));
  g_assert_no_error (error);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(CorAnnotation) back = NULL;
  g_autofree char *uuid = NULL;
  gint64 id;

  g_assert_false (cor_undo_stack_get_can_undo (fixture->stack));
  g_assert_null (cor_undo_stack_get_undo_label (fixture->stack));

  a = add_language (fixture);
  id = cor_annotation_get_id (a);
  uuid = g_strdup (cor_annotation_get_uuid (a));
  g_assert_true (cor_undo_stack_get_can_undo (fixture->stack));
  g_assert_false (cor_undo_stack_get_can_redo (fixture->stack));
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Add observation");
  g_assert_cmpuint (fixture->notifications, ==, 1);

  undo_ok (fixture);
  g_assert_false (annotation_exists (fixture, id));
  g_assert_false (cor_undo_stack_get_can_undo (fixture->stack));
  g_assert_true (cor_undo_stack_get_can_redo (fixture->stack));
  g_assert_cmpstr (cor_undo_stack_get_redo_label (fixture->stack), ==, "Add observation");
  g_assert_cmpuint (fixture->notifications, ==, 2);

  /* nothing to undo: a no-op, not an error */
  undo_ok (fixture);

  redo_ok (fixture);
  back = cor_store_get_annotation (fixture->base.store, id, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (cor_annotation_get_uuid (back), ==, uuid);
  g_assert_cmpstr (cor_annotation_get_transcript (back), ==, "힘들다야");
  g_assert_cmpint (cor_annotation_get_end_ns (back), ==, 4 * COR_NS_PER_SECOND);
  g_assert_true (cor_undo_stack_get_can_undo (fixture->stack));
  g_assert_false (cor_undo_stack_get_can_redo (fixture->stack));
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorAnnotation) edited = cor_annotation_copy (a);
  g_autoptr(CorAnnotation) back = NULL;
  gint64 id = cor_annotation_get_id (a);

  cor_annotation_set_dialect (edited, "northern accent");
  cor_annotation_set_confidence (edited, COR_CONFIDENCE_HIGH);
  g_assert_true (cor_undo_stack_update_annotation (fixture->stack, edited, "Edit dialect",
                                                   &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Edit dialect");

  undo_ok (fixture);
  back = cor_store_get_annotation (fixture->base.store, id, NULL);
  g_assert_null (cor_annotation_get_dialect (back));
  g_assert_cmpint (cor_annotation_get_confidence (back), ==, COR_CONFIDENCE_UNASSESSED);
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Add observation");
  g_assert_cmpstr (cor_undo_stack_get_redo_label (fixture->stack), ==, "Edit dialect");
  g_clear_object (&back);

  redo_ok (fixture);
  back = cor_store_get_annotation (fixture->base.store, id, NULL);
  g_assert_cmpstr (cor_annotation_get_dialect (back), ==, "northern accent");
  g_assert_cmpint (cor_annotation_get_confidence (back), ==, COR_CONFIDENCE_HIGH);
  g_clear_object (&back);

  /* a new edit after an undo clears the redo list */
  undo_ok (fixture);
  g_assert_true (cor_undo_stack_get_can_redo (fixture->stack));
  cor_annotation_set_dialect (edited, "Seoul");
  g_assert_true (cor_undo_stack_update_annotation (fixture->stack, edited, NULL, &error));
  g_assert_false (cor_undo_stack_get_can_redo (fixture->stack));
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Edit observation");
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 2);

  /* a refused edit is not recorded */
  cor_annotation_set_end_ns (edited, 1);
  g_assert_false (cor_undo_stack_update_annotation (fixture->stack, edited, NULL, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID);
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 2);
}

static void
test_typing (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorAnnotation) back = NULL;
  const char *bursts[] = { "힘", "힘들", "힘들다야", NULL };
  gint64 id = cor_annotation_get_id (a);

  for (guint i = 0; bursts[i] != NULL; i++)
    {
      g_autoptr(CorAnnotation) before = cor_store_get_annotation (fixture->base.store, id, NULL);
      g_autoptr(CorAnnotation) after = cor_annotation_copy (before);

      cor_annotation_set_translation (after, bursts[i]);
      g_assert_true (cor_store_update_annotation (fixture->base.store, after, NULL));
      cor_undo_stack_push_typing (fixture->stack, before, after, "Edit translation");
    }
  /* the three bursts are one step */
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 2);

  /* after a seal, the next burst is a new step */
  cor_undo_stack_seal (fixture->stack);
  {
    g_autoptr(CorAnnotation) before = cor_store_get_annotation (fixture->base.store, id, NULL);
    g_autoptr(CorAnnotation) after = cor_annotation_copy (before);

    cor_annotation_set_translation (after, "it's hard");
    g_assert_true (cor_store_update_annotation (fixture->base.store, after, NULL));
    cor_undo_stack_push_typing (fixture->stack, before, after, "Edit translation");
  }
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 3);

  undo_ok (fixture);
  back = cor_store_get_annotation (fixture->base.store, id, NULL);
  g_assert_cmpstr (cor_annotation_get_translation (back), ==, "힘들다야");
  g_clear_object (&back);

  undo_ok (fixture);
  back = cor_store_get_annotation (fixture->base.store, id, NULL);
  g_assert_null (cor_annotation_get_translation (back));
}

static void
test_delete_restores_links (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorArticle) reuters = add_article (fixture, "Reuters");
  g_autoptr(CorArticle) meduza = add_article (fixture, "Meduza");
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autoptr(CorSnapshot) still = cor_snapshot_new ();
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_autoptr(GArray) articles = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GListModel) stills = NULL;
  g_autoptr(GBytes) png_back = NULL;
  g_autoptr(CorAnnotation) back = NULL;
  g_autofree char *uuid = g_strdup (cor_annotation_get_uuid (a));
  g_autofree char *still_uuid = NULL;
  gint64 id = cor_annotation_get_id (a);

  cor_claim_set_article_id (claim, cor_article_get_id (meduza));
  cor_claim_set_text (claim, "These are North Korean soldiers");
  g_assert_true (cor_store_add_claim (fixture->base.store, claim, &error));
  g_assert_no_error (error);

  g_assert_true (cor_store_link_annotation_article (fixture->base.store, id,
                                                    cor_article_get_id (reuters),
                                                    COR_RELATION_REPORTED_BY, NULL));
  g_assert_true (cor_store_link_annotation_article (fixture->base.store, id,
                                                    cor_article_get_id (meduza),
                                                    COR_RELATION_CONTRADICTS, NULL));
  g_assert_true (cor_store_link_claim_annotation (fixture->base.store, cor_claim_get_id (claim),
                                                  id, COR_RELATION_SUPPORTS, NULL));
  cor_snapshot_set_clip_id (still, fixture->clip_id);
  cor_snapshot_set_annotation_id (still, id);
  cor_snapshot_set_position_ns (still, 3 * COR_NS_PER_SECOND);
  cor_snapshot_set_size_px (still, 1, 1);
  g_assert_true (cor_store_add_snapshot (fixture->base.store, still, png, &error));
  g_assert_no_error (error);
  still_uuid = g_strdup (cor_snapshot_get_uuid (still));

  g_assert_true (cor_undo_stack_delete_annotation (fixture->stack, id, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (annotation_exists (fixture, id));
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Delete observation");
  articles = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (articles->len, ==, 0);
  g_clear_pointer (&articles, g_array_unref);

  undo_ok (fixture);
  back = cor_store_get_annotation (fixture->base.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_annotation_get_uuid (back), ==, uuid);

  articles = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (articles->len, ==, 2);
  for (guint i = 0; i < articles->len; i++)
    {
      const CorLink *link = &g_array_index (articles, CorLink, i);

      if (link->id == cor_article_get_id (reuters))
        g_assert_cmpint (link->relation, ==, COR_RELATION_REPORTED_BY);
      else
        {
          g_assert_cmpint (link->id, ==, cor_article_get_id (meduza));
          g_assert_cmpint (link->relation, ==, COR_RELATION_CONTRADICTS);
        }
    }
  claims = cor_store_get_annotation_claims (fixture->base.store, id);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpint (g_array_index (claims, CorLink, 0).id, ==, cor_claim_get_id (claim));
  g_assert_cmpint (g_array_index (claims, CorLink, 0).relation, ==, COR_RELATION_SUPPORTS);

  stills = cor_store_list_snapshots (fixture->base.store, id);
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 1);
  {
    g_autoptr(CorSnapshot) s = g_list_model_get_item (stills, 0);

    g_assert_cmpstr (cor_snapshot_get_uuid (s), ==, still_uuid);
    g_assert_cmpint (cor_snapshot_get_position_ns (s), ==, 3 * COR_NS_PER_SECOND);
    png_back = cor_store_load_snapshot_png (fixture->base.store, cor_snapshot_get_id (s), NULL);
    g_assert_true (g_bytes_equal (png_back, png));
  }

  /* redo deletes it all again */
  redo_ok (fixture);
  g_assert_false (annotation_exists (fixture, id));
}

static void
test_links (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorArticle) article = add_article (fixture, "Reuters");
  g_autoptr(GArray) links = NULL;
  gint64 id = cor_annotation_get_id (a);
  gint64 article_id = cor_article_get_id (article);

  g_assert_true (cor_store_link_annotation_article (fixture->base.store, id, article_id,
                                                    COR_RELATION_REPORTED_BY, NULL));
  cor_undo_stack_push_link_annotation_article (fixture->stack, id, article_id, 0,
                                               COR_RELATION_REPORTED_BY, NULL);
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Add link");
  g_assert_true (cor_store_link_annotation_article (fixture->base.store, id, article_id,
                                                    COR_RELATION_SUPPORTS, NULL));
  cor_undo_stack_push_link_annotation_article (fixture->stack, id, article_id,
                                               COR_RELATION_REPORTED_BY, COR_RELATION_SUPPORTS,
                                               NULL);
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Change relation");

  undo_ok (fixture);
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_REPORTED_BY);
  g_clear_pointer (&links, g_array_unref);

  undo_ok (fixture);
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (links->len, ==, 0);
  g_clear_pointer (&links, g_array_unref);

  redo_ok (fixture);
  redo_ok (fixture);
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_SUPPORTS);
}

static void
test_group (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorArticle) article = add_article (fixture, "Reuters");
  g_autoptr(CorAnnotation) edited = cor_annotation_copy (a);
  g_autoptr(CorAnnotation) back = NULL;
  g_autoptr(GArray) links = NULL;
  gint64 id = cor_annotation_get_id (a);

  cor_undo_stack_begin_group (fixture->stack, "Cite Reuters");
  cor_undo_stack_begin_group (fixture->stack, "inner");
  cor_annotation_set_speaker (edited, "soldier");
  g_assert_true (cor_undo_stack_update_annotation (fixture->stack, edited, NULL, NULL));
  cor_undo_stack_end_group (fixture->stack);
  g_assert_true (cor_store_link_annotation_article (fixture->base.store, id,
                                                    cor_article_get_id (article),
                                                    COR_RELATION_REPORTED_BY, NULL));
  cor_undo_stack_push_link_annotation_article (fixture->stack, id, cor_article_get_id (article),
                                               0, COR_RELATION_REPORTED_BY, NULL);
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 1);
  cor_undo_stack_end_group (fixture->stack);
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 2);
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Cite Reuters");

  /* an empty group adds nothing */
  cor_undo_stack_begin_group (fixture->stack, "Nothing");
  cor_undo_stack_end_group (fixture->stack);
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 2);

  undo_ok (fixture);
  back = cor_store_get_annotation (fixture->base.store, id, NULL);
  g_assert_null (cor_annotation_get_speaker (back));
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (links->len, ==, 0);
}

static void
test_article_claim (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorArticle) article = add_article (fixture, "Reuters");
  g_autoptr(CorArticle) before = NULL;
  g_autoptr(CorArticle) back = NULL;
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GArray) links = NULL;
  gint64 article_id = cor_article_get_id (article);
  g_autofree char *uuid = g_strdup (cor_article_get_uuid (article));

  cor_undo_stack_push_add_article (fixture->stack, article, NULL);
  cor_claim_set_article_id (claim, article_id);
  cor_claim_set_text (claim, "Filmed at Sergeevka");
  g_assert_true (cor_store_add_claim (fixture->base.store, claim, NULL));
  cor_undo_stack_push_add_claim (fixture->stack, claim, NULL);
  g_assert_true (cor_store_link_claim_annotation (fixture->base.store, cor_claim_get_id (claim),
                                                  cor_annotation_get_id (a),
                                                  COR_RELATION_SUPPORTS, NULL));
  g_assert_true (cor_store_link_article_clip (fixture->base.store, article_id, fixture->clip_id,
                                              COR_RELATION_CITES, NULL));

  before = cor_store_get_article (fixture->base.store, article_id, NULL);
  cor_article_set_outlet (article, "Reuters");
  g_assert_true (cor_store_update_article (fixture->base.store, article, NULL));
  cor_undo_stack_push_update_article (fixture->stack, before, NULL);

  g_assert_true (cor_undo_stack_delete_article (fixture->stack, article_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (cor_store_get_claim (fixture->base.store, cor_claim_get_id (claim), NULL));

  undo_ok (fixture);
  back = cor_store_get_article (fixture->base.store, article_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_article_get_uuid (back), ==, uuid);
  g_assert_cmpstr (cor_article_get_outlet (back), ==, "Reuters");
  claims = cor_store_list_claims (fixture->base.store, article_id);
  g_assert_cmpuint (g_list_model_get_n_items (claims), ==, 1);
  links = cor_store_get_claim_annotations (fixture->base.store, cor_claim_get_id (claim));
  g_assert_cmpuint (links->len, ==, 1);
  g_clear_pointer (&links, g_array_unref);
  links = cor_store_get_article_clips (fixture->base.store, article_id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_CITES);
  g_clear_object (&back);

  undo_ok (fixture); /* the outlet */
  back = cor_store_get_article (fixture->base.store, article_id, NULL);
  g_assert_null (cor_article_get_outlet (back));

  undo_ok (fixture); /* the claim */
  g_assert_null (cor_store_get_claim (fixture->base.store, cor_claim_get_id (claim), NULL));
  undo_ok (fixture); /* the article */
  g_assert_null (cor_store_get_article (fixture->base.store, article_id, NULL));
  redo_ok (fixture);
  redo_ok (fixture);
  g_assert_nonnull (cor_store_get_claim (fixture->base.store, cor_claim_get_id (claim), NULL));
}

static void
test_snapshot (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorSnapshot) still = cor_snapshot_new ();
  g_autoptr(GBytes) png = g_bytes_new_static (tiny_png, sizeof tiny_png);
  g_autoptr(GListModel) stills = NULL;
  gint64 id;

  cor_snapshot_set_clip_id (still, fixture->clip_id);
  cor_snapshot_set_annotation_id (still, cor_annotation_get_id (a));
  g_assert_true (cor_store_add_snapshot (fixture->base.store, still, png, NULL));
  id = cor_snapshot_get_id (still);
  cor_undo_stack_push_add_snapshot (fixture->stack, still, NULL);
  stills = cor_store_list_snapshots (fixture->base.store, cor_annotation_get_id (a));
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 1);

  g_assert_true (cor_undo_stack_delete_snapshot (fixture->stack, id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cor_undo_stack_get_undo_label (fixture->stack), ==, "Remove still");
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 0);
  undo_ok (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 1);
  undo_ok (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 0);
  redo_ok (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 1);
}

/* 100 edits of every kind, all undone: the case is as it was; all redone: as it was after */
static void
test_hundred (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorAnnotation) back = NULL;
  gint64 id = cor_annotation_get_id (a);
  gint64 n_before = cor_store_count_annotations (fixture->base.store, 0);

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GError) error = NULL;

      if (i % 3 == 0)
        {
          g_autoptr(CorAnnotation) note = add_test_note (fixture->base.store, fixture->clip_id,
                                                         i * COR_NS_PER_SECOND, "note");
          cor_undo_stack_push_add_annotation (fixture->stack, note, NULL);
        }
      else
        {
          g_autoptr(CorAnnotation) edited = cor_store_get_annotation (fixture->base.store, id,
                                                                      NULL);
          g_autofree char *speaker = g_strdup_printf ("speaker %u", i);

          cor_annotation_set_speaker (edited, speaker);
          g_assert_true (cor_undo_stack_update_annotation (fixture->stack, edited, NULL, &error));
          g_assert_no_error (error);
        }
    }
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 101);
  g_assert_cmpint (cor_store_count_annotations (fixture->base.store, 0), ==, n_before + 34);

  while (cor_undo_stack_get_can_undo (fixture->stack))
    undo_ok (fixture);
  g_assert_cmpuint (cor_undo_stack_get_n_redo (fixture->stack), ==, 101);
  g_assert_cmpint (cor_store_count_annotations (fixture->base.store, 0), ==, 0);

  while (cor_undo_stack_get_can_redo (fixture->stack))
    redo_ok (fixture);
  g_assert_cmpint (cor_store_count_annotations (fixture->base.store, 0), ==, n_before + 34);
  back = cor_store_get_annotation (fixture->base.store, id, NULL);
  g_assert_cmpstr (cor_annotation_get_speaker (back), ==, "speaker 98");
}

/* Every change, the undos and redos included, is in the audit log with the analyst */
static void
test_audit (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(CorAnnotation) edited = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 start = cor_store_count_audit (fixture->base.store);
  gint64 last_id = 0;
  const char *expected[][2] = {
    { "insert", "Analyst A" },   /* add */
    { "update", "Analyst A" },   /* edit */
    { "update", "Analyst B" },   /* undo of the edit */
    { "delete", "Analyst B" },   /* undo of the add */
    { "insert", "Analyst B" },   /* redo of the add */
    { "update", "Analyst B" },   /* redo of the edit */
  };

  {
    g_autoptr(GPtrArray) all = cor_store_list_audit (fixture->base.store, 0, 0, NULL);
    if (all->len > 0)
      last_id = ((CorAuditEntry *) g_ptr_array_index (all, all->len - 1))->id;
  }

  a = add_language (fixture);
  edited = cor_annotation_copy (a);
  cor_annotation_set_dialect (edited, "northern accent");
  g_assert_true (cor_undo_stack_update_annotation (fixture->stack, edited, NULL, NULL));

  cor_store_set_analyst (fixture->base.store, "Analyst B");
  undo_ok (fixture);
  undo_ok (fixture);
  redo_ok (fixture);
  redo_ok (fixture);

  g_assert_cmpint (cor_store_count_audit (fixture->base.store) - start, ==,
                   G_N_ELEMENTS (expected));
  entries = cor_store_list_audit (fixture->base.store, last_id, 0, NULL);
  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < entries->len; i++)
    {
      CorAuditEntry *entry = g_ptr_array_index (entries, i);

      g_assert_cmpstr (entry->table_name, ==, "annotations");
      g_assert_cmpstr (entry->record_uuid, ==, cor_annotation_get_uuid (a));
      g_assert_cmpstr (entry->action, ==, expected[i][0]);
      g_assert_cmpstr (entry->analyst, ==, expected[i][1]);
    }
  /* the undo of the edit wrote the old value back */
  g_assert_nonnull (strstr (((CorAuditEntry *) g_ptr_array_index (entries, 2))->old_json,
                            "northern accent"));
  g_assert_null (strstr (((CorAuditEntry *) g_ptr_array_index (entries, 2))->new_json,
                         "northern accent"));
}

/* A step the store refuses stays where it was, and nothing changed */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = add_language (fixture);
  g_autoptr(CorArticle) article = add_article (fixture, "Reuters");
  gint64 audit;

  g_assert_true (cor_store_link_annotation_article (fixture->base.store, cor_annotation_get_id (a),
                                                    cor_article_get_id (article),
                                                    COR_RELATION_REPORTED_BY, NULL));
  cor_undo_stack_push_link_annotation_article (fixture->stack, cor_annotation_get_id (a),
                                               cor_article_get_id (article), 0,
                                               COR_RELATION_REPORTED_BY, NULL);
  undo_ok (fixture);
  /* the article goes behind the stack's back: redoing the link cannot work */
  g_assert_true (cor_store_delete_article (fixture->base.store, cor_article_get_id (article),
                                           NULL));

  audit = cor_store_count_audit (fixture->base.store);
  g_assert_false (cor_undo_stack_redo (fixture->stack, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (cor_store_count_audit (fixture->base.store), ==, audit);
  g_assert_true (cor_undo_stack_get_can_redo (fixture->stack));
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->stack), ==, 1);

  cor_undo_stack_clear (fixture->stack);
  g_assert_false (cor_undo_stack_get_can_undo (fixture->stack));
  g_assert_false (cor_undo_stack_get_can_redo (fixture->stack));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/ui/undo/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("add", test_add);
  ADD ("update", test_update);
  ADD ("typing", test_typing);
  ADD ("delete-restores-links", test_delete_restores_links);
  ADD ("links", test_links);
  ADD ("group", test_group);
  ADD ("article-claim", test_article_claim);
  ADD ("snapshot", test_snapshot);
  ADD ("hundred", test_hundred);
  ADD ("audit", test_audit);
  ADD ("refused", test_refused);
#undef ADD

  return g_test_run ();
}
