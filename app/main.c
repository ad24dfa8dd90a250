/* main.c — the GUI, or a headless subcommand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cor-application.h"
#include "cor-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CorApplication) app = NULL;

  const char *localedir = g_getenv ("COR_LOCALEDIR"); /* the build dir's catalogs, before install */

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && cor_cli_is_command (argv[1]))
    return cor_cli_run (argc, argv);

  app = cor_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
