/* cor-demo.h — the shipped demo case and the user's copies of it (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo case is built at build time by data/demo/make-demo-case.sh into a folder holding
 * demo.corroborate and its clips (_build/data/demo/, installed to datadir/corroborate/demo/).
 * The user never opens that one: cor_demo_copy() copies it into the user's cases folder (the
 * case file, and the clips in a folder beside it) and points the copy at the copied clips.
 * The shipped files are only read, never opened as a database.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The file name of the shipped case inside its folder */
#define COR_DEMO_CASE_FILE "demo.corroborate"

/* The folder holding the shipped demo case: the build tree's (COR_BUILD_DEMO_DIR) when it
 * holds demo.corroborate, else the installed datadir/corroborate/demo; NULL if neither does. */
char     *cor_demo_find_shipped_dir (void);

/* "DIR/BASE.corroborate" and the clip folder "DIR/BASE (clips)", with BASE followed by
 * " 2", " 3", ... until neither exists. Returns the case path; @out_clip_dir gets the folder. */
char     *cor_demo_unique_paths     (const char  *dir,
                                     const char  *base,
                                     char       **out_clip_dir);

/* Copies the shipped case in @shipped_dir into @cases_dir (created if needed) under a unique
 * name made from @base, its clips into a folder beside it, and records the copied clips'
 * paths in the copy (as @analyst in its audit log). The shipped files are left untouched;
 * on failure nothing is left behind. Returns the new case file's path. */
char     *cor_demo_copy             (const char  *shipped_dir,
                                     const char  *cases_dir,
                                     const char  *base,
                                     const char  *analyst,
                                     GError     **error);

G_END_DECLS
