/* cor-undo-state.c — capturing a record with what its delete cascades away, and moving
 * it between states through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-undo-private.h"

void
cor_undo_state_free (State *state)
{
  if (state == NULL)
    return;

  g_clear_object (&state->record);
  g_clear_pointer (&state->png, g_bytes_unref);
  g_clear_pointer (&state->links_a, g_array_unref);
  g_clear_pointer (&state->links_b, g_array_unref);
  g_clear_pointer (&state->children, g_ptr_array_unref);
  g_free (state);
}


State *
cor_undo_state_new (gpointer record)
{
  State *state = g_new0 (State, 1);

  state->record = record;
  return state;
}

/* ------------------------------------------------------------------ capturing states */

static GArray *
copy_links (GArray *links)
{
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (CorLink));

  if (links != NULL)
    g_array_append_vals (copy, links->data, links->len);
  return copy;
}

State *
cor_undo_capture_snapshot (CorStore  *store,
                  gint64     id,
                  GError   **error)
{
  g_autoptr(CorSnapshot) snapshot = cor_store_get_snapshot (store, id, error);
  g_autoptr(GBytes) png = NULL;
  State *state;

  if (snapshot == NULL)
    return NULL;
  png = cor_store_load_snapshot_png (store, id, error);
  if (png == NULL)
    return NULL;

  state = cor_undo_state_new (g_steal_pointer (&snapshot));
  state->png = g_steal_pointer (&png);
  return state;
}

State *
cor_undo_capture_annotation (CorStore  *store,
                    gint64     id,
                    GError   **error)
{
  g_autoptr(CorAnnotation) annotation = cor_store_get_annotation (store, id, error);
  g_autoptr(GArray) articles = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(State) state = NULL;

  if (annotation == NULL)
    return NULL;

  state = cor_undo_state_new (g_steal_pointer (&annotation));
  articles = cor_store_get_annotation_articles (store, id);
  claims = cor_store_get_annotation_claims (store, id);
  state->links_a = copy_links (articles);
  state->links_b = copy_links (claims);
  state->children = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_undo_state_free);

  snapshots = cor_store_list_snapshots (store, id);
  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(CorSnapshot) snapshot = g_list_model_get_item (snapshots, i);
      State *still = cor_undo_capture_snapshot (store, cor_snapshot_get_id (snapshot), error);

      if (still == NULL)
        return NULL;
      g_ptr_array_add (state->children, still);
    }

  return g_steal_pointer (&state);
}

State *
cor_undo_capture_claim (CorStore  *store,
               gint64     id,
               GError   **error)
{
  g_autoptr(CorClaim) claim = cor_store_get_claim (store, id, error);
  g_autoptr(GArray) annotations = NULL;
  State *state;

  if (claim == NULL)
    return NULL;

  state = cor_undo_state_new (g_steal_pointer (&claim));
  annotations = cor_store_get_claim_annotations (store, id);
  state->links_a = copy_links (annotations);
  return state;
}

State *
cor_undo_capture_article (CorStore  *store,
                 gint64     id,
                 GError   **error)
{
  g_autoptr(CorArticle) article = cor_store_get_article (store, id, error);
  g_autoptr(GArray) annotations = NULL;
  g_autoptr(GArray) clips = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(State) state = NULL;

  if (article == NULL)
    return NULL;

  state = cor_undo_state_new (g_steal_pointer (&article));
  annotations = cor_store_get_article_annotations (store, id);
  clips = cor_store_get_article_clips (store, id);
  state->links_a = copy_links (annotations);
  state->links_b = copy_links (clips);
  state->children = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_undo_state_free);

  claims = cor_store_list_claims (store, id);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(CorClaim) claim = g_list_model_get_item (claims, i);
      State *child = cor_undo_capture_claim (store, cor_claim_get_id (claim), error);

      if (child == NULL)
        return NULL;
      g_ptr_array_add (state->children, child);
    }

  return g_steal_pointer (&state);
}

/* ------------------------------------------------------------------ applying states */

static gboolean
restore_snapshot (CorStore  *store,
                  State     *state,
                  GError   **error)
{
  return cor_store_add_snapshot (store, COR_SNAPSHOT (state->record), state->png, error);
}

