/* cor-cli.c — the headless subcommands: dispatch, usage, shared helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Output conventions (see also DESIGN.md, "CLI contract"):
 *  - stdout carries only the result: the new record's integer id on a line of its own
 *    for `article add`, `claim add`, `clip add` and `annotate` (so that scripts can do
 *    ID=$(corroborate clip add ...)), the case's UUID for `new`, a table or JSON for
 *    `list` and `search`, one line per clip for `verify`, nothing for the link and unlink
 *    commands.
 *  - stderr carries one line "corroborate: MESSAGE" on error, and progress only when it
 *    is a terminal.
 *  - exit status: see CorCliExit in cor-cli-private.h.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "cor-cli.h"
#include "cor-cli-private.h"

G_DEFINE_QUARK (cor-cli-error-quark, cor_cli_error)

typedef struct
{
  const char *word1;
  const char *word2;      /* NULL for one-word commands */
  const char *synopsis;
  int       (*run) (char **argv);
} CorCliCommand;

static const CorCliCommand commands[] = {
  { "new", NULL, "new CASE --title TITLE [--analyst NAME]", cor_cli_cmd_new },
  { "article", "add", "article add CASE --title T [--url U] [--outlet O] [--author A] "
    "[--published DATE] [--language L] [--summary S]", cor_cli_cmd_article_add },
  { "claim", "add", "claim add CASE --article ID --text T [--claimant C] [--figure F] [--date D]",
    cor_cli_cmd_claim_add },
  { "claim", "link", "claim link CASE --claim ID --annotation ID --relation supports|contradicts",
    cor_cli_cmd_claim_link },
  { "claim", "unlink", "claim unlink CASE --claim ID --annotation ID", cor_cli_cmd_claim_unlink },
  { "clip", "add", "clip add CASE FILE [--title T] [--origin O] [--source-url U] [--article ID]...",
    cor_cli_cmd_clip_add },
  { "clip", "link", "clip link CASE --clip ID --article ID [--relation cites|disputes]",
    cor_cli_cmd_clip_link },
  { "clip", "unlink", "clip unlink CASE --clip ID --article ID", cor_cli_cmd_clip_unlink },
  { "annotate", NULL, "annotate CASE --clip ID --at TIME [--until TIME] "
    "--kind language|uniform|location|note [FIELDS...] [--article ID[:RELATION]]...",
    cor_cli_cmd_annotate },
  { "link", NULL, "link CASE --annotation ID --article ID "
    "[--relation reported-by|supports|contradicts]", cor_cli_cmd_link },
  { "unlink", NULL, "unlink CASE --annotation ID --article ID", cor_cli_cmd_unlink },
  { "list", NULL, "list CASE articles|claims|clips|annotations [--clip ID] [--article ID] [--json]",
    cor_cli_cmd_list },
  { "search", NULL, "search CASE QUERY [--json]", cor_cli_cmd_search },
  { "verify", NULL, "verify CASE", cor_cli_cmd_verify },
  { "report", NULL, "report CASE --format pdf|html --output FILE [--clip ID]... [--article ID]... "
    "[--kind K]... [--min-confidence C] [--paper a4|letter]", cor_cli_cmd_report },
  { "export", NULL, "export CASE --format json|csv|webvtt --output FILE [--clip ID]",
    cor_cli_cmd_export },
  { "import", NULL, "import CASE FILE", cor_cli_cmd_import },
};

/* Helpers */

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  corroborate [CASE] [MEDIA...]\n", _("Usage:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  corroborate %s\n", commands[i].synopsis);
  fprintf (stream, "\n%s\n", _("Run “corroborate COMMAND --help” for the options of a command."));
}

int
cor_cli_report_error (const GError *error)
{
  g_autofree char *line = NULL;
  int status = COR_CLI_EXIT_FAILURE;

  if (error == NULL)
    {
      g_printerr ("corroborate: %s\n", _("unknown error"));
      return COR_CLI_EXIT_FAILURE;
    }

  if (error->domain == COR_CLI_ERROR)
    status = error->code == COR_CLI_ERROR_USAGE ? COR_CLI_EXIT_USAGE : COR_CLI_EXIT_FAILURE;
  else if (error->domain == G_OPTION_ERROR || error->domain == COR_TIME_ERROR)
    status = COR_CLI_EXIT_USAGE;

  line = g_utf8_make_valid (error->message, -1);
  for (char *p = line; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  g_printerr ("corroborate: %s\n", g_strstrip (line));
  return status;
}

gboolean
cor_cli_parse_options (const char          *command,
                       const char          *parameters,
                       const char          *summary,
                       const GOptionEntry  *entries,
                       char              ***argv,
                       GError             **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *prgname = g_strdup_printf ("corroborate %s", command);

  g_set_prgname (prgname);
  context = g_option_context_new (parameters);
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  if (!g_option_context_parse_strv (context, argv, error))
    {
      g_prefix_error (error, "%s: ", command);
      return FALSE;
    }

  return TRUE;
}

gboolean
cor_cli_check_positional (char              **argv,
                          const char *const  *names,
                          GError            **error)
{
  guint n_given = argv ? g_strv_length (argv) - 1 : 0;
  guint n_wanted = g_strv_length ((char **) names);

  for (guint i = 1; argv != NULL && argv[i] != NULL; i++)
    {
      if (argv[i][0] == '-' && argv[i][1] != '\0' && i > n_wanted)
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("%s: unknown option %s"), argv[0], argv[i]);
          return FALSE;
        }
    }

  if (n_given < n_wanted)
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("%s: missing %s"), argv[0], names[n_given]);
      return FALSE;
    }

  if (n_given > n_wanted)
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("%s: unexpected argument “%s”"), argv[0], argv[n_wanted + 1]);
      return FALSE;
    }

  for (guint i = 0; i < n_wanted; i++)
    {
      if (argv[i + 1][0] == '\0')
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("%s: %s is empty"), argv[0], names[i]);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
cor_cli_parse_id (const char  *flag,
                  const char  *text,
                  gint64      *out_id,
                  GError     **error)
{
  gint64 value = 0;

  if (text == NULL
      || !g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("%s: “%s” is not an id (a whole number from 1)"), flag, text ? text : "");
      return FALSE;
    }

  *out_id = value;
  return TRUE;
}

