/* cor-export-job.c — CSV, JSON and WebVTT exports in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-error.h"
#include "cor-export-job.h"
#include "cor-json-export.h"
#include "cor-task.h"

struct _CorExportJob
{
  char             *case_path;
  char             *destination;
  CorExportFormat   format;
  CorReportOptions *options;
  GArray           *clip_ids;    /* gint64, WebVTT */
  GPtrArray        *clip_titles; /* char *, WebVTT */
};

static gboolean
write_json (CorExportJob  *job,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(CorStore) store = cor_store_open (job->case_path, COR_STORE_OPEN_READ_ONLY, error);
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  if (store == NULL)
    return FALSE;
  node = cor_json_export_build (store, error);
  if (node == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  text = cor_json_to_string (node, &length);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return cor_json_write_file_atomically (job->destination, text, length, error);
}

/* One file per clip in the destination folder */
static gboolean
write_webvtt (CorExportJob  *job,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!g_file_test (job->destination, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_WRITE,
                   _("“%s” is not a folder"), job->destination);
      return FALSE;
    }
  if (job->clip_ids->len == 0)
    {
      g_set_error_literal (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                           _("There is no clip to write subtitles for."));
      return FALSE;
    }

  for (guint i = 0; i < job->clip_ids->len; i++)
    {
      gint64 id = g_array_index (job->clip_ids, gint64, i);
      g_autofree char *name = cor_export_webvtt_name (g_ptr_array_index (job->clip_titles, i),
                                                      id, used);
      g_autofree char *path = g_build_filename (job->destination, name, NULL);

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !cor_report_export_webvtt (job->case_path, id, path, job->options, cancellable, error))
        return FALSE;
    }

  return TRUE;
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  CorExportJob *job = task_data;
  GError *error = NULL;
  gboolean ok = FALSE;

  switch (job->format)
    {
    case COR_EXPORT_FORMAT_CSV:
      ok = cor_report_export_csv (job->case_path, job->destination, job->options, cancellable,
                                  &error);
      break;
    case COR_EXPORT_FORMAT_JSON:
      ok = write_json (job, cancellable, &error);
      break;
    case COR_EXPORT_FORMAT_WEBVTT:
      ok = write_webvtt (job, cancellable, &error);
      break;
    case COR_EXPORT_FORMAT_PDF:
    case COR_EXPORT_FORMAT_HTML:
    default:
      g_set_error_literal (&error, COR_REPORT_ERROR, COR_REPORT_ERROR_FAILED,
                           "reports are written by cor_report_write_async()");
      break;
    }

  if (ok)
    g_task_return_int (task, job->format == COR_EXPORT_FORMAT_WEBVTT ? job->clip_ids->len : 1);
  else
    g_task_return_error (task, error);
}

CorExportJob *
cor_export_job_new (const char             *case_path,
                    const char             *destination,
                    CorExportFormat         format,
                    const CorReportOptions *options)
{
  CorExportJob *job;

  g_return_val_if_fail (case_path != NULL, NULL);
  g_return_val_if_fail (destination != NULL, NULL);

  job = g_new0 (CorExportJob, 1);
  job->case_path = g_strdup (case_path);
  job->destination = g_strdup (destination);
  job->format = format;
  job->options = options != NULL ? cor_report_options_copy (options) : cor_report_options_new ();
  job->clip_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  job->clip_titles = g_ptr_array_new_with_free_func (g_free);

  return job;
}

void
cor_export_job_free (CorExportJob *job)
{
  if (job == NULL)
    return;

  g_free (job->case_path);
  g_free (job->destination);
  cor_report_options_free (job->options);
  g_array_unref (job->clip_ids);
  g_ptr_array_unref (job->clip_titles);
  g_free (job);
}

void
cor_export_job_add_clip (CorExportJob *job,
                         gint64        clip_id,
                         const char   *title)
{
  g_return_if_fail (job != NULL);

  g_array_append_val (job->clip_ids, clip_id);
  g_ptr_array_add (job->clip_titles, g_strdup (title));
}

void
cor_export_job_run_async (CorExportJob        *job,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_return_if_fail (job != NULL);

  g_task_set_source_tag (task, cor_export_job_run_async);
  g_task_set_task_data (task, job, (GDestroyNotify) cor_export_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  cor_task_run_in_thread (task, run_thread);
}

guint
cor_export_job_run_finish (GAsyncResult  *result,
                           GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  n = g_task_propagate_int (G_TASK (result), error);

  return n > 0 ? (guint) n : 0;
}
