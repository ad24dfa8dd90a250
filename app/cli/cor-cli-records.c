/* cor-cli-records.c — the subcommands that add records: new, article add, claim add,
 * clip add, annotate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each one checks everything it can (syntax, ranges, ids, files) before the first
 * write, and writes in one transaction, so a refused command leaves the case as it
 * was. On success it prints the new record's integer id (the case's UUID for `new`)
 * alone on stdout.
 */
#include "config.h"

#include <inttypes.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cor-cli-private.h"
#include "cor-import.h"

/* Helpers */

static gboolean
looks_like_language_code (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  gsize n = strlen (parts[0]);

  if (n < 2 || n > 3)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_islower (parts[0][i]))
      return FALSE;

  for (guint p = 1; parts[p] != NULL; p++)
    {
      gsize len = strlen (parts[p]);

      if (len < 1 || len > 8)
        return FALSE;
      for (gsize i = 0; i < len; i++)
        if (!g_ascii_isalnum (parts[p][i]))
          return FALSE;
    }

  return TRUE;
}

/* An ISO 639 code as given, or the code of a language name known to the case's
 * vocabulary ("Korean" → "ko"). */
char *
cor_cli_resolve_language (CorStore    *store,
                  const char  *flag,
                  const char  *text,
                  GError     **error)
{
  g_autoptr(GPtrArray) languages = NULL;

  if (looks_like_language_code (text))
    return g_strdup (text);

  if (store != NULL)
    {
      languages = cor_store_list_languages (store);
      for (guint i = 0; languages != NULL && i < languages->len; i++)
        {
          CorTerm *term = g_ptr_array_index (languages, i);

          if (term->name != NULL && g_utf8_collate (term->name, text) == 0)
            return g_strdup (term->code);
          if (term->name != NULL && g_ascii_strcasecmp (term->name, text) == 0)
            return g_strdup (term->code);
          if (term->code != NULL && g_ascii_strcasecmp (term->code, text) == 0)
            return g_strdup (term->code);
        }
    }

  g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
               _("%s: “%s” is not an ISO 639 language code (e.g. ko, ru; und when undetermined)"),
               flag, text);
  return NULL;
}

/* YYYY, YYYY-MM or YYYY-MM-DD */
static gboolean
check_date (const char  *flag,
            const char  *text,
            GError     **error)
{
  guint year = 0, month = 1, day = 1;
  gsize n = strlen (text);
  gboolean shape;

  shape = (n == 4 || n == 7 || n == 10);
  for (gsize i = 0; shape && i < n; i++)
    shape = (i == 4 || i == 7) ? text[i] == '-' : g_ascii_isdigit (text[i]);

  if (shape)
    {
      year = (guint) g_ascii_strtoull (text, NULL, 10);
      if (n >= 7)
        month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
      if (n == 10)
        day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
    }

  if (!shape || year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month,
                                               (GDateYear) year))
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("%s: “%s” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"), flag, text);
      return FALSE;
    }

  return TRUE;
}

/* Parses the ids of a repeatable --article flag; "ID" or "ID:RELATION" */
GArray *
cor_cli_parse_article_refs (char        **texts,
                    CorRelation   default_relation,
                    gboolean      allow_relation,
                    GError      **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (CorLink));

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], ":", 2);
      CorLink link = { 0, default_relation };

      if (!cor_cli_parse_id ("--article", parts[0], &link.id, error))
        return NULL;

      if (parts[1] != NULL)
        {
          if (!allow_relation || !cor_relation_from_string (parts[1], &link.relation)
              || link.relation == COR_RELATION_CITES || link.relation == COR_RELATION_DISPUTES)
            {
              g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                           _("--article: “%s” is not a relation: use ID, ID:reported-by, "
                             "ID:supports or ID:contradicts"), parts[1]);
              return NULL;
            }
        }

      g_array_append_val (links, link);
    }

  return g_steal_pointer (&links);
}

gboolean
cor_cli_check_articles_exist (CorStore  *store,
                      GArray    *links,
                      GError   **error)
{
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      gint64 id = g_array_index (links, CorLink, i).id;
      g_autoptr(CorArticle) article = cor_store_get_article (store, id, NULL);

      if (article == NULL)
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                       _("--article %" PRId64 ": no article with this id in the case"), id);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
cor_cli_print_id (gint64   id,
          GError **error)
{
  printf ("%" G_GINT64_FORMAT "\n", id);
  return cor_cli_flush_stdout (error);
}

void
cor_cli_roll_back (CorStore *store)
{
  if (cor_store_in_transaction (store))
    cor_store_rollback (store);
}

/* Subcommands */

