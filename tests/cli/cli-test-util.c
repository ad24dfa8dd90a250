/* cli-test-util.c — running the built `corroborate` executable in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdarg.h>

#include <glib/gstdio.h>

#include "../common/cor-test-tree.h"
#include "cli-test-util.h"

static const char *
exe_path (void)
{
  const char *exe = g_getenv ("COR_EXE");

  g_assert_nonnull (exe);
  g_assert_true (g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE));
  return exe;
}

int
cli_runv (const char *const *args,
          char              **out,
          char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) exe_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &stdout_text,
                &stderr_text, &wait_status, &error);
  g_assert_no_error (error);

  /* Never a crash: the process must exit normally */
  g_assert_true (WIFEXITED (wait_status));

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  return WEXITSTATUS (wait_status);
}

static GPtrArray *
collect_args (const char *first_arg,
              va_list     args)
{
  GPtrArray *array = g_ptr_array_new ();

  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (array, (gpointer) arg);
  g_ptr_array_add (array, NULL);

  return array;
}

int
cli_run (char       **out,
         char       **err,
         const char  *first_arg,
         ...)
{
  g_autoptr(GPtrArray) array = NULL;
  va_list args;

  va_start (args, first_arg);
  array = collect_args (first_arg, args);
  va_end (args);

  return cli_runv ((const char *const *) array->pdata, out, err);
}

char *
cli_ok (const char *first_arg,
        ...)
{
  g_autoptr(GPtrArray) array = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  va_list args;
  int status;
  gsize len;

  va_start (args, first_arg);
  array = collect_args (first_arg, args);
  va_end (args);

  status = cli_runv ((const char *const *) array->pdata, &out, &err);
  if (status != 0)
    g_printerr ("command %s failed with %d: %s", first_arg, status, err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");

  len = strlen (out);
  if (len > 0 && out[len - 1] == '\n')
    out[len - 1] = '\0';

  return g_steal_pointer (&out);
}

char *
cli_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cor-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
cli_case_init (CliCase    *c,
               const char *title,
               const char *analyst)
{
  g_autofree char *uuid = NULL;

  c->dir = cli_tmpdir ();
  c->case_path = g_build_filename (c->dir, "case.corroborate", NULL);
  if (analyst != NULL)
    uuid = cli_ok ("new", c->case_path, "--title", title, "--analyst", analyst, NULL);
  else
    uuid = cli_ok ("new", c->case_path, "--title", title, NULL);
  g_assert_true (g_uuid_string_is_valid (uuid));
}

void
cli_case_clear (CliCase *c)
{
  cor_test_remove_tree (c->dir);
  g_clear_pointer (&c->dir, g_free);
  g_clear_pointer (&c->case_path, g_free);
}

char *
cli_make_clip (const char *dir,
               const char *name,
               int         pattern)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *pattern_arg = g_strdup_printf ("pattern=%d", pattern);
  g_autofree char *location = g_strdup_printf ("location=%s", path);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  const char *argv[] = {
    "gst-launch-1.0", "-q", "videotestsrc", "num-buffers=30", pattern_arg, "!",
    "video/x-raw,width=160,height=120,framerate=30/1", "!", "vp8enc", "deadline=1", "!",
    "webmmux", "!", "filesink", location, NULL
  };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("gst-launch-1.0 failed: %s", err);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return g_steal_pointer (&path);
}

char *
cli_file_sha256 (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

JsonNode *
cli_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json_parser_get_root (parser));

  return json_node_copy (json_parser_get_root (parser));
}

CorStore *
cli_open_store (const char *case_path)
{
  g_autoptr(GError) error = NULL;
  CorStore *store = cor_store_open (case_path, COR_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

char *
cli_case_state (const char *case_path)
{
  g_autofree char *articles = cli_ok ("list", case_path, "articles", "--json", NULL);
  g_autofree char *clips = cli_ok ("list", case_path, "clips", "--json", NULL);
  g_autofree char *annotations = cli_ok ("list", case_path, "annotations", "--json", NULL);
  g_autofree char *claims = cli_ok ("list", case_path, "claims", "--json", NULL);
  g_autofree char *sha = NULL;
  gint64 audit;

  {
    g_autoptr(CorStore) store = cli_open_store (case_path);
    audit = cor_store_count_audit (store);
  }

  sha = cli_file_sha256 (case_path);
  return g_strdup_printf ("sha256=%s audit=%" G_GINT64_FORMAT "\n%s\n%s\n%s\n%s", sha, audit,
                          articles, clips, annotations, claims);
}
