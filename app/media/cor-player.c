/* cor-player.c — the analyst's player: a playbin, no GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/app/gstappsink.h>
#include <gst/base/gstbasetransform.h>
#include <gst/pbutils/pbutils.h>
#include <gst/video/video.h>

#include "cor-error.h"
#include "cor-player-private.h"
#include "cor-probe.h"
#include "cor-task.h"
#include "cor-still.h"
#include "cor-time.h"

G_DEFINE_FINAL_TYPE (CorPlayer, cor_player, G_TYPE_OBJECT)

GParamSpec *cor_player_props[N_PROPS];
guint cor_player_signals[N_SIGNALS];

GType
cor_player_state_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { COR_PLAYER_STATE_STOPPED, "COR_PLAYER_STATE_STOPPED", "stopped" },
        { COR_PLAYER_STATE_LOADING, "COR_PLAYER_STATE_LOADING", "loading" },
        { COR_PLAYER_STATE_PAUSED, "COR_PLAYER_STATE_PAUSED", "paused" },
        { COR_PLAYER_STATE_PLAYING, "COR_PLAYER_STATE_PLAYING", "playing" },
        { 0, NULL, NULL },
      };
      GType id = g_enum_register_static (g_intern_static_string ("CorPlayerState"), values);
      g_once_init_leave (&type_id, id);
    }
  return (GType) type_id;
}

static void
cor_player_dispose (GObject *object)
{
  CorPlayer *self = COR_PLAYER (object);

  cor_player_close (self);
  self->bus_watch = 0;
  if (self->playbin)
    {
      g_autoptr(GstBus) bus = gst_element_get_bus (self->playbin);
      gst_bus_remove_watch (bus);
      gst_element_set_state (self->playbin, GST_STATE_NULL);
    }
  g_clear_object (&self->playbin);
  g_clear_object (&self->video_sink);
  g_clear_object (&self->external_sink);

  g_mutex_lock (&self->sample_lock);
  if (self->sample_idle)
    {
      g_source_destroy (self->sample_idle);
      g_clear_pointer (&self->sample_idle, g_source_unref);
    }
  g_clear_pointer (&self->last_sample, gst_sample_unref);
  g_mutex_unlock (&self->sample_lock);

  G_OBJECT_CLASS (cor_player_parent_class)->dispose (object);
}

static void
cor_player_finalize (GObject *object)
{
  CorPlayer *self = COR_PLAYER (object);

  g_queue_clear_full (&self->ops, g_free);
  g_free (self->uri);
  g_free (self->missing);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->sample_lock);

  G_OBJECT_CLASS (cor_player_parent_class)->finalize (object);
}

static void
cor_player_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CorPlayer *self = COR_PLAYER (object);

  switch (prop_id)
    {
    case PROP_URI: g_value_set_string (value, self->uri); break;
    case PROP_STATE: g_value_set_enum (value, cor_player_get_state (self)); break;
    case PROP_BUSY: g_value_set_boolean (value, self->busy); break;
    case PROP_POSITION_NS: g_value_set_int64 (value, self->position_ns); break;
    case PROP_DURATION_NS: g_value_set_int64 (value, self->duration_ns); break;
    case PROP_FRAME: g_value_set_int64 (value, self->frame); break;
    case PROP_FPS_N: g_value_set_int (value, self->fps_n); break;
    case PROP_FPS_D: g_value_set_int (value, self->fps_d); break;
    case PROP_WIDTH: g_value_set_int (value, self->width); break;
    case PROP_HEIGHT: g_value_set_int (value, self->height); break;
    case PROP_HAS_VIDEO: g_value_set_boolean (value, self->has_video); break;
    case PROP_HAS_AUDIO: g_value_set_boolean (value, self->has_audio); break;
    case PROP_RATE: g_value_set_double (value, self->rate); break;
    case PROP_VOLUME: g_value_set_double (value, self->volume); break;
    case PROP_MUTED: g_value_set_boolean (value, self->muted); break;
    case PROP_LOOP_A_NS: g_value_set_int64 (value, self->loop_a_ns); break;
    case PROP_LOOP_B_NS: g_value_set_int64 (value, self->loop_b_ns); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_player_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CorPlayer *self = COR_PLAYER (object);

  switch (prop_id)
    {
    case PROP_RATE: cor_player_set_rate (self, g_value_get_double (value)); break;
    case PROP_VOLUME: cor_player_set_volume (self, g_value_get_double (value)); break;
    case PROP_MUTED: cor_player_set_muted (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_player_class_init (CorPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = cor_player_dispose;
  object_class->finalize = cor_player_finalize;
  object_class->get_property = cor_player_get_property;
  object_class->set_property = cor_player_set_property;

  cor_player_props[PROP_URI] = g_param_spec_string ("uri", NULL, NULL, NULL, ro);
  cor_player_props[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, COR_TYPE_PLAYER_STATE,
                                              COR_PLAYER_STATE_STOPPED, ro);
  cor_player_props[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, ro);
  cor_player_props[PROP_POSITION_NS] = g_param_spec_int64 ("position-ns", NULL, NULL, -1, G_MAXINT64,
                                                     0, ro);
  cor_player_props[PROP_DURATION_NS] = g_param_spec_int64 ("duration-ns", NULL, NULL, -1, G_MAXINT64,
                                                     -1, ro);
  cor_player_props[PROP_FRAME] = g_param_spec_int64 ("frame", NULL, NULL, -1, G_MAXINT64, -1, ro);
  cor_player_props[PROP_FPS_N] = g_param_spec_int ("fps-n", NULL, NULL, 0, G_MAXINT, 0, ro);
  cor_player_props[PROP_FPS_D] = g_param_spec_int ("fps-d", NULL, NULL, 0, G_MAXINT, 0, ro);
  cor_player_props[PROP_WIDTH] = g_param_spec_int ("width", NULL, NULL, 0, G_MAXINT, 0, ro);
  cor_player_props[PROP_HEIGHT] = g_param_spec_int ("height", NULL, NULL, 0, G_MAXINT, 0, ro);
  cor_player_props[PROP_HAS_VIDEO] = g_param_spec_boolean ("has-video", NULL, NULL, FALSE, ro);
  cor_player_props[PROP_HAS_AUDIO] = g_param_spec_boolean ("has-audio", NULL, NULL, FALSE, ro);
  cor_player_props[PROP_RATE] = g_param_spec_double ("rate", NULL, NULL, COR_PLAYER_MIN_RATE,
                                               COR_PLAYER_MAX_RATE, 1.0, rw);
  cor_player_props[PROP_VOLUME] = g_param_spec_double ("volume", NULL, NULL, 0.0,
                                                 COR_PLAYER_MAX_VOLUME, 1.0, rw);
  cor_player_props[PROP_MUTED] = g_param_spec_boolean ("muted", NULL, NULL, FALSE, rw);
  cor_player_props[PROP_LOOP_A_NS] = g_param_spec_int64 ("loop-a-ns", NULL, NULL, -1, G_MAXINT64, -1,
                                                   ro);
  cor_player_props[PROP_LOOP_B_NS] = g_param_spec_int64 ("loop-b-ns", NULL, NULL, -1, G_MAXINT64, -1,
                                                   ro);
  g_object_class_install_properties (object_class, N_PROPS, cor_player_props);

  cor_player_signals[SIGNAL_OPENED] = g_signal_new ("opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  cor_player_signals[SIGNAL_FRAME_READY] = g_signal_new ("frame-ready", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 0);
  cor_player_signals[SIGNAL_EOS] = g_signal_new ("eos", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  cor_player_signals[SIGNAL_ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                        G_TYPE_ERROR, G_TYPE_STRING);
}

static void
cor_player_init (CorPlayer *self)
{
  const char *audio_sink_name = g_getenv ("COR_AUDIO_SINK");
  g_autoptr(GstBus) bus = NULL;
  GstElement *scaletempo;
  GstElement *flip;

  cor_media_init ();

  g_mutex_init (&self->sample_lock);
  g_queue_init (&self->ops);
  self->context = g_main_context_ref_thread_default ();
  self->position_ns = 0;
  self->duration_ns = -1;
  self->frame = -1;
  self->rate = 1.0;
  self->volume = 1.0;
  self->loop_a_ns = -1;
  self->loop_b_ns = -1;

  self->playbin = gst_element_factory_make ("playbin", "cor-player");
  if (self->playbin == NULL)
    {
      g_critical ("GStreamer's playbin is missing: install gstreamer1.0-plugins-base");
      return;
    }
  gst_object_ref_sink (self->playbin);

  scaletempo = gst_element_factory_make ("scaletempo", NULL);
  if (scaletempo)
    g_object_set (self->playbin, "audio-filter", scaletempo, NULL);
  flip = cor_media_make_orientation_filter ();
  if (flip)
    g_object_set (self->playbin, "video-filter", flip, NULL);
  if (audio_sink_name && *audio_sink_name)
    {
      GstElement *audio_sink = gst_element_factory_make (audio_sink_name, NULL);
      if (audio_sink)
        g_object_set (self->playbin, "audio-sink", audio_sink, NULL);
      else
        g_warning ("COR_AUDIO_SINK=%s: no such element", audio_sink_name);
    }

  bus = gst_element_get_bus (self->playbin);
  self->bus_watch = gst_bus_add_watch (bus, cor_player_priv_on_bus_message, self);
}

static void
still_result_free (StillResult *still)
{
  g_clear_pointer (&still->png, g_bytes_unref);
  g_free (still);
}

static void
snapshot_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GstSample *sample = task_data;
  StillResult *result = g_new0 (StillResult, 1);
  GError *error = NULL;

  result->png = cor_media_sample_to_png (sample, &result->width, &result->height, &error);
  if (result->png == NULL)
    {
      g_free (result);
      g_task_return_error (task, error);
      return;
    }
  result->position_ns = cor_media_sample_time (sample);
  result->frame = cor_media_sample_frame (sample, NULL, NULL);
  g_task_return_pointer (task, result, (GDestroyNotify) still_result_free);
}

CorPlayer *
cor_player_new (void)
{
  return g_object_new (COR_TYPE_PLAYER, NULL);
}

void
cor_player_set_video_sink (CorPlayer  *self,
                           GstElement *sink)
{
  g_return_if_fail (COR_IS_PLAYER (self));
  g_return_if_fail (sink == NULL || GST_IS_ELEMENT (sink));

  g_clear_object (&self->external_sink);
  if (sink)
    self->external_sink = gst_object_ref_sink (sink);
}

GstElement *
cor_player_get_pipeline (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), NULL);
  return self->playbin;
}

gboolean
cor_player_open (CorPlayer   *self,
                 const char  *uri_or_path,
                 GError     **error)
{
  g_autofree char *uri = NULL;

  g_return_val_if_fail (COR_IS_PLAYER (self), FALSE);
  g_return_val_if_fail (uri_or_path != NULL, FALSE);

  if (self->playbin == NULL)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                   _("GStreamer's playbin is missing: install gstreamer1.0-plugins-base"));
      return FALSE;
    }

  if (gst_uri_is_valid (uri_or_path) && !g_str_has_prefix (uri_or_path, "/"))
    uri = g_strdup (uri_or_path);
  else
    {
      g_autofree char *absolute = NULL;
      if (!cor_media_check_file (uri_or_path, NULL, error))
        return FALSE;
      absolute = g_canonicalize_filename (uri_or_path, NULL);
      uri = g_filename_to_uri (absolute, NULL, error);
      if (uri == NULL)
        return FALSE;
    }

  cor_player_close (self);

  g_clear_object (&self->video_sink);
  self->video_sink = self->external_sink ? g_object_ref (self->external_sink)
                                         : gst_object_ref_sink (cor_player_priv_make_own_sink ());
  self->probe_pad = gst_element_get_static_pad (self->video_sink, "sink");
  if (self->probe_pad)
    self->probe_id = gst_pad_add_probe (self->probe_pad, GST_PAD_PROBE_TYPE_BUFFER,
                                        cor_player_priv_on_sink_buffer, self, NULL);

  g_free (self->uri);
  self->uri = g_steal_pointer (&uri);
  g_object_set (self->playbin, "uri", self->uri, "video-sink", self->video_sink,
                "volume", self->volume, "mute", self->muted, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_URI]);

  if (gst_element_set_state (self->playbin, GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE)
    {
      /* The bus carries the error; it is reported through "error" */
      cor_player_priv_notify_state (self);
      return TRUE;
    }
  cor_player_priv_set_busy (self, TRUE);
  cor_player_priv_notify_state (self);
  return TRUE;
}

