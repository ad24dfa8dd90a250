/* cor-clip-page.c — one clip: the player, and what the case knows about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-clip-page.h"

struct _CorClipPage
{
  AdwBin          parent_instance;

  GtkWidget      *switcher_bar;
  GtkStack       *stack;
  CorPlayerView  *player_view;
  CorClipDetails *details;
};

G_DEFINE_FINAL_TYPE (CorClipPage, cor_clip_page, ADW_TYPE_BIN)

enum {
  ARTICLE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
article_activated_cb (CorClipPage    *self,
                      gint64          article_id,
                      CorClipDetails *details)
{
  g_signal_emit (self, signals[ARTICLE_ACTIVATED], 0, article_id);
}

static void
cor_clip_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COR_TYPE_CLIP_PAGE);

  G_OBJECT_CLASS (cor_clip_page_parent_class)->dispose (object);
}

static void
cor_clip_page_class_init (CorClipPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_clip_page_dispose;

  signals[ARTICLE_ACTIVATED] =
    g_signal_new ("article-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (COR_TYPE_PLAYER_VIEW);
  g_type_ensure (COR_TYPE_CLIP_DETAILS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-clip-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, player_view);
  gtk_widget_class_bind_template_child (widget_class, CorClipPage, details);
  gtk_widget_class_bind_template_callback (widget_class, article_activated_cb);
}

static void
cor_clip_page_init (CorClipPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cor_clip_page_new (void)
{
  return g_object_new (COR_TYPE_CLIP_PAGE, NULL);
}

void
cor_clip_page_show (CorClipPage *self,
                    CorStore    *store,
                    gint64       clip_id)
{
  g_return_if_fail (COR_IS_CLIP_PAGE (self));

  cor_player_view_load (self->player_view, store, clip_id);
  cor_clip_details_show (self->details, store, clip_id);
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

void
cor_clip_page_set_fullscreen (CorClipPage *self,
                              gboolean     fullscreen)
{
  g_return_if_fail (COR_IS_CLIP_PAGE (self));

  gtk_widget_set_visible (self->switcher_bar, !fullscreen);
  if (fullscreen)
    gtk_stack_set_visible_child_name (self->stack, "player");
}
