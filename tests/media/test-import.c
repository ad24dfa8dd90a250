/* test-import.c — importing generated media into a real case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cor-error.h"
#include "cor-import.h"
#include "cor-probe.h"
#include "media-test-util.h"

#define V2S "videotestsrc num-buffers=60 ! video/x-raw,width=320,height=240,framerate=30/1"
#define A2S "audiotestsrc num-buffers=100 samplesperbuffer=960 ! audio/x-raw,rate=48000,channels=2"

typedef struct
{
  char     *dir;
  CorStore *store;
} Fixture;

typedef struct
{
  GMainLoop *loop;
  CorClip   *clip;
  GError    *error;
  GThread   *main_thread;
  double     last;
  guint      n_progress;
} AsyncState;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *media = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = media_test_tmpdir ();
  path = g_build_filename (f->dir, "cases", "test.corroborate", NULL);
  media = g_build_filename (f->dir, "cases", "media", NULL);
  g_assert_cmpint (g_mkdir_with_parents (media, 0755), ==, 0);
  f->store = cor_store_create (path, "Import test", "tester", &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  cor_test_remove_tree (f->dir);
  g_free (f->dir);
}

static guint
n_clips (Fixture *f)
{
  return g_list_model_get_n_items (cor_store_get_clips (f->store));
}

static void
test_import_video (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *media_dir = g_build_filename (f->dir, "cases", "media", NULL);
  g_autofree char *path = media_test_make (
    media_dir, "clip one.webm",
    V2S " ! vp8enc deadline=1 ! mux. " A2S " ! audioconvert ! opusenc ! mux. "
    "webmmux name=mux ! filesink location=%s");
  g_autofree char *expected_hash = cor_hash_file_sha256 (path, NULL, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(CorClip) again = NULL;
  CorImportOptions options = { "Soldiers at the base", "Telegram channel Astra",
                               "https://t.me/astra/1" };
  gint64 audit_before;

  clip = cor_media_import_clip (f->store, path, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (clip);
  g_assert_cmpint (cor_clip_get_id (clip), >, 0);
  g_assert_cmpstr (cor_clip_get_path (clip), ==, path);
  g_assert_cmpstr (cor_clip_get_relative_path (clip), ==, "media/clip one.webm");
  g_assert_cmpstr (cor_clip_get_sha256 (clip), ==, expected_hash);
  g_assert_cmpint (cor_clip_get_kind (clip), ==, COR_CLIP_KIND_VIDEO);
  g_assert_cmpint (ABS (cor_clip_get_duration_ns (clip) - 2000000000), <=, 50000000);
  g_assert_cmpint (cor_clip_get_width (clip), ==, 320);
  g_assert_cmpint (cor_clip_get_height (clip), ==, 240);
  g_assert_cmpint (cor_clip_get_fps_n (clip), ==, 30);
  g_assert_cmpint (cor_clip_get_fps_d (clip), ==, 1);
  g_assert_cmpstr (cor_clip_get_video_codec (clip), ==, "VP8");
  g_assert_cmpstr (cor_clip_get_audio_codec (clip), ==, "Opus");
  g_assert_cmpstr (cor_clip_get_container (clip), ==, "WebM");
  g_assert_cmpstr (cor_clip_get_title (clip), ==, "Soldiers at the base");
  g_assert_cmpstr (cor_clip_get_origin (clip), ==, "Telegram channel Astra");
  g_assert_cmpint (n_clips (f), ==, 1);

  /* read back from the store */
  again = cor_store_get_clip (f->store, cor_clip_get_id (clip), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_clip_get_sha256 (again), ==, expected_hash);
  g_assert_cmpstr (cor_clip_get_video_codec (again), ==, "VP8");
  g_clear_object (&again);

  /* the same bytes under another name are refused and the case is unchanged */
  {
    g_autofree char *copy = g_build_filename (f->dir, "copy.webm", NULL);
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
    audit_before = cor_store_count_audit (f->store);
    again = cor_media_import_clip (f->store, copy, NULL, NULL, NULL, NULL, &error);
    g_assert_null (again);
    g_assert_error (error, COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "already in the case as clip"));
    g_assert_nonnull (strstr (error->message, "Soldiers at the base"));
    g_assert_cmpint (n_clips (f), ==, 1);
    g_assert_cmpint (cor_store_count_audit (f->store), ==, audit_before);
  }
}

