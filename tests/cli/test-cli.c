/* test-cli.c — the `corroborate` executable end to end: every command's happy path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test makes a case in a fresh temporary folder with the CLI, then reads it
 * back through the store API and through `list --json`.
 */
#include <glib/gstdio.h>

#include "cli-test-util.h"

static char *media_dir;
static char *clip_a;  /* videotestsrc pattern 0 */
static char *clip_b;  /* pattern 1: another file, another hash */

typedef CliCase Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cli_case_init (f, "Test case", "Tester");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_case_clear (f);
}

static JsonArray *
list_json (JsonNode  **keep,
           const char *case_path,
           const char *what,
           const char *clip)
{
  g_autofree char *out = clip ? cli_ok ("list", case_path, what, "--clip", clip, "--json", NULL)
                              : cli_ok ("list", case_path, what, "--json", NULL);

  *keep = cli_parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (*keep));
  return json_node_get_array (*keep);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_NULL (node))
    return NULL;
  return json_node_get_string (node);
}

/* Tests */

static void
test_new (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(CorStore) store = cli_open_store (f->case_path);
  g_autofree char *path = g_build_filename (f->dir, "세르게예프카 «case».corroborate", NULL);
  g_autofree char *uuid = NULL;
  g_autoptr(CorStore) other = NULL;

  g_assert_cmpstr (cor_store_get_title (store), ==, "Test case");
  g_assert_nonnull (cor_store_get_uuid (store));

  uuid = cli_ok ("new", path, "--title", "Сергеевка <b>\"test\"</b> 힘들다야", NULL);
  other = cli_open_store (path);
  g_assert_cmpstr (cor_store_get_uuid (other), ==, uuid);
  g_assert_cmpstr (cor_store_get_title (other), ==, "Сергеевка <b>\"test\"</b> 힘들다야");
}

static void
test_article_add (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *id1 = NULL, *id2 = NULL, *table = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorArticle) article = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  JsonObject *object;

  id1 = cli_ok ("article", "add", f->case_path, "--title", "North Korean troops at Sergeevka",
                "--url", "https://example.org/a?x=1&y=2", "--outlet", "Example News",
                "--author", "A. Writer", "--published", "2024-10-18", "--language", "en",
                "--summary", "Claims 1,500 soldiers.", "--archived-url",
                "https://archive.example/abc", "--reliability", "c", "--notes", "first", NULL);
  g_assert_cmpstr (id1, ==, "1");
  id2 = cli_ok ("article", "add", f->case_path, "--title", "Second", NULL);
  g_assert_cmpstr (id2, ==, "2");

  store = cli_open_store (f->case_path);
  article = cor_store_get_article (store, 1, NULL);
  g_assert_nonnull (article);
  g_assert_cmpstr (cor_article_get_title (article), ==, "North Korean troops at Sergeevka");
  g_assert_cmpstr (cor_article_get_url (article), ==, "https://example.org/a?x=1&y=2");
  g_assert_cmpstr (cor_article_get_outlet (article), ==, "Example News");
  g_assert_cmpstr (cor_article_get_author (article), ==, "A. Writer");
  g_assert_cmpstr (cor_article_get_published (article), ==, "2024-10-18");
  g_assert_cmpstr (cor_article_get_language (article), ==, "en");
  g_assert_cmpstr (cor_article_get_summary (article), ==, "Claims 1,500 soldiers.");
  g_assert_cmpstr (cor_article_get_archived_url (article), ==, "https://archive.example/abc");
  g_assert_cmpstr (cor_article_get_reliability (article), ==, "C");
  g_assert_cmpstr (cor_article_get_notes (article), ==, "first");

  array = list_json (&root, f->case_path, "articles", NULL);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      object = json_array_get_object_element (array, i);
      if (json_object_get_int_member (object, "id") == 1)
        {
          g_assert_cmpstr (member_string (object, "outlet"), ==, "Example News");
          g_assert_nonnull (member_string (object, "uuid"));
        }
      else
        g_assert_null (member_string (object, "url"));
    }

  table = cli_ok ("list", f->case_path, "articles", NULL);
  g_assert_true (g_str_has_prefix (table, "ID"));
  g_assert_nonnull (strstr (table, "\n1 "));
  g_assert_nonnull (strstr (table, "North Korean troops"));
}

