/* cor-import.c — bringing a media file into a case: hash, probe, record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-error.h"
#include "cor-import.h"
#include "cor-path.h"
#include "cor-probe.h"
#include "cor-task.h"

/* The share of the progress bar given to probing; hashing takes the rest */
#define PROBE_SHARE 0.05

typedef struct
{
  CorProgressFunc func;
  gpointer        data;
  double          offset;
  double          scale;
} ScaledProgress;

/* Progress from a worker thread, delivered on the caller's main context. The
 * newest fraction wins: at most one idle is pending at a time. */
typedef struct
{
  gatomicrefcount  ref;
  GMutex           mutex;
  GMainContext    *context;
  CorProgressFunc  func;
  gpointer         data;
  double           fraction;
  gboolean         pending;
  gboolean         closed;
} ProgressRelay;

typedef struct
{
  char           *path;
  char           *title;
  char           *origin;
  char           *source_url;
  char           *case_dir;
  ProgressRelay  *relay;
} ImportJob;

static void
scaled_progress (double   fraction,
                 gpointer user_data)
{
  ScaledProgress *sp = user_data;

  if (sp->func)
    sp->func (sp->offset + fraction * sp->scale, sp->data);
}

static ProgressRelay *
progress_relay_new (CorProgressFunc func,
                    gpointer        data)
{
  ProgressRelay *relay = g_new0 (ProgressRelay, 1);

  g_atomic_ref_count_init (&relay->ref);
  g_mutex_init (&relay->mutex);
  relay->context = g_main_context_ref_thread_default ();
  relay->func = func;
  relay->data = data;
  return relay;
}

static ProgressRelay *
progress_relay_ref (ProgressRelay *relay)
{
  g_atomic_ref_count_inc (&relay->ref);
  return relay;
}

static void
progress_relay_unref (ProgressRelay *relay)
{
  if (!g_atomic_ref_count_dec (&relay->ref))
    return;
  g_main_context_unref (relay->context);
  g_mutex_clear (&relay->mutex);
  g_free (relay);
}

static void
progress_relay_close (ProgressRelay *relay)
{
  g_mutex_lock (&relay->mutex);
  relay->closed = TRUE;
  g_mutex_unlock (&relay->mutex);
}

static gboolean
progress_relay_dispatch (gpointer user_data)
{
  ProgressRelay *relay = user_data;
  double fraction;
  gboolean closed;

  g_mutex_lock (&relay->mutex);
  fraction = relay->fraction;
  relay->pending = FALSE;
  closed = relay->closed;
  g_mutex_unlock (&relay->mutex);

  if (!closed && relay->func)
    relay->func (fraction, relay->data);
  return G_SOURCE_REMOVE;
}

static void
progress_relay_post (double   fraction,
                     gpointer user_data)
{
  ProgressRelay *relay = user_data;
  gboolean schedule;

  g_mutex_lock (&relay->mutex);
  relay->fraction = fraction;
  schedule = !relay->pending && !relay->closed && relay->func != NULL;
  if (schedule)
    relay->pending = TRUE;
  g_mutex_unlock (&relay->mutex);

  if (schedule)
    {
      GSource *source = g_idle_source_new ();
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, progress_relay_dispatch, progress_relay_ref (relay),
                             (GDestroyNotify) progress_relay_unref);
      g_source_set_static_name (source, "[corroborate] import progress");
      g_source_attach (source, relay->context);
      g_source_unref (source);
    }
}

