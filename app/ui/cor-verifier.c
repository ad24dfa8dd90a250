/* cor-verifier.c — re-hashing the clips of an open case in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One clip at a time: the main thread takes the next clip id from the queue, copies what
 * the worker needs (paths, expected SHA-256) into a CheckJob and runs a GTask with no
 * source object, so that the task does not keep the verifier alive: disposing of the
 * verifier cancels the hash and the task's callback finds the verifier gone through a
 * weak reference. Each clip's state remembers the path, relative path and SHA-256 its
 * status is about; a result for other values (the clip moved meanwhile) is dropped.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-error.h"
#include "cor-import.h"
#include "cor-task.h"
#include "cor-verifier-private.h"

typedef struct
{
  gint64           clip_id;
  char            *path;
  char            *relative;
  char            *sha256;
  char            *case_path;
  /* results, written by the worker */
  CorVerifyStatus  status;
  char            *found_path;
  char            *found_sha256;
} CheckJob;


struct _CorVerifier
{
  GObject        parent_instance;

  CorStore      *store;
  GListModel    *clips;
  GHashTable    *states;     /* gint64 clip id → ClipState */
  GQueue         queue;      /* gint64 * clip ids */
  GCancellable  *cancellable;
  gint64         current_id; /* the clip being hashed, 0 when idle */
  guint          checked;
  guint          total;
  gboolean       started;
};

G_DEFINE_FINAL_TYPE (CorVerifier, cor_verifier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CHECKED,
  PROP_TOTAL,
  PROP_PROGRESS,
  N_PROPS
};

enum {
  CLIP_STATUS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void run_next (CorVerifier *self);

/* Helpers */

static void
clip_state_free (gpointer data)
{
  ClipState *state = data;

  g_free (state->path);
  g_free (state->relative);
  g_free (state->sha256);
  g_free (state->found_path);
  g_free (state->found_sha256);
  g_free (state);
}

static void
check_job_free (gpointer data)
{
  CheckJob *job = data;

  g_free (job->path);
  g_free (job->relative);
  g_free (job->sha256);
  g_free (job->case_path);
  g_free (job->found_path);
  g_free (job->found_sha256);
  g_free (job);
}

static void
set_counts (CorVerifier *self,
            guint        checked,
            guint        total)
{
  gboolean checked_changed = self->checked != checked;
  gboolean total_changed = self->total != total;

  if (!checked_changed && !total_changed)
    return;

  self->checked = checked;
  self->total = total;
  g_object_freeze_notify (G_OBJECT (self));
  if (checked_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKED]);
  if (total_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
is_queued (CorVerifier *self,
           gint64       clip_id)
{
  for (GList *l = self->queue.head; l != NULL; l = l->next)
    if (*(gint64 *) l->data == clip_id)
      return TRUE;

  return FALSE;
}

void
cor_verifier_set_status (CorVerifier     *self,
                         gint64           clip_id,
                         ClipState       *state,
                         CorVerifyStatus  status)
{
  state->status = status;
  g_signal_emit (self, signals[CLIP_STATUS_CHANGED], 0, clip_id);
}

ClipState *
cor_verifier_ensure_state (CorVerifier *self,
                           gint64       clip_id)
{
  ClipState *state;

  g_return_val_if_fail (self->states != NULL, NULL);

  state = g_hash_table_lookup (self->states, &clip_id);
  if (state == NULL)
    {
      state = g_new0 (ClipState, 1);
      g_hash_table_insert (self->states, g_memdup2 (&clip_id, sizeof clip_id), state);
    }
  return state;
}

/* Queues @clip unless its state is already about the same file (or @force) */
static void
enqueue_clip (CorVerifier *self,
              CorClip     *clip,
              gboolean     force)
{
  gint64 clip_id = cor_clip_get_id (clip);
  ClipState *state = g_hash_table_lookup (self->states, &clip_id);

  if (state != NULL && !force
      && g_strcmp0 (state->path, cor_clip_get_path (clip)) == 0
      && g_strcmp0 (state->relative, cor_clip_get_relative_path (clip)) == 0
      && g_strcmp0 (state->sha256, cor_clip_get_sha256 (clip)) == 0)
    return;

  state = cor_verifier_ensure_state (self, clip_id);
  g_free (state->path);
  g_free (state->relative);
  g_free (state->sha256);
  state->path = g_strdup (cor_clip_get_path (clip));
  state->relative = g_strdup (cor_clip_get_relative_path (clip));
  state->sha256 = g_strdup (cor_clip_get_sha256 (clip));
  g_clear_pointer (&state->found_path, g_free);
  g_clear_pointer (&state->found_sha256, g_free);

  if (!is_queued (self, clip_id))
    {
      /* a new run after an idle spell counts from zero */
      if (self->current_id == 0 && g_queue_is_empty (&self->queue))
        set_counts (self, 0, 1);
      else
        set_counts (self, self->checked, self->total + 1);
      g_queue_push_tail (&self->queue, g_memdup2 (&clip_id, sizeof clip_id));
    }

  cor_verifier_set_status (self, clip_id, state, COR_VERIFY_STATUS_UNKNOWN);
}

/* Forgets the clips no longer in the case */
static void
sweep_states (CorVerifier *self)
{
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                         g_free, NULL);
  guint n = g_list_model_get_n_items (self->clips);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (self->clips, i);
      gint64 clip_id = cor_clip_get_id (clip);

      g_hash_table_add (present, g_memdup2 (&clip_id, sizeof clip_id));
    }

  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      g_hash_table_iter_remove (&iter);
}

