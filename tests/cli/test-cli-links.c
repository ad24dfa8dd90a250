/* test-cli-links.c — `claim link|unlink`, `link|unlink`, `clip link|unlink` and
 * `list claims`: links read back through the store API and `list --json`, and
 * refused commands that leave the case (and its links) as they were
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cli-test-util.h"

static char *media_dir;
static char *clip_a;

typedef CliCase Fixture;

/* Articles 1 and 2, claim 1 (article 1) and claim 2 (article 2), clip 1, and
 * observations 1 and 2 on it */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cli_case_init (f, "Links", "Tester");
  g_free (cli_ok ("article", "add", f->case_path, "--title", "First", NULL));
  g_free (cli_ok ("article", "add", f->case_path, "--title", "Second", NULL));
  g_free (cli_ok ("claim", "add", f->case_path, "--article", "1", "--text", "1,500 soldiers",
                  "--claimant", "South Korean intelligence", "--figure", "1,500", NULL));
  g_free (cli_ok ("claim", "add", f->case_path, "--article", "2", "--text", "Groundless rumours",
                  NULL));
  g_free (cli_ok ("clip", "add", f->case_path, clip_a, NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.2", "--kind", "language",
                  "--language", "ko", "--transcript", "힘들다야", NULL));
  g_free (cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.6", "--kind", "note",
                  "--note", "second", NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_case_clear (f);
}

/* Runs a link command that must succeed silently */
#define LINK_OK(...) G_STMT_START {                                         \
    g_autofree char *out_ = cli_ok (__VA_ARGS__, NULL);                      \
    g_assert_cmpstr (out_, ==, "");                                          \
  } G_STMT_END

static CorRelation
find_link (GArray *links,
           gint64  id)
{
  for (guint i = 0; links != NULL && i < links->len; i++)
    if (g_array_index (links, CorLink, i).id == id)
      return g_array_index (links, CorLink, i).relation;

  return 0;
}

static JsonArray *
list_json (JsonNode  **keep,
           const char *case_path,
           const char *what,
           const char *flag,
           const char *id)
{
  g_autofree char *out = flag ? cli_ok ("list", case_path, what, flag, id, "--json", NULL)
                              : cli_ok ("list", case_path, what, "--json", NULL);

  *keep = cli_parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (*keep));
  return json_node_get_array (*keep);
}

static char *
last_audit_analyst (CorStore   *store,
                    const char *table)
{
  g_autoptr(GPtrArray) entries = cor_store_list_audit (store, 0, 0, NULL);

  g_assert_nonnull (entries);
  for (guint i = entries->len; i > 0; i--)
    {
      CorAuditEntry *entry = g_ptr_array_index (entries, i - 1);

      if (g_strcmp0 (entry->table_name, table) == 0)
        return g_strdup (entry->analyst);
    }

  return NULL;
}

/* Tests */

static void
test_claim_link (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *table = NULL;
  JsonArray *array, *refs;
  JsonObject *object;

  /* The form data/demo/make-demo-case.sh uses */
  LINK_OK ("claim", "link", f->case_path, "--claim", "1", "--annotation", "1", "--relation",
           "supports");
  LINK_OK ("claim", "link", f->case_path, "--claim", "1", "--annotation", "2", "--relation",
           "contradicts", "--analyst", "Checker");
  LINK_OK ("claim", "link", f->case_path, "--claim", "2", "--annotation", "1", "--relation",
           "contradicts");

  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) links = cor_store_get_claim_annotations (store, 1);
    g_autoptr(GArray) back = cor_store_get_annotation_claims (store, 1);

    g_assert_cmpuint (links->len, ==, 2);
    g_assert_cmpint (find_link (links, 1), ==, COR_RELATION_SUPPORTS);
    g_assert_cmpint (find_link (links, 2), ==, COR_RELATION_CONTRADICTS);
    g_assert_cmpuint (back->len, ==, 2);
    g_assert_cmpint (find_link (back, 1), ==, COR_RELATION_SUPPORTS);
    g_assert_cmpint (find_link (back, 2), ==, COR_RELATION_CONTRADICTS);
  }

  /* Linking again changes the relation */
  LINK_OK ("claim", "link", f->case_path, "--claim", "1", "--annotation", "1", "--relation",
           "contradicts", "--analyst", "Reviewer");
  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) links = cor_store_get_claim_annotations (store, 1);
    g_autofree char *analyst = last_audit_analyst (store, "claim_annotations");

    g_assert_cmpuint (links->len, ==, 2);
    g_assert_cmpint (find_link (links, 1), ==, COR_RELATION_CONTRADICTS);
    g_assert_cmpstr (analyst, ==, "Reviewer");
  }

  /* list claims: every claim with its observations; --article keeps one article's */
  array = list_json (&root, f->case_path, "claims", NULL, NULL);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (object, "article_id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "figure"), ==, "1,500");
  refs = json_object_get_array_member (object, "annotations");
  g_assert_cmpuint (json_array_get_length (refs), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (refs, 0), "id"), ==,
                   1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (refs, 0),
                                                  "relation"), ==, "contradicts");
  g_clear_pointer (&root, json_node_unref);

  array = list_json (&root, f->case_path, "claims", "--article", "2");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, "Groundless rumours");
  g_clear_pointer (&root, json_node_unref);

  table = cli_ok ("list", f->case_path, "claims", NULL);
  g_assert_nonnull (strstr (table, "CONTRADICTED-BY"));
  g_assert_nonnull (strstr (table, "South Korean intelligence"));
  g_assert_nonnull (strstr (table, "Groundless rumours"));

  /* The observation's own list shows the claims too */
  array = list_json (&root, f->case_path, "annotations", NULL, NULL);
  refs = json_object_get_array_member (json_array_get_object_element (array, 0), "claims");
  g_assert_cmpuint (json_array_get_length (refs), ==, 2);
  g_clear_pointer (&root, json_node_unref);

  /* Unlink removes that pair only */
  LINK_OK ("claim", "unlink", f->case_path, "--claim", "1", "--annotation", "1");
  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) links = cor_store_get_claim_annotations (store, 1);
    g_autoptr(GArray) other = cor_store_get_claim_annotations (store, 2);

    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpint (find_link (links, 2), ==, COR_RELATION_CONTRADICTS);
    g_assert_cmpuint (other->len, ==, 1);
  }
}

