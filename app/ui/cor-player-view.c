/* cor-player-view.c — the analyst's player: picture, waveform, transport bar, keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-player-state.h"
#include "cor-player-view-private.h"
#include "cor-spectrogram-view.h"
#include "cor-time.h"
#include "cor-undo.h"
#include "cor-video-sink.h"
#include "cor-waveform-view.h"
#include "cor-wrap-layout.h"
#include "cor-zoom-view.h"

#define SETTLE_MS 150 /* after the last move of the seek bar, an accurate seek */

G_DEFINE_FINAL_TYPE (CorPlayerView, cor_player_view, ADW_TYPE_BIN)

enum {
  STILL_CAPTURED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
cor_player_view_toast (CorPlayerView *self,
                       const char    *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

gboolean
cor_player_view_has_media (CorPlayerView *self)
{
  return self->clip != NULL && cor_player_get_state (self->player) != COR_PLAYER_STATE_STOPPED;
}

void
cor_player_view_emit_still_captured (CorPlayerView *self,
                                     gint64         snapshot_id)
{
  g_signal_emit (self, signals[STILL_CAPTURED], 0, snapshot_id);
}

static void
update_time (CorPlayerView *self)
{
  gint64 position = cor_player_get_position_ns (self->player);
  gint64 duration = cor_player_get_duration_ns (self->player);
  gint64 frame = cor_player_get_has_video (self->player) ? cor_player_get_frame (self->player) : -1;
  g_autofree char *text = NULL;

  if (self->clip == NULL)
    {
      gtk_label_set_text (self->time_label, "");
      return;
    }

  text = cor_player_format_time (position, duration, frame);
  gtk_label_set_text (self->time_label, text);

  if (duration > 0)
    gtk_adjustment_set_upper (self->seek_adjustment, (double) duration / COR_NS_PER_MS);
  if (self->settle_id == 0 && position >= 0)
    gtk_adjustment_set_value (self->seek_adjustment, (double) position / COR_NS_PER_MS);

  cor_waveform_view_set_position (self->waveform, position, duration);
  cor_spectrogram_view_set_position (self->spectrogram, position, duration);
}

static void
update_state (CorPlayerView *self)
{
  gboolean playing = cor_player_get_state (self->player) == COR_PLAYER_STATE_PLAYING;

  gtk_button_set_icon_name (self->play_button, playing ? "media-playback-pause-symbolic"
                                                       : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause (Space)") : _("Play (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, playing ? _("Pause") : _("Play"),
                                  -1);
}

static void
update_audio_controls (CorPlayerView *self)
{
  gboolean muted = cor_player_get_muted (self->player);

  self->syncing = TRUE;
  gtk_adjustment_set_value (self->volume_adjustment, cor_player_get_volume (self->player) * 100);
  gtk_toggle_button_set_active (self->mute_button, muted);
  gtk_drop_down_set_selected (self->rate_dropdown,
                              cor_player_rate_index (cor_player_get_rate (self->player)));
  self->syncing = FALSE;

  gtk_button_set_icon_name (GTK_BUTTON (self->mute_button),
                            muted ? "audio-volume-muted-symbolic" : "audio-volume-high-symbolic");
}

void
cor_player_view_update_loop (CorPlayerView *self)
{
  gtk_scale_clear_marks (self->seek_scale);
  if (self->loop_a_ns >= 0)
    gtk_scale_add_mark (self->seek_scale, (double) self->loop_a_ns / COR_NS_PER_MS,
                        GTK_POS_TOP, "A");
  if (self->loop_b_ns >= 0)
    gtk_scale_add_mark (self->seek_scale, (double) self->loop_b_ns / COR_NS_PER_MS,
                        GTK_POS_TOP, "B");
  /* TRANSLATORS: the in point of a range being marked */
  if (self->in_ns >= 0)
    gtk_scale_add_mark (self->seek_scale, (double) self->in_ns / COR_NS_PER_MS,
                        GTK_POS_BOTTOM, C_("marking", "In"));
  /* TRANSLATORS: the out point of a range being marked */
  if (self->out_ns >= 0)
    gtk_scale_add_mark (self->seek_scale, (double) self->out_ns / COR_NS_PER_MS,
                        GTK_POS_BOTTOM, C_("marking", "Out"));

  gtk_toggle_button_set_active (self->loop_a_button, self->loop_a_ns >= 0);
  gtk_toggle_button_set_active (self->loop_b_button, self->loop_b_ns >= 0);

  if (self->loop_a_ns >= 0 && self->loop_b_ns > self->loop_a_ns)
    cor_player_set_loop (self->player, self->loop_a_ns, self->loop_b_ns);
  else
    cor_player_set_loop (self->player, -1, -1);
}

static void
update_zoom_label (CorPlayerView *self)
{
  g_autofree char *text = cor_player_format_rate (cor_zoom_view_get_zoom (self->zoom_view));

  gtk_label_set_text (self->zoom_label, text);
}

static void
update_actions (CorPlayerView *self)
{
  gboolean media = cor_player_view_has_media (self);
  gboolean video = media && cor_player_get_has_video (self->player);
  static const char * const media_actions[] = {
    "player.toggle", "player.step", "player.seek-by", "player.slower", "player.faster",
    "player.home", "player.end", "player.loop-a", "player.loop-b", "player.loop-clear",
  };

  for (guint i = 0; i < G_N_ELEMENTS (media_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), media_actions[i], media);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.still", video && self->store != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->seek_scale), media);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rate_dropdown), media);
  gtk_widget_set_visible (GTK_WIDGET (self->zoom_label), video);
}

static void
seek_to (CorPlayerView *self,
         gint64         position_ns)
{
  gint64 duration = cor_player_get_duration_ns (self->player);

  if (duration > 0)
    position_ns = MIN (position_ns, duration);
  cor_player_seek (self->player, MAX (position_ns, 0), COR_SEEK_ACCURATE);
}

static gint64
last_frame_ns (CorPlayerView *self)
{
  gint64 duration = cor_player_get_duration_ns (self->player);
  int fps_n = 0;
  int fps_d = 0;

  cor_player_get_frame_rate (self->player, &fps_n, &fps_d);
  if (duration <= 0)
    return 0;
  if (!cor_player_get_has_video (self->player) || fps_n <= 0 || fps_d <= 0)
    return duration;

  /* one frame before the end: the sound often lasts a few milliseconds longer than the
   * picture, and the frame covering the very end may not exist */
  return cor_time_snap_to_frame (MAX (duration - cor_time_frame_to_ns (1, fps_n, fps_d), 0),
                                 fps_n, fps_d);
}

static void
set_rate_step (CorPlayerView *self,
               int            direction)
{
  cor_player_set_rate (self->player, cor_player_rate_step (cor_player_get_rate (self->player),
                                                           direction));
}

static void
toggle_fullscreen (CorPlayerView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!GTK_IS_WINDOW (root))
    return;

  if (gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_unfullscreen (GTK_WINDOW (root));
  else
    gtk_window_fullscreen (GTK_WINDOW (root));
}

/* Callbacks */

static void
player_notify_cb (CorPlayerView *self,
                  GParamSpec    *pspec,
                  CorPlayer     *player)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "position-ns") || g_str_equal (name, "duration-ns")
      || g_str_equal (name, "frame"))
    update_time (self);
  else if (g_str_equal (name, "state"))
    {
      update_state (self);
      update_actions (self);
      update_time (self);
    }
  else if (g_str_equal (name, "rate") || g_str_equal (name, "volume")
           || g_str_equal (name, "muted"))
    update_audio_controls (self);
  else if (g_str_equal (name, "has-video") || g_str_equal (name, "has-audio"))
    update_actions (self);
}

