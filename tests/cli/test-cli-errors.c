/* test-cli-errors.c — bad input: the exit status (2 usage, 1 failure), one line on
 * stderr naming the problem, nothing on stdout, and the case left as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"

static char *media_dir;
static char *clip_a;
static char *clip_b;
static char *text_file;

typedef CliCase Fixture;

/* A case with article 1, claim 1, clip 1 (clip_a, 1 s) and annotation 1 */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cli_case_init (f, "Errors", NULL);
  g_free (cli_ok ("article", "add", f->case_path, "--title", "Article", NULL));
  g_free (cli_ok ("claim", "add", f->case_path, "--article", "1", "--text", "Claim", NULL));
  g_free (cli_ok ("clip", "add", f->case_path, clip_a, NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.5", "--kind", "note",
                  "--note", "first", NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_case_clear (f);
}

/* Placeholders in the argument lists */
#define CASE  "@CASE"
#define CLIP  "@CLIP"   /* clip_a, already in the case */
#define CLIPB "@CLIPB"  /* clip_b, not in the case */
#define TEXT  "@TEXT"   /* a text file, not media */
#define DIR   "@DIR"    /* the case's folder */
#define NODIR "@NODIR"  /* a file in a folder that does not exist */

typedef struct
{
  int         status;
  const char *mention;  /* the message must contain it */
  const char *args[40];
} BadCase;

static const BadCase bad_cases[] = {
  /* annotate */
  { 1, "99", { "annotate", CASE, "--clip", "99", "--at", "0", "--kind", "note", "--note", "x" } },
  { 2, "--clip", { "annotate", CASE, "--clip", "abc", "--at", "0", "--kind", "note", "--note", "x" } },
  { 2, "--clip", { "annotate", CASE, "--clip", "-1", "--at", "0", "--kind", "note", "--note", "x" } },
  { 2, "--clip", { "annotate", CASE, "--clip", "0", "--at", "0", "--kind", "note", "--note", "x" } },
  { 2, "--clip", { "annotate", CASE, "--clip", "99999999999999999999", "--at", "0", "--kind",
                   "note", "--note", "x" } },
  { 2, "--clip", { "annotate", CASE, "--at", "0", "--kind", "note", "--note", "x" } },
  { 2, "--at", { "annotate", CASE, "--clip", "1", "--kind", "note", "--note", "x" } },
  { 2, "--at", { "annotate", CASE, "--clip", "1", "--at", "abc", "--kind", "note", "--note", "x" } },
  { 2, "--at", { "annotate", CASE, "--clip", "1", "--at", "-5", "--kind", "note", "--note", "x" } },
  { 2, "--at", { "annotate", CASE, "--clip", "1", "--at", "-00:00:01", "--kind", "note", "--note",
                 "x" } },
  { 2, "--at", { "annotate", CASE, "--clip", "1", "--at", "00:61", "--kind", "note", "--note", "x" } },
  { 2, "--at", { "annotate", CASE, "--clip", "1", "--at", "1:2:3:4", "--kind", "note", "--note",
                 "x" } },
  { 2, "--at", { "annotate", CASE, "--clip", "1", "--at", "", "--kind", "note", "--note", "x" } },
  { 2, "--until", { "annotate", CASE, "--clip", "1", "--at", "0.8", "--until", "0.2", "--kind",
                    "note", "--note", "x" } },
  { 2, "--until", { "annotate", CASE, "--clip", "1", "--at", "0.5", "--until", "0.5", "--kind",
                    "note", "--note", "x" } },
  { 2, "--until", { "annotate", CASE, "--clip", "1", "--at", "0.5", "--until", "soon", "--kind",
                    "note", "--note", "x" } },
  { 1, "--at", { "annotate", CASE, "--clip", "1", "--at", "10:00", "--kind", "note", "--note", "x" } },
  { 2, "--kind", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "bogus", "--note", "x" } },
  { 2, "--kind", { "annotate", CASE, "--clip", "1", "--at", "0", "--note", "x" } },
  { 2, "--lat", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lat", "91",
                  "--lon", "0" } },
  { 2, "--lat", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lat",
                  "-90.0001", "--lon", "0" } },
  { 2, "--lon", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lat", "0",
                  "--lon", "-181" } },
  { 2, "--lon", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lat", "0",
                  "--lon", "180.5" } },
  { 2, "--lon", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lat",
                  "10" } },
  { 2, "--lat", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lon",
                  "10" } },
  { 2, "--lat", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lat",
                  "nan", "--lon", "1" } },
  { 2, "--lat", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location", "--lat",
                  "12abc", "--lon", "1" } },
  { 2, "--kind location", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "location" } },
  { 2, "--language", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "language",
                       "--transcript", "x" } },
  { 2, "--language", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "language",
                       "--language", "Klingonese!" } },
  { 2, "--maker", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "language",
                    "--language", "ko", "--maker", "BTK" } },
  { 2, "--kind uniform", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "uniform" } },
  { 2, "--note", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "note" } },
  { 2, "--confidence", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "note", "--note",
                         "x", "--confidence", "9" } },
  { 1, "--article 99", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "note", "--note",
                         "x", "--article", "1", "--article", "99" } },
  { 2, "--article", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "note", "--note",
                      "x", "--article", "1:likes" } },
  { 2, "--frobnicate", { "annotate", CASE, "--clip", "1", "--at", "0", "--kind", "note", "--note",
                         "x", "--frobnicate" } },
  { 2, "extra", { "annotate", CASE, "extra", "--clip", "1", "--at", "0", "--kind", "note",
                  "--note", "x" } },
  { 2, "CASE", { "annotate", "--clip", "1", "--at", "0", "--kind", "note", "--note", "x" } },
  /* article add, claim add */
  { 2, "--title", { "article", "add", CASE } },
  { 2, "--title", { "article", "add", CASE, "--title", "" } },
  { 2, "--title", { "article", "add", CASE, "--title", "   " } },
  { 2, "--published", { "article", "add", CASE, "--title", "T", "--published", "2024-13-01" } },
  { 2, "--published", { "article", "add", CASE, "--title", "T", "--published", "yesterday" } },
  { 2, "--reliability", { "article", "add", CASE, "--title", "T", "--reliability", "Z" } },
  { 2, "--language", { "article", "add", CASE, "--title", "T", "--language", "<script>" } },
  { 1, "--article 99", { "claim", "add", CASE, "--article", "99", "--text", "x" } },
  { 2, "--text", { "claim", "add", CASE, "--article", "1" } },
  /* clip add */
  { 1, "no such file", { "clip", "add", CASE, NODIR } },
  { 1, "folder", { "clip", "add", CASE, DIR } },
  { 1, "", { "clip", "add", CASE, TEXT } },
  { 1, "", { "clip", "add", CASE, CLIP } },
  { 1, "--article 99", { "clip", "add", CASE, CLIPB, "--article", "99" } },
  { 2, "--article", { "clip", "add", CASE, CLIPB, "--article", "x" } },
  { 2, "FILE", { "clip", "add", CASE } },
  /* new */
  { 1, "exists", { "new", CASE, "--title", "again" } },
  { 2, "--title", { "new", NODIR } },
  /* list, search, verify, export */
  { 2, "bogus", { "list", CASE, "bogus" } },
  { 1, "--clip 99", { "list", CASE, "annotations", "--clip", "99" } },
  { 2, "QUERY", { "search", CASE } },
  { 2, "--format", { "export", CASE, "--format", "pdf", "--output", NODIR } },
  { 2, "--output", { "export", CASE, "--format", "json" } },
  { 1, "", { "export", CASE, "--format", "json", "--output", NODIR } },
  { 1, "", { "export", CASE, "--format", "json", "--output", DIR } },
  { 1, "--clip 99", { "export", CASE, "--format", "csv", "--output", NODIR, "--clip", "99" } },
  { 2, "--format", { "report", CASE, "--format", "docx", "--output", NODIR } },
  { 2, "--output", { "report", CASE, "--format", "pdf" } },
  { 2, "--kind", { "report", CASE, "--format", "pdf", "--output", NODIR, "--kind", "smell" } },
  { 2, "--paper", { "report", CASE, "--format", "pdf", "--output", NODIR, "--paper", "a3" } },
  { 2, "--min-confidence", { "report", CASE, "--format", "pdf", "--output", NODIR,
                             "--min-confidence", "sure" } },
  { 1, "--clip 99", { "report", CASE, "--format", "pdf", "--output", NODIR, "--clip", "99" } },
  { 1, "--article 99", { "report", CASE, "--format", "html", "--output", NODIR, "--article",
                         "99" } },
  { 1, "", { "report", CASE, "--format", "html", "--output", NODIR } },
  { 2, "--clip", { "export", CASE, "--format", "webvtt", "--output", NODIR } },
  { 2, "--clip", { "export", CASE, "--format", "json", "--output", NODIR, "--clip", "1" } },
  /* commands */
  { 2, "frobnicate", { "article", "frobnicate", CASE } },
  { 2, "article", { "article" } },
  { 2, "", { "clip" } },
};

