/* test-probe.c — SHA-256 and GstDiscoverer probing of generated media
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cor-error.h"
#include "cor-import.h"
#include "cor-probe.h"
#include "media-test-util.h"

static char *tmpdir;

#define V2S "videotestsrc num-buffers=60 ! video/x-raw,width=320,height=240,framerate=30/1"
#define A2S "audiotestsrc num-buffers=100 samplesperbuffer=960 ! audio/x-raw,rate=48000,channels=2"

typedef struct
{
  const char  *name;
  const char  *pipeline;
  CorClipKind  kind;
  const char  *video_codec;  /* substring, NULL: no video */
  const char  *audio_codec;  /* substring, NULL: no audio */
  const char  *container;    /* substring, NULL: not checked */
} FormatCase;

static const FormatCase formats[] = {
  { "vp8-opus.webm",
    V2S " ! vp8enc deadline=1 ! mux. " A2S " ! audioconvert ! opusenc ! mux. "
    "webmmux name=mux ! filesink location=%s",
    COR_CLIP_KIND_VIDEO, "VP8", "Opus", "WebM" },
  { "vp9-vorbis.webm",
    V2S " ! vp9enc deadline=1 cpu-used=8 ! mux. " A2S " ! audioconvert ! vorbisenc ! mux. "
    "webmmux name=mux ! filesink location=%s",
    COR_CLIP_KIND_VIDEO, "VP9", "Vorbis", "WebM" },
  { "h264-aac.mp4",
    V2S " ! x264enc ! video/x-h264,profile=main ! mux. " A2S " ! audioconvert ! avenc_aac ! mux. "
    "mp4mux name=mux ! filesink location=%s",
    COR_CLIP_KIND_VIDEO, "H.264", "AAC", NULL },
  { "h264-aac.mov",
    V2S " ! x264enc ! video/x-h264,profile=main ! mux. " A2S " ! audioconvert ! avenc_aac ! mux. "
    "qtmux name=mux ! filesink location=%s",
    COR_CLIP_KIND_VIDEO, "H.264", "AAC", "Quicktime" },
  { "h264-vorbis.mkv",
    V2S " ! x264enc ! video/x-h264,profile=main ! mux. " A2S " ! audioconvert ! vorbisenc ! mux. "
    "matroskamux name=mux ! filesink location=%s",
    COR_CLIP_KIND_VIDEO, "H.264", "Vorbis", "Matroska" },
  { "theora-vorbis.ogg",
    V2S " ! theoraenc ! mux. " A2S " ! audioconvert ! vorbisenc ! mux. "
    "oggmux name=mux ! filesink location=%s",
    COR_CLIP_KIND_VIDEO, "Theora", "Vorbis", "Ogg" },
  { "opus.ogg",
    A2S " ! audioconvert ! opusenc ! oggmux ! filesink location=%s",
    COR_CLIP_KIND_AUDIO, NULL, "Opus", "Ogg" },
  { "tone.mp3",
    A2S " ! audioconvert ! lamemp3enc cbr=true ! filesink location=%s",
    COR_CLIP_KIND_AUDIO, NULL, "MP3", NULL },
  { "tone.wav",
    A2S " ! audioconvert ! wavenc ! filesink location=%s",
    COR_CLIP_KIND_AUDIO, NULL, "PCM", "WAV" },
  { "tone.flac",
    A2S " ! audioconvert ! flacenc ! filesink location=%s",
    COR_CLIP_KIND_AUDIO, NULL, "FLAC", NULL },
  { "tone.m4a",
    A2S " ! audioconvert ! avenc_aac ! mp4mux ! filesink location=%s",
    COR_CLIP_KIND_AUDIO, NULL, "AAC", NULL },
};

static void
count_progress (double   fraction,
                gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_hash_matches_sha256sum (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "random.bin", NULL);
  g_autofree char *data = g_malloc (2 * 1024 * 1024 + 12345);
  g_autofree char *hash = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GStatBuf before, after;
  const char *argv[] = { "sha256sum", path, NULL };
  double last = 0.0;
  int status = 0;

  for (gsize i = 0; i < 2 * 1024 * 1024 + 12345; i++)
    data[i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, data, 2 * 1024 * 1024 + 12345, NULL));
  g_chmod (path, 0444);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  hash = cor_hash_file_sha256 (path, NULL, count_progress, &last, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpuint (strlen (hash), ==, 64);
  g_assert_true (g_str_has_prefix (out, hash));

  /* read-only: the file is untouched */
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpint (before.st_mtime, ==, after.st_mtime);
  g_assert_cmpint (before.st_size, ==, after.st_size);
  g_chmod (path, 0644);
}

