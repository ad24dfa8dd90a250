/* test-search-format.c — search snippets as markup and hits grouped, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "cor-search-format.h"

#define S COR_SEARCH_MARK_START
#define E COR_SEARCH_MARK_END
#define HL "<span weight=\"bold\" bgcolor=\"#f6d32d\" bgalpha=\"45%\">"

/* Parses @markup as Pango would; returns the text shown, or fails the test */
static char *
parse_markup (const char *markup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;
  char *text = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, &attrs, &text, NULL, &error));
  g_assert_no_error (error);

  return text;
}

static void
test_escapes (void)
{
  g_autofree char *markup = cor_search_format_snippet_markup ("<b>&\"'" S "x" E "</span>");
  g_autofree char *text = NULL;

  g_assert_cmpstr (markup, ==, "&lt;b&gt;&amp;&quot;&apos;" HL "x</span>&lt;/span&gt;");
  text = parse_markup (markup);
  g_assert_cmpstr (text, ==, "<b>&\"'x</span>");
}

static void
test_hostile (void)
{
  const char *hostile[] = {
    "</span><span foreground=\"red\">",
    "<markup><i>",
    "&amp; &#x41; &lt;",
    "<span weight=\"bold\" " S "bgcolor" E "=\"x\">",
    "]]><!-- -->",
    "\xff\xfe broken utf-8 " S "\xc3" E,
    S S "nested" E E E,
    "line\nbreak\ttab",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *markup = cor_search_format_snippet_markup (hostile[i]);
      g_autofree char *text = parse_markup (markup);
      g_autofree char *plain = cor_search_format_split_snippet (hostile[i], NULL);
      g_autofree char *title = cor_search_format_escape_line (hostile[i]);
      g_autofree char *title_text = parse_markup (title);

      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_null (strstr (text, S));
      g_assert_null (strstr (text, E));
      g_assert_null (strchr (text, '\n'));
      /* the text shown is the plain snippet, with line breaks as spaces */
      g_strdelimit (plain, "\n\t\r", ' ');
      g_assert_cmpstr (text, ==, plain);
      g_assert_null (strchr (title_text, '\n'));
    }
}

static void
test_korean_positions (void)
{
  g_autoptr(GArray) spans = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *markup = NULL;
  const CorSearchSpan *span;

  plain = cor_search_format_split_snippet ("…병사가 " S "힘들다야" E "라고 " S "말" E "했다",
                                           &spans);
  g_assert_cmpstr (plain, ==, "…병사가 힘들다야라고 말했다");
  g_assert_cmpuint (spans->len, ==, 2);

  span = &g_array_index (spans, CorSearchSpan, 0);
  /* "…" is 3 bytes, each syllable 3 bytes, a space 1 */
  g_assert_cmpuint (span->start, ==, 3 + 9 + 1);
  g_assert_cmpuint (span->end, ==, 3 + 9 + 1 + 12);
  g_assert_cmpint (strncmp (plain + span->start, "힘들다야", span->end - span->start), ==, 0);

  span = &g_array_index (spans, CorSearchSpan, 1);
  g_assert_cmpint (strncmp (plain + span->start, "말", span->end - span->start), ==, 0);
  g_assert_cmpuint (span->end - span->start, ==, 3);

  markup = cor_search_format_snippet_markup ("Это " S "Сергеевка" E " и " S "힘들" E "다야");
  g_assert_cmpstr (markup, ==, "Это " HL "Сергеевка</span> и " HL "힘들</span>다야");
}

static void
test_marks (void)
{
  g_autoptr(GArray) spans = NULL;
  g_autofree char *plain = NULL;

  /* unclosed: runs to the end */
  plain = cor_search_format_split_snippet ("ab" S "cd", &spans);
  g_assert_cmpstr (plain, ==, "abcd");
  g_assert_cmpuint (spans->len, ==, 1);
  g_assert_cmpuint (g_array_index (spans, CorSearchSpan, 0).start, ==, 2);
  g_assert_cmpuint (g_array_index (spans, CorSearchSpan, 0).end, ==, 4);
  g_clear_pointer (&spans, g_array_unref);
  g_clear_pointer (&plain, g_free);

  /* stray end, nested start, empty match: dropped */
  plain = cor_search_format_split_snippet (E "a" S S "b" E "c" S E "d", &spans);
  g_assert_cmpstr (plain, ==, "abcd");
  g_assert_cmpuint (spans->len, ==, 1);
  g_assert_cmpuint (g_array_index (spans, CorSearchSpan, 0).start, ==, 1);
  g_assert_cmpuint (g_array_index (spans, CorSearchSpan, 0).end, ==, 2);
  g_clear_pointer (&spans, g_array_unref);
  g_clear_pointer (&plain, g_free);

  plain = cor_search_format_split_snippet (NULL, &spans);
  g_assert_cmpstr (plain, ==, "");
  g_assert_cmpuint (spans->len, ==, 0);
}