static void
test_claim_add (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *article = cli_ok ("article", "add", f->case_path, "--title", "A", NULL);
  g_autofree char *id = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorClaim) claim = NULL;

  id = cli_ok ("claim", "add", f->case_path, "--article", article, "--text",
               "About 1,500 North Korean soldiers", "--claimant", "South Korean intelligence",
               "--figure", "1,500", "--date", "2024-10-18", NULL);
  g_assert_cmpstr (id, ==, "1");

  store = cli_open_store (f->case_path);
  claim = cor_store_get_claim (store, 1, NULL);
  g_assert_nonnull (claim);
  g_assert_cmpint (cor_claim_get_article_id (claim), ==, 1);
  g_assert_cmpstr (cor_claim_get_claimant (claim), ==, "South Korean intelligence");
  g_assert_cmpstr (cor_claim_get_figure (claim), ==, "1,500");
}

static void
test_clip_add (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *article = cli_ok ("article", "add", f->case_path, "--title", "A", NULL);
  g_autofree char *id = NULL, *id2 = NULL;
  g_autofree char *sha = cli_file_sha256 (clip_a);
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  JsonObject *object;

  id = cli_ok ("clip", "add", f->case_path, clip_a, "--title", "Sergeevka clip", "--origin",
               "Telegram channel Astra", "--source-url", "https://t.me/astra/1", "--article",
               article, NULL);
  g_assert_cmpstr (id, ==, "1");
  id2 = cli_ok ("clip", "add", f->case_path, clip_b, NULL);
  g_assert_cmpstr (id2, ==, "2");

  store = cli_open_store (f->case_path);
  clip = cor_store_get_clip (store, 1, NULL);
  g_assert_nonnull (clip);
  g_assert_cmpstr (cor_clip_get_sha256 (clip), ==, sha);
  g_assert_cmpstr (cor_clip_get_path (clip), ==, clip_a);
  g_assert_nonnull (cor_clip_get_relative_path (clip));
  g_assert_cmpstr (cor_clip_get_title (clip), ==, "Sergeevka clip");
  g_assert_cmpstr (cor_clip_get_origin (clip), ==, "Telegram channel Astra");
  g_assert_cmpstr (cor_clip_get_source_url (clip), ==, "https://t.me/astra/1");
  g_assert_cmpint (cor_clip_get_kind (clip), ==, COR_CLIP_KIND_VIDEO);
  g_assert_cmpint (cor_clip_get_width (clip), ==, 160);
  g_assert_cmpint (cor_clip_get_duration_ns (clip), >, 900000000);
  g_assert_cmpint (cor_clip_get_duration_ns (clip), <, 1100000000);

  links = cor_store_get_clip_articles (store, 1);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).id, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_CITES);

  array = list_json (&root, f->case_path, "clips", NULL);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (member_string (object, "sha256"), ==, sha);
  g_assert_cmpstr (member_string (object, "kind"), ==, "video");

  /* --clip on articles: those that cite it */
  g_clear_pointer (&root, json_node_unref);
  array = list_json (&root, f->case_path, "articles", "1");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_clear_pointer (&root, json_node_unref);
  array = list_json (&root, f->case_path, "articles", "2");
  g_assert_cmpuint (json_array_get_length (array), ==, 0);
}

static void
add_clip (Fixture *f)
{
  g_autofree char *id = cli_ok ("clip", "add", f->case_path, clip_a, NULL);
  g_assert_cmpstr (id, ==, "1");
}

