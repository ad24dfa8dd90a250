/* test-timeline.c — the timeline widget on a real display (Xvfb)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer input goes through cor-timeline-private.h, the functions the gesture callbacks call.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cor-store.h"
#include "cor-time.h"
#include "cor-timeline-private.h"
#include "ui-test-util.h"

#define S  COR_NS_PER_SECOND
#define MS COR_NS_PER_MS

typedef struct
{
  char          *dir;
  CorStore      *store;
  gint64         clip_id;
  gint64         language_id;  /* range 2–4 s */
  gint64         uniform_id;   /* point at 5 s */
  gint64         location_id;  /* range 6–9 s */
  gint64         note_id;      /* point at 1 s */
  GtkWindow     *window;
  CorTimeline   *timeline;

  GArray        *seeks;
  GArray        *activated;
  GArray        *deletes;
  CorAnnotation *edited_old;
  CorAnnotation *edited_new;
} Fixture;

static gboolean
allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 200 && gtk_widget_get_mapped (data);
}

static gint64
add (Fixture           *f,
     CorAnnotationKind  kind,
     gint64             start_ns,
     gint64             end_ns,
     const char        *text)
{
  g_autoptr(CorAnnotation) annotation = cor_annotation_new (kind);
  g_autoptr(GError) error = NULL;

  cor_annotation_set_clip_id (annotation, f->clip_id);
  cor_annotation_set_start_ns (annotation, start_ns);
  cor_annotation_set_end_ns (annotation, end_ns);
  switch (kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      cor_annotation_set_language (annotation, "ko");
      cor_annotation_set_dialect (annotation, "northern accent");
      cor_annotation_set_transcript (annotation, text);
      break;
    case COR_ANNOTATION_KIND_UNIFORM:
      cor_annotation_set_maker (annotation, text);
      cor_annotation_set_item (annotation, "jacket");
      break;
    case COR_ANNOTATION_KIND_LOCATION:
      cor_annotation_set_place (annotation, text);
      break;
    case COR_ANNOTATION_KIND_NOTE:
    default:
      cor_annotation_set_note (annotation, text);
      break;
    }

  g_assert_true (cor_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);
  return cor_annotation_get_id (annotation);
}

static void
on_seek (CorTimeline *timeline,
         gint64       ns,
         Fixture     *f)
{
  g_array_append_val (f->seeks, ns);
}

static void
on_activated (CorTimeline *timeline,
              gint64       id,
              Fixture     *f)
{
  g_array_append_val (f->activated, id);
}

static void
on_delete_requested (CorTimeline *timeline,
                     gint64       id,
                     Fixture     *f)
{
  g_array_append_val (f->deletes, id);
}

