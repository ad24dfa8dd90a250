/* test-a11y.c — every control of every screen has an accessible name (issue 6, point 5), on a
 * real display (Xvfb; skips without one)
 *
 * A case with a clip, an article with claims and one observation of each kind is built with the
 * store API; then each screen is shown in turn — the clip page (player, transport bar, timeline,
 * waveform, the editor with a language, a uniform, a location and a note observation selected,
 * and its other tabs), an article's page, the case's observations, search with results, the
 * Preferences window and the Export Report dialog — and the widget tree of the window on screen
 * is walked. Every mapped interactive widget must have a name.
 *
 * Reading what was set. The test reads the accessible attributes with
 * gtk_test_accessible_has_property() / _check_property() / _check_relation(). With GTK_A11Y=none
 * (the suite's environment) GTK 4.8 creates no GtkATContext at all: nothing set is kept, every
 * widget reads as unnamed and _check_property() raises criticals. So this test sets
 * GTK_A11Y=test before GTK makes its first context: the "test" backend keeps the attributes and
 * talks to no bus.
 *
 * What "has a name" means in GTK 4.8. gtk_at_context_get_name() (gtkatcontext.c in 4.8), the
 * name AT-SPI gives a screen reader, is made of:
 *   1. the widget's GTK_ACCESSIBLE_PROPERTY_LABEL;
 *   2. the LABEL property of each accessible in its GTK_ACCESSIBLE_RELATION_LABELLED_BY
 *      relation (one level: not their own relations);
 *   3. for a range (scale), its VALUE_TEXT / VALUE_NOW;
 *   4. and when 1–3 give nothing, the widget's *type name* ("GtkButton"), unless its role is
 *      structural (generic, group, list item, ...): those get an empty name and the screen
 *      reader presents their content instead.
 * So, for a control (button, entry, switch, ...), the test counts only 1 and 2 with a non-empty
 * text: 3 is a value, not a name, and 4 is the type name read aloud. In 4.8 the text of a label
 * placed inside a button as its child does NOT name the button (gtk_button_set_label() and
 * AdwButtonContent do: the first sets the LABEL property, the second a LABELLED_BY relation;
 * a tooltip sets only the DESCRIPTION). GtkLabel sets its own LABEL property to its text, so a
 * LABELLED_BY relation to a label with text counts; AdwActionRow/AdwEntryRow/AdwComboRow and the
 * activatable widget of an AdwActionRow get such a relation to their title from libadwaita.
 * For rows (a focusable GtkListBoxRow that activates, a row of a GtkListView/GtkColumnView),
 * whose role is the structural "list item", the visible text of a label inside also counts (4).
 *
 * Which widgets: mapped buttons (plain, toggle, link), menu buttons, check buttons, entries,
 * search and password entries, spin buttons, text views, drop-downs, scales, switches,
 * AdwEntryRow/AdwComboRow, activatable list rows, list view rows, and our own focusable widgets
 * (any focusable Cor* widget). The parts GTK builds inside a composite control (the toggle inside
 * a GtkMenuButton, the GtkText inside an entry, the button inside a GtkDropDown, the range inside
 * a scrollbar) are not checked: the name goes on the control that owns them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gst/gst.h>

#include "cor-annotation-editor.h"
#include "cor-application.h"
#include "cor-export-dialog.h"
#include "cor-preferences.h"
#include "cor-store.h"
#include "cor-time.h"
#include "cor-window.h"
#include "ui-test-util.h"

#define S ((gint64) 1000000000)

typedef struct
{
  UiTestClipCase  c;
  gint64          clip_id;
  gint64          article_id;
  gint64          ids[5];      /* the observations, by CorAnnotationKind */
} Fixture;

/* Helpers: what has a name */

/* The non-empty LABEL property of @w, or NULL */
static char *
dup_label_property (GtkWidget *w)
{
  char *value;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* NULL when the value equals "", else the value as text */
  value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "");
  if (value != NULL && g_strstrip (value)[0] == '\0')
    g_clear_pointer (&value, g_free);

  return value;
}