static void
player_opened_cb (CorPlayerView *self,
                  CorPlayer     *player)
{
  if (self->clip == NULL)
    return;

  cor_player_view_show_layout (self, cor_player_get_has_video (player),
                               cor_player_get_has_audio (player));

  update_actions (self);
  update_time (self);
}

static void
player_error_cb (CorPlayerView *self,
                 GError        *error,
                 const char    *debug,
                 CorPlayer     *player)
{
  g_autofree char *name = self->clip != NULL ? cor_clip_dup_display_name (self->clip) : NULL;
  g_autofree char *message = NULL;

  g_debug ("Player error: %s (%s)", error->message, debug != NULL ? debug : "");

  /* TRANSLATORS: the first %s is a clip's name, the second says why */
  message = g_strdup_printf (_("Cannot play “%s”: %s"), name != NULL ? name : "", error->message);
  cor_player_view_toast (self, message);

  if (!cor_player_get_has_video (player) && !cor_player_get_has_audio (player))
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->view_stack, "error");
    }
  update_actions (self);
}

static void
zoom_notify_cb (CorPlayerView *self)
{
  update_zoom_label (self);
}

static void
waveform_seek_cb (CorPlayerView *self,
                  gint64         position_ns)
{
  if (cor_player_view_has_media (self))
    seek_to (self, position_ns);
}