static void
on_edited (CorTimeline   *timeline,
           CorAnnotation *old_copy,
           CorAnnotation *edited,
           Fixture       *f)
{
  g_set_object (&f->edited_old, old_copy);
  g_set_object (&f->edited_new, edited);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = cor_clip_new ();
  g_autofree char *path = NULL;

  if (!ui_test_have_display ())
    return;

  f->dir = g_dir_make_tmp ("cor-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "case.corroborate", NULL);
  f->store = cor_store_create (path, "Timeline", "Tester", &error);
  g_assert_no_error (error);

  cor_clip_set_title (clip, "Queue at the training ground");
  cor_clip_set_path (clip, "/nonexistent/queue.webm");
  cor_clip_set_sha256 (clip, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  cor_clip_set_kind (clip, COR_CLIP_KIND_VIDEO);
  cor_clip_set_duration_ns (clip, 10 * S);
  cor_clip_set_frame_rate (clip, 25, 1);
  g_assert_true (cor_store_add_clip (f->store, clip, &error));
  f->clip_id = cor_clip_get_id (clip);

  f->note_id = add (f, COR_ANNOTATION_KIND_NOTE, 1 * S, -1, "Narrator speaks Russian");
  f->language_id = add (f, COR_ANNOTATION_KIND_LANGUAGE, 2 * S, 4 * S, "힘들다야");
  f->uniform_id = add (f, COR_ANNOTATION_KIND_UNIFORM, 5 * S, -1, "BTK Group");
  f->location_id = add (f, COR_ANNOTATION_KIND_LOCATION, 6 * S, 9 * S,
                        "Sergeevka training ground");

  f->seeks = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->activated = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->deletes = g_array_new (FALSE, FALSE, sizeof (gint64));

  f->timeline = COR_TIMELINE (cor_timeline_new ());
  cor_timeline_set_store (f->timeline, f->store);
  cor_timeline_set_clip (f->timeline, f->clip_id, 10 * S, 25, 1);
  g_signal_connect (f->timeline, "seek", G_CALLBACK (on_seek), f);
  g_signal_connect (f->timeline, "activated", G_CALLBACK (on_activated), f);
  g_signal_connect (f->timeline, "delete-requested", G_CALLBACK (on_delete_requested), f);
  g_signal_connect (f->timeline, "edited", G_CALLBACK (on_edited), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 300);
  gtk_window_set_child (f->window, GTK_WIDGET (f->timeline));
  gtk_window_present (f->window);
  g_assert_true (ui_test_wait_for (allocated, f->timeline));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;

  if (f->dir == NULL)
    return;

  gtk_window_destroy (f->window);
  g_clear_object (&f->edited_old);
  g_clear_object (&f->edited_new);
  g_array_unref (f->seeks);
  g_array_unref (f->activated);
  g_array_unref (f->deletes);
  g_clear_object (&f->store);

  path = g_build_filename (f->dir, "case.corroborate", NULL);
  g_unlink (path);
  g_free (g_steal_pointer (&path));
  path = g_build_filename (f->dir, "case.corroborate-wal", NULL);
  g_unlink (path);
  g_free (g_steal_pointer (&path));
  path = g_build_filename (f->dir, "case.corroborate-shm", NULL);
  g_unlink (path);
  g_free (g_steal_pointer (&path));
  path = g_build_filename (f->dir, "speech.wav", NULL);
  g_unlink (path);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gboolean
skip_without_display (void)
{
  if (ui_test_have_display ())
    return FALSE;

  g_test_skip ("no display");
  return TRUE;
}

/* The middle of @row of @lane at time @ns */
static void
point_in_row (Fixture *f,
              int      lane,
              int      row,
              gint64   ns,
              double  *x,
              double  *y)
{
  CorTimelineView view;
  CorTimelineGeometry geometry;

  cor_timeline_get_layout (f->timeline, &view, &geometry);
  *x = cor_timeline_time_to_x (&view, ns);
  *y = cor_timeline_row_top (&geometry, lane, row) + geometry.lane_h / 2;
}

/* The middle of @lane (its first row) at time @ns */
static void
point_at (Fixture *f,
          int      lane,
          gint64   ns,
          double  *x,
          double  *y)
{
  point_in_row (f, lane, 0, ns, x, y);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
three_frames (gpointer data)
{
  return *(guint *) data >= 3;
}

/* Lets the window draw a few frames, then renders @widget as drawn; returns the texture */
static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  guint frames = 0;
  guint tick = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);

  gtk_widget_queue_draw (widget);
  g_assert_true (ui_test_wait_for (three_frames, &frames));
  gtk_widget_remove_tick_callback (widget, tick);

  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, w, h));
}