static void
test_annotate_kinds (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *article = cli_ok ("article", "add", f->case_path, "--title", "A", NULL);
  g_autofree char *a1 = NULL, *a2 = NULL, *a3 = NULL, *a4 = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorAnnotation) language = NULL, uniform = NULL, location = NULL, note = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  add_clip (f);
  a1 = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.250", "--until", "00:00:00.750",
               "--kind", "language", "--language", "ko", "--dialect", "northern accent",
               "--speaker", "soldier 1", "--transcript", "힘들다야", "--translation", "It's hard",
               "--translated-by", "T. Ranslator", "--confidence", "high", "--note", "clear",
               "--tag", "speech", "--tag", "korean", "--article", "1:supports", NULL);
  a2 = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.5", "--kind", "uniform",
               "--maker", "BTK Group", "--item", "jacket", "--markings", "none visible",
               "--confidence", "2", "--analyst", "Other Analyst", NULL);
  a3 = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "00:00.100", "--kind",
               "location", "--place", "Sergeevka", "--lat", "43.9", "--lon", "131.75",
               "--precision", "500", "--method", "ridge line matched", "--geolocated-by", "G",
               "--article", article, NULL);
  a4 = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "1", "--kind", "note", "--note",
               "end of clip", NULL);
  g_assert_cmpstr (a1, ==, "1");
  g_assert_cmpstr (a2, ==, "2");
  g_assert_cmpstr (a3, ==, "3");
  g_assert_cmpstr (a4, ==, "4");

  store = cli_open_store (f->case_path);
  language = cor_store_get_annotation (store, 1, NULL);
  g_assert_cmpint (cor_annotation_get_kind (language), ==, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_cmpint (cor_annotation_get_start_ns (language), ==, 250000000);
  g_assert_cmpint (cor_annotation_get_end_ns (language), ==, 750000000);
  g_assert_cmpstr (cor_annotation_get_language (language), ==, "ko");
  g_assert_cmpstr (cor_annotation_get_dialect (language), ==, "northern accent");
  g_assert_cmpstr (cor_annotation_get_speaker (language), ==, "soldier 1");
  g_assert_cmpstr (cor_annotation_get_transcript (language), ==, "힘들다야");
  g_assert_cmpstr (cor_annotation_get_translation (language), ==, "It's hard");
  g_assert_cmpstr (cor_annotation_get_translated_by (language), ==, "T. Ranslator");
  g_assert_cmpint (cor_annotation_get_confidence (language), ==, COR_CONFIDENCE_HIGH);
  g_assert_cmpstr (cor_annotation_get_analyst (language), ==, "Tester");
  g_assert_cmpstr (cor_annotation_get_note (language), ==, "clear");
  g_assert_cmpuint (g_strv_length ((char **) cor_annotation_get_tags (language)), ==, 2);
  links = cor_store_get_annotation_articles (store, 1);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_SUPPORTS);

  uniform = cor_store_get_annotation (store, 2, NULL);
  g_assert_cmpstr (cor_annotation_get_maker (uniform), ==, "BTK Group");
  g_assert_cmpstr (cor_annotation_get_item (uniform), ==, "jacket");
  g_assert_cmpstr (cor_annotation_get_markings (uniform), ==, "none visible");
  g_assert_cmpint (cor_annotation_get_end_ns (uniform), ==, -1);
  g_assert_cmpint (cor_annotation_get_confidence (uniform), ==, COR_CONFIDENCE_LOW);
  g_assert_cmpstr (cor_annotation_get_analyst (uniform), ==, "Other Analyst");

  location = cor_store_get_annotation (store, 3, NULL);
  g_assert_cmpstr (cor_annotation_get_place (location), ==, "Sergeevka");
  g_assert_true (cor_annotation_get_has_coordinates (location));
  g_assert_cmpfloat_with_epsilon (cor_annotation_get_latitude (location), 43.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (cor_annotation_get_longitude (location), 131.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (cor_annotation_get_precision_m (location), 500, 1e-9);
  g_assert_cmpstr (cor_annotation_get_method (location), ==, "ridge line matched");

  note = cor_store_get_annotation (store, 4, NULL);
  g_assert_cmpstr (cor_annotation_get_note (note), ==, "end of clip");
  g_assert_cmpint (cor_annotation_get_start_ns (note), ==, 1000000000);

  array = list_json (&root, f->case_path, "annotations", "1");
  g_assert_cmpuint (json_array_get_length (array), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (json_object_get_int_member (object, "id") == 1)
        {
          JsonArray *refs = json_object_get_array_member (object, "articles");

          g_assert_cmpstr (member_string (object, "start"), ==, "00:00:00.250");
          g_assert_cmpint (json_object_get_int_member (object, "end_ns"), ==, 750000000);
          g_assert_cmpuint (json_array_get_length (refs), ==, 1);
          g_assert_cmpstr (member_string (json_array_get_object_element (refs, 0), "relation"),
                           ==, "supports");
        }
    }
}

static const char *const hostile[] = {
  "\"quoted\" 'single' `back` \\backslash\\",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(document.cookie)>",
  "javascript:alert(1)",
  "tab\tnew\nline\rreturn \x01\x02\x1b[31mred\x1b[0m \x7f",
  "العربية مع \u202eعكس\u202c and עברית",
  "emoji 🇰🇵👨‍👩‍👧 🔥 \u200d\ufeff",
  "힘들다야 · Сергеевка · 金正恩",
  "-looks-like-a-flag",
  "--transcript",
  "%s %n %x %%",
  "' OR 1=1; DROP TABLE annotations; --",
  "NULL",
};

static void
test_annotate_hostile (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  guint n = G_N_ELEMENTS (hostile);

  add_clip (f);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *flag = g_strdup_printf ("--transcript=%s", hostile[i]);
      g_autofree char *id = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0",
                                    "--kind", "language", "--language", "ko", flag,
                                    "--translation", hostile[i], "--note", hostile[i], "--tag",
                                    hostile[i], "--speaker", hostile[i], NULL);
      g_autofree char *expected = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (id, ==, expected);
    }

  /* A long text, under the kernel's limit for one argument */
  while (long_text->len < 100000)
    g_string_append (long_text, "Длинный текст 긴 텍스트 long text. ");
  {
    g_autofree char *id = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.5",
                                  "--kind", "note", "--note", long_text->str, NULL);
    g_assert_cmpstr (id, ==, "14");
  }

  array = list_json (&root, f->case_path, "annotations", NULL);
  g_assert_cmpuint (json_array_get_length (array), ==, n + 1);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      gint64 id = json_object_get_int_member (object, "id");
      JsonArray *tags = json_object_get_array_member (object, "tags");

      if (id == (gint64) n + 1)
        {
          g_assert_cmpstr (member_string (object, "note"), ==, long_text->str);
          continue;
        }

      g_assert_cmpint (id, >=, 1);
      g_assert_cmpint (id, <=, n);
      g_assert_cmpstr (member_string (object, "transcript"), ==, hostile[id - 1]);
      g_assert_cmpstr (member_string (object, "translation"), ==, hostile[id - 1]);
      g_assert_cmpstr (member_string (object, "note"), ==, hostile[id - 1]);
      g_assert_cmpstr (member_string (object, "speaker"), ==, hostile[id - 1]);
      g_assert_cmpuint (json_array_get_length (tags), ==, 1);
      g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, hostile[id - 1]);
    }

  /* The text table survives it too: one line per record plus the header */
  {
    g_autofree char *table = cli_ok ("list", f->case_path, "annotations", NULL);
    g_auto(GStrv) lines = g_strsplit (table, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, n + 2);
  }
}