static void
test_hash_errors (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "nope.bin", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "small.bin", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  char *hash;

  hash = cor_hash_file_sha256 (missing, NULL, NULL, NULL, &error);
  g_assert_null (hash);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND);
  g_clear_error (&error);

  hash = cor_hash_file_sha256 (tmpdir, NULL, NULL, NULL, &error);
  g_assert_null (hash);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_UNREADABLE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "abc", 3, NULL));
  g_cancellable_cancel (cancellable);
  hash = cor_hash_file_sha256 (path, cancellable, NULL, NULL, &error);
  g_assert_null (hash);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);
  g_clear_error (&error);

  hash = cor_hash_file_sha256 (path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hash, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  g_free (hash);
}

static void
test_probe_format (gconstpointer data)
{
  const FormatCase *fc = data;
  g_autofree char *path = media_test_make (tmpdir, fc->name, fc->pipeline);
  g_autoptr(GError) error = NULL;
  g_autoptr(CorMediaInfo) info = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  info = cor_media_probe (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (info);
  g_test_message ("%s: kind %d, %" G_GINT64_FORMAT " ns, %dx%d %d/%d, video %s, audio %s, "
                  "container %s, tags %s", fc->name, info->kind, info->duration_ns,
                  info->width, info->height, info->fps_n, info->fps_d, info->video_codec,
                  info->audio_codec, info->container, info->tags_json);

  g_assert_cmpint (info->kind, ==, fc->kind);
  g_assert_cmpint (ABS (info->duration_ns - 2 * G_GINT64_CONSTANT (1000000000)), <=,
                   50 * G_GINT64_CONSTANT (1000000));
  if (fc->video_codec)
    {
      g_assert_nonnull (info->video_codec);
      g_assert_nonnull (strstr (info->video_codec, fc->video_codec));
      g_assert_cmpint (info->width, ==, 320);
      g_assert_cmpint (info->height, ==, 240);
      g_assert_cmpint (info->fps_n * 1, ==, 30 * info->fps_d);
    }
  else
    {
      g_assert_null (info->video_codec);
      g_assert_cmpint (info->width, ==, 0);
    }
  if (fc->audio_codec)
    {
      g_assert_nonnull (info->audio_codec);
      g_assert_nonnull (strstr (info->audio_codec, fc->audio_codec));
    }
  else
    g_assert_null (info->audio_codec);
  if (fc->container)
    {
      g_assert_nonnull (info->container);
      g_assert_nonnull (strstr (info->container, fc->container));
    }

  g_assert_nonnull (info->tags_json);
  g_assert_true (json_parser_load_from_data (parser, info->tags_json, -1, NULL));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
}

static void
test_probe_tags_and_created (void)
{
  g_autofree char *path = media_test_make (
    tmpdir, "tagged.ogg",
    A2S " ! audioconvert ! taginject tags=\"title=\\\"Квадрат \\\\\\\"5\\\\\\\"\\\","
    "datetime=(datetime)2024-03-05T10:20:30Z\" ! vorbisenc ! oggmux ! filesink location=%s");
  g_autoptr(GError) error = NULL;
  g_autoptr(CorMediaInfo) info = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;

  info = cor_media_probe (path, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("tags %s created %s", info->tags_json, info->created);
  g_assert_true (json_parser_load_from_data (parser, info->tags_json, -1, NULL));
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Квадрат \"5\"");
  g_assert_nonnull (info->created);
  g_assert_true (g_str_has_prefix (info->created, "2024-03-05T10:20:30"));
}

static void
test_probe_missing (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "does-not-exist.mp4", NULL);
  g_autoptr(GError) error = NULL;
  CorMediaInfo *info = cor_media_probe (path, NULL, &error);

  g_assert_null (info);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does-not-exist.mp4"));
}

static void
test_probe_empty (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "empty.mp4", NULL);
  g_autoptr(GError) error = NULL;
  CorMediaInfo *info;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  info = cor_media_probe (path, NULL, &error);
  g_assert_null (info);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_EMPTY);
}

static void
test_probe_text (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "notes.mp4", NULL);
  g_autoptr(GError) error = NULL;
  CorMediaInfo *info;
  const char *text = "These are my notes about the video, not a video.\nSecond line.\n";

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  info = cor_media_probe (path, NULL, &error);
  g_assert_null (info);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA);
  g_assert_nonnull (strstr (error->message, "is not an audio or video file"));
}

static void
test_probe_image (void)
{
  g_autofree char *path = media_test_make (
    tmpdir, "still.png", "videotestsrc num-buffers=1 ! pngenc ! filesink location=%s");
  g_autoptr(GError) error = NULL;
  CorMediaInfo *info = cor_media_probe (path, NULL, &error);

  g_assert_null (info);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA);
}

