/* cor-export-dialog.c — Export Report…: format, selection, destination, progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-application.h"
#include "cor-export-dialog-internal.h"
#include "cor-export-job.h"

G_DEFINE_FINAL_TYPE (CorExportDialog, cor_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static CorExportFormat
selected_format (CorExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected <= COR_EXPORT_FORMAT_LAST ? (CorExportFormat) selected : COR_EXPORT_FORMAT_PDF;
}

static void
show_error (CorExportDialog *self,
            const char      *text)
{
  gtk_label_set_text (self->error_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), text != NULL);
}

static void
update_destination_row (CorExportDialog *self)
{
  if (self->destination != NULL)
    {
      g_autofree char *display = g_filename_display_name (self->destination);

      adw_action_row_set_subtitle (self->destination_row, display);
    }
  else
    adw_action_row_set_subtitle (self->destination_row, _("Not chosen yet"));
}

static void
set_destination (CorExportDialog *self,
                 const char      *path)
{
  if (path != self->destination)
    {
      g_free (self->destination);
      self->destination = g_strdup (path);
    }
  self->format = selected_format (self);
  update_destination_row (self);
}

static void
update_sensitivity (CorExportDialog *self)
{
  CorExportFormat format = selected_format (self);
  gboolean idle = !self->busy;
  gboolean selection = cor_export_format_uses_selection (format);
  gboolean chosen = adw_combo_row_get_selected (self->scope_row) == 1;

  gtk_widget_set_sensitive (GTK_WIDGET (self->page), idle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), idle);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), format == COR_EXPORT_FORMAT_PDF);
  gtk_widget_set_sensitive (GTK_WIDGET (self->selection_group), selection);
  gtk_widget_set_sensitive (GTK_WIDGET (self->observations_group), selection);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clips_row), chosen);
  gtk_widget_set_sensitive (GTK_WIDGET (self->articles_row), chosen);
  if (!chosen)
    {
      adw_expander_row_set_expanded (self->clips_row, FALSE);
      adw_expander_row_set_expanded (self->articles_row, FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), self->busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), self->busy);
  adw_preferences_group_set_description (self->selection_group,
                                         selection ? NULL
                                                   : _("A JSON export holds the whole case."));
}

static void
update_chosen_subtitle (AdwExpanderRow *expander,
                        GPtrArray      *checks,
                        const char     *none)
{
  g_autofree char *text = NULL;
  guint n = 0;

  for (guint i = 0; i < checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (checks, i)) ? 1 : 0;

  if (checks->len == 0)
    adw_expander_row_set_subtitle (expander, none);
  else
    {
      /* TRANSLATORS: how many clips (or articles) are ticked, of how many */
      text = g_strdup_printf (_("%u of %u chosen"), n, checks->len);
      adw_expander_row_set_subtitle (expander, text);
    }
}

static void
check_toggled_cb (CorExportDialog *self)
{
  update_chosen_subtitle (self->clips_row, self->clip_checks, _("The case has no clips"));
  update_chosen_subtitle (self->articles_row, self->article_checks,
                          _("The case has no articles"));
}

static GtkCheckButton *
add_check_row (CorExportDialog *self,
               AdwExpanderRow  *expander,
               const char      *title,
               const char      *subtitle,
               gint64           id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gint64 *data = g_new (gint64, 1);

  *data = id;
  g_object_set_data_full (G_OBJECT (check), "cor-id", data, g_free);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (expander, row);

  return GTK_CHECK_BUTTON (check);
}

static void
fill_records (CorExportDialog *self)
{
  GListModel *clips = cor_store_get_clips (self->store);
  GListModel *articles = cor_store_get_articles (self->store);
  guint n_clips = g_list_model_get_n_items (clips);
  guint n_articles = g_list_model_get_n_items (articles);

  for (guint i = 0; i < n_clips; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      const char *title = cor_clip_get_title (clip);
      g_autofree char *fallback = NULL;
      g_autofree char *file = cor_clip_get_path (clip) != NULL
                              ? g_filename_display_basename (cor_clip_get_path (clip)) : NULL;

      if (title == NULL || title[0] == '\0')
        title = fallback = g_strdup_printf (_("Clip %" PRId64), cor_clip_get_id (clip));
      g_ptr_array_add (self->clip_checks,
                       add_check_row (self, self->clips_row, title, file,
                                      cor_clip_get_id (clip)));
    }
  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(CorArticle) article = g_list_model_get_item (articles, i);
      const char *title = cor_article_get_title (article);
      const char *outlet = cor_article_get_outlet (article);
      const char *published = cor_article_get_published (article);
      g_autofree char *subtitle = NULL;

      if (outlet != NULL && outlet[0] != '\0' && published != NULL && published[0] != '\0')
        subtitle = g_strdup_printf ("%s, %s", outlet, published);
      else
        subtitle = g_strdup (outlet != NULL && outlet[0] != '\0' ? outlet : published);

      g_ptr_array_add (self->article_checks,
                       add_check_row (self, self->articles_row, title != NULL ? title : "",
                                      subtitle, cor_article_get_id (article)));
    }

  check_toggled_cb (self);
}