static void
test_annotation_article_link (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *id = NULL;

  /* The default relation is reported-by */
  LINK_OK ("link", f->case_path, "--annotation", "1", "--article", "1");
  LINK_OK ("link", f->case_path, "--annotation", "1", "--article", "2", "--relation",
           "contradicts");
  LINK_OK ("link", f->case_path, "--annotation", "2", "--article", "2", "--relation", "supports");
  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) links = cor_store_get_annotation_articles (store, 1);
    g_autoptr(GArray) back = cor_store_get_article_annotations (store, 2);

    g_assert_cmpuint (links->len, ==, 2);
    g_assert_cmpint (find_link (links, 1), ==, COR_RELATION_REPORTED_BY);
    g_assert_cmpint (find_link (links, 2), ==, COR_RELATION_CONTRADICTS);
    g_assert_cmpuint (back->len, ==, 2);
    g_assert_cmpint (find_link (back, 2), ==, COR_RELATION_SUPPORTS);
  }

  LINK_OK ("link", f->case_path, "--annotation", "1", "--article", "1", "--relation", "supports");
  LINK_OK ("unlink", f->case_path, "--annotation", "1", "--article", "2");
  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) links = cor_store_get_annotation_articles (store, 1);

    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpint (find_link (links, 1), ==, COR_RELATION_SUPPORTS);
  }

  /* annotate --article ID[:RELATION] writes the same links as it adds the observation, in
   * one transaction that keeps the search index current */
  id = cli_ok ("annotate", f->case_path, "--clip", "1", "--at", "0.4", "--kind", "note", "--note",
               "quokkas linked", "--article", "1", "--article", "2:contradicts", NULL);
  {
    g_autofree char *hits = cli_ok ("search", f->case_path, "quokkas", "--json", NULL);
    g_autoptr(JsonNode) root = cli_parse_json (hits);
    JsonArray *array = json_node_get_array (root);

    g_assert_cmpuint (json_array_get_length (array), ==, 1);
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 0), "id"),
                     ==, g_ascii_strtoll (id, NULL, 10));
  }
  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) links = cor_store_get_annotation_articles (store, g_ascii_strtoll (id, NULL,
                                                                                         10));

    g_assert_cmpuint (links->len, ==, 2);
    g_assert_cmpint (find_link (links, 1), ==, COR_RELATION_REPORTED_BY);
    g_assert_cmpint (find_link (links, 2), ==, COR_RELATION_CONTRADICTS);
  }
}

static void
test_clip_article_link (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  /* The default relation is cites */
  LINK_OK ("clip", "link", f->case_path, "--clip", "1", "--article", "1");
  LINK_OK ("clip", "link", f->case_path, "--clip", "1", "--article", "2", "--relation",
           "disputes");
  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) links = cor_store_get_clip_articles (store, 1);

    g_assert_cmpuint (links->len, ==, 2);
    g_assert_cmpint (find_link (links, 1), ==, COR_RELATION_CITES);
    g_assert_cmpint (find_link (links, 2), ==, COR_RELATION_DISPUTES);
  }

  array = list_json (&root, f->case_path, "articles", "--clip", "1");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_clear_pointer (&root, json_node_unref);

  LINK_OK ("clip", "unlink", f->case_path, "--clip", "1", "--article", "1");
  array = list_json (&root, f->case_path, "articles", "--clip", "1");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 0), "id"), ==,
                   2);
}

