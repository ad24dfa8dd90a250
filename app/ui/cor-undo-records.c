/* cor-undo-records.c — the undo steps of articles, claims, links and stills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorUndoStack (cor-undo.h), through cor-undo-private.h: each function records one
 * operation with cor_undo_stack_push_op(); the delete functions delete the record first.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-undo-private.h"

void
cor_undo_stack_push_add_article (CorUndoStack *self,
                                 CorArticle   *article,
                                 const char   *label)
{
  g_autoptr(GError) error = NULL;
  State *state;

  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_ARTICLE (article));

  state = cor_undo_capture_article (cor_undo_stack_get_store (self), cor_article_get_id (article),
                                    &error);
  if (state == NULL)
    {
      g_warning ("Cannot record the new article for undo: %s", error->message);
      return;
    }
  cor_undo_stack_push_op (self, cor_undo_op_new (OP_ARTICLE, NULL, state), label, _("Add article"),
                          FALSE);
}

void
cor_undo_stack_push_update_article (CorUndoStack *self,
                                    CorArticle   *before,
                                    const char   *label)
{
  g_autoptr(CorArticle) after = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_ARTICLE (before));

  after = cor_store_get_article (cor_undo_stack_get_store (self), cor_article_get_id (before),
                                 &error);
  if (after == NULL)
    {
      g_warning ("Cannot record the article edit for undo: %s", error->message);
      return;
    }
  cor_undo_stack_push_op (self,
                          cor_undo_op_new (OP_ARTICLE, cor_undo_state_new (g_object_ref (before)),
                                           cor_undo_state_new (g_steal_pointer (&after))),
                          label, _("Edit article"), FALSE);
}

gboolean
cor_undo_stack_delete_article (CorUndoStack  *self,
                               gint64         article_id,
                               const char    *label,
                               GError       **error)
{
  State *state;

  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  state = cor_undo_capture_article (cor_undo_stack_get_store (self), article_id, error);
  if (state == NULL)
    return FALSE;
  if (!cor_store_delete_article (cor_undo_stack_get_store (self), article_id, error))
    {
      cor_undo_state_free (state);
      return FALSE;
    }

  cor_undo_stack_push_op (self, cor_undo_op_new (OP_ARTICLE, state, NULL), label,
                          _("Delete article"), FALSE);
  return TRUE;
}

void
cor_undo_stack_push_add_claim (CorUndoStack *self,
                               CorClaim     *claim,
                               const char   *label)
{
  g_autoptr(GError) error = NULL;
  State *state;

  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_CLAIM (claim));

  state = cor_undo_capture_claim (cor_undo_stack_get_store (self), cor_claim_get_id (claim),
                                  &error);
  if (state == NULL)
    {
      g_warning ("Cannot record the new claim for undo: %s", error->message);
      return;
    }
  cor_undo_stack_push_op (self, cor_undo_op_new (OP_CLAIM, NULL, state), label, _("Add claim"),
                          FALSE);
}

void
cor_undo_stack_push_update_claim (CorUndoStack *self,
                                  CorClaim     *before,
                                  const char   *label)
{
  g_autoptr(CorClaim) after = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_CLAIM (before));

  after = cor_store_get_claim (cor_undo_stack_get_store (self), cor_claim_get_id (before), &error);
  if (after == NULL)
    {
      g_warning ("Cannot record the claim edit for undo: %s", error->message);
      return;
    }
  cor_undo_stack_push_op (self,
                          cor_undo_op_new (OP_CLAIM, cor_undo_state_new (g_object_ref (before)),
                                           cor_undo_state_new (g_steal_pointer (&after))),
                          label, _("Edit claim"), FALSE);
}

gboolean
cor_undo_stack_delete_claim (CorUndoStack  *self,
                             gint64         claim_id,
                             const char    *label,
                             GError       **error)
{
  State *state;

  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  state = cor_undo_capture_claim (cor_undo_stack_get_store (self), claim_id, error);
  if (state == NULL)
    return FALSE;
  if (!cor_store_delete_claim (cor_undo_stack_get_store (self), claim_id, error))
    {
      cor_undo_state_free (state);
      return FALSE;
    }

  cor_undo_stack_push_op (self, cor_undo_op_new (OP_CLAIM, state, NULL), label, _("Delete claim"),
                          FALSE);
  return TRUE;
}

static const char *
link_label (CorRelation old_relation,
            CorRelation new_relation)
{
  if (old_relation == 0)
    return _("Add link");
  if (new_relation == 0)
    return _("Remove link");
  return _("Change relation");
}

static void
push_link (CorUndoStack *self,
           OpKind        kind,
           gint64        a,
           gint64        b,
           CorRelation   old_relation,
           CorRelation   new_relation,
           const char   *label)
{
  Op *op = cor_undo_op_new (kind, NULL, NULL);

  op->a = a;
  op->b = b;
  op->old_relation = old_relation;
  op->new_relation = new_relation;
  cor_undo_stack_push_op (self, op, label, link_label (old_relation, new_relation), FALSE);
}

void
cor_undo_stack_push_link_annotation_article (CorUndoStack *self,
                                             gint64        annotation_id,
                                             gint64        article_id,
                                             CorRelation   old_relation,
                                             CorRelation   new_relation,
                                             const char   *label)
{
  g_return_if_fail (COR_IS_UNDO_STACK (self));

  push_link (self, OP_LINK_ANNOTATION_ARTICLE, annotation_id, article_id,
             old_relation, new_relation, label);
}

void
cor_undo_stack_push_link_claim_annotation (CorUndoStack *self,
                                           gint64        claim_id,
                                           gint64        annotation_id,
                                           CorRelation   old_relation,
                                           CorRelation   new_relation,
                                           const char   *label)
{
  g_return_if_fail (COR_IS_UNDO_STACK (self));

  push_link (self, OP_LINK_CLAIM_ANNOTATION, claim_id, annotation_id,
             old_relation, new_relation, label);
}

void
cor_undo_stack_push_link_article_clip (CorUndoStack *self,
                                       gint64        article_id,
                                       gint64        clip_id,
                                       CorRelation   old_relation,
                                       CorRelation   new_relation,
                                       const char   *label)
{
  g_return_if_fail (COR_IS_UNDO_STACK (self));

  push_link (self, OP_LINK_ARTICLE_CLIP, article_id, clip_id, old_relation, new_relation,
             label);
}

void
cor_undo_stack_push_add_snapshot (CorUndoStack *self,
                                  CorSnapshot  *snapshot,
                                  const char   *label)
{
  g_autoptr(GError) error = NULL;
  State *state;

  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_SNAPSHOT (snapshot));

  state = cor_undo_capture_snapshot (cor_undo_stack_get_store (self),
                                     cor_snapshot_get_id (snapshot), &error);
  if (state == NULL)
    {
      g_warning ("Cannot record the new still for undo: %s", error->message);
      return;
    }
  cor_undo_stack_push_op (self, cor_undo_op_new (OP_SNAPSHOT, NULL, state), label, _("Add still"),
                          FALSE);
}

gboolean
cor_undo_stack_delete_snapshot (CorUndoStack  *self,
                                gint64         snapshot_id,
                                const char    *label,
                                GError       **error)
{
  State *state;

  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  state = cor_undo_capture_snapshot (cor_undo_stack_get_store (self), snapshot_id, error);
  if (state == NULL)
    return FALSE;
  if (!cor_store_delete_snapshot (cor_undo_stack_get_store (self), snapshot_id, error))
    {
      cor_undo_state_free (state);
      return FALSE;
    }

  cor_undo_stack_push_op (self, cor_undo_op_new (OP_SNAPSHOT, state, NULL), label,
                          _("Remove still"), FALSE);
  return TRUE;
}
