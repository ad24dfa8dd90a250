/* cor-undo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step is a list of operations. Each operation moves one record between two states,
 * "before" and "after" (NULL: the record is absent); undo moves every operation of the
 * step from after to before in reverse order, redo from before to after. A record
 * state carries what a delete cascades away (links, claims, stills), so moving from
 * absent to present restores all of it.
 *
 * The steps of articles, claims, links and stills are pushed in cor-undo-records.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>


#include "cor-undo-private.h"

typedef struct
{
  char      *label;
  GPtrArray *ops;
  gboolean   typing;
  gboolean   sealed;
} Step;

struct _CorUndoStack
{
  GObject    parent_instance;

  CorStore  *store;
  GPtrArray *undo;   /* Step, oldest first */
  GPtrArray *redo;   /* Step, the next to redo last */
  Step      *group;
  guint      group_depth;
};

G_DEFINE_FINAL_TYPE (CorUndoStack, cor_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
cor_undo_op_free (Op *op)
{
  cor_undo_state_free (op->before);
  cor_undo_state_free (op->after);
  g_free (op);
}

Op *
cor_undo_op_new (OpKind   kind,
                 State   *before,
                 State   *after)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->before = before;
  op->after = after;
  return op;
}

static void
step_free (Step *step)
{
  g_free (step->label);
  g_ptr_array_unref (step->ops);
  g_free (step);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_undo_op_free);
  return step;
}

static Step *
top (GPtrArray *steps)
{
  return steps->len > 0 ? g_ptr_array_index (steps, steps->len - 1) : NULL;
}

/* Applies every operation of @step, all in one transaction */
static gboolean
apply_step (CorUndoStack  *self,
            Step          *step,
            gboolean       forward,
            GError       **error)
{
  gboolean own_transaction = !cor_store_in_transaction (self->store);

  if (own_transaction && !cor_store_begin_transaction (self->store, error))
    return FALSE;

  for (guint n = 0; n < step->ops->len; n++)
    {
      guint i = forward ? n : step->ops->len - 1 - n;

      if (!cor_undo_apply_op (self->store, g_ptr_array_index (step->ops, i), forward, error))
        {
          if (own_transaction)
            cor_store_rollback (self->store);
          return FALSE;
        }
    }

  return !own_transaction || cor_store_commit (self->store, error);
}

/* ------------------------------------------------------------------ the stacks */

typedef struct
{
  gboolean  can_undo;
  gboolean  can_redo;
  Step     *undo_top;
  Step     *redo_top;
} Snapshot;

static Snapshot
observe (CorUndoStack *self)
{
  return (Snapshot) {
    .can_undo = self->undo->len > 0,
    .can_redo = self->redo->len > 0,
    .undo_top = top (self->undo),
    .redo_top = top (self->redo),
  };
}

static void
notify_changes (CorUndoStack   *self,
                const Snapshot *old)
{
  Snapshot now = observe (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (now.can_undo != old->can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (now.can_redo != old->can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (now.undo_top != old->undo_top)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (now.redo_top != old->redo_top)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
seal_top (CorUndoStack *self)
{
  Step *step = top (self->undo);

  if (step != NULL)
    step->sealed = TRUE;
}

/* Takes @op; the step gets @label, or @default_label */
void
cor_undo_stack_push_op (CorUndoStack *self,
                        Op           *op,
                        const char   *label,
                        const char   *default_label,
                        gboolean      typing)
{
  Snapshot old;
  Step *step;

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->ops, op);
      return;
    }

  old = observe (self);
  seal_top (self);
  step = step_new (label != NULL ? label : default_label);
  step->typing = typing;
  g_ptr_array_add (step->ops, op);
  g_ptr_array_add (self->undo, step);
  g_ptr_array_set_size (self->redo, 0);
  notify_changes (self, &old);
}

static State *
annotation_state (CorAnnotation *annotation)
{
  return cor_undo_state_new (cor_annotation_copy (annotation));
}

/* ------------------------------------------------------------------ GObject */

static void
cor_undo_stack_dispose (GObject *object)
{
  CorUndoStack *self = COR_UNDO_STACK (object);

  g_clear_pointer (&self->group, step_free);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cor_undo_stack_parent_class)->dispose (object);
}

static void
cor_undo_stack_finalize (GObject *object)
{
  CorUndoStack *self = COR_UNDO_STACK (object);

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);

  G_OBJECT_CLASS (cor_undo_stack_parent_class)->finalize (object);
}

