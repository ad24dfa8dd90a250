/* cor-clip-page.c — one clip: the player, its timeline, the observation editor, what the case
 * knows about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-clip-page.h"

struct _CorClipPage
{
  AdwBin               parent_instance;

  CorStore            *store;       /* the case (set_case) */
  CorUndoStack        *undo;
  CorAnnotationEditor *editor;      /* NULL without a case */
  gint64               clip_id;
  gint64               selected_id;
  gint64               pending_seek_ns; /* a seek asked for while the clip opens; -1: none */
  gboolean             fullscreen;

  /* template children */
  GtkWidget           *switcher_bar;
  GtkStack            *stack;
  GtkPaned            *editor_paned;
  CorPlayerView       *player_view;
  CorTimeline         *timeline;
  AdwBin              *editor_bin;
  CorObservationList  *clip_list;
  CorClipDetails      *details;
};

G_DEFINE_FINAL_TYPE (CorClipPage, cor_clip_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SELECTED_ID,
  N_PROPS
};

enum {
  ARTICLE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
player_ready (CorClipPage *self)
{
  CorPlayer *player = cor_player_view_get_player (self->player_view);

  return cor_player_view_get_clip_id (self->player_view) == self->clip_id
         && cor_player_get_state (player) != COR_PLAYER_STATE_STOPPED
         && cor_player_get_duration_ns (player) > 0;
}

static void
seek (CorClipPage *self,
      gint64       position_ns)
{
  if (player_ready (self))
    {
      self->pending_seek_ns = -1;
      cor_player_view_seek (self->player_view, position_ns);
    }
  else
    self->pending_seek_ns = MAX (position_ns, 0);
}

static void
show_annotation_in_editor (CorClipPage *self)
{
  g_autoptr(CorAnnotation) annotation = NULL;

  if (self->editor == NULL)
    return;

  if (self->selected_id > 0 && self->store != NULL)
    annotation = cor_store_get_annotation (self->store, self->selected_id, NULL);
  if (annotation != NULL
      && cor_annotation_get_id (annotation) == cor_annotation_editor_get_annotation_id (self->editor))
    return;
  cor_annotation_editor_set_annotation (self->editor, annotation);
}

/* Callbacks */

static void
article_activated_cb (CorClipPage    *self,
                      gint64          article_id,
                      CorClipDetails *details)
{
  g_signal_emit (self, signals[ARTICLE_ACTIVATED], 0, article_id);
}

static void
timeline_selected_cb (CorClipPage *self,
                      GParamSpec  *pspec,
                      CorTimeline *timeline)
{
  cor_clip_page_select (self, cor_timeline_get_selected_id (timeline), FALSE);
}

static void
timeline_seek_cb (CorClipPage *self,
                  gint64       position_ns,
                  CorTimeline *timeline)
{
  seek (self, position_ns);
}

static void
timeline_activated_cb (CorClipPage *self,
                       gint64       annotation_id,
                       CorTimeline *timeline)
{
  g_autoptr(CorAnnotation) annotation = NULL;

  if (self->store != NULL)
    annotation = cor_store_get_annotation (self->store, annotation_id, NULL);
  if (annotation == NULL)
    return;

  seek (self, cor_annotation_get_start_ns (annotation));
  cor_clip_page_select (self, annotation_id, TRUE);
}

static void
timeline_delete_cb (CorClipPage *self,
                    gint64       annotation_id,
                    CorTimeline *timeline)
{
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;

  if (!cor_undo_stack_delete_annotation (self->undo, annotation_id, NULL, &error))
    g_warning ("Could not delete observation %" G_GINT64_FORMAT ": %s", annotation_id,
               error->message);
}

static void
list_activated_cb (CorClipPage        *self,
                   gint64              clip_id,
                   gint64              annotation_id,
                   gint64              start_ns,
                   CorObservationList *list)
{
  if (clip_id != self->clip_id)
    return;

  cor_clip_page_go_to (self, start_ns, annotation_id);
}

static void
player_position_cb (CorClipPage *self,
                    GParamSpec  *pspec,
                    CorPlayer   *player)
{
  cor_timeline_set_position_ns (self->timeline, MAX (cor_player_get_position_ns (player), 0));
}

static void
player_opened_cb (CorClipPage *self,
                  CorPlayer   *player)
{
  int fps_n = 0;
  int fps_d = 0;

  if (self->clip_id == 0)
    return;

  /* the record may not know the duration or the rate; the pipeline does now */
  if (cor_timeline_get_clip_id (self->timeline) == self->clip_id)
    {
      g_autoptr(CorClip) clip = cor_store_get_clip (self->store, self->clip_id, NULL);

      if (clip != NULL && (cor_clip_get_duration_ns (clip) <= 0 || cor_clip_get_fps_n (clip) <= 0))
        {
          cor_player_get_frame_rate (player, &fps_n, &fps_d);
          cor_timeline_set_clip (self->timeline, self->clip_id,
                                 cor_player_get_duration_ns (player),
                                 cor_player_get_has_video (player) ? fps_n : 0,
                                 cor_player_get_has_video (player) ? fps_d : 1);
        }
    }

  if (self->pending_seek_ns >= 0)
    {
      gint64 position = self->pending_seek_ns;

      self->pending_seek_ns = -1;
      cor_player_view_seek (self->player_view, position);
    }
}

/* GObject */

static void
cor_clip_page_dispose (GObject *object)
{
  CorClipPage *self = COR_CLIP_PAGE (object);

  if (self->player_view != NULL)
    g_signal_handlers_disconnect_by_data (cor_player_view_get_player (self->player_view), self);
  self->editor = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->undo);

