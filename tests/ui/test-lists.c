/* test-lists.c — the observation list, the article page and the search panel on a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-article-details.h"
#include "cor-claim-row.h"
#include "corroborate-resources.h"
#include "cor-observation-list.h"
#include "cor-observation-picker.h"
#include "cor-search-panel.h"
#include "cor-store.h"
#include "cor-time.h"
#include "ui-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  CorStore   *store;
  GtkWindow  *window;
  gint64      clip_a;
  gint64      clip_b;
  gint64      article_id;
  gint64      korean_id;   /* 힘들다야, clip A at 5 s */
  gint64      uniform_id;
  gint64      place_id;
} Fixture;

typedef struct
{
  guint  count;
  gint64 a;
  gint64 b;
  gint64 c;
} Emitted;

#define SKIP_WITHOUT_DISPLAY() \
  G_STMT_START { \
    if (f->window == NULL) { g_test_skip ("no display"); return; } \
  } G_STMT_END

static void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gint64
add_clip (CorStore   *store,
          const char *title,
          char        digit)
{
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autofree char *sha = g_strnfill (64, digit);
  g_autofree char *path = g_strdup_printf ("/nonexistent/%s.webm", title);

  cor_clip_set_title (clip, title);
  cor_clip_set_path (clip, path);
  cor_clip_set_sha256 (clip, sha);
  cor_clip_set_duration_ns (clip, 60 * COR_NS_PER_SECOND);
  g_assert_true (cor_store_add_clip (store, clip, NULL));

  return cor_clip_get_id (clip);
}

static gint64
add_observation (CorStore          *store,
                 gint64             clip_id,
                 CorAnnotationKind  kind,
                 gint64             start_ms,
                 CorConfidence      confidence,
                 const char        *analyst,
                 const char        *language,
                 const char        *text)
{
  g_autoptr(CorAnnotation) annotation = cor_annotation_new (kind);
  g_autoptr(GError) error = NULL;

  cor_annotation_set_clip_id (annotation, clip_id);
  cor_annotation_set_start_ns (annotation, start_ms * COR_NS_PER_MS);
  cor_annotation_set_confidence (annotation, confidence);
  cor_annotation_set_analyst (annotation, analyst);
  switch (kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      cor_annotation_set_language (annotation, language);
      cor_annotation_set_transcript (annotation, text);
      break;
    case COR_ANNOTATION_KIND_UNIFORM:
      cor_annotation_set_maker (annotation, text);
      break;
    case COR_ANNOTATION_KIND_LOCATION:
      cor_annotation_set_place (annotation, text);
      break;
    case COR_ANNOTATION_KIND_NOTE:
    default:
      cor_annotation_set_note (annotation, text);
      break;
    }
  g_assert_true (cor_store_add_annotation (store, annotation, &error));
  g_assert_no_error (error);

  return cor_annotation_get_id (annotation);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cor-lists-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "case.corroborate", NULL);
  f->store = cor_store_create (f->path, "Lists", "ana", &error);
  g_assert_no_error (error);

  f->clip_a = add_clip (f->store, "Sergeevka drill", 'a');
  f->clip_b = add_clip (f->store, "Radio intercept", 'b');

  cor_article_set_title (article, "North Korean troops filmed in Primorye");
  cor_article_set_url (article, "https://example.org/nk-troops");
  cor_article_set_outlet (article, "Example Daily");
  g_assert_true (cor_store_add_article (f->store, article, NULL));
  f->article_id = cor_article_get_id (article);
  g_assert_true (cor_store_link_article_clip (f->store, f->article_id, f->clip_a,
                                              COR_RELATION_CITES, NULL));

  f->korean_id = add_observation (f->store, f->clip_a, COR_ANNOTATION_KIND_LANGUAGE, 5000,
                                  COR_CONFIDENCE_HIGH, "ana", "ko", "힘들다야");
  add_observation (f->store, f->clip_a, COR_ANNOTATION_KIND_LANGUAGE, 12000,
                   COR_CONFIDENCE_MODERATE, "bob", "ru", "Это учения");
  f->uniform_id = add_observation (f->store, f->clip_a, COR_ANNOTATION_KIND_UNIFORM, 20000,
                                   COR_CONFIDENCE_LOW, "ana", NULL, "BTK Group");
  f->place_id = add_observation (f->store, f->clip_b, COR_ANNOTATION_KIND_LOCATION, 1000,
                                 COR_CONFIDENCE_VERY_HIGH, "bob", NULL, "Sergeevka training ground");
  add_observation (f->store, f->clip_b, COR_ANNOTATION_KIND_NOTE, 3000,
                   COR_CONFIDENCE_VERY_LOW, "carol", NULL, "not Korean at all, perhaps Uyghur");
  g_assert_true (cor_store_link_annotation_article (f->store, f->korean_id, f->article_id,
                                                    COR_RELATION_REPORTED_BY, NULL));

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    return;

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 700);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  iterate (3);
  g_clear_object (&f->store);
  cor_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