void
cor_player_close (CorPlayer *self)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  if (self->playbin)
    gst_element_set_state (self->playbin, GST_STATE_NULL);
  if (self->probe_pad)
    {
      gst_pad_remove_probe (self->probe_pad, self->probe_id);
      self->probe_id = 0;
      g_clear_object (&self->probe_pad);
    }
  cor_player_priv_reset_media_state (self);
  cor_player_priv_set_int64 (self, &self->position_ns, 0, PROP_POSITION_NS);
  cor_player_priv_set_int64 (self, &self->duration_ns, -1, PROP_DURATION_NS);
  cor_player_priv_set_int64 (self, &self->frame, -1, PROP_FRAME);
  cor_player_priv_set_int (self, &self->fps_n, 0, PROP_FPS_N);
  cor_player_priv_set_int (self, &self->fps_d, 0, PROP_FPS_D);
  cor_player_priv_set_int (self, &self->width, 0, PROP_WIDTH);
  cor_player_priv_set_int (self, &self->height, 0, PROP_HEIGHT);
  self->has_video = self->has_audio = FALSE;
  if (self->uri)
    {
      g_clear_pointer (&self->uri, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_URI]);
      cor_player_priv_notify_state (self);
    }
}

void
cor_player_play (CorPlayer *self)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  if (self->uri == NULL || self->want_playing)
    return;
  self->want_playing = TRUE;
  if (self->opened)
    {
      if (self->at_end)
        cor_player_priv_do_seek (self, 0, COR_SEEK_ACCURATE);
      gst_element_set_state (self->playbin, GST_STATE_PLAYING);
    }
  cor_player_priv_update_position_timer (self);
  cor_player_priv_notify_state (self);
}

