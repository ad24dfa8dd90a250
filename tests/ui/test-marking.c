/* test-marking.c — marking observations with the keys in the window, the timeline, the editor,
 * undo and redo, search: issue 4 end to end on a real display (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "cor-annotation-editor-private.h"
#include "cor-application.h"
#include "cor-player-state.h"
#include "cor-player-view.h"
#include "cor-store.h"
#include "cor-time.h"
#include "cor-timeline-private.h"
#include "cor-window.h"
#include "ui-test-util.h"

#define S  ((gint64) 1000000000)

typedef UiTestClipCase Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_clip_case_set_up (f, "cor-marking-XXXXXX", "marking clip.webm", "Marking test");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_clip_case_tear_down (f);
}

static void
import_and_load (Fixture *f)
{
  const char *paths[] = { f->clip_path, NULL };

  cor_window_import_files (f->window, paths);
  g_assert_true (ui_test_wait_for (ui_test_clip_case_loaded, f));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "clip");
}

static void
go_to_frame (Fixture *f,
             gint64   frame)
{
  cor_player_seek (f->player, cor_time_frame_to_ns (frame, 30, 1), COR_SEEK_ACCURATE);
  g_assert_true (ui_test_clip_case_wait_frame (f, frame));
}

static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  state)
{
  g_assert_true (cor_window_handle_key (f->window, keyval, state));
}

/* The observations of the clip, in the store */
static CorAnnotation *
annotation_of_kind (CorStore          *store,
                    CorAnnotationKind  kind)
{
  g_autoptr(GListModel) list = cor_store_list_annotations (store, 0);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CorAnnotation) a = g_list_model_get_item (list, i);

      if (cor_annotation_get_kind (a) == kind)
        return g_steal_pointer (&a);
    }

  return NULL;
}

static gboolean
focus_in (GtkWidget *focus,
          GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
has_annotation_still (gpointer data)
{
  GListModel *snapshots = data;

  return g_list_model_get_n_items (snapshots) > 0;
}

typedef struct
{
  Fixture *f;
  gint64   position_ns;
} PositionWait;

static gboolean
at_position (gpointer data)
{
  PositionWait *w = data;

  return !cor_player_get_busy (w->f->player)
         && cor_player_get_position_ns (w->f->player) == w->position_ns;
}

/* Marking keys: no display needed */
static void
test_keys (void)
{
  gint64 start, end;

  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_1, 0, COR_FOCUS_NONE), ==, COR_MARK_KEY_LANGUAGE);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_2, 0, COR_FOCUS_NONE), ==, COR_MARK_KEY_UNIFORM);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_KP_3, 0, COR_FOCUS_NONE), ==,
                   COR_MARK_KEY_LOCATION);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_4, 0, COR_FOCUS_NONE), ==, COR_MARK_KEY_NOTE);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_I, GDK_SHIFT_MASK, COR_FOCUS_NONE), ==,
                   COR_MARK_KEY_IN);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_o, 0, COR_FOCUS_NONE), ==, COR_MARK_KEY_OUT);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_Delete, 0, COR_FOCUS_NONE), ==,
                   COR_MARK_KEY_DELETE);
  /* never while typing, in a popup or with Ctrl */
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_1, 0, COR_FOCUS_TEXT), ==, COR_MARK_KEY_NONE);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_Delete, 0, COR_FOCUS_POPUP), ==,
                   COR_MARK_KEY_NONE);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_1, GDK_CONTROL_MASK, COR_FOCUS_NONE), ==,
                   COR_MARK_KEY_NONE);
  g_assert_cmpint (cor_mark_key_lookup (GDK_KEY_s, 0, COR_FOCUS_NONE), ==, COR_MARK_KEY_NONE);

  g_assert_true (cor_mark_range (S, 2 * S, 5 * S, &start, &end));
  g_assert_cmpint (start, ==, S);
  g_assert_cmpint (end, ==, 2 * S);
  g_assert_false (cor_mark_range (2 * S, S, 5 * S, &start, &end));
  g_assert_cmpint (start, ==, 5 * S);
  g_assert_cmpint (end, ==, -1);
  g_assert_false (cor_mark_range (-1, 2 * S, 5 * S, &start, &end));
  g_assert_cmpint (start, ==, 5 * S);
}

