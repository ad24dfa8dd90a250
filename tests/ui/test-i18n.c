/* test-i18n.c — the CLI and the window speak the user's language (LANGUAGE=uk, fr)
 *
 * The CLI is the built executable (COR_EXE), spawned with LANGUAGE set; the window is built
 * in this process after switching the locale to Ukrainian, under Xvfb (skips without a
 * display). Catalogs come from the build dir (COR_LOCALEDIR). The French checks read the
 * expected text from po/fr.po at test time and skip what it has not translated yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cor-application.h"
#include "cor-store.h"
#include "cor-window.h"
#include "ui-test-util.h"

#define MISSING_CASE "/nonexistent.corroborate"

/* Runs the CLI with @language; returns its stdout and stderr joined */
static char *
run_cli (const char  *language,
         const char **args,
         int         *exit_status)
{
  const char *env[] = { "LANGUAGE", language, "LC_ALL", "C.UTF-8", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  *exit_status = ui_test_run_exe (args, env, &out, &err);

  return g_strconcat (out, err, NULL);
}

static char *
po_unescape (const char *quoted,
             gsize       length)
{
  GString *s = g_string_new (NULL);

  for (gsize i = 0; i < length; i++)
    {
      if (quoted[i] == '\\' && i + 1 < length)
        {
          i++;
          switch (quoted[i])
            {
            case 'n': g_string_append_c (s, '\n'); break;
            case 't': g_string_append_c (s, '\t'); break;
            default: g_string_append_c (s, quoted[i]); break;
            }
        }
      else
        g_string_append_c (s, quoted[i]);
    }

  return g_string_free (s, FALSE);
}

/* Appends the text of a line "KEYWORD "..."" or a continuation line ""..."" */
static void
append_quoted (GString    *to,
               const char *line)
{
  const char *open = strchr (line, '"');
  const char *close = strrchr (line, '"');
  g_autofree char *text = NULL;

  if (open == NULL || close <= open)
    return;
  text = po_unescape (open + 1, close - open - 1);
  g_string_append (to, text);
}

/* The msgstr of @msgid (no context, not plural) in the .po file @path: NULL when the file
 * is missing, the message is absent, fuzzy or untranslated (what msgfmt leaves out too) */
static char *
po_lookup (const char *path,
           const char *msgid)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) id = g_string_new (NULL);
  g_autoptr(GString) str = g_string_new (NULL);
  GString *field = NULL;
  gboolean fuzzy = FALSE;
  gboolean has_ctxt = FALSE;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];

      if (line == NULL || *line == '\0')
        {
          /* the end of an entry */
          if (field != NULL && !fuzzy && !has_ctxt && g_str_equal (id->str, msgid))
            return str->len > 0 ? g_strdup (str->str) : NULL;
          if (line == NULL)
            return NULL;
          g_string_truncate (id, 0);
          g_string_truncate (str, 0);
          field = NULL;
          fuzzy = FALSE;
          has_ctxt = FALSE;
          continue;
        }

      if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        fuzzy = TRUE;
      else if (line[0] == '#')
        continue;
      else if (g_str_has_prefix (line, "msgctxt "))
        {
          has_ctxt = TRUE;
          field = NULL;
        }
      else if (g_str_has_prefix (line, "msgid_plural ") || g_str_has_prefix (line, "msgstr["))
        {
          has_ctxt = TRUE; /* a plural entry: not what we look up */
          field = NULL;
        }
      else if (g_str_has_prefix (line, "msgid "))
        {
          field = id;
          append_quoted (field, line);
        }
      else if (g_str_has_prefix (line, "msgstr "))
        {
          field = str;
          append_quoted (field, line);
        }
      else if (line[0] == '"' && field != NULL)
        append_quoted (field, line);
    }
}

static char *
french_po (void)
{
  const char *srcdir = g_getenv ("COR_TEST_SRCDIR");

  g_assert_nonnull (srcdir);

  return g_build_filename (srcdir, "..", "po", "fr.po", NULL);
}