void
cor_player_pause (CorPlayer *self)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  if (self->uri == NULL || !self->want_playing)
    return;
  self->want_playing = FALSE;
  if (self->opened)
    gst_element_set_state (self->playbin, GST_STATE_PAUSED);
  cor_player_priv_update_position_timer (self);
  cor_player_priv_update_position (self);
  cor_player_priv_notify_state (self);
}

void
cor_player_toggle (CorPlayer *self)
{
  if (self->want_playing)
    cor_player_pause (self);
  else
    cor_player_play (self);
}

void
cor_player_seek (CorPlayer   *self,
                 gint64       position_ns,
                 CorSeekMode  mode)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  if (self->uri == NULL)
    return;
  cor_player_priv_enqueue (self, OP_SEEK, MAX (0, position_ns), FALSE, mode);
}

void
cor_player_step (CorPlayer *self,
                 int        frames)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  if (self->uri == NULL || frames == 0)
    return;
  if (self->want_playing && !self->busy)
    {
      /* Stop where the picture is */
      self->want_playing = FALSE;
      gst_element_set_state (self->playbin, GST_STATE_PAUSED);
      if (gst_element_get_state (self->playbin, NULL, NULL, 0) == GST_STATE_CHANGE_ASYNC)
        cor_player_priv_set_busy (self, TRUE);
      cor_player_priv_update_position_timer (self);
      cor_player_priv_notify_state (self);
    }
  cor_player_priv_enqueue (self, OP_STEP, frames, FALSE, COR_SEEK_ACCURATE);
}

