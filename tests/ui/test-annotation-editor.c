/* test-annotation-editor.c — the observation editor on a real display (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "../unit/test-store-util.h"
#include "cor-annotation-editor-private.h"
#include "cor-undo.h"
#include "corroborate-resources.h"
#include "ui-test-util.h"

typedef struct
{
  StoreFixture         base;
  CorUndoStack        *undo;
  GtkWindow           *window;
  CorAnnotationEditor *editor;
  gint64               clip_id;
  gint64               ids[5];   /* by CorAnnotationKind */
} Fixture;

static CorAnnotation *
add (Fixture           *fixture,
     CorAnnotationKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) a = cor_annotation_new (kind);

  cor_annotation_set_clip_id (a, fixture->clip_id);
  cor_annotation_set_start_ns (a, 2 * COR_NS_PER_SECOND);
  switch (kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      cor_annotation_set_language (a, "ko");
      cor_annotation_set_end_ns (a, 4 * COR_NS_PER_SECOND);
      break;
    case COR_ANNOTATION_KIND_UNIFORM:
      cor_annotation_set_item (a, "jacket");
      break;
    case COR_ANNOTATION_KIND_LOCATION:
      cor_annotation_set_place (a, "a building by a road");
      break;
    case COR_ANNOTATION_KIND_NOTE:
    default:
      cor_annotation_set_note (a, "Someone laughs off camera.");
      break;
    }
  g_assert_true (cor_store_add_annotation (fixture->base.store, a, &error));
  g_assert_no_error (error);
  fixture->ids[kind] = cor_annotation_get_id (a);

  return g_steal_pointer (&a);
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  g_autoptr(CorClip) clip = NULL;

  store_fixture_set_up (&fixture->base, data);
  clip = add_test_clip (fixture->base.store, "clip one");
  fixture->clip_id = cor_clip_get_id (clip);
  for (int kind = COR_ANNOTATION_KIND_LANGUAGE; kind <= COR_ANNOTATION_KIND_NOTE; kind++)
    g_object_unref (add (fixture, (CorAnnotationKind) kind));

  fixture->undo = cor_undo_stack_new (fixture->base.store);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 480, 1040);
  fixture->editor = COR_ANNOTATION_EDITOR (cor_annotation_editor_new (fixture->base.store,
                                                                      fixture->undo));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->editor));
  gtk_window_present (fixture->window);
  ui_test_spin (50);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  ui_test_spin (20);
  g_clear_object (&fixture->undo);
  store_fixture_tear_down (&fixture->base, data);
}

static CorAnnotation *
stored (Fixture           *fixture,
        CorAnnotationKind  kind)
{
  g_autoptr(GError) error = NULL;
  CorAnnotation *a = cor_store_get_annotation (fixture->base.store, fixture->ids[kind], &error);

  g_assert_no_error (error);
  return a;
}

static void
edit (Fixture           *fixture,
      CorAnnotationKind  kind)
{
  g_autoptr(CorAnnotation) a = stored (fixture, kind);

  cor_annotation_editor_set_annotation (fixture->editor, a);
  g_assert_cmpint (cor_annotation_editor_get_annotation_id (fixture->editor), ==,
                   fixture->ids[kind]);
}

static GtkWidget *
field (Fixture        *fixture,
       CorEditorField  which)
{
  return cor_annotation_editor_get_field (fixture->editor, which);
}

/* Types into an entry and presses Enter */
static void
type_entry (Fixture        *fixture,
            CorEditorField  which,
            const char     *text)
{
  GtkWidget *entry = field (fixture, which);

  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate"); /* what Enter does */
}

static void
type_text_view (Fixture        *fixture,
                CorEditorField  which,
                const char     *text)
{
  GtkWidget *view = field (fixture, which);

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_cmpint (cor_annotation_editor_get_annotation_id (fixture->editor), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->editor->stack), ==, "empty");
  edit (fixture, COR_ANNOTATION_KIND_NOTE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->editor->stack), ==, "editor");
  cor_annotation_editor_set_annotation (fixture->editor, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->editor->stack), ==, "empty");
}

