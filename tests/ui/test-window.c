/* test-window.c — the application window on a real display (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-application.h"
#include "cor-error.h"
#include "cor-sidebar-row.h"
#include "cor-store.h"
#include "cor-time.h"
#include "cor-window.h"
#include "ui-test-util.h"

#define FAKE_SHA256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

typedef struct
{
  char           *dir;
  char           *path;
  CorApplication *app;
  CorWindow      *window;
  gint64          clip_id;
  gint64          article_id;
} Fixture;

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (COR_IS_SIDEBAR_ROW (child))
        {
          if (gtk_widget_get_mapped (child))
            g_ptr_array_add (rows, child);
        }
      else
        collect_rows (child, rows);
    }
}

/* The mapped row widgets of a list view, top to bottom */
static GPtrArray *
mapped_rows (GtkListView *view)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (view), rows);

  return rows;
}

static guint
n_model_items (GtkListView *view)
{
  GtkSelectionModel *model = gtk_list_view_get_model (view);

  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

typedef struct
{
  GtkListView *view;
  guint        n;
} RowCount;

static gboolean
rows_are (gpointer data)
{
  RowCount *count = data;
  g_autoptr(GPtrArray) rows = mapped_rows (count->view);

  return n_model_items (count->view) == count->n && rows->len == count->n;
}

static void
make_case (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autoptr(CorClaim) claim = cor_claim_new ();

  store = cor_store_create (f->path, "Sergeevka footage", "Test Analyst", &error);
  g_assert_no_error (error);

  cor_article_set_title (article, "North Korean troops filmed at Sergeevka");
  cor_article_set_outlet (article, "Yonhap");
  cor_article_set_published (article, "2024-10-18");
  cor_article_set_url (article, "https://example.org/sergeevka");
  cor_article_set_language (article, "en");
  cor_article_set_reliability (article, "B");
  cor_store_add_article (store, article, &error);
  g_assert_no_error (error);
  f->article_id = cor_article_get_id (article);

  cor_claim_set_article_id (claim, f->article_id);
  cor_claim_set_text (claim, "Soldiers in the clip are North Korean");
  cor_claim_set_claimant (claim, "South Korean intelligence");
  cor_store_add_claim (store, claim, &error);
  g_assert_no_error (error);

  cor_clip_set_title (clip, "Training ground queue");
  cor_clip_set_path (clip, "/nonexistent/queue.mp4");
  cor_clip_set_size (clip, 12345678);
  cor_clip_set_sha256 (clip, FAKE_SHA256);
  cor_clip_set_kind (clip, COR_CLIP_KIND_VIDEO);
  cor_clip_set_duration_ns (clip, 83456 * COR_NS_PER_MS);
  cor_clip_set_size_px (clip, 1280, 720);
  cor_clip_set_frame_rate (clip, 30000, 1001);
  cor_clip_set_origin (clip, "Telegram channel Astra");
  cor_store_add_clip (store, clip, &error);
  g_assert_no_error (error);
  f->clip_id = cor_clip_get_id (clip);

  cor_store_link_article_clip (store, f->article_id, f->clip_id, COR_RELATION_CITES, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!ui_test_have_display ())
    return;

  f->dir = ui_test_make_dir ("cor-ui-XXXXXX");
  f->path = g_build_filename (f->dir, "sergeevka.corroborate", NULL);
  make_case (f);

  /* the same path as `corroborate CASE` */
  f->app = ui_test_start_application ();

  f->window = cor_application_open_case (f->app, f->path, &error);
  g_assert_no_error (error);
  g_assert_true (COR_IS_WINDOW (f->window));
  g_assert_true (ui_test_wait_for (ui_test_widget_mapped, f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->app == NULL)
    return;

  ui_test_stop_application (&f->app);
  cor_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_lists_case (Fixture       *f,
                 gconstpointer  data)
{
  GtkListView *clips;
  GtkListView *articles;
  g_autoptr(GPtrArray) clip_rows = NULL;
  g_autoptr(GPtrArray) article_rows = NULL;
  RowCount one_clip;
  RowCount one_article;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  clips = cor_window_get_clips_view (f->window);
  articles = cor_window_get_articles_view (f->window);
  one_clip = (RowCount) { clips, 1 };
  one_article = (RowCount) { articles, 1 };
  g_assert_true (ui_test_wait_for (rows_are, &one_clip));
  g_assert_true (ui_test_wait_for (rows_are, &one_article));

  clip_rows = mapped_rows (clips);
  g_assert_cmpstr (cor_sidebar_row_get_title (clip_rows->pdata[0]), ==, "Training ground queue");
  g_assert_cmpstr (cor_sidebar_row_get_subtitle (clip_rows->pdata[0]), ==,
                   "00:01:23.456 · 01234567");

  article_rows = mapped_rows (articles);
  g_assert_cmpstr (cor_sidebar_row_get_title (article_rows->pdata[0]), ==,
                   "North Korean troops filmed at Sergeevka");
  g_assert_cmpstr (cor_sidebar_row_get_subtitle (article_rows->pdata[0]), ==,
                   "Yonhap · 2024-10-18");

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "Sergeevka footage — sergeevka.corroborate");
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "nothing-selected");
}

static void
test_live_update (Fixture       *f,
                  gconstpointer  data)
{
  CorStore *store;
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  RowCount count;
  gboolean found = FALSE;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  store = cor_window_get_store (f->window);
  g_assert_true (COR_IS_STORE (store));

  cor_article_set_title (article, "Intercepted radio: 힘들다야");
  cor_article_set_outlet (article, "Meduza");
  cor_store_add_article (store, article, &error);
  g_assert_no_error (error);

  count = (RowCount) { cor_window_get_articles_view (f->window), 2 };
  g_assert_true (ui_test_wait_for (rows_are, &count));

  rows = mapped_rows (count.view);
  for (guint i = 0; i < rows->len; i++)
    found |= g_strcmp0 (cor_sidebar_row_get_title (rows->pdata[i]),
                        "Intercepted radio: 힘들다야") == 0;
  g_assert_true (found);

  cor_clip_set_path (clip, "/nonexistent/radio.ogg");
  cor_clip_set_sha256 (clip, "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210");
  cor_clip_set_kind (clip, COR_CLIP_KIND_AUDIO);
  cor_store_add_clip (store, clip, &error);
  g_assert_no_error (error);

  count = (RowCount) { cor_window_get_clips_view (f->window), 2 };
  g_assert_true (ui_test_wait_for (rows_are, &count));

  cor_store_delete_article (store, cor_article_get_id (article), &error);
  g_assert_no_error (error);
  count = (RowCount) { cor_window_get_articles_view (f->window), 1 };
  g_assert_true (ui_test_wait_for (rows_are, &count));
}

static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_assert_true (cor_window_select_clip (f->window, f->clip_id));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "clip");

  g_assert_true (cor_window_select_article (f->window, f->article_id));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "article");
  g_assert_null (gtk_single_selection_get_selected_item (
    GTK_SINGLE_SELECTION (gtk_list_view_get_model (cor_window_get_clips_view (f->window)))));

  g_assert_false (cor_window_select_clip (f->window, 9999));

  /* the shown record goes away: back to the hint */
  g_assert_true (cor_window_select_clip (f->window, f->clip_id));
  cor_store_delete_clip (cor_window_get_store (f->window), f->clip_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "nothing-selected");

  cor_store_delete_article (cor_window_get_store (f->window), f->article_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "empty-case");
}