static void
collect_ids (GPtrArray *checks,
             GArray    *ids)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (gtk_check_button_get_active (check))
        g_array_append_val (ids, *(gint64 *) g_object_get_data (G_OBJECT (check), "cor-id"));
    }
}

static gboolean
pulse_cb (gpointer user_data)
{
  CorExportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  CorExportDialog *self = user_data;

  if (self->disposed)
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}

static void
set_busy (CorExportDialog *self,
          gboolean         busy)
{
  self->busy = busy;
  if (!busy)
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      g_clear_object (&self->cancellable);
    }
  update_sensitivity (self);
}

static void
toast_button_clicked_cb (AdwToast        *toast,
                         AdwToastOverlay *overlay)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "cor-uri");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (overlay));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
add_saved_toast (CorExportDialog *self,
                 CorExportFormat  format,
                 guint            n_files)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->destination);
  AdwToast *toast;

  if (self->toasts == NULL)
    return;

  if (cor_export_format_is_report (format))
    toast = adw_toast_new (_("Report saved"));
  else if (format == COR_EXPORT_FORMAT_WEBVTT)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u subtitle file saved",
                                                             "%u subtitle files saved", n_files),
                                                n_files);
      toast = adw_toast_new (title);
    }
  else
    toast = adw_toast_new (_("Export saved"));

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "cor-uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_button_clicked_cb),
                           self->toasts, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
finish (CorExportDialog *self,
        CorExportFormat  format,
        guint            n_files,
        const GError    *error)
{
  set_busy (self, FALSE);

  if (error == NULL)
    {
      add_saved_toast (self, format, n_files);
      g_signal_emit (self, signals[EXPORTED], 0, self->destination);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_error (self, NULL);
      if (self->close_when_done)
        gtk_window_destroy (GTK_WINDOW (self));
    }
  else
    {
      g_autofree char *text = NULL;

      if (cor_export_format_is_report (format))
        /* TRANSLATORS: %s is an error message */
        text = g_strdup_printf (_("Could not save the report: %s"), error->message);
      else
        /* TRANSLATORS: %s is an error message */
        text = g_strdup_printf (_("Could not save the export: %s"), error->message);
      show_error (self, text);
      if (self->close_when_done)
        gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
report_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CorExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  cor_report_write_finish (result, &error);
  if (!self->disposed)
    finish (self, self->format, 1, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CorExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n_files = cor_export_job_run_finish (result, &error);

  if (!self->disposed)
    finish (self, self->format, n_files, n_files > 0 ? NULL : error);
}

/* The clips of a WebVTT export: the chosen ones, or all */
static void
add_webvtt_clips (CorExportDialog        *self,
                  const CorExportRequest *request,
                  CorExportJob           *job)
{
  GListModel *clips = cor_store_get_clips (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (clips); i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      gint64 id = cor_clip_get_id (clip);
      gboolean chosen = request->whole_case;

      for (guint j = 0; !chosen && j < request->clip_ids->len; j++)
        chosen = g_array_index (request->clip_ids, gint64, j) == id;
      if (chosen)
        cor_export_job_add_clip (job, id, cor_clip_get_title (clip));
    }
}

static void
start_export (CorExportDialog *self)
{
  g_autoptr(CorExportRequest) request = cor_export_dialog_build_request (self);
  g_autoptr(CorReportOptions) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  const char *case_path = cor_store_get_path (self->store);

  if (!cor_export_request_validate (request, &error))
    {
      show_error (self, error->message);
      return;
    }

  options = cor_export_request_to_options (request);
  show_error (self, NULL);
  self->format = request->format;
  self->cancellable = g_cancellable_new ();
  self->close_when_done = FALSE;
  set_busy (self, TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  display = g_filename_display_basename (request->destination);
  {
    /* TRANSLATORS: %s is a file name */
    g_autofree char *text = g_strdup_printf (_("Writing “%s”…"), display);

    gtk_label_set_text (self->progress_label, text);
  }

  if (cor_export_format_is_report (request->format))
    {
      cor_report_write_async (case_path, request->destination,
                              request->format == COR_EXPORT_FORMAT_PDF ? COR_REPORT_FORMAT_PDF
                                                                       : COR_REPORT_FORMAT_HTML,
                              options, self->cancellable, progress_cb, self,
                              report_written_cb, g_object_ref (self));
    }
  else
    {
      CorExportJob *job = cor_export_job_new (case_path, request->destination, request->format,
                                              options);

      if (request->format == COR_EXPORT_FORMAT_WEBVTT)
        add_webvtt_clips (self, request, job);
      cor_export_job_run_async (job, self->cancellable, export_done_cb, g_object_ref (self));
      self->pulse_id = g_timeout_add (100, pulse_cb, self);
    }
}

static void
chooser_response_cb (CorExportDialog      *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  gboolean then_export = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "cor-export"));

  if (response == GTK_RESPONSE_ACCEPT && !self->disposed)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        {
          set_destination (self, path);
          if (then_export)
            start_export (self);
        }
    }

  g_clear_object (&self->chooser);
}