static void
test_kind_groups (Fixture       *fixture,
                  gconstpointer  data)
{
  edit (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_true (gtk_widget_get_visible (fixture->editor->language_group));
  g_assert_false (gtk_widget_get_visible (fixture->editor->uniform_group));
  g_assert_false (gtk_widget_get_visible (fixture->editor->location_group));
  edit (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_false (gtk_widget_get_visible (fixture->editor->language_group));
  g_assert_true (gtk_widget_get_visible (fixture->editor->location_group));
  edit (fixture, COR_ANNOTATION_KIND_NOTE);
  g_assert_false (gtk_widget_get_visible (fixture->editor->language_group));
  g_assert_false (gtk_widget_get_visible (fixture->editor->uniform_group));
  g_assert_false (gtk_widget_get_visible (fixture->editor->location_group));

  cor_annotation_editor_focus_first_field (fixture->editor);
  ui_test_spin (20);
  g_assert_true (gtk_widget_is_focus (field (fixture, COR_EDITOR_FIELD_NOTE)));
  edit (fixture, COR_ANNOTATION_KIND_UNIFORM);
  cor_annotation_editor_focus_first_field (fixture->editor);
  ui_test_spin (20);
  g_assert_true (gtk_widget_has_focus (field (fixture, COR_EDITOR_FIELD_MAKER)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         field (fixture, COR_EDITOR_FIELD_MAKER)));
}

static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  GtkDropDown *language;
  guint position;

  edit (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  language = GTK_DROP_DOWN (field (fixture, COR_EDITOR_FIELD_LANGUAGE));
  g_assert_true (gtk_drop_down_get_enable_search (language));
  /* every ISO 639 language is offered, the seeds' among them */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (language)), >=, 180);
  for (guint i = 0; i < 5; i++)
    {
      const char *codes[] = { "ko", "ru", "ug", "sah", "bua" };
      g_assert_nonnull (g_hash_table_lookup (fixture->editor->language_index, codes[i]));
    }
  position = GPOINTER_TO_UINT (g_hash_table_lookup (fixture->editor->language_index, "ko")) - 1;
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, position);

  type_entry (fixture, COR_EDITOR_FIELD_DIALECT, "  northern accent ");
  g_assert_null (cor_annotation_editor_get_message (fixture->editor, COR_EDITOR_FIELD_DIALECT));
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->undo), ==, 1);
  type_entry (fixture, COR_EDITOR_FIELD_SPEAKER, "soldier in the front row");
  type_entry (fixture, COR_EDITOR_FIELD_TRANSLATED_BY, "K. Lee");
  type_text_view (fixture, COR_EDITOR_FIELD_TRANSCRIPT, "힘들다야");
  cor_annotation_editor_commit_field (fixture->editor, COR_EDITOR_FIELD_TRANSCRIPT);
  position = GPOINTER_TO_UINT (g_hash_table_lookup (fixture->editor->language_index, "ug")) - 1;
  gtk_drop_down_set_selected (language, position);

  a = stored (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_cmpstr (cor_annotation_get_dialect (a), ==, "northern accent");
  g_assert_cmpstr (cor_annotation_get_speaker (a), ==, "soldier in the front row");
  g_assert_cmpstr (cor_annotation_get_translated_by (a), ==, "K. Lee");
  g_assert_cmpstr (cor_annotation_get_transcript (a), ==, "힘들다야");
  g_assert_cmpstr (cor_annotation_get_language (a), ==, "ug");
  g_clear_object (&a);

  /* a text view commits by itself ~600 ms after the last keystroke */
  type_text_view (fixture, COR_EDITOR_FIELD_TRANSLATION, "it's");
  ui_test_spin (200);
  type_text_view (fixture, COR_EDITOR_FIELD_TRANSLATION, "it's hard");
  a = stored (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_null (cor_annotation_get_translation (a));
  g_clear_object (&a);
  ui_test_spin (900);
  a = stored (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_cmpstr (cor_annotation_get_translation (a), ==, "it's hard");
  g_clear_object (&a);

  /* each edit is one step; undo restores the old values and the fields show them */
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->undo), ==, 6);
  g_assert_true (cor_undo_stack_undo (fixture->undo, NULL));   /* translation */
  g_assert_true (cor_undo_stack_undo (fixture->undo, NULL));   /* language */
  a = stored (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_cmpstr (cor_annotation_get_language (a), ==, "ko");
  g_assert_null (cor_annotation_get_translation (a));
  position = GPOINTER_TO_UINT (g_hash_table_lookup (fixture->editor->language_index, "ko")) - 1;
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, position);
  {
    g_autofree char *text = cor_annotation_editor_field_text (fixture->editor,
                                                              COR_EDITOR_FIELD_TRANSLATION);
    g_assert_cmpstr (text, ==, "");
  }
}

