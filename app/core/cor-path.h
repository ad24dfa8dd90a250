/* cor-path.h — file paths relative to a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @path relative to the folder @base_dir, both absolute ("../../c/x.mp4" for "/a/c/x.mp4"
 * from "/a/b/case"); a trailing separator on @base_dir is ignored. NULL when either is not
 * absolute or they are on different roots. */
char *cor_path_relative_to (const char *path,
                            const char *base_dir);

G_END_DECLS
