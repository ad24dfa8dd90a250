/* cor-clip-details.c — what the case knows about one clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-clip-details.h"
#include "cor-details-rows.h"
#include "cor-error.h"
#include "cor-time.h"
#include "cor-ui-format.h"

struct _CorClipDetails
{
  AdwBin               parent_instance;

  CorStore            *store;
  gint64               clip_id;
  GPtrArray           *article_rows;
  GArray              *article_ids;
  CorVerifier         *verifier;  /* weak */
  GtkFileChooserNative *chooser;
  GCancellable        *locate_cancellable;
  gint64               locate_clip_id;  /* the clip whose file is being located, else 0 */
  double               locate_fraction;

  AdwPreferencesGroup *check_group;
  AdwActionRow        *check_row;
  GtkImage            *check_icon;
  GtkSpinner          *check_spinner;
  GtkButton           *locate_button;
  AdwPreferencesGroup *file_group;
  AdwActionRow        *path_row;
  GtkImage            *file_missing_icon;
  AdwActionRow        *size_row;
  AdwActionRow        *sha256_row;
  AdwActionRow        *imported_row;
  AdwPreferencesGroup *media_group;
  AdwActionRow        *duration_row;
  AdwActionRow        *resolution_row;
  AdwActionRow        *frame_rate_row;
  AdwActionRow        *video_codec_row;
  AdwActionRow        *audio_codec_row;
  AdwActionRow        *container_row;
  AdwActionRow        *media_created_row;
  AdwPreferencesGroup *provenance_group;
  AdwActionRow        *origin_row;
  AdwActionRow        *source_url_row;
  AdwActionRow        *first_seen_row;
  AdwActionRow        *notes_row;
  AdwPreferencesGroup *articles_group;
};

G_DEFINE_FINAL_TYPE (CorClipDetails, cor_clip_details, ADW_TYPE_BIN)

enum {
  ARTICLE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_description (CorClipKind kind)
{
  switch (kind)
    {
    case COR_CLIP_KIND_VIDEO:
      return _("Video clip");
    case COR_CLIP_KIND_AUDIO:
      return _("Audio clip");
    case COR_CLIP_KIND_UNKNOWN:
    default:
      return _("Clip not yet probed for its media streams");
    }
}

static char *
clip_file_path (CorClip    *clip,
                const char *case_path)
{
  const char *relative = cor_clip_get_relative_path (clip);
  const char *path = cor_clip_get_path (clip);

  if (path != NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    return g_strdup (path);

  /* the case folder may have moved with its media */
  if (relative != NULL && case_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (case_path);
      g_autofree char *candidate = g_build_filename (dir, relative, NULL);

      if (g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* The verifier, when it checks the case shown */
static CorVerifier *
active_verifier (CorClipDetails *self)
{
  if (self->verifier == NULL || self->store == NULL
      || cor_verifier_get_store (self->verifier) != self->store)
    return NULL;
  return self->verifier;
}

static void
set_check (CorClipDetails *self,
           const char     *icon_name,
           const char     *style,
           const char     *title,
           const char     *subtitle,
           gboolean        spinning,
           gboolean        can_locate)
{
  GtkWidget *icon = GTK_WIDGET (self->check_icon);

  gtk_image_set_from_icon_name (self->check_icon, icon_name);
  gtk_widget_remove_css_class (icon, "success");
  gtk_widget_remove_css_class (icon, "warning");
  gtk_widget_remove_css_class (icon, "error");
  gtk_widget_remove_css_class (icon, "dim-label");
  if (style != NULL)
    gtk_widget_add_css_class (icon, style);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->check_row), title);
  adw_action_row_set_subtitle (self->check_row, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->check_spinner), spinning);
  gtk_spinner_set_spinning (self->check_spinner, spinning);
  gtk_widget_set_visible (GTK_WIDGET (self->locate_button), can_locate);
  gtk_widget_set_visible (GTK_WIDGET (self->check_group), TRUE);
}

/* The check row and the path row, from the verifier */
static void
update_check (CorClipDetails *self,
              CorClip        *clip)
{
  CorVerifier *verifier = active_verifier (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *fallback = NULL;
  const char *found_path = NULL;
  const char *path = cor_clip_get_path (clip);
  CorVerifyStatus status;
  gboolean missing;

  if (verifier == NULL)
    {
      /* no background check: only whether a file is there */
      fallback = clip_file_path (clip, cor_store_get_path (self->store));
      cor_details_row_set_value (self->path_row, fallback != NULL ? fallback : path);
      gtk_widget_set_visible (GTK_WIDGET (self->file_missing_icon), fallback == NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->check_group), FALSE);
      return;
    }

  status = cor_verifier_get_status (verifier, self->clip_id);
  found_path = cor_verifier_get_found_path (verifier, self->clip_id);
  missing = status == COR_VERIFY_STATUS_MISSING;
  cor_details_row_set_value (self->path_row, found_path != NULL ? found_path : path);
  gtk_widget_set_visible (GTK_WIDGET (self->file_missing_icon), missing);

  if (self->locate_clip_id != 0 && self->locate_clip_id == self->clip_id)
    {
      /* TRANSLATORS: the share of the chosen file hashed so far */
      subtitle = g_strdup_printf (_("Comparing its SHA-256 with the clip’s… %d %%"),
                                  (int) (self->locate_fraction * 100.0 + 0.5));
      set_check (self, "content-loading-symbolic", "dim-label", _("Checking the chosen file"),
                 subtitle, TRUE, FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->locate_button), FALSE);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->locate_button), self->locate_clip_id == 0);