static gboolean
settle_cb (gpointer user_data)
{
  CorPlayerView *self = user_data;

  self->settle_id = 0;
  seek_to (self, (gint64) (self->settle_ms * COR_NS_PER_MS));

  return G_SOURCE_REMOVE;
}

static gboolean
seek_change_value_cb (CorPlayerView *self,
                      GtkScrollType  scroll,
                      double         value,
                      GtkRange      *range)
{
  if (!cor_player_view_has_media (self))
    return TRUE;

  self->settle_ms = CLAMP (value, 0, gtk_adjustment_get_upper (self->seek_adjustment));
  /* scrub to key frames while the bar moves; land on the exact frame when it rests */
  if (!cor_player_get_busy (self->player))
    cor_player_seek (self->player, (gint64) (self->settle_ms * COR_NS_PER_MS), COR_SEEK_FAST);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settle_cb, self);

  return FALSE;
}

static void
mute_toggled_cb (CorPlayerView   *self,
                 GtkToggleButton *button)
{
  if (!self->syncing)
    cor_player_set_muted (self->player, gtk_toggle_button_get_active (button));
}

static void
volume_changed_cb (CorPlayerView *self,
                   GtkRange      *range)
{
  if (!self->syncing)
    cor_player_set_volume (self->player, gtk_range_get_value (range) / 100.0);
}

static void
rate_selected_cb (CorPlayerView *self,
                  GParamSpec    *pspec,
                  GtkDropDown   *dropdown)
{
  guint n_rates;
  const double *rates = cor_player_rates (&n_rates);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!self->syncing && selected < n_rates)
    cor_player_set_rate (self->player, rates[selected]);
}

/* Actions */

static void
player_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CorPlayerView *self = COR_PLAYER_VIEW (widget);
  const char *name = action_name + strlen ("player.");
  gint64 position = MAX (cor_player_get_position_ns (self->player), 0);

  if (g_str_equal (name, "toggle"))
    cor_player_toggle (self->player);
  else if (g_str_equal (name, "step"))
    cor_player_step (self->player, g_variant_get_int32 (parameter));
  else if (g_str_equal (name, "seek-by"))
    seek_to (self, position + g_variant_get_int32 (parameter) * COR_NS_PER_MS);
  else if (g_str_equal (name, "slower"))
    set_rate_step (self, -1);
  else if (g_str_equal (name, "faster"))
    set_rate_step (self, 1);
  else if (g_str_equal (name, "home"))
    seek_to (self, 0);
  else if (g_str_equal (name, "end"))
    seek_to (self, last_frame_ns (self));
  else if (g_str_equal (name, "still"))
    cor_player_view_capture_still (self);
  else if (g_str_equal (name, "fullscreen"))
    toggle_fullscreen (self);
  else if (g_str_equal (name, "zoom-in"))
    cor_zoom_view_zoom_by (self->zoom_view, G_SQRT2);
  else if (g_str_equal (name, "zoom-out"))
    cor_zoom_view_zoom_by (self->zoom_view, 1 / G_SQRT2);
  else if (g_str_equal (name, "zoom-reset"))
    cor_zoom_view_reset (self->zoom_view);
  else if (g_str_equal (name, "loop-a"))
    {
      self->loop_a_ns = position;
      if (self->loop_b_ns >= 0 && self->loop_b_ns <= position)
        self->loop_b_ns = -1;
      cor_player_view_update_loop (self);
    }
  else if (g_str_equal (name, "loop-b"))
    {
      self->loop_b_ns = position;
      if (self->loop_a_ns < 0 || self->loop_a_ns >= position)
        self->loop_a_ns = 0;
      cor_player_view_update_loop (self);
    }
  else if (g_str_equal (name, "loop-clear"))
    {
      self->loop_a_ns = -1;
      self->loop_b_ns = -1;
      cor_player_view_update_loop (self);
    }
}