static void
collect_labelled (GtkWidget *w,
                  GPtrArray *out)
{
  g_autofree char *label = dup_label_property (w);

  if (label != NULL)
    g_ptr_array_add (out, w);
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labelled (c, out);
}

/* Whether the LABELLED_BY relation of @w names one of @labelled (widgets with a non-empty
 * LABEL). The relation equals the single candidate (the API's check), or, for a list of
 * several, lists it: GTK prints a reference as "TypeName<address>". */
static gboolean
labelled_by_named (GtkWidget *w,
                   GPtrArray *labelled)
{
  g_autofree char *actual = NULL;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;

  for (guint i = 0; i < labelled->len; i++)
    {
      g_autofree char *diff = gtk_test_accessible_check_relation (
        GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_RELATION_LABELLED_BY, g_ptr_array_index (labelled, i),
        NULL);

      if (diff == NULL)
        return TRUE;
      if (actual == NULL)
        actual = g_steal_pointer (&diff);
    }

  for (guint i = 0; actual != NULL && i < labelled->len; i++)
    {
      g_autofree char *ref = g_strdup_printf ("<%p>", g_ptr_array_index (labelled, i));

      if (strstr (actual, ref) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Whether @w is on screen; in a popover that is not popped up, whether it would be */
static gboolean
shown (GtkWidget *w)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (w));

  if (GTK_IS_POPOVER (native) && !gtk_widget_get_mapped (native))
    return w == native || (gtk_widget_get_visible (w) && gtk_widget_get_child_visible (w));

  return gtk_widget_get_mapped (w);
}

static gboolean
has_visible_text (GtkWidget *w)
{
  if (!shown (w))
    return FALSE;
  if (GTK_IS_LABEL (w))
    {
      g_autofree char *text = g_strdup (gtk_label_get_text (GTK_LABEL (w)));

      if (g_strstrip (text)[0] != '\0')
        return TRUE;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_visible_text (c))
      return TRUE;

  return FALSE;
}

/* Helpers: which widgets must have one */

typedef enum
{
  CHECK_NONE,
  CHECK_CONTROL,   /* LABEL or LABELLED_BY */
  CHECK_ROW,       /* the same, or visible text inside (a structural list item) */
} CheckKind;

/* Composite controls: GTK's own parts inside them are not checked */
static gboolean
is_composite (GtkWidget *w)
{
  return GTK_IS_MENU_BUTTON (w) || GTK_IS_DROP_DOWN (w) || GTK_IS_SPIN_BUTTON (w)
         || GTK_IS_ENTRY (w) || GTK_IS_SEARCH_ENTRY (w) || GTK_IS_PASSWORD_ENTRY (w)
         || GTK_IS_SCROLLBAR (w) || GTK_IS_TEXT (w);
}

static CheckKind
check_kind (GtkWidget *w)
{
  GtkWidget *parent = gtk_widget_get_parent (w);

  if (GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w) || GTK_IS_CHECK_BUTTON (w)
      || GTK_IS_ENTRY (w) || GTK_IS_SEARCH_ENTRY (w) || GTK_IS_PASSWORD_ENTRY (w)
      || GTK_IS_SPIN_BUTTON (w) || GTK_IS_TEXT_VIEW (w) || GTK_IS_DROP_DOWN (w)
      || GTK_IS_RANGE (w) || GTK_IS_SWITCH (w) || ADW_IS_ENTRY_ROW (w) || ADW_IS_COMBO_ROW (w))
    return CHECK_CONTROL;
  if (GTK_IS_LIST_BOX_ROW (w))
    return gtk_widget_get_focusable (w) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (w))
           ? CHECK_ROW : CHECK_NONE;
  if (gtk_widget_get_focusable (w) && parent != NULL
      && (GTK_IS_LIST_VIEW (parent) || GTK_IS_FLOW_BOX (parent)))
    return CHECK_ROW;
  if (gtk_widget_get_focusable (w) && g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Cor"))
    return CHECK_CONTROL;

  return CHECK_NONE;
}