typedef struct
{
  int         status;
  const char *mention;
  const char *args[16];
} BadCase;

#define CASE "@CASE"

static const BadCase bad_cases[] = {
  /* claim link */
  { 2, "--claim", { "claim", "link", CASE, "--annotation", "1", "--relation", "supports" } },
  { 2, "--claim", { "claim", "link", CASE, "--claim", "x", "--annotation", "1", "--relation",
                    "supports" } },
  { 2, "--claim", { "claim", "link", CASE, "--claim", "0", "--annotation", "1", "--relation",
                    "supports" } },
  { 2, "--annotation", { "claim", "link", CASE, "--claim", "1", "--relation", "supports" } },
  { 2, "--annotation", { "claim", "link", CASE, "--claim", "1", "--annotation", "-2",
                         "--relation", "supports" } },
  { 2, "--relation", { "claim", "link", CASE, "--claim", "1", "--annotation", "2" } },
  { 2, "--relation", { "claim", "link", CASE, "--claim", "1", "--annotation", "1", "--relation",
                       "cites" } },
  { 2, "--relation", { "claim", "link", CASE, "--claim", "1", "--annotation", "1", "--relation",
                       "reported-by" } },
  { 2, "--relation", { "claim", "link", CASE, "--claim", "1", "--annotation", "1", "--relation",
                       "Supports" } },
  { 2, "--frobnicate", { "claim", "link", CASE, "--claim", "1", "--annotation", "1",
                         "--relation", "supports", "--frobnicate" } },
  { 2, "extra", { "claim", "link", CASE, "extra", "--claim", "1", "--annotation", "1",
                  "--relation", "supports" } },
  { 2, "CASE", { "claim", "link", "--claim", "1", "--annotation", "1", "--relation",
                 "supports" } },
  { 1, "--claim 99", { "claim", "link", CASE, "--claim", "99", "--annotation", "1",
                       "--relation", "supports" } },
  { 1, "--annotation 99", { "claim", "link", CASE, "--claim", "1", "--annotation", "99",
                            "--relation", "contradicts" } },
  /* claim unlink */
  { 1, "not linked", { "claim", "unlink", CASE, "--claim", "1", "--annotation", "2" } },
  { 1, "not linked", { "claim", "unlink", CASE, "--claim", "2", "--annotation", "1" } },
  { 1, "--claim 99", { "claim", "unlink", CASE, "--claim", "99", "--annotation", "1" } },
  { 2, "--relation", { "claim", "unlink", CASE, "--claim", "1", "--annotation", "1",
                       "--relation", "supports" } },
  { 2, "--annotation", { "claim", "unlink", CASE, "--claim", "1" } },
  /* link, unlink: an observation and an article */
  { 2, "--article", { "link", CASE, "--annotation", "1" } },
  { 2, "--annotation", { "link", CASE, "--article", "1" } },
  { 2, "--relation", { "link", CASE, "--annotation", "1", "--article", "1", "--relation",
                       "cites" } },
  { 1, "--annotation 99", { "link", CASE, "--annotation", "99", "--article", "1" } },
  { 1, "--article 99", { "link", CASE, "--annotation", "1", "--article", "99" } },
  { 1, "not linked", { "unlink", CASE, "--annotation", "2", "--article", "1" } },
  { 1, "--article 99", { "unlink", CASE, "--annotation", "1", "--article", "99" } },
  /* clip link, clip unlink */
  { 2, "--relation", { "clip", "link", CASE, "--clip", "1", "--article", "2", "--relation",
                       "supports" } },
  { 2, "--clip", { "clip", "link", CASE, "--clip", "one", "--article", "2" } },
  { 1, "--clip 99", { "clip", "link", CASE, "--clip", "99", "--article", "2" } },
  { 1, "--article 99", { "clip", "link", CASE, "--clip", "1", "--article", "99" } },
  { 1, "not linked", { "clip", "unlink", CASE, "--clip", "1", "--article", "2" } },
  /* list claims */
  { 1, "--article 99", { "list", CASE, "claims", "--article", "99" } },
  { 2, "--article", { "list", CASE, "claims", "--article", "x" } },
  { 2, "--clip", { "list", CASE, "claims", "--clip", "1" } },
  { 2, "--article", { "list", CASE, "annotations", "--article", "1" } },
  /* commands */
  { 2, "claim lnk", { "claim", "lnk", CASE } },
};

