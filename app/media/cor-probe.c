/* cor-probe.c — what a media file holds (GstDiscoverer)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>
#include <json-glib/json-glib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cor-error.h"
#include "cor-probe.h"

#define PROBE_FIRST_TIMEOUT_NS (3 * GST_SECOND)
#define PROBE_TIMEOUT_NS       (15 * GST_SECOND)

typedef struct
{
  GMainLoop         *loop;
  GstDiscovererInfo *info;
  GError            *error;
  gboolean           cancelled;
} ProbeState;

static gboolean
init_once (gpointer data)
{
  gst_init (NULL, NULL);
  return TRUE;
}

static const struct
{
  const char *prefix;
  const char *package;
} package_table[] = {
  { "video/x-vp8", "gstreamer1.0-plugins-good" },
  { "video/x-vp9", "gstreamer1.0-plugins-good" },
  { "video/x-av1", "gstreamer1.0-plugins-bad" },
  { "video/x-theora", "gstreamer1.0-plugins-base" },
  { "audio/x-vorbis", "gstreamer1.0-plugins-base" },
  { "audio/x-opus", "gstreamer1.0-plugins-base" },
  { "audio/x-flac", "gstreamer1.0-plugins-good" },
  { "audio/x-wav", "gstreamer1.0-plugins-good" },
  { "video/x-dirac", "gstreamer1.0-plugins-bad" },
};

char *
cor_media_describe_caps (const GstCaps *caps)
{
  const GstStructure *s;
  g_autofree char *codec = NULL;
  const char *name;

  if (caps == NULL || gst_caps_get_size (caps) == 0)
    return g_strdup (_("an unknown codec"));

  s = gst_caps_get_structure (caps, 0);
  name = gst_structure_get_name (s);
  codec = gst_pb_utils_get_codec_description (caps);
  if (codec == NULL)
    codec = g_strdup (name);

  /* Keep the codec's name, drop the profile: "H.265 (Main Profile)" → "H.265" */
  if (strchr (codec, '(') != NULL && codec[0] != '(')
    {
      char *paren = strchr (codec, '(');
      if (paren > codec && paren[-1] == ' ' && strstr (codec, "Profile") != NULL)
        paren[-1] = '\0';
    }

  if (g_str_has_prefix (name, "video/"))
    return g_strdup_printf (_("%s video"), codec);
  if (g_str_has_prefix (name, "audio/"))
    return g_strdup_printf (_("%s audio"), codec);
  return g_steal_pointer (&codec);
}

static void
tag_value_to_json (JsonBuilder  *builder,
                   const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    json_builder_add_string_value (builder, g_value_get_string (value));
  else if (type == G_TYPE_BOOLEAN)
    json_builder_add_boolean_value (builder, g_value_get_boolean (value));
  else if (type == G_TYPE_INT)
    json_builder_add_int_value (builder, g_value_get_int (value));
  else if (type == G_TYPE_UINT)
    json_builder_add_int_value (builder, g_value_get_uint (value));
  else if (type == G_TYPE_INT64)
    json_builder_add_int_value (builder, g_value_get_int64 (value));
  else if (type == G_TYPE_UINT64)
    json_builder_add_int_value (builder, (gint64) MIN (g_value_get_uint64 (value), G_MAXINT64));
  else if (type == G_TYPE_DOUBLE)
    json_builder_add_double_value (builder, g_value_get_double (value));
  else if (type == G_TYPE_FLOAT)
    json_builder_add_double_value (builder, g_value_get_float (value));
  else if (type == GST_TYPE_DATE_TIME)
    {
      GstDateTime *dt = g_value_get_boxed (value);
      g_autofree char *iso = dt ? gst_date_time_to_iso8601_string (dt) : NULL;
      if (iso)
        json_builder_add_string_value (builder, iso);
      else
        json_builder_add_null_value (builder);
    }
  else if (type == G_TYPE_DATE)
    {
      GDate *date = g_value_get_boxed (value);
      if (date && g_date_valid (date))
        {
          char buf[16];
          g_snprintf (buf, sizeof buf, "%04u-%02u-%02u", g_date_get_year (date),
                      (guint) g_date_get_month (date), g_date_get_day (date));
          json_builder_add_string_value (builder, buf);
        }
      else
        json_builder_add_null_value (builder);
    }
  else
    {
      g_autofree char *text = gst_value_serialize (value);
      if (text)
        json_builder_add_string_value (builder, text);
      else
        json_builder_add_null_value (builder);
    }
}