static void
choose_destination (CorExportDialog *self,
                    gboolean         then_export)
{
  CorExportFormat format = selected_format (self);
  gboolean folder = cor_export_format_writes_folder (format);
  g_autofree char *case_dir = g_path_get_dirname (cor_store_get_path (self->store));
  g_autoptr(GFile) dir = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (folder ? _("Export Subtitles To")
                                                      : _("Export Report"),
                                               GTK_WINDOW (self),
                                               folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                      : GTK_FILE_CHOOSER_ACTION_SAVE,
                                               then_export ? _("_Export") : _("_Select"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_object_set_data (G_OBJECT (self->chooser), "cor-export", GINT_TO_POINTER (then_export));

  if (self->destination != NULL && !folder)
    {
      g_autofree char *dirname = g_path_get_dirname (self->destination);

      dir = g_file_new_for_path (dirname);
      name = g_path_get_basename (self->destination);
    }
  else
    {
      dir = g_file_new_for_path (case_dir);
      name = cor_export_default_name (cor_store_get_title (self->store), format);
    }
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), dir, NULL);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *pattern = g_strconcat ("*", cor_export_format_get_extension (format), NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
      gtk_file_filter_set_name (filter, cor_export_format_to_label (format));
      gtk_file_filter_add_pattern (filter, pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_clicked_cb (CorExportDialog *self)
{
  if (self->busy)
    return;
  if (self->destination == NULL)
    choose_destination (self, TRUE);
  else
    start_export (self);
}

static void
choose_clicked_cb (CorExportDialog *self)
{
  choose_destination (self, FALSE);
}

static void
cancel_clicked_cb (CorExportDialog *self)
{
  if (self->busy)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

/* A new format: the destination follows it (same name, new extension); a file
 * destination cannot become a folder one or back */
static void
format_changed_cb (CorExportDialog *self)
{
  CorExportFormat format = selected_format (self);
  CorExportFormat old = self->format;

  if (self->destination != NULL && format != old)
    {
      const char *old_ext = cor_export_format_get_extension (old);

      if (cor_export_format_writes_folder (format) != cor_export_format_writes_folder (old))
        g_clear_pointer (&self->destination, g_free);
      else if (g_str_has_suffix (self->destination, old_ext))
        {
          g_autofree char *stem = g_strndup (self->destination,
                                             strlen (self->destination) - strlen (old_ext));
          g_autofree char *path = g_strconcat (stem, cor_export_format_get_extension (format),
                                               NULL);

          g_free (self->destination);
          self->destination = g_steal_pointer (&path);
        }
    }
  self->format = format;
  update_destination_row (self);
  show_error (self, NULL);
  update_sensitivity (self);
}

static void
scope_changed_cb (CorExportDialog *self)
{
  update_sensitivity (self);
}

static gboolean
close_request_cb (GtkWindow *window)
{
  CorExportDialog *self = COR_EXPORT_DIALOG (window);

  if (!self->busy)
    return FALSE;

  /* keep the window until the writer has removed its temporary file */
  self->close_when_done = TRUE;
  g_cancellable_cancel (self->cancellable);

  return TRUE;
}

static void
cor_export_dialog_dispose (GObject *object)
{
  CorExportDialog *self = COR_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->toasts);
  g_clear_pointer (&self->clip_checks, g_ptr_array_unref);
  g_clear_pointer (&self->article_checks, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (cor_export_dialog_parent_class)->dispose (object);
}

static void
cor_export_dialog_finalize (GObject *object)
{
  CorExportDialog *self = COR_EXPORT_DIALOG (object);

  g_free (self->destination);

  G_OBJECT_CLASS (cor_export_dialog_parent_class)->finalize (object);
}

static void
cor_export_dialog_class_init (CorExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cor_export_dialog_dispose;
  object_class->finalize = cor_export_dialog_finalize;
  window_class->close_request = close_request_cb;

  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/"
                                               "cor-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, selection_group);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, clips_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, articles_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, observations_group);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, confidence_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, destination_row);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CorExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cor_export_dialog_init (CorExportDialog *self)
{
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) confidences = gtk_string_list_new (NULL);

  self->clip_checks = g_ptr_array_new ();
  self->article_checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i <= COR_EXPORT_FORMAT_LAST; i++)
    gtk_string_list_append (formats, cor_export_format_to_label ((CorExportFormat) i));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  self->format = COR_EXPORT_FORMAT_PDF;

  /* the lowest minimum leaves nothing out */
  gtk_string_list_append (confidences, _("Any"));
  for (guint i = COR_CONFIDENCE_UNASSESSED + 1; i <= COR_CONFIDENCE_LAST; i++)
    gtk_string_list_append (confidences, cor_confidence_to_label ((CorConfidence) i));
  adw_combo_row_set_model (self->confidence_row, G_LIST_MODEL (confidences));

  /* the kinds go before the confidence row */
  adw_preferences_group_remove (self->observations_group, GTK_WIDGET (self->confidence_row));
  for (guint i = 0; i < COR_EXPORT_N_KINDS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     cor_annotation_kind_to_label (cor_export_kinds[i]));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->observations_group, row);
      self->kind_checks[i] = GTK_CHECK_BUTTON (check);
    }
  adw_preferences_group_add (self->observations_group, GTK_WIDGET (self->confidence_row));

  update_sensitivity (self);
}

/* Internal and testing API (cor-export-dialog-private.h) */

CorExportFormat
cor_export_dialog_get_format (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), COR_EXPORT_FORMAT_PDF);

  return selected_format (self);
}