gboolean
cor_cli_parse_time (const char  *flag,
                    const char  *text,
                    gint64      *out_ns,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!cor_time_parse (text, out_ns, &local_error))
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("%s: “%s” is not a time: use [[HH:]MM:]SS[.fff], e.g. 01:02.500"),
                   flag, text ? text : "");
      return FALSE;
    }

  if (*out_ns < 0)
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("%s: a time cannot be negative"), flag);
      return FALSE;
    }

  return TRUE;
}

gboolean
cor_cli_parse_double (const char  *flag,
                      const char  *text,
                      double       min,
                      double       max,
                      double      *out_value,
                      GError     **error)
{
  char *end = NULL;
  double value;

  if (text == NULL || *text == '\0' || g_ascii_isspace (*text))
    goto bad;

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (errno != 0 || end == text || *end != '\0' || !isfinite (value))
    goto bad;

  if (value < min || value > max)
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("%s: %s is out of range (%g to %g)"), flag, text, min, max);
      return FALSE;
    }

  *out_value = value;
  return TRUE;

bad:
  g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
               _("%s: “%s” is not a number"), flag, text ? text : "");
  return FALSE;
}

gboolean
cor_cli_require (const char  *flag,
                 const char  *value,
                 GError     **error)
{
  if (value == NULL)
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE, _("missing required %s"), flag);
      return FALSE;
    }

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE, _("%s must not be empty"), flag);
  return FALSE;
}

CorStore *
cor_cli_open_case (const char  *path,
                   gboolean     read_only,
                   GError     **error)
{
  CorStore *store;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s: no such case file (create one with “corroborate new”)"), path);
      return NULL;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s: is a folder, not a case file"), path);
      return NULL;
    }

  store = cor_store_open (path, read_only ? COR_STORE_OPEN_READ_ONLY : COR_STORE_OPEN_DEFAULT,
                          error);
  if (store == NULL && error != NULL && *error != NULL && strstr ((*error)->message, path) == NULL)
    g_prefix_error (error, "%s: ", path);

  return store;
}

static gboolean
usable_name (const char *name)
{
  return name != NULL && *name != '\0' && g_utf8_validate (name, -1, NULL)
         && g_strcmp0 (name, "Unknown") != 0;
}

char *
cor_cli_resolve_analyst (const char *given,
                         CorStore   *store)
{
  const char *env = g_getenv ("COR_ANALYST");

  if (usable_name (given))
    return g_strdup (given);
  if (usable_name (env))
    return g_strdup (env);
  if (store != NULL && usable_name (cor_store_get_analyst (store)))
    return g_strdup (cor_store_get_analyst (store));
  if (usable_name (g_get_real_name ()))
    return g_strdup (g_get_real_name ());
  if (usable_name (g_get_user_name ()))
    return g_strdup (g_get_user_name ());

  return g_strdup ("unknown");
}

void
cor_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  gsize length = 0;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  fwrite (text, 1, length, stdout);
  fputc ('\n', stdout);
}

void
cor_cli_print_progress (double   fraction,
                        gpointer user_data)
{
  CorCliProgress *progress = user_data;
  int percent = (int) (CLAMP (fraction, 0.0, 1.0) * 100.0);

  if (percent == progress->last_percent)
    return;

  progress->last_percent = percent;
  fprintf (stderr, "\r%s %3d%%", progress->label, percent);
  if (percent == 100)
    fputc ('\n', stderr);
  fflush (stderr);
}

gboolean
cor_cli_flush_stdout (GError **error)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved_errno = errno;

      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("cannot write the output: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gsize
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  return g_unichar_iswide (c) ? 2 : 1;
}

gsize
cor_cli_text_width (const char *text)
{
  gsize width = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    width += char_width (g_utf8_get_char (p));

  return width;
}