static gboolean
french_mo_exists (void)
{
  const char *localedir = g_getenv ("COR_LOCALEDIR");
  g_autofree char *mo = NULL;

  g_assert_nonnull (localedir);
  mo = g_build_filename (localedir, "fr", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  return g_file_test (mo, G_FILE_TEST_IS_REGULAR);
}

/* The CLI */

static void
test_cli_help_uk (void)
{
  const char *help[] = { "--help", NULL };
  const char *new_help[] = { "new", "--help", NULL };
  g_autofree char *text = NULL;
  g_autofree char *new_text = NULL;
  int status;

  text = run_cli ("uk", help, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (text, "Використання:"));
  g_assert_nonnull (strstr (text, "Виконайте «corroborate КОМАНДА --help»"));
  /* command names and flags stay as the program parses them */
  g_assert_nonnull (strstr (text, "corroborate new CASE --title TITLE"));
  g_assert_null (strstr (text, "Usage:"));

  new_text = run_cli ("uk", new_help, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (new_text, "Створює новий файл справи та виводить його UUID."));
  g_assert_nonnull (strstr (new_text, "--title"));
}

static void
test_cli_error_uk (void)
{
  const char *args[] = { "list", MISSING_CASE, "clips", NULL };
  g_autofree char *text = NULL;
  int status;

  text = run_cli ("uk", args, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (text, "corroborate: " MISSING_CASE ": немає такого файлу справи"));
  g_assert_null (strstr (text, "no such case file"));
}

/* Expects the French msgstr of @msgid, with %s replaced by @arg, in the output of @args */
static void
expect_french (const char **args,
               const char  *msgid,
               const char  *arg)
{
  g_autofree char *po = french_po ();
  g_autofree char *msgstr = po_lookup (po, msgid);
  g_autoptr(GString) expected = NULL;
  g_autofree char *text = NULL;
  int status;

  if (msgstr == NULL)
    {
      g_test_skip ("po/fr.po does not translate this message yet");
      return;
    }
  if (!french_mo_exists ())
    {
      g_test_skip ("the French catalog is not built");
      return;
    }

  expected = g_string_new (msgstr);
  if (arg != NULL)
    g_string_replace (expected, "%s", arg, 0);

  text = run_cli ("fr", args, &status);
  g_test_message ("expecting “%s”", expected->str);
  g_assert_nonnull (strstr (text, expected->str));
}

static void
test_cli_help_fr (void)
{
  const char *help[] = { "--help", NULL };

  expect_french (help, "Run “corroborate COMMAND --help” for the options of a command.", NULL);
}

static void
test_cli_error_fr (void)
{
  const char *args[] = { "list", MISSING_CASE, "clips", NULL };

  expect_french (args, "%s: no such case file (create one with “corroborate new”)",
                 MISSING_CASE);
}

static void
test_po_lookup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-i18n-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *found = NULL;
  g_autofree char *wrapped = NULL;
  const char *po =
    "msgid \"\"\nmsgstr \"\"\n\"Language: xx\\n\"\n\n"
    "#: a.c:1\nmsgid \"Usage:\"\nmsgstr \"Utilisation :\"\n\n"
    "#, fuzzy\nmsgid \"Fuzzy\"\nmsgstr \"Flou\"\n\n"
    "msgid \"Empty\"\nmsgstr \"\"\n\n"
    "msgctxt \"x\"\nmsgid \"Ctx\"\nmsgstr \"Contexte\"\n\n"
    "msgid \"\"\n\"Long \\\"one\\\"\"\nmsgstr \"\"\n\"Longue \"\n\"« une »\"\n";

  g_assert_no_error (error);
  path = g_build_filename (dir, "xx.po", NULL);
  g_assert_true (g_file_set_contents (path, po, -1, NULL));

  found = po_lookup (path, "Usage:");
  g_assert_cmpstr (found, ==, "Utilisation :");
  g_assert_null (po_lookup (path, "Fuzzy"));
  g_assert_null (po_lookup (path, "Empty"));
  g_assert_null (po_lookup (path, "Ctx"));
  g_assert_null (po_lookup (path, "Absent"));
  wrapped = po_lookup (path, "Long \"one\"");
  g_assert_cmpstr (wrapped, ==, "Longue « une »");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The texts of the mapped labels under @widget */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (texts->pdata[i], text))
      return TRUE;

  return FALSE;
}

static void
test_window_uk (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  CorApplication *app;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  CorWindow *window;

  if (!ui_test_have_display ())
    {
      g_test_skip ("no display: run under xvfb-run");
      return;
    }

  /* the window was switched to Ukrainian in main (), before GTK started */
  g_assert_cmpstr (_("Clips"), ==, "Кліпи");

  dir = ui_test_make_dir ("cor-i18n-XXXXXX");
  path = g_build_filename (dir, "case.corroborate", NULL);
  ui_test_create_case (path, "Sergeevka footage");

  app = ui_test_start_application ();
  window = cor_application_open_case (app, path, &error);
  g_assert_no_error (error);
  g_assert_true (COR_IS_WINDOW (window));
  g_assert_true (ui_test_wait_for (ui_test_widget_mapped, window));

  collect_labels (GTK_WIDGET (window), texts);
  for (guint i = 0; i < texts->len; i++)
    g_test_message ("label: %s", (const char *) texts->pdata[i]);

  /* the sidebar's heading and button, the empty case's page */
  g_assert_true (has_text (texts, "Кліпи"));
  g_assert_true (has_text (texts, "Статті"));
  g_assert_true (has_text (texts, "Усі спостереження"));
  g_assert_false (has_text (texts, "Clips"));
  g_assert_false (has_text (texts, "All Observations"));

  ui_test_stop_application (&app);
  cor_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  const char *localedir = g_getenv ("COR_LOCALEDIR");
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Ukrainian for this process, set up as main.c does, before GTK starts */
  g_assert_nonnull (localedir);
  g_setenv ("LANGUAGE", "uk", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  data_home = ui_test_isolate_application ("cor-i18n-data-XXXXXX");

  g_test_add_func ("/ui/i18n/po-lookup", test_po_lookup);
  g_test_add_func ("/ui/i18n/cli-help-uk", test_cli_help_uk);
  g_test_add_func ("/ui/i18n/cli-error-uk", test_cli_error_uk);
  g_test_add_func ("/ui/i18n/cli-help-fr", test_cli_help_fr);
  g_test_add_func ("/ui/i18n/cli-error-fr", test_cli_error_fr);
  g_test_add_func ("/ui/i18n/window-uk", test_window_uk);

  status = g_test_run ();
  cor_test_remove_tree (data_home);

  return status;
}