/* With links in place, every refused command leaves the case byte for byte and
 * its links as they were */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = NULL;

  LINK_OK ("claim", "link", f->case_path, "--claim", "1", "--annotation", "1", "--relation",
           "supports");
  LINK_OK ("link", f->case_path, "--annotation", "1", "--article", "1");
  LINK_OK ("clip", "link", f->case_path, "--clip", "1", "--article", "1");
  before = cli_case_state (f->case_path);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autofree char *out = NULL, *err = NULL, *after = NULL;
      int status;

      for (guint a = 0; bad_cases[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer) (g_str_equal (bad_cases[i].args[a], CASE)
                                           ? f->case_path : bad_cases[i].args[a]));
      g_ptr_array_add (argv, NULL);

      status = cli_runv ((const char *const *) argv->pdata, &out, &err);
      if (status != bad_cases[i].status || !g_str_has_prefix (err, "corroborate: ")
          || strchr (err, '\n') == NULL || strchr (err, '\n')[1] != '\0'
          || strstr (err, bad_cases[i].mention) == NULL || *out != '\0')
        g_error ("bad case %u (%s %s): expected status %d naming “%s”, got %d\nstdout: %s\n"
                 "stderr: %s", i, bad_cases[i].args[0], bad_cases[i].args[1],
                 bad_cases[i].status, bad_cases[i].mention, status, out, err);

      after = cli_case_state (f->case_path);
      if (g_strcmp0 (before, after) != 0)
        g_error ("bad case %u (%s %s) changed the case:\n%s\n---\n%s", i, bad_cases[i].args[0],
                 bad_cases[i].args[1], before, after);
    }

  {
    g_autoptr(CorStore) store = cli_open_store (f->case_path);
    g_autoptr(GArray) claim_links = cor_store_get_claim_annotations (store, 1);
    g_autoptr(GArray) article_links = cor_store_get_annotation_articles (store, 1);
    g_autoptr(GArray) clip_links = cor_store_get_clip_articles (store, 1);

    g_assert_cmpuint (claim_links->len, ==, 1);
    g_assert_cmpint (find_link (claim_links, 1), ==, COR_RELATION_SUPPORTS);
    g_assert_cmpuint (article_links->len, ==, 1);
    g_assert_cmpint (find_link (article_links, 1), ==, COR_RELATION_REPORTED_BY);
    g_assert_cmpuint (clip_links->len, ==, 1);
    g_assert_cmpint (find_link (clip_links, 1), ==, COR_RELATION_CITES);
  }
}

static void
test_help (void)
{
  const char *const commands[][3] = {
    { "claim", "link", "--relation" }, { "claim", "unlink", "--annotation" },
    { "link", NULL, "--relation" }, { "unlink", NULL, "--article" },
    { "clip", "link", "--relation" }, { "clip", "unlink", "--article" },
  };
  g_autofree char *usage = NULL, *err = NULL;

  /* make-demo-case.sh probes `claim link --help` for status 0 */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL, *help_err = NULL;
      int status = commands[i][1]
                   ? cli_run (&out, &help_err, commands[i][0], commands[i][1], "--help", NULL)
                   : cli_run (&out, &help_err, commands[i][0], "--help", NULL);

      g_assert_cmpint (status, ==, 0);
      g_assert_nonnull (strstr (out, commands[i][2]));
    }

  g_assert_cmpint (cli_run (&usage, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (usage, "corroborate claim link CASE --claim ID --annotation ID "
                                   "--relation supports|contradicts\n"));
  g_assert_nonnull (strstr (usage, "corroborate claim unlink CASE --claim ID --annotation ID\n"));
  g_assert_nonnull (strstr (usage, "corroborate link CASE --annotation ID --article ID"));
  g_assert_nonnull (strstr (usage, "corroborate clip link CASE --clip ID --article ID"));
  g_assert_nonnull (strstr (usage, "list CASE articles|claims|clips|annotations"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  media_dir = cli_tmpdir ();
  clip_a = cli_make_clip (media_dir, "a.webm", 0);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/links/claim-annotation", test_claim_link);
  ADD ("/cli/links/annotation-article", test_annotation_article_link);
  ADD ("/cli/links/clip-article", test_clip_article_link);
  ADD ("/cli/links/bad-input-leaves-case-unchanged", test_bad_input);
  g_test_add_func ("/cli/links/help", test_help);

#undef ADD

  status = g_test_run ();

  cor_test_remove_tree (media_dir);
  g_free (media_dir);
  g_free (clip_a);

  return status;
}