static gboolean
tag_is_binary (const GstTagList *list,
               const char       *tag)
{
  GType type = gst_tag_get_type (tag);

  return type == GST_TYPE_SAMPLE || type == GST_TYPE_BUFFER ||
         g_str_has_prefix (tag, "private-");
}

static void
add_tags (JsonBuilder      *builder,
          GHashTable       *seen,
          const GstTagList *list)
{
  int n;

  if (list == NULL)
    return;

  n = gst_tag_list_n_tags (list);
  for (int i = 0; i < n; i++)
    {
      const char *tag = gst_tag_list_nth_tag_name (list, i);
      guint size = gst_tag_list_get_tag_size (list, tag);

      if (size == 0 || tag_is_binary (list, tag) || g_hash_table_contains (seen, tag))
        continue;
      g_hash_table_add (seen, g_strdup (tag));

      json_builder_set_member_name (builder, tag);
      if (size == 1)
        tag_value_to_json (builder, gst_tag_list_get_value_index (list, tag, 0));
      else
        {
          json_builder_begin_array (builder);
          for (guint j = 0; j < size; j++)
            tag_value_to_json (builder, gst_tag_list_get_value_index (list, tag, j));
          json_builder_end_array (builder);
        }
    }
}

/* Phone footage is stored sideways with an image-orientation tag ("rotate-90");
 * the size we report is the size as displayed. */
static gboolean
orientation_swaps_size (const GstTagList *list)
{
  g_autofree char *orientation = NULL;

  if (list == NULL ||
      !gst_tag_list_get_string (list, GST_TAG_IMAGE_ORIENTATION, &orientation))
    return FALSE;
  return g_str_equal (orientation, "rotate-90") || g_str_equal (orientation, "rotate-270") ||
         g_str_equal (orientation, "flip-rotate-90") ||
         g_str_equal (orientation, "flip-rotate-270");
}

static char *
find_created (const GstTagList *list)
{
  GstDateTime *dt = NULL;
  GDate *date = NULL;

  if (list == NULL)
    return NULL;

  if (gst_tag_list_get_date_time (list, GST_TAG_DATE_TIME, &dt))
    {
      char *iso = NULL;
      if (gst_date_time_has_time (dt))
        {
          g_autoptr(GDateTime) gdt = gst_date_time_to_g_date_time (dt);
          g_autoptr(GDateTime) utc = gdt ? g_date_time_to_utc (gdt) : NULL;
          if (utc)
            iso = g_date_time_format_iso8601 (utc);
        }
      if (iso == NULL)
        iso = gst_date_time_to_iso8601_string (dt);
      gst_date_time_unref (dt);
      if (iso)
        return iso;
    }
  if (gst_tag_list_get_date (list, GST_TAG_DATE, &date))
    {
      char *iso = NULL;
      if (g_date_valid (date))
        iso = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                               (guint) g_date_get_month (date), g_date_get_day (date));
      g_date_free (date);
      return iso;
    }
  return NULL;
}

static void
on_discovered (GstDiscoverer     *discoverer,
               GstDiscovererInfo *info,
               const GError      *error,
               ProbeState        *state)
{
  g_clear_object (&state->info);
  state->info = g_object_ref (info);
  g_clear_error (&state->error);
  if (error)
    state->error = g_error_copy (error);
}

static void
on_finished (GstDiscoverer *discoverer,
             ProbeState    *state)
{
  g_main_loop_quit (state->loop);
}

static gboolean
on_cancelled (GCancellable *cancellable,
              ProbeState   *state)
{
  state->cancelled = TRUE;
  g_main_loop_quit (state->loop);
  return G_SOURCE_REMOVE;
}

/* Missing decoders for audio or video, described ("H.265 video"), with the package */
static char *
describe_missing (GstDiscovererInfo *info,
                  const char       **out_package)
{
  const char **details = gst_discoverer_info_get_missing_elements_installer_details (info);

  for (guint i = 0; details && details[i]; i++)
    {
      char *what = cor_media_describe_installer_detail (details[i], out_package);
      if (what)
        return what;
    }
  return NULL;
}