static void
test_fits_clip (Fixture       *f,
                gconstpointer  data)
{
  gint64 start, end;

  if (skip_without_display ())
    return;

  g_assert_cmpuint (cor_timeline_get_n_spans (f->timeline), ==, 4);
  cor_timeline_get_visible (f->timeline, &start, &end);
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (ABS (end - 10 * S), <, 20 * MS);

  /* Ctrl+plus zooms in around the playhead, Ctrl+0 fits again */
  cor_timeline_set_position_ns (f->timeline, 5 * S);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_plus, GDK_CONTROL_MASK));
  cor_timeline_get_visible (f->timeline, &start, &end);
  g_assert_cmpint (ABS ((end - start) - 5 * S), <, 20 * MS);
  g_assert_cmpint (start, <=, 5 * S);
  g_assert_cmpint (end, >=, 5 * S);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_0, GDK_CONTROL_MASK));
  cor_timeline_get_visible (f->timeline, &start, &end);
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (ABS (end - 10 * S), <, 20 * MS);
}

static void
test_drag_range_edge (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CorAnnotation) stored = NULL;
  g_autoptr(GError) error = NULL;
  CorTimelineView view;
  gint64 expect_start, expect_end;
  double x, y;

  if (skip_without_display ())
    return;

  /* the end edge of the language range (2–4 s), dragged 57 px to the right */
  point_at (f, 0, 4 * S, &x, &y);
  cor_timeline_get_layout (f->timeline, &view, NULL);
  cor_timeline_drag_result (COR_TIMELINE_PART_END, 2 * S, 4 * S, (gint64) (57 * view.ns_per_px),
                            10 * S, 25, 1, &expect_start, &expect_end);
  g_assert_cmpint (expect_end, >, 4 * S);

  cor_timeline_press (f->timeline, x + 2, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->language_id);
  cor_timeline_drag_begin (f->timeline, x + 2, y);
  cor_timeline_drag_update (f->timeline, 20, 0);
  cor_timeline_drag_update (f->timeline, 57, 3);
  g_clear_object (&stored);
  cor_timeline_drag_end (f->timeline, 57, 3);

  stored = cor_store_get_annotation (f->store, f->language_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_annotation_get_start_ns (stored), ==, 2 * S);
  g_assert_cmpint (cor_annotation_get_end_ns (stored), ==, expect_end);
  g_assert_cmpint (cor_annotation_get_end_ns (stored) % (40 * MS), ==, 0);   /* a frame start */
  g_assert_cmpint (cor_annotation_get_end_ns (stored), !=, 4 * S);

  /* "edited" carries the record before and after */
  g_assert_nonnull (f->edited_old);
  g_assert_cmpint (cor_annotation_get_id (f->edited_old), ==, f->language_id);
  g_assert_cmpint (cor_annotation_get_end_ns (f->edited_old), ==, 4 * S);
  g_assert_cmpint (cor_annotation_get_end_ns (f->edited_new), ==, expect_end);

  /* the start edge dragged far right stops one frame before the end */
  point_at (f, 0, 2 * S, &x, &y);
  cor_timeline_drag_begin (f->timeline, x, y);
  cor_timeline_drag_end (f->timeline, 700, 0);
  g_clear_object (&stored);
  stored = cor_store_get_annotation (f->store, f->language_id, &error);
  g_assert_cmpint (cor_annotation_get_start_ns (stored), ==, expect_end - 40 * MS);
  g_assert_cmpint (cor_annotation_get_end_ns (stored), ==, expect_end);

  /* the uniform point dragged left of the clip's start lands on 0 */
  point_at (f, 1, 5 * S, &x, &y);
  cor_timeline_drag_begin (f->timeline, x, y);
  cor_timeline_drag_update (f->timeline, -1000, 0);
  cor_timeline_drag_end (f->timeline, -1000, 0);
  g_clear_object (&stored);
  stored = cor_store_get_annotation (f->store, f->uniform_id, &error);
  g_assert_cmpint (cor_annotation_get_start_ns (stored), ==, 0);
  g_assert_false (cor_annotation_is_range (stored));

  /* a press and release without moving changes nothing */
  g_clear_object (&f->edited_old);
  point_at (f, 2, 7 * S, &x, &y);
  cor_timeline_drag_begin (f->timeline, x, y);
  cor_timeline_drag_end (f->timeline, 1, 0);
  g_assert_null (f->edited_old);
  g_clear_object (&stored);
  stored = cor_store_get_annotation (f->store, f->location_id, &error);
  g_assert_cmpint (cor_annotation_get_start_ns (stored), ==, 6 * S);
  g_assert_cmpint (cor_annotation_get_end_ns (stored), ==, 9 * S);
}