static void
test_probe_truncated (void)
{
  g_autofree char *whole = media_test_make (
    tmpdir, "whole.mp4",
    V2S " ! x264enc ! video/x-h264,profile=main ! mp4mux ! filesink location=%s");
  g_autofree char *path = g_build_filename (tmpdir, "truncated.mp4", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  CorMediaInfo *info;
  gsize length = 0;

  g_assert_true (g_file_get_contents (whole, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  g_assert_true (g_file_set_contents (path, contents, (gssize) (length / 2), NULL));
  info = cor_media_probe (path, NULL, &error);
  g_assert_null (info);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_DAMAGED);
  g_test_message ("%s", error->message);
}

static void
hide_decoder (const char *name)
{
  g_autoptr(GstPluginFeature) feature = gst_registry_lookup_feature (gst_registry_get (), name);

  if (feature)
    gst_plugin_feature_set_rank (feature, GST_RANK_NONE);
}

static void
test_probe_missing_decoder (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      CorMediaInfo *info;

      /* Hide every VP8 decoder, as on a machine without them. Decoder lists are
       * cached per process, hence the subprocess. */
      hide_decoder ("vp8dec");
      hide_decoder ("avdec_vp8");
      g_autofree char *media_path = g_build_filename (tmpdir, "nodecoder.webm", NULL);

      info = cor_media_probe (media_path, NULL, &error);
      g_assert_null (info);
      g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_MISSING_DECODER);
      g_printerr ("%s\n", error->message);
      return;
    }
  else
    {
      g_autofree char *made = media_test_make (
        tmpdir, "nodecoder.webm", V2S " ! vp8enc deadline=1 ! webmmux ! filesink location=%s");
      g_autoptr(GError) error = NULL;
      CorMediaInfo *info;

      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*nodecoder.webm*no decoder for VP8 video: "
                                 "install gstreamer1.0-plugins-good*");

      /* with the decoders present, the same file probes fine */
      info = cor_media_probe (made, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (info->kind, ==, COR_CLIP_KIND_VIDEO);
      cor_media_info_free (info);
    }
}

static void
test_probe_cancelled (void)
{
  g_autofree char *path = media_test_make (
    tmpdir, "cancel.wav", A2S " ! audioconvert ! wavenc ! filesink location=%s");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CorMediaInfo *info;

  g_cancellable_cancel (cancellable);
  info = cor_media_probe (path, cancellable, &error);
  g_assert_null (info);
  g_assert_error (error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);
}

static void
test_package_for_caps (void)
{
  g_assert_cmpstr (cor_media_package_for_caps ("video/x-h265, stream-format=(string)hvc1"), ==,
                   "gstreamer1.0-libav");
  g_assert_cmpstr (cor_media_package_for_caps ("video/x-av1"), ==, "gstreamer1.0-plugins-bad");
  g_assert_cmpstr (cor_media_package_for_caps ("audio/x-opus"), ==, "gstreamer1.0-plugins-base");
  g_assert_cmpstr (cor_media_package_for_caps ("audio/mpeg, mpegversion=(int)1, layer=(int)3"),
                   ==, "gstreamer1.0-plugins-good");
  g_assert_cmpstr (cor_media_package_for_caps ("audio/mpeg, mpegversion=(int)4"), ==,
                   "gstreamer1.0-libav");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tmpdir = media_test_init (&argc, &argv);

  g_test_add_func ("/media/hash/sha256sum", test_hash_matches_sha256sum);
  g_test_add_func ("/media/hash/errors", test_hash_errors);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("/media/probe/format/%s", formats[i].name);
      g_test_add_data_func (name, &formats[i], test_probe_format);
    }
  g_test_add_func ("/media/probe/tags-and-created", test_probe_tags_and_created);
  g_test_add_func ("/media/probe/error/missing", test_probe_missing);
  g_test_add_func ("/media/probe/error/empty", test_probe_empty);
  g_test_add_func ("/media/probe/error/text-as-mp4", test_probe_text);
  g_test_add_func ("/media/probe/error/image", test_probe_image);
  g_test_add_func ("/media/probe/error/truncated", test_probe_truncated);
  g_test_add_func ("/media/probe/error/missing-decoder", test_probe_missing_decoder);
  g_test_add_func ("/media/probe/error/cancelled", test_probe_cancelled);
  g_test_add_func ("/media/probe/package-for-caps", test_package_for_caps);

  ret = media_test_run (&tmpdir);
  return ret;
}
