/* cor-report-csv.c — one row per observation, RFC 4180
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-report-private.h"

static const char * const columns[] = {
  "id", "uuid", "clip_id", "clip", "clip_sha256", "start", "end", "start_ns", "end_ns",
  "start_frame", "kind", "confidence", "analyst", "language", "dialect", "speaker", "transcript",
  "translation", "translated_by", "maker", "item", "markings", "place", "latitude", "longitude",
  "precision_m", "method", "geolocated_by", "note", "tags", "articles", "claims", "stills",
  "created", "updated", NULL
};

typedef struct
{
  CorReportModel *model;
  GCancellable   *cancellable;
} CsvJob;

static void
append_field (GString    *row,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (row, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (row, value);
      return;
    }
  g_string_append_c (row, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

static char *
links_to_string (GArray *links)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < links->len; i++)
    {
      CorLink *link = &g_array_index (links, CorLink, i);

      g_string_append_printf (s, "%s%" G_GINT64_FORMAT ":%s", i ? ";" : "", link->id,
                              cor_relation_to_string (link->relation));
    }
  return g_string_free (s, FALSE);
}

static char *
double_or_null (gboolean has,
                double   value,
                const char *format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!has)
    return NULL;
  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, value));
}

static void
append_observation (GString              *row,
                    CorReportObservation *obs)
{
  CorAnnotation *a = obs->annotation;
  CorClip *clip = obs->clip->clip;
  gboolean range = cor_annotation_is_range (a);
  gboolean has_xy = cor_annotation_get_has_coordinates (a);
  int fps_n = cor_clip_get_fps_n (clip), fps_d = cor_clip_get_fps_d (clip);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, cor_annotation_get_id (a));
  g_autofree char *clip_id = g_strdup_printf ("%" G_GINT64_FORMAT, cor_clip_get_id (clip));
  g_autofree char *start = cor_time_format (cor_annotation_get_start_ns (a));
  g_autofree char *end = range ? cor_time_format (cor_annotation_get_end_ns (a)) : NULL;
  g_autofree char *start_ns = g_strdup_printf ("%" G_GINT64_FORMAT, cor_annotation_get_start_ns (a));
  g_autofree char *end_ns = range ? g_strdup_printf ("%" G_GINT64_FORMAT, cor_annotation_get_end_ns (a))
                                  : NULL;
  g_autofree char *frame = fps_n > 0 && fps_d > 0
    ? g_strdup_printf ("%" G_GINT64_FORMAT,
                       cor_time_ns_to_frame (cor_annotation_get_start_ns (a), fps_n, fps_d))
    : NULL;
  g_autofree char *lat = double_or_null (has_xy, cor_annotation_get_latitude (a), "%.7f");
  g_autofree char *lon = double_or_null (has_xy, cor_annotation_get_longitude (a), "%.7f");
  g_autofree char *prec = double_or_null (cor_annotation_get_precision_m (a) > 0,
                                          cor_annotation_get_precision_m (a), "%.1f");
  g_autofree char *tags = g_strjoinv (";", (char **) cor_annotation_get_tags (a));
  g_autofree char *articles = links_to_string (obs->articles);
  g_autofree char *claims = links_to_string (obs->claims);
  g_autofree char *stills = g_strdup_printf ("%u", obs->snapshots->len);
  const char *values[] = {
    id, cor_annotation_get_uuid (a), clip_id, obs->clip->name, cor_clip_get_sha256 (clip),
    start, end, start_ns, end_ns, frame,
    cor_annotation_kind_to_string (cor_annotation_get_kind (a)),
    cor_confidence_to_string (cor_annotation_get_confidence (a)),
    cor_annotation_get_analyst (a), cor_annotation_get_language (a),
    cor_annotation_get_dialect (a), cor_annotation_get_speaker (a),
    cor_annotation_get_transcript (a), cor_annotation_get_translation (a),
    cor_annotation_get_translated_by (a), cor_annotation_get_maker (a),
    cor_annotation_get_item (a), cor_annotation_get_markings (a), cor_annotation_get_place (a),
    lat, lon, prec, cor_annotation_get_method (a), cor_annotation_get_geolocated_by (a),
    cor_annotation_get_note (a), tags, articles, claims, stills,
    cor_annotation_get_created (a), cor_annotation_get_updated (a),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (values) == G_N_ELEMENTS (columns) - 1);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    append_field (row, values[i], i == 0);
  g_string_append (row, "\r\n");
}

static gboolean
csv_writer (CorReportSink  *sink,
            gpointer        data,
            GError        **error)
{
  CsvJob *job = data;
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; columns[i] != NULL; i++)
    append_field (out, columns[i], i == 0);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < job->model->observations->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
        return FALSE;
      append_observation (out, g_ptr_array_index (job->model->observations, i));
      if (out->len > 64 * 1024)
        {
          if (!cor_report_sink_write (sink, out->str, out->len))
            return FALSE;
          g_string_truncate (out, 0);
        }
    }
  return cor_report_sink_write (sink, out->str, out->len);
}

const char * const *
cor_report_csv_columns (void)
{
  return columns;
}

gboolean
cor_report_export_csv (const char              *case_path,
                       const char              *output_path,
                       const CorReportOptions  *options,
                       GCancellable            *cancellable,
                       GError                 **error)
{
  g_autoptr(CorReportModel) model = NULL;
  CsvJob job;

  g_return_val_if_fail (case_path != NULL && output_path != NULL, FALSE);

  model = cor_report_model_new (case_path, options, FALSE, cancellable, NULL, NULL, error);
  if (model == NULL)
    return FALSE;
  job = (CsvJob) { model, cancellable };
  return cor_report_write_safely (output_path, csv_writer, &job, error);
}