static gboolean
fill_info (CorMediaInfo      *out,
           GstDiscovererInfo *info)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GstDiscovererStreamInfo *top;
  GList *streams;
  gboolean has_video = FALSE;
  gboolean has_audio = FALSE;

  json_builder_begin_object (builder);

  top = gst_discoverer_info_get_stream_info (info);
  if (top && GST_IS_DISCOVERER_CONTAINER_INFO (top))
    {
      g_autoptr(GstCaps) caps = gst_discoverer_stream_info_get_caps (top);
      if (caps)
        out->container = gst_pb_utils_get_codec_description (caps);
      add_tags (builder, seen,
                gst_discoverer_container_info_get_tags (GST_DISCOVERER_CONTAINER_INFO (top)));
      if (out->created == NULL)
        out->created = find_created (
          gst_discoverer_container_info_get_tags (GST_DISCOVERER_CONTAINER_INFO (top)));
    }
  g_clear_object (&top);

  streams = gst_discoverer_info_get_stream_list (info);
  for (GList *l = streams; l; l = l->next)
    {
      GstDiscovererStreamInfo *sinfo = l->data;
      g_autoptr(GstCaps) caps = gst_discoverer_stream_info_get_caps (sinfo);
      const GstTagList *tags = gst_discoverer_stream_info_get_tags (sinfo);

      if (GST_IS_DISCOVERER_VIDEO_INFO (sinfo))
        {
          GstDiscovererVideoInfo *vinfo = GST_DISCOVERER_VIDEO_INFO (sinfo);
          if (gst_discoverer_video_info_is_image (vinfo) || has_video)
            continue;
          has_video = TRUE;
          out->width = (int) gst_discoverer_video_info_get_width (vinfo);
          out->height = (int) gst_discoverer_video_info_get_height (vinfo);
          if (orientation_swaps_size (tags))
            {
              int w = out->width;
              out->width = out->height;
              out->height = w;
            }
          out->fps_n = (int) gst_discoverer_video_info_get_framerate_num (vinfo);
          out->fps_d = (int) gst_discoverer_video_info_get_framerate_denom (vinfo);
          if (out->fps_n <= 0 || out->fps_d <= 0)
            out->fps_n = out->fps_d = 0;
          if (caps)
            out->video_codec = gst_pb_utils_get_codec_description (caps);
        }
      else if (GST_IS_DISCOVERER_AUDIO_INFO (sinfo))
        {
          const char *name = caps && gst_caps_get_size (caps) > 0
                             ? gst_structure_get_name (gst_caps_get_structure (caps, 0)) : "";
          char *tag_codec = NULL;

          if (has_audio)
            continue;
          has_audio = TRUE;
          /* For PCM the caps say only "WAV"; the tag says "Uncompressed 16-bit PCM audio" */
          if ((g_str_equal (name, "audio/x-raw") || g_str_equal (name, "audio/x-wav") ||
               g_str_equal (name, "audio/x-aiff")) && tags &&
              gst_tag_list_get_string (tags, GST_TAG_AUDIO_CODEC, &tag_codec))
            out->audio_codec = tag_codec;
          else if (caps)
            out->audio_codec = gst_pb_utils_get_codec_description (caps);
        }
      else
        continue;

      add_tags (builder, seen, tags);
      if (out->container == NULL && tags)
        gst_tag_list_get_string (tags, GST_TAG_CONTAINER_FORMAT, &out->container);
      if (out->created == NULL)
        out->created = find_created (tags);
    }
  gst_discoverer_stream_info_list_free (streams);

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  out->tags_json = json_generator_to_data (generator, NULL);

  if (!has_video && !has_audio)
    return FALSE;

  out->kind = has_video ? COR_CLIP_KIND_VIDEO : COR_CLIP_KIND_AUDIO;
  if (GST_CLOCK_TIME_IS_VALID (gst_discoverer_info_get_duration (info)))
    out->duration_ns = (gint64) gst_discoverer_info_get_duration (info);
  out->seekable = gst_discoverer_info_get_seekable (info);
  return TRUE;
}