/* Callbacks */

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckJob *job = task_data;
  g_autoptr(GError) error = NULL;

  job->found_path = cor_verifier_resolve_path (job->path, job->relative, job->case_path);
  if (job->found_path != NULL)
    {
      job->found_sha256 = cor_hash_file_sha256 (job->found_path, cancellable, NULL, NULL, &error);
      if (job->found_sha256 == NULL)
        {
          if (g_error_matches (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED))
            {
              g_task_return_error (task, g_steal_pointer (&error));
              return;
            }
          /* there but unreadable: as good as missing */
          g_clear_pointer (&job->found_path, g_free);
        }
    }

  job->status = cor_verifier_compare (job->sha256, job->found_sha256);
  g_task_return_boolean (task, TRUE);
}

static void
check_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(CorVerifier) self = g_weak_ref_get (weak);
  CheckJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  ClipState *state;

  g_weak_ref_clear (weak);
  g_free (weak);

  /* finalized, or disposed while someone still holds it */
  if (self == NULL || self->states == NULL)
    return;

  self->current_id = 0;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    return;

  state = g_hash_table_lookup (self->states, &job->clip_id);
  /* still about the file that was hashed: apply */
  if (state != NULL
      && g_strcmp0 (state->path, job->path) == 0
      && g_strcmp0 (state->relative, job->relative) == 0
      && g_strcmp0 (state->sha256, job->sha256) == 0)
    {
      g_free (state->found_path);
      g_free (state->found_sha256);
      state->found_path = g_steal_pointer (&job->found_path);
      state->found_sha256 = g_steal_pointer (&job->found_sha256);
      cor_verifier_set_status (self, job->clip_id, state, job->status);
    }

  set_counts (self, self->checked + 1, self->total);
  run_next (self);
}

static void
run_next (CorVerifier *self)
{
  while (self->current_id == 0 && !g_queue_is_empty (&self->queue))
    {
      g_autofree gint64 *next = g_queue_pop_head (&self->queue);
      ClipState *state = g_hash_table_lookup (self->states, next);
      g_autoptr(GTask) task = NULL;
      GWeakRef *weak;
      CheckJob *job;

      if (state == NULL)
        {
          /* deleted from the case while it waited */
          set_counts (self, self->checked + 1, self->total);
          continue;
        }

      job = g_new0 (CheckJob, 1);
      job->clip_id = *next;
      job->path = g_strdup (state->path);
      job->relative = g_strdup (state->relative);
      job->sha256 = g_strdup (state->sha256);
      job->case_path = g_strdup (cor_store_get_path (self->store));

      weak = g_new0 (GWeakRef, 1);
      g_weak_ref_init (weak, self);

      self->current_id = *next;
      task = g_task_new (NULL, self->cancellable, check_done_cb, weak);
      g_task_set_source_tag (task, run_next);
      g_task_set_name (task, "[corroborate] verify clip");
      g_task_set_task_data (task, job, check_job_free);
      cor_task_run_in_thread (task, check_thread);

      cor_verifier_set_status (self, *next, state, COR_VERIFY_STATUS_CHECKING);
    }
}

static void
clips_changed_cb (CorVerifier *self,
                  guint        position,
                  guint        removed,
                  guint        added,
                  GListModel  *model)
{
  if (removed > 0)
    sweep_states (self);

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (model, i);

      enqueue_clip (self, clip, FALSE);
    }

  run_next (self);
}

/* GObject overrides */

static void
cor_verifier_dispose (GObject *object)
{
  CorVerifier *self = COR_VERIFIER (object);

  g_cancellable_cancel (self->cancellable);
  if (self->clips != NULL)
    g_signal_handlers_disconnect_by_data (self->clips, self);
  g_clear_object (&self->clips);
  g_queue_clear_full (&self->queue, g_free);
  g_clear_pointer (&self->states, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cor_verifier_parent_class)->dispose (object);
}

static void
cor_verifier_finalize (GObject *object)
{
  CorVerifier *self = COR_VERIFIER (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (cor_verifier_parent_class)->finalize (object);
}

static void
cor_verifier_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CorVerifier *self = COR_VERIFIER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CHECKED:
      g_value_set_uint (value, self->checked);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->total > 0 ? (double) self->checked / self->total : 1.0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_verifier_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CorVerifier *self = COR_VERIFIER (object);

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
cor_verifier_constructed (GObject *object)
{
  CorVerifier *self = COR_VERIFIER (object);

  G_OBJECT_CLASS (cor_verifier_parent_class)->constructed (object);

  g_return_if_fail (COR_IS_STORE (self->store));
  self->clips = g_object_ref (cor_store_get_clips (self->store));
}

static void
cor_verifier_class_init (CorVerifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cor_verifier_dispose;
  object_class->finalize = cor_verifier_finalize;
  object_class->get_property = cor_verifier_get_property;
  object_class->set_property = cor_verifier_set_property;
  object_class->constructed = cor_verifier_constructed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, COR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKED] =
    g_param_spec_uint ("checked", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CLIP_STATUS_CHANGED] =
    g_signal_new ("clip-status-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
cor_verifier_init (CorVerifier *self)
{
  self->states = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, clip_state_free);
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->queue);
}

