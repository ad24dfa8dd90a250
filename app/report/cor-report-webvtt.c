/* cor-report-webvtt.c — the observations of a clip as WebVTT cues
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-report-private.h"

#define POINT_CUE_NS COR_NS_PER_SECOND

typedef struct
{
  CorReportClip *clip;
  GCancellable  *cancellable;
} VttJob;

/* Cue text: escaped, no blank line and no "-->" */
static void
append_cue_text (GString    *out,
                 const char *text)
{
  g_autofree char *clean = g_strdup (text);
  char *p;

  while ((p = strstr (clean, "-->")) != NULL)
    p[2] = ' ';
  for (p = clean; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '\r': break;
        case '\n':
          while (p[1] == '\n' || p[1] == '\r')
            p++;
          g_string_append_c (out, '\n');
          break;
        default: g_string_append_c (out, *p);
        }
    }
}

static void
append_line (GString    *out,
             const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  append_cue_text (out, text);
  g_string_append_c (out, '\n');
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Whether the summary comes from the observation's own fields; when they are all
 * empty it falls back to the note's first line (written on its own line anyway) or
 * to the kind's label (already in the cue's head). */
static gboolean
has_own_summary (CorAnnotation *a)
{
  switch ((int) cor_annotation_get_kind (a))
    {
    case COR_ANNOTATION_KIND_UNIFORM:
      return is_set (cor_annotation_get_maker (a)) || is_set (cor_annotation_get_item (a))
             || is_set (cor_annotation_get_markings (a));
    case COR_ANNOTATION_KIND_LOCATION:
      return is_set (cor_annotation_get_place (a)) || cor_annotation_get_has_coordinates (a);
    default:
      return FALSE;
    }
}

static void
append_cue (GString              *out,
            CorReportObservation *obs)
{
  CorAnnotation *a = obs->annotation;
  gint64 start = MAX (0, cor_annotation_get_start_ns (a));
  gint64 end = cor_annotation_get_end_ns (a);
  gint64 duration = cor_clip_get_duration_ns (obs->clip->clip);
  g_autofree char *start_s = NULL, *end_s = NULL, *head = NULL, *summary = NULL;

  if (!cor_annotation_is_range (a) || end <= start)
    {
      end = start + POINT_CUE_NS;
      if (duration > start && end > duration)
        end = duration;
    }
  start_s = cor_time_format (start);
  end_s = cor_time_format (end);
  g_string_append_printf (out, "obs-%" G_GINT64_FORMAT "\n%s --> %s\n", cor_annotation_get_id (a),
                          start_s, end_s);

  head = g_strdup_printf ("[%s · %s]", cor_annotation_kind_to_label (cor_annotation_get_kind (a)),
                          cor_confidence_to_label (cor_annotation_get_confidence (a)));
  append_line (out, head);
  switch ((int) cor_annotation_get_kind (a))
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      if (cor_annotation_get_language (a) != NULL && cor_annotation_get_transcript (a) != NULL)
        {
          g_string_append_printf (out, "<lang %s>", cor_annotation_get_language (a));
          append_cue_text (out, cor_annotation_get_transcript (a));
          g_string_append (out, "</lang>\n");
        }
      else
        append_line (out, cor_annotation_get_transcript (a));
      append_line (out, cor_annotation_get_translation (a));
      break;
    case COR_ANNOTATION_KIND_NOTE:
      /* The note itself follows: a summary would be its first line again */
      break;
    default:
      if (has_own_summary (a))
        {
          summary = cor_annotation_dup_summary (a);
          append_line (out, summary);
        }
      break;
    }
  append_line (out, cor_annotation_get_note (a));
  g_string_append_c (out, '\n');
}

static gboolean
vtt_writer (CorReportSink  *sink,
            gpointer        data,
            GError        **error)
{
  VttJob *job = data;
  g_autoptr(GString) out = g_string_new ("WEBVTT\n\n");
  g_autofree char *note = g_strdup_printf ("NOTE %s, SHA-256 %s\n\n", job->clip->name,
                                           cor_clip_get_sha256 (job->clip->clip));

  append_cue_text (out, note);
  for (guint i = 0; i < job->clip->observations->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
        return FALSE;
      append_cue (out, g_ptr_array_index (job->clip->observations, i));
    }
  return cor_report_sink_write (sink, out->str, out->len);
}

gboolean
cor_report_export_webvtt (const char              *case_path,
                          gint64                   clip_id,
                          const char              *output_path,
                          const CorReportOptions  *options,
                          GCancellable            *cancellable,
                          GError                 **error)
{
  g_autoptr(CorReportOptions) opts = options != NULL ? cor_report_options_copy (options)
                                                     : cor_report_options_new ();
  g_autoptr(CorReportModel) model = NULL;
  VttJob job;

  g_return_val_if_fail (case_path != NULL && output_path != NULL, FALSE);

  g_clear_pointer (&opts->clip_ids, g_array_unref);
  g_clear_pointer (&opts->article_ids, g_array_unref);
  cor_report_options_add_clip (opts, clip_id);
  model = cor_report_model_new (case_path, opts, FALSE, cancellable, NULL, NULL, error);
  if (model == NULL)
    return FALSE;
  if (model->clips->len == 0)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_FOUND,
                   _("The case has no clip %" PRId64), clip_id);
      return FALSE;
    }
  job = (VttJob) { g_ptr_array_index (model->clips, 0), cancellable };
  return cor_report_write_safely (output_path, vtt_writer, &job, error);
}
