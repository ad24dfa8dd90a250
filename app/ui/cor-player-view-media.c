/* cor-player-view-media.c — CorPlayerView: a clip's media, the audio views and stills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Locating, opening and closing the clip's file; the waveform and spectrogram switch;
 * capturing stills into the case. Part of CorPlayerView (cor-player-view-private.h).
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-player-view-private.h"
#include "cor-time.h"

typedef struct
{
  CorPlayerView *self;
  CorStore      *store;
  CorUndoStack  *undo;
  gint64         clip_id;
  gint64         annotation_id;
} Job;

static Job *
job_new (CorPlayerView *self)
{
  Job *job = g_new0 (Job, 1);

  job->self = g_object_ref (self);
  job->store = g_object_ref (self->store);
  job->undo = self->undo != NULL ? g_object_ref (self->undo) : NULL;
  job->clip_id = cor_clip_get_id (self->clip);
  job->annotation_id = self->still_annotation_id;

  return job;
}

static void
job_free (Job *job)
{
  g_object_unref (job->self);
  g_object_unref (job->store);
  g_clear_object (&job->undo);
  g_free (job);
}

/* A video clip: the picture, with the waveform as a strip under it when there is sound.
 * An audio clip: the waveform, or the spectrogram, is the main view. */
void
cor_player_view_show_layout (CorPlayerView *self,
                             gboolean       video,
                             gboolean       audio)
{
  gtk_stack_set_visible_child_name (self->view_stack, "player");
  gtk_widget_set_visible (GTK_WIDGET (self->zoom_view), video);
  gtk_widget_set_visible (GTK_WIDGET (self->audio_stack), audio || !video);
  gtk_widget_set_vexpand (GTK_WIDGET (self->audio_stack), !video);
  gtk_widget_set_visible (self->audio_view_switch, !video);
  if (video)
    gtk_toggle_button_set_active (self->waveform_button, TRUE);
}

/* Stills */

static void
still_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Job *job = user_data;
  CorPlayerView *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(CorSnapshot) snapshot = NULL;
  gint64 position_ns = 0;
  gint64 frame = 0;
  int width = 0;
  int height = 0;

  png = cor_player_snapshot_finish (COR_PLAYER (source), result, &position_ns, &frame,
                                    &width, &height, &error);
  if (png != NULL)
    {
      snapshot = cor_snapshot_new ();
      cor_snapshot_set_clip_id (snapshot, job->clip_id);
      cor_snapshot_set_annotation_id (snapshot, job->annotation_id);
      cor_snapshot_set_position_ns (snapshot, position_ns);
      cor_snapshot_set_frame (snapshot, frame);
      cor_snapshot_set_size_px (snapshot, width, height);
      if (!cor_store_add_snapshot (job->store, snapshot, png, &error))
        g_clear_object (&snapshot);
      else if (job->undo != NULL && cor_undo_stack_get_store (job->undo) == job->store)
        cor_undo_stack_push_add_snapshot (job->undo, snapshot, NULL);
    }

  if (snapshot != NULL)
    {
      g_autofree char *time = cor_time_format (position_ns);
      /* TRANSLATORS: %s is a time, then a frame number */
      g_autofree char *message = g_strdup_printf (_("Still of %s (frame %" PRId64
                                                    ") saved in the case"), time, frame);

      cor_player_view_toast (self, message);
      cor_player_view_emit_still_captured (self, cor_snapshot_get_id (snapshot));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("Could not capture the frame: %s"),
                                                  error->message);
      cor_player_view_toast (self, message);
    }

  job_free (job);
}

/* Loading */

static char *
locate_file (CorStore *store,
             CorClip  *clip)
{
  const char *path = cor_clip_get_path (clip);
  const char *relative = cor_clip_get_relative_path (clip);
  const char *case_path = cor_store_get_path (store);

  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_strdup (path);

  /* the case and its media moved together */
  if (relative != NULL && case_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (case_path);
      g_autofree char *moved = g_build_filename (dir, relative, NULL);

      if (g_file_test (moved, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&moved);
    }

  return NULL;
}

void
cor_player_view_close_media (CorPlayerView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  cor_player_close (self->player);
  cor_video_sink_clear (self->sink);
  cor_zoom_view_reset (self->zoom_view);
  cor_waveform_view_load (self->waveform, NULL, 0, NULL);
  gtk_toggle_button_set_active (self->waveform_button, TRUE);
  cor_spectrogram_view_load (self->spectrogram, NULL);
  self->loop_a_ns = -1;
  self->loop_b_ns = -1;
  self->in_ns = -1;
  self->out_ns = -1;
  self->still_annotation_id = 0;
  cor_player_view_update_loop (self);
  g_clear_object (&self->clip);
  g_clear_object (&self->store);
}

void
cor_player_view_open_media (CorPlayerView *self)
{
  g_autofree char *path = locate_file (self->store, self->clip);
  g_autoptr(GError) error = NULL;
  gboolean audio_only = cor_clip_get_kind (self->clip) == COR_CLIP_KIND_AUDIO;

  self->cancellable = g_cancellable_new ();

  if (path == NULL)
    {
      g_autofree char *name = cor_clip_dup_display_name (self->clip);
      /* TRANSLATORS: the first %s is a clip's name, the second a file name */
      g_autofree char *description =
        g_strdup_printf (_("“%s” is no longer at %s. It may have been moved, renamed or deleted, "
                           "or be on a disk that is not connected."), name,
                         cor_clip_get_path (self->clip));

      adw_status_page_set_description (self->missing_page, description);
      gtk_stack_set_visible_child_name (self->view_stack, "missing");
      return;
    }

  cor_player_view_show_layout (self, !audio_only,
                               cor_clip_get_audio_codec (self->clip) != NULL || audio_only);

  if (!cor_player_open (self->player, path, &error))
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->view_stack, "error");
      return;
    }

  if (cor_clip_get_audio_codec (self->clip) != NULL || audio_only)
    cor_waveform_view_load (self->waveform, self->store, cor_clip_get_id (self->clip), path);
}

/* The spectrogram is computed when first shown, and kept for the clip */
void
cor_player_view_spectrogram_toggled_cb (CorPlayerView   *self,
                                        GtkToggleButton *button)
{
  gboolean active = gtk_toggle_button_get_active (button);

  gtk_stack_set_visible_child_name (self->audio_stack, active ? "spectrogram" : "waveform");
  if (active && self->clip != NULL && self->store != NULL)
    {
      g_autofree char *path = locate_file (self->store, self->clip);

      if (path != NULL)
        cor_spectrogram_view_load (self->spectrogram, path);
    }
}

void
cor_player_view_capture_still (CorPlayerView *self)
{
  g_return_if_fail (COR_IS_PLAYER_VIEW (self));

  if (!cor_player_view_has_media (self) || self->store == NULL ||
      !cor_player_get_has_video (self->player))
    return;

  cor_player_snapshot_async (self->player, self->cancellable, still_done_cb, job_new (self));
}

void
cor_player_view_set_undo_stack (CorPlayerView *self,
                                CorUndoStack  *undo)
{
  g_return_if_fail (COR_IS_PLAYER_VIEW (self));
  g_return_if_fail (undo == NULL || COR_IS_UNDO_STACK (undo));

  g_set_object (&self->undo, undo);
}

void
cor_player_view_set_still_annotation (CorPlayerView *self,
                                      gint64         annotation_id)
{
  g_return_if_fail (COR_IS_PLAYER_VIEW (self));

  self->still_annotation_id = MAX (annotation_id, 0);
}