/* Where @w is, for the failure message: its type, its builder id or that of the nearest
 * ancestor that has one, its tooltip */
static char *
describe (GtkWidget *w)
{
  GString *s = g_string_new (G_OBJECT_TYPE_NAME (w));
  const char *tooltip = gtk_widget_get_tooltip_text (w);

  for (GtkWidget *a = w; a != NULL; a = gtk_widget_get_parent (a))
    {
      const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (a));

      if (id != NULL)
        {
          g_string_append_printf (s, " %s '%s' in %s", a == w ? "id" : "under", id,
                                  G_OBJECT_TYPE_NAME (gtk_widget_get_parent (a) != NULL
                                                      ? gtk_widget_get_parent (a) : a));
          break;
        }
    }
  if (tooltip != NULL)
    g_string_append_printf (s, " tooltip \"%s\"", tooltip);

  return g_string_free (s, FALSE);
}

static void
audit_widget (GtkWidget *w,
              GPtrArray *labelled,
              GPtrArray *unnamed,
              guint     *n_checked)
{
  CheckKind kind;

  /* libadwaita 1.2 gives the close button of a toast no name, and the app cannot reach it */
  if (!shown (w) || g_strcmp0 (G_OBJECT_TYPE_NAME (w), "AdwToastWidget") == 0)
    return;

  kind = check_kind (w);
  if (kind != CHECK_NONE)
    {
      g_autofree char *label = dup_label_property (w);
      gboolean named = label != NULL || labelled_by_named (w, labelled)
                       || (kind == CHECK_ROW && has_visible_text (w));

      (*n_checked)++;
      if (!named)
        g_ptr_array_add (unnamed, describe (w));
    }

  if (is_composite (w))
    return;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    audit_widget (c, labelled, unnamed, n_checked);
}

/* Fails the test, listing them, when some interactive widget of @root has no name; returns how
 * many were checked */
static guint
assert_all_named (GtkWidget  *root,
                  const char *screen)
{
  g_autoptr(GPtrArray) labelled = g_ptr_array_new ();
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint n_checked = 0;

  ui_test_spin (100);
  g_assert_true (shown (root));
  collect_labelled (root, labelled);
  audit_widget (root, labelled, unnamed, &n_checked);

  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("%s: no accessible name: %s", screen, (char *) g_ptr_array_index (unnamed, i));
  if (unnamed->len > 0)
    g_test_fail_printf ("%s: %u of %u controls have no accessible name", screen, unnamed->len,
                        n_checked);
  g_test_message ("%s: %u controls named", screen, n_checked);

  return n_checked;
}

static void
collect_menu_buttons (GtkWidget *w,
                      GPtrArray *out)
{
  if (!gtk_widget_get_mapped (w))
    return;
  if (GTK_IS_MENU_BUTTON (w) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (w)) != NULL)
    {
      g_ptr_array_add (out, w);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_menu_buttons (c, out);
}

/* assert_all_named() on @root, then on the popover of each of its menu buttons: what it shows
 * when popped up (not popped up: that trips a GDK critical on the monitor under Xvfb without a
 * window manager) */
static guint
assert_all_named_with_popovers (GtkWidget  *root,
                                const char *screen)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  guint n = assert_all_named (root, screen);

  collect_menu_buttons (root, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);
      GtkPopover *popover = gtk_menu_button_get_popover (button);
      g_autofree char *where = g_strdup_printf ("%s, popover of %s", screen,
                                                gtk_buildable_get_buildable_id (GTK_BUILDABLE (button)));

      if (GTK_IS_POPOVER_MENU (popover))
        continue;  /* a menu model's items are labelled by GTK */
      n += assert_all_named (GTK_WIDGET (popover), where);
    }

  return n;
}

/* Fixture */

