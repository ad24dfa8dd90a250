/* cor-report.c — report options, the safe output file, sync and async entry points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cor-report-doc.h"
#include "cor-report-private.h"
#include "cor-task.h"

struct _CorReportSink
{
  int    fd;
  int    saved_errno;
  char  *buffer;
  gsize  used;
};

#define SINK_BUFFER (256 * 1024)

G_DEFINE_BOXED_TYPE (CorReportOptions, cor_report_options,
                     cor_report_options_copy, cor_report_options_free)

static GArray *
copy_ids (GArray *ids)
{
  GArray *copy;

  if (ids == NULL)
    return NULL;
  copy = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
  g_array_append_vals (copy, ids->data, ids->len);
  return copy;
}

static gboolean
sink_flush (CorReportSink *sink)
{
  gsize done = 0;

  while (done < sink->used && sink->saved_errno == 0)
    {
      ssize_t n = write (sink->fd, sink->buffer + done, sink->used - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        sink->saved_errno = errno;
      else
        done += (gsize) n;
    }
  sink->used = 0;
  return sink->saved_errno == 0;
}

gboolean
cor_report_sink_write (CorReportSink *sink,
                       const void    *data,
                       gsize          size)
{
  if (sink->saved_errno != 0)
    return FALSE;
  if (sink->used + size > SINK_BUFFER && !sink_flush (sink))
    return FALSE;
  if (size >= SINK_BUFFER)
    {
      while (size > 0 && sink->saved_errno == 0)
        {
          ssize_t n = write (sink->fd, data, size);

          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            sink->saved_errno = errno;
          else
            {
              data = (const char *) data + n;
              size -= (gsize) n;
            }
        }
      return sink->saved_errno == 0;
    }
  memcpy (sink->buffer + sink->used, data, size);
  sink->used += size;
  return TRUE;
}

void
cor_report_set_write_error (GError     **error,
                            const char  *output_path,
                            int          errsv)
{
  g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_WRITE, _("Cannot write %s: %s"),
               output_path, g_strerror (errsv));
}

/* Runs @writer on a temporary file in the folder of @output_path, then renames it */
gboolean
cor_report_write_safely (const char          *output_path,
                         CorReportWriterFunc  writer,
                         gpointer             writer_data,
                         GError             **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmpl = NULL;
  CorReportSink sink = { -1, 0, NULL, 0 };
  g_autoptr(GError) local_error = NULL;
  gboolean ok;
  mode_t mask;

  if (output_path == NULL || *output_path == '\0')
    {
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_WRITE, _("No output file given"));
      return FALSE;
    }
  if (g_file_test (output_path, G_FILE_TEST_IS_DIR))
    {
      cor_report_set_write_error (error, output_path, EISDIR);
      return FALSE;
    }

  /* mkstemp's template: a hidden file beside the destination, renamed over it when complete */
  dir = g_path_get_dirname (output_path);
  base = g_path_get_basename (output_path);
  tmpl = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (tmpl, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      cor_report_set_write_error (error, output_path, errno);
      return FALSE;
    }
  mask = umask (022);
  umask (mask);
  if (fchmod (sink.fd, 0666 & ~mask) != 0)
    sink.saved_errno = errno;

  sink.buffer = g_malloc (SINK_BUFFER);
  ok = sink.saved_errno == 0 && writer (&sink, writer_data, &local_error);
  if (ok && !sink_flush (&sink))
    ok = FALSE;
  if (ok && fsync (sink.fd) != 0 && errno != EINVAL)
    sink.saved_errno = errno, ok = FALSE;
  if (close (sink.fd) != 0 && ok)
    sink.saved_errno = errno, ok = FALSE;
  g_free (sink.buffer);

  if (ok && g_rename (tmpl, output_path) != 0)
    sink.saved_errno = errno, ok = FALSE;

  if (!ok)
    {
      g_unlink (tmpl);
      if (local_error != NULL && sink.saved_errno == 0)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        cor_report_set_write_error (error, output_path,
                                    sink.saved_errno != 0 ? sink.saved_errno : EIO);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  CorReportFormat  format;
  CorDoc          *doc;
  CorReportModel  *model;
  GCancellable    *cancellable;
  CorProgressFunc  progress;
  gpointer         progress_data;
} ReportJob;

static gboolean
report_writer (CorReportSink  *sink,
               gpointer        data,
               GError        **error)
{
  ReportJob *job = data;

  if (job->format == COR_REPORT_FORMAT_PDF)
    return cor_report_write_pdf (job->doc, job->model, sink, job->cancellable, job->progress,
                                 job->progress_data, error);
  return cor_report_write_html (job->doc, job->model, sink, job->cancellable, job->progress,
                                job->progress_data, error);
}