static gboolean
restore_claim (CorStore  *store,
               State     *state,
               GError   **error)
{
  CorClaim *claim = COR_CLAIM (state->record);

  if (!cor_store_add_claim (store, claim, error))
    return FALSE;
  for (guint i = 0; state->links_a != NULL && i < state->links_a->len; i++)
    {
      const CorLink *link = &g_array_index (state->links_a, CorLink, i);

      if (!cor_store_link_claim_annotation (store, cor_claim_get_id (claim), link->id,
                                            link->relation, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_annotation (CorStore  *store,
                    State     *state,
                    GError   **error)
{
  g_autoptr(CorAnnotation) copy = cor_annotation_copy (COR_ANNOTATION (state->record));
  gint64 id;

  if (!cor_store_add_annotation (store, copy, error))
    return FALSE;
  id = cor_annotation_get_id (copy);

  for (guint i = 0; state->links_a != NULL && i < state->links_a->len; i++)
    {
      const CorLink *link = &g_array_index (state->links_a, CorLink, i);

      if (!cor_store_link_annotation_article (store, id, link->id, link->relation, error))
        return FALSE;
    }
  for (guint i = 0; state->links_b != NULL && i < state->links_b->len; i++)
    {
      const CorLink *link = &g_array_index (state->links_b, CorLink, i);

      if (!cor_store_link_claim_annotation (store, link->id, id, link->relation, error))
        return FALSE;
    }
  for (guint i = 0; state->children != NULL && i < state->children->len; i++)
    if (!restore_snapshot (store, g_ptr_array_index (state->children, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
restore_article (CorStore  *store,
                 State     *state,
                 GError   **error)
{
  CorArticle *article = COR_ARTICLE (state->record);
  gint64 id;

  if (!cor_store_add_article (store, article, error))
    return FALSE;
  id = cor_article_get_id (article);

  for (guint i = 0; state->links_a != NULL && i < state->links_a->len; i++)
    {
      const CorLink *link = &g_array_index (state->links_a, CorLink, i);

      if (!cor_store_link_annotation_article (store, link->id, id, link->relation, error))
        return FALSE;
    }
  for (guint i = 0; state->links_b != NULL && i < state->links_b->len; i++)
    {
      const CorLink *link = &g_array_index (state->links_b, CorLink, i);

      if (!cor_store_link_article_clip (store, id, link->id, link->relation, error))
        return FALSE;
    }
  for (guint i = 0; state->children != NULL && i < state->children->len; i++)
    if (!restore_claim (store, g_ptr_array_index (state->children, i), error))
      return FALSE;

  return TRUE;
}

gint64
cor_undo_record_id (OpKind   kind,
           GObject *record)
{
  switch (kind)
    {
    case OP_ANNOTATION:
      return cor_annotation_get_id (COR_ANNOTATION (record));
    case OP_ARTICLE:
      return cor_article_get_id (COR_ARTICLE (record));
    case OP_CLAIM:
      return cor_claim_get_id (COR_CLAIM (record));
    case OP_SNAPSHOT:
      return cor_snapshot_get_id (COR_SNAPSHOT (record));
    case OP_LINK_ANNOTATION_ARTICLE:
    case OP_LINK_CLAIM_ANNOTATION:
    case OP_LINK_ARTICLE_CLIP:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
apply_link (CorStore     *store,
            const Op     *op,
            CorRelation   relation,
            GError      **error)
{
  switch (op->kind)
    {
    case OP_LINK_ANNOTATION_ARTICLE:
      return relation != 0 ?
             cor_store_link_annotation_article (store, op->a, op->b, relation, error) :
             cor_store_unlink_annotation_article (store, op->a, op->b, error);
    case OP_LINK_CLAIM_ANNOTATION:
      return relation != 0 ?
             cor_store_link_claim_annotation (store, op->a, op->b, relation, error) :
             cor_store_unlink_claim_annotation (store, op->a, op->b, error);
    case OP_LINK_ARTICLE_CLIP:
      return relation != 0 ?
             cor_store_link_article_clip (store, op->a, op->b, relation, error) :
             cor_store_unlink_article_clip (store, op->a, op->b, error);
    case OP_ANNOTATION:
    case OP_ARTICLE:
    case OP_CLAIM:
    case OP_SNAPSHOT:
    default:
      g_assert_not_reached ();
    }
}

/* Moves the record of @op from state @from to state @to */
gboolean
cor_undo_apply_op (CorStore  *store,
          const Op  *op,
          gboolean   forward,
          GError   **error)
{
  State *from = forward ? op->before : op->after;
  State *to = forward ? op->after : op->before;

  if (op->kind >= OP_LINK_ANNOTATION_ARTICLE)
    return apply_link (store, op, forward ? op->new_relation : op->old_relation, error);

  if (from != NULL && to == NULL)
    {
      gint64 id = cor_undo_record_id (op->kind, from->record);

      switch (op->kind)
        {
        case OP_ANNOTATION:
          return cor_store_delete_annotation (store, id, error);
        case OP_ARTICLE:
          return cor_store_delete_article (store, id, error);
        case OP_CLAIM:
          return cor_store_delete_claim (store, id, error);
        case OP_SNAPSHOT:
        default:
          return cor_store_delete_snapshot (store, id, error);
        }
    }

  if (from == NULL && to != NULL)
    {
      switch (op->kind)
        {
        case OP_ANNOTATION:
          return restore_annotation (store, to, error);
        case OP_ARTICLE:
          return restore_article (store, to, error);
        case OP_CLAIM:
          return restore_claim (store, to, error);
        case OP_SNAPSHOT:
        default:
          return restore_snapshot (store, to, error);
        }
    }

  if (from != NULL && to != NULL)
    {
      switch (op->kind)
        {
        case OP_ANNOTATION:
          {
            g_autoptr(CorAnnotation) copy = cor_annotation_copy (COR_ANNOTATION (to->record));
            return cor_store_update_annotation (store, copy, error);
          }
        case OP_ARTICLE:
          return cor_store_update_article (store, COR_ARTICLE (to->record), error);
        case OP_CLAIM:
          return cor_store_update_claim (store, COR_CLAIM (to->record), error);
        case OP_SNAPSHOT:
        default:
          return TRUE; /* stills are never edited */
        }
    }

  return TRUE;
}