static void
test_uniform (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  GtkEntryCompletion *completion;
  GtkTreeModel *model;
  GtkTreeIter iter;
  gboolean found = FALSE;

  edit (fixture, COR_ANNOTATION_KIND_UNIFORM);
  completion = gtk_entry_get_completion (GTK_ENTRY (field (fixture, COR_EDITOR_FIELD_MAKER)));
  model = gtk_entry_completion_get_model (completion);
  for (gboolean ok = gtk_tree_model_get_iter_first (model, &iter); ok;
       ok = gtk_tree_model_iter_next (model, &iter))
    {
      g_autofree char *name = NULL;

      gtk_tree_model_get (model, &iter, 0, &name, -1);
      found |= g_strcmp0 (name, "BTK Group") == 0;
    }
  g_assert_true (found);

  type_entry (fixture, COR_EDITOR_FIELD_MAKER, "BTK Group");
  type_entry (fixture, COR_EDITOR_FIELD_MARKINGS, "Z");
  a = stored (fixture, COR_ANNOTATION_KIND_UNIFORM);
  g_assert_cmpstr (cor_annotation_get_maker (a), ==, "BTK Group");
  g_assert_cmpstr (cor_annotation_get_markings (a), ==, "Z");
  g_clear_object (&a);

  /* emptying every field is allowed: an observation may be pinned before it is described */
  type_entry (fixture, COR_EDITOR_FIELD_MAKER, "");
  type_entry (fixture, COR_EDITOR_FIELD_ITEM, "");
  g_assert_null (cor_annotation_editor_get_message (fixture->editor, COR_EDITOR_FIELD_ITEM));
  a = stored (fixture, COR_ANNOTATION_KIND_UNIFORM);
  g_assert_null (cor_annotation_get_maker (a));
  g_assert_null (cor_annotation_get_item (a));
}