static void
test_click_seeks (Fixture       *f,
                  gconstpointer  data)
{
  CorTimelineView view;
  double x, y;

  if (skip_without_display ())
    return;

  cor_timeline_get_layout (f->timeline, &view, NULL);

  /* an empty place in the note lane at 7.5 s */
  point_at (f, 3, 7500 * MS, &x, &y);
  cor_timeline_press (f->timeline, x, y, 1);
  g_assert_cmpuint (f->seeks->len, ==, 1);
  g_assert_cmpint (ABS (g_array_index (f->seeks, gint64, 0) - 7500 * MS), <=,
                   (gint64) view.ns_per_px);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, 0);

  /* the ruler */
  cor_timeline_press (f->timeline, cor_timeline_time_to_x (&view, 3 * S), 5, 1);
  g_assert_cmpuint (f->seeks->len, ==, 2);
  g_assert_cmpint (ABS (g_array_index (f->seeks, gint64, 1) - 3 * S), <=,
                   (gint64) view.ns_per_px);

  /* the lane names do not seek */
  cor_timeline_press (f->timeline, 10, y, 1);
  g_assert_cmpuint (f->seeks->len, ==, 2);

  /* a click on an observation selects it without seeking; a double click activates it */
  point_at (f, 1, 5 * S, &x, &y);
  cor_timeline_press (f->timeline, x + 3, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->uniform_id);
  g_assert_cmpuint (f->seeks->len, ==, 2);
  cor_timeline_press (f->timeline, x + 3, y, 2);
  g_assert_cmpuint (f->activated->len, ==, 1);
  g_assert_cmpint (g_array_index (f->activated, gint64, 0), ==, f->uniform_id);

  /* dragging on an empty place scrubs */
  point_at (f, 3, 2 * S, &x, &y);
  cor_timeline_drag_begin (f->timeline, x, y);
  cor_timeline_drag_update (f->timeline, 10000, 0);
  g_assert_cmpint (g_array_index (f->seeks, gint64, f->seeks->len - 1), ==,
                   cor_timeline_x_to_time (&view, view.x0 + view.width) > 10 * S
                     ? 10 * S : cor_timeline_x_to_time (&view, view.x0 + view.width));
  cor_timeline_drag_end (f->timeline, 10000, 0);
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  gint64 second_language;

  if (skip_without_display ())
    return;

  second_language = add (f, COR_ANNOTATION_KIND_LANGUAGE, 8 * S, -1, "Давай");

  cor_timeline_set_selected_id (f->timeline, f->language_id);

  /* Alt+Right: the next observation in the lane */
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, second_language);
  /* plain Left when it reaches the timeline */
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Left, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->language_id);
  /* Down: the uniform lane, nearest in time (the point at 5 s) */
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->uniform_id);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->location_id);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->note_id);
  /* below the last lane the key is not taken (focus may leave) */
  g_assert_false (cor_timeline_key (f->timeline, GDK_KEY_Down, 0));
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Up, 0));
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Up, 0));
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->language_id);
  /* Home / End in the lane */
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_End, GDK_ALT_MASK));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, second_language);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Home, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->language_id);

  /* the selection is announced through the accessible description */
  {
    g_autoptr(CorAnnotation) language = cor_store_get_annotation (f->store, f->language_id, NULL);
    g_autofree char *summary = cor_annotation_dup_summary (language);
    g_autofree char *expected = cor_timeline_describe (COR_ANNOTATION_KIND_LANGUAGE, 2 * S, 4 * S,
                                                       summary);
    g_autofree char *description = cor_timeline_dup_description (f->timeline);

    g_assert_cmpstr (description, ==, expected);
    g_assert_nonnull (strstr (description, "힘들다야"));
    g_assert_true (g_str_has_prefix (description, "Language heard from 00:00:02.000"));
  }

  /* Enter activates, Delete asks to delete */
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Return, 0));
  g_assert_cmpuint (f->activated->len, ==, 1);
  g_assert_cmpint (g_array_index (f->activated, gint64, 0), ==, f->language_id);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Delete, 0));
  g_assert_cmpuint (f->deletes->len, ==, 1);
  g_assert_cmpint (g_array_index (f->deletes, gint64, 0), ==, f->language_id);

  /* the store deleting the selected observation clears the selection */
  g_assert_true (cor_store_delete_annotation (f->store, f->language_id, NULL));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, 0);
  g_assert_cmpuint (cor_timeline_get_n_spans (f->timeline), ==, 4);

  /* keys the player owns pass through: plain letters, Ctrl+other */
  g_assert_false (cor_timeline_key (f->timeline, GDK_KEY_space, 0));
  g_assert_false (cor_timeline_key (f->timeline, GDK_KEY_z, GDK_CONTROL_MASK));
}