static void
import_job_free (ImportJob *job)
{
  g_free (job->path);
  g_free (job->title);
  g_free (job->origin);
  g_free (job->source_url);
  g_free (job->case_dir);
  g_clear_pointer (&job->relay, progress_relay_unref);
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

/* Everything that needs no store: check, probe, hash. Any thread. */
static CorClip *
prepare_clip (const char              *path,
              const char              *case_dir,
              const char              *title,
              const char              *origin,
              const char              *source_url,
              GCancellable            *cancellable,
              CorProgressFunc          progress,
              gpointer                 progress_data,
              GError                 **error)
{
  g_autoptr(CorMediaInfo) info = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *relative = NULL;
  ScaledProgress sp = { progress, progress_data, PROBE_SHARE, 1.0 - PROBE_SHARE };
  gint64 size = 0;

  if (!cor_media_check_file (path, &size, error))
    return NULL;

  if (progress)
    progress (0.0, progress_data);

  info = cor_media_probe (path, cancellable, error);
  if (info == NULL)
    return NULL;

  if (progress)
    progress (PROBE_SHARE, progress_data);

  sha256 = cor_hash_file_sha256 (path, cancellable, scaled_progress, &sp, error);
  if (sha256 == NULL)
    return NULL;

  absolute = g_canonicalize_filename (path, NULL);
  if (case_dir)
    relative = cor_path_relative_to (absolute, case_dir);

  clip = cor_clip_new ();
  if (title && *title)
    cor_clip_set_title (clip, title);
  cor_clip_set_path (clip, absolute);
  cor_clip_set_relative_path (clip, relative);
  cor_clip_set_size (clip, size);
  cor_clip_set_sha256 (clip, sha256);
  cor_clip_set_kind (clip, info->kind);
  cor_clip_set_duration_ns (clip, info->duration_ns);
  cor_clip_set_size_px (clip, info->width, info->height);
  cor_clip_set_frame_rate (clip, info->fps_n, info->fps_d);
  cor_clip_set_video_codec (clip, info->video_codec);
  cor_clip_set_audio_codec (clip, info->audio_codec);
  cor_clip_set_container (clip, info->container);
  cor_clip_set_tags_json (clip, info->tags_json);
  cor_clip_set_media_created (clip, info->created);
  if (origin && *origin)
    cor_clip_set_origin (clip, origin);
  if (source_url && *source_url)
    cor_clip_set_source_url (clip, source_url);

  return g_steal_pointer (&clip);
}

/* The store half: duplicate check and insert, on the store's thread. */
static gboolean
store_clip (CorStore  *store,
            CorClip   *clip,
            GError   **error)
{
  g_autoptr(CorClip) existing = NULL;
  g_autoptr(GError) local_error = NULL;

  existing = cor_store_find_clip_by_sha256 (store, cor_clip_get_sha256 (clip), &local_error);
  if (local_error)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existing)
    {
      g_autofree char *name = cor_clip_dup_display_name (existing);
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE,
                   _("This file is already in the case as clip %" PRId64 " (%s)"),
                   cor_clip_get_id (existing), name);
      return FALSE;
    }
  return cor_store_add_clip (store, clip, error);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  CorClip *clip;

  clip = prepare_clip (job->path, job->case_dir, job->title, job->origin, job->source_url,
                       cancellable, job->relay ? progress_relay_post : NULL, job->relay,
                       &error);
  if (clip == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, clip, g_object_unref);
}

CorClip *
cor_media_import_clip (CorStore                *store,
                       const char              *path,
                       const CorImportOptions  *options,
                       GCancellable            *cancellable,
                       CorProgressFunc          progress,
                       gpointer                 progress_data,
                       GError                 **error)
{
  g_autoptr(CorClip) clip = NULL;
  g_autofree char *case_dir = NULL;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  case_dir = case_folder (store);
  clip = prepare_clip (path, case_dir,
                       options ? options->title : NULL,
                       options ? options->origin : NULL,
                       options ? options->source_url : NULL,
                       cancellable, progress, progress_data, error);
  if (clip == NULL)
    return NULL;
  if (!store_clip (store, clip, error))
    return NULL;
  return g_steal_pointer (&clip);
}

void
cor_media_import_clip_async (CorStore                *store,
                             const char              *path,
                             const CorImportOptions  *options,
                             GCancellable            *cancellable,
                             CorProgressFunc          progress,
                             gpointer                 progress_data,
                             GAsyncReadyCallback      callback,
                             gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (COR_IS_STORE (store));
  g_return_if_fail (path != NULL);

  job = g_new0 (ImportJob, 1);
  job->path = g_strdup (path);
  job->case_dir = case_folder (store);
  if (options)
    {
      job->title = g_strdup (options->title);
      job->origin = g_strdup (options->origin);
      job->source_url = g_strdup (options->source_url);
    }
  if (progress)
    job->relay = progress_relay_new (progress, progress_data);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, cor_media_import_clip_async);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  /* Cancellation is reported as COR_MEDIA_ERROR_CANCELLED by the worker itself */
  g_task_set_check_cancellable (task, FALSE);
  cor_task_run_in_thread (task, import_thread);
}

CorClip *
cor_media_import_clip_finish (CorStore      *store,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_autoptr(CorClip) clip = NULL;
  ImportJob *job;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  job = g_task_get_task_data (G_TASK (result));
  if (job && job->relay)
    progress_relay_close (job->relay);

  clip = g_task_propagate_pointer (G_TASK (result), error);
  if (clip == NULL)
    return NULL;
  if (!store_clip (store, clip, error))
    return NULL;
  return g_steal_pointer (&clip);
}