static void
test_location (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  g_autoptr(CorPlace) place = NULL;
  GtkWidget *coordinates;
  gint64 audit;
  guint steps;

  /* the gazetteer's entry for Sergeevka, whatever its full name */
  {
    g_autoptr(GPtrArray) places = cor_store_list_places (fixture->base.store);

    for (guint i = 0; i < places->len && place == NULL; i++)
      if (g_str_has_prefix (((CorPlace *) g_ptr_array_index (places, i))->name, "Sergeevka"))
        place = cor_store_find_place (fixture->base.store,
                                      ((CorPlace *) g_ptr_array_index (places, i))->name);
  }
  g_assert_nonnull (place);
  edit (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (fixture->editor->map_button)));

  /* picking a gazetteer place fills the coordinates and radius, in one step */
  steps = cor_undo_stack_get_n_undo (fixture->undo);
  cor_annotation_editor_pick_place (fixture->editor, place->name);
  a = stored (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_cmpstr (cor_annotation_get_place (a), ==, place->name);
  g_assert_true (cor_annotation_get_has_coordinates (a));
  g_assert_cmpfloat (cor_annotation_get_latitude (a), ==, place->latitude);
  g_assert_cmpfloat (cor_annotation_get_longitude (a), ==, place->longitude);
  g_assert_cmpfloat (cor_annotation_get_precision_m (a), ==, place->precision_m);
  g_assert_cmpuint (cor_undo_stack_get_n_undo (fixture->undo), ==, steps + 1);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (fixture->editor->map_button)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture,
                                                               COR_EDITOR_FIELD_COORDINATES))),
                   ==, "44.40600, 131.37100");
  g_clear_object (&a);

  /* invalid coordinates: refused in place, nothing saved */
  coordinates = field (fixture, COR_EDITOR_FIELD_COORDINATES);
  audit = cor_store_count_audit (fixture->base.store);
  type_entry (fixture, COR_EDITOR_FIELD_COORDINATES, "91, 200");
  g_assert_true (gtk_widget_has_css_class (coordinates, "error"));
  g_assert_nonnull (strstr (cor_annotation_editor_get_message (fixture->editor,
                                                               COR_EDITOR_FIELD_COORDINATES),
                            "Latitude 91"));
  g_assert_cmpint (cor_store_count_audit (fixture->base.store), ==, audit);
  a = stored (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_cmpfloat (cor_annotation_get_latitude (a), ==, place->latitude);
  g_clear_object (&a);

  /* degrees, minutes and seconds are accepted and the message goes away */
  type_entry (fixture, COR_EDITOR_FIELD_COORDINATES, "43°42′00″N 131°52′12″E");
  g_assert_false (gtk_widget_has_css_class (coordinates, "error"));
  g_assert_null (cor_annotation_editor_get_message (fixture->editor,
                                                    COR_EDITOR_FIELD_COORDINATES));
  a = stored (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_cmpfloat_with_epsilon (cor_annotation_get_latitude (a), 43.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (cor_annotation_get_longitude (a), 131.87, 1e-9);
  g_clear_object (&a);
  g_assert_cmpstr (gtk_label_get_text (fixture->editor->coordinates_dms_label), ==,
                   "43°42′00.0″N 131°52′12.0″E");

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (fixture, COR_EDITOR_FIELD_PRECISION)), 250);
  type_entry (fixture, COR_EDITOR_FIELD_METHOD, "landmarks matched on satellite imagery");
  type_entry (fixture, COR_EDITOR_FIELD_GEOLOCATED_BY, "Analyst A");
  a = stored (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_cmpfloat (cor_annotation_get_precision_m (a), ==, 250);
  g_assert_cmpstr (cor_annotation_get_method (a), ==, "landmarks matched on satellite imagery");
  g_clear_object (&a);

  /* undo back to before the place was picked: one step per edit */
  for (guint i = 0; i < 4; i++)
    g_assert_true (cor_undo_stack_undo (fixture->undo, NULL));
  a = stored (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_cmpfloat (cor_annotation_get_latitude (a), ==, place->latitude);
  g_clear_object (&a);
  g_assert_true (cor_undo_stack_undo (fixture->undo, NULL));
  a = stored (fixture, COR_ANNOTATION_KIND_LOCATION);
  g_assert_cmpstr (cor_annotation_get_place (a), ==, "a building by a road");
  g_assert_false (cor_annotation_get_has_coordinates (a));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (coordinates)), ==, "");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (fixture->editor->map_button)));
}