static void
test_live_model (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  gint64 id;
  double x, y;

  if (skip_without_display ())
    return;

  texture = render (GTK_WIDGET (f->timeline));
  g_assert_cmpuint (cor_timeline_get_n_drawn (f->timeline), ==, 4);
  g_clear_object (&texture);

  id = add (f, COR_ANNOTATION_KIND_UNIFORM, 7 * S, 7500 * MS, "BTK Group · helmet");
  g_assert_cmpuint (cor_timeline_get_n_spans (f->timeline), ==, 5);

  texture = render (GTK_WIDGET (f->timeline));
  g_assert_cmpuint (cor_timeline_get_n_drawn (f->timeline), ==, 5);

  /* and it can be hit */
  point_at (f, 1, 7250 * MS, &x, &y);
  cor_timeline_press (f->timeline, x, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, id);

  /* an update from elsewhere (the editor) moves it */
  {
    g_autoptr(CorAnnotation) moved = cor_store_get_annotation (f->store, id, NULL);

    cor_annotation_set_start_ns (moved, 500 * MS);
    cor_annotation_set_end_ns (moved, 1 * S);
    g_assert_true (cor_store_update_annotation (f->store, moved, NULL));
  }
  point_at (f, 1, 750 * MS, &x, &y);
  cor_timeline_set_selected_id (f->timeline, 0);
  cor_timeline_press (f->timeline, x, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, id);

  /* another clip shows nothing */
  cor_timeline_set_clip (f->timeline, 0, 0, 0, 1);
  g_assert_cmpuint (cor_timeline_get_n_spans (f->timeline), ==, 0);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, 0);
}

typedef struct
{
  CorTimeline *timeline;
  guint        language_rows;
} RowsWait;

/* The lanes have their rows and the widget has been given room for all of them */
static gboolean
rows_laid_out (gpointer data)
{
  RowsWait *wait = data;
  CorTimelineGeometry geometry;

  cor_timeline_get_layout (wait->timeline, NULL, &geometry);
  return cor_timeline_lane_rows (&geometry, 0) == wait->language_rows
         && gtk_widget_get_height (GTK_WIDGET (wait->timeline))
            >= cor_timeline_total_height (&geometry)
         && geometry.lane_h >= 24;
}