  gtk_widget_dispose_template (GTK_WIDGET (object), COR_TYPE_CLIP_PAGE);

  G_OBJECT_CLASS (cor_clip_page_parent_class)->dispose (object);
}

static void
cor_clip_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CorClipPage *self = COR_CLIP_PAGE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_clip_page_class_init (CorClipPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_clip_page_dispose;
  object_class->get_property = cor_clip_page_get_property;

  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ARTICLE_ACTIVATED] =
    g_signal_new ("article-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (COR_TYPE_PLAYER_VIEW);
  g_type_ensure (COR_TYPE_TIMELINE);
  g_type_ensure (COR_TYPE_OBSERVATION_LIST);
  g_type_ensure (COR_TYPE_CLIP_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-clip-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, editor_paned);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, player_view);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, clip_list);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, details);
  gtk_widget_class_bind_template_callback (widget_class, article_activated_cb);
}

static void
cor_clip_page_init (CorClipPage *self)
{
  CorPlayer *player;

  self->pending_seek_ns = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  player = cor_player_view_get_player (self->player_view);
  g_signal_connect_object (player, "notify::position-ns", G_CALLBACK (player_position_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (player, "opened", G_CALLBACK (player_opened_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->timeline, "notify::selected-id",
                           G_CALLBACK (timeline_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "seek", G_CALLBACK (timeline_seek_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "activated", G_CALLBACK (timeline_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "delete-requested", G_CALLBACK (timeline_delete_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clip_list, "activated", G_CALLBACK (list_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
cor_clip_page_new (void)
{
  return g_object_new (COR_TYPE_CLIP_PAGE, NULL);
}

void
cor_clip_page_set_case (CorClipPage  *self,
                        CorStore     *store,
                        CorUndoStack *undo)
{
  g_return_if_fail (COR_IS_CLIP_PAGE (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));
  g_return_if_fail (undo == NULL || COR_IS_UNDO_STACK (undo));

  if (self->store == store && self->undo == undo)
    return;

  cor_clip_page_show (self, NULL, 0);
  g_set_object (&self->store, store);
  g_set_object (&self->undo, undo);

  adw_bin_set_child (self->editor_bin, NULL);
  self->editor = NULL;
  if (store != NULL && undo != NULL)
    {
      self->editor = COR_ANNOTATION_EDITOR (cor_annotation_editor_new (store, undo));
      adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->editor));
    }

  cor_timeline_set_undo_stack (self->timeline, undo);
  cor_timeline_set_store (self->timeline, store);
  cor_player_view_set_undo_stack (self->player_view, undo);
}

void
cor_clip_page_show (CorClipPage *self,
                    CorStore    *store,
                    gint64       clip_id)
{
  g_autoptr(CorClip) clip = NULL;

  g_return_if_fail (COR_IS_CLIP_PAGE (self));

  if (store == NULL || clip_id <= 0)
    clip_id = 0;
  if (store != NULL && clip_id > 0)
    clip = cor_store_get_clip (store, clip_id, NULL);
  if (clip == NULL)
    clip_id = 0;

  if (clip_id != self->clip_id)
    {
      self->pending_seek_ns = -1;
      cor_clip_page_select (self, 0, FALSE);
      cor_player_view_set_in_out (self->player_view, -1, -1);
    }

  self->clip_id = clip_id;
  cor_player_view_load (self->player_view, store, clip_id);
  cor_clip_details_show (self->details, store, clip_id);

  if (clip == NULL)
    {
      cor_timeline_set_clip (self->timeline, 0, 0, 0, 1);
      cor_observation_list_set_store (self->clip_list, NULL, 0);
      return;
    }

  if (cor_timeline_get_clip_id (self->timeline) != clip_id)
    {
      gboolean video = cor_clip_get_kind (clip) != COR_CLIP_KIND_AUDIO;

      cor_timeline_set_clip (self->timeline, clip_id, cor_clip_get_duration_ns (clip),
                             video ? cor_clip_get_fps_n (clip) : 0,
                             video ? cor_clip_get_fps_d (clip) : 1);
    }
  if (cor_observation_list_get_store (self->clip_list) != store
      || cor_observation_list_get_clip_id (self->clip_list) != clip_id)
    cor_observation_list_set_store (self->clip_list, store, clip_id);
}

gint64
cor_clip_page_get_clip_id (CorClipPage *self)
{
  g_return_val_if_fail (COR_IS_CLIP_PAGE (self), 0);

  return self->clip_id;
}

CorPlayerView *
cor_clip_page_get_player_view (CorClipPage *self)
{
  g_return_val_if_fail (COR_IS_CLIP_PAGE (self), NULL);

  return self->player_view;
}

CorClipDetails *
cor_clip_page_get_details (CorClipPage *self)
{
  g_return_val_if_fail (COR_IS_CLIP_PAGE (self), NULL);

  return self->details;
}

CorTimeline *
cor_clip_page_get_timeline (CorClipPage *self)
{
  g_return_val_if_fail (COR_IS_CLIP_PAGE (self), NULL);

  return self->timeline;
}

CorObservationList *
cor_clip_page_get_list (CorClipPage *self)
{
  g_return_val_if_fail (COR_IS_CLIP_PAGE (self), NULL);

  return self->clip_list;
}

CorAnnotationEditor *
cor_clip_page_get_editor (CorClipPage *self)
{
  g_return_val_if_fail (COR_IS_CLIP_PAGE (self), NULL);

  return self->editor;
}

void
cor_clip_page_select (CorClipPage *self,
                      gint64       annotation_id,
                      gboolean     focus_editor)
{
  g_return_if_fail (COR_IS_CLIP_PAGE (self));

  annotation_id = MAX (annotation_id, 0);
  if (annotation_id != self->selected_id)
    {
      self->selected_id = annotation_id;
      cor_timeline_set_selected_id (self->timeline, annotation_id);
      if (annotation_id > 0)
        cor_observation_list_select_annotation (self->clip_list, annotation_id);
      cor_player_view_set_still_annotation (self->player_view, annotation_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
    }

  show_annotation_in_editor (self);

  if (focus_editor && self->editor != NULL && annotation_id > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "player");
      cor_annotation_editor_focus_first_field (self->editor);
    }
}

gint64
cor_clip_page_get_selected_id (CorClipPage *self)
{
  g_return_val_if_fail (COR_IS_CLIP_PAGE (self), 0);

  return self->selected_id;
}

void
cor_clip_page_go_to (CorClipPage *self,
                     gint64       position_ns,
                     gint64       annotation_id)
{
  g_return_if_fail (COR_IS_CLIP_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "player");
  seek (self, position_ns);
  cor_timeline_set_position_ns (self->timeline, MAX (position_ns, 0));
  cor_clip_page_select (self, annotation_id, FALSE);
}

void
cor_clip_page_focus_player (CorClipPage *self)
{
  GtkRoot *root;

  g_return_if_fail (COR_IS_CLIP_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "player");
  if (gtk_widget_grab_focus (GTK_WIDGET (self->timeline)))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus (GTK_WINDOW (root), NULL);
}

void
cor_clip_page_set_fullscreen (CorClipPage *self,
                              gboolean     fullscreen)
{
  g_return_if_fail (COR_IS_CLIP_PAGE (self));

  self->fullscreen = fullscreen;
  gtk_widget_set_visible (self->switcher_bar, !fullscreen);
  gtk_widget_set_visible (GTK_WIDGET (self->timeline), !fullscreen);
  gtk_widget_set_visible (GTK_WIDGET (self->editor_bin), !fullscreen);
  if (fullscreen)
    gtk_stack_set_visible_child_name (self->stack, "player");
}
