/* cor-undo-private.h — the undo stack's record states, shared by cor-undo.c,
 * cor-undo-records.c and cor-undo-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-undo.h"

G_BEGIN_DECLS

typedef enum
{
  OP_ANNOTATION,
  OP_ARTICLE,
  OP_CLAIM,
  OP_SNAPSHOT,
  OP_LINK_ANNOTATION_ARTICLE,
  OP_LINK_CLAIM_ANNOTATION,
  OP_LINK_ARTICLE_CLIP,
} OpKind;

typedef struct _State State;

/* A record and what its delete cascades away:
 *   annotation: links_a = article links, links_b = claim links, children = stills
 *   article:    links_a = annotation links, links_b = clip links, children = claims
 *   claim:      links_a = annotation links
 *   snapshot:   png */
struct _State
{
  GObject   *record;
  GBytes    *png;
  GArray    *links_a;
  GArray    *links_b;
  GPtrArray *children;
};

typedef struct
{
  OpKind       kind;
  State       *before;
  State       *after;
  /* links */
  gint64       a;
  gint64       b;
  CorRelation  old_relation;
  CorRelation  new_relation;
} Op;

/* cor-undo-state.c */
void      cor_undo_state_free         (State      *state);
/* Takes @record */
State    *cor_undo_state_new          (gpointer    record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (State, cor_undo_state_free)

/* NULL with @error when the record cannot be read */
State    *cor_undo_capture_annotation (CorStore   *store,
                                       gint64      id,
                                       GError    **error);
State    *cor_undo_capture_article    (CorStore   *store,
                                       gint64      id,
                                       GError    **error);
State    *cor_undo_capture_claim      (CorStore   *store,
                                       gint64      id,
                                       GError    **error);
State    *cor_undo_capture_snapshot   (CorStore   *store,
                                       gint64      id,
                                       GError    **error);
gint64    cor_undo_record_id          (OpKind      kind,
                                       GObject    *record);
/* Moves the record of @op from before to after (@forward) or back */
gboolean  cor_undo_apply_op           (CorStore   *store,
                                       const Op   *op,
                                       gboolean    forward,
                                       GError    **error);

/* cor-undo.c */
void      cor_undo_op_free            (Op          *op);
/* Takes @before and @after */
Op       *cor_undo_op_new             (OpKind       kind,
                                       State       *before,
                                       State       *after);
/* Takes @op: adds it to the open group, else pushes it as a new step named @label, or
 * @default_label; @typing marks the step as typing (see cor_undo_stack_push_typing()) */
void      cor_undo_stack_push_op      (CorUndoStack *self,
                                       Op           *op,
                                       const char   *label,
                                       const char   *default_label,
                                       gboolean      typing);

G_END_DECLS