/* Public API */

CorVerifier *
cor_verifier_new (CorStore *store)
{
  g_return_val_if_fail (COR_IS_STORE (store), NULL);

  return g_object_new (COR_TYPE_VERIFIER, "store", store, NULL);
}

CorStore *
cor_verifier_get_store (CorVerifier *self)
{
  g_return_val_if_fail (COR_IS_VERIFIER (self), NULL);

  return self->store;
}

void
cor_verifier_start (CorVerifier *self)
{
  guint n;

  g_return_if_fail (COR_IS_VERIFIER (self));
  g_return_if_fail (self->clips != NULL);

  if (!self->started)
    {
      self->started = TRUE;
      g_signal_connect_object (self->clips, "items-changed", G_CALLBACK (clips_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  n = g_list_model_get_n_items (self->clips);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (self->clips, i);

      enqueue_clip (self, clip, TRUE);
    }

  run_next (self);
}

ClipState *
cor_verifier_lookup_state (CorVerifier *self,
                           gint64       clip_id)
{
  return self->states != NULL ? g_hash_table_lookup (self->states, &clip_id) : NULL;
}

CorVerifyStatus
cor_verifier_get_status (CorVerifier *self,
                         gint64       clip_id)
{
  ClipState *state;

  g_return_val_if_fail (COR_IS_VERIFIER (self), COR_VERIFY_STATUS_UNKNOWN);

  state = cor_verifier_lookup_state (self, clip_id);
  return state != NULL ? state->status : COR_VERIFY_STATUS_UNKNOWN;
}

const char *
cor_verifier_get_found_path (CorVerifier *self,
                             gint64       clip_id)
{
  ClipState *state;

  g_return_val_if_fail (COR_IS_VERIFIER (self), NULL);

  state = cor_verifier_lookup_state (self, clip_id);
  return state != NULL ? state->found_path : NULL;
}

const char *
cor_verifier_get_found_sha256 (CorVerifier *self,
                               gint64       clip_id)
{
  ClipState *state;

  g_return_val_if_fail (COR_IS_VERIFIER (self), NULL);

  state = cor_verifier_lookup_state (self, clip_id);
  return state != NULL ? state->found_sha256 : NULL;
}

guint
cor_verifier_get_checked (CorVerifier *self)
{
  g_return_val_if_fail (COR_IS_VERIFIER (self), 0);

  return self->checked;
}

guint
cor_verifier_get_total (CorVerifier *self)
{
  g_return_val_if_fail (COR_IS_VERIFIER (self), 0);

  return self->total;
}

gboolean
cor_verifier_is_busy (CorVerifier *self)
{
  g_return_val_if_fail (COR_IS_VERIFIER (self), FALSE);

  return self->current_id != 0 || !g_queue_is_empty (&self->queue);
}

/* Pure helpers */

const char *
cor_verify_status_to_string (CorVerifyStatus status)
{
  switch (status)
    {
    case COR_VERIFY_STATUS_CHECKING:
      return "checking";
    case COR_VERIFY_STATUS_OK:
      return "ok";
    case COR_VERIFY_STATUS_CHANGED:
      return "changed";
    case COR_VERIFY_STATUS_MISSING:
      return "missing";
    case COR_VERIFY_STATUS_UNKNOWN:
    default:
      return "unknown";
    }
}

char *
cor_verifier_resolve_path (const char *path,
                           const char *relative,
                           const char *case_path)
{
  if (path != NULL && path[0] != '\0' && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_strdup (path);

  /* the case folder may have moved with its media */
  if (relative != NULL && relative[0] != '\0' && case_path != NULL)
    {
      g_autofree char *absolute = g_canonicalize_filename (case_path, NULL);
      g_autofree char *dir = g_path_get_dirname (absolute);
      g_autofree char *candidate = g_build_filename (dir, relative, NULL);
      g_autofree char *canonical = g_canonicalize_filename (candidate, NULL);

      if (g_file_test (canonical, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&canonical);
    }

  return NULL;
}

CorVerifyStatus
cor_verifier_compare (const char *expected_sha256,
                      const char *found_sha256)
{
  if (found_sha256 == NULL)
    return COR_VERIFY_STATUS_MISSING;
  if (expected_sha256 != NULL && g_ascii_strcasecmp (expected_sha256, found_sha256) == 0)
    return COR_VERIFY_STATUS_OK;
  return COR_VERIFY_STATUS_CHANGED;
}
