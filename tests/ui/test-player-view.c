/* test-player-view.c — the player in the window on a real display (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-application.h"
#include "cor-player-view.h"
#include "cor-store.h"
#include "cor-time.h"
#include "cor-window.h"
#include "ui-test-util.h"

typedef UiTestClipCase Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_clip_case_set_up (f, "cor-player-view-XXXXXX", "counter clip.webm", "Player test");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_clip_case_tear_down (f);
}

/* Imports the clip as `corroborate CASE FILE` does and waits until it is on screen */
static void
import_and_load (Fixture *f)
{
  const char *paths[] = { f->clip_path, NULL };

  cor_window_import_files (f->window, paths);
  if (!ui_test_wait_for (ui_test_clip_case_loaded, f))
    g_error ("not loaded: clip %" G_GINT64_FORMAT ", page %s/%s, state %d, busy %d, width %d",
             cor_player_view_get_clip_id (f->view), cor_window_get_visible_page (f->window),
             cor_player_view_get_page (f->view), cor_player_get_state (f->player),
             cor_player_get_busy (f->player),
             gdk_paintable_get_intrinsic_width (cor_player_view_get_paintable (f->view)));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "clip");
  g_assert_cmpstr (cor_player_view_get_page (f->view), ==, "player");
}

static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  state,
       gint64           expected_frame)
{
  g_assert_true (cor_window_handle_key (f->window, keyval, state));
  if (!ui_test_clip_case_wait_frame (f, expected_frame))
    g_error ("key %#x: frame %" G_GINT64_FORMAT " (busy %d), not %" G_GINT64_FORMAT " — %s",
             keyval, cor_player_get_frame (f->player), cor_player_get_busy (f->player),
             expected_frame, cor_player_view_get_time_text (f->view));
}

static void
test_load_and_step (Fixture       *f,
                    gconstpointer  data)
{
  GdkPaintable *paintable;
  g_autofree char *expected = NULL;
  g_autofree char *expected_end = NULL;
  g_autofree char *duration = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_and_load (f);

  /* the picture at the source's size */
  paintable = cor_player_view_get_paintable (f->view);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 320);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 240);
  g_assert_cmpint (cor_player_get_frame (f->player), ==, 0);

  press (f, GDK_KEY_Right, 0, 1);
  press (f, GDK_KEY_Right, 0, 2);
  press (f, GDK_KEY_Right, 0, 3);
  press (f, GDK_KEY_Left, 0, 2);

  /* the duration is the longer stream's: the audio's, about 3 s */
  g_assert_cmpint (cor_player_get_duration_ns (f->player), >=, 3 * COR_NS_PER_SECOND);
  g_assert_cmpint (cor_player_get_duration_ns (f->player), <, 3100 * COR_NS_PER_MS);
  duration = cor_time_format (cor_player_get_duration_ns (f->player));
  expected = g_strdup_printf ("00:00:00.067 / %s · frame 2", duration);
  expected_end = g_strdup_printf ("00:00:02.967 / %s · frame 89", duration);
  g_assert_cmpstr (cor_player_view_get_time_text (f->view), ==, expected);

  /* Shift+Right: one second on */
  press (f, GDK_KEY_Right, GDK_SHIFT_MASK, 32);
  g_assert_true (g_str_has_suffix (cor_player_view_get_time_text (f->view), "· frame 32"));
  press (f, GDK_KEY_Home, 0, 0);
  press (f, GDK_KEY_End, 0, 89);
  g_assert_cmpstr (cor_player_view_get_time_text (f->view), ==, expected_end);
  /* J while paused steps back */
  press (f, GDK_KEY_j, 0, 88);
}

static gboolean
has_snapshot (gpointer data)
{
  GListModel *snapshots = data;

  return g_list_model_get_n_items (snapshots) > 0;
}