CorExportRequest *
cor_export_dialog_build_request (CorExportDialog *self)
{
  CorExportRequest *request = cor_export_request_new ();
  guint confidence = adw_combo_row_get_selected (self->confidence_row);

  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), request);

  request->format = selected_format (self);
  request->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? COR_PAPER_LETTER
                                                                     : COR_PAPER_A4;
  request->whole_case = adw_combo_row_get_selected (self->scope_row) != 1;
  if (!request->whole_case)
    {
      collect_ids (self->clip_checks, request->clip_ids);
      collect_ids (self->article_checks, request->article_ids);
    }
  request->kinds_mask = 0;
  for (guint i = 0; i < COR_EXPORT_N_KINDS; i++)
    if (gtk_check_button_get_active (self->kind_checks[i]))
      request->kinds_mask |= COR_REPORT_KIND_BIT (cor_export_kinds[i]);
  request->min_confidence = confidence <= COR_CONFIDENCE_LAST ? (CorConfidence) confidence
                                                              : COR_CONFIDENCE_UNASSESSED;
  request->destination = g_strdup (self->destination);

  return request;
}

void
cor_export_dialog_set_destination (CorExportDialog *self,
                                   const char      *path)
{
  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));

  set_destination (self, path);
}

const char *
cor_export_dialog_get_destination (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), NULL);

  return self->destination;
}

/* Public API */

CorExportDialog *
cor_export_dialog_new (GtkWindow       *parent,
                       CorStore        *store,
                       AdwToastOverlay *toasts)
{
  CorExportDialog *self;
  GtkApplication *application;
  GSettings *settings = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (COR_IS_STORE (store), NULL);
  g_return_val_if_fail (toasts == NULL || ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (COR_TYPE_EXPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->toasts = toasts != NULL ? g_object_ref (toasts) : NULL;
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);

  application = parent != NULL ? gtk_window_get_application (parent) : NULL;
  if (COR_IS_APPLICATION (application))
    settings = cor_application_get_settings (COR_APPLICATION (application));
  cor_export_dialog_set_paper (self, cor_export_default_paper (settings));

  fill_records (self);
  update_sensitivity (self);

  return self;
}

void
cor_export_dialog_present (GtkWindow       *parent,
                           CorStore        *store,
                           AdwToastOverlay *toasts)
{
  CorExportDialog *self = cor_export_dialog_new (parent, store, toasts);

  g_return_if_fail (self != NULL);

  gtk_window_present (GTK_WINDOW (self));
}
