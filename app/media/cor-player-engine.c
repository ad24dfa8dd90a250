/* cor-player-engine.c — CorPlayer's pipeline control: queued seeks and steps, the
 * bus, the newest frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/app/gstappsink.h>
#include <gst/pbutils/pbutils.h>
#include <gst/video/video.h>

#include "cor-error.h"
#include "cor-player-private.h"
#include "cor-probe.h"
#include "cor-still.h"
#include "cor-time.h"

static void run_queue (CorPlayer *self);

void
cor_player_priv_set_int64 (CorPlayer *self,
                           gint64    *field,
                           gint64     value,
                           int        prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[prop]);
}

void
cor_player_priv_set_int (CorPlayer *self,
                         int       *field,
                         int        value,
                         int        prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[prop]);
}

static gboolean
on_busy_watchdog (gpointer user_data)
{
  CorPlayer *self = user_data;

  self->busy_watchdog = 0;
  if (!self->opened && self->uri)
    {
      /* A damaged file can stall the demuxer without an error message */
      g_autoptr(GError) error = NULL;
      g_autofree char *filename = g_filename_from_uri (self->uri, NULL, NULL);
      g_autofree char *display = filename ? g_filename_display_name (filename)
                                          : g_strdup (self->uri);

      error = g_error_new (COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                           _("“%s” could not be opened in %d seconds: the file may be damaged"),
                           display, BUSY_WATCHDOG_S);
      cor_player_close (self);
      cor_player_priv_emit_error (self, error, NULL);
      return G_SOURCE_REMOVE;
    }
  g_debug ("no ASYNC_DONE after %d s; going on", BUSY_WATCHDOG_S);
  cor_player_priv_set_busy (self, FALSE);
  run_queue (self);
  return G_SOURCE_REMOVE;
}

void
cor_player_priv_set_busy (CorPlayer *self,
                          gboolean   busy)
{
  g_clear_handle_id (&self->busy_watchdog, g_source_remove);
  if (busy)
    self->busy_watchdog = g_timeout_add_seconds (BUSY_WATCHDOG_S, on_busy_watchdog, self);
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_BUSY]);
}

void
cor_player_priv_notify_state (CorPlayer *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_STATE]);
}

gint64
cor_player_priv_query_position (CorPlayer *self)
{
  gint64 pos = -1;

  if (self->playbin && gst_element_query_position (self->playbin, GST_FORMAT_TIME, &pos))
    return pos;
  return -1;
}

/* Position and frame from the newest frame (paused) or the clock (playing) */
void
cor_player_priv_update_position (CorPlayer *self)
{
  g_autoptr(GstSample) sample = cor_player_dup_last_sample (self);
  gint64 pos = -1;
  gint64 frame = -1;

  if (sample)
    {
      int fps_n = 0, fps_d = 0;
      GstVideoInfo info;

      frame = cor_media_sample_frame (sample, &fps_n, &fps_d);
      if (fps_n > 0)
        {
          cor_player_priv_set_int (self, &self->fps_n, fps_n, PROP_FPS_N);
          cor_player_priv_set_int (self, &self->fps_d, fps_d, PROP_FPS_D);
        }
      if (gst_sample_get_caps (sample) &&
          gst_video_info_from_caps (&info, gst_sample_get_caps (sample)))
        {
          cor_player_priv_set_int (self, &self->width, GST_VIDEO_INFO_WIDTH (&info), PROP_WIDTH);
          cor_player_priv_set_int (self, &self->height, GST_VIDEO_INFO_HEIGHT (&info), PROP_HEIGHT);
        }
      if (!self->want_playing && !self->busy)
        pos = cor_media_sample_time (sample);
    }
  if (pos < 0 && !self->busy)
    pos = cor_player_priv_query_position (self);
  if (pos >= 0)
    cor_player_priv_set_int64 (self, &self->position_ns, pos, PROP_POSITION_NS);
  cor_player_priv_set_int64 (self, &self->frame, frame, PROP_FRAME);
}

static gboolean
on_position_timer (gpointer user_data)
{
  CorPlayer *self = user_data;

  cor_player_priv_update_position (self);
  return G_SOURCE_CONTINUE;
}

