/* cor-application-cases.c — opening and creating cases, the recent cases, the first run
 * and the demo case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorApplication (cor-application.h), through cor-application-private.h.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "cor-application-private.h"
#include "cor-demo.h"
#include "cor-ui-format.h"

static char *
cases_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "corroborate", "cases", NULL);
}

static CorWindow *
find_window_for_path (CorApplication *self,
                      const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      CorStore *store;

      if (!COR_IS_WINDOW (l->data))
        continue;

      store = cor_window_get_store (COR_WINDOW (l->data));
      if (store != NULL && g_strcmp0 (cor_store_get_path (store), path) == 0)
        return COR_WINDOW (l->data);
    }

  return NULL;
}

static void
remember_case (CorApplication *self,
               const char     *path)
{
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) existing = NULL;
  g_auto(GStrv) updated = NULL;
  GSettings *settings = cor_application_get_settings (self);

  if (settings == NULL || !g_utf8_validate (path, -1, NULL))
    return;

  recent = g_settings_get_strv (settings, "recent-cases");
  existing = cor_ui_recent_prune ((const char * const *) recent);
  updated = cor_ui_recent_add ((const char * const *) existing, path, COR_UI_RECENT_MAX);

  g_settings_delay (settings);
  g_settings_set_string (settings, "last-case", path);
  g_settings_set_strv (settings, "recent-cases", (const char * const *) updated);
  /* a case has been opened: from now on, no case means a new one, not the demo */
  g_settings_set_boolean (settings, "first-run-done", TRUE);
  g_settings_apply (settings);
}

static CorWindow *
show_store (CorApplication *self,
            CorStore       *store,
            CorWindow      *window)
{
  if (window == NULL)
    window = cor_window_new (GTK_APPLICATION (self), cor_application_get_settings (self));

  cor_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  remember_case (self, cor_store_get_path (store));

  return window;
}

/* Opens @path in @window (replacing its case), or in a new window when @window is NULL */
static CorWindow *
open_case_in (CorApplication  *self,
              const char      *path,
              CorWindow       *window,
              GError         **error)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  g_autofree char *analyst = NULL;
  g_autoptr(CorStore) store = NULL;
  CorWindow *existing = find_window_for_path (self, canonical);

  if (existing != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      remember_case (self, canonical);
      return existing;
    }

  store = cor_store_open (canonical, COR_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    return NULL;

  analyst = cor_application_dup_analyst (self);
  cor_store_set_analyst (store, analyst);

  return show_store (self, store, window);
}

static CorWindow *
create_case_in (CorApplication  *self,
                const char      *path,
                CorWindow       *window,
                GError         **error)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  g_autofree char *title = cor_ui_case_title_from_path (canonical);
  g_autofree char *analyst = cor_application_dup_analyst (self);
  g_autoptr(CorStore) store = NULL;

  store = cor_store_create (canonical, title, analyst, error);
  if (store == NULL)
    return NULL;

  return show_store (self, store, window);
}

static void
select_first_clip (CorWindow *window)
{
  CorStore *store = cor_window_get_store (window);
  g_autoptr(CorClip) clip = NULL;

  if (store == NULL || g_list_model_get_n_items (cor_store_get_clips (store)) == 0)
    return;

  clip = g_list_model_get_item (cor_store_get_clips (store), 0);
  cor_window_select_clip (window, cor_clip_get_id (clip));
}

static void
first_paint_cb (GdkFrameClock *clock,
                CorWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, window);
  select_first_clip (window);
}

static void
first_map_cb (CorWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_handlers_disconnect_by_func (window, first_map_cb, NULL);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_paint_cb), window, 0);
  else
    select_first_clip (window);
}

/* The demo opens on its first clip, with its observations, not on an empty page. A window
 * being shown for the first time paints first: loading the clip (the pipeline, the waveform)
 * is not on the start-up path. */
static void
show_first_clip (CorWindow *window)
{
  /* presenting maps the window at once, but it paints on the frame clock's next cycle */
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    first_map_cb (window);
  else
    g_signal_connect (window, "map", G_CALLBACK (first_map_cb), NULL);
}

/* A fresh copy of the shipped demo case in the user's cases folder, opened in @window (or a
 * new window). With @reuse (the first run), a demo copy already there under the first name
 * is opened instead of making another. */
static CorWindow *
open_demo_copy (CorApplication  *self,
                CorWindow       *window,
                gboolean         reuse,
                GError         **error)
{
  g_autofree char *shipped = cor_demo_find_shipped_dir ();
  g_autofree char *dir = cases_directory ();
  g_autofree char *analyst = NULL;
  g_autofree char *path = NULL;
  /* TRANSLATORS: the file name of the user's copy of the demo case */
  const char *base = _("Demo — North Korean soldiers");

  if (reuse)
    {
      g_autofree char *name = g_strconcat (base, COR_STORE_FILE_EXTENSION, NULL);
      g_autofree char *existing = g_build_filename (dir, name, NULL);

      if (g_file_test (existing, G_FILE_TEST_IS_REGULAR))
        {
          CorWindow *opened = open_case_in (self, existing, window, NULL);

          if (opened != NULL)
            {
              show_first_clip (opened);
              return opened;
            }
        }
    }

  if (shipped == NULL)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                           _("The demo case is not installed."));
      return NULL;
    }

  analyst = cor_application_dup_analyst (self);
  path = cor_demo_copy (shipped, dir, base, analyst, error);
  if (path == NULL)
    return NULL;

  window = open_case_in (self, path, window, error);
  if (window != NULL)
    show_first_clip (window);

  return window;
}