static CorSearchHit *
make_hit (CorSearchHitKind kind,
          gint64           id,
          gint64           clip_id)
{
  CorSearchHit *hit = g_new0 (CorSearchHit, 1);

  hit->kind = kind;
  hit->id = id;
  hit->clip_id = clip_id;
  hit->start_ns = kind == COR_SEARCH_HIT_ANNOTATION ? id * 1000 : -1;
  hit->title = g_strdup_printf ("hit %" G_GINT64_FORMAT, id);

  return hit;
}

/* claims 100 and 101 belong to article 7; 102 to none */
static gint64
claim_article (gint64   claim_id,
               gpointer user_data)
{
  guint *calls = user_data;

  (*calls)++;

  return claim_id == 102 ? 0 : 7;
}

static void
test_grouping (void)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_search_hit_free);
  g_autoptr(GPtrArray) groups = NULL;
  CorSearchGroup *group;
  guint calls = 0;

  /* ranked best first */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_ANNOTATION, 11, 2));  /* clip 2 */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_CLAIM, 100, 0));      /* article 7 */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_ANNOTATION, 12, 1));  /* clip 1 */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_CLIP, 2, 0));         /* clip 2 */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_ARTICLE, 7, 0));      /* article 7 */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_CLAIM, 102, 0));      /* left out */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_ARTICLE, 2, 0));      /* article 2, not clip 2 */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_ANNOTATION, 13, 2));  /* clip 2 */
  g_ptr_array_add (hits, make_hit (COR_SEARCH_HIT_CLAIM, 101, 0));      /* article 7 */

  groups = cor_search_format_group (hits, claim_article, &calls);
  g_assert_cmpuint (calls, ==, 3);
  g_assert_cmpuint (groups->len, ==, 4);

  group = g_ptr_array_index (groups, 0);
  g_assert_cmpint (group->kind, ==, COR_SEARCH_GROUP_CLIP);
  g_assert_cmpint (group->id, ==, 2);
  g_assert_cmpuint (group->hits->len, ==, 3);
  g_assert_true (g_ptr_array_index (group->hits, 0) == g_ptr_array_index (hits, 0));
  g_assert_true (g_ptr_array_index (group->hits, 1) == g_ptr_array_index (hits, 3));
  g_assert_true (g_ptr_array_index (group->hits, 2) == g_ptr_array_index (hits, 7));

  group = g_ptr_array_index (groups, 1);
  g_assert_cmpint (group->kind, ==, COR_SEARCH_GROUP_ARTICLE);
  g_assert_cmpint (group->id, ==, 7);
  g_assert_cmpuint (group->hits->len, ==, 3);
  g_assert_true (g_ptr_array_index (group->hits, 0) == g_ptr_array_index (hits, 1));
  g_assert_true (g_ptr_array_index (group->hits, 1) == g_ptr_array_index (hits, 4));
  g_assert_true (g_ptr_array_index (group->hits, 2) == g_ptr_array_index (hits, 8));

  group = g_ptr_array_index (groups, 2);
  g_assert_cmpint (group->kind, ==, COR_SEARCH_GROUP_CLIP);
  g_assert_cmpint (group->id, ==, 1);
  g_assert_cmpuint (group->hits->len, ==, 1);

  group = g_ptr_array_index (groups, 3);
  g_assert_cmpint (group->kind, ==, COR_SEARCH_GROUP_ARTICLE);
  g_assert_cmpint (group->id, ==, 2);

  /* no callback: claims are left out */
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = cor_search_format_group (hits, NULL, NULL);
  g_assert_cmpuint (groups->len, ==, 4);
  group = g_ptr_array_index (groups, 1);
  g_assert_cmpint (group->id, ==, 1);
  group = g_ptr_array_index (groups, 2);
  g_assert_cmpint (group->id, ==, 7);
  g_assert_cmpuint (group->hits->len, ==, 1);

  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = cor_search_format_group (NULL, NULL, NULL);
  g_assert_cmpuint (groups->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/search-format/escapes", test_escapes);
  g_test_add_func ("/ui/search-format/hostile", test_hostile);
  g_test_add_func ("/ui/search-format/korean-positions", test_korean_positions);
  g_test_add_func ("/ui/search-format/marks", test_marks);
  g_test_add_func ("/ui/search-format/grouping", test_grouping);

  return g_test_run ();
}