/* GObject */

static void
cor_player_view_dispose (GObject *object)
{
  CorPlayerView *self = COR_PLAYER_VIEW (object);

  if (self->player != NULL)
    {
      cor_player_view_close_media (self);
      g_signal_handlers_disconnect_by_data (self->player, self);
      g_clear_object (&self->player);
    }
  g_clear_object (&self->undo);
  /* after the player: no streaming thread reaches the sink any more */
  if (self->zoom_view != NULL)
    cor_zoom_view_set_paintable (self->zoom_view, NULL);
  g_clear_object (&self->sink);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_PLAYER_VIEW);

  G_OBJECT_CLASS (cor_player_view_parent_class)->dispose (object);
}

static void
cor_player_view_class_init (CorPlayerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const plain[] = {
    "toggle", "slower", "faster", "home", "end", "still", "fullscreen",
    "zoom-in", "zoom-out", "zoom-reset", "loop-a", "loop-b", "loop-clear",
  };

  object_class->dispose = cor_player_view_dispose;

  signals[STILL_CAPTURED] =
    g_signal_new ("still-captured", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (COR_TYPE_WRAP_LAYOUT);
  g_type_ensure (COR_TYPE_ZOOM_VIEW);
  g_type_ensure (COR_TYPE_WAVEFORM_VIEW);
  g_type_ensure (COR_TYPE_SPECTROGRAM_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-player-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, zoom_view);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, audio_stack);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, waveform);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, spectrogram);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, audio_view_switch);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, waveform_button);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, spectrogram_button);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, missing_page);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, error_page);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, seek_scale);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, seek_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, play_button);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, time_label);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, rate_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, loop_a_button);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, loop_b_button);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, mute_button);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, volume_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CorPlayerView, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, seek_change_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, mute_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, volume_changed_cb);
  /* the callback lives in cor-player-view-media.c, under its longer name */
  gtk_widget_class_bind_template_callback_full (
    widget_class, "spectrogram_toggled_cb", G_CALLBACK (cor_player_view_spectrogram_toggled_cb));

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_autofree char *action = g_strconcat ("player.", plain[i], NULL);

      gtk_widget_class_install_action (widget_class, action, NULL, player_action_cb);
    }
  gtk_widget_class_install_action (widget_class, "player.step", "i", player_action_cb);
  gtk_widget_class_install_action (widget_class, "player.seek-by", "i", player_action_cb);
}