static void
test_still (Fixture       *f,
            gconstpointer  data)
{
  CorStore *store;
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(CorSnapshot) snapshot = NULL;
  g_autoptr(GBytes) png = NULL;
  gint64 clip_id;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_and_load (f);
  store = cor_window_get_store (f->window);
  clip_id = cor_player_view_get_clip_id (f->view);
  snapshots = cor_store_list_snapshots (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 0);

  for (gint64 i = 1; i <= 7; i++)
    press (f, GDK_KEY_Right, 0, i);

  g_assert_true (cor_window_handle_key (f->window, GDK_KEY_s, 0));
  g_assert_true (ui_test_wait_for (has_snapshot, snapshots));

  snapshot = g_list_model_get_item (snapshots, 0);
  g_assert_cmpint (cor_snapshot_get_clip_id (snapshot), ==, clip_id);
  g_assert_cmpint (cor_snapshot_get_annotation_id (snapshot), ==, 0);
  g_assert_cmpint (cor_snapshot_get_frame (snapshot), ==, 7);
  /* the frame's own timestamp: WebM keeps whole milliseconds, 0.233 s for 0.2333… s */
  g_assert_cmpint (ABS (cor_snapshot_get_position_ns (snapshot) - cor_time_frame_to_ns (7, 30, 1)),
                   <, COR_NS_PER_MS);
  g_assert_cmpint (cor_snapshot_get_width (snapshot), ==, 320);
  g_assert_cmpint (cor_snapshot_get_height (snapshot), ==, 240);
  png = cor_store_load_snapshot_png (store, cor_snapshot_get_id (snapshot), NULL);
  g_assert_nonnull (png);
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 4, "\x89PNG", 4);
}

static gboolean
is_playing (gpointer data)
{
  return cor_player_get_state (data) == COR_PLAYER_STATE_PLAYING;
}

static gboolean
is_paused (gpointer data)
{
  return cor_player_get_state (data) == COR_PLAYER_STATE_PAUSED;
}

static void
test_text_focus (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *text = gtk_text_new ();
  GtkWidget *button = gtk_button_new ();

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  g_object_ref_sink (text);
  g_object_ref_sink (button);
  import_and_load (f);

  /* typing in a text field never moves the video */
  g_assert_false (cor_player_view_handle_key (f->view, GDK_KEY_space, 0, text));
  g_assert_false (cor_player_view_handle_key (f->view, GDK_KEY_Right, 0, text));
  g_assert_false (cor_player_view_handle_key (f->view, GDK_KEY_l, 0, text));
  ui_test_spin (300);
  g_assert_cmpint (cor_player_get_state (f->player), ==, COR_PLAYER_STATE_PAUSED);
  g_assert_cmpint (cor_player_get_frame (f->player), ==, 0);

  /* elsewhere (a button has the focus) Space plays and K pauses */
  g_assert_true (cor_player_view_handle_key (f->view, GDK_KEY_space, 0, button));
  g_assert_true (ui_test_wait_for (is_playing, f->player));
  g_assert_true (cor_player_view_handle_key (f->view, GDK_KEY_k, 0, NULL));
  g_assert_true (ui_test_wait_for (is_paused, f->player));

  /* Ctrl+key belongs to the application */
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_s, GDK_CONTROL_MASK));

  g_object_unref (text);
  g_object_unref (button);
}

static gboolean
page_is_missing (gpointer data)
{
  return g_strcmp0 (cor_player_view_get_page (data), "missing") == 0;
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *moved = NULL;
  gint64 clip_id;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_and_load (f);
  clip_id = cor_player_view_get_clip_id (f->view);

  /* the file goes away: selecting the clip again shows why it cannot play */
  moved = g_build_filename (g_get_tmp_dir (), "cor-player-view-moved.webm", NULL);
  g_assert_cmpint (g_rename (f->clip_path, moved), ==, 0);
  cor_player_view_load (f->view, NULL, 0);
  cor_player_view_load (f->view, cor_window_get_store (f->window), clip_id);
  g_assert_true (ui_test_wait_for (page_is_missing, f->view));
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_space, 0));
  g_assert_cmpint (g_rename (moved, f->clip_path), ==, 0);
}