static gint64
add_annotation (CorStore          *store,
                gint64             clip_id,
                CorAnnotationKind  kind,
                gint64             start_ns)
{
  g_autoptr(CorAnnotation) a = cor_annotation_new (kind);
  g_autoptr(GError) error = NULL;

  cor_annotation_set_clip_id (a, clip_id);
  cor_annotation_set_start_ns (a, start_ns);
  cor_annotation_set_confidence (a, COR_CONFIDENCE_MODERATE);
  cor_annotation_set_note (a, "seen in the frame");
  switch (kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      cor_annotation_set_end_ns (a, start_ns + S / 2);
      cor_annotation_set_language (a, "ko");
      cor_annotation_set_dialect (a, "northern");
      cor_annotation_set_transcript (a, "힘들다야");
      cor_annotation_set_translation (a, "It is hard");
      break;
    case COR_ANNOTATION_KIND_UNIFORM:
      cor_annotation_set_maker (a, "BTK Group");
      cor_annotation_set_item (a, "winter jacket");
      break;
    case COR_ANNOTATION_KIND_LOCATION:
      cor_annotation_set_place (a, "Sergeevka");
      cor_annotation_set_coordinates (a, 43.35, 131.82);
      cor_annotation_set_method (a, "ridge line");
      break;
    case COR_ANNOTATION_KIND_NOTE:
    default:
      break;
    }
  g_assert_true (cor_store_add_annotation (store, a, &error));
  g_assert_no_error (error);

  return cor_annotation_get_id (a);
}

static void
fill_case (Fixture *f)
{
  CorStore *store = cor_window_get_store (f->c.window);
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autoptr(CorClaim) claim2 = cor_claim_new ();
  g_autoptr(GError) error = NULL;
  const char *paths[] = { f->c.clip_path, NULL };

  cor_window_import_files (f->c.window, paths);
  g_assert_true (ui_test_wait_for (ui_test_clip_case_loaded, &f->c));
  f->clip_id = cor_player_view_get_clip_id (f->c.view);

  cor_article_set_title (article, "North Korean troops at Sergeevka");
  cor_article_set_outlet (article, "Test Outlet");
  cor_article_set_url (article, "https://example.org/sergeevka");
  cor_article_set_summary (article, "Soldiers said to be North Korean, filmed at a base.");
  g_assert_true (cor_store_add_article (store, article, &error));
  g_assert_no_error (error);
  f->article_id = cor_article_get_id (article);

  cor_claim_set_article_id (claim, f->article_id);
  cor_claim_set_text (claim, "1,500 special forces arrived by ship");
  cor_claim_set_claimant (claim, "South Korean intelligence");
  cor_claim_set_figure (claim, "1,500");
  g_assert_true (cor_store_add_claim (store, claim, &error));
  cor_claim_set_article_id (claim2, f->article_id);
  cor_claim_set_text (claim2, "They trained at Sergeevka");
  g_assert_true (cor_store_add_claim (store, claim2, &error));
  g_assert_no_error (error);

  for (CorAnnotationKind k = COR_ANNOTATION_KIND_LANGUAGE; k <= COR_ANNOTATION_KIND_NOTE; k++)
    f->ids[k] = add_annotation (store, f->clip_id, k, (gint64) k * S / 2);

  g_assert_true (cor_store_link_article_clip (store, f->article_id, f->clip_id,
                                              COR_RELATION_CITES, &error));
  g_assert_true (cor_store_link_annotation_article (store, f->ids[COR_ANNOTATION_KIND_LOCATION],
                                                    f->article_id, COR_RELATION_SUPPORTS, &error));
  g_assert_true (cor_store_link_claim_annotation (store, cor_claim_get_id (claim2),
                                                  f->ids[COR_ANNOTATION_KIND_LOCATION],
                                                  COR_RELATION_SUPPORTS, &error));
  g_assert_no_error (error);
  ui_test_spin (200);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_clip_case_set_up (&f->c, "cor-a11y-XXXXXX", "a11y clip.webm", "Accessibility test");
  if (f->c.app == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (f->c.window), 1400, 900);
  fill_case (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_clip_case_tear_down (&f->c);
}

/* The first widget of type @type under @root (depth first), or NULL */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The shown toplevel of @type, or NULL */
static GtkWindow *
find_toplevel (GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_mapped (GTK_WIDGET (w)))
        return w;
    }

  return NULL;
}