static void
cor_player_view_init (CorPlayerView *self)
{
  g_autoptr(GtkStringList) rate_names = gtk_string_list_new (NULL);
  guint n_rates;
  const double *rates = cor_player_rates (&n_rates);

  self->loop_a_ns = -1;
  self->loop_b_ns = -1;
  self->in_ns = -1;
  self->out_ns = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < n_rates; i++)
    {
      g_autofree char *name = cor_player_format_rate (rates[i]);

      gtk_string_list_append (rate_names, name);
    }
  gtk_drop_down_set_model (self->rate_dropdown, G_LIST_MODEL (rate_names));

  self->sink = cor_video_sink_new ();
  self->player = cor_player_new ();
  cor_player_set_video_sink (self->player, cor_video_sink_get_element (self->sink));
  cor_zoom_view_set_paintable (self->zoom_view, GDK_PAINTABLE (self->sink));

  g_signal_connect_object (self->player, "notify", G_CALLBACK (player_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "opened", G_CALLBACK (player_opened_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "error", G_CALLBACK (player_error_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->zoom_view, "notify::zoom", G_CALLBACK (zoom_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->waveform, "seek", G_CALLBACK (waveform_seek_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->spectrogram, "seek", G_CALLBACK (waveform_seek_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rate_dropdown, "notify::selected",
                           G_CALLBACK (rate_selected_cb), self, G_CONNECT_SWAPPED);

  update_audio_controls (self);
  update_state (self);
  update_zoom_label (self);
  update_actions (self);
  update_time (self);
}

/* Public API */

GtkWidget *
cor_player_view_new (void)
{
  return g_object_new (COR_TYPE_PLAYER_VIEW, NULL);
}

void
cor_player_view_load (CorPlayerView *self,
                      CorStore      *store,
                      gint64         clip_id)
{
  g_autoptr(CorClip) clip = NULL;

  g_return_if_fail (COR_IS_PLAYER_VIEW (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  if (store == self->store && self->clip != NULL && cor_clip_get_id (self->clip) == clip_id)
    return;

  cor_player_view_close_media (self);

  if (store != NULL && clip_id > 0)
    clip = cor_store_get_clip (store, clip_id, NULL);

  if (clip != NULL)
    {
      self->store = g_object_ref (store);
      self->clip = g_steal_pointer (&clip);
      cor_player_view_open_media (self);
    }

  update_actions (self);
  update_time (self);
}

gint64
cor_player_view_get_clip_id (CorPlayerView *self)
{
  g_return_val_if_fail (COR_IS_PLAYER_VIEW (self), 0);

  return self->clip != NULL ? cor_clip_get_id (self->clip) : 0;
}

CorPlayer *
cor_player_view_get_player (CorPlayerView *self)
{
  g_return_val_if_fail (COR_IS_PLAYER_VIEW (self), NULL);

  return self->player;
}

GdkPaintable *
cor_player_view_get_paintable (CorPlayerView *self)
{
  g_return_val_if_fail (COR_IS_PLAYER_VIEW (self), NULL);

  return GDK_PAINTABLE (self->sink);
}

const char *
cor_player_view_get_page (CorPlayerView *self)
{
  g_return_val_if_fail (COR_IS_PLAYER_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->view_stack);
}

const char *
cor_player_view_get_time_text (CorPlayerView *self)
{
  g_return_val_if_fail (COR_IS_PLAYER_VIEW (self), NULL);

  return gtk_label_get_text (self->time_label);
}

gint64
cor_player_view_get_frame_ns (CorPlayerView *self)
{
  gint64 frame;
  gint64 position;
  int fps_n = 0;
  int fps_d = 0;

  g_return_val_if_fail (COR_IS_PLAYER_VIEW (self), 0);

  position = MAX (cor_player_get_position_ns (self->player), 0);
  frame = cor_player_get_frame (self->player);
  cor_player_get_frame_rate (self->player, &fps_n, &fps_d);
  if (!cor_player_get_has_video (self->player) || fps_n <= 0 || fps_d <= 0)
    return position;
  if (frame >= 0)
    return cor_time_frame_to_ns (frame, fps_n, fps_d);

  return cor_time_snap_to_frame (position, fps_n, fps_d);
}

void
cor_player_view_set_in_out (CorPlayerView *self,
                            gint64         in_ns,
                            gint64         out_ns)
{
  g_return_if_fail (COR_IS_PLAYER_VIEW (self));

  self->in_ns = in_ns >= 0 ? in_ns : -1;
  self->out_ns = out_ns >= 0 ? out_ns : -1;
  cor_player_view_update_loop (self);
}

void
cor_player_view_get_in_out (CorPlayerView *self,
                            gint64        *in_ns,
                            gint64        *out_ns)
{
  g_return_if_fail (COR_IS_PLAYER_VIEW (self));

  if (in_ns != NULL)
    *in_ns = self->in_ns;
  if (out_ns != NULL)
    *out_ns = self->out_ns;
}

void
cor_player_view_seek (CorPlayerView *self,
                      gint64         position_ns)
{
  g_return_if_fail (COR_IS_PLAYER_VIEW (self));

  if (cor_player_view_has_media (self))
    seek_to (self, position_ns);
}