char *
cor_cli_cell (const char *text,
              gsize       max_width)
{
  g_autofree char *valid = NULL;
  GString *out;
  gsize width = 0;
  gboolean cut;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  cut = max_width > 0 && cor_cli_text_width (valid) > max_width;
  out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize w;

      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        c = ' ';
      w = char_width (c);

      if (cut && width + w > max_width - 1)
        {
          g_string_append (out, "…");
          break;
        }

      g_string_append_unichar (out, c);
      width += w;
    }

  return g_string_free (out, FALSE);
}

/* Table */

struct _CorCliTable
{
  guint      n_columns;
  GPtrArray *rows;  /* GStrv */
};

static GStrv
collect_row (guint   n_columns,
             va_list args)
{
  GStrv row = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    row[i] = cor_cli_cell (va_arg (args, const char *), 60);

  return row;
}

CorCliTable *
cor_cli_table_new (guint n_columns,
                   ...)
{
  CorCliTable *table = g_new0 (CorCliTable, 1);
  va_list args;

  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  va_start (args, n_columns);
  g_ptr_array_add (table->rows, collect_row (n_columns, args));
  va_end (args);

  return table;
}

void
cor_cli_table_add (CorCliTable *table,
                   ...)
{
  va_list args;

  va_start (args, table);
  g_ptr_array_add (table->rows, collect_row (table->n_columns, args));
  va_end (args);
}

void
cor_cli_table_print (CorCliTable *table)
{
  g_autofree gsize *widths = g_new0 (gsize, table->n_columns);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], cor_cli_text_width (row[c]));
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (table->rows, r);
      GString *line = g_string_new (NULL);

      for (guint c = 0; c < table->n_columns; c++)
        {
          g_string_append (line, row[c]);
          if (c + 1 < table->n_columns)
            {
              gsize pad = widths[c] - cor_cli_text_width (row[c]) + 2;

              for (gsize i = 0; i < pad; i++)
                g_string_append_c (line, ' ');
            }
        }

      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);

      fputs (line->str, stdout);
      fputc ('\n', stdout);
      g_string_free (line, TRUE);
    }
}

void
cor_cli_table_free (CorCliTable *table)
{
  if (table == NULL)
    return;

  g_ptr_array_unref (table->rows);
  g_free (table);
}

static const CorCliCommand *
find_command (int    argc,
              char **argv,
              int   *n_words)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (argv[1], commands[i].word1) != 0)
        continue;
      if (commands[i].word2 == NULL)
        {
          *n_words = 1;
          return &commands[i];
        }
      if (argc > 2 && g_strcmp0 (argv[2], commands[i].word2) == 0)
        {
          *n_words = 2;
          return &commands[i];
        }
    }

  return NULL;
}

/* Public API */

gboolean
cor_cli_is_command (const char *word)
{
  static const char *const extra[] = { "help", "--help", "-h", "--version", NULL };

  if (word == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (word, commands[i].word1) == 0)
      return TRUE;

  return g_strv_contains (extra, word);
}

int
cor_cli_run (int    argc,
             char **argv)
{
  const CorCliCommand *command;
  g_auto(GStrv) sub_argv = NULL;
  int n_words = 0;
  int status;

  if (argc < 2)
    {
      print_usage (stderr);
      return COR_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("corroborate %s\n", PACKAGE_VERSION);
      return COR_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "help") || g_str_equal (argv[1], "--help")
      || g_str_equal (argv[1], "-h"))
    {
      print_usage (stdout);
      return COR_CLI_EXIT_OK;
    }

  command = find_command (argc, argv, &n_words);
  if (command == NULL)
    {
      g_autofree char *word = g_utf8_make_valid (argv[1], -1);
      gboolean two_words = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        two_words |= commands[i].word2 != NULL && g_str_equal (argv[1], commands[i].word1);

      if (two_words)
        {
          g_autofree char *second = argc > 2 ? g_utf8_make_valid (argv[2], -1) : NULL;

          if (second != NULL)
            g_printerr ("corroborate: %s “%s %s”; %s\n", _("unknown command"), word, second,
                        _("run “corroborate --help”"));
          else
            g_printerr ("corroborate: “%s” %s\n", word, _("needs a sub-command, e.g. “add”"));
        }
      else
        g_printerr ("corroborate: %s “%s”; %s\n", _("unknown command"), word,
                    _("run “corroborate --help”"));
      return COR_CLI_EXIT_USAGE;
    }

  sub_argv = g_new0 (char *, argc - n_words + 1);
  sub_argv[0] = command->word2 ? g_strdup_printf ("%s %s", command->word1, command->word2)
                               : g_strdup (command->word1);
  for (int i = 1 + n_words; i < argc; i++)
    sub_argv[i - n_words] = g_strdup (argv[i]);

  status = command->run (sub_argv);
  if (fflush (stdout) != 0 && status == COR_CLI_EXIT_OK)
    {
      g_printerr ("corroborate: %s: %s\n", _("cannot write the output"), g_strerror (errno));
      status = COR_CLI_EXIT_FAILURE;
    }

  return status;
}