void
cor_player_priv_update_position_timer (CorPlayer *self)
{
  if (self->want_playing && self->opened)
    {
      if (self->position_timer == 0)
        self->position_timer = g_timeout_add (POSITION_INTERVAL_MS, on_position_timer, self);
    }
  else
    g_clear_handle_id (&self->position_timer, g_source_remove);
}

static gboolean
on_sample_idle (gpointer user_data)
{
  CorPlayer *self = user_data;

  g_mutex_lock (&self->sample_lock);
  g_clear_pointer (&self->sample_idle, g_source_unref);
  g_mutex_unlock (&self->sample_lock);

  cor_player_priv_update_position (self);
  g_signal_emit (self, cor_player_signals[SIGNAL_FRAME_READY], 0);
  return G_SOURCE_REMOVE;
}

/* Streaming thread: keep the newest frame that reaches the video sink */
GstPadProbeReturn
cor_player_priv_on_sink_buffer (GstPad          *pad,
                                GstPadProbeInfo *info,
                                gpointer         user_data)
{
  CorPlayer *self = user_data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  g_autoptr(GstEvent) seg_event = gst_pad_get_sticky_event (pad, GST_EVENT_SEGMENT, 0);
  const GstSegment *segment = NULL;
  GstSample *sample;

  if (buffer == NULL)
    return GST_PAD_PROBE_OK;
  if (seg_event)
    gst_event_parse_segment (seg_event, &segment);
  sample = gst_sample_new (buffer, caps, segment, NULL);

  g_mutex_lock (&self->sample_lock);
  g_clear_pointer (&self->last_sample, gst_sample_unref);
  self->last_sample = sample;
  if (self->sample_idle == NULL)
    {
      self->sample_idle = g_idle_source_new ();
      g_source_set_priority (self->sample_idle, G_PRIORITY_DEFAULT);
      g_source_set_callback (self->sample_idle, on_sample_idle, g_object_ref (self),
                             g_object_unref);
      g_source_set_static_name (self->sample_idle, "[corroborate] player frame");
      g_source_attach (self->sample_idle, self->context);
    }
  g_mutex_unlock (&self->sample_lock);
  return GST_PAD_PROBE_OK;
}

static GstFlowReturn
on_own_preroll (GstAppSink *sink,
                gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_preroll (sink);
  return GST_FLOW_OK;
}

static GstFlowReturn
on_own_sample (GstAppSink *sink,
               gpointer    user_data)
{
  /* The probe kept it; pull so that the sink's queue drains and EOS can come */
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);
  return GST_FLOW_OK;
}

GstElement *
cor_player_priv_make_own_sink (void)
{
  GstElement *sink = gst_element_factory_make ("appsink", "cor-video-sink");
  g_autoptr(GstCaps) caps = gst_caps_from_string ("video/x-raw,format=BGRA");
  GstAppSinkCallbacks callbacks = { 0 };

  callbacks.new_preroll = on_own_preroll;
  callbacks.new_sample = on_own_sample;
  g_object_set (sink, "caps", caps, "sync", TRUE, "max-buffers", 2, "drop", TRUE,
                "enable-last-sample", FALSE, NULL);
  gst_app_sink_set_callbacks (GST_APP_SINK (sink), &callbacks, NULL, NULL);
  return sink;
}

void
cor_player_priv_emit_error (CorPlayer  *self,
                            GError     *error,
                            const char *debug)
{
  g_signal_emit (self, cor_player_signals[SIGNAL_ERROR], 0, error, debug);
}

void
cor_player_priv_reset_media_state (CorPlayer *self)
{
  g_queue_clear_full (&self->ops, g_free);
  self->opened = FALSE;
  self->want_playing = FALSE;
  self->at_end = FALSE;
  self->missing_reported = FALSE;
  g_clear_pointer (&self->missing, g_free);
  cor_player_priv_set_busy (self, FALSE);
  cor_player_priv_update_position_timer (self);

  g_mutex_lock (&self->sample_lock);
  g_clear_pointer (&self->last_sample, gst_sample_unref);
  g_mutex_unlock (&self->sample_lock);
}