static void
test_open_failure (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *junk = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *after = NULL;
  const char *text = "This is not a case, just text.\n";
  CorStore *before;
  guint n_windows;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  before = cor_window_get_store (f->window);
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (f->app)));

  junk = g_build_filename (f->dir, "junk.corroborate", NULL);
  g_assert_true (g_file_set_contents (junk, text, -1, NULL));
  g_assert_null (cor_application_open_case (f->app, junk, &error));
  g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (junk, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);

  missing = g_build_filename (f->dir, "missing.txt", NULL);
  g_assert_null (cor_application_open_case (f->app, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_assert_true (cor_window_get_store (f->window) == before);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (f->app))), ==,
                    n_windows);
}

static void
test_open_again_and_create (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_path = NULL;
  CorWindow *again;
  CorWindow *created;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  /* the case already open: the same window */
  again = cor_application_open_case (f->app, f->path, &error);
  g_assert_no_error (error);
  g_assert_true (again == f->window);

  /* a path that does not exist yet: a new case there, titled after the file */
  new_path = g_build_filename (f->dir, "Kursk radio.corroborate", NULL);
  created = cor_application_open_case (f->app, new_path, &error);
  g_assert_no_error (error);
  g_assert_true (created != f->window);
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (cor_store_get_title (cor_window_get_store (created)), ==, "Kursk radio");
  g_assert_true (ui_test_wait_for (ui_test_widget_mapped, created));
  g_assert_cmpstr (cor_window_get_visible_page (created), ==, "empty-case");
}

