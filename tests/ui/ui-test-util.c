/* ui-test-util.c — fixture helpers shared by the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "../common/cor-test-tree.h"
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <gst/gst.h>

#include "cor-store.h"
#include "ui-test-util.h"

/* How long ui_test_wait_for() waits at the most */
#define WAIT_SECONDS 30

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
ui_test_have_display (void)
{
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

/* Iterates the main loop until @cond holds, at most WAIT_SECONDS; returns whether it holds */
gboolean
ui_test_wait_for (UiTestCondition cond,
                  gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);
  gboolean ok;

  while (!(ok = cond (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);

  return ok;
}

/* Runs the main loop for @ms milliseconds */
void
ui_test_spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + (gint64) ms * 1000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

/* A UiTestCondition: @widget (a GtkWidget) is mapped */
gboolean
ui_test_widget_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

/* A new temporary directory from @tmpl (as g_dir_make_tmp()); fails the test on error */
char *
ui_test_make_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);

  return dir;
}

/* Runs a gst-launch-1.0 style @description to its end; fails the test on an error */
void
ui_test_run_pipeline (const char *description)
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

/* Writes a WebM clip to @path: 3 s, 320×240, 30 fps, the running time burned into each frame,
 * and a tone */
void
ui_test_make_clip (const char *path)
{
  g_autofree char *pipeline = g_strdup_printf (
    "videotestsrc num-buffers=90 pattern=smpte ! video/x-raw,width=320,height=240,framerate=30/1"
    " ! timeoverlay font-desc=\"Sans 20\" ! videoconvert ! vp8enc deadline=1 ! mux."
    " audiotestsrc num-buffers=130 samplesperbuffer=1024 ! audio/x-raw,rate=44100,channels=1"
    " ! audioconvert ! vorbisenc ! mux. webmmux name=mux ! filesink location=\"%s\"",
    path);

  ui_test_run_pipeline (pipeline);
}

/* Creates an empty case named @title at @path and closes it */
void
ui_test_create_case (const char *path,
                     const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorStore) store = cor_store_create (path, title, "Test Analyst", &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
}

/* Keeps the application of this test process to itself: its data directory (XDG_DATA_HOME,
 * where new untitled cases go) a new temporary one from @tmpl, returned for removing after the
 * run; never talking to another running Corroborate; settings in memory */
char *
ui_test_isolate_application (const char *tmpl)
{
  char *data_home = ui_test_make_dir (tmpl);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("COR_NON_UNIQUE", "1", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  return data_home;
}

int
ui_test_run_exe (const char * const *args,
                 const char * const *env,
                 char              **out,
                 char              **err)
{
  const char *exe = g_getenv ("COR_EXE");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  for (guint i = 0; env != NULL && env[i] != NULL && env[i + 1] != NULL; i += 2)
    envp = g_environ_setenv (envp, env[i], env[i + 1], TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &wait_status, &error);
  g_assert_no_error (error);

  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* A new registered, primary (not remote) application, as `corroborate CASE` starts it */
CorApplication *
ui_test_start_application (void)
{
  g_autoptr(GError) error = NULL;
  CorApplication *app = cor_application_new ();

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (app)));

  return app;
}

/* Destroys the windows of *@app, lets the main loop settle, and drops the application */
void
ui_test_stop_application (CorApplication **app)
{
  GList *windows;

  if (*app == NULL)
    return;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (*app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_clear_object (app);
}

typedef struct
{
  UiTestClipCase *f;
  gint64          frame;
} FrameWait;

static gboolean
at_frame (gpointer data)
{
  FrameWait *w = data;

  return !cor_player_get_busy (w->f->player) && cor_player_get_frame (w->f->player) == w->frame;
}

/* Fills @f (without a display, leaves it empty): a temporary directory from @tmpl holding
 * @clip_name and a case titled @title, the application started and the case open */
void
ui_test_clip_case_set_up (UiTestClipCase *f,
                          const char     *tmpl,
                          const char     *clip_name,
                          const char     *title)
{
  g_autoptr(GError) error = NULL;

  if (!ui_test_have_display ())
    return;

  f->dir = ui_test_make_dir (tmpl);
  f->clip_path = g_build_filename (f->dir, clip_name, NULL);
  f->case_path = g_build_filename (f->dir, "case.corroborate", NULL);
  ui_test_make_clip (f->clip_path);
  ui_test_create_case (f->case_path, title);

  f->app = ui_test_start_application ();
  f->window = cor_application_open_case (f->app, f->case_path, &error);
  g_assert_no_error (error);
  f->view = cor_clip_page_get_player_view (cor_window_get_clip_page (f->window));
  f->player = cor_player_view_get_player (f->view);
}

void
ui_test_clip_case_tear_down (UiTestClipCase *f)
{
  if (f->app == NULL)
    return;

  ui_test_stop_application (&f->app);
  cor_test_remove_tree (f->dir);
  g_free (f->clip_path);
  g_free (f->case_path);
  g_free (f->dir);
}

/* A UiTestCondition: the clip of @f (a UiTestClipCase) is loaded, paused and on screen */
gboolean
ui_test_clip_case_loaded (gpointer f)
{
  UiTestClipCase *c = f;

  return cor_player_view_get_clip_id (c->view) > 0
         && cor_player_get_state (c->player) == COR_PLAYER_STATE_PAUSED
         && !cor_player_get_busy (c->player)
         && gdk_paintable_get_intrinsic_width (cor_player_view_get_paintable (c->view)) > 0;
}

/* Iterates the main loop until the player of @f rests at @frame; returns whether it does */
gboolean
ui_test_clip_case_wait_frame (UiTestClipCase *f,
                              gint64          frame)
{
  FrameWait w = { f, frame };

  return ui_test_wait_for (at_frame, &w);
}