static JsonArray *
search_json (JsonNode  **keep,
             const char *case_path,
             const char *query)
{
  g_autofree char *out = cli_ok ("search", case_path, query, "--json", NULL);

  *keep = cli_parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (*keep));
  return json_node_get_array (*keep);
}

static gboolean
has_annotation_hit (JsonArray *hits,
                    gint64     id)
{
  for (guint i = 0; i < json_array_get_length (hits); i++)
    {
      JsonObject *hit = json_array_get_object_element (hits, i);

      if (g_strcmp0 (json_object_get_string_member (hit, "kind"), "annotation") == 0
          && json_object_get_int_member (hit, "id") == id)
        return TRUE;
    }

  return FALSE;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  const char *queries_ko[] = { "힘들다야", "힘들", "힘" };
  g_autofree char *table = NULL;
  g_autofree char *empty = NULL;

  add_clip (f);
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.2", "--kind", "language",
                  "--language", "ko", "--transcript", "힘들다야", "--translation", "It is hard",
                  NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.4", "--kind", "language",
                  "--language", "ru", "--transcript", "Мы на полигоне Сергеевка",
                  "--translation", "We are at the Sergeevka range", NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.6", "--kind", "uniform",
                  "--maker", "BTK Group", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (queries_ko); i++)
    {
      g_autoptr(JsonNode) root = NULL;
      JsonArray *hits = search_json (&root, f->case_path, queries_ko[i]);

      if (!has_annotation_hit (hits, 1))
        g_error ("query %s did not find annotation 1", queries_ko[i]);
      g_assert_false (has_annotation_hit (hits, 2));
    }

  {
    g_autoptr(JsonNode) root = NULL;
    JsonArray *hits = search_json (&root, f->case_path, "Сергеевка");
    JsonObject *first;

    g_assert_true (has_annotation_hit (hits, 2));
    g_assert_false (has_annotation_hit (hits, 1));
    first = json_array_get_object_element (hits, 0);
    g_assert_cmpint (json_object_get_int_member (first, "clip_id"), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (first, "start"), ==, "00:00:00.400");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "matches")),
                      >=, 1);
  }

  {
    g_autoptr(JsonNode) root = NULL;
    JsonArray *hits = search_json (&root, f->case_path, "BTK");

    g_assert_true (has_annotation_hit (hits, 3));
  }

  table = cli_ok ("search", f->case_path, "Сергеевка", NULL);
  g_assert_true (g_str_has_prefix (table, "KIND"));
  g_assert_nonnull (strstr (table, "Сергеевка]"));

  empty = cli_ok ("search", f->case_path, "nothingmatchesthis", NULL);
  g_assert_cmpstr (empty, ==, "");
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (from, &data, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, data, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
test_verify (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "copy.webm", NULL);
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  FILE *stream;

  copy_file (clip_a, copy);
  g_free (cli_ok ("clip", "add", f->case_path, copy, NULL));

  out = cli_ok ("verify", f->case_path, NULL);
  expected = g_strdup_printf ("1 ok %s", copy);
  g_assert_cmpstr (out, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&expected, g_free);

  stream = fopen (copy, "ab");
  g_assert_nonnull (stream);
  fputc ('x', stream);
  fclose (stream);
  g_assert_cmpint (cli_run (&out, &err, "verify", f->case_path, NULL), ==, 1);
  expected = g_strdup_printf ("1 changed %s\n", copy);
  g_assert_cmpstr (out, ==, expected);
  g_assert_true (g_str_has_prefix (err, "corroborate: "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (cli_run (&out, &err, "verify", f->case_path, NULL), ==, 1);
  expected = g_strdup_printf ("1 missing %s\n", copy);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_verify_relative (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (f->dir, "media", NULL);
  g_autofree char *copy = g_build_filename (sub, "clip.webm", NULL);
  g_autofree char *moved_dir = g_strconcat (f->dir, "-moved", NULL);
  g_autofree char *moved_case = g_build_filename (moved_dir, "case.corroborate", NULL);
  g_autofree char *moved_copy = g_build_filename (moved_dir, "media", "clip.webm", NULL);
  g_autofree char *out = NULL, *expected = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  copy_file (clip_a, copy);
  g_free (cli_ok ("clip", "add", f->case_path, copy, NULL));

  /* The case folder moves with its media: the relative path finds the file */
  g_assert_cmpint (g_rename (f->dir, moved_dir), ==, 0);
  out = cli_ok ("verify", moved_case, NULL);
  expected = g_strdup_printf ("1 ok %s", moved_copy);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpint (g_rename (moved_dir, f->dir), ==, 0);
}

static void
test_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (cli_run (&out, &err, "--version", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "corroborate "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cli_run (&out, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "corroborate annotate CASE"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cli_run (&out, &err, "annotate", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--transcript"));
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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/new", test_new);
  ADD ("/cli/article/add", test_article_add);
  ADD ("/cli/claim/add", test_claim_add);
  ADD ("/cli/clip/add", test_clip_add);
  ADD ("/cli/annotate/kinds", test_annotate_kinds);
  ADD ("/cli/annotate/hostile-text", test_annotate_hostile);
  ADD ("/cli/search/korean-cyrillic", test_search);
  ADD ("/cli/verify/states", test_verify);
  ADD ("/cli/verify/relative-path", test_verify_relative);
  g_test_add_func ("/cli/usage", test_usage);

#undef ADD

  status = g_test_run ();

  cor_test_remove_tree (media_dir);
  g_free (media_dir);
  g_free (clip_a);
  g_free (clip_b);

  return status;
}