typedef struct
{
  GType type;
} ToplevelWait;

static gboolean
toplevel_shown (gpointer data)
{
  return find_toplevel (((ToplevelWait *) data)->type) != NULL;
}

static gboolean
has_results (gpointer data)
{
  return cor_search_panel_get_n_results (data) > 0;
}

static void
expand_all (GtkWidget *w)
{
  if (ADW_IS_EXPANDER_ROW (w))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    expand_all (c);
}

/* Tests */

/* Without a context a widget reads as unnamed: the test must run with GTK_A11Y=test */
static void
test_backend (void)
{
  GtkWidget *button;

  g_autofree char *label = NULL;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  gtk_init ();
  button = g_object_ref_sink (gtk_button_new_from_icon_name ("media-playback-start-symbolic"));
  g_assert_null (dup_label_property (button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Play", -1);
  label = dup_label_property (button);
  g_assert_cmpstr (label, ==, "Play");
  g_object_unref (button);
}

static void
test_clip_page (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *root;
  CorClipPage *page;
  GtkWidget *switcher;
  GtkStack *tabs;
  guint n;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  root = GTK_WIDGET (f->c.window);
  page = cor_window_get_clip_page (f->c.window);
  g_assert_true (cor_window_select_clip (f->c.window, f->clip_id));
  g_assert_cmpstr (cor_window_get_visible_page (f->c.window), ==, "clip");

  /* nothing selected, then each kind in the editor */
  cor_clip_page_select (page, 0, FALSE);
  n = assert_all_named (root, "clip page");
  g_assert_cmpuint (n, >, 10);
  for (CorAnnotationKind k = COR_ANNOTATION_KIND_LANGUAGE; k <= COR_ANNOTATION_KIND_NOTE; k++)
    {
      g_autofree char *screen = g_strdup_printf ("clip page, %s observation",
                                                 cor_annotation_kind_to_string (k));

      cor_clip_page_select (page, f->ids[k], FALSE);
      g_assert_cmpint (cor_clip_page_get_selected_id (page), ==, f->ids[k]);
      assert_all_named_with_popovers (root, screen);
    }

  /* the page's other tabs */
  switcher = find_widget (GTK_WIDGET (page), GTK_TYPE_STACK_SWITCHER);
  g_assert_nonnull (switcher);
  tabs = gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher));
  gtk_stack_set_visible_child_name (tabs, "observations");
  assert_all_named (root, "clip page, observations tab");
  gtk_stack_set_visible_child_name (tabs, "info");
  assert_all_named (root, "clip page, info tab");
  gtk_stack_set_visible_child_name (tabs, "player");
}

/* Tab goes round the window and back to where it started; every stop is a control or a row,
 * never a scrolled window with nothing to operate inside (it takes focus but shows no ring:
 * AdwStatusPage's, for one) */
static void
assert_tab_stops (GtkWidget  *root,
                  const char *screen)
{
  GtkWidget *first = NULL;
  guint n = 0;

  gtk_window_set_focus (GTK_WINDOW (root), NULL);
  for (; n < 200; n++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (root, GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (root));
      g_assert_nonnull (focus);
      if (focus == first)
        break;
      if (first == NULL)
        first = focus;
      if (GTK_IS_SCROLLED_WINDOW (focus) || GTK_IS_VIEWPORT (focus))
        {
          g_autofree char *what = describe (focus);

          g_error ("%s: Tab stops on %s, which has nothing to operate", screen, what);
        }
    }
  g_assert_cmpuint (n, >, 3);
  g_assert_cmpuint (n, <, 200);
}

