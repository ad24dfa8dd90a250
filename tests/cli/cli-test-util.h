/* cli-test-util.h — running the built `corroborate` executable in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "../common/cor-test-tree.h"
#include <json-glib/json-glib.h>

#include "cor-store.h"

G_BEGIN_DECLS

/* Runs `$COR_EXE ARGS...` (NULL-terminated) and returns its exit status; stdout
 * and stderr are returned in @out and @err (nullable). */
int       cli_run             (char       **out,
                               char       **err,
                               const char  *first_arg,
                               ...) G_GNUC_NULL_TERMINATED;
int       cli_runv            (const char *const *args,
                               char       **out,
                               char       **err);
/* The same, asserting status 0, returning stdout with the final newline removed */
char     *cli_ok              (const char  *first_arg,
                               ...) G_GNUC_NULL_TERMINATED;

char     *cli_tmpdir          (void);

/* A test's case: case.corroborate in a fresh temporary folder */
typedef struct
{
  char *dir;
  char *case_path;
} CliCase;

/* Makes the folder and the case with `new CASE --title TITLE [--analyst ANALYST]` */
void      cli_case_init       (CliCase     *c,
                               const char  *title,
                               const char  *analyst);
/* Removes the folder and frees the paths */
void      cli_case_clear      (CliCase     *c);

/* A 1 s 160x120 VP8 WebM clip made with gst-launch-1.0; @pattern is a
 * videotestsrc pattern number, so that different patterns give different files */
char     *cli_make_clip       (const char  *dir,
                               const char  *name,
                               int          pattern);

char     *cli_file_sha256     (const char  *path);

/* Parses JSON, failing the test on a syntax error */
JsonNode *cli_parse_json      (const char  *text);

/* A fingerprint of a case file: the SHA-256 of the file, the audit count and the
 * output of `list CASE articles|clips|annotations|claims --json`.
 * Two equal fingerprints mean nothing was written. */
char     *cli_case_state      (const char  *case_path);

/* Opens the case read-only with the store API (closes with g_object_unref) */
CorStore *cli_open_store      (const char  *case_path);

G_END_DECLS
