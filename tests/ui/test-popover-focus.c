/* test-popover-focus.c — a popover opened from the keyboard takes the keyboard, on a copy of the
 * demo case under Xvfb (skips without a display)
 *
 * GTK 4.8 leaves the focus on the menu button that opened a popover, where Down and Return
 * cannot reach the rows; and a focusable scrolled window in a popover took the focus itself and
 * swallowed the keys. The editor's "Add Article Link" list must have its first row focused once
 * it is open, and Down must move to the next row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-annotation-editor.h"
#include "cor-demo.h"
#include "cor-window.h"
#include "ui-test-util.h"

typedef struct
{
  GtkWidget  *root;
  GtkPopover *popover;
} Wait;

static GtkWidget *
focus_of (Wait *w)
{
  return gtk_root_get_focus (GTK_ROOT (w->root));
}

static gboolean
row_focused (gpointer data)
{
  Wait *w = data;
  GtkWidget *focus = focus_of (w);

  return GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (w->popover));
}

static gboolean
popover_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

static GtkMenuButton *
find_add_link (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)),
                    "add_link_button") == 0)
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkMenuButton *found = find_add_link (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_add_link (void)
{
  g_autofree char *shipped = cor_demo_find_shipped_dir ();
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) language = NULL;
  g_autoptr(GListModel) annotations = NULL;
  CorApplication *app;
  CorWindow *window;
  GtkMenuButton *button;
  GtkWidget *first;
  Wait w = { NULL, NULL };

  UI_TEST_SKIP_WITHOUT_DISPLAY ();
  g_assert_nonnull (shipped);
  dir = ui_test_make_dir ("cor-popover-focus-XXXXXX");
  path = cor_demo_copy (shipped, dir, "Demo", NULL, &error);
  g_assert_no_error (error);

  app = ui_test_start_application ();
  window = cor_application_open_case (app, path, &error);
  g_assert_no_error (error);
  ui_test_spin (500);

  /* the first clip's first language observation, in the editor */
  annotations = cor_store_list_annotations (cor_window_get_store (window), 0);
  for (guint i = 0; i < g_list_model_get_n_items (annotations) && language == NULL; i++)
    {
      g_autoptr(CorAnnotation) a = g_list_model_get_item (annotations, i);

      if (cor_annotation_get_kind (a) == COR_ANNOTATION_KIND_LANGUAGE)
        language = g_steal_pointer (&a);
    }
  g_assert_nonnull (language);
  g_assert_true (cor_window_go_to_annotation (window, cor_annotation_get_clip_id (language),
                                              cor_annotation_get_id (language),
                                              cor_annotation_get_start_ns (language)));
  ui_test_spin (500);

  button = find_add_link (GTK_WIDGET (window));
  g_assert_nonnull (button);
  w.root = GTK_WIDGET (window);
  w.popover = gtk_menu_button_get_popover (button);

  /* opened from the keyboard: the first row has the focus, Down moves to the next */
  gtk_widget_grab_focus (GTK_WIDGET (button));
  ui_test_spin (300);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  g_assert_true (ui_test_wait_for (row_focused, &w));
  first = focus_of (&w);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (first)), ==, 0);
  /* what Down does in a list box */
  g_signal_emit_by_name (gtk_widget_get_parent (first), "move-cursor", GTK_MOVEMENT_DISPLAY_LINES,
                         1, FALSE, FALSE);
  g_assert_true (row_focused (&w));
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus_of (&w))), ==, 1);
  /* closed and its surface gone before the window goes: a pointer event still queued for the
   * popover's surface would otherwise reach GDK after the window destroyed it */
  gtk_menu_button_popdown (button);
  g_assert_true (ui_test_wait_for (popover_unmapped, w.popover));
  ui_test_spin (300);

  ui_test_stop_application (&app);
  cor_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  gtk_init ();
  g_test_init (&argc, &argv, NULL);
  data_home = ui_test_isolate_application ("cor-popover-focus-data-XXXXXX");

  g_test_add_func ("/ui/popover-focus/add-link", test_add_link);

  status = g_test_run ();
  cor_test_remove_tree (data_home);

  return status;
}