static void
test_tab_stops (Fixture       *f,
                gconstpointer  data)
{
  CorClipPage *page;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  page = cor_window_get_clip_page (f->c.window);
  g_assert_true (cor_window_select_clip (f->c.window, f->clip_id));
  cor_clip_page_select (page, 0, FALSE);
  assert_tab_stops (GTK_WIDGET (f->c.window), "clip page, nothing selected");
  cor_clip_page_select (page, f->ids[COR_ANNOTATION_KIND_LANGUAGE], FALSE);
  assert_tab_stops (GTK_WIDGET (f->c.window), "clip page, a language observation");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->c.window), "win.search", NULL));
  assert_tab_stops (GTK_WIDGET (f->c.window), "search, empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->c.window), "win.show-observations",
                                             NULL));
  assert_tab_stops (GTK_WIDGET (f->c.window), "the case's observations");
}

static void
test_article (Fixture       *f,
              gconstpointer  data)
{
  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  g_assert_true (cor_window_select_article (f->c.window, f->article_id));
  g_assert_cmpstr (cor_window_get_visible_page (f->c.window), ==, "article");
  g_assert_cmpuint (assert_all_named (GTK_WIDGET (f->c.window), "article page"), >, 5);
  /* the claims open, with their evidence and the observation picker */
  expand_all (GTK_WIDGET (f->c.window));
  assert_all_named_with_popovers (GTK_WIDGET (f->c.window), "article page, claims open");
}

static void
test_observations (Fixture       *f,
                   gconstpointer  data)
{
  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  cor_window_show_observations (f->c.window);
  g_assert_cmpstr (cor_window_get_visible_page (f->c.window), ==, "observations");
  g_assert_cmpuint (assert_all_named (GTK_WIDGET (f->c.window), "observations"), >, 5);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  CorSearchPanel *panel;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  cor_window_show_search (f->c.window);
  g_assert_cmpstr (cor_window_get_visible_page (f->c.window), ==, "search");
  panel = cor_window_get_search_panel (f->c.window);
  cor_search_panel_set_text (panel, "Sergeevka");
  cor_search_panel_search_now (panel);
  g_assert_true (ui_test_wait_for (has_results, panel));
  g_assert_cmpuint (assert_all_named (GTK_WIDGET (f->c.window), "search"), >, 3);
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  ToplevelWait wait = { COR_TYPE_PREFERENCES };
  GtkWindow *preferences;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  g_action_group_activate_action (G_ACTION_GROUP (f->c.app), "preferences", NULL);
  g_assert_true (ui_test_wait_for (toplevel_shown, &wait));
  preferences = find_toplevel (COR_TYPE_PREFERENCES);
  g_assert_cmpuint (assert_all_named (GTK_WIDGET (preferences), "preferences"), >, 3);
  gtk_window_destroy (preferences);
}

static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  ToplevelWait wait = { COR_TYPE_EXPORT_DIALOG };
  GtkWindow *dialog;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->c.window), "win.export-report", NULL));
  g_assert_true (ui_test_wait_for (toplevel_shown, &wait));
  dialog = find_toplevel (COR_TYPE_EXPORT_DIALOG);
  g_assert_cmpuint (assert_all_named (GTK_WIDGET (dialog), "export report"), >, 3);
  gtk_window_destroy (dialog);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = NULL;
  int status;

  /* before GTK makes its first accessible context: see the comment at the top */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gst_init (&argc, &argv);
  g_test_init (&argc, &argv, NULL);
  data_home = ui_test_isolate_application ("cor-a11y-data-XXXXXX");

  g_test_add_func ("/ui/a11y/backend", test_backend);
#define ADD(path, func) \
  g_test_add ("/ui/a11y/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("clip-page", test_clip_page);
  ADD ("tab-stops", test_tab_stops);
  ADD ("article", test_article);
  ADD ("observations", test_observations);
  ADD ("search", test_search);
  ADD ("preferences", test_preferences);
  ADD ("export-dialog", test_export_dialog);
#undef ADD

  status = g_test_run ();
  cor_test_remove_tree (data_home);

  return status;
}