static void
test_times (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  GtkWidget *end;
  gint64 audit;

  edit (fixture, COR_ANNOTATION_KIND_NOTE);
  end = field (fixture, COR_EDITOR_FIELD_END);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, COR_EDITOR_FIELD_START))),
                   ==, "00:00:02.000");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "");

  /* an end before the start is refused in place */
  audit = cor_store_count_audit (fixture->base.store);
  type_entry (fixture, COR_EDITOR_FIELD_END, "00:00:01.500");
  g_assert_true (gtk_widget_has_css_class (end, "error"));
  g_assert_cmpstr (cor_annotation_editor_get_message (fixture->editor, COR_EDITOR_FIELD_END), ==,
                   "The end 00:00:01.500 is before the start 00:00:02.000.");
  g_assert_cmpint (cor_store_count_audit (fixture->base.store), ==, audit);

  type_entry (fixture, COR_EDITOR_FIELD_END, "nonsense");
  g_assert_nonnull (cor_annotation_editor_get_message (fixture->editor, COR_EDITOR_FIELD_END));
  g_assert_cmpint (cor_store_count_audit (fixture->base.store), ==, audit);

  type_entry (fixture, COR_EDITOR_FIELD_END, "5.25");
  g_assert_false (gtk_widget_has_css_class (end, "error"));
  g_assert_null (cor_annotation_editor_get_message (fixture->editor, COR_EDITOR_FIELD_END));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "00:00:05.250");
  a = stored (fixture, COR_ANNOTATION_KIND_NOTE);
  g_assert_cmpint (cor_annotation_get_end_ns (a), ==, 5250 * COR_NS_PER_MS);
  g_clear_object (&a);

  type_entry (fixture, COR_EDITOR_FIELD_START, "00:00:06");
  g_assert_cmpstr (cor_annotation_editor_get_message (fixture->editor, COR_EDITOR_FIELD_START), ==,
                   "The start 00:00:06.000 is after the end 00:00:05.250.");
  type_entry (fixture, COR_EDITOR_FIELD_END, "");
  a = stored (fixture, COR_ANNOTATION_KIND_NOTE);
  g_assert_cmpint (cor_annotation_get_end_ns (a), ==, -1);
  g_clear_object (&a);
}

static void
test_common (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  g_auto(GStrv) tags = NULL;
  GtkDropDown *confidence;

  edit (fixture, COR_ANNOTATION_KIND_NOTE);
  confidence = GTK_DROP_DOWN (field (fixture, COR_EDITOR_FIELD_CONFIDENCE));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (confidence)), ==, 6);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, COR_EDITOR_FIELD_ANALYST))),
                   ==, "Analyst A");

  gtk_drop_down_set_selected (confidence, COR_CONFIDENCE_HIGH);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (confidence)), ==,
                   cor_confidence_describe (COR_CONFIDENCE_HIGH));
  type_entry (fixture, COR_EDITOR_FIELD_TAGS, "korean, , uniform,korean, 127th division");
  type_entry (fixture, COR_EDITOR_FIELD_ANALYST, "Analyst B");
  type_text_view (fixture, COR_EDITOR_FIELD_NOTE, "Laughter, then Russian: «давай»");
  cor_annotation_editor_commit_field (fixture->editor, COR_EDITOR_FIELD_NOTE);

  a = stored (fixture, COR_ANNOTATION_KIND_NOTE);
  g_assert_cmpint (cor_annotation_get_confidence (a), ==, COR_CONFIDENCE_HIGH);
  g_assert_cmpstrv (cor_annotation_get_tags (a),
                    ((const char * const[]) { "korean", "uniform", "127th division", NULL }));
  g_assert_cmpstr (cor_annotation_get_analyst (a), ==, "Analyst B");
  g_assert_cmpstr (cor_annotation_get_note (a), ==, "Laughter, then Russian: «давай»");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, COR_EDITOR_FIELD_TAGS))),
                   ==, "korean, uniform, 127th division");
  g_clear_object (&a);

  /* empty tags between commas are dropped, not stored */
  type_entry (fixture, COR_EDITOR_FIELD_TAGS, "korean, , uniform");
  a = stored (fixture, COR_ANNOTATION_KIND_NOTE);
  g_assert_cmpstrv (cor_annotation_get_tags (a),
                    ((const char * const[]) { "korean", "uniform", NULL }));
}