static CorWindow *
only_window (CorApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (COR_IS_WINDOW (windows->data));

  return windows->data;
}

static void
test_activate_default (Fixture       *f,
                       gconstpointer  data)
{
  GSettings *settings;
  g_autofree char *gone = NULL;
  g_autofree char *untitled = NULL;
  CorWindow *window;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  settings = cor_application_get_settings (f->app);

  /* no file given: the last case */
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (f->app)));
  g_application_activate (G_APPLICATION (f->app));
  window = only_window (f->app);
  g_assert_cmpstr (cor_store_get_path (cor_window_get_store (window)), ==, f->path);

  /* activating again presents the same window */
  g_application_activate (G_APPLICATION (f->app));
  g_assert_true (only_window (f->app) == window);

  /* the last case is gone: a new untitled case in the user's data directory */
  gtk_window_destroy (GTK_WINDOW (window));
  gone = g_build_filename (f->dir, "gone.corroborate", NULL);
  g_settings_set_string (settings, "last-case", gone);
  g_application_activate (G_APPLICATION (f->app));
  window = only_window (f->app);
  untitled = g_build_filename (g_get_user_data_dir (), "corroborate", "cases",
                               "Untitled case.corroborate", NULL);
  g_assert_true (g_file_test (untitled, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (cor_store_get_path (cor_window_get_store (window)), ==, untitled);
  g_assert_cmpstr (cor_store_get_title (cor_window_get_store (window)), ==, "Untitled case");
  g_assert_cmpstr (cor_window_get_visible_page (window), ==, "empty-case");

  /* the next one gets a name of its own */
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_set_string (settings, "last-case", "");
  g_application_activate (G_APPLICATION (f->app));
  g_assert_true (g_str_has_suffix (cor_store_get_path (cor_window_get_store (only_window (f->app))),
                                   "/Untitled case 2.corroborate"));
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  GSettings *settings;
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;
  int width = 0;
  int height = 0;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  settings = cor_application_get_settings (f->app);

  g_assert_nonnull (settings);
  last = g_settings_get_string (settings, "last-case");
  recent = g_settings_get_strv (settings, "recent-cases");
  g_assert_cmpstr (last, ==, f->path);
  g_assert_nonnull (recent[0]);
  g_assert_cmpstr (recent[0], ==, f->path);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 640);
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static gboolean
not_importing (gpointer data)
{
  return !cor_window_is_importing (COR_WINDOW (data));
}

static gboolean
toplevel_of_type_visible (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }

  return FALSE;
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wav = NULL;
  g_autofree char *text = NULL;
  g_autofree char *location = NULL;
  RowCount count;
  int status = 0;
  CorClip *selected;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  wav = g_build_filename (f->dir, "tone.wav", NULL);
  text = g_build_filename (f->dir, "notes.txt", NULL);
  location = g_strdup_printf ("location=%s", wav);
  const char *argv[] = { "gst-launch-1.0", "-q", "audiotestsrc", "num-buffers=20", "!",
                         "wavenc", "!", "filesink", location, NULL };
  const char *paths[] = { wav, text, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_set_contents (text, "not media\n", -1, &error));

  cor_window_import_files (f->window, paths);
  g_assert_true (cor_window_is_importing (f->window));
  g_assert_true (ui_test_wait_for (not_importing, f->window));

  /* the audio file is in, the text file is refused in a dialog */
  count = (RowCount) { cor_window_get_clips_view (f->window), 2 };
  g_assert_true (ui_test_wait_for (rows_are, &count));
  g_assert_true (ui_test_wait_for (toplevel_of_type_visible, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));

  /* the imported clip is shown */
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "clip");
  selected = gtk_single_selection_get_selected_item (
    GTK_SINGLE_SELECTION (gtk_list_view_get_model (cor_window_get_clips_view (f->window))));
  g_assert_nonnull (selected);
  g_assert_cmpstr (cor_clip_get_path (selected), ==, wav);
  g_assert_cmpint (cor_clip_get_kind (selected), ==, COR_CLIP_KIND_AUDIO);
}