static gboolean
classify (const char         *path,
          GstDiscovererInfo  *info,
          const GError       *gst_error,
          CorMediaInfo       *out,
          GError            **error)
{
  g_autofree char *display = g_filename_display_name (path);
  GstDiscovererResult result = info ? gst_discoverer_info_get_result (info)
                                    : GST_DISCOVERER_ERROR;
  const char *debug = gst_error ? gst_error->message : "";

  switch (result)
    {
    case GST_DISCOVERER_OK:
      if (!fill_info (out, info))
        {
          g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                       _("“%s” is not an audio or video file"), display);
          return FALSE;
        }
      return TRUE;

    case GST_DISCOVERER_MISSING_PLUGINS:
      {
        const char *package = NULL;
        g_autofree char *what = describe_missing (info, &package);

        if (what != NULL)
          {
            g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER,
                         _("“%s”: no decoder for %s: install %s"), display, what, package);
            return FALSE;
          }
        /* Only a subtitle or data stream lacks a decoder: keep what plays */
        if (fill_info (out, info))
          return TRUE;
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                     _("“%s” is not an audio or video file"), display);
        return FALSE;
      }

    case GST_DISCOVERER_URI_INVALID:
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND,
                   _("“%s” does not exist"), display);
      return FALSE;

    case GST_DISCOVERER_TIMEOUT:
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                   _("“%s” could not be read in 15 seconds: the file may be damaged"), display);
      return FALSE;

    case GST_DISCOVERER_BUSY:
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                   _("Could not examine “%s”: the media framework is busy"), display);
      return FALSE;

    case GST_DISCOVERER_ERROR:
    default:
      if (gst_error && gst_error->domain == GST_STREAM_ERROR &&
          (gst_error->code == GST_STREAM_ERROR_TYPE_NOT_FOUND ||
           gst_error->code == GST_STREAM_ERROR_WRONG_TYPE))
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA,
                     _("“%s” is not an audio or video file"), display);
      else if (gst_error && gst_error->domain == GST_RESOURCE_ERROR &&
               gst_error->code == GST_RESOURCE_ERROR_NOT_FOUND)
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND,
                     _("“%s” does not exist"), display);
      else if (gst_error && gst_error->domain == GST_RESOURCE_ERROR &&
               (gst_error->code == GST_RESOURCE_ERROR_OPEN_READ ||
                gst_error->code == GST_RESOURCE_ERROR_READ))
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                     _("“%s” cannot be read: %s"), display, debug);
      else
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED,
                     _("“%s” is damaged or truncated: %s"), display,
                     *debug ? debug : _("it cannot be decoded"));
      return FALSE;
    }
}

void
cor_media_info_free (CorMediaInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->video_codec);
  g_free (info->audio_codec);
  g_free (info->container);
  g_free (info->tags_json);
  g_free (info->created);
  g_free (info);
}

void
cor_media_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, (GThreadFunc) init_once, NULL);
}

char *
cor_media_describe_installer_detail (const char  *detail,
                                     const char **package)
{
  g_auto(GStrv) fields = NULL;
  g_autoptr(GstCaps) caps = NULL;
  const char *what;

  g_return_val_if_fail (detail != NULL, NULL);

  fields = g_strsplit (detail, "|", 5);
  if (g_strv_length (fields) < 5 || !g_str_has_prefix (fields[4], "decoder-"))
    return NULL;
  what = fields[4] + strlen ("decoder-");
  if (!g_str_has_prefix (what, "video/") && !g_str_has_prefix (what, "audio/"))
    return NULL;
  caps = gst_caps_from_string (what);
  if (package)
    *package = cor_media_package_for_caps (what);
  return cor_media_describe_caps (caps);
}

const char *
cor_media_package_for_caps (const char *caps)
{
  g_return_val_if_fail (caps != NULL, "gstreamer1.0-libav");

  for (guint i = 0; i < G_N_ELEMENTS (package_table); i++)
    if (g_str_has_prefix (caps, package_table[i].prefix))
      return package_table[i].package;

  /* MP3 (audio/mpeg, mpegversion=1) is in -good; AAC (mpegversion 2 or 4) needs libav */
  if (g_str_has_prefix (caps, "audio/mpeg") && strstr (caps, "mpegversion=(int)1") != NULL)
    return "gstreamer1.0-plugins-good";
  return "gstreamer1.0-libav";
}