void
cor_player_priv_do_seek (CorPlayer  *self,
                         gint64      target,
                         CorSeekMode mode)
{
  GstSeekFlags flags = GST_SEEK_FLAG_FLUSH;
  gint64 stop = GST_CLOCK_TIME_NONE;

  if (target < 0)
    target = 0;
  if (self->duration_ns > 0 && target > self->duration_ns)
    target = self->duration_ns;

  flags |= mode == COR_SEEK_ACCURATE ? GST_SEEK_FLAG_ACCURATE
                                     : GST_SEEK_FLAG_KEY_UNIT | GST_SEEK_FLAG_SNAP_NEAREST;
  if (self->loop_a_ns >= 0 && self->loop_b_ns > self->loop_a_ns &&
      target >= self->loop_a_ns && target < self->loop_b_ns)
    {
      flags |= GST_SEEK_FLAG_SEGMENT;
      stop = self->loop_b_ns;
    }
  if (mode == COR_SEEK_ACCURATE && self->has_video && self->fps_n > 0)
    {
      target = cor_media_frame_middle (target, self->fps_n, self->fps_d);
      if (flags & GST_SEEK_FLAG_SEGMENT)
        target = CLAMP (target, self->loop_a_ns, self->loop_b_ns - 1);
    }

  /* Always an explicit stop: GST_SEEK_TYPE_NONE would keep an old one */
  if (gst_element_seek (self->playbin, self->rate, GST_FORMAT_TIME, flags,
                        GST_SEEK_TYPE_SET, target, GST_SEEK_TYPE_SET, stop))
    {
      self->at_end = FALSE;
      cor_player_priv_set_busy (self, TRUE);
      cor_player_priv_set_int64 (self, &self->position_ns, target, PROP_POSITION_NS);
    }
}

static void
do_step (CorPlayer *self,
         gint64     frames)
{
  if (frames > 0)
    {
      if (self->at_end)
        return;
      if (gst_element_send_event (self->playbin,
                                  gst_event_new_step (GST_FORMAT_BUFFERS, (guint64) frames,
                                                      1.0, TRUE, FALSE)))
        cor_player_priv_set_busy (self, TRUE);
    }
  else if (frames < 0)
    {
      gint64 frame = self->frame;
      gint64 target;

      if (self->fps_n <= 0 || self->fps_d <= 0)
        return;
      if (frame < 0)
        frame = cor_time_ns_to_frame (self->position_ns, self->fps_n, self->fps_d);
      target = MAX (0, frame + frames);
      cor_player_priv_do_seek (self, cor_time_frame_to_ns (target, self->fps_n, self->fps_d), COR_SEEK_ACCURATE);
    }
}

static void
run_queue (CorPlayer *self)
{
  while (!self->busy && self->opened && !g_queue_is_empty (&self->ops))
    {
      Op *op = g_queue_peek_head (&self->ops);

      if (op->type == OP_STEP && self->want_playing)
        {
          self->want_playing = FALSE;
          cor_player_priv_update_position_timer (self);
          cor_player_priv_notify_state (self);
          if (gst_element_set_state (self->playbin, GST_STATE_PAUSED) == GST_STATE_CHANGE_ASYNC)
            {
              cor_player_priv_set_busy (self, TRUE);
              return;
            }
        }

      op = g_queue_pop_head (&self->ops);
      if (op->type == OP_SEEK)
        {
          gint64 target = op->value;
          if (op->current)
            {
              target = cor_player_priv_query_position (self);
              if (target < 0)
                target = self->position_ns;
            }
          cor_player_priv_do_seek (self, target, op->mode);
        }
      else
        do_step (self, op->value);
      g_free (op);
    }
}

void
cor_player_priv_enqueue (CorPlayer   *self,
                         OpType       type,
                         gint64       value,
                         gboolean     current,
                         CorSeekMode  mode)
{
  Op *tail = g_queue_peek_tail (&self->ops);
  Op *op;

  /* Scrubbing sends many seeks: only the newest one matters; steps add up */
  if (tail && tail->type == OP_SEEK && type == OP_SEEK)
    {
      tail->value = value;
      tail->current = current;
      tail->mode = mode;
    }
  else if (tail && tail->type == OP_STEP && type == OP_STEP &&
           (tail->value > 0) == (value > 0))
    tail->value += value;
  else
    {
      op = g_new0 (Op, 1);
      op->type = type;
      op->value = value;
      op->current = current;
      op->mode = mode;
      g_queue_push_tail (&self->ops, op);
    }
  run_queue (self);
}