static const char *
substitute (const Fixture *f,
            const char    *arg,
            char         **keep)
{
  if (g_str_equal (arg, CASE))
    return f->case_path;
  if (g_str_equal (arg, CLIP))
    return clip_a;
  if (g_str_equal (arg, CLIPB))
    return clip_b;
  if (g_str_equal (arg, TEXT))
    return text_file;
  if (g_str_equal (arg, DIR))
    return f->dir;
  if (g_str_equal (arg, NODIR))
    return *keep = g_build_filename (f->dir, "no-such-folder", "out.file", NULL);
  return arg;
}

static void
assert_refused (const Fixture     *f,
                const char *const *args,
                int                status,
                const char        *mention)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int got;

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autofree char *keep = NULL;

      g_ptr_array_add (argv, g_strdup (substitute (f, args[i], &keep)));
      g_string_append_printf (shown, " %s", args[i]);
    }
  g_ptr_array_add (argv, NULL);

  got = cli_runv ((const char *const *) argv->pdata, &out, &err);
  if (got != status || !g_str_has_prefix (err, "corroborate: ") || strchr (err, '\n') == NULL
      || strchr (err, '\n')[1] != '\0' || strstr (err, mention) == NULL || *out != '\0')
    g_error ("corroborate%s: expected status %d naming “%s”, got %d\nstdout: %s\nstderr: %s",
             shown->str, status, mention, got, out, err);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = cli_case_state (f->case_path);
  g_autofree char *missing_output = g_build_filename (f->dir, "no-such-folder", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *after = NULL;

      assert_refused (f, bad_cases[i].args, bad_cases[i].status, bad_cases[i].mention);

      after = cli_case_state (f->case_path);
      if (g_strcmp0 (before, after) != 0)
        g_error ("bad case %u (%s %s) changed the case:\n%s\n---\n%s", i, bad_cases[i].args[0],
                 bad_cases[i].args[1], before, after);
    }

  g_assert_false (g_file_test (missing_output, G_FILE_TEST_EXISTS));
}