static gboolean
shortcuts_window_visible (gpointer data)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }

  return FALSE;
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  const char *names[] = { "new", "open", "open-recent", "quit", "about", "shortcuts" };
  g_auto(GStrv) quit = NULL;
  g_auto(GStrv) shortcuts = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (f->app), names[i]));

  quit = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.quit");
  g_assert_cmpstrv (quit, ((const char *[]) { "<Control>q", NULL }));
  shortcuts = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.shortcuts");
  g_assert_cmpstrv (shortcuts, ((const char *[]) { "<Control>question", NULL }));

  {
    g_auto(GStrv) export_keys = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                       "win.export-report");

    g_assert_cmpstrv (export_keys, ((const char *[]) { "<Control>e", NULL }));
    /* enabled once a case is open: the window has one */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-report", NULL));
  }

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "shortcuts", NULL);
  g_assert_true (ui_test_wait_for (shortcuts_window_visible, NULL));
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *builddir = g_getenv ("COR_TEST_BUILDDIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *png = NULL;
  RowCount count;
  int width;
  int height;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  count = (RowCount) { cor_window_get_clips_view (f->window), 1 };
  g_assert_true (ui_test_wait_for (rows_are, &count));
  g_assert_true (cor_window_select_clip (f->window, f->clip_id));
  /* let the details page lay out */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  width = gtk_widget_get_width (GTK_WIDGET (f->window));
  height = gtk_widget_get_height (GTK_WIDGET (f->window));
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);

  png = g_build_filename (builddir != NULL ? builddir : f->dir, "test-window.png", NULL);
  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_test_message ("screenshot: %s", png);
  if (builddir == NULL)
    g_assert_cmpint (g_unlink (png), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  data_home = ui_test_isolate_application ("cor-ui-data-XXXXXX");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/window/lists-case", test_lists_case);
  ADD ("/ui/window/live-update", test_live_update);
  ADD ("/ui/window/select", test_select);
  ADD ("/ui/window/open-failure", test_open_failure);
  ADD ("/ui/window/open-again-and-create", test_open_again_and_create);
  ADD ("/ui/window/activate-default", test_activate_default);
  ADD ("/ui/window/settings", test_settings);
  ADD ("/ui/window/import", test_import);
  ADD ("/ui/window/actions", test_actions);
  ADD ("/ui/window/screenshot", test_screenshot);

#undef ADD

  status = g_test_run ();
  cor_test_remove_tree (data_home);

  return status;
}