/* Prints the widgets whose minimum size is large: what keeps the window from being smaller */
static void
report_wide_widgets (GtkWidget *widget,
                     int        depth)
{
  int min_width = 0;
  int min_height = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
  if (min_width < 300 && min_height < 200)
    return;
  g_test_message ("%*s%s (%s): minimum %d×%d", depth * 2, "", G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_name (widget), min_width, min_height);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    report_wide_widgets (child, depth + 1);
}

static gboolean
window_is_narrow (gpointer data)
{
  return gtk_widget_get_width (adw_application_window_get_content (data)) <= 800;
}

static gboolean
window_is_wide (gpointer data)
{
  return gtk_widget_get_width (adw_application_window_get_content (data)) >= 1500;
}

/* Every control of the transport bar lies inside the player */
static void
assert_inside (GtkWidget *widget,
               GtkWidget *view)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_visible (widget))
    return;
  g_assert_true (gtk_widget_compute_bounds (widget, view, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (view) + 0.5);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (view) + 0.5);
  g_assert_cmpint (gtk_widget_get_width (widget), >=, 1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) || GTK_IS_DROP_DOWN (child) || GTK_IS_SCALE (child)
        || GTK_IS_BOX (child))
      assert_inside (child, view);
}

static void
test_narrow_window (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *content;
  GtkWidget *transport;
  GtkWidget *play;
  GtkWidget *tools;
  int min_width = 0;
  int min_height = 0;
  int nat_width = 0;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();

  import_and_load (f);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (f->window));
  report_wide_widgets (content, 0);

  /* issue 6: the window adapts down to 800×600 */
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 800);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, 800, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_height, <=, 600);

  /* at that size the transport bar wraps, its controls all inside the player */
  play = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view),
                                                    COR_TYPE_PLAYER_VIEW, "play_button"));
  tools = gtk_widget_get_parent (
    GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view), COR_TYPE_PLAYER_VIEW,
                                               "rate_dropdown")));
  transport = gtk_widget_get_parent (tools);
  g_assert_true (gtk_widget_get_parent (gtk_widget_get_parent (play)) == transport);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  g_assert_true (ui_test_wait_for (window_is_narrow, f->window));
  ui_test_spin (200);
  g_assert_cmpint (gtk_widget_get_width (content), <=, 800);
  assert_inside (transport, GTK_WIDGET (f->view));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), >=, 400);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->view)), >=, 200);
  {
    graphene_rect_t play_bounds;
    graphene_rect_t tools_bounds;

    g_assert_true (gtk_widget_compute_bounds (play, transport, &play_bounds));
    g_assert_true (gtk_widget_compute_bounds (tools, transport, &tools_bounds));
    g_assert_cmpfloat (tools_bounds.origin.y, >=, play_bounds.origin.y + play_bounds.size.height);
  }

  /* wide, it is one row again: the controls at the right of the time */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1600, 1000);
  if (!ui_test_wait_for (window_is_wide, f->window))
    g_error ("the window did not grow: content %d wide", gtk_widget_get_width (content));
  ui_test_spin (200);
  gtk_widget_measure (transport, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_width, NULL, NULL);
  g_test_message ("transport: natural width %d, allocated %d", nat_width,
                  gtk_widget_get_width (transport));
  g_assert_cmpint (gtk_widget_get_width (transport), >=, nat_width);
  {
    graphene_rect_t play_bounds;
    graphene_rect_t tools_bounds;

    g_assert_true (gtk_widget_compute_bounds (play, transport, &play_bounds));
    g_assert_true (gtk_widget_compute_bounds (tools, transport, &tools_bounds));
    g_assert_cmpfloat (tools_bounds.origin.y, ==, play_bounds.origin.y);
  }
  assert_inside (transport, GTK_WIDGET (f->view));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  gst_init (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  data_home = ui_test_isolate_application ("cor-player-view-data-XXXXXX");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/player-view/load-and-step", test_load_and_step);
  ADD ("/ui/player-view/still", test_still);
  ADD ("/ui/player-view/text-focus", test_text_focus);
  ADD ("/ui/player-view/missing-file", test_missing_file);
  ADD ("/ui/player-view/narrow-window", test_narrow_window);

#undef ADD

  status = g_test_run ();
  cor_test_remove_tree (data_home);

  return status;
}