/* An edit made elsewhere shows at once, but not over what is being typed */
static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CorAnnotation) a = NULL;
  GtkWidget *speaker;
  GtkWidget *dialect;

  edit (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  speaker = field (fixture, COR_EDITOR_FIELD_SPEAKER);
  dialect = field (fixture, COR_EDITOR_FIELD_DIALECT);

  gtk_widget_grab_focus (dialect);
  ui_test_spin (20);
  gtk_editable_set_text (GTK_EDITABLE (dialect), "half-typed");

  a = stored (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  cor_annotation_set_speaker (a, "narrator");
  cor_annotation_set_dialect (a, "from elsewhere");
  cor_annotation_set_start_ns (a, 3 * COR_NS_PER_SECOND);
  g_assert_true (cor_store_update_annotation (fixture->base.store, a, NULL));
  ui_test_spin (20);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (speaker)), ==, "narrator");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (fixture, COR_EDITOR_FIELD_START))),
                   ==, "00:00:03.000");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialect)), ==, "half-typed");

  /* deleted elsewhere: the empty state; undone: back */
  g_assert_true (cor_undo_stack_delete_annotation (fixture->undo, fixture->ids[1], NULL, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->editor->stack), ==, "empty");
  g_assert_true (cor_undo_stack_undo (fixture->undo, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->editor->stack), ==, "editor");
}

static GBytes *
make_png (void)
{
  g_autoptr(GBytes) pixels = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint8 *data = g_malloc (160 * 90 * 4);

  for (guint i = 0; i < 160 * 90; i++)
    {
      data[i * 4 + 0] = (guint8) (i % 160);
      data[i * 4 + 1] = 90;
      data[i * 4 + 2] = (guint8) (i / 160 * 2);
      data[i * 4 + 3] = 255;
    }
  pixels = g_bytes_new_take (data, 160 * 90 * 4);
  texture = gdk_memory_texture_new (160, 90, GDK_MEMORY_R8G8B8A8, pixels, 160 * 4);
  return gdk_texture_save_to_png_bytes (texture);
}

static guint
n_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
test_links_and_stills (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorSnapshot) still = cor_snapshot_new ();
  g_autoptr(GBytes) png = make_png ();
  g_autoptr(GArray) links = NULL;
  g_autoptr(GListModel) stills = NULL;
  gint64 id = fixture->ids[COR_ANNOTATION_KIND_LANGUAGE];

  cor_article_set_title (article, "North Korean troops filmed in Russia's Far East");
  g_assert_true (cor_store_add_article (fixture->base.store, article, NULL));
  cor_snapshot_set_clip_id (still, fixture->clip_id);
  cor_snapshot_set_annotation_id (still, id);
  cor_snapshot_set_position_ns (still, 3 * COR_NS_PER_SECOND);
  cor_snapshot_set_size_px (still, 160, 90);
  g_assert_true (cor_store_add_snapshot (fixture->base.store, still, png, NULL));

  edit (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_cmpuint (n_children (GTK_WIDGET (fixture->editor->stills_box)), ==, 1);

  cor_annotation_editor_update_link_candidates (fixture->editor);
  g_assert_cmpuint (fixture->editor->candidate_ids->len, ==, 1);
  cor_annotation_editor_link_article (fixture->editor, cor_article_get_id (article));
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_REPORTED_BY);
  g_clear_pointer (&links, g_array_unref);
  g_assert_cmpuint (fixture->editor->link_ids->len, ==, 1);
  cor_annotation_editor_update_link_candidates (fixture->editor);
  g_assert_cmpuint (fixture->editor->candidate_ids->len, ==, 0);

  cor_annotation_editor_set_relation (fixture->editor, cor_article_get_id (article),
                                      COR_RELATION_CONTRADICTS);
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_CONTRADICTS);
  g_clear_pointer (&links, g_array_unref);

  cor_annotation_editor_unlink_article (fixture->editor, cor_article_get_id (article));
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (links->len, ==, 0);
  g_clear_pointer (&links, g_array_unref);
  g_assert_cmpuint (fixture->editor->link_ids->len, ==, 0);

  g_assert_true (cor_undo_stack_undo (fixture->undo, NULL));
  links = cor_store_get_annotation_articles (fixture->base.store, id);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, CorLink, 0).relation, ==, COR_RELATION_CONTRADICTS);
  g_assert_cmpuint (fixture->editor->link_ids->len, ==, 1);

  /* removing a still is undoable */
  cor_annotation_editor_remove_still (fixture->editor, cor_snapshot_get_id (still));
  stills = cor_store_list_snapshots (fixture->base.store, id);
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->editor->stills_box)));
  g_assert_true (cor_undo_stack_undo (fixture->undo, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (stills), ==, 1);
  g_assert_cmpuint (n_children (GTK_WIDGET (fixture->editor->stills_box)), ==, 1);
}

