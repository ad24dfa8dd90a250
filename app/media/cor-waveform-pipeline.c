/* cor-waveform-pipeline.c — the decoding side of a waveform computation (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * parsebin's streams: the first audio stream goes to the waveform's audioconvert, through
 * the fastest decoder that takes it (chosen here for this pipeline only; the global ranks
 * the player uses are left alone); video, image and subtitle streams are exposed unparsed
 * and sent to a fakesink. What goes wrong is posted as application messages for the bus
 * loop of cor-waveform-compute.c: "cor-no-audio", "cor-no-decoder" (caps).
 */
#include "config.h"

#include <string.h>

#include "cor-waveform-private.h"

/* Values of GstAutoplugSelectResult, which no public header declares */
enum
{
  SELECT_TRY,
  SELECT_EXPOSE,
};

/* Fastest first: measured on GStreamer 1.22 / Debian 12 (STACK-NOTES.md); the other
 * decoders follow by rank */
static const char * const preferred_decoders[] = {
  "avdec_mp3float",  /* MP3: 2× avdec_mp3, decodebin's own pick */
  "mpg123audiodec",
  "avdec_opus",      /* Opus: 2.5–3.6× opusdec */
};

static int
preference (GstElementFactory *factory)
{
  const char *name = gst_plugin_feature_get_name (GST_PLUGIN_FEATURE (factory));

  for (guint i = 0; i < G_N_ELEMENTS (preferred_decoders); i++)
    if (g_str_equal (name, preferred_decoders[i]))
      return (int) i;
  return G_N_ELEMENTS (preferred_decoders);
}

static int
compare_decoders (gconstpointer a,
                  gconstpointer b)
{
  int pa = preference ((GstElementFactory *) a), pb = preference ((GstElementFactory *) b);

  if (pa != pb)
    return pa - pb;
  return gst_plugin_feature_rank_compare_func (a, b);
}

static void
post_application (CorWaveformCompute *c,
                  GstStructure       *structure)
{
  gst_element_post_message (c->pipeline,
                            gst_message_new_application (GST_OBJECT (c->pipeline), structure));
}

/* Links @pad (parsed, compressed audio) through the fastest decoder that takes it */
static gboolean
link_decoder (CorWaveformCompute *c,
              GstPad             *pad,
              GstCaps            *caps)
{
  GList *all = gst_element_factory_list_get_elements (GST_ELEMENT_FACTORY_TYPE_DECODER |
                                                      GST_ELEMENT_FACTORY_TYPE_MEDIA_AUDIO,
                                                      GST_RANK_MARGINAL);
  GList *fitting = gst_element_factory_list_filter (all, caps, GST_PAD_SINK, FALSE);
  gboolean linked = FALSE;

  fitting = g_list_sort (fitting, compare_decoders);
  for (GList *l = fitting; l != NULL && !linked; l = l->next)
    {
      GstElement *decoder = gst_element_factory_create (l->data, NULL);
      g_autoptr(GstPad) sink = NULL;

      if (decoder == NULL)
        continue;
      gst_bin_add (GST_BIN (c->pipeline), decoder);
      sink = gst_element_get_static_pad (decoder, "sink");
      if (sink != NULL && gst_element_link (decoder, c->convert) &&
          gst_element_sync_state_with_parent (decoder) &&
          GST_PAD_LINK_SUCCESSFUL (gst_pad_link (pad, sink)))
        {
          linked = TRUE;
          break;
        }
      gst_element_set_state (decoder, GST_STATE_NULL);
      gst_bin_remove (GST_BIN (c->pipeline), decoder);
    }
  gst_plugin_feature_list_free (fitting);
  gst_plugin_feature_list_free (all);
  return linked;
}

/* parsebin exposes all the streams of a file before any data flows: when a discarded
 * stream's first buffer comes and no audio was linked, the file has none */
