/* cor-article-details.c — what the case knows about one article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-article-details.h"
#include "cor-details-rows.h"
#include "cor-ui-format.h"

struct _CorArticleDetails
{
  AdwBin               parent_instance;

  CorStore            *store;
  gint64               article_id;
  GPtrArray           *claim_rows;
  GPtrArray           *clip_rows;
  GArray              *clip_ids;

  AdwPreferencesGroup *article_group;
  AdwActionRow        *url_row;
  AdwActionRow        *archived_url_row;
  AdwActionRow        *outlet_row;
  AdwActionRow        *author_row;
  AdwActionRow        *published_row;
  AdwActionRow        *language_row;
  AdwActionRow        *reliability_row;
  AdwPreferencesGroup *summary_group;
  AdwActionRow        *summary_row;
  AdwActionRow        *notes_row;
  AdwPreferencesGroup *claims_group;
  AdwPreferencesGroup *clips_group;
};

G_DEFINE_FINAL_TYPE (CorArticleDetails, cor_article_details, ADW_TYPE_BIN)

enum {
  CLIP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
claim_subtitle (CorClaim *claim)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  const char *values[3];

  values[0] = cor_claim_get_claimant (claim);
  values[1] = cor_claim_get_figure (claim);
  values[2] = cor_claim_get_claim_date (claim);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (values[i] != NULL && values[i][0] != '\0')
      g_strv_builder_add (builder, values[i]);

  parts = g_strv_builder_end (builder);
  if (parts[0] == NULL)
    return NULL;

  return g_strjoinv (" · ", parts);
}

static char *
language_label (CorStore   *store,
                const char *code)
{
  g_autoptr(GPtrArray) languages = NULL;

  if (code == NULL || code[0] == '\0')
    return NULL;

  languages = cor_store_list_languages (store);
  for (guint i = 0; languages != NULL && i < languages->len; i++)
    {
      const CorTerm *term = g_ptr_array_index (languages, i);

      if (g_ascii_strcasecmp (term->code, code) == 0 && term->name != NULL)
        /* TRANSLATORS: a language name and its ISO 639 code: "Korean (ko)" */
        return g_strdup_printf (_("%s (%s)"), term->name, term->code);
    }

  return g_strdup (code);
}

static void
update_claims (CorArticleDetails *self)
{
  g_autoptr(GListModel) claims = NULL;
  guint n;

  cor_details_group_clear (self->claims_group, self->claim_rows);

  claims = cor_store_list_claims (self->store, self->article_id);
  n = claims != NULL ? g_list_model_get_n_items (claims) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClaim) claim = g_list_model_get_item (claims, i);
      g_autofree char *subtitle = claim_subtitle (claim);
      AdwActionRow *row;

      row = cor_details_group_add_row (self->claims_group, self->claim_rows,
                                       cor_claim_get_text (claim), subtitle, NULL, NULL);
      adw_action_row_set_title_lines (row, 0);
    }

  adw_preferences_group_set_description (self->claims_group,
                                         n == 0 ? _("No claims recorded for this article.") : NULL);
}

static void
clip_row_activated_cb (CorArticleDetails *self,
                       AdwActionRow      *row)
{
  guint index;

  if (g_ptr_array_find (self->clip_rows, row, &index) && index < self->clip_ids->len)
    g_signal_emit (self, signals[CLIP_ACTIVATED], 0, g_array_index (self->clip_ids, gint64, index));
}

static void
update_clips (CorArticleDetails *self)
{
  g_autoptr(GArray) links = NULL;

  cor_details_group_clear (self->clips_group, self->clip_rows);
  g_array_set_size (self->clip_ids, 0);

  links = cor_store_get_article_clips (self->store, self->article_id);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);
      g_autoptr(CorClip) clip = cor_store_get_clip (self->store, link->id, NULL);
      g_autofree char *name = NULL;

      if (clip == NULL)
        continue;

      name = cor_clip_dup_display_name (clip);
      cor_details_group_add_row (self->clips_group, self->clip_rows, name,
                                 cor_relation_to_label (link->relation),
                                 G_CALLBACK (clip_row_activated_cb), self);
      g_array_append_val (self->clip_ids, link->id);
    }

  adw_preferences_group_set_description (self->clips_group,
                                         self->clip_rows->len == 0
                                         ? _("This article cites no clip in the case.") : NULL);
}

