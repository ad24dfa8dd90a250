/* cor-clip-details.c — what the case knows about one clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-clip-details.h"
#include "cor-details-rows.h"
#include "cor-time.h"
#include "cor-ui-format.h"

struct _CorClipDetails
{
  AdwBin               parent_instance;

  CorStore            *store;
  gint64               clip_id;
  GPtrArray           *article_rows;
  GArray              *article_ids;

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
  g_autofree char *found_path = NULL;
  g_autofree char *size = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *resolution = NULL;
  g_autofree char *frame_rate = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *media_created = NULL;
  g_autofree char *first_seen = NULL;
  const char *path;
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

  path = cor_clip_get_path (clip);
  found_path = clip_file_path (clip, cor_store_get_path (self->store));
  cor_details_row_set_value (self->path_row, found_path != NULL ? found_path : path);
  gtk_widget_set_visible (GTK_WIDGET (self->file_missing_icon), found_path == NULL);

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
cor_clip_details_dispose (GObject *object)
{
  CorClipDetails *self = COR_CLIP_DETAILS (object);

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

  self->clip_id = store != NULL ? clip_id : 0;
  update (self);
}

gint64
cor_clip_details_get_clip_id (CorClipDetails *self)
{
  g_return_val_if_fail (COR_IS_CLIP_DETAILS (self), 0);

  return self->clip_id;
}
