/* test-ui-format.c — UI state computed by plain functions, no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-error.h"
#include "cor-time.h"
#include "cor-store.h"
#include "cor-ui-format.h"

static void
test_size (void)
{
  g_autofree char *small = cor_ui_format_size (0);
  g_autofree char *mb = cor_ui_format_size (12345678);
  g_autofree char *unknown = cor_ui_format_size (-1);

  /* g_format_size() keeps number and unit together with a no-break space */
  g_assert_cmpstr (small, ==, "0 bytes");
  g_assert_cmpstr (mb, ==, "12.3\u00a0MB");
  g_assert_cmpstr (unknown, ==, "Unknown size");
}

static void
test_clip_subtitle (void)
{
  const char *sha = "3f2a9c1b0000000000000000000000000000000000000000000000000000abcd";
  g_autofree char *full = cor_ui_format_clip_subtitle (83456 * COR_NS_PER_MS, sha);
  g_autofree char *no_hash = cor_ui_format_clip_subtitle (0, NULL);
  g_autofree char *no_duration = cor_ui_format_clip_subtitle (-1, sha);
  g_autofree char *hours = cor_ui_format_clip_subtitle (3 * 3600 * COR_NS_PER_SECOND, "");

  g_assert_cmpstr (full, ==, "00:01:23.456 · 3f2a9c1b");
  g_assert_cmpstr (no_hash, ==, "00:00:00.000");
  g_assert_cmpstr (no_duration, ==, "No duration · 3f2a9c1b");
  g_assert_cmpstr (hours, ==, "03:00:00.000");
}

static void
test_article_subtitle (void)
{
  g_autofree char *both = cor_ui_format_article_subtitle ("Yonhap", "2024-10-18");
  g_autofree char *outlet = cor_ui_format_article_subtitle ("Yonhap", "");
  g_autofree char *date = cor_ui_format_article_subtitle (NULL, "2024-10");
  g_autofree char *none = cor_ui_format_article_subtitle ("", NULL);

  g_assert_cmpstr (both, ==, "Yonhap · 2024-10-18");
  g_assert_cmpstr (outlet, ==, "Yonhap");
  g_assert_cmpstr (date, ==, "2024-10");
  g_assert_null (none);
}

static void
test_window_title (void)
{
  g_autofree char *full = cor_ui_format_window_title ("Sergeevka", "/cases/kursk.corroborate");
  g_autofree char *untitled = cor_ui_format_window_title ("", "/cases/kursk.corroborate");
  g_autofree char *none = cor_ui_format_window_title (NULL, NULL);

  g_assert_cmpstr (full, ==, "Sergeevka — kursk.corroborate");
  g_assert_cmpstr (untitled, ==, "kursk.corroborate");
  g_assert_cmpstr (none, ==, "Corroborate");
}

static void
test_media_values (void)
{
  g_autofree char *res = cor_ui_format_resolution (1920, 1080);
  g_autofree char *ntsc = cor_ui_format_frame_rate (30000, 1001);
  g_autofree char *film = cor_ui_format_frame_rate (24000, 1001);
  g_autofree char *pal = cor_ui_format_frame_rate (25, 1);
  g_autofree char *half = cor_ui_format_frame_rate (25, 2);
  g_autofree char *rel = cor_ui_format_reliability ("b");
  g_autofree char *rel_f = cor_ui_format_reliability ("F");
  g_autofree char *rel_other = cor_ui_format_reliability ("B2");

  g_assert_cmpstr (res, ==, "1920 × 1080");
  g_assert_null (cor_ui_format_resolution (0, 1080));
  g_assert_cmpstr (ntsc, ==, "29.97 fps");
  g_assert_cmpstr (film, ==, "23.976 fps");
  g_assert_cmpstr (pal, ==, "25 fps");
  g_assert_cmpstr (half, ==, "12.5 fps");
  g_assert_null (cor_ui_format_frame_rate (0, 0));
  g_assert_null (cor_ui_format_frame_rate (25, 0));
  g_assert_cmpstr (rel, ==, "B — Usually reliable");
  g_assert_cmpstr (rel_f, ==, "F — Reliability cannot be judged");
  g_assert_cmpstr (rel_other, ==, "B2");
  g_assert_null (cor_ui_format_reliability (""));
}