static void
update (CorArticleDetails *self)
{
  g_autoptr(CorArticle) article = NULL;
  g_autofree char *language = NULL;
  g_autofree char *reliability = NULL;
  const char *title;
  gboolean summary = FALSE;

  if (self->store == NULL || self->article_id == 0)
    return;

  article = cor_store_get_article (self->store, self->article_id, NULL);
  if (article == NULL)
    return;

  title = cor_article_get_title (article);
  adw_preferences_group_set_title (self->article_group,
                                   title != NULL && title[0] != '\0' ? title : _("Untitled article"));

  language = language_label (self->store, cor_article_get_language (article));
  reliability = cor_ui_format_reliability (cor_article_get_reliability (article));

  cor_details_row_set_value (self->url_row, cor_article_get_url (article));
  cor_details_row_set_value (self->archived_url_row, cor_article_get_archived_url (article));
  cor_details_row_set_value (self->outlet_row, cor_article_get_outlet (article));
  cor_details_row_set_value (self->author_row, cor_article_get_author (article));
  cor_details_row_set_value (self->published_row, cor_article_get_published (article));
  cor_details_row_set_value (self->language_row, language);
  cor_details_row_set_value (self->reliability_row, reliability);

  summary |= cor_details_row_set_value (self->summary_row, cor_article_get_summary (article));
  summary |= cor_details_row_set_value (self->notes_row, cor_article_get_notes (article));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_group), summary);

  update_claims (self);
  update_clips (self);
}

static void
store_changed_cb (CorArticleDetails *self,
                  const char        *table,
                  gint64             id,
                  int                change,
                  CorStore          *store)
{
  if (self->article_id == 0)
    return;

  if ((g_strcmp0 (table, "articles") == 0
       && (id == self->article_id || change == COR_STORE_CHANGE_RESET))
      || g_strcmp0 (table, "claims") == 0
      || g_strcmp0 (table, "clips") == 0
      || g_strcmp0 (table, "article_clips") == 0)
    update (self);
}

static void
cor_article_details_dispose (GObject *object)
{
  CorArticleDetails *self = COR_ARTICLE_DETAILS (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_ARTICLE_DETAILS);

  G_OBJECT_CLASS (cor_article_details_parent_class)->dispose (object);
}

static void
cor_article_details_finalize (GObject *object)
{
  CorArticleDetails *self = COR_ARTICLE_DETAILS (object);

  g_clear_pointer (&self->claim_rows, g_ptr_array_unref);
  g_clear_pointer (&self->clip_rows, g_ptr_array_unref);
  g_clear_pointer (&self->clip_ids, g_array_unref);

  G_OBJECT_CLASS (cor_article_details_parent_class)->finalize (object);
}

static void
cor_article_details_class_init (CorArticleDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_article_details_dispose;
  object_class->finalize = cor_article_details_finalize;

  signals[CLIP_ACTIVATED] =
    g_signal_new ("clip-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-article-details.ui");
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, article_group);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, url_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, archived_url_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, outlet_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, author_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, published_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, language_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, reliability_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, summary_group);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, summary_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, notes_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, claims_group);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, clips_group);
}

static void
cor_article_details_init (CorArticleDetails *self)
{
  self->claim_rows = g_ptr_array_new ();
  self->clip_rows = g_ptr_array_new ();
  self->clip_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cor_article_details_new (void)
{
  return g_object_new (COR_TYPE_ARTICLE_DETAILS, NULL);
}

void
cor_article_details_show (CorArticleDetails *self,
                          CorStore          *store,
                          gint64             article_id)
{
  g_return_if_fail (COR_IS_ARTICLE_DETAILS (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  self->article_id = store != NULL ? article_id : 0;
  update (self);
}

gint64
cor_article_details_get_article_id (CorArticleDetails *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE_DETAILS (self), 0);

  return self->article_id;
}
