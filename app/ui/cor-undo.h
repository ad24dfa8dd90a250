/* cor-undo.h — unlimited undo and redo of the session's edits to a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stack records edits already committed to the store (push_*) and reverts or
 * re-applies them through the store, so the audit log records every undo and redo
 * with the store's analyst. A step made of several writes (an observation restored
 * with its article links, claim links and stills) is one store transaction. Deleted
 * records come back with their id and uuid. A new push clears the redo list.
 *
 * GTK-free (GObject only): it lives in app/ui/ because it is UI state, but tests run
 * it without a display.
 */
#pragma once

#include <glib-object.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_UNDO_STACK (cor_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (CorUndoStack, cor_undo_stack, COR, UNDO_STACK, GObject)

/* Properties (read-only, notified when they change):
 *   "store" (CorStore, construct-only), "can-undo", "can-redo",
 *   "undo-label", "redo-label": what the step does, translated ("Edit transcript"),
 *   NULL when there is nothing to undo or redo. */
CorUndoStack *cor_undo_stack_new                  (CorStore       *store);
CorStore     *cor_undo_stack_get_store            (CorUndoStack   *self);
gboolean      cor_undo_stack_get_can_undo         (CorUndoStack   *self);
gboolean      cor_undo_stack_get_can_redo         (CorUndoStack   *self);
const char   *cor_undo_stack_get_undo_label       (CorUndoStack   *self);
const char   *cor_undo_stack_get_redo_label       (CorUndoStack   *self);
guint         cor_undo_stack_get_n_undo           (CorUndoStack   *self);
guint         cor_undo_stack_get_n_redo           (CorUndoStack   *self);

/* Reverts the last step (moving it to the redo list) or re-applies the last undone
 * one. FALSE with the store's error when the store refuses; then nothing changed
 * (the transaction is rolled back) and the step stays where it was. */
gboolean      cor_undo_stack_undo                 (CorUndoStack   *self,
                                                   GError        **error);
gboolean      cor_undo_stack_redo                 (CorUndoStack   *self,
                                                   GError        **error);
/* Forgets every step (a case was closed) */
void          cor_undo_stack_clear                (CorUndoStack   *self);

/* Steps that group pushes: every push between begin and end becomes one step
 * ("Place Sergeevka" = an edit and two links); groups nest, the outermost label wins;
 * an empty group adds no step. */
void          cor_undo_stack_begin_group          (CorUndoStack   *self,
                                                   const char     *label);
void          cor_undo_stack_end_group            (CorUndoStack   *self);

/* Records an edit already committed to the store. @label may be NULL for the default
 * ("Add observation", "Edit observation", ...). Records are copied: the caller keeps
 * its own. */

/* @annotation as added (with its id and uuid) */
void          cor_undo_stack_push_add_annotation    (CorUndoStack  *self,
                                                     CorAnnotation *annotation,
                                                     const char    *label);
/* @before and @after: the record before and after the update (same id) */
void          cor_undo_stack_push_update_annotation (CorUndoStack  *self,
                                                     CorAnnotation *before,
                                                     CorAnnotation *after,
                                                     const char    *label);
/* Like push_update_annotation, but typing: while the top step is a typing step on the
 * same observation with the same label and no other step, undo or redo came in between
 * (and cor_undo_stack_seal() was not called), the new state joins it, so a transcript
 * typed in bursts is one step. */
void          cor_undo_stack_push_typing            (CorUndoStack  *self,
                                                     CorAnnotation *before,
                                                     CorAnnotation *after,
                                                     const char    *label);
/* Ends the current typing step (the text field lost the focus) */
void          cor_undo_stack_seal                   (CorUndoStack  *self);

/* Deleting records the observation, its article links, claim links and stills,
 * which the delete cascades away, and deletes it. Use these instead of the store's
 * delete so that undo can bring everything back. */
gboolean      cor_undo_stack_delete_annotation      (CorUndoStack  *self,
                                                     gint64         annotation_id,
                                                     const char    *label,
                                                     GError       **error);
/* Fetches the record from the store, applies @annotation with
 * cor_store_update_annotation() and pushes the step: the usual way to edit */
gboolean      cor_undo_stack_update_annotation      (CorUndoStack  *self,
                                                     CorAnnotation *annotation,
                                                     const char    *label,
                                                     GError       **error);

/* Articles: @before is the record as it was (cor_store_get_article() before the
 * update); the state after is read back from the store. */
void          cor_undo_stack_push_add_article       (CorUndoStack  *self,
                                                     CorArticle    *article,
                                                     const char    *label);
void          cor_undo_stack_push_update_article    (CorUndoStack  *self,
                                                     CorArticle    *before,
                                                     const char    *label);
/* Records the article, its claims and every link, then deletes it */
gboolean      cor_undo_stack_delete_article         (CorUndoStack  *self,
                                                     gint64         article_id,
                                                     const char    *label,
                                                     GError       **error);

void          cor_undo_stack_push_add_claim         (CorUndoStack  *self,
                                                     CorClaim      *claim,
                                                     const char    *label);
void          cor_undo_stack_push_update_claim      (CorUndoStack  *self,
                                                     CorClaim      *before,
                                                     const char    *label);
gboolean      cor_undo_stack_delete_claim           (CorUndoStack  *self,
                                                     gint64         claim_id,
                                                     const char    *label,
                                                     GError       **error);

/* Links. @old_relation / @new_relation 0 means "no link": a link is (0 → r), an
 * unlink (r → 0), a change of relation (r → s). */
void          cor_undo_stack_push_link_annotation_article (CorUndoStack *self,
                                                           gint64        annotation_id,
                                                           gint64        article_id,
                                                           CorRelation   old_relation,
                                                           CorRelation   new_relation,
                                                           const char   *label);
void          cor_undo_stack_push_link_claim_annotation   (CorUndoStack *self,
                                                           gint64        claim_id,
                                                           gint64        annotation_id,
                                                           CorRelation   old_relation,
                                                           CorRelation   new_relation,
                                                           const char   *label);
void          cor_undo_stack_push_link_article_clip       (CorUndoStack *self,
                                                           gint64        article_id,
                                                           gint64        clip_id,
                                                           CorRelation   old_relation,
                                                           CorRelation   new_relation,
                                                           const char   *label);

/* Stills: the snapshot as added (its PNG is read back from the store) */
void          cor_undo_stack_push_add_snapshot      (CorUndoStack  *self,
                                                     CorSnapshot   *snapshot,
                                                     const char    *label);
/* Records the still and its PNG, then deletes it */
gboolean      cor_undo_stack_delete_snapshot        (CorUndoStack  *self,
                                                     gint64         snapshot_id,
                                                     const char    *label,
                                                     GError       **error);

G_END_DECLS