  switch (status)
    {
    case COR_VERIFY_STATUS_CHECKING:
      set_check (self, "content-loading-symbolic", "dim-label",
                 _("Checking: comparing the file with the SHA-256 recorded at import"),
                 NULL, TRUE, FALSE);
      break;
    case COR_VERIFY_STATUS_OK:
      set_check (self, "emblem-ok-symbolic", "success",
                 _("Checked: the file matches its SHA-256"),
                 g_strcmp0 (found_path, path) != 0 ? found_path : NULL, FALSE, FALSE);
      break;
    case COR_VERIFY_STATUS_CHANGED:
      title = g_strdup_printf (_("Changed: the file at %s no longer matches the SHA-256 "
                                 "recorded at import"),
                               found_path != NULL ? found_path : path);
      subtitle = g_strdup_printf (_("Expected %s, found %s"), cor_clip_get_sha256 (clip),
                                  cor_verifier_get_found_sha256 (verifier, self->clip_id));
      set_check (self, "dialog-warning-symbolic", "warning", title, subtitle, FALSE, TRUE);
      break;
    case COR_VERIFY_STATUS_MISSING:
      title = g_strdup_printf (_("Missing: no file at %s"), path);
      set_check (self, "dialog-question-symbolic", "warning", title,
                 _("If the file was moved, locate it: only a file with the same SHA-256 is "
                   "accepted."),
                 FALSE, TRUE);
      break;
    case COR_VERIFY_STATUS_UNKNOWN:
    default:
      set_check (self, "content-loading-symbolic", "dim-label",
                 _("Not checked yet: the file will be compared with its SHA-256"),
                 NULL, FALSE, FALSE);
      break;
    }
}

static void
article_row_activated_cb (CorClipDetails *self,
                          AdwActionRow   *row)
{
  guint index;

  if (g_ptr_array_find (self->article_rows, row, &index) && index < self->article_ids->len)
    g_signal_emit (self, signals[ARTICLE_ACTIVATED], 0,
                   g_array_index (self->article_ids, gint64, index));
}