static void
cor_undo_stack_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CorUndoStack *self = COR_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, cor_undo_stack_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, cor_undo_stack_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, cor_undo_stack_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, cor_undo_stack_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_undo_stack_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CorUndoStack *self = COR_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_undo_stack_class_init (CorUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cor_undo_stack_dispose;
  object_class->finalize = cor_undo_stack_finalize;
  object_class->get_property = cor_undo_stack_get_property;
  object_class->set_property = cor_undo_stack_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, COR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_undo_stack_init (CorUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

/* ------------------------------------------------------------------ public API */

CorUndoStack *
cor_undo_stack_new (CorStore *store)
{
  g_return_val_if_fail (COR_IS_STORE (store), NULL);

  return g_object_new (COR_TYPE_UNDO_STACK, "store", store, NULL);
}

CorStore *
cor_undo_stack_get_store (CorUndoStack *self)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), NULL);

  return self->store;
}

gboolean
cor_undo_stack_get_can_undo (CorUndoStack *self)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  return self->undo->len > 0;
}

gboolean
cor_undo_stack_get_can_redo (CorUndoStack *self)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  return self->redo->len > 0;
}

const char *
cor_undo_stack_get_undo_label (CorUndoStack *self)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), NULL);

  return self->undo->len > 0 ? top (self->undo)->label : NULL;
}

const char *
cor_undo_stack_get_redo_label (CorUndoStack *self)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), NULL);

  return self->redo->len > 0 ? top (self->redo)->label : NULL;
}

guint
cor_undo_stack_get_n_undo (CorUndoStack *self)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), 0);

  return self->undo->len;
}

guint
cor_undo_stack_get_n_redo (CorUndoStack *self)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), 0);

  return self->redo->len;
}

static gboolean
move_step (CorUndoStack  *self,
           GPtrArray     *from,
           GPtrArray     *to,
           gboolean       forward,
           GError       **error)
{
  Snapshot old = observe (self);
  Step *step = top (from);

  g_return_val_if_fail (self->group == NULL, FALSE);

  if (step == NULL)
    return TRUE;
  if (!apply_step (self, step, forward, error))
    return FALSE;

  step->sealed = TRUE;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_changes (self, &old);
  return TRUE;
}

gboolean
cor_undo_stack_undo (CorUndoStack  *self,
                     GError       **error)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  return move_step (self, self->undo, self->redo, FALSE, error);
}

gboolean
cor_undo_stack_redo (CorUndoStack  *self,
                     GError       **error)
{
  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  return move_step (self, self->redo, self->undo, TRUE, error);
}

void
cor_undo_stack_clear (CorUndoStack *self)
{
  Snapshot old;

  g_return_if_fail (COR_IS_UNDO_STACK (self));

  old = observe (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  notify_changes (self, &old);
}

void
cor_undo_stack_begin_group (CorUndoStack *self,
                            const char   *label)
{
  g_return_if_fail (COR_IS_UNDO_STACK (self));

  if (self->group_depth++ == 0)
    self->group = step_new (label);
}

void
cor_undo_stack_end_group (CorUndoStack *self)
{
  Step *step;
  Snapshot old;

  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->group);
  if (step->ops->len == 0)
    {
      step_free (step);
      return;
    }

  if (step->label == NULL)
    step->label = g_strdup (_("Edit"));
  old = observe (self);
  seal_top (self);
  g_ptr_array_add (self->undo, step);
  g_ptr_array_set_size (self->redo, 0);
  notify_changes (self, &old);
}