static void
test_unreadable_media (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "locked.webm", NULL);
  g_autofree char *before = NULL, *after = NULL, *contents = NULL;
  const char *args[] = { "clip", "add", CASE, NULL, NULL };
  gsize length = 0;

  if (geteuid () == 0)
    {
      g_test_skip ("root reads files whatever their mode");
      return;
    }

  g_assert_true (g_file_get_contents (clip_b, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  g_assert_cmpint (g_chmod (copy, 0), ==, 0);

  before = cli_case_state (f->case_path);
  args[3] = copy;
  assert_refused (f, args, 1, "locked.webm");
  after = cli_case_state (f->case_path);
  g_assert_cmpstr (before, ==, after);
}

/* --snapshot with the clip's file gone: refused before anything is written */
static void
test_snapshot_missing_media (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "gone.webm", NULL);
  g_autofree char *contents = NULL, *id = NULL, *before = NULL, *after = NULL;
  const char *args[] = { "annotate", CASE, "--clip", NULL, "--at", "0.2", "--kind", "note",
                         "--note", "x", "--snapshot", NULL };
  gsize length = 0;

  g_assert_true (g_file_get_contents (clip_b, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  id = cli_ok ("clip", "add", f->case_path, copy, NULL);
  g_assert_cmpint (g_unlink (copy), ==, 0);

  before = cli_case_state (f->case_path);
  args[3] = id;
  assert_refused (f, args, 1, "--snapshot");
  after = cli_case_state (f->case_path);
  g_assert_cmpstr (before, ==, after);
}

/* Files that are not cases stay byte for byte as they were */
static void
test_not_a_case (Fixture       *f,
                 gconstpointer  data)
{
  const char *const commands[][12] = {
    { "article", "add", "@X", "--title", "T" },
    { "annotate", "@X", "--clip", "1", "--at", "0", "--kind", "note", "--note", "n" },
    { "list", "@X", "clips" },
    { "search", "@X", "word" },
    { "verify", "@X" },
    { "clip", "add", "@X", "@M" },
    { "claim", "link", "@X", "--claim", "1", "--annotation", "1", "--relation", "supports" },
    { "clip", "link", "@X", "--clip", "1", "--article", "1" },
    { "list", "@X", "claims" },
  };
  g_autofree char *not_case = g_build_filename (f->dir, "notes.corroborate", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.corroborate", NULL);
  const char *targets[] = { not_case, text_file, missing };

  g_assert_true (g_file_set_contents (not_case, "SQLite format 3 — not really\n", -1, NULL));

  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      g_autofree char *sha_before = g_file_test (targets[t], G_FILE_TEST_EXISTS)
                                    ? cli_file_sha256 (targets[t]) : NULL;

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          const char *args[13] = { NULL };
          g_autofree char *out = NULL, *err = NULL;
          int status;

          for (guint i = 0; commands[c][i] != NULL; i++)
            args[i] = g_str_equal (commands[c][i], "@X")   ? targets[t]
                      : g_str_equal (commands[c][i], "@M") ? clip_b
                                                          : commands[c][i];

          status = cli_runv (args, &out, &err);
          if (status != 1 || !g_str_has_prefix (err, "corroborate: ") || *out != '\0')
            g_error ("%s on %s: status %d, stderr %s", commands[c][0], targets[t], status, err);
        }

      if (sha_before != NULL)
        {
          g_autofree char *sha_after = cli_file_sha256 (targets[t]);
          g_assert_cmpstr (sha_before, ==, sha_after);
        }
      else
        g_assert_false (g_file_test (targets[t], G_FILE_TEST_EXISTS));
    }
}

/* A failed export leaves no file under the chosen name, nor a temporary one */
static void
test_export_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *output = g_build_filename (sub, "out.json", NULL);
  g_autofree char *out = NULL, *err = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders");
      return;
    }

  g_assert_cmpint (g_mkdir (sub, 0555), ==, 0);
  g_assert_cmpint (cli_run (&out, &err, "export", f->case_path, "--format", "json", "--output",
                            output, NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "corroborate: "));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_chmod (sub, 0755);
}