static void
test_stacked_spans (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CorAnnotation) counter = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);
  g_autoptr(CorAnnotation) stored = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  RowsWait wait = { f->timeline, 2 };
  CorTimelineGeometry geometry;
  CorTimelineView view;
  gint64 counter_id, second_note;
  int min_before = 0, min_after = 0;
  double x, y;

  if (skip_without_display ())
    return;

  gtk_widget_measure (GTK_WIDGET (f->timeline), GTK_ORIENTATION_VERTICAL, -1, &min_before, NULL,
                      NULL, NULL);

  /* the counter-claim on the same phrase as the Korean (2–4 s), and a second note on the
   * note at 1 s */
  cor_annotation_set_clip_id (counter, f->clip_id);
  cor_annotation_set_start_ns (counter, 2 * S);
  cor_annotation_set_end_ns (counter, 4 * S);
  cor_annotation_set_language (counter, "ug");
  cor_annotation_set_transcript (counter, "not Korean — perhaps Uyghur");
  g_assert_true (cor_store_add_annotation (f->store, counter, &error));
  g_assert_no_error (error);
  counter_id = cor_annotation_get_id (counter);
  second_note = add (f, COR_ANNOTATION_KIND_NOTE, 1 * S, -1, "Second opinion on the narrator");

  g_assert_true (ui_test_wait_for (rows_laid_out, &wait));
  cor_timeline_get_layout (f->timeline, &view, &geometry);
  g_assert_cmpuint (cor_timeline_lane_rows (&geometry, 0), ==, 2);
  g_assert_cmpuint (cor_timeline_lane_rows (&geometry, 1), ==, 1);
  g_assert_cmpuint (cor_timeline_lane_rows (&geometry, 2), ==, 1);
  g_assert_cmpuint (cor_timeline_lane_rows (&geometry, 3), ==, 2);

  /* measure() asks for the two new rows */
  gtk_widget_measure (GTK_WIDGET (f->timeline), GTK_ORIENTATION_VERTICAL, -1, &min_after, NULL,
                      NULL, NULL);
  g_assert_cmpint (min_after - min_before, ==, 2 * 24);

  /* everything is drawn */
  texture = render (GTK_WIDGET (f->timeline));
  g_assert_cmpuint (cor_timeline_get_n_drawn (f->timeline), ==, 6);

  /* a click in each row selects the span of that row, at the same time */
  point_in_row (f, 0, 0, 3 * S, &x, &y);
  cor_timeline_press (f->timeline, x, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->language_id);
  point_in_row (f, 0, 1, 3 * S, &x, &y);
  cor_timeline_press (f->timeline, x, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, counter_id);
  point_in_row (f, 3, 0, 1 * S, &x, &y);
  cor_timeline_press (f->timeline, x + 2, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->note_id);
  point_in_row (f, 3, 1, 1 * S, &x, &y);
  cor_timeline_press (f->timeline, x + 2, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, second_note);
  /* the next lane starts below the second row: the uniform point at 5 s */
  point_in_row (f, 1, 0, 5 * S, &x, &y);
  cor_timeline_press (f->timeline, x, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->uniform_id);
  g_assert_cmpuint (f->seeks->len, ==, 0);

  /* a selection made elsewhere (search, the list) moves the keyboard's lane and row to it */
  {
    int lane = -1, row = -1;

    cor_timeline_set_selected_id (f->timeline, counter_id);
    cor_timeline_get_focus (f->timeline, &lane, &row);
    g_assert_cmpint (lane, ==, 0);
    g_assert_cmpint (row, ==, 1);
    cor_timeline_set_selected_id (f->timeline, second_note);
    cor_timeline_get_focus (f->timeline, &lane, &row);
    g_assert_cmpint (lane, ==, 3);
    g_assert_cmpint (row, ==, 1);
  }

  /* keyboard: Down goes through the rows of a lane before the next lane, Up comes back */
  cor_timeline_set_selected_id (f->timeline, f->language_id);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, counter_id);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->uniform_id);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, counter_id);
  g_assert_true (cor_timeline_key (f->timeline, GDK_KEY_Up, 0));
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, f->language_id);

  /* dragging the second row's end edge moves the counter-claim only, snapped to a frame */
  point_in_row (f, 0, 1, 4 * S, &x, &y);
  cor_timeline_drag_begin (f->timeline, x, y);
  cor_timeline_drag_update (f->timeline, 30, 0);
  cor_timeline_drag_end (f->timeline, 30, 0);
  stored = cor_store_get_annotation (f->store, counter_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cor_annotation_get_start_ns (stored), ==, 2 * S);
  g_assert_cmpint (cor_annotation_get_end_ns (stored), >, 4 * S);
  g_assert_cmpint (cor_annotation_get_end_ns (stored) % (40 * MS), ==, 0);
  g_clear_object (&stored);
  stored = cor_store_get_annotation (f->store, f->language_id, &error);
  g_assert_cmpint (cor_annotation_get_end_ns (stored), ==, 4 * S);
  g_clear_object (&stored);

  /* moved clear of the Korean, the counter-claim goes back into the first row and the lane
   * shrinks */
  {
    g_autoptr(CorAnnotation) moved = cor_store_get_annotation (f->store, counter_id, NULL);

    cor_annotation_set_start_ns (moved, 5 * S);
    cor_annotation_set_end_ns (moved, 6 * S);
    g_assert_true (cor_store_update_annotation (f->store, moved, NULL));
  }
  wait.language_rows = 1;
  g_assert_true (ui_test_wait_for (rows_laid_out, &wait));
  point_in_row (f, 0, 0, 5500 * MS, &x, &y);
  cor_timeline_press (f->timeline, x, y, 1);
  g_assert_cmpint (cor_timeline_get_selected_id (f->timeline), ==, counter_id);
}