static void
test_session (Fixture       *f,
              gconstpointer  data)
{
  CorStore *store;
  CorClipPage *page;
  CorAnnotationEditor *editor;
  CorTimeline *timeline;
  CorUndoStack *undo;
  CorSearchPanel *search;
  g_autoptr(CorAnnotation) language = NULL;
  g_autoptr(CorAnnotation) uniform = NULL;
  g_autoptr(CorAnnotation) location = NULL;
  g_autoptr(CorAnnotation) note = NULL;
  g_autoptr(CorAnnotation) stored = NULL;
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(CorSnapshot) snapshot = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uniform_uuid = NULL;
  g_autofree char *analyst = NULL;
  CorTimelineView view;
  CorTimelineGeometry geometry;
  PositionWait position_wait;
  gint64 dragged_end;
  gint64 uniform_id;
  double x, y;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  import_and_load (f);

  store = cor_window_get_store (f->window);
  page = cor_window_get_clip_page (f->window);
  editor = cor_clip_page_get_editor (page);
  timeline = cor_clip_page_get_timeline (page);
  undo = cor_window_get_undo_stack (f->window);
  g_assert_nonnull (editor);
  g_assert_nonnull (undo);
  /* the application sets the analyst from the preferences (or the user's name) */
  analyst = g_strdup (cor_store_get_analyst (store));
  g_assert_nonnull (analyst);
  g_assert_cmpstr (analyst, !=, "");

  /* 1 at frame 15: a language observation at exactly that frame's start, opened in the editor */
  go_to_frame (f, 15);
  press (f, GDK_KEY_1, 0);
  language = annotation_of_kind (store, COR_ANNOTATION_KIND_LANGUAGE);
  g_assert_nonnull (language);
  g_assert_cmpint (cor_annotation_get_start_ns (language), ==, cor_time_frame_to_ns (15, 30, 1));
  g_assert_cmpint (cor_annotation_get_end_ns (language), ==, -1);
  g_assert_cmpstr (cor_annotation_get_analyst (language), ==, analyst);
  g_assert_cmpint (cor_clip_page_get_selected_id (page), ==, cor_annotation_get_id (language));
  g_assert_cmpint (cor_timeline_get_selected_id (timeline), ==, cor_annotation_get_id (language));
  g_assert_cmpint (cor_annotation_editor_get_annotation_id (editor), ==,
                   cor_annotation_get_id (language));
  g_assert_true (focus_in (gtk_root_get_focus (GTK_ROOT (f->window)),
                           editor->fields[COR_EDITOR_FIELD_LANGUAGE]));
  g_assert_cmpstr (cor_undo_stack_get_undo_label (undo), !=, NULL);

  /* the editor is a form even on its drop-down: Space and the kind keys are not the player's */
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_space, 0));
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_2, 0));
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_k, 0));
  g_assert_null (annotation_of_kind (store, COR_ANNOTATION_KIND_UNIFORM));
  g_assert_cmpint (cor_player_get_state (f->player), !=, COR_PLAYER_STATE_PLAYING);

  /* the transcript, typed into the editor: stored; the keys do not mark while typing */
  gtk_widget_grab_focus (editor->fields[COR_EDITOR_FIELD_TRANSCRIPT]);
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_1, 0));
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_Right, 0));
  cor_annotation_editor_set_field_text (editor, COR_EDITOR_FIELD_TRANSCRIPT, "힘들다야");
  cor_annotation_editor_commit (editor, COR_EDITOR_FIELD_TRANSCRIPT, FALSE);
  stored = cor_store_get_annotation (store, cor_annotation_get_id (language), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_annotation_get_transcript (stored), ==, "힘들다야");
  g_clear_object (&stored);

  /* Escape: the player's keys work again */
  press (f, GDK_KEY_Escape, 0);
  g_assert_false (focus_in (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (editor)));
  press (f, GDK_KEY_Right, 0);
  g_assert_true (ui_test_clip_case_wait_frame (f, 16));

  /* I at frame 30, O at frame 60, 2: a uniform range [1 s, 2 s]; the points are cleared */
  go_to_frame (f, 30);
  press (f, GDK_KEY_i, 0);
  go_to_frame (f, 60);
  press (f, GDK_KEY_o, 0);
  press (f, GDK_KEY_2, 0);
  uniform = annotation_of_kind (store, COR_ANNOTATION_KIND_UNIFORM);
  g_assert_nonnull (uniform);
  g_assert_cmpint (cor_annotation_get_start_ns (uniform), ==, S);
  g_assert_cmpint (cor_annotation_get_end_ns (uniform), ==, 2 * S);
  uniform_id = cor_annotation_get_id (uniform);
  uniform_uuid = g_strdup (cor_annotation_get_uuid (uniform));
  {
    gint64 in_ns, out_ns;

    cor_player_view_get_in_out (f->view, &in_ns, &out_ns);
    g_assert_cmpint (in_ns, ==, -1);
    g_assert_cmpint (out_ns, ==, -1);
  }

  /* 3 and 4: a location and a note at frame 60 */
  press (f, GDK_KEY_Escape, 0);
  press (f, GDK_KEY_3, 0);
  location = annotation_of_kind (store, COR_ANNOTATION_KIND_LOCATION);
  g_assert_nonnull (location);
  g_assert_cmpint (cor_annotation_get_start_ns (location), ==, 2 * S);
  press (f, GDK_KEY_Escape, 0);
  press (f, GDK_KEY_4, 0);
  note = annotation_of_kind (store, COR_ANNOTATION_KIND_NOTE);
  g_assert_nonnull (note);
  g_assert_true (focus_in (gtk_root_get_focus (GTK_ROOT (f->window)),
                           editor->fields[COR_EDITOR_FIELD_NOTE]));
  press (f, GDK_KEY_Escape, 0);

  /* drag the uniform range's end 40 px to the right on the timeline: stored, snapped */
  ui_test_spin (100);
  cor_timeline_get_layout (timeline, &view, &geometry);
  x = cor_timeline_time_to_x (&view, 2 * S);
  y = cor_timeline_lane_top (&geometry, cor_timeline_lane_for_kind (COR_ANNOTATION_KIND_UNIFORM))
      + geometry.lane_h / 2;
  cor_timeline_press (timeline, x - 1, y, 1);
  g_assert_cmpint (cor_clip_page_get_selected_id (page), ==, uniform_id);
  g_assert_cmpint (cor_annotation_editor_get_annotation_id (editor), ==, uniform_id);
  cor_timeline_drag_begin (timeline, x - 1, y);
  cor_timeline_drag_update (timeline, 20, 0);
  cor_timeline_drag_end (timeline, 40, 0);
  stored = cor_store_get_annotation (store, uniform_id, &error);
  g_assert_no_error (error);
  dragged_end = cor_annotation_get_end_ns (stored);
  g_assert_cmpint (cor_annotation_get_start_ns (stored), ==, S);
  g_assert_cmpint (dragged_end, >, 2 * S);
  g_assert_cmpint (dragged_end, ==, cor_time_snap_to_frame (dragged_end, 30, 1));
  g_clear_object (&stored);

  /* Ctrl+Z undoes the drag, then the note; Ctrl+Shift+Z brings the note back */
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  press (f, GDK_KEY_z, GDK_CONTROL_MASK);
  stored = cor_store_get_annotation (store, uniform_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_annotation_get_end_ns (stored), ==, 2 * S);
  g_clear_object (&stored);
  press (f, GDK_KEY_z, GDK_CONTROL_MASK);
  stored = cor_store_get_annotation (store, cor_annotation_get_id (note), NULL);
  g_assert_null (stored);
  press (f, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  stored = cor_store_get_annotation (store, cor_annotation_get_id (note), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_annotation_get_uuid (stored), ==, cor_annotation_get_uuid (note));
  g_clear_object (&stored);
  g_assert_true (cor_undo_stack_get_can_redo (undo));

  /* S with the uniform selected: a still of that observation */
  cor_clip_page_select (page, uniform_id, FALSE);
  snapshots = cor_store_list_snapshots (store, uniform_id);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 0);
  press (f, GDK_KEY_s, 0);
  g_assert_true (ui_test_wait_for (has_annotation_still, snapshots));
  snapshot = g_list_model_get_item (snapshots, 0);
  g_assert_cmpint (cor_snapshot_get_annotation_id (snapshot), ==, uniform_id);
  g_assert_cmpint (cor_snapshot_get_clip_id (snapshot), ==, cor_annotation_get_clip_id (uniform));
  g_assert_false (cor_undo_stack_get_can_redo (undo));   /* the still is a new step */

  /* Delete: gone; Ctrl+Z: back with its uuid and its still */
  press (f, GDK_KEY_Delete, 0);
  stored = cor_store_get_annotation (store, uniform_id, NULL);
  g_assert_null (stored);
  g_assert_cmpint (cor_clip_page_get_selected_id (page), ==, 0);
  g_assert_false (cor_window_handle_key (f->window, GDK_KEY_Delete, 0));  /* nothing selected */
  press (f, GDK_KEY_z, GDK_CONTROL_MASK);
  stored = cor_store_get_annotation (store, uniform_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_annotation_get_uuid (stored), ==, uniform_uuid);
  g_assert_cmpint (cor_annotation_get_end_ns (stored), ==, 2 * S);
  g_clear_object (&stored);
  g_clear_object (&snapshots);
  snapshots = cor_store_list_snapshots (store, uniform_id);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 1);

  /* the audit log has every change, each with the analyst */
  audit = cor_store_list_audit (store, 0, 0, &error);
  g_assert_no_error (error);
  {
    guint annotation_changes = 0;

    for (guint i = 0; i < audit->len; i++)
      {
        CorAuditEntry *entry = g_ptr_array_index (audit, i);

        /* the case itself was created by the CLI's analyst; the session is ours */
        if (g_strcmp0 (entry->table_name, "annotations") != 0
            && g_strcmp0 (entry->table_name, "snapshots") != 0)
          continue;
        g_assert_cmpstr (entry->analyst, ==, analyst);
        if (g_strcmp0 (entry->table_name, "annotations") == 0)
          annotation_changes++;
      }
    /* 4 inserts, a transcript, a drag and its undo, the note's delete and re-insert,
     * the uniform's delete and re-insert */
    g_assert_cmpuint (annotation_changes, >=, 11);
  }

  /* Ctrl+F, 힘들: a result; activating it seeks the player to the observation */
  go_to_frame (f, 80);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "search");
  search = cor_window_get_search_panel (f->window);
  cor_search_panel_set_text (search, "힘들");
  cor_search_panel_search_now (search);
  g_assert_cmpuint (cor_search_panel_get_n_results (search), >=, 1);
  g_assert_true (cor_search_panel_activate_result (search, 0));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "clip");
  position_wait.f = f;
  position_wait.position_ns = cor_time_frame_to_ns (15, 30, 1);
  g_assert_true (ui_test_wait_for (at_position, &position_wait));
  g_assert_cmpint (cor_clip_page_get_selected_id (page), ==, cor_annotation_get_id (language));
}