void
cor_undo_stack_push_add_annotation (CorUndoStack  *self,
                                    CorAnnotation *annotation,
                                    const char    *label)
{
  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_ANNOTATION (annotation));
  g_return_if_fail (cor_annotation_get_id (annotation) > 0);

  cor_undo_stack_push_op (self,
                          cor_undo_op_new (OP_ANNOTATION, NULL, annotation_state (annotation)),
                          label, _("Add observation"), FALSE);
}

void
cor_undo_stack_push_update_annotation (CorUndoStack  *self,
                                       CorAnnotation *before,
                                       CorAnnotation *after,
                                       const char    *label)
{
  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_ANNOTATION (before));
  g_return_if_fail (COR_IS_ANNOTATION (after));
  g_return_if_fail (cor_annotation_get_id (before) == cor_annotation_get_id (after));

  cor_undo_stack_push_op (self,
                          cor_undo_op_new (OP_ANNOTATION, annotation_state (before),
                                           annotation_state (after)),
                          label, _("Edit observation"), FALSE);
}

void
cor_undo_stack_push_typing (CorUndoStack  *self,
                            CorAnnotation *before,
                            CorAnnotation *after,
                            const char    *label)
{
  Step *step;

  g_return_if_fail (COR_IS_UNDO_STACK (self));
  g_return_if_fail (COR_IS_ANNOTATION (before));
  g_return_if_fail (COR_IS_ANNOTATION (after));

  step = top (self->undo);
  if (self->group == NULL && step != NULL && step->typing && !step->sealed &&
      self->redo->len == 0 && step->ops->len == 1 && g_strcmp0 (step->label, label) == 0)
    {
      Op *op = g_ptr_array_index (step->ops, 0);

      if (op->kind == OP_ANNOTATION && op->after != NULL &&
          cor_undo_record_id (OP_ANNOTATION, op->after->record) == cor_annotation_get_id (after))
        {
          cor_undo_state_free (op->after);
          op->after = annotation_state (after);
          return;
        }
    }

  cor_undo_stack_push_op (self,
                          cor_undo_op_new (OP_ANNOTATION, annotation_state (before),
                                           annotation_state (after)),
                          label, _("Edit observation"), TRUE);
}

void
cor_undo_stack_seal (CorUndoStack *self)
{
  g_return_if_fail (COR_IS_UNDO_STACK (self));

  seal_top (self);
}

gboolean
cor_undo_stack_update_annotation (CorUndoStack   *self,
                                  CorAnnotation  *annotation,
                                  const char     *label,
                                  GError        **error)
{
  g_autoptr(CorAnnotation) before = NULL;

  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (COR_IS_ANNOTATION (annotation), FALSE);

  before = cor_store_get_annotation (self->store, cor_annotation_get_id (annotation), error);
  if (before == NULL || !cor_store_update_annotation (self->store, annotation, error))
    return FALSE;

  cor_undo_stack_push_update_annotation (self, before, annotation, label);
  return TRUE;
}

gboolean
cor_undo_stack_delete_annotation (CorUndoStack  *self,
                                  gint64         annotation_id,
                                  const char    *label,
                                  GError       **error)
{
  State *state;

  g_return_val_if_fail (COR_IS_UNDO_STACK (self), FALSE);

  state = cor_undo_capture_annotation (self->store, annotation_id, error);
  if (state == NULL)
    return FALSE;
  if (!cor_store_delete_annotation (self->store, annotation_id, error))
    {
      cor_undo_state_free (state);
      return FALSE;
    }

  cor_undo_stack_push_op (self, cor_undo_op_new (OP_ANNOTATION, state, NULL), label,
                          _("Delete observation"), FALSE);
  return TRUE;
}
