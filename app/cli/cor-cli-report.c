/* cor-cli-report.c — `corroborate report`: the annotated report as PDF or HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "cor-cli-private.h"
#include "cor-report.h"

/* Parses repeatable id flags and checks that each names a record of the case */
static gboolean
add_ids (CorStore          *store,
         const char        *flag,
         char             **texts,
         gboolean           clips,
         CorReportOptions  *options,
         GError           **error)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      gint64 id = 0;
      gboolean exists;

      if (!cor_cli_parse_id (flag, texts[i], &id, error))
        return FALSE;

      if (store == NULL)
        continue;

      if (clips)
        {
          g_autoptr(CorClip) clip = cor_store_get_clip (store, id, NULL);
          exists = clip != NULL;
          if (exists)
            cor_report_options_add_clip (options, id);
        }
      else
        {
          g_autoptr(CorArticle) article = cor_store_get_article (store, id, NULL);
          exists = article != NULL;
          if (exists)
            cor_report_options_add_article (options, id);
        }

      if (!exists)
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                       _("%s %" PRId64 ": no %s with this id in the case"), flag, id,
                       clips ? "clip" : "article");
          return FALSE;
        }
    }

  return TRUE;
}

int
cor_cli_cmd_report (char **argv)
{
  g_autofree char *format_text = NULL, *output = NULL, *min_confidence = NULL, *paper = NULL;
  g_auto(GStrv) clip_texts = NULL;
  g_auto(GStrv) article_texts = NULL;
  g_auto(GStrv) kind_texts = NULL;
  g_autoptr(CorReportOptions) options = cor_report_options_new ();
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *case_path = NULL;
  CorReportFormat format;
  CorCliProgress progress = { _("Writing the report…"), -1 };
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("pdf or html"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("File to write"), N_("FILE") },
    { "clip", 0, 0, G_OPTION_ARG_STRING_ARRAY, &clip_texts, N_("Only this clip (repeatable)"),
      N_("ID") },
    { "article", 0, 0, G_OPTION_ARG_STRING_ARRAY, &article_texts,
      N_("Only this article (repeatable)"), N_("ID") },
    { "kind", 0, 0, G_OPTION_ARG_STRING_ARRAY, &kind_texts,
      N_("Only observations of this kind (repeatable)"), N_("KIND") },
    { "min-confidence", 0, 0, G_OPTION_ARG_STRING, &min_confidence,
      N_("Leave out observations below this confidence"), N_("C") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("a4 (default) or letter"), N_("SIZE") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE",
                              _("Writes the annotated report of the case (or of chosen clips and "
                                "articles) as PDF or HTML."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || !cor_cli_require ("--format", format_text, &error)
      || !cor_cli_require ("--output", output, &error)
      || !add_ids (NULL, "--clip", clip_texts, TRUE, options, &error)
      || !add_ids (NULL, "--article", article_texts, FALSE, options, &error))
    return cor_cli_report_error (error);

  if (g_str_equal (format_text, "pdf"))
    format = COR_REPORT_FORMAT_PDF;
  else if (g_str_equal (format_text, "html"))
    format = COR_REPORT_FORMAT_HTML;
  else
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("--format: “%s” is not a report format: use pdf or html"), format_text);
      return cor_cli_report_error (error);
    }

  for (guint i = 0; kind_texts != NULL && kind_texts[i] != NULL; i++)
    {
      CorAnnotationKind kind;

      if (!cor_annotation_kind_from_string (kind_texts[i], &kind))
        {
          g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("--kind: “%s” is not a kind: use language, uniform, location or note"),
                       kind_texts[i]);
          return cor_cli_report_error (error);
        }
      cor_report_options_add_kind (options, kind);
    }

  if (min_confidence != NULL
      && !cor_confidence_from_string (min_confidence, &options->min_confidence, &error))
    {
      g_autoptr(GError) usage = g_error_new (COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                                             "--min-confidence: %s", error->message);
      return cor_cli_report_error (usage);
    }

  if (paper != NULL)
    {
      if (g_ascii_strcasecmp (paper, "a4") == 0)
        options->paper = COR_PAPER_A4;
      else if (g_ascii_strcasecmp (paper, "letter") == 0)
        options->paper = COR_PAPER_LETTER;
      else
        {
          g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("--paper: “%s” is not a paper size: use a4 or letter"), paper);
          return cor_cli_report_error (error);
        }
    }

  /* Check the case and the ids, then let the writer open the case on its own */
  store = cor_cli_open_case (argv[1], TRUE, &error);
  if (store == NULL)
    return cor_cli_report_error (error);

  g_clear_pointer (&options->clip_ids, g_array_unref);
  g_clear_pointer (&options->article_ids, g_array_unref);
  if (!add_ids (store, "--clip", clip_texts, TRUE, options, &error)
      || !add_ids (store, "--article", article_texts, FALSE, options, &error))
    return cor_cli_report_error (error);

  case_path = g_strdup (cor_store_get_path (store));
  g_clear_object (&store);

  if (!cor_report_write (case_path, output, format, options, NULL,
                         isatty (STDERR_FILENO) ? cor_cli_print_progress : NULL, &progress,
                         &error))
    {
      if (progress.last_percent >= 0 && progress.last_percent < 100)
        fputc ('\n', stderr);
      return cor_cli_report_error (error);
    }

  return COR_CLI_EXIT_OK;
}