show_in_window (Fixture   *f,
                GtkWidget *child)
{
  gtk_window_set_child (f->window, child);
  gtk_window_present (f->window);
  for (guint i = 0; i < 50 && !gtk_widget_get_mapped (child); i++)
    {
      g_usleep (10000);
      iterate (1);
    }
  g_assert_true (gtk_widget_get_mapped (child));
  iterate (5);
}

/* Saves the window as $COR_TEST_BUILDDIR/@name and in /tmp for a look */
static void
screenshot (Fixture    *f,
            const char *name)
{
  const char *builddir = g_getenv ("COR_TEST_BUILDDIR");
  GtkWidget *widget = GTK_WIDGET (f->window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *png = NULL;
  int width, height;

  for (guint i = 0; i < 20; i++)
    {
      g_usleep (5000);
      iterate (1);
    }
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  png = g_build_filename (builddir != NULL ? builddir : f->dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_test_message ("screenshot: %s", png);
}

static void
activated3_cb (GObject *object,
               gint64   a,
               gint64   b,
               gint64   c,
               Emitted *emitted)
{
  emitted->count++;
  emitted->a = a;
  emitted->b = b;
  emitted->c = c;
}

static void
activated1_cb (GObject *object,
               gint64   a,
               Emitted *emitted)
{
  emitted->count++;
  emitted->a = a;
}

static void
test_observation_list (Fixture       *f,
                       gconstpointer  data)
{
  CorObservationList *list;
  g_autoptr(CorObservationFilter) filter = cor_observation_filter_new ();
  g_autoptr(CorAnnotation) first = NULL;
  g_autoptr(CorAnnotation) last = NULL;
  GListModel *model;
  Emitted emitted = { 0 };

  SKIP_WITHOUT_DISPLAY ();

  list = COR_OBSERVATION_LIST (cor_observation_list_new ());
  show_in_window (f, GTK_WIDGET (list));
  cor_observation_list_set_store (list, f->store, 0);
  iterate (5);

  g_assert_cmpuint (cor_observation_list_get_n_total (list), ==, 5);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 5);

  /* filters, alone and combined */
  filter->kind = COR_ANNOTATION_KIND_LANGUAGE;
  cor_observation_list_set_filter (list, filter);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 2);
  cor_observation_filter_set_string (&filter->language, "ko");
  cor_observation_list_set_filter (list, filter);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 1);
  filter->kind = 0;
  cor_observation_filter_set_string (&filter->language, NULL);
  filter->min_confidence = COR_CONFIDENCE_MODERATE;
  cor_observation_list_set_filter (list, filter);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 3);
  cor_observation_filter_set_string (&filter->analyst, "bob");
  cor_observation_list_set_filter (list, filter);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 2);
  cor_observation_filter_set_string (&filter->place, "sergeevka");
  cor_observation_list_set_filter (list, filter);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 1);
  /* the filter bar follows: the analyst dropdown shows bob */
  g_assert_cmpstr (cor_observation_list_get_filter (list)->analyst, ==, "bob");

  /* live: a new observation by bob at a high confidence in a Sergeevka is counted */
  add_observation (f->store, f->clip_b, COR_ANNOTATION_KIND_LOCATION, 4000, COR_CONFIDENCE_HIGH,
                   "bob", NULL, "Sergeevka base");
  iterate (3);
  g_assert_cmpuint (cor_observation_list_get_n_total (list), ==, 6);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 2);

  g_clear_pointer (&filter, cor_observation_filter_free);
  filter = cor_observation_filter_new ();
  cor_observation_list_set_filter (list, filter);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 6);

  /* sorting by confidence, both ways */
  model = cor_observation_list_get_model (list);
  cor_observation_list_sort_by (list, COR_OBSERVATION_COLUMN_CONFIDENCE, GTK_SORT_ASCENDING);
  iterate (3);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, 5);
  g_assert_cmpint (cor_annotation_get_confidence (first), ==, COR_CONFIDENCE_VERY_LOW);
  g_assert_cmpint (cor_annotation_get_id (last), ==, f->place_id);
  g_clear_object (&first);
  cor_observation_list_sort_by (list, COR_OBSERVATION_COLUMN_CONFIDENCE, GTK_SORT_DESCENDING);
  iterate (3);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (cor_annotation_get_id (first), ==, f->place_id);
  g_clear_object (&first);

  /* by time: numeric, 1 s, 3 s, 4 s, 5 s, 12 s, 20 s */
  cor_observation_list_sort_by (list, COR_OBSERVATION_COLUMN_TIME, GTK_SORT_ASCENDING);
  iterate (3);
  first = g_list_model_get_item (model, 0);
  g_clear_object (&last);
  last = g_list_model_get_item (model, 5);
  g_assert_cmpint (cor_annotation_get_id (first), ==, f->place_id);
  g_assert_cmpint (cor_annotation_get_id (last), ==, f->uniform_id);

  /* activating a row emits its clip, id and start */
  g_signal_connect (list, "activated", G_CALLBACK (activated3_cb), &emitted);
  g_signal_emit_by_name (cor_observation_list_get_column_view (list), "activate", 3);
  g_assert_cmpuint (emitted.count, ==, 1);
  g_assert_cmpint (emitted.a, ==, f->clip_a);
  g_assert_cmpint (emitted.b, ==, f->korean_id);
  g_assert_cmpint (emitted.c, ==, 5 * COR_NS_PER_SECOND);

  g_assert_true (cor_observation_list_select_annotation (list, f->korean_id));
  screenshot (f, "test-lists-list.png");

  /* one clip: its observations only */
  cor_observation_list_set_store (list, f->store, f->clip_b);
  g_assert_cmpuint (cor_observation_list_get_n_total (list), ==, 3);
}