/* Saves the window as a PNG when COR_EDITOR_SCREENSHOT names a file */
static void
save_screenshot (Fixture    *fixture,
                 const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (fixture->window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->window));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->window));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *path = g_getenv ("COR_EDITOR_SCREENSHOT");
  g_autoptr(CorArticle) article = cor_article_new ();
  g_autoptr(CorSnapshot) still = cor_snapshot_new ();
  g_autoptr(GBytes) png = make_png ();
  g_autoptr(CorAnnotation) a = stored (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  gint64 id = cor_annotation_get_id (a);

  cor_annotation_set_dialect (a, "northern accent");
  cor_annotation_set_transcript (a, "힘들다야");
  cor_annotation_set_translation (a, "it's hard");
  cor_annotation_set_confidence (a, COR_CONFIDENCE_MODERATE);
  cor_annotation_set_tags (a, (const char * const[]) { "korean", "127th division", NULL });
  g_assert_true (cor_store_update_annotation (fixture->base.store, a, NULL));
  cor_article_set_title (article, "North Korean troops filmed in Russia's Far East");
  g_assert_true (cor_store_add_article (fixture->base.store, article, NULL));
  g_assert_true (cor_store_link_annotation_article (fixture->base.store, id,
                                                    cor_article_get_id (article),
                                                    COR_RELATION_REPORTED_BY, NULL));
  cor_snapshot_set_clip_id (still, fixture->clip_id);
  cor_snapshot_set_annotation_id (still, id);
  cor_snapshot_set_position_ns (still, 3 * COR_NS_PER_SECOND);
  g_assert_true (cor_store_add_snapshot (fixture->base.store, still, png, NULL));

  edit (fixture, COR_ANNOTATION_KIND_LANGUAGE);
  type_entry (fixture, COR_EDITOR_FIELD_END, "00:00:01");  /* shows a message */
  ui_test_spin (300);

  if (path == NULL)
    {
      g_test_skip ("set COR_EDITOR_SCREENSHOT to a file name to save a screenshot");
      return;
    }
  save_screenshot (fixture, path);
  if (g_getenv ("COR_EDITOR_SCREENSHOT_LOCATION") != NULL)
    {
      edit (fixture, COR_ANNOTATION_KIND_LOCATION);
      cor_annotation_editor_pick_place (fixture->editor, "Ussuriysk");
      type_entry (fixture, COR_EDITOR_FIELD_COORDINATES, "91, 200");
      ui_test_spin (300);
      save_screenshot (fixture, g_getenv ("COR_EDITOR_SCREENSHOT_LOCATION"));
    }
}

static void
skip_without_display (void)
{
  g_test_skip ("no display");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (!ui_test_have_display ())
    {
      g_test_add_func ("/ui/annotation-editor/no-display", skip_without_display);
      return g_test_run ();
    }
  gtk_init ();
  adw_init ();
  /* links the compiled resources (the template) into the test */
  g_assert_nonnull (corroborate_get_resource ());

#define ADD(path, func) \
  g_test_add ("/ui/annotation-editor/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("empty", test_empty);
  ADD ("kind-groups", test_kind_groups);
  ADD ("language", test_language);
  ADD ("uniform", test_uniform);
  ADD ("location", test_location);
  ADD ("times", test_times);
  ADD ("common", test_common);
  ADD ("follows-store", test_follows_store);
  ADD ("links-and-stills", test_links_and_stills);
  ADD ("screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