static void
update_articles (CorClipDetails *self)
{
  g_autoptr(GArray) links = NULL;

  cor_details_group_clear (self->articles_group, self->article_rows);
  g_array_set_size (self->article_ids, 0);

  links = cor_store_get_clip_articles (self->store, self->clip_id);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);
      g_autoptr(CorArticle) article = cor_store_get_article (self->store, link->id, NULL);
      g_autofree char *where = NULL;
      g_autofree char *subtitle = NULL;
      const char *title;

      if (article == NULL)
        continue;

      title = cor_article_get_title (article);
      where = cor_ui_format_article_subtitle (cor_article_get_outlet (article),
                                              cor_article_get_published (article));
      if (where != NULL)
        /* TRANSLATORS: how an article relates to a clip ("Cites"), then outlet and date */
        subtitle = g_strdup_printf (_("%s · %s"), cor_relation_to_label (link->relation), where);
      else
        subtitle = g_strdup (cor_relation_to_label (link->relation));

      cor_details_group_add_row (self->articles_group, self->article_rows,
                                 title != NULL && title[0] != '\0' ? title : _("Untitled article"),
                                 subtitle, G_CALLBACK (article_row_activated_cb), self);
      g_array_append_val (self->article_ids, link->id);
    }

  if (self->article_rows->len == 0)
    adw_preferences_group_set_description (self->articles_group,
                                           _("No article in the case cites this clip."));
  else
    adw_preferences_group_set_description (self->articles_group, NULL);
}

static void
update (CorClipDetails *self)
{
  g_autoptr(CorClip) clip = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *size = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *resolution = NULL;
  g_autofree char *frame_rate = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *media_created = NULL;
  g_autofree char *first_seen = NULL;
  gboolean media = FALSE;
  gboolean provenance = FALSE;

  if (self->store == NULL || self->clip_id == 0)
    return;

  clip = cor_store_get_clip (self->store, self->clip_id, NULL);
  if (clip == NULL)
    return;

  display_name = cor_clip_dup_display_name (clip);
  adw_preferences_group_set_title (self->file_group, display_name);
  adw_preferences_group_set_description (self->file_group,
                                         kind_description (cor_clip_get_kind (clip)));

  update_check (self, clip);

  size = cor_ui_format_size (cor_clip_get_size (clip));
  cor_details_row_set_value (self->size_row, size);
  cor_details_row_set_value (self->sha256_row, cor_clip_get_sha256 (clip));
  imported = cor_ui_format_timestamp (cor_clip_get_imported (clip));
  cor_details_row_set_value (self->imported_row, imported);

  if (cor_clip_get_duration_ns (clip) >= 0)
    duration = cor_time_format (cor_clip_get_duration_ns (clip));
  resolution = cor_ui_format_resolution (cor_clip_get_width (clip), cor_clip_get_height (clip));
  frame_rate = cor_ui_format_frame_rate (cor_clip_get_fps_n (clip), cor_clip_get_fps_d (clip));
  media |= cor_details_row_set_value (self->duration_row, duration);
  media |= cor_details_row_set_value (self->resolution_row, resolution);
  media |= cor_details_row_set_value (self->frame_rate_row, frame_rate);
  media |= cor_details_row_set_value (self->video_codec_row, cor_clip_get_video_codec (clip));
  media |= cor_details_row_set_value (self->audio_codec_row, cor_clip_get_audio_codec (clip));
  media |= cor_details_row_set_value (self->container_row, cor_clip_get_container (clip));
  media_created = cor_ui_format_timestamp (cor_clip_get_media_created (clip));
  media |= cor_details_row_set_value (self->media_created_row, media_created);
  gtk_widget_set_visible (GTK_WIDGET (self->media_group), media);

  provenance |= cor_details_row_set_value (self->origin_row, cor_clip_get_origin (clip));
  provenance |= cor_details_row_set_value (self->source_url_row, cor_clip_get_source_url (clip));
  first_seen = cor_ui_format_timestamp (cor_clip_get_first_seen (clip));
  provenance |= cor_details_row_set_value (self->first_seen_row, first_seen);
  provenance |= cor_details_row_set_value (self->notes_row, cor_clip_get_notes (clip));
  gtk_widget_set_visible (GTK_WIDGET (self->provenance_group), provenance);

  update_articles (self);
}