gboolean
cor_media_check_file (const char  *path,
                      gint64      *out_size,
                      GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  GStatBuf st;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND,
                     _("“%s” does not exist"), display);
      else
        g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                     _("“%s” cannot be read: %s"), display, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                   _("“%s” is a folder, not a file"), display);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                   _("“%s” is not a regular file"), display);
      return FALSE;
    }
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  if (st.st_size == 0)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_EMPTY,
                   _("“%s” is empty (0 bytes)"), display);
      return FALSE;
    }
  if (out_size)
    *out_size = (gint64) st.st_size;
  return TRUE;
}

/* One discoverer run in a private main context on this thread, so that a cancellable
 * can stop it and the caller's main context is never touched. */
static gboolean
run_discoverer (const char    *uri,
                GstClockTime   timeout,
                GCancellable  *cancellable,
                ProbeState    *state,
                GError       **error)
{
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GstDiscoverer) discoverer = NULL;
  g_autoptr(GError) local_error = NULL;
  GSource *cancel_source = NULL;

  discoverer = gst_discoverer_new (timeout, &local_error);
  if (discoverer == NULL)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED,
                   _("The media framework cannot examine files: %s"), local_error->message);
      return FALSE;
    }

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  state->loop = g_main_loop_new (context, FALSE);

  g_signal_connect (discoverer, "discovered", G_CALLBACK (on_discovered), state);
  g_signal_connect (discoverer, "finished", G_CALLBACK (on_finished), state);
  if (cancellable)
    {
      cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (cancel_source, G_SOURCE_FUNC (on_cancelled), state, NULL);
      g_source_attach (cancel_source, context);
    }

  gst_discoverer_start (discoverer);
  if (gst_discoverer_discover_uri_async (discoverer, uri))
    g_main_loop_run (state->loop);
  gst_discoverer_stop (discoverer);
  g_signal_handlers_disconnect_by_data (discoverer, state);

  if (cancel_source)
    {
      g_source_destroy (cancel_source);
      g_source_unref (cancel_source);
    }
  g_clear_pointer (&state->loop, g_main_loop_unref);
  g_main_context_pop_thread_default (context);
  return TRUE;
}

CorMediaInfo *
cor_media_probe (const char    *path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CorMediaInfo) out = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *uri = NULL;
  ProbeState state = { 0 };

  g_return_val_if_fail (path != NULL, NULL);

  if (!cor_media_check_file (path, NULL, error))
    return NULL;
  if (g_cancellable_is_cancelled (cancellable))
    goto cancelled;

  cor_media_init ();

  absolute = g_canonicalize_filename (path, NULL);
  uri = g_filename_to_uri (absolute, NULL, &local_error);
  if (uri == NULL)
    {
      g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_FAILED, "%s", local_error->message);
      return NULL;
    }

  /* GStreamer 1.22's decodebin sometimes swallows a demuxer's error on a damaged file,
   * and the discoverer then waits for its whole timeout. A short first run, then one
   * with the full timeout, keeps a damaged file from stalling the import. */
  if (!run_discoverer (uri, PROBE_FIRST_TIMEOUT_NS, cancellable, &state, error))
    return NULL;
  if (!state.cancelled && state.info &&
      gst_discoverer_info_get_result (state.info) == GST_DISCOVERER_TIMEOUT)
    {
      g_clear_object (&state.info);
      g_clear_error (&state.error);
      if (!run_discoverer (uri, PROBE_TIMEOUT_NS, cancellable, &state, error))
        return NULL;
    }

  if (state.cancelled || g_cancellable_is_cancelled (cancellable))
    {
      g_clear_object (&state.info);
      g_clear_error (&state.error);
      goto cancelled;
    }

  out = g_new0 (CorMediaInfo, 1);
  out->duration_ns = -1;
  if (!classify (path, state.info, state.error, out, error))
    g_clear_pointer (&out, cor_media_info_free);

  g_clear_object (&state.info);
  g_clear_error (&state.error);
  return g_steal_pointer (&out);

cancelled:
  g_set_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED, _("Cancelled"));
  return NULL;
}