void
cor_player_set_rate (CorPlayer *self,
                     double     rate)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  rate = CLAMP (rate, COR_PLAYER_MIN_RATE, COR_PLAYER_MAX_RATE);
  if (G_APPROX_VALUE (rate, self->rate, 1e-9))
    return;
  self->rate = rate;
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_RATE]);
  /* A flushing seek where we are carries the new rate (scaletempo keeps the pitch) */
  if (self->uri)
    cor_player_priv_enqueue (self, OP_SEEK, 0, TRUE, COR_SEEK_ACCURATE);
}

double
cor_player_get_rate (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), 1.0);
  return self->rate;
}

void
cor_player_set_volume (CorPlayer *self,
                       double     volume)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  volume = CLAMP (volume, 0.0, COR_PLAYER_MAX_VOLUME);
  if (G_APPROX_VALUE (volume, self->volume, 1e-9))
    return;
  self->volume = volume;
  if (self->playbin)
    g_object_set (self->playbin, "volume", volume, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_VOLUME]);
}

double
cor_player_get_volume (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), 1.0);
  return self->volume;
}

void
cor_player_set_muted (CorPlayer *self,
                      gboolean   muted)
{
  g_return_if_fail (COR_IS_PLAYER (self));

  muted = !!muted;
  if (muted == self->muted)
    return;
  self->muted = muted;
  if (self->playbin)
    g_object_set (self->playbin, "mute", muted, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_MUTED]);
}