static void
store_changed_cb (CorClipDetails *self,
                  const char     *table,
                  gint64          id,
                  int             change,
                  CorStore       *store)
{
  if (self->clip_id == 0)
    return;

  if ((g_strcmp0 (table, "clips") == 0 && (id == self->clip_id || change == COR_STORE_CHANGE_RESET))
      || g_strcmp0 (table, "articles") == 0
      || g_strcmp0 (table, "article_clips") == 0)
    update (self);
}

static void
copy_sha256_clicked_cb (CorClipDetails *self,
                        GtkButton      *button)
{
  const char *sha256 = adw_action_row_get_subtitle (self->sha256_row);
  AdwToast *toast;
  GtkWidget *overlay;

  if (sha256 == NULL || sha256[0] == '\0')
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), sha256);

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      toast = adw_toast_new (_("SHA-256 copied"));
      adw_toast_set_timeout (toast, 2);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
}

static void
clip_status_changed_cb (CorClipDetails *self,
                        gint64          clip_id,
                        CorVerifier    *verifier)
{
  if (clip_id == self->clip_id && self->clip_id != 0)
    update (self);
}

static void
refresh_check (CorClipDetails *self)
{
  g_autoptr(CorClip) clip = NULL;

  if (self->store == NULL || self->clip_id == 0)
    return;
  clip = cor_store_get_clip (self->store, self->clip_id, NULL);
  if (clip != NULL)
    update_check (self, clip);
}

static void
locate_progress_cb (double   fraction,
                    gpointer user_data)
{
  CorClipDetails *self = user_data;

  self->locate_fraction = fraction;
  refresh_check (self);
}

static void
show_message (CorClipDetails *self,
              const char     *heading,
              const char     *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
locate_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CorClipDetails) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  gboolean ok;

  ok = cor_verifier_locate_finish (COR_VERIFIER (source_object), result, &error);

  /* a locate given up for another clip or case: its result is no longer shown */
  if (self->locate_cancellable == NULL
      || g_task_get_cancellable (G_TASK (result)) != self->locate_cancellable)
    return;

  self->locate_clip_id = 0;
  self->locate_fraction = 0.0;
  g_clear_object (&self->locate_cancellable);

  if (!ok)
    {
      if (g_error_matches (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID))
        show_message (self, _("Not the Clip’s File"), error->message);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
               && !g_error_matches (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED))
        show_message (self, _("Cannot Check the File"), error->message);
    }
  else
    {
      const char *message = _("File located: it matches the clip’s SHA-256");

      overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
    }

  refresh_check (self);
}

static void
chooser_response_cb (CorClipDetails       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }

  g_clear_object (&self->chooser);

  if (path != NULL)
    cor_clip_details_locate_file (self, path);
}

static void
locate_clicked_cb (CorClipDetails *self,
                   GtkButton      *button)
{
  g_autoptr(CorClip) clip = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GFile) folder_file = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL || active_verifier (self) == NULL || self->clip_id == 0)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Locate the Clip’s File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Locate"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  /* start where the file was, else in the case's folder */
  clip = cor_store_get_clip (self->store, self->clip_id, NULL);
  if (clip != NULL && cor_clip_get_path (clip) != NULL)
    folder = g_path_get_dirname (cor_clip_get_path (clip));
  if ((folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR))
      && cor_store_get_path (self->store) != NULL)
    {
      g_free (folder);
      folder = g_path_get_dirname (cor_store_get_path (self->store));
    }
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      folder_file = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder_file, NULL);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
drop_verifier (CorClipDetails *self)
{
  if (self->verifier != NULL)
    g_signal_handlers_disconnect_by_data (self->verifier, self);
  g_clear_weak_pointer (&self->verifier);
}

static void
cancel_locate (CorClipDetails *self)
{
  g_cancellable_cancel (self->locate_cancellable);
  g_clear_object (&self->locate_cancellable);
  self->locate_clip_id = 0;
}