static void
test_import_relative_outside (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = media_test_make (
    f->dir, "tone.wav", A2S " ! audioconvert ! wavenc ! filesink location=%s");
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = NULL;

  clip = cor_media_import_clip (f->store, path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_clip_get_relative_path (clip), ==, "../tone.wav");
  g_assert_cmpint (cor_clip_get_kind (clip), ==, COR_CLIP_KIND_AUDIO);
  g_assert_cmpint (cor_clip_get_width (clip), ==, 0);
}

static void
test_import_errors_leave_case (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.mp4", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.mp4", NULL);
  g_autofree char *text = g_build_filename (f->dir, "text.mp4", NULL);
  g_autofree char *whole = media_test_make (
    f->dir, "whole.mp4",
    V2S " ! x264enc ! video/x-h264,profile=main ! mp4mux ! filesink location=%s");
  g_autofree char *truncated = g_build_filename (f->dir, "truncated.mp4", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gint64 audit_before = cor_store_count_audit (f->store);
  struct { const char *path; int code; } cases[] = {
    { missing, COR_MEDIA_ERROR_NOT_FOUND },
    { empty, COR_MEDIA_ERROR_EMPTY },
    { text, COR_MEDIA_ERROR_NOT_MEDIA },
    { truncated, COR_MEDIA_ERROR_DAMAGED },
  };

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (text, "just some words\n", -1, NULL));
  g_assert_true (g_file_get_contents (whole, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (truncated, contents, (gssize) (length / 3), NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      CorClip *clip = cor_media_import_clip (f->store, cases[i].path, NULL, NULL, NULL, NULL,
                                             &error);
      g_assert_null (clip);
      g_assert_error (error, COR_MEDIA_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
    }
  g_assert_cmpint (n_clips (f), ==, 0);
  g_assert_cmpint (cor_store_count_audit (f->store), ==, audit_before);
}

static void
on_async_progress (double   fraction,
                   gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  g_assert_cmpfloat (fraction, >=, state->last);
  state->last = fraction;
  state->n_progress++;
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  state->clip = cor_media_import_clip_finish (COR_STORE (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_import_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = media_test_make (
    f->dir, "speech.flac",
    "audiotestsrc num-buffers=200 samplesperbuffer=960 ! audio/x-raw,rate=48000,channels=1 "
    "! audioconvert ! flacenc ! filesink location=%s");
  g_autofree char *text = g_build_filename (f->dir, "text.mp3", NULL);
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  state.main_thread = g_thread_self ();

  cor_media_import_clip_async (f->store, path, NULL, NULL, on_async_progress, &state,
                               on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.clip);
  g_assert_cmpint (cor_clip_get_id (state.clip), >, 0);
  g_assert_cmpint (cor_clip_get_kind (state.clip), ==, COR_CLIP_KIND_AUDIO);
  g_assert_cmpint (ABS (cor_clip_get_duration_ns (state.clip) - 4000000000), <=, 50000000);
  g_assert_cmpuint (state.n_progress, >, 0);
  g_assert_cmpint (n_clips (f), ==, 1);
  g_clear_object (&state.clip);

  /* the duplicate, asynchronously */
  cor_media_import_clip_async (f->store, path, NULL, NULL, NULL, NULL, on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_error (state.error, COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE);
  g_clear_error (&state.error);

  /* a failure, asynchronously */
  g_assert_true (g_file_set_contents (text, "not sound", -1, NULL));
  cor_media_import_clip_async (f->store, text, NULL, NULL, NULL, NULL, on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_error (state.error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_NOT_MEDIA);
  g_clear_error (&state.error);
  g_assert_cmpint (n_clips (f), ==, 1);

  /* cancelled before it starts */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_cancellable_cancel (cancellable);
    cor_media_import_clip_async (f->store, path, NULL, cancellable, NULL, NULL, on_imported,
                                 &state);
    g_main_loop_run (state.loop);
    g_assert_error (state.error, COR_MEDIA_ERROR, COR_MEDIA_ERROR_CANCELLED);
    g_clear_error (&state.error);
  }

  g_main_loop_unref (state.loop);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  cor_media_init ();

  g_test_add ("/media/import/video", Fixture, NULL, fixture_setup, test_import_video,
              fixture_teardown);
  g_test_add ("/media/import/relative-outside", Fixture, NULL, fixture_setup,
              test_import_relative_outside, fixture_teardown);
  g_test_add ("/media/import/errors-leave-case", Fixture, NULL, fixture_setup,
              test_import_errors_leave_case, fixture_teardown);
  g_test_add ("/media/import/async", Fixture, NULL, fixture_setup, test_import_async,
              fixture_teardown);
  return g_test_run ();
}