static void
test_timestamp (void)
{
  g_autofree char *utc = cor_ui_format_timestamp ("2026-11-22T10:24:14.123Z");
  g_autofree char *offset = cor_ui_format_timestamp ("2024-10-18T09:00:00+09:00");
  g_autofree char *date = cor_ui_format_timestamp ("2024-10-18");

  /* the tests run with TZ=UTC */
  g_assert_cmpstr (utc, ==, "2026-11-22 10:24:14 UTC");
  g_assert_cmpstr (offset, ==, "2024-10-18 00:00:00 UTC");
  g_assert_cmpstr (date, ==, "2024-10-18");
  g_assert_null (cor_ui_format_timestamp (""));
  g_assert_null (cor_ui_format_timestamp (NULL));
}

static void
test_paths (void)
{
  g_autofree char *title = cor_ui_case_title_from_path ("/a/b/My case.corroborate");
  g_autofree char *bare = cor_ui_case_title_from_path ("/a/b/.corroborate");
  g_autofree char *other = cor_ui_case_title_from_path ("notes.txt");
  g_autofree char *ext = cor_ui_ensure_extension ("/a/case");
  g_autofree char *kept = cor_ui_ensure_extension ("/a/case.corroborate");
  g_autofree char *label = cor_ui_recent_menu_label ("/a/my_case_2.corroborate");

  g_assert_cmpstr (title, ==, "My case");
  g_assert_cmpstr (bare, ==, ".corroborate");
  g_assert_cmpstr (other, ==, "notes.txt");
  g_assert_cmpstr (ext, ==, "/a/case.corroborate");
  g_assert_cmpstr (kept, ==, "/a/case.corroborate");
  g_assert_cmpstr (label, ==, "my__case__2");
}

static void
test_unique_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-ui-XXXXXX", &error);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  g_assert_no_error (error);

  first = cor_ui_unique_case_path (dir, "Untitled case");
  g_assert_true (g_str_has_suffix (first, "/Untitled case.corroborate"));
  g_assert_true (g_file_set_contents (first, "", 0, &error));

  second = cor_ui_unique_case_path (dir, "Untitled case");
  g_assert_true (g_str_has_suffix (second, "/Untitled case 2.corroborate"));
  g_assert_true (g_file_set_contents (second, "", 0, &error));

  third = cor_ui_unique_case_path (dir, "Untitled case");
  g_assert_true (g_str_has_suffix (third, "/Untitled case 3.corroborate"));

  g_assert_cmpint (g_unlink (first), ==, 0);
  g_assert_cmpint (g_unlink (second), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_recent_add (void)
{
  const char *list[] = { "/a", "/b", "/c", NULL };
  const char *dupes[] = { "/a", "/b", "/a", "", "/c", NULL };
  g_auto(GStrv) from_null = cor_ui_recent_add (NULL, "/x", 10);
  g_auto(GStrv) prepended = cor_ui_recent_add (list, "/x", 10);
  g_auto(GStrv) moved = cor_ui_recent_add (list, "/c", 10);
  g_auto(GStrv) capped = cor_ui_recent_add (list, "/x", 2);
  g_auto(GStrv) deduped = cor_ui_recent_add (dupes, "/b", 10);
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) ten = NULL;

  g_assert_cmpstrv (from_null, ((const char *[]) { "/x", NULL }));
  g_assert_cmpstrv (prepended, ((const char *[]) { "/x", "/a", "/b", "/c", NULL }));
  g_assert_cmpstrv (moved, ((const char *[]) { "/c", "/a", "/b", NULL }));
  g_assert_cmpstrv (capped, ((const char *[]) { "/x", "/a", NULL }));
  g_assert_cmpstrv (deduped, ((const char *[]) { "/b", "/a", "/c", NULL }));

  for (guint i = 0; i < 15; i++)
    g_ptr_array_add (many, g_strdup_printf ("/case-%u", i));
  g_ptr_array_add (many, NULL);
  ten = cor_ui_recent_add ((const char * const *) many->pdata, "/new", COR_UI_RECENT_MAX);
  g_assert_cmpuint (g_strv_length (ten), ==, 10);
  g_assert_cmpstr (ten[0], ==, "/new");
  g_assert_cmpstr (ten[9], ==, "/case-8");
}

