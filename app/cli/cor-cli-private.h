/* cor-cli-private.h — what the subcommand files of the CLI share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cor-core.h"
#include "cor-store.h"

G_BEGIN_DECLS

/* Exit status of every subcommand.
 *
 * USAGE (2): the command line itself is wrong and could be refused without looking
 *   at the case or at any file: an unknown command or flag, a missing required flag
 *   or argument, a malformed id, number, time, date or coordinate, a value out of its
 *   range (latitude outside ±90, --until not after --at), an unknown kind.
 * FAILURE (1): the command line is well formed but the case or the file system
 *   refuses it: the case does not exist or is not a case, an unknown id, a value the
 *   store refuses, a missing or unreadable media file, an output that cannot be
 *   written, a clip whose file changed (verify).
 * On both, nothing was written to the case. */
typedef enum
{
  COR_CLI_EXIT_OK      = 0,
  COR_CLI_EXIT_FAILURE = 1,
  COR_CLI_EXIT_USAGE   = 2,
} CorCliExit;

#define COR_CLI_ERROR (cor_cli_error_quark ())

typedef enum
{
  COR_CLI_ERROR_USAGE,   /* exit 2 */
  COR_CLI_ERROR_FAILED,  /* exit 1 */
} CorCliError;

GQuark    cor_cli_error_quark      (void);

/* Prints "corroborate: MESSAGE" on stderr and returns the exit status for @error:
 * 2 for COR_CLI_ERROR_USAGE, G_OPTION_ERROR and COR_TIME_ERROR, else 1. */
int       cor_cli_report_error     (const GError  *error);

/* Parses the options of subcommand @command ("article add") in place. On error
 * sets a usage error. --help prints the help and exits with status 0. */
gboolean  cor_cli_parse_options    (const char    *command,
                                    const char    *parameters,
                                    const char    *summary,
                                    const GOptionEntry *entries,
                                    char        ***argv,
                                    GError       **error);
/* After parsing, @argv[0] is the command; checks that exactly @n_positional
 * arguments follow, naming the first missing one from @names (NULL-terminated). */
gboolean  cor_cli_check_positional (char         **argv,
                                    const char    *const *names,
                                    GError       **error);

/* "--clip" → id > 0 */
gboolean  cor_cli_parse_id         (const char    *flag,
                                    const char    *text,
                                    gint64        *out_id,
                                    GError       **error);
gboolean  cor_cli_parse_time       (const char    *flag,
                                    const char    *text,
                                    gint64        *out_ns,
                                    GError       **error);
gboolean  cor_cli_parse_double     (const char    *flag,
                                    const char    *text,
                                    double         min,
                                    double         max,
                                    double        *out_value,
                                    GError       **error);
/* A required string flag that is missing or blank */
gboolean  cor_cli_require          (const char    *flag,
                                    const char    *value,
                                    GError       **error);

/* Opens an existing case. A missing file, or one that is not a case, is a failure. */
CorStore *cor_cli_open_case        (const char    *path,
                                    gboolean       read_only,
                                    GError       **error);
/* The analyst for the audit log: @given, else $COR_ANALYST, else the analyst the
 * store reports for the case, else the user's real name, else the user name. */
char     *cor_cli_resolve_analyst  (const char    *given,
                                    CorStore      *store);

/* Writes @node as pretty JSON and a newline on stdout */
void      cor_cli_print_json       (JsonNode      *node);
/* Writes @text on stdout with a newline; FALSE when stdout cannot be written */
gboolean  cor_cli_flush_stdout     (GError       **error);

/* Progress of a long command on stderr: "LABEL  42%", rewritten in place, a newline at
 * 100%. Pass a CorCliProgress ({ label, -1 }) as the CorProgressFunc's data. */
typedef struct
{
  const char *label;
  int         last_percent;   /* -1 before the first report */
} CorCliProgress;

void      cor_cli_print_progress   (double         fraction,
                                    gpointer       user_data);

/* Display width of @text in terminal columns (wide CJK counts 2) */
gsize     cor_cli_text_width       (const char    *text);
/* One line for a table cell: control characters become spaces, at most @max_width
 * columns (cut with "…") */
char     *cor_cli_cell             (const char    *text,
                                    gsize          max_width);

/* A simple text table: add rows of @n_columns cells, then print with aligned columns */
typedef struct _CorCliTable CorCliTable;

CorCliTable *cor_cli_table_new     (guint          n_columns,
                                    ...);
void      cor_cli_table_add        (CorCliTable   *table,
                                    ...);
void      cor_cli_table_print      (CorCliTable   *table);
void      cor_cli_table_free       (CorCliTable   *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorCliTable, cor_cli_table_free)

/* Shared by the subcommands that add records (cor-cli-records.c) */
/* An ISO 639 code as given, or the code of a language name of the case's vocabulary */
char     *cor_cli_resolve_language     (CorStore    *store,
                                        const char  *flag,
                                        const char  *text,
                                        GError     **error);
/* Ids of a repeatable --article flag: "ID", or "ID:RELATION" when @allow_relation */
GArray   *cor_cli_parse_article_refs   (char       **texts,
                                        CorRelation  default_relation,
                                        gboolean     allow_relation,
                                        GError     **error);
gboolean  cor_cli_check_articles_exist (CorStore    *store,
                                        GArray      *links,
                                        GError     **error);
/* Prints a new record's id alone on a line */
gboolean  cor_cli_print_id             (gint64       id,
                                        GError     **error);
/* Rolls back the store's open transaction (cor_store_begin_transaction), if any */
void      cor_cli_roll_back            (CorStore    *store);

/* Subcommands. @argv is a NULL-terminated copy the command may modify; argv[0] is
 * the command's name. Each returns a CorCliExit. */
int       cor_cli_cmd_new          (char **argv);
int       cor_cli_cmd_article_add  (char **argv);
int       cor_cli_cmd_claim_add    (char **argv);
int       cor_cli_cmd_claim_link   (char **argv);
int       cor_cli_cmd_claim_unlink (char **argv);
int       cor_cli_cmd_link         (char **argv);
int       cor_cli_cmd_unlink       (char **argv);
int       cor_cli_cmd_clip_link    (char **argv);
int       cor_cli_cmd_clip_unlink  (char **argv);
int       cor_cli_cmd_clip_add     (char **argv);
int       cor_cli_cmd_annotate     (char **argv);
int       cor_cli_cmd_list         (char **argv);
int       cor_cli_cmd_search       (char **argv);
int       cor_cli_cmd_verify       (char **argv);
int       cor_cli_cmd_report       (char **argv);
int       cor_cli_cmd_export       (char **argv);
int       cor_cli_cmd_import       (char **argv);

G_END_DECLS