static CorWaveform *
make_waveform (const char *dir)
{
  g_autofree char *wav = g_build_filename (dir, "speech.wav", NULL);
  const char *argv[] = { "espeak-ng", "-v", "ru", "-s", "120", "-w", wav,
                         "Рассказчик говорит по-русски, а солдаты отвечают по-корейски", NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;
  CorWaveform *waveform;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                     | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error)
      || status != 0)
    return NULL;

  waveform = cor_waveform_compute (wav, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return waveform;
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(CorWaveform) waveform = NULL;
  g_autofree char *png = NULL;
  const char *builddir = g_getenv ("COR_TEST_BUILDDIR");

  if (skip_without_display ())
    return;

  add (f, COR_ANNOTATION_KIND_LANGUAGE, 4500 * MS, 5200 * MS, "Давай, давай");
  add (f, COR_ANNOTATION_KIND_NOTE, 7 * S, 9500 * MS,
       "Counter-claim: not Korean at all, perhaps Uyghur");
  add (f, COR_ANNOTATION_KIND_LANGUAGE, 2500 * MS, 3800 * MS, "not Korean — perhaps Uyghur");
  waveform = make_waveform (f->dir);
  if (waveform != NULL)
    cor_timeline_set_waveform (f->timeline, waveform);
  cor_timeline_set_position_ns (f->timeline, 3200 * MS);
  cor_timeline_set_selected_id (f->timeline, f->location_id);
  gtk_widget_grab_focus (GTK_WIDGET (f->timeline));
  g_assert_true (ui_test_wait_for (allocated, f->timeline));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  texture = render (GTK_WIDGET (f->window));
  png = g_build_filename (builddir != NULL ? builddir : ".", "test-timeline.png", NULL);
  g_assert_true (gdk_texture_save_to_png (texture, png));
  g_test_message ("screenshot: %s", png);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (ui_test_have_display ())
    gtk_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/timeline/fits-clip", test_fits_clip);
  ADD ("/ui/timeline/drag-range-edge", test_drag_range_edge);
  ADD ("/ui/timeline/click-seeks", test_click_seeks);
  ADD ("/ui/timeline/keyboard", test_keyboard);
  ADD ("/ui/timeline/live-model", test_live_model);
  ADD ("/ui/timeline/stacked-spans", test_stacked_spans);
  ADD ("/ui/timeline/screenshot", test_screenshot);

#undef ADD

  return g_test_run ();
}