static void
test_recent_prune (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cor-ui-XXXXXX", &error);
  g_autofree char *kept = g_build_filename (dir, "kept.corroborate", NULL);
  g_autofree char *gone = g_build_filename (dir, "gone.corroborate", NULL);
  const char *list[] = { gone, kept, dir, "", NULL };
  g_auto(GStrv) pruned = NULL;

  g_assert_true (g_file_set_contents (kept, "x", 1, &error));
  pruned = cor_ui_recent_prune (list);
  g_assert_cmpstrv (pruned, ((const char *[]) { kept, NULL }));

  g_assert_cmpint (g_unlink (kept), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_describe_error (void)
{
  g_autoptr(GError) too_new = g_error_new_literal (COR_STORE_ERROR, COR_STORE_ERROR_TOO_NEW,
                                                   "schema version 7 is newer than 1");
  g_autoptr(GError) not_case = g_error_new_literal (COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_CASE,
                                                    "no case_info table");
  g_autoptr(GError) noent = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "gone");
  g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "boom");
  g_autofree char *a = cor_ui_describe_case_error (too_new);
  g_autofree char *b = cor_ui_describe_case_error (not_case);
  g_autofree char *c = cor_ui_describe_case_error (noent);
  g_autofree char *d = cor_ui_describe_case_error (other);

  g_assert_true (g_str_has_prefix (a, "The case was saved by a newer version of Corroborate."));
  g_assert_nonnull (strstr (a, "schema version 7 is newer than 1"));
  g_assert_true (g_str_has_prefix (b, "This file is a database, but not a Corroborate case."));
  g_assert_nonnull (strstr (b, "no case_info table"));
  g_assert_true (g_str_has_prefix (c, "The file does not exist."));
  g_assert_cmpstr (d, ==, "Something went wrong with the case file.\n\nboom");
}

static void
test_describe_import_error (void)
{
  g_autoptr(GError) not_media = g_error_new_literal (COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                                                     "no audio or video stream");
  g_autoptr(GError) duplicate = g_error_new_literal (COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE,
                                                     "already clip 3 (queue)");
  g_autofree char *a = cor_ui_describe_import_error ("/x/notes.txt", not_media);
  g_autofree char *b = cor_ui_describe_import_error ("/x/queue.mp4", duplicate);

  g_autoptr(GError) decoder = g_error_new_literal (COR_MEDIA_ERROR,
                                                   COR_MEDIA_ERROR_MISSING_DECODER,
                                                   "Needs the H.265 decoder");
  g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "boom");
  g_autofree char *c = cor_ui_describe_import_error ("/x/a.mkv", decoder);
  g_autofree char *d = cor_ui_describe_import_error ("/x/b.mkv", other);

  g_assert_cmpstr (a, ==, "“notes.txt”: The file is not audio or video.");
  g_assert_cmpstr (b, ==, "“queue.mp4”: already clip 3 (queue)");
  g_assert_cmpstr (c, ==,
                   "“a.mkv”: A decoder this file needs is not installed. Needs the H.265 decoder");
  g_assert_cmpstr (d, ==, "“b.mkv”: The file could not be imported. boom");
}

static void
test_language (void)
{
  g_autofree char *korean = cor_ui_format_language ("ko", "Korean");
  g_autofree char *bare = cor_ui_format_language ("xx", NULL);

  /* the test runs in C.UTF-8 without LANGUAGE: names stay English */
  g_assert_cmpstr (korean, ==, "Korean (ko)");
  g_assert_cmpstr (bare, ==, "xx");
  g_assert_cmpstr (cor_ui_language_name ("Not a language name"), ==, "Not a language name");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/format/size", test_size);
  g_test_add_func ("/ui/format/clip-subtitle", test_clip_subtitle);
  g_test_add_func ("/ui/format/article-subtitle", test_article_subtitle);
  g_test_add_func ("/ui/format/window-title", test_window_title);
  g_test_add_func ("/ui/format/media-values", test_media_values);
  g_test_add_func ("/ui/format/timestamp", test_timestamp);
  g_test_add_func ("/ui/format/paths", test_paths);
  g_test_add_func ("/ui/format/unique-path", test_unique_path);
  g_test_add_func ("/ui/recent/add", test_recent_add);
  g_test_add_func ("/ui/recent/prune", test_recent_prune);
  g_test_add_func ("/ui/format/describe-error", test_describe_error);
  g_test_add_func ("/ui/format/describe-import-error", test_describe_import_error);
  g_test_add_func ("/ui/format/language", test_language);

  return g_test_run ();
}
