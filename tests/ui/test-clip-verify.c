/* test-clip-verify.c — the verifier's marks in the sidebar and the clip page (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "corroborate-resources.h"
#include "cor-clip-details.h"
#include "cor-sidebar-row.h"
#include "cor-store.h"
#include "cor-verifier.h"
#include "ui-test-util.h"

typedef struct
{
  char        *dir;
  char        *case_path;
  char        *moved;       /* where the missing clip's file went */
  CorStore    *store;
  CorVerifier *verifier;
  gint64       ok_id;
  gint64       changed_id;
  gint64       missing_id;
} Fixture;

static gint64
add_clip (Fixture    *fixture,
          const char *name,
          const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, contents, -1);
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  cor_clip_set_path (clip, path);
  cor_clip_set_relative_path (clip, name);
  cor_clip_set_sha256 (clip, sha256);
  cor_clip_set_kind (clip, COR_CLIP_KIND_AUDIO);
  cor_store_add_clip (fixture->store, clip, &error);
  g_assert_no_error (error);

  return cor_clip_get_id (clip);
}

static gboolean
verifier_idle (gpointer data)
{
  return !cor_verifier_is_busy (COR_VERIFIER (data));
}

static gboolean
not_locating (gpointer data)
{
  return !cor_clip_details_is_locating (COR_CLIP_DETAILS (data));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *missing = NULL;

  if (!ui_test_have_display ())
    return;

  fixture->dir = g_dir_make_tmp ("cor-clip-verify-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->case_path = g_build_filename (fixture->dir, "case.corroborate", NULL);
  fixture->store = cor_store_create (fixture->case_path, "Verify", "tester", &error);
  g_assert_no_error (error);

  fixture->ok_id = add_clip (fixture, "ok.wav", "the same bytes as at import");
  fixture->changed_id = add_clip (fixture, "changed.wav", "bytes that will change");
  fixture->missing_id = add_clip (fixture, "missing.wav", "bytes that will move away");

  changed = g_build_filename (fixture->dir, "changed.wav", NULL);
  g_file_set_contents (changed, "bytes that did change", -1, &error);
  g_assert_no_error (error);
  missing = g_build_filename (fixture->dir, "missing.wav", NULL);
  fixture->moved = g_build_filename (fixture->dir, "moved.wav", NULL);
  g_assert_cmpint (g_rename (missing, fixture->moved), ==, 0);

  fixture->verifier = cor_verifier_new (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->verifier);
  g_clear_object (&fixture->store);
  if (fixture->dir != NULL)
    cor_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->case_path);
  g_free (fixture->moved);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

/* The labels' texts under @widget, one after the other */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_text (child, text);
    }
}

static char *
page_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* A row shows the warning for a changed clip, a question for a missing one, nothing for a
 * clip that matches, and follows the verifier as it works */
static void
test_sidebar_row (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *rows[3];
  gint64 ids[3];

  if (!ui_test_have_display ())
    {
      g_test_skip ("no display");
      return;
    }

  ids[0] = fixture->ok_id;
  ids[1] = fixture->changed_id;
  ids[2] = fixture->missing_id;

  window = gtk_window_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_window_set_child (GTK_WINDOW (window), box);
  for (guint i = 0; i < 3; i++)
    {
      rows[i] = cor_sidebar_row_new ();
      cor_sidebar_row_set (COR_SIDEBAR_ROW (rows[i]), "audio-x-generic-symbolic", "Clip", NULL);
      /* set before the check: the rows follow the verifier */
      cor_sidebar_row_set_verifier (COR_SIDEBAR_ROW (rows[i]), fixture->verifier, ids[i]);
      gtk_box_append (GTK_BOX (box), rows[i]);
      g_assert_null (cor_sidebar_row_get_status_icon (COR_SIDEBAR_ROW (rows[i])));
    }
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ui_test_wait_for (ui_test_widget_mapped, rows[0]));

  cor_verifier_start (fixture->verifier);
  g_assert_cmpstr (cor_sidebar_row_get_status_icon (COR_SIDEBAR_ROW (rows[0])), ==,
                   "content-loading-symbolic");
  g_assert_true (ui_test_wait_for (verifier_idle, fixture->verifier));

  g_assert_null (cor_sidebar_row_get_status_icon (COR_SIDEBAR_ROW (rows[0])));
  g_assert_cmpstr (cor_sidebar_row_get_status_icon (COR_SIDEBAR_ROW (rows[1])), ==,
                   "dialog-warning-symbolic");
  g_assert_cmpstr (cor_sidebar_row_get_status_icon (COR_SIDEBAR_ROW (rows[2])), ==,
                   "dialog-question-symbolic");

  /* a row given to an article (no verifier) shows nothing */
  cor_sidebar_row_set_verifier (COR_SIDEBAR_ROW (rows[1]), NULL, 0);
  g_assert_null (cor_sidebar_row_get_status_icon (COR_SIDEBAR_ROW (rows[1])));

  /* the verifier goes away first: the rows let go of it */
  g_clear_object (&fixture->verifier);
  g_assert_cmpstr (cor_sidebar_row_get_status_icon (COR_SIDEBAR_ROW (rows[2])), ==,
                   "dialog-question-symbolic");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The clip page: "Locate…" for a missing clip, a refusal for another file, and the clip
 * accepted where it went */
