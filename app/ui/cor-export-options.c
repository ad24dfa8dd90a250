/* cor-export-options.c — what the Export Report dialog asks for, as plain values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gtk/gtk.h>

#include "cor-export-options.h"

#define ALL_KINDS (COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_LANGUAGE)  \
                   | COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_UNIFORM) \
                   | COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_LOCATION) \
                   | COR_REPORT_KIND_BIT (COR_ANNOTATION_KIND_NOTE))

/* Bytes kept of a title in a file name: room for the suffix within 255 bytes */
#define MAX_STEM_BYTES 200

static gboolean
is_refused_char (gunichar c)
{
  /* path separators, and what Windows and FAT file systems refuse */
  return c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<'
         || c == '>' || c == '|' || g_unichar_iscntrl (c)
         || g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR
         || g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR;
}

/* @text as a file name stem: refused characters become "_", runs of white space one
 * space, no leading dots or spaces, no trailing dots or spaces, at most MAX_STEM_BYTES
 * bytes cut at a character boundary; NULL when nothing is left */
static char *
sanitize_stem (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (out->len == 0 && c == '.')
        continue;
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (is_refused_char (c))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }

  if (out->len > MAX_STEM_BYTES)
    {
      const char *end = g_utf8_find_prev_char (out->str, out->str + MAX_STEM_BYTES + 1);

      g_string_truncate (out, end - out->str);
    }
  while (out->len > 0 && (out->str[out->len - 1] == '.' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
cor_export_format_to_label (CorExportFormat format)
{
  switch (format)
    {
    case COR_EXPORT_FORMAT_PDF:
      return _("PDF report");
    case COR_EXPORT_FORMAT_HTML:
      return _("HTML report");
    case COR_EXPORT_FORMAT_CSV:
      return _("CSV spreadsheet of observations");
    case COR_EXPORT_FORMAT_JSON:
      return _("JSON of the whole case");
    case COR_EXPORT_FORMAT_WEBVTT:
      return _("WebVTT subtitles, one file per clip");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
cor_export_format_get_extension (CorExportFormat format)
{
  static const char *const extensions[] = { ".pdf", ".html", ".csv", ".json", ".vtt" };

  g_return_val_if_fail ((guint) format <= COR_EXPORT_FORMAT_LAST, NULL);

  return extensions[format];
}

gboolean
cor_export_format_is_report (CorExportFormat format)
{
  return format == COR_EXPORT_FORMAT_PDF || format == COR_EXPORT_FORMAT_HTML;
}

gboolean
cor_export_format_uses_selection (CorExportFormat format)
{
  return format != COR_EXPORT_FORMAT_JSON;
}

gboolean
cor_export_format_writes_folder (CorExportFormat format)
{
  return format == COR_EXPORT_FORMAT_WEBVTT;
}

char *
cor_export_default_name (const char      *case_title,
                         CorExportFormat  format)
{
  g_autofree char *stem = sanitize_stem (case_title);
  const char *title = stem != NULL ? stem : _("Case");

  g_return_val_if_fail ((guint) format <= COR_EXPORT_FORMAT_LAST, NULL);

  switch (format)
    {
    case COR_EXPORT_FORMAT_PDF:
    case COR_EXPORT_FORMAT_HTML:
      /* TRANSLATORS: a file name; %s is the case title, then the extension */
      return g_strdup_printf (_("%s report%s"), title, cor_export_format_get_extension (format));
    case COR_EXPORT_FORMAT_CSV:
      /* TRANSLATORS: a file name; %s is the case title */
      return g_strdup_printf (_("%s observations.csv"), title);
    case COR_EXPORT_FORMAT_JSON:
      return g_strdup_printf ("%s.json", title);
    case COR_EXPORT_FORMAT_WEBVTT:
      /* TRANSLATORS: a folder name; %s is the case title */
      return g_strdup_printf (_("%s subtitles"), title);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
cor_export_webvtt_name (const char *clip_title,
                        gint64      clip_id,
                        GHashTable *used)
{
  g_autofree char *stem = sanitize_stem (clip_title);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, clip_id);
  char *name;
  char *key;

  g_return_val_if_fail (used != NULL, NULL);

  if (stem == NULL)
    /* TRANSLATORS: a file name of a clip without a title; %s is its id */
    name = g_strdup_printf (_("Clip %s.vtt"), id);
  else
    name = g_strdup_printf ("%s.vtt", stem);

  key = g_utf8_casefold (name, -1);
  if (g_hash_table_contains (used, key))
    {
      g_free (name);
      g_free (key);
      /* TRANSLATORS: a file name; the clip title, then its id */
      name = g_strdup_printf (_("%s (clip %s).vtt"), stem != NULL ? stem : _("Clip"), id);
      key = g_utf8_casefold (name, -1);
    }
  g_hash_table_add (used, key);

  return name;
}

static gboolean
paper_from_string (const char   *text,
                   CorPaperSize *out_paper)
{
  if (g_ascii_strcasecmp (text, "a4") == 0 || g_ascii_strcasecmp (text, GTK_PAPER_NAME_A4) == 0)
    *out_paper = COR_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0
           || g_ascii_strcasecmp (text, GTK_PAPER_NAME_LETTER) == 0)
    *out_paper = COR_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

CorPaperSize
cor_export_default_paper (GSettings *settings)
{
  CorPaperSize paper = COR_PAPER_A4;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), COR_PAPER_A4);

  if (settings != NULL)
    {
      g_autoptr(GSettingsSchema) schema = NULL;

      g_object_get (settings, "settings-schema", &schema, NULL);
      if (schema != NULL && g_settings_schema_has_key (schema, "paper-size"))
        {
          g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, "paper-size");

          if (g_variant_type_equal (g_settings_schema_key_get_value_type (key),
                                    G_VARIANT_TYPE_STRING))
            {
              g_autofree char *text = g_settings_get_string (settings, "paper-size");

              if (paper_from_string (text, &paper))
                return paper;
            }
        }
    }

  /* the locale's paper (LC_PAPER), as the print dialog chooses it */
  {
    const char *name = gtk_paper_size_get_default ();

    if (name != NULL && paper_from_string (name, &paper))
      return paper;
  }

  return COR_PAPER_A4;
}

CorExportRequest *
cor_export_request_new (void)
{
  CorExportRequest *request = g_new0 (CorExportRequest, 1);

  request->format = COR_EXPORT_FORMAT_PDF;
  request->paper = COR_PAPER_A4;
  request->whole_case = TRUE;
  request->clip_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  request->article_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  request->kinds_mask = ALL_KINDS;
  request->min_confidence = COR_CONFIDENCE_UNASSESSED;

  return request;
}

void
cor_export_request_free (CorExportRequest *request)
{
  if (request == NULL)
    return;

  g_clear_pointer (&request->clip_ids, g_array_unref);
  g_clear_pointer (&request->article_ids, g_array_unref);
  g_free (request->destination);
  g_free (request);
}

void
cor_export_request_add_clip (CorExportRequest *request,
                             gint64            clip_id)
{
  g_return_if_fail (request != NULL);

  g_array_append_val (request->clip_ids, clip_id);
}

void
cor_export_request_add_article (CorExportRequest *request,
                                gint64            article_id)
{
  g_return_if_fail (request != NULL);

  g_array_append_val (request->article_ids, article_id);
}

gboolean
cor_export_request_validate (const CorExportRequest  *request,
                             GError                 **error)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail ((guint) request->format <= COR_EXPORT_FORMAT_LAST, FALSE);

  if (cor_export_format_uses_selection (request->format))
    {
      if (!request->whole_case && request->clip_ids->len == 0 && request->article_ids->len == 0)
        {
          g_set_error_literal (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                               _("Choose at least one clip or article, or the whole case."));
          return FALSE;
        }
      if ((request->kinds_mask & ALL_KINDS) == 0)
        {
          g_set_error_literal (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                               _("Tick at least one kind of observation."));
          return FALSE;
        }
      if (request->format == COR_EXPORT_FORMAT_WEBVTT && !request->whole_case
          && request->clip_ids->len == 0)
        {
          g_set_error_literal (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                               _("Choose at least one clip: WebVTT subtitles belong to clips."));
          return FALSE;
        }
    }

  if (request->destination == NULL || request->destination[0] == '\0')
    {
      g_set_error_literal (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                           cor_export_format_writes_folder (request->format)
                             ? _("Choose a folder to save the subtitles in.")
                             : _("Choose where to save the file."));
      return FALSE;
    }

  base = g_path_get_basename (request->destination);
  if (!cor_export_format_writes_folder (request->format)
      && (g_str_equal (base, G_DIR_SEPARATOR_S) || g_str_equal (base, ".")
          || g_str_equal (base, "..")
          || g_str_has_suffix (request->destination, G_DIR_SEPARATOR_S)))
    {
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                   _("“%s” is a folder: choose a file name."), request->destination);
      return FALSE;
    }

  return TRUE;
}

CorReportOptions *
cor_export_request_to_options (const CorExportRequest *request)
{
  CorReportOptions *options = cor_report_options_new ();

  g_return_val_if_fail (request != NULL, options);

  options->paper = request->format == COR_EXPORT_FORMAT_PDF ? request->paper : COR_PAPER_A4;

  if (!cor_export_format_uses_selection (request->format))
    return options;

  if (!request->whole_case)
    {
      for (guint i = 0; i < request->clip_ids->len; i++)
        cor_report_options_add_clip (options, g_array_index (request->clip_ids, gint64, i));
      for (guint i = 0; i < request->article_ids->len; i++)
        cor_report_options_add_article (options, g_array_index (request->article_ids, gint64, i));
    }

  if ((request->kinds_mask & ALL_KINDS) != ALL_KINDS)
    options->kinds_mask = request->kinds_mask & ALL_KINDS;
  options->min_confidence = request->min_confidence;

  return options;
}