/* The case's list and the article page lead to the observation too; a new article */
static void
test_navigation (Fixture       *f,
                 gconstpointer  data)
{
  CorStore *store;
  CorClipPage *page;
  g_autoptr(CorAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  CorObservationList *list;
  PositionWait position_wait;
  gint64 article_id;

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  import_and_load (f);
  store = cor_window_get_store (f->window);
  page = cor_window_get_clip_page (f->window);

  go_to_frame (f, 45);
  press (f, GDK_KEY_4, 0);
  annotation = annotation_of_kind (store, COR_ANNOTATION_KIND_NOTE);
  g_assert_nonnull (annotation);
  press (f, GDK_KEY_Escape, 0);
  go_to_frame (f, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-observations",
                                             NULL));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "observations");
  list = cor_window_get_observation_list (f->window);
  g_assert_cmpuint (cor_observation_list_get_n_shown (list), ==, 1);
  /* activated from the keyboard: the focus is in the list */
  gtk_widget_child_focus (GTK_WIDGET (list), GTK_DIR_TAB_FORWARD);
  g_assert_true (focus_in (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (list)));
  g_signal_emit_by_name (list, "activated", cor_annotation_get_clip_id (annotation),
                         cor_annotation_get_id (annotation), cor_annotation_get_start_ns (annotation));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "clip");
  position_wait.f = f;
  position_wait.position_ns = cor_time_frame_to_ns (45, 30, 1);
  g_assert_true (ui_test_wait_for (at_position, &position_wait));
  g_assert_cmpint (cor_clip_page_get_selected_id (page), ==, cor_annotation_get_id (annotation));
  /* the list is out of sight: the focus is on the timeline, where the player's keys work */
  g_assert_true (focus_in (gtk_root_get_focus (GTK_ROOT (f->window)),
                           GTK_WIDGET (cor_clip_page_get_timeline (page))));

  /* New Article: added, selected in the sidebar, undoable */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-article", NULL));
  g_assert_cmpstr (cor_window_get_visible_page (f->window), ==, "article");
  article_id = cor_article_get_id (
    gtk_single_selection_get_selected_item (
      GTK_SINGLE_SELECTION (gtk_list_view_get_model (cor_window_get_articles_view (f->window)))));
  g_assert_cmpint (article_id, >, 0);
  g_assert_true (GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (f->window)))
                 || GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (f->window))));
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  press (f, GDK_KEY_z, GDK_CONTROL_MASK);
  {
    g_autoptr(CorArticle) gone = cor_store_get_article (store, article_id, NULL);

    g_assert_null (gone);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  gst_init (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  data_home = ui_test_isolate_application ("cor-marking-data-XXXXXX");

  g_test_add_func ("/ui/marking/keys", test_keys);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/marking/session", test_session);
  ADD ("/ui/marking/navigation", test_navigation);
#undef ADD

  status = g_test_run ();
  cor_test_remove_tree (data_home);

  return status;
}
