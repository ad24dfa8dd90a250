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

typedef struct
{
  char           *dir;
  char           *clip_path;
  char           *case_path;
  CorApplication *app;
  CorWindow      *window;
  CorPlayerView  *view;
  CorPlayer      *player;
} Fixture;

static gboolean
have_display (void)
{
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the main loop until @cond holds, at most 20 s */
static gboolean
wait_for (gboolean (*cond) (gpointer),
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);
  gboolean ok;

  while (!(ok = cond (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);

  return ok;
}

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
run_pipeline (const char *description)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = gst_parse_launch (description, &error);
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;

  g_assert_no_error (error);
  bus = gst_element_get_bus (pipeline);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  message = gst_bus_timed_pop_filtered (bus, 30 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);
}

static gboolean
clip_loaded (gpointer data)
{
  Fixture *f = data;

  return cor_player_view_get_clip_id (f->view) > 0
         && cor_player_get_state (f->player) == COR_PLAYER_STATE_PAUSED
         && !cor_player_get_busy (f->player)
         && gdk_paintable_get_intrinsic_width (cor_player_view_get_paintable (f->view)) > 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autofree char *pipeline = NULL;

  if (!have_display ())
    return;

  f->dir = g_dir_make_tmp ("cor-player-view-XXXXXX", &error);
  g_assert_no_error (error);
  f->clip_path = g_build_filename (f->dir, "counter clip.webm", NULL);
  f->case_path = g_build_filename (f->dir, "case.corroborate", NULL);

  /* 3 s, 320×240, 30 fps, the running time burned into each frame, and a tone */
  pipeline = g_strdup_printf (
    "videotestsrc num-buffers=90 pattern=smpte ! video/x-raw,width=320,height=240,framerate=30/1"
    " ! timeoverlay font-desc=\"Sans 20\" ! videoconvert ! vp8enc deadline=1 ! mux."
    " audiotestsrc num-buffers=130 samplesperbuffer=1024 ! audio/x-raw,rate=44100,channels=1"
    " ! audioconvert ! vorbisenc ! mux. webmmux name=mux ! filesink location=\"%s\"",
    f->clip_path);
  run_pipeline (pipeline);

  store = cor_store_create (f->case_path, "Player test", "Test Analyst", &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  f->app = cor_application_new ();
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);

  f->window = cor_application_open_case (f->app, f->case_path, &error);
  g_assert_no_error (error);
  f->view = cor_window_get_player_view (f->window);
  f->player = cor_player_view_get_player (f->view);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *windows;

  if (f->app == NULL)
    return;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (f->app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_clear_object (&f->app);
  remove_tree (f->dir);
  g_free (f->clip_path);
  g_free (f->case_path);
  g_free (f->dir);
}

#define SKIP_WITHOUT_DISPLAY()                                         \
  G_STMT_START {                                                       \
    if (!have_display ())                                              \
      {                                                                \
        g_test_skip ("no display: run under xvfb-run");                \
        return;                                                        \
      }                                                                \
  } G_STMT_END

/* Imports the clip as `corroborate CASE FILE` does and waits until it is on screen */
static void
import_and_load (Fixture *f)
{
  const char *paths[] = { f->clip_path, NULL };

  cor_window_import_files (f->window, paths);
  if (!wait_for (clip_loaded, f))
    g_error ("not loaded: clip %" G_GINT64_FORMAT ", page %s/%s, state %d, busy %d, width %d",
             cor_player_view_get_clip_id (f->view), cor_window_get_visible_page (f->window),
             cor_player_view_get_page (f->view), cor_player_get_state (f->player),
             cor_player_get_busy (f->player),
             gdk_paintable_get_intrinsic_width (cor_player_view_get_paintable (f->view)));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "clip");
  g_assert_cmpstr (cor_player_view_get_page (f->view), ==, "player");
}

typedef struct
{
  Fixture *f;
  gint64   frame;
} FrameWait;

static gboolean
at_frame (gpointer data)
{
  FrameWait *wait = data;

  return !cor_player_get_busy (wait->f->player)
         && cor_player_get_frame (wait->f->player) == wait->frame;
}

static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  state,
       gint64           expected_frame)
{
  FrameWait wait = { f, expected_frame };

  g_assert_true (cor_window_handle_key (f->window, keyval, state));
  if (!wait_for (at_frame, &wait))
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

  SKIP_WITHOUT_DISPLAY ();

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

  SKIP_WITHOUT_DISPLAY ();

  import_and_load (f);
  store = cor_window_get_store (f->window);
  clip_id = cor_player_view_get_clip_id (f->view);
  snapshots = cor_store_list_snapshots (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 0);

  for (gint64 i = 1; i <= 7; i++)
    press (f, GDK_KEY_Right, 0, i);

  g_assert_true (cor_window_handle_key (f->window, GDK_KEY_s, 0));
  g_assert_true (wait_for (has_snapshot, snapshots));

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

  SKIP_WITHOUT_DISPLAY ();

  g_object_ref_sink (text);
  g_object_ref_sink (button);
  import_and_load (f);

  /* typing in a text field never moves the video */
  g_assert_false (cor_player_view_handle_key (f->view, GDK_KEY_space, 0, text));
  g_assert_false (cor_player_view_handle_key (f->view, GDK_KEY_Right, 0, text));
  g_assert_false (cor_player_view_handle_key (f->view, GDK_KEY_l, 0, text));
  spin (300);
  g_assert_cmpint (cor_player_get_state (f->player), ==, COR_PLAYER_STATE_PAUSED);
  g_assert_cmpint (cor_player_get_frame (f->player), ==, 0);

  /* elsewhere (a button has the focus) Space plays and K pauses */
  g_assert_true (cor_player_view_handle_key (f->view, GDK_KEY_space, 0, button));
  g_assert_true (wait_for (is_playing, f->player));
  g_assert_true (cor_player_view_handle_key (f->view, GDK_KEY_k, 0, NULL));
  g_assert_true (wait_for (is_paused, f->player));

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

  SKIP_WITHOUT_DISPLAY ();

  import_and_load (f);
  clip_id = cor_player_view_get_clip_id (f->view);

  /* the file goes away: selecting the clip again shows why it cannot play */
  moved = g_build_filename (g_get_tmp_dir (), "cor-player-view-moved.webm", NULL);
  g_assert_cmpint (g_rename (f->clip_path, moved), ==, 0);
  cor_player_view_load (f->view, NULL, 0);
  cor_player_view_load (f->view, cor_window_get_store (f->window), clip_id);
  g_assert_true (wait_for (page_is_missing, f->view));
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_space, 0));
  g_assert_cmpint (g_rename (moved, f->clip_path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  gst_init (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  data_home = g_dir_make_tmp ("cor-player-view-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("COR_NON_UNIQUE", "1", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/player-view/load-and-step", test_load_and_step);
  ADD ("/ui/player-view/still", test_still);
  ADD ("/ui/player-view/text-focus", test_text_focus);
  ADD ("/ui/player-view/missing-file", test_missing_file);

#undef ADD

  status = g_test_run ();
  remove_tree (data_home);

  return status;
}