int
cor_cli_cmd_new (char **argv)
{
  g_autofree char *title = NULL;
  g_autofree char *analyst_flag = NULL;
  g_autofree char *analyst = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Title of the case"), N_("TITLE") },
    { "analyst", 0, 0, G_OPTION_ARG_STRING, &analyst_flag, N_("Analyst who creates it"),
      N_("NAME") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE", _("Creates a new case file and prints its UUID."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || !cor_cli_require ("--title", title, &error))
    return cor_cli_report_error (error);

  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s: already exists; a new case needs a new file name"), argv[1]);
      return cor_cli_report_error (error);
    }

  analyst = cor_cli_resolve_analyst (analyst_flag, NULL);
  store = cor_store_create (argv[1], title, analyst, &error);
  if (store == NULL)
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return cor_cli_report_error (error);
    }

  printf ("%s\n", cor_store_get_uuid (store));
  if (!cor_cli_flush_stdout (&error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;
}

int
cor_cli_cmd_article_add (char **argv)
{
  g_autofree char *title = NULL, *url = NULL, *outlet = NULL, *author = NULL;
  g_autofree char *published = NULL, *language = NULL, *summary = NULL;
  g_autofree char *archived_url = NULL, *reliability = NULL, *notes = NULL;
  g_autofree char *analyst_flag = NULL, *analyst = NULL, *language_code = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Headline (required)"), N_("T") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("Address of the article"), N_("U") },
    { "outlet", 0, 0, G_OPTION_ARG_STRING, &outlet, N_("Publication"), N_("O") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Author"), N_("A") },
    { "published", 0, 0, G_OPTION_ARG_STRING, &published, N_("Publication date"),
      N_("YYYY-MM-DD") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("ISO 639 language code"), N_("L") },
    { "summary", 0, 0, G_OPTION_ARG_STRING, &summary, N_("Summary"), N_("S") },
    { "archived-url", 0, 0, G_OPTION_ARG_STRING, &archived_url, N_("Archived copy"), N_("U") },
    { "reliability", 0, 0, G_OPTION_ARG_STRING, &reliability,
      N_("Source reliability, A (reliable) to E, F (cannot be judged)"), N_("A-F") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("N") },
    { "analyst", 0, 0, G_OPTION_ARG_STRING, &analyst_flag, N_("Analyst for the audit log"),
      N_("NAME") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE",
                              _("Adds an article to the case and prints its id."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || !cor_cli_require ("--title", title, &error)
      || (published != NULL && !check_date ("--published", published, &error)))
    return cor_cli_report_error (error);

  if (reliability != NULL)
    {
      if (strlen (reliability) != 1 || g_ascii_toupper (reliability[0]) < 'A'
          || g_ascii_toupper (reliability[0]) > 'F')
        {
          g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("--reliability: “%s” is not a grade: use A, B, C, D, E or F"),
                       reliability);
          return cor_cli_report_error (error);
        }
      reliability[0] = g_ascii_toupper (reliability[0]);
    }

  store = cor_cli_open_case (argv[1], FALSE, &error);
  if (store == NULL)
    return cor_cli_report_error (error);

  if (language != NULL
      && (language_code = cor_cli_resolve_language (store, "--language", language, &error)) == NULL)
    return cor_cli_report_error (error);

  analyst = cor_cli_resolve_analyst (analyst_flag, store);
  cor_store_set_analyst (store, analyst);

  article = cor_article_new ();
  cor_article_set_title (article, title);
  cor_article_set_url (article, url);
  cor_article_set_outlet (article, outlet);
  cor_article_set_author (article, author);
  cor_article_set_published (article, published);
  cor_article_set_language (article, language_code);
  cor_article_set_summary (article, summary);
  cor_article_set_archived_url (article, archived_url);
  cor_article_set_reliability (article, reliability);
  cor_article_set_notes (article, notes);

  if (!cor_store_add_article (store, article, &error)
      || !cor_cli_print_id (cor_article_get_id (article), &error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;
}

int
cor_cli_cmd_claim_add (char **argv)
{
  g_autofree char *article_text = NULL, *text = NULL, *claimant = NULL, *figure = NULL;
  g_autofree char *date = NULL, *analyst_flag = NULL, *analyst = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorArticle) article = NULL;
  g_autoptr(CorClaim) claim = NULL;
  g_autoptr(GError) error = NULL;
  gint64 article_id = 0;
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry entries[] = {
    { "article", 0, 0, G_OPTION_ARG_STRING, &article_text, N_("Article making the claim"),
      N_("ID") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("What is claimed (required)"), N_("T") },
    { "claimant", 0, 0, G_OPTION_ARG_STRING, &claimant, N_("Who claims it"), N_("C") },
    { "figure", 0, 0, G_OPTION_ARG_STRING, &figure, N_("A figure the claim gives"), N_("F") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date of the claim"), N_("YYYY-MM-DD") },
    { "analyst", 0, 0, G_OPTION_ARG_STRING, &analyst_flag, N_("Analyst for the audit log"),
      N_("NAME") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE", _("Adds an article's claim and prints its id."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || !cor_cli_require ("--article", article_text, &error)
      || !cor_cli_parse_id ("--article", article_text, &article_id, &error)
      || !cor_cli_require ("--text", text, &error)
      || (date != NULL && !check_date ("--date", date, &error)))
    return cor_cli_report_error (error);

  store = cor_cli_open_case (argv[1], FALSE, &error);
  if (store == NULL)
    return cor_cli_report_error (error);

  article = cor_store_get_article (store, article_id, NULL);
  if (article == NULL)
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("--article %" PRId64 ": no article with this id in the case"),
                   article_id);
      return cor_cli_report_error (error);
    }

  analyst = cor_cli_resolve_analyst (analyst_flag, store);
  cor_store_set_analyst (store, analyst);

  claim = cor_claim_new ();
  cor_claim_set_article_id (claim, article_id);
  cor_claim_set_text (claim, text);
  cor_claim_set_claimant (claim, claimant);
  cor_claim_set_figure (claim, figure);
  cor_claim_set_claim_date (claim, date);

  if (!cor_store_add_claim (store, claim, &error)
      || !cor_cli_print_id (cor_claim_get_id (claim), &error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;
}

static gboolean
check_media_file (const char  *path,
                  GError     **error)
{
  int fd;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED, _("%s: no such file"), path);
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s: is a folder, not a media file"), path);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED, _("%s: cannot be read: %s"), path,
                   g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

int
cor_cli_cmd_clip_add (char **argv)
{
  g_autofree char *title = NULL, *origin = NULL, *source_url = NULL;
  g_autofree char *analyst_flag = NULL, *analyst = NULL;
  g_auto(GStrv) article_texts = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(GError) error = NULL;
  CorImportOptions options = { 0 };
  gboolean transaction = FALSE;
  CorCliProgress progress = { _("Importing…"), -1 };
  static const char *const positional[] = { "CASE", "FILE", NULL };
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Title of the clip"), N_("T") },
    { "origin", 0, 0, G_OPTION_ARG_STRING, &origin,
      N_("Where it came from, e.g. “Telegram channel Astra”"), N_("O") },
    { "source-url", 0, 0, G_OPTION_ARG_STRING, &source_url, N_("Address it was found at"),
      N_("U") },
    { "article", 0, 0, G_OPTION_ARG_STRING_ARRAY, &article_texts,
      N_("An article that cites the clip (repeatable)"), N_("ID") },
    { "analyst", 0, 0, G_OPTION_ARG_STRING, &analyst_flag, N_("Analyst for the audit log"),
      N_("NAME") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE FILE",
                              _("Imports a video or audio file (hashed, probed, never modified) "
                                "and prints the clip's id."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || (links = cor_cli_parse_article_refs (article_texts, COR_RELATION_CITES, FALSE, &error)) == NULL)
    return cor_cli_report_error (error);

  store = cor_cli_open_case (argv[1], FALSE, &error);
  if (store == NULL
      || !cor_cli_check_articles_exist (store, links, &error)
      || !check_media_file (argv[2], &error))
    return cor_cli_report_error (error);

  analyst = cor_cli_resolve_analyst (analyst_flag, store);
  cor_store_set_analyst (store, analyst);

  options.title = title;
  options.origin = origin;
  options.source_url = source_url;

  /* With links, the clip and its links are one transaction (alone, the import is one) */
  if (links->len > 0)
    {
      if (!cor_store_begin_transaction (store, &error))
        return cor_cli_report_error (error);
      transaction = TRUE;
    }

  clip = cor_media_import_clip (store, argv[2], &options, NULL,
                                isatty (STDERR_FILENO) ? cor_cli_print_progress : NULL, &progress,
                                &error);
  if (clip == NULL)
    goto failed;

  for (guint i = 0; i < links->len; i++)
    if (!cor_store_link_article_clip (store, g_array_index (links, CorLink, i).id,
                                      cor_clip_get_id (clip), COR_RELATION_CITES, &error))
      goto failed;

  /* A commit that fails has rolled back */
  if (transaction && !cor_store_commit (store, &error))
    return cor_cli_report_error (error);

  if (!cor_cli_print_id (cor_clip_get_id (clip), &error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;

failed:
  if (transaction)
    cor_cli_roll_back (store);
  if (progress.last_percent >= 0 && progress.last_percent < 100)
    fputc ('\n', stderr);
  if (strstr (error->message, argv[2]) == NULL)
    g_prefix_error (&error, "%s: ", argv[2]);
  return cor_cli_report_error (error);
}