static void
cor_clip_details_dispose (GObject *object)
{
  CorClipDetails *self = COR_CLIP_DETAILS (object);

  cancel_locate (self);
  drop_verifier (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_CLIP_DETAILS);

  G_OBJECT_CLASS (cor_clip_details_parent_class)->dispose (object);
}

static void
cor_clip_details_finalize (GObject *object)
{
  CorClipDetails *self = COR_CLIP_DETAILS (object);

  g_clear_pointer (&self->article_rows, g_ptr_array_unref);
  g_clear_pointer (&self->article_ids, g_array_unref);

  G_OBJECT_CLASS (cor_clip_details_parent_class)->finalize (object);
}

static void
cor_clip_details_class_init (CorClipDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_clip_details_dispose;
  object_class->finalize = cor_clip_details_finalize;

  signals[ARTICLE_ACTIVATED] =
    g_signal_new ("article-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-clip-details.ui");
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, check_group);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, check_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, check_icon);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, check_spinner);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, locate_button);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, file_group);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, path_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, file_missing_icon);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, size_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, sha256_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, imported_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, media_group);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, duration_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, frame_rate_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, video_codec_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, audio_codec_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, container_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, media_created_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, provenance_group);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, origin_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, source_url_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, first_seen_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CorClipDetails, articles_group);
  gtk_widget_class_bind_template_callback (widget_class, copy_sha256_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, locate_clicked_cb);
}

static void
cor_clip_details_init (CorClipDetails *self)
{
  self->article_rows = g_ptr_array_new ();
  self->article_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cor_clip_details_new (void)
{
  return g_object_new (COR_TYPE_CLIP_DETAILS, NULL);
}

void
cor_clip_details_show (CorClipDetails *self,
                       CorStore       *store,
                       gint64          clip_id)
{
  g_return_if_fail (COR_IS_CLIP_DETAILS (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  if (!(store != NULL && clip_id == self->clip_id))
    cancel_locate (self);
  self->clip_id = store != NULL ? clip_id : 0;
  update (self);
}

gint64
cor_clip_details_get_clip_id (CorClipDetails *self)
{
  g_return_val_if_fail (COR_IS_CLIP_DETAILS (self), 0);

  return self->clip_id;
}

void
cor_clip_details_set_verifier (CorClipDetails *self,
                               CorVerifier    *verifier)
{
  g_return_if_fail (COR_IS_CLIP_DETAILS (self));
  g_return_if_fail (verifier == NULL || COR_IS_VERIFIER (verifier));

  if (self->verifier == verifier)
    return;

  cancel_locate (self);
  drop_verifier (self);
  g_set_weak_pointer (&self->verifier, verifier);
  if (verifier != NULL)
    g_signal_connect_object (verifier, "clip-status-changed", G_CALLBACK (clip_status_changed_cb),
                             self, G_CONNECT_SWAPPED);
  update (self);
}

void
cor_clip_details_locate_file (CorClipDetails *self,
                              const char     *path)
{
  CorVerifier *verifier;

  g_return_if_fail (COR_IS_CLIP_DETAILS (self));
  g_return_if_fail (path != NULL);

  verifier = active_verifier (self);
  if (verifier == NULL || self->clip_id == 0 || self->locate_clip_id != 0)
    return;

  cancel_locate (self);
  self->locate_cancellable = g_cancellable_new ();
  self->locate_clip_id = self->clip_id;
  self->locate_fraction = 0.0;
  refresh_check (self);

  cor_verifier_locate_async (verifier, self->clip_id, path, self->locate_cancellable,
                             locate_progress_cb, self, locate_done_cb, g_object_ref (self));
}

gboolean
cor_clip_details_is_locating (CorClipDetails *self)
{
  g_return_val_if_fail (COR_IS_CLIP_DETAILS (self), FALSE);

  return self->locate_clip_id != 0;
}
