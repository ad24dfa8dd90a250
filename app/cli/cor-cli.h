/* cor-cli.h — the headless subcommands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @word names a subcommand ("new", "article", "clip", "annotate", ...) */
gboolean cor_cli_is_command (const char *word);
/* Runs the subcommand in argv[1]; returns the exit status: 0 ok, 1 failure, 2 usage */
int      cor_cli_run        (int         argc,
                             char      **argv);

G_END_DECLS