static void
on_opened (CorPlayer *self)
{
  int n_video = 0, n_audio = 0;
  gint64 duration = -1;

  self->opened = TRUE;
  g_object_get (self->playbin, "n-video", &n_video, "n-audio", &n_audio, NULL);
  if ((n_video > 0) != self->has_video)
    {
      self->has_video = n_video > 0;
      g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_HAS_VIDEO]);
    }
  if ((n_audio > 0) != self->has_audio)
    {
      self->has_audio = n_audio > 0;
      g_object_notify_by_pspec (G_OBJECT (self), cor_player_props[PROP_HAS_AUDIO]);
    }
  if (gst_element_query_duration (self->playbin, GST_FORMAT_TIME, &duration))
    cor_player_priv_set_int64 (self, &self->duration_ns, duration, PROP_DURATION_NS);
  cor_player_priv_update_position (self);
  if (self->want_playing)
    gst_element_set_state (self->playbin, GST_STATE_PLAYING);
  cor_player_priv_update_position_timer (self);
  cor_player_priv_notify_state (self);
  g_signal_emit (self, cor_player_signals[SIGNAL_OPENED], 0);

  /* A stream the file holds cannot be decoded, though another one plays */
  if (self->missing && !self->missing_reported)
    {
      g_autoptr(GError) error = cor_media_error_from_gst (NULL, self->uri, self->missing,
                                                          self->missing_package);
      self->missing_reported = TRUE;
      cor_player_priv_emit_error (self, error, NULL);
    }
}

gboolean
cor_player_priv_on_bus_message (GstBus     *bus,
                                GstMessage *msg,
                                gpointer    user_data)
{
  CorPlayer *self = user_data;

  switch (GST_MESSAGE_TYPE (msg))
    {
    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) gst_error = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (msg, &gst_error, &debug);
        error = cor_media_error_from_gst (gst_error, self->uri, self->missing,
                                          self->missing_package);
        /* The player is stopped and empty; the caller may open something else */
        cor_player_close (self);
        cor_player_priv_emit_error (self, error, debug);
      }
      break;

    case GST_MESSAGE_ELEMENT:
      if (gst_is_missing_plugin_message (msg) && self->missing == NULL)
        self->missing = cor_media_describe_missing_plugin (msg, &self->missing_package);
      break;

    case GST_MESSAGE_ASYNC_DONE:
      if (!self->opened && self->uri)
        {
          cor_player_priv_set_busy (self, FALSE);
          on_opened (self);
        }
      else
        {
          cor_player_priv_set_busy (self, FALSE);
          cor_player_priv_update_position (self);
        }
      run_queue (self);
      break;

    case GST_MESSAGE_DURATION_CHANGED:
      {
        gint64 duration = -1;
        if (gst_element_query_duration (self->playbin, GST_FORMAT_TIME, &duration))
          cor_player_priv_set_int64 (self, &self->duration_ns, duration, PROP_DURATION_NS);
      }
      break;

    case GST_MESSAGE_SEGMENT_DONE:
      if (self->loop_a_ns >= 0 && self->loop_b_ns > self->loop_a_ns)
        /* Seamless: a non-flushing segment seek back to A */
        gst_element_seek (self->playbin, self->rate, GST_FORMAT_TIME,
                          GST_SEEK_FLAG_SEGMENT | GST_SEEK_FLAG_ACCURATE,
                          GST_SEEK_TYPE_SET, self->loop_a_ns,
                          GST_SEEK_TYPE_SET, self->loop_b_ns);
      else
        {
          self->at_end = TRUE;
          g_signal_emit (self, cor_player_signals[SIGNAL_EOS], 0);
        }
      break;

    case GST_MESSAGE_EOS:
      self->at_end = TRUE;
      self->want_playing = FALSE;
      cor_player_priv_update_position_timer (self);
      if (gst_element_set_state (self->playbin, GST_STATE_PAUSED) == GST_STATE_CHANGE_ASYNC)
        cor_player_priv_set_busy (self, TRUE);
      cor_player_priv_update_position (self);
      cor_player_priv_notify_state (self);
      g_signal_emit (self, cor_player_signals[SIGNAL_EOS], 0);
      break;

    default:
      break;
    }
  return G_SOURCE_CONTINUE;
}
