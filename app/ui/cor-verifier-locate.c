/* cor-verifier-locate.c — "Locate…": accepting a moved clip's file by its SHA-256
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two tasks: the inner one hashes the chosen file in a thread, its callback (main thread)
 * compares and writes the store, then completes the caller's task. Progress goes from the
 * worker to the caller's main context, at most every 1 %, and stops once the hash is done.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-error.h"
#include "cor-import.h"
#include "cor-path.h"
#include "cor-task.h"
#include "cor-verifier-private.h"

typedef struct
{
  gatomicrefcount  ref_count;
  gint64           clip_id;
  char            *path;
  char            *found_sha256;
  GMainContext    *context;
  CorProgressFunc  progress;
  gpointer         progress_data;
  double           last_fraction;  /* worker thread only */
  gboolean         done;           /* main thread only */
} LocateJob;

typedef struct
{
  LocateJob *job;
  double     fraction;
} LocateProgress;

/* Helpers */

static LocateJob *
locate_job_ref (LocateJob *job)
{
  g_atomic_ref_count_inc (&job->ref_count);
  return job;
}

static void
locate_job_unref (gpointer data)
{
  LocateJob *job = data;

  if (!g_atomic_ref_count_dec (&job->ref_count))
    return;
  g_free (job->path);
  g_free (job->found_sha256);
  g_main_context_unref (job->context);
  g_free (job);
}

static char *
case_folder (CorStore *store)
{
  const char *case_path = cor_store_get_path (store);
  g_autofree char *absolute = NULL;

  if (case_path == NULL)
    return NULL;
  absolute = g_canonicalize_filename (case_path, NULL);
  return g_path_get_dirname (absolute);
}

/* Callbacks */

static gboolean
locate_progress_idle (gpointer data)
{
  LocateProgress *msg = data;

  if (!msg->job->done && msg->job->progress != NULL)
    msg->job->progress (msg->fraction, msg->job->progress_data);

  return G_SOURCE_REMOVE;
}

static void
locate_progress_free (gpointer data)
{
  LocateProgress *msg = data;

  locate_job_unref (msg->job);
  g_free (msg);
}

/* Worker thread: hands the fraction to the caller's context, at most every 1 % */
static void
locate_progress_relay (double   fraction,
                       gpointer user_data)
{
  LocateJob *job = user_data;
  LocateProgress *msg;

  if (fraction < 1.0 && fraction - job->last_fraction < 0.01 && fraction > 0.0)
    return;
  job->last_fraction = fraction;

  msg = g_new0 (LocateProgress, 1);
  msg->job = locate_job_ref (job);
  msg->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, locate_progress_idle, msg,
                              locate_progress_free);
}

static void
locate_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LocateJob *job = task_data;
  GError *error = NULL;
  char *sha256;

  sha256 = cor_hash_file_sha256 (job->path, cancellable,
                                job->progress != NULL ? locate_progress_relay : NULL, job,
                                &error);
  if (sha256 == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, sha256, g_free);
}

/* Main thread, after the hash: compare and record */
static gboolean
locate_apply (CorVerifier  *self,
              LocateJob    *job,
              GError      **error)
{
  g_autoptr(CorClip) clip = NULL;
  g_autofree char *case_dir = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *old_relative = NULL;
  ClipState *state;
  gint64 clip_id = job->clip_id;

  clip = cor_store_get_clip (cor_verifier_get_store (self), clip_id, error);
  if (clip == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (job->found_sha256, cor_clip_get_sha256 (clip)) != 0)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID,
                   _("This file is not the clip: its SHA-256 is %s but the clip’s is %s."),
                   job->found_sha256, cor_clip_get_sha256 (clip));
      return FALSE;
    }

  case_dir = case_folder (cor_verifier_get_store (self));
  if (case_dir != NULL)
    relative = cor_path_relative_to (job->path, case_dir);

  state = cor_verifier_ensure_state (self, clip_id);
  if (state->sha256 == NULL)
    state->sha256 = g_strdup (cor_clip_get_sha256 (clip));

  /* the state is about the new file before the store says the clip changed, so that
   * the clips model's signal does not queue it again */
  old_path = g_steal_pointer (&state->path);
  old_relative = g_steal_pointer (&state->relative);
  state->path = g_strdup (job->path);
  state->relative = g_strdup (relative);

  cor_clip_set_path (clip, job->path);
  cor_clip_set_relative_path (clip, relative);
  if (!cor_store_update_clip (cor_verifier_get_store (self), clip, error))
    {
      g_free (state->path);
      g_free (state->relative);
      state->path = g_steal_pointer (&old_path);
      state->relative = g_steal_pointer (&old_relative);
      return FALSE;
    }

  g_free (state->found_path);
  g_free (state->found_sha256);
  state->found_path = g_strdup (job->path);
  state->found_sha256 = g_strdup (job->found_sha256);
  cor_verifier_set_status (self, clip_id, state, COR_VERIFY_STATUS_OK);

  return TRUE;
}

static void
locate_hashed_cb (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  CorVerifier *self = COR_VERIFIER (source_object);
  g_autoptr(GTask) outer = user_data;
  LocateJob *job = g_task_get_task_data (outer);
  GError *error = NULL;

  job->done = TRUE;
  job->found_sha256 = g_task_propagate_pointer (G_TASK (result), &error);

  if (job->found_sha256 == NULL)
    g_task_return_error (outer, error);
  else if (g_task_return_error_if_cancelled (outer))
    return;
  else if (cor_verifier_get_store (self) == NULL)
    g_task_return_new_error (outer, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED,
                             _("The case was closed"));
  else if (!locate_apply (self, job, &error))
    g_task_return_error (outer, error);
  else
    g_task_return_boolean (outer, TRUE);
}

/* Public API */

void
cor_verifier_locate_async (CorVerifier         *self,
                           gint64               clip_id,
                           const char          *path,
                           GCancellable        *cancellable,
                           CorProgressFunc      progress,
                           gpointer             progress_data,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  LocateJob *job;

  g_return_if_fail (COR_IS_VERIFIER (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (LocateJob, 1);
  g_atomic_ref_count_init (&job->ref_count);
  job->clip_id = clip_id;
  job->path = g_canonicalize_filename (path, NULL);
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, cor_verifier_locate_async);
  g_task_set_task_data (outer, job, locate_job_unref);

  inner = g_task_new (self, cancellable, locate_hashed_cb, g_object_ref (outer));
  g_task_set_name (inner, "[corroborate] locate clip");
  g_task_set_task_data (inner, locate_job_ref (job), locate_job_unref);
  cor_task_run_in_thread (inner, locate_thread);
}

gboolean
cor_verifier_locate_finish (CorVerifier   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (COR_IS_VERIFIER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
