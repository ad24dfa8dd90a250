/* cor-application.c — the application: actions, settings, start-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening and creating cases, the recent cases, the first run and the demo case are in
 * cor-application-cases.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "corroborate-resources.h"
#include "cor-application-private.h"
#include "cor-error.h"
#include "cor-preferences.h"
#include "cor-task.h"
#include "cor-video-sink.h"

struct _CorApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  /* COR_BENCH_STARTUP=1 (tests/bench/bench-startup): print the start-up markers, then quit */
  guint           bench : 1;
  guint           bench_wait_frame : 1;
  guint           bench_mapped : 1;
  guint           bench_frame : 1;
};

G_DEFINE_FINAL_TYPE (CorApplication, cor_application, ADW_TYPE_APPLICATION)

/* Without a session bus (CI, xvfb-run) the application runs as a plain process */
static gboolean
session_bus_available (void)
{
  g_autofree char *socket = NULL;

  if (g_strcmp0 (g_getenv ("COR_NON_UNIQUE"), "1") == 0)
    return FALSE;
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    return TRUE;

  socket = g_build_filename (g_get_user_runtime_dir (), "bus", NULL);

  return g_file_test (socket, G_FILE_TEST_EXISTS);
}

static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  /* running from the build tree, not installed */
  if (schema == NULL)
    {
      build_source = g_settings_schema_source_new_from_directory (COR_BUILD_SCHEMA_DIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_printerr (_("The settings schema %s is not installed: window size and recent cases "
                    "will not be kept.\n"), APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

CorWindow *
cor_application_active_window (CorApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (COR_IS_WINDOW (window))
    return COR_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (COR_IS_WINDOW (l->data))
      return COR_WINDOW (l->data);

  return NULL;
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CorApplication *self = user_data;
  CorPreferences *preferences;

  if (self->settings == NULL)
    {
      CorWindow *window = cor_application_active_window (self);

      if (window != NULL)
        cor_window_add_toast (window, _("Preferences cannot be kept: the settings schema is "
                                        "not installed"));
      return;
    }

  preferences = cor_preferences_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                GTK_WINDOW (cor_application_active_window (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CorApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* closing saves each window's size */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);

  g_application_quit (G_APPLICATION (self));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CorApplication *self = user_data;
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  const char *developers[] = { _("The Corroborate developers"), NULL };

  gtk_window_set_transient_for (GTK_WINDOW (about),
                                GTK_WINDOW (cor_application_active_window (self)));
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  adw_about_window_set_application_name (about, _("Corroborate"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Corroborate developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about,
                                 _("Say what a video or audio clip really shows: gather the "
                                   "articles that make a claim, pin timestamped observations "
                                   "on the clips they cite, and report every one with its "
                                   "sources."));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  gtk_window_present (GTK_WINDOW (about));
}

/* The keys window, built when asked for (not with every window, as GtkApplication does for
 * gtk/help-overlay.ui: that cost every start-up 16 ms) */
static void
shortcuts_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CorApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource ("/io/github/corroborate/Corroborate/ui/"
                                           "cor-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts,
                                GTK_WINDOW (cor_application_active_window (self)));
  gtk_window_set_application (shortcuts, GTK_APPLICATION (self));
  gtk_window_present (shortcuts);
}

static void
analyst_changed_cb (GSettings      *settings,
                    const char     *key,
                    CorApplication *self)
{
  g_autofree char *analyst = cor_application_dup_analyst (self);

  /* the next change in every open case is recorded under the new name */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      CorStore *store;

      if (!COR_IS_WINDOW (l->data))
        continue;

      store = cor_window_get_store (COR_WINDOW (l->data));
      if (store != NULL)
        cor_store_set_analyst (store, analyst);
    }
}

/* Start-up markers (COR_BENCH_STARTUP=1): "mapped US" once the first window has painted
 * after being mapped, "first-frame US" once it has painted the first video frame
 * (US: g_get_monotonic_time(), CLOCK_MONOTONIC in microseconds, comparable across
 * processes). The application quits after the last marker it waits for. */

static void
bench_mark (CorApplication *self,
            const char     *what)
{
  g_print ("%s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
  fflush (stdout);

  if (self->bench_mapped && (self->bench_frame || !self->bench_wait_frame))
    g_application_quit (G_APPLICATION (self));
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GtkWidget     *window)
{
  CorApplication *self = COR_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  CorPlayerView *view = cor_window_get_player_view (COR_WINDOW (window));
  GdkPaintable *paintable = view != NULL ? cor_player_view_get_paintable (view) : NULL;
  gboolean has_frame = COR_IS_VIDEO_SINK (paintable)
                       && cor_video_sink_get_texture (COR_VIDEO_SINK (paintable)) != NULL;

  if (self == NULL)
    return;

  if (!self->bench_mapped)
    {
      self->bench_mapped = TRUE;
      bench_mark (self, "mapped");
    }
  /* a frame painted with the video sink holding a picture */
  if (self->bench_wait_frame && !self->bench_frame && has_frame
      && gtk_widget_get_mapped (GTK_WIDGET (view)))
    {
      self->bench_frame = TRUE;
      bench_mark (self, "first-frame");
    }
}

static void
bench_window_map_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (bench_after_paint_cb), window, 0);
}

static void
bench_window_added_cb (GtkApplication *application,
                       GtkWindow      *window)
{
  if (COR_IS_WINDOW (window))
    g_signal_connect (window, "map", G_CALLBACK (bench_window_map_cb), NULL);
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action_cb, NULL, NULL, NULL, { 0 } },
  { "quit", quit_action_cb, NULL, NULL, NULL, { 0 } },
  { "about", about_action_cb, NULL, NULL, NULL, { 0 } },
  { "shortcuts", shortcuts_action_cb, NULL, NULL, NULL, { 0 } },
};

static void
cor_application_startup (GApplication *application)
{
  CorApplication *self = COR_APPLICATION (application);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.export-report", { "<Control>e", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  /* pulls the resources' object file out of the static library: its
   * constructor registers them before GTK looks for the templates */
  g_return_if_fail (corroborate_get_resource () != NULL);

  G_APPLICATION_CLASS (cor_application_parent_class)->startup (application);

  self->settings = load_settings ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::analyst", G_CALLBACK (analyst_changed_cb),
                             self, 0);

  if (g_strcmp0 (g_getenv ("COR_BENCH_STARTUP"), "1") == 0)
    {
      self->bench = TRUE;
      g_signal_connect (self, "window-added", G_CALLBACK (bench_window_added_cb), NULL);
    }

  cor_application_add_case_actions (self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

static void
cor_application_activate (GApplication *application)
{
  CorApplication *self = COR_APPLICATION (application);
  CorWindow *window = cor_application_active_window (self);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  cor_application_open_default_case (self);
}

static void
select_clip_at_path (CorWindow  *window,
                     const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  GListModel *clips = cor_store_get_clips (cor_window_get_store (window));

  for (guint i = 0; i < g_list_model_get_n_items (clips); i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);

      if (g_strcmp0 (cor_clip_get_path (clip), canonical) == 0)
        {
          cor_window_select_clip (window, cor_clip_get_id (clip));
          return;
        }
    }
}

static void
cor_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  CorApplication *self = COR_APPLICATION (application);
  g_autofree char *path = g_file_get_path (files[0]);
  g_autofree char *name = g_file_get_basename (files[0]);
  g_autofree char *heading = NULL;
  g_autoptr(GError) error = NULL;
  CorWindow *window = NULL;

  if (path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only cases on this computer’s disks can be opened."));
  else
    window = cor_application_open_case (self, path, &error);

  if (window != NULL)
    {
      /* corroborate CASE MEDIA...: the media go into the case */
      g_autoptr(GPtrArray) media = g_ptr_array_new_with_free_func (g_free);

      for (int i = 1; i < n_files; i++)
        {
          char *media_path = g_file_get_path (files[i]);

          if (media_path != NULL)
            g_ptr_array_add (media, media_path);
        }
      g_ptr_array_add (media, NULL);
      /* a file the case already holds is not imported twice: show it in the player now;
       * a new one is shown when its import is done */
      if (media->len > 1)
        select_clip_at_path (window, media->pdata[0]);
      self->bench_wait_frame = self->bench && media->len > 1;
      cor_window_import_files (window, (const char * const *) media->pdata);
      return;
    }

  window = cor_application_active_window (self);
  if (window == NULL)
    window = cor_application_open_default_case (self);

  /* TRANSLATORS: %s is a file name */
  heading = g_strdup_printf (_("Could not open “%s”"), name);
  cor_window_show_error (window, heading, error);
}

static void
cor_application_dispose (GObject *object)
{
  CorApplication *self = COR_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cor_application_parent_class)->dispose (object);
}

/* Destroys the windows that are left (each player stops its pipeline, joining its streaming
 * threads) and waits for the background jobs: exit() must not run the libraries' destructors
 * under a thread that is still decoding (it would load a plugin into a torn-down GLib) */
static void
cor_application_shutdown (GApplication *application)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);

  if (!cor_task_wait_idle (10 * G_USEC_PER_SEC))
    g_warning ("%u background jobs were still running at exit", cor_task_get_n_running ());

  G_APPLICATION_CLASS (cor_application_parent_class)->shutdown (application);
}

static void
cor_application_class_init (CorApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = cor_application_dispose;

  app_class->startup = cor_application_startup;
  app_class->activate = cor_application_activate;
  app_class->shutdown = cor_application_shutdown;
  app_class->open = cor_application_open;
}

static void
cor_application_init (CorApplication *self)
{
}

CorApplication *
cor_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_OPEN;

  if (!session_bus_available ())
    flags |= G_APPLICATION_NON_UNIQUE;

  return g_object_new (COR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", "/io/github/corroborate/Corroborate",
                       NULL);
}

GSettings *
cor_application_get_settings (CorApplication *self)
{
  g_return_val_if_fail (COR_IS_APPLICATION (self), NULL);

  return self->settings;
}

char *
cor_application_dup_analyst (CorApplication *self)
{
  g_autofree char *analyst = NULL;
  const char *real_name;

  g_return_val_if_fail (COR_IS_APPLICATION (self), NULL);

  if (self->settings != NULL)
    analyst = g_settings_get_string (self->settings, "analyst");
  if (analyst != NULL && analyst[0] != '\0')
    return g_steal_pointer (&analyst);

  real_name = g_get_real_name ();
  if (real_name != NULL && real_name[0] != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);

  return g_strdup (g_get_user_name ());
}