static void
test_bad_import (Fixture       *f,
                 gconstpointer  data)
{
  const char *documents[] = {
    "not json at all",
    "[]",
    "{\"format\": \"something-else\", \"version\": 1, \"case\": {\"title\": \"x\"}}",
    "{\"format\": \"corroborate-case\", \"version\": 99, \"case\": {\"title\": \"x\"}}",
    "{\"format\": \"corroborate-case\", \"version\": 1, \"case\": {\"title\": 5}}",
    "{\"format\": \"corroborate-case\", \"version\": 1, \"case\": {\"title\": \"x\"}, "
    "\"articles\": [{\"id\": 1, \"title\": [1, 2]}]}",
    "{\"format\": \"corroborate-case\", \"version\": 1, \"case\": {\"title\": \"x\"}, "
    "\"annotations\": [{\"id\": 1, \"clip_id\": 7, \"kind\": \"note\", \"start_ns\": 0}]}",
    "{\"format\": \"corroborate-case\", \"version\": 1, \"case\": {\"title\": \"x\"}, "
    "\"clips\": \"nope\"}",
  };
  g_autofree char *json = g_build_filename (f->dir, "bad.json", NULL);
  g_autofree char *target = g_build_filename (f->dir, "imported.corroborate", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autoptr(GDir) dir = NULL;
      const char *name;
      int status;

      g_assert_true (g_file_set_contents (json, documents[i], -1, NULL));
      status = cli_run (&out, &err, "import", target, json, NULL);
      if (status != 1 || !g_str_has_prefix (err, "corroborate: "))
        g_error ("document %u: status %d, stderr %s", i, status, err);
      g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

      /* No temporary case left behind either */
      dir = g_dir_open (f->dir, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_assert_false (g_str_has_prefix (name, ".imported"));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  media_dir = cli_tmpdir ();
  clip_a = cli_make_clip (media_dir, "a.webm", 0);
  clip_b = cli_make_clip (media_dir, "b.webm", 1);
  text_file = g_build_filename (media_dir, "notes.txt", NULL);
  g_assert_true (g_file_set_contents (text_file, "Just some text, not a video.\n", -1, NULL));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/errors/bad-input-leaves-case-unchanged", test_bad_input);
  ADD ("/cli/errors/unreadable-media", test_unreadable_media);
  ADD ("/cli/errors/not-a-case", test_not_a_case);
  ADD ("/cli/errors/export-unwritable", test_export_unwritable);
  ADD ("/cli/errors/bad-import", test_bad_import);
  ADD ("/cli/errors/snapshot-missing-media", test_snapshot_missing_media);

#undef ADD

  status = g_test_run ();

  cor_test_remove_tree (media_dir);
  g_free (media_dir);
  g_free (clip_a);
  g_free (clip_b);
  g_free (text_file);

  return status;
}