static void
test_article_page (Fixture       *f,
                   gconstpointer  data)
{
  CorArticleDetails *page;
  g_autoptr(CorArticle) article = NULL;
  g_autoptr(CorClaim) claim = NULL;
  g_autoptr(GArray) links = NULL;
  GtkWidget *title_row;
  CorClaimRow *row;
  CorObservationPicker *picker;
  GListModel *choices;
  Emitted emitted = { 0 };
  gint64 claim_id;
  gint64 new_id;

  SKIP_WITHOUT_DISPLAY ();

  page = COR_ARTICLE_DETAILS (cor_article_details_new ());
  /* tall enough to show the claims in the screenshot */
  gtk_window_set_default_size (f->window, 1000, 1400);
  show_in_window (f, GTK_WIDGET (page));
  cor_article_details_show (page, f->store, f->article_id);
  iterate (5);

  /* a title typed and committed with Enter is read back from the store */
  cor_article_details_focus_title (page);
  iterate (2);
  title_row = gtk_widget_get_ancestor (gtk_window_get_focus (f->window), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Пхеньян sends troops: 북한군");
  g_signal_emit_by_name (title_row, "entry-activated");
  article = cor_store_get_article (f->store, f->article_id, NULL);
  g_assert_cmpstr (cor_article_get_title (article), ==, "Пхеньян sends troops: 북한군");
  g_clear_object (&article);

  /* a claim added, its text edited, then linked to the Korean observation */
  claim_id = cor_article_details_add_claim (page);
  g_assert_cmpint (claim_id, >, 0);
  iterate (2);
  row = COR_CLAIM_ROW (cor_article_details_get_claim_row (page, claim_id));
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_cmpuint (cor_claim_row_get_n_supporting (row), ==, 0);
  {
    GtkWidget *focus = gtk_widget_get_ancestor (gtk_window_get_focus (f->window),
                                                ADW_TYPE_ENTRY_ROW);

    g_assert_nonnull (focus);
    gtk_editable_set_text (GTK_EDITABLE (focus), "Soldiers speak Korean with a northern accent");
    g_signal_emit_by_name (focus, "entry-activated");
  }
  claim = cor_store_get_claim (f->store, claim_id, NULL);
  g_assert_cmpstr (cor_claim_get_text (claim), ==, "Soldiers speak Korean with a northern accent");

  picker = COR_OBSERVATION_PICKER (cor_claim_row_get_picker (row));
  /* the expander opens with an animation: pop up once its menu button is on screen */
  for (guint i = 0; i < 100 && !gtk_widget_get_mapped (gtk_widget_get_parent (GTK_WIDGET (picker))); i++)
    {
      g_usleep (10000);
      iterate (1);
    }
  g_assert_true (gtk_widget_get_mapped (gtk_widget_get_parent (GTK_WIDGET (picker))));
  /* popping up needs a window manager to place it (Xvfb has none here): load as it would */
  cor_observation_picker_load (picker);
  iterate (5);
  choices = cor_observation_picker_get_model (picker);
  g_assert_nonnull (choices);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 5);
  cor_observation_picker_set_search (picker, "힘들");
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 1);
  g_assert_true (cor_observation_picker_pick (picker, 0));
  iterate (3);

  links = cor_store_get_claim_annotations (f->store, claim_id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).id, ==, f->korean_id);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_SUPPORTS);
  /* the row shown may have been rebuilt: look it up again */
  row = COR_CLAIM_ROW (cor_article_details_get_claim_row (page, claim_id));
  g_assert_cmpuint (cor_claim_row_get_n_supporting (row), ==, 1);
  g_assert_cmpuint (cor_claim_row_get_n_contradicting (row), ==, 0);

  /* a counter-claim's evidence: the Uyghur note contradicts */
  g_assert_true (cor_store_link_claim_annotation (f->store, claim_id, f->uniform_id,
                                                  COR_RELATION_CONTRADICTS, NULL));
  iterate (2);
  g_assert_cmpuint (cor_claim_row_get_n_contradicting (row), ==, 1);

  /* an observation citing the article is listed; its activation is passed on */
  g_signal_connect (page, "activated", G_CALLBACK (activated3_cb), &emitted);
  g_signal_connect (row, "observation-activated", G_CALLBACK (activated3_cb), &emitted);
  screenshot (f, "test-lists-article.png");

  /* the new-article flow */
  new_id = cor_article_details_new_article (page, f->store, NULL);
  g_assert_cmpint (new_id, >, 0);
  g_assert_cmpint (cor_article_details_get_article_id (page), ==, new_id);
  article = cor_store_get_article (f->store, new_id, NULL);
  g_assert_cmpstr (cor_article_get_title (article), ==, "Untitled article");
  title_row = gtk_widget_get_ancestor (gtk_window_get_focus (f->window), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (title_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Untitled article");
}

static void
test_search_panel (Fixture       *f,
                   gconstpointer  data)
{
  CorSearchPanel *panel;
  Emitted annotation = { 0 };
  Emitted article = { 0 };
  Emitted clip = { 0 };

  SKIP_WITHOUT_DISPLAY ();

  panel = COR_SEARCH_PANEL (cor_search_panel_new ());
  show_in_window (f, GTK_WIDGET (panel));
  cor_search_panel_set_store (panel, f->store);
  g_signal_connect (panel, "activated-annotation", G_CALLBACK (activated3_cb), &annotation);
  g_signal_connect (panel, "activated-article", G_CALLBACK (activated1_cb), &article);
  g_signal_connect (panel, "activated-clip", G_CALLBACK (activated1_cb), &clip);

  /* typed: found after the delay, without being asked */
  cor_search_panel_set_text (panel, "힘들");
  for (guint i = 0; i < 100 && cor_search_panel_get_n_results (panel) == 0; i++)
    {
      g_usleep (10000);
      iterate (1);
    }
  g_assert_cmpuint (cor_search_panel_get_n_results (panel), ==, 1);
  g_assert_true (cor_search_panel_activate_result (panel, 0));
  g_assert_cmpuint (annotation.count, ==, 1);
  g_assert_cmpint (annotation.a, ==, f->clip_a);
  g_assert_cmpint (annotation.b, ==, f->korean_id);
  g_assert_cmpint (annotation.c, ==, 5 * COR_NS_PER_SECOND);
  g_assert_false (cor_search_panel_activate_result (panel, 1));

  /* an article and a clip */
  cor_search_panel_set_text (panel, "Primorye");
  cor_search_panel_search_now (panel);
  g_assert_cmpuint (cor_search_panel_get_n_results (panel), >=, 1);
  g_assert_true (cor_search_panel_activate_result (panel, 0));
  g_assert_cmpuint (article.count, ==, 1);
  g_assert_cmpint (article.a, ==, f->article_id);

  cor_search_panel_set_text (panel, "intercept");
  cor_search_panel_search_now (panel);
  g_assert_cmpuint (cor_search_panel_get_n_results (panel), ==, 1);
  g_assert_true (cor_search_panel_activate_result (panel, 0));
  g_assert_cmpuint (clip.count, ==, 1);
  g_assert_cmpint (clip.a, ==, f->clip_b);

  /* nothing found, then hostile text: no crash, no markup leak */
  cor_search_panel_set_text (panel, "zzzqqq");
  cor_search_panel_search_now (panel);
  g_assert_cmpuint (cor_search_panel_get_n_results (panel), ==, 0);
  add_observation (f->store, f->clip_b, COR_ANNOTATION_KIND_NOTE, 9000, COR_CONFIDENCE_LOW,
                   "ana", NULL, "<b>Sergeevka</b> & \"barracks\"");

  cor_search_panel_set_text (panel, "Sergeevka");
  cor_search_panel_search_now (panel);
  g_assert_cmpuint (cor_search_panel_get_n_results (panel), ==, 3);
  screenshot (f, "test-lists-search.png");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);
  /* link the resources of the static library in */
  g_assert_nonnull (corroborate_get_resource ());
  /* without a display every test skips */
  if ((g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) && gtk_init_check ())
    adw_init ();
  else
    g_unsetenv ("DISPLAY");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/lists/observation-list", test_observation_list);
  ADD ("/ui/lists/article-page", test_article_page);
  ADD ("/ui/lists/search-panel", test_search_panel);

#undef ADD

  return g_test_run ();
}
