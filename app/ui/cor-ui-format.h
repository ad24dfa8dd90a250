/* cor-ui-format.h — UI state as plain functions, testable without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COR_UI_RECENT_MAX 10

/* "12.3 MB" (decimal units, like Files); "Unknown size" when @bytes < 0 */
char     *cor_ui_format_size             (gint64              bytes);
/* A language's name in the user's language (iso-codes' catalogs), else the English @name */
const char *cor_ui_language_name        (const char         *name);
/* "Korean (ko)", translated */
char     *cor_ui_format_language        (const char         *code,
                                         const char         *name);
/* "00:01:23.456 · 3f2a9c1b": duration (or "No duration") and the first 8 hex
 * digits of the SHA-256 (left out when @sha256 is NULL or empty) */
char     *cor_ui_format_clip_subtitle    (gint64              duration_ns,
                                          const char         *sha256);
/* "Outlet · 2024-10-18"; either part may be missing; NULL when both are */
char     *cor_ui_format_article_subtitle (const char         *outlet,
                                          const char         *published);
/* "Case title — file.corroborate"; just "Corroborate" when @path is NULL */
char     *cor_ui_format_window_title     (const char         *case_title,
                                          const char         *path);
/* "1920 × 1080"; NULL when unknown */
char     *cor_ui_format_resolution       (int                 width,
                                          int                 height);
/* "25 fps", "29.97 fps"; NULL when unknown */
char     *cor_ui_format_frame_rate       (int                 fps_n,
                                          int                 fps_d);
/* "B — Usually reliable" (Admiralty scale); NULL for NULL or empty */
char     *cor_ui_format_reliability      (const char         *code);
/* An ISO 8601 time as "2024-10-18 14:03:07 UTC" in the local time zone, to the second;
 * text that is not a full ISO 8601 time (a bare date) is returned unchanged.
 * NULL for NULL or empty. */
char     *cor_ui_format_timestamp        (const char         *iso8601);
/* "/a/My case.corroborate" → "My case" */
char     *cor_ui_case_title_from_path    (const char         *path);
/* Appends ".corroborate" unless @path already ends with it */
char     *cor_ui_ensure_extension        (const char         *path);
/* "@dir/@base.corroborate", or "@dir/@base 2.corroborate", … the first that does
 * not exist */
char     *cor_ui_unique_case_path        (const char         *dir,
                                          const char         *base);
/* The recent-cases list after opening @path: @path first, no duplicates,
 * at most @max entries. @list may be NULL. */
GStrv     cor_ui_recent_add              (const char * const *list,
                                          const char         *path,
                                          guint               max);
/* @list without the entries whose file no longer exists */
GStrv     cor_ui_recent_prune            (const char * const *list);
/* The label of a recent case in a menu: the case title, underscores doubled so
 * that none is taken for a mnemonic */
char     *cor_ui_recent_menu_label       (const char         *path);
/* A plain sentence saying why a case could not be opened or created, for
 * errors of the store (not a case, damaged, too new, …) and of GIO, then the
 * error's own message in a second paragraph */
char     *cor_ui_describe_case_error     (const GError       *error);
/* One line for a media file that could not be imported: "“clip.txt”: The file is
 * not audio or video.", with the error's message where it adds details (which
 * clip it duplicates, which decoder is missing) */
char     *cor_ui_describe_import_error   (const char         *path,
                                          const GError       *error);

G_END_DECLS