/* The last case if it still opens; on the first run a copy of the demo case; else a new
 * "Untitled case" in the user's data directory; a window with no case if even that fails.
 * Never NULL. */
CorWindow *
cor_application_open_default_case (CorApplication *self)
{
  g_autofree char *last = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) last_error = NULL;
  g_autoptr(GError) error = NULL;
  CorWindow *window = NULL;
  GSettings *settings = cor_application_get_settings (self);

  if (settings != NULL)
    last = g_settings_get_string (settings, "last-case");

  if (last != NULL && last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    {
      window = open_case_in (self, last, NULL, &last_error);
      if (window != NULL)
        return window;
    }

  /* without settings there is no telling: the demo copy, reused when it is there */
  if (settings == NULL || !g_settings_get_boolean (settings, "first-run-done"))
    {
      g_autoptr(GError) demo_error = NULL;

      window = open_demo_copy (self, NULL, TRUE, &demo_error);
      if (window != NULL)
        return window;
      g_warning ("Could not open the demo case: %s", demo_error->message);
    }

  dir = cases_directory ();
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved_errno));
    }
  else
    {
      path = cor_ui_unique_case_path (dir, _("Untitled case"));
      window = create_case_in (self, path, NULL, &error);
    }

  if (window == NULL)
    {
      window = cor_window_new (GTK_APPLICATION (self), settings);
      gtk_window_present (GTK_WINDOW (window));
      cor_window_show_error (window, _("Could not create a new case"), error);
    }

  if (last_error != NULL)
    cor_window_show_error (window, _("Could not open the last case"), last_error);

  return window;
}

static GtkFileFilter *
case_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Corroborate Cases"));
  gtk_file_filter_add_suffix (filter, "corroborate");

  return filter;
}

static void
new_response_cb (GtkNativeDialog *dialog,
                 int              response,
                 CorApplication  *self)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (dialog);
  CorWindow *window = COR_IS_WINDOW (parent) ? COR_WINDOW (parent) : NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = file != NULL ? g_file_get_path (file) : NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      if (chosen == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Only cases on this computer’s disks can be created."));
      else
        path = cor_ui_ensure_extension (chosen);

      if (path == NULL || create_case_in (self, path, window, &error) == NULL)
        {
          if (window == NULL)
            window = cor_application_open_default_case (self);
          cor_window_show_error (window, _("Could not create the case"), error);
        }
    }

  g_object_unref (dialog);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  CorApplication  *self)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (dialog);
  CorWindow *window = COR_IS_WINDOW (parent) ? COR_WINDOW (parent) : NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Only cases on this computer’s disks can be opened."));

      if (path == NULL || open_case_in (self, path, window, &error) == NULL)
        {
          if (window == NULL)
            window = cor_application_open_default_case (self);
          cor_window_show_error (window, _("Could not open the case"), error);
        }
    }

  g_object_unref (dialog);
}

static void
new_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  CorApplication *self = user_data;
  g_autoptr(GtkFileFilter) filter = case_filter ();
  g_autofree char *dir = cases_directory ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("New Case"),
                                        GTK_WINDOW (cor_application_active_window (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  name = g_strconcat (_("Untitled case"), COR_STORE_FILE_EXTENSION, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  if (g_mkdir_with_parents (dir, 0700) == 0)
    {
      folder = g_file_new_for_path (dir);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect (native, "response", G_CALLBACK (new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CorApplication *self = user_data;
  g_autoptr(GtkFileFilter) filter = case_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Case"),
                                        GTK_WINDOW (cor_application_active_window (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);

  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_recent_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CorApplication *self = user_data;
  const char *path = g_variant_get_string (parameter, NULL);
  CorWindow *window = cor_application_active_window (self);
  g_autoptr(GError) error = NULL;

  if (open_case_in (self, path, window, &error) != NULL)
    return;

  if (window == NULL)
    window = cor_application_open_default_case (self);
  cor_window_show_error (window, _("Could not open the case"), error);
}

static void
open_demo_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CorApplication *self = user_data;
  CorWindow *window = cor_application_active_window (self);
  g_autoptr(GError) error = NULL;

  if (open_demo_copy (self, window, FALSE, &error) != NULL)
    return;

  if (window == NULL)
    window = cor_application_open_default_case (self);
  cor_window_show_error (window, _("Could not open the demo case"), error);
}

static const GActionEntry case_actions[] = {
  { "new", new_action_cb, NULL, NULL, NULL, { 0 } },
  { "open", open_action_cb, NULL, NULL, NULL, { 0 } },
  { "open-recent", open_recent_action_cb, "s", NULL, NULL, { 0 } },
  { "open-demo", open_demo_action_cb, NULL, NULL, NULL, { 0 } },
};

void
cor_application_add_case_actions (CorApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), case_actions, G_N_ELEMENTS (case_actions),
                                   self);
}

/* Public API */

CorWindow *
cor_application_open_case (CorApplication  *self,
                           const char      *path,
                           GError         **error)
{
  g_return_val_if_fail (COR_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && g_str_has_suffix (path, COR_STORE_FILE_EXTENSION))
    return create_case_in (self, path, NULL, error);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("%s does not exist."), path);
      return NULL;
    }

  return open_case_in (self, path, NULL, error);
}