static void
test_details_locate (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *other = NULL;
  g_autofree char *text = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *window;
  GtkWidget *details;
  GtkWidget *locate;
  gint64 audit;

  if (!ui_test_have_display ())
    {
      g_test_skip ("no display");
      return;
    }

  cor_verifier_start (fixture->verifier);
  g_assert_true (ui_test_wait_for (verifier_idle, fixture->verifier));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 700);
  details = cor_clip_details_new ();
  gtk_window_set_child (GTK_WINDOW (window), details);
  cor_clip_details_show (COR_CLIP_DETAILS (details), fixture->store, fixture->ok_id);
  cor_clip_details_set_verifier (COR_CLIP_DETAILS (details), fixture->verifier);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ui_test_wait_for (ui_test_widget_mapped, details));

  /* a clip that matches: said so, nothing to locate */
  locate = find_button (details, "_Locate…");
  g_assert_nonnull (locate);
  g_assert_false (gtk_widget_get_visible (locate));
  text = page_text (details);
  g_assert_nonnull (strstr (text, "Checked: the file matches its SHA-256"));
  g_clear_pointer (&text, g_free);

  /* a changed one: the two hashes, and Locate… */
  cor_clip_details_show (COR_CLIP_DETAILS (details), fixture->store, fixture->changed_id);
  g_assert_true (ui_test_wait_for (ui_test_widget_mapped, locate));
  text = page_text (details);
  g_assert_nonnull (strstr (text, "no longer matches the SHA-256 recorded at import"));
  g_clear_pointer (&text, g_free);

  /* a missing one */
  cor_clip_details_show (COR_CLIP_DETAILS (details), fixture->store, fixture->missing_id);
  g_assert_true (ui_test_wait_for (ui_test_widget_mapped, locate));
  g_assert_true (gtk_widget_is_sensitive (locate));
  text = page_text (details);
  g_assert_nonnull (strstr (text, "Missing: no file at"));
  g_clear_pointer (&text, g_free);

  if (g_getenv ("COR_VERIFY_SHOT") != NULL)
    {
      /* leave the page on screen a moment for a screenshot */
      gint64 until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }

  /* another file: refused with a dialog, nothing written */
  audit = cor_store_count_audit (fixture->store);
  other = g_build_filename (fixture->dir, "ok.wav", NULL);
  cor_clip_details_locate_file (COR_CLIP_DETAILS (details), other);
  g_assert_true (cor_clip_details_is_locating (COR_CLIP_DETAILS (details)));
  g_assert_true (ui_test_wait_for (not_locating, details));
  g_assert_true (ui_test_wait_for (message_dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "This file is not the clip"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (cor_store_count_audit (fixture->store), ==, audit);
  g_assert_cmpint (cor_verifier_get_status (fixture->verifier, fixture->missing_id), ==,
                   COR_VERIFY_STATUS_MISSING);
  g_assert_true (gtk_widget_get_visible (locate));

  /* the clip's file where it went: accepted, the page says it matches */
  cor_clip_details_locate_file (COR_CLIP_DETAILS (details), fixture->moved);
  g_assert_true (ui_test_wait_for (not_locating, details));
  g_assert_null (find_message_dialog ());
  g_assert_cmpint (cor_verifier_get_status (fixture->verifier, fixture->missing_id), ==,
                   COR_VERIFY_STATUS_OK);
  clip = cor_store_get_clip (fixture->store, fixture->missing_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cor_clip_get_path (clip), ==, fixture->moved);
  g_assert_cmpstr (cor_clip_get_relative_path (clip), ==, "moved.wav");
  g_assert_false (gtk_widget_get_visible (locate));
  text = page_text (details);
  g_assert_nonnull (strstr (text, "Checked: the file matches its SHA-256"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (ui_test_have_display ())
    {
      adw_init ();
      /* pulls the resources' object file out of the static library (its constructor
       * registers the templates) */
      g_assert_nonnull (corroborate_get_resource ());
    }

  g_test_add ("/ui/clip-verify/sidebar-row", Fixture, NULL, fixture_set_up, test_sidebar_row,
              fixture_tear_down);
  g_test_add ("/ui/clip-verify/details-locate", Fixture, NULL, fixture_set_up,
              test_details_locate, fixture_tear_down);

  return g_test_run ();
}