gboolean
cor_player_get_muted (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), FALSE);
  return self->muted;
}

void
cor_player_set_loop (CorPlayer *self,
                     gint64     a_ns,
                     gint64     b_ns)
{
  gboolean active;

  g_return_if_fail (COR_IS_PLAYER (self));

  if (a_ns < 0 || b_ns <= a_ns)
    a_ns = b_ns = -1;
  cor_player_priv_set_int64 (self, &self->loop_a_ns, a_ns, PROP_LOOP_A_NS);
  cor_player_priv_set_int64 (self, &self->loop_b_ns, b_ns, PROP_LOOP_B_NS);
  if (self->uri == NULL)
    return;

  active = a_ns >= 0;
  if (active && (self->position_ns < a_ns || self->position_ns >= b_ns))
    cor_player_priv_enqueue (self, OP_SEEK, a_ns, FALSE, COR_SEEK_ACCURATE);
  else
    /* Re-seek where we are: sets or clears the segment stop */
    cor_player_priv_enqueue (self, OP_SEEK, 0, TRUE, COR_SEEK_ACCURATE);
}

CorPlayerState
cor_player_get_state (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), COR_PLAYER_STATE_STOPPED);

  if (self->uri == NULL)
    return COR_PLAYER_STATE_STOPPED;
  if (!self->opened)
    return COR_PLAYER_STATE_LOADING;
  return self->want_playing ? COR_PLAYER_STATE_PLAYING : COR_PLAYER_STATE_PAUSED;
}

gboolean
cor_player_get_busy (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), FALSE);
  return self->busy || !g_queue_is_empty (&self->ops);
}

const char *
cor_player_get_uri (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), NULL);
  return self->uri;
}

gint64
cor_player_get_position_ns (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), 0);
  return self->position_ns;
}

gint64
cor_player_get_duration_ns (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), -1);
  return self->duration_ns;
}

gint64
cor_player_get_frame (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), -1);
  return self->frame;
}

void
cor_player_get_frame_rate (CorPlayer *self,
                           int       *fps_n,
                           int       *fps_d)
{
  g_return_if_fail (COR_IS_PLAYER (self));
  if (fps_n)
    *fps_n = self->fps_n;
  if (fps_d)
    *fps_d = self->fps_d;
}

gboolean
cor_player_get_has_video (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), FALSE);
  return self->has_video;
}

gboolean
cor_player_get_has_audio (CorPlayer *self)
{
  g_return_val_if_fail (COR_IS_PLAYER (self), FALSE);
  return self->has_audio;
}

GstSample *
cor_player_dup_last_sample (CorPlayer *self)
{
  GstSample *sample = NULL;

  g_return_val_if_fail (COR_IS_PLAYER (self), NULL);

  g_mutex_lock (&self->sample_lock);
  if (self->last_sample)
    sample = gst_sample_ref (self->last_sample);
  g_mutex_unlock (&self->sample_lock);
  return sample;
}

void
cor_player_snapshot_async (CorPlayer           *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GstSample *sample;

  g_return_if_fail (COR_IS_PLAYER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cor_player_snapshot_async);
  sample = cor_player_dup_last_sample (self);
  if (sample == NULL)
    {
      g_task_return_new_error (task, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                               _("There is no picture to capture"));
      return;
    }
  g_task_set_task_data (task, sample, (GDestroyNotify) gst_sample_unref);
  cor_task_run_in_thread (task, snapshot_thread);
}

GBytes *
cor_player_snapshot_finish (CorPlayer     *self,
                            GAsyncResult  *result,
                            gint64        *position_ns,
                            gint64        *frame,
                            int           *width,
                            int           *height,
                            GError       **error)
{
  StillResult *still;
  GBytes *png;

  g_return_val_if_fail (COR_IS_PLAYER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  still = g_task_propagate_pointer (G_TASK (result), error);
  if (still == NULL)
    return NULL;
  if (position_ns)
    *position_ns = still->position_ns;
  if (frame)
    *frame = still->frame;
  if (width)
    *width = still->width;
  if (height)
    *height = still->height;
  png = g_steal_pointer (&still->png);
  still_result_free (still);
  return png;
}