static GstPadProbeReturn
on_discarded_buffer (GstPad          *pad,
                     GstPadProbeInfo *info,
                     gpointer         user_data)
{
  CorWaveformCompute *c = user_data;

  g_atomic_int_inc (&c->activity);
  if (!g_atomic_int_get (&c->audio_linked) &&
      g_atomic_int_compare_and_exchange (&c->no_audio_posted, FALSE, TRUE))
    post_application (c, gst_structure_new_empty ("cor-no-audio"));
  return GST_PAD_PROBE_OK;
}

/* Video and other streams go, unparsed, to a sink of their own: a stream left unlinked
 * can stall parsebin */
static void
discard_pad (CorWaveformCompute *c,
             GstPad             *pad)
{
  GstElement *sink = gst_element_factory_make ("fakesink", NULL);
  g_autoptr(GstPad) sink_pad = NULL;

  if (sink == NULL)
    return;
  g_object_set (sink, "sync", FALSE, "async", FALSE, "enable-last-sample", FALSE, NULL);
  gst_bin_add (GST_BIN (c->pipeline), sink);
  gst_element_sync_state_with_parent (sink);
  sink_pad = gst_element_get_static_pad (sink, "sink");
  gst_pad_add_probe (sink_pad, GST_PAD_PROBE_TYPE_BUFFER, on_discarded_buffer, c, NULL);
  gst_pad_link (pad, sink_pad);
}

static void
on_pad_added (GstElement *parsebin,
              GstPad     *pad,
              gpointer    user_data)
{
  CorWaveformCompute *c = user_data;
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  g_autoptr(GstPad) sink = NULL;
  const GstStructure *s;

  if (caps == NULL)
    caps = gst_pad_query_caps (pad, NULL);
  s = gst_caps_is_empty (caps) || gst_caps_is_any (caps) ? NULL
                                                         : gst_caps_get_structure (caps, 0);
  sink = gst_element_get_static_pad (c->convert, "sink");
  /* The first audio stream makes the waveform */
  if (s == NULL || !g_str_has_prefix (gst_structure_get_name (s), "audio/") ||
      g_atomic_int_get (&c->audio_linked) || gst_pad_is_linked (sink))
    {
      discard_pad (c, pad);
      return;
    }

  if (gst_structure_has_name (s, "audio/x-raw")
      ? GST_PAD_LINK_SUCCESSFUL (gst_pad_link (pad, sink))
      : link_decoder (c, pad, caps))
    {
      g_atomic_int_set (&c->audio_linked, TRUE);
    }
  else
    {
      g_autofree char *text = gst_caps_to_string (caps);
      post_application (c, gst_structure_new ("cor-no-decoder", "caps", G_TYPE_STRING, text,
                                              NULL));
    }
}

/* "no-more-pads" and "drained" */
static void
on_no_more_streams (GstElement *parsebin,
                    gpointer    user_data)
{
  CorWaveformCompute *c = user_data;

  if (!g_atomic_int_get (&c->audio_linked))
    post_application (c, gst_structure_new_empty ("cor-no-audio"));
}

static int
on_autoplug_select (GstElement        *parsebin,
                    GstPad            *pad,
                    GstCaps           *caps,
                    GstElementFactory *factory,
                    gpointer           user_data)
{
  const char *klass = gst_element_factory_get_metadata (factory, GST_ELEMENT_METADATA_KLASS);

  if (klass == NULL || strstr (klass, "Demuxer") != NULL || strstr (klass, "Audio") != NULL)
    return SELECT_TRY;
  if (strstr (klass, "Video") || strstr (klass, "Image") || strstr (klass, "Subtitle"))
    return SELECT_EXPOSE; /* never parse what the waveform does not need */
  return SELECT_TRY;
}

/* Internal API */

void
cor_waveform_priv_connect_parsebin (GstElement         *parsebin,
                                    CorWaveformCompute *c)
{
  g_signal_connect (parsebin, "pad-added", G_CALLBACK (on_pad_added), c);
  g_signal_connect (parsebin, "no-more-pads", G_CALLBACK (on_no_more_streams), c);
  g_signal_connect (parsebin, "drained", G_CALLBACK (on_no_more_streams), c);
  g_signal_connect (parsebin, "autoplug-select", G_CALLBACK (on_autoplug_select), c);
}