CorReportOptions *
cor_report_options_new (void)
{
  CorReportOptions *options = g_new0 (CorReportOptions, 1);

  options->min_confidence = COR_CONFIDENCE_UNASSESSED;
  options->paper = COR_PAPER_A4;
  return options;
}

CorReportOptions *
cor_report_options_copy (const CorReportOptions *options)
{
  CorReportOptions *copy = g_new0 (CorReportOptions, 1);

  *copy = *options;
  copy->clip_ids = copy_ids (options->clip_ids);
  copy->article_ids = copy_ids (options->article_ids);
  copy->generator_version = g_strdup (options->generator_version);
  return copy;
}

void
cor_report_options_free (CorReportOptions *options)
{
  if (options == NULL)
    return;
  g_clear_pointer (&options->clip_ids, g_array_unref);
  g_clear_pointer (&options->article_ids, g_array_unref);
  g_free (options->generator_version);
  g_free (options);
}

void
cor_report_options_add_clip (CorReportOptions *options,
                             gint64            clip_id)
{
  if (options->clip_ids == NULL)
    options->clip_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (options->clip_ids, clip_id);
}

void
cor_report_options_add_article (CorReportOptions *options,
                                gint64            article_id)
{
  if (options->article_ids == NULL)
    options->article_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (options->article_ids, article_id);
}

void
cor_report_options_add_kind (CorReportOptions *options,
                             int               kind)
{
  options->kinds_mask |= COR_REPORT_KIND_BIT (kind);
}

gboolean
cor_report_write (const char              *case_path,
                  const char              *output_path,
                  CorReportFormat          format,
                  const CorReportOptions  *options,
                  GCancellable            *cancellable,
                  CorProgressFunc          progress,
                  gpointer                 progress_data,
                  GError                 **error)
{
  g_autoptr(CorReportModel) model = NULL;
  g_autoptr(CorDoc) doc = NULL;
  ReportJob job;

  g_return_val_if_fail (case_path != NULL, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  model = cor_report_model_new (case_path, options, TRUE, cancellable, progress, progress_data, error);
  if (model == NULL)
    return FALSE;
  doc = cor_report_build_doc (model);

  job = (ReportJob) { format, doc, model, cancellable, progress, progress_data };
  if (!cor_report_write_safely (output_path, report_writer, &job, error))
    return FALSE;
  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}

/* Async: progress goes back to the caller's main context */

typedef struct
{
  char             *case_path;
  char             *output_path;
  CorReportFormat   format;
  CorReportOptions *options;
  CorProgressFunc   progress;
  gpointer          progress_data;
  GMainContext     *context;
  int               last_percent;
} AsyncData;

typedef struct
{
  CorProgressFunc progress;
  gpointer        progress_data;
  double          fraction;
} ProgressEvent;

static void
async_data_free (gpointer data)
{
  AsyncData *d = data;

  g_free (d->case_path);
  g_free (d->output_path);
  cor_report_options_free (d->options);
  g_main_context_unref (d->context);
  g_free (d);
}

static gboolean
deliver_progress (gpointer data)
{
  ProgressEvent *event = data;

  event->progress (event->fraction, event->progress_data);
  return G_SOURCE_REMOVE;
}

static void
async_progress (double   fraction,
                gpointer data)
{
  AsyncData *d = data;
  int percent = (int) (fraction * 100);
  ProgressEvent *event;

  if (d->progress == NULL || percent == d->last_percent)
    return;
  d->last_percent = percent;
  event = g_new (ProgressEvent, 1);
  *event = (ProgressEvent) { d->progress, d->progress_data, fraction };
  g_main_context_invoke_full (d->context, G_PRIORITY_DEFAULT, deliver_progress, event, g_free);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  AsyncData *d = task_data;
  GError *error = NULL;

  if (cor_report_write (d->case_path, d->output_path, d->format, d->options, cancellable,
                        async_progress, d, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
cor_report_write_async (const char              *case_path,
                        const char              *output_path,
                        CorReportFormat          format,
                        const CorReportOptions  *options,
                        GCancellable            *cancellable,
                        CorProgressFunc          progress,
                        gpointer                 progress_data,
                        GAsyncReadyCallback      callback,
                        gpointer                 user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  AsyncData *d = g_new0 (AsyncData, 1);

  d->case_path = g_strdup (case_path);
  d->output_path = g_strdup (output_path);
  d->format = format;
  d->options = options != NULL ? cor_report_options_copy (options) : cor_report_options_new ();
  d->progress = progress;
  d->progress_data = progress_data;
  d->context = g_main_context_ref_thread_default ();
  d->last_percent = -1;
  g_task_set_source_tag (task, cor_report_write_async);
  g_task_set_task_data (task, d, async_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  cor_task_run_in_thread (task, write_thread);
}

gboolean
cor_report_write_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
