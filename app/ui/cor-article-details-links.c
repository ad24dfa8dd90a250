/* cor-article-details-links.c — the article page's claims, linked clips and citing
 * observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorArticleDetails (cor-article-details.h); shares its struct through
 * cor-article-details-private.h. Claims are CorClaimRows, updated in place on a claim's
 * update and rebuilt (keeping which were expanded) when claims come or go; the clip and
 * observation rows are rebuilt when their links change.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-article-details-private.h"
#include "cor-claim-row.h"
#include "cor-observation-filter.h"

static void
clear_link_rows (CorArticleDetails *self,
                 RowKind            kind)
{
  for (guint i = self->link_rows->len; i > 0; i--)
    {
      LinkRow *item = g_ptr_array_index (self->link_rows, i - 1);

      if (item->kind != kind)
        continue;

      adw_preferences_group_remove (kind == ROW_CLIP ? self->clips_group : self->observations_group,
                                    item->row);
      g_ptr_array_remove_index (self->link_rows, i - 1);
    }
}

static LinkRow *
find_link_row (CorArticleDetails *self,
               GtkWidget         *widget)
{
  for (guint i = 0; i < self->link_rows->len; i++)
    {
      LinkRow *item = g_ptr_array_index (self->link_rows, i);

      if (item->row == widget || item->relation == widget || item->remove == widget)
        return item;
    }

  return NULL;
}

static LinkRow *
add_link_row (CorArticleDetails *self,
              RowKind            kind,
              const char        *title,
              const char        *subtitle,
              GCallback          activated)
{
  LinkRow *item = g_new0 (LinkRow, 1);

  item->kind = kind;
  item->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (item->row), subtitle != NULL ? subtitle : "");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (item->row), TRUE);
  g_signal_connect_object (item->row, "activated", activated, self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (kind == ROW_CLIP ? self->clips_group : self->observations_group,
                             item->row);
  g_ptr_array_add (self->link_rows, item);

  return item;
}

/* Callbacks (of the rows made in code) */

static void
link_row_activated_cb (CorArticleDetails *self,
                       AdwActionRow      *row)
{
  LinkRow *item = find_link_row (self, GTK_WIDGET (row));

  if (item == NULL)
    return;

  if (item->kind == ROW_CLIP)
    g_signal_emit (self, cor_article_details_signals[COR_ARTICLE_DETAILS_CLIP_ACTIVATED], 0,
                   item->clip_id);
  else
    g_signal_emit (self, cor_article_details_signals[COR_ARTICLE_DETAILS_ACTIVATED], 0,
                   item->clip_id, item->annotation_id, item->start_ns);
}

static void
clip_relation_changed_cb (CorArticleDetails *self,
                          GParamSpec        *pspec,
                          GtkDropDown       *dropdown)
{
  LinkRow *item = find_link_row (self, GTK_WIDGET (dropdown));
  g_autoptr(GError) error = NULL;
  CorRelation relation;

  if (self->syncing || item == NULL)
    return;

  relation = gtk_drop_down_get_selected (dropdown) == 1 ? COR_RELATION_DISPUTES : COR_RELATION_CITES;
  if (!cor_store_link_article_clip (self->store, self->article_id, item->clip_id, relation, &error))
    cor_article_details_show_error (self, error->message);
}

static void
clip_remove_clicked_cb (CorArticleDetails *self,
                        GtkButton         *button)
{
  LinkRow *item = find_link_row (self, GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (item != NULL
      && !cor_store_unlink_article_clip (self->store, self->article_id, item->clip_id, &error))
    cor_article_details_show_error (self, error->message);
}

void
cor_article_details_update_clips (CorArticleDetails *self)
{
  g_autoptr(GArray) links = cor_store_get_article_clips (self->store, self->article_id);
  const char *relations[] = { NULL, NULL, NULL };
  guint n = 0;

  relations[0] = cor_relation_to_label (COR_RELATION_CITES);
  relations[1] = cor_relation_to_label (COR_RELATION_DISPUTES);

  self->syncing = TRUE;
  clear_link_rows (self, ROW_CLIP);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);
      g_autoptr(CorClip) clip = cor_store_get_clip (self->store, link->id, NULL);
      g_autofree char *name = NULL;
      LinkRow *item;

      if (clip == NULL)
        continue;

      name = cor_clip_dup_display_name (clip);
      item = add_link_row (self, ROW_CLIP, name, cor_clip_get_origin (clip),
                           G_CALLBACK (link_row_activated_cb));
      item->clip_id = link->id;

      item->relation = gtk_drop_down_new_from_strings (relations);
      gtk_widget_set_valign (item->relation, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (item->relation),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Relation"), -1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (item->relation),
                                  link->relation == COR_RELATION_DISPUTES ? 1 : 0);
      g_signal_connect_object (item->relation, "notify::selected",
                               G_CALLBACK (clip_relation_changed_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), item->relation);

      item->remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_valign (item->remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (item->remove, _("Unlink This Clip"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (item->remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unlink This Clip"), -1);
      gtk_widget_add_css_class (item->remove, "flat");
      g_signal_connect_object (item->remove, "clicked", G_CALLBACK (clip_remove_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), item->remove);
      n++;
    }
  self->syncing = FALSE;

  adw_preferences_group_set_description (self->clips_group,
                                         n == 0 ? _("No clip of the case is linked to this article.")
                                                : NULL);
}

void
cor_article_details_update_observations (CorArticleDetails *self)
{
  g_autoptr(GArray) links = cor_store_get_article_annotations (self->store, self->article_id);
  guint n = 0;

  clear_link_rows (self, ROW_OBSERVATION);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);
      g_autoptr(CorAnnotation) annotation = cor_store_get_annotation (self->store, link->id, NULL);
      g_autoptr(CorClip) clip = NULL;
      g_autofree char *time = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *title = NULL;
      g_autofree char *clip_name = NULL;
      g_autofree char *subtitle = NULL;
      LinkRow *item;

      if (annotation == NULL)
        continue;

      clip = cor_store_get_clip (self->store, cor_annotation_get_clip_id (annotation), NULL);
      clip_name = clip != NULL ? cor_clip_dup_display_name (clip) : g_strdup ("");
      time = cor_observation_format_time (cor_annotation_get_start_ns (annotation),
                                          cor_annotation_get_end_ns (annotation));
      summary = cor_annotation_dup_summary (annotation);
      /* TRANSLATORS: an observation's time and summary */
      title = g_strdup_printf (_("%s · %s"), time, summary);
      /* TRANSLATORS: the clip of an observation and how it relates to the article */
      subtitle = g_strdup_printf (_("%s · %s"), clip_name, cor_relation_to_label (link->relation));

      item = add_link_row (self, ROW_OBSERVATION, title, subtitle,
                           G_CALLBACK (link_row_activated_cb));
      item->clip_id = cor_annotation_get_clip_id (annotation);
      item->annotation_id = link->id;
      item->start_ns = cor_annotation_get_start_ns (annotation);
      n++;
    }

  adw_preferences_group_set_description (self->observations_group,
                                         n == 0 ? _("No observation cites this article yet.") : NULL);
}

static void
claim_observation_activated_cb (CorArticleDetails *self,
                                gint64             clip_id,
                                gint64             annotation_id,
                                gint64             start_ns,
                                CorClaimRow       *row)
{
  g_signal_emit (self, cor_article_details_signals[COR_ARTICLE_DETAILS_ACTIVATED], 0,
                 clip_id, annotation_id, start_ns);
}

static void
claim_error_cb (CorArticleDetails *self,
                const char        *message,
                CorClaimRow       *row)
{
  cor_article_details_show_error (self, message);
}

void
cor_article_details_rebuild_claims (CorArticleDetails *self)
{
  g_autoptr(GListModel) claims = cor_store_list_claims (self->store, self->article_id);
  g_autoptr(GArray) expanded = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (claims);

  for (guint i = 0; i < self->claim_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->claim_rows, i);
      gint64 id = cor_claim_row_get_claim_id (COR_CLAIM_ROW (row));

      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_array_append_val (expanded, id);
      adw_preferences_group_remove (self->claims_group, row);
    }
  g_ptr_array_set_size (self->claim_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClaim) claim = g_list_model_get_item (claims, i);
      gint64 id = cor_claim_get_id (claim);
      GtkWidget *row = cor_claim_row_new (self->store, id);

      for (guint j = 0; j < expanded->len; j++)
        if (g_array_index (expanded, gint64, j) == id)
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

      g_signal_connect_object (row, "observation-activated",
                               G_CALLBACK (claim_observation_activated_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "error", G_CALLBACK (claim_error_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->claims_group, row);
      g_ptr_array_add (self->claim_rows, row);
    }

  adw_preferences_group_set_description (self->claims_group,
                                         n == 0 ? _("No claims recorded for this article.") : NULL);
}

void
cor_article_details_refresh_claim_rows (CorArticleDetails *self)
{
  for (guint i = 0; i < self->claim_rows->len; i++)
    cor_claim_row_refresh (g_ptr_array_index (self->claim_rows, i));
}

void
cor_article_details_link_clip_popover_show_cb (CorArticleDetails *self)
{
  g_autoptr(GArray) links = NULL;
  GListModel *clips;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->link_clip_list))) != NULL)
    gtk_list_box_remove (self->link_clip_list, child);
  g_array_set_size (self->link_clip_ids, 0);

  if (self->store == NULL)
    return;

  links = cor_store_get_article_clips (self->store, self->article_id);
  clips = cor_store_get_clips (self->store);
  n = g_list_model_get_n_items (clips);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      gint64 id = cor_clip_get_id (clip);
      g_autofree char *name = NULL;
      gboolean linked = FALSE;
      GtkWidget *label;

      for (guint j = 0; links != NULL && j < links->len; j++)
        linked |= g_array_index (links, CorLink, j).id == id;
      if (linked)
        continue;

      name = cor_clip_dup_display_name (clip);
      label = gtk_label_new (name);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_list_box_append (self->link_clip_list, label);
      g_array_append_val (self->link_clip_ids, id);
    }

  if (self->link_clip_ids->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("Every clip of the case is linked."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->link_clip_list, label);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->link_clip_list, 0),
                                        FALSE);
    }
}

void
cor_article_details_link_clip_activated_cb (CorArticleDetails *self,
                                            GtkListBoxRow     *row)
{
  guint index = (guint) gtk_list_box_row_get_index (row);
  g_autoptr(GError) error = NULL;

  if (index >= self->link_clip_ids->len)
    return;

  if (!cor_store_link_article_clip (self->store, self->article_id,
                                    g_array_index (self->link_clip_ids, gint64, index),
                                    COR_RELATION_CITES, &error))
    cor_article_details_show_error (self, error->message);
  gtk_popover_popdown (self->link_clip_popover);
}

/* Public API */

gint64
cor_article_details_add_claim (CorArticleDetails *self)
{
  g_autoptr(CorClaim) claim = cor_claim_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  g_return_val_if_fail (COR_IS_ARTICLE_DETAILS (self), 0);

  if (self->store == NULL || self->article_id == 0)
    return 0;

  cor_claim_set_article_id (claim, self->article_id);
  cor_claim_set_text (claim, _("New claim"));
  if (!cor_store_add_claim (self->store, claim, &error))
    {
      cor_article_details_show_error (self, error->message);
      return 0;
    }

  row = cor_article_details_get_claim_row (self, cor_claim_get_id (claim));
  if (row != NULL)
    cor_claim_row_focus_text (COR_CLAIM_ROW (row));

  return cor_claim_get_id (claim);
}

GtkWidget *
cor_article_details_get_claim_row (CorArticleDetails *self,
                                   gint64             claim_id)
{
  g_return_val_if_fail (COR_IS_ARTICLE_DETAILS (self), NULL);

  for (guint i = 0; i < self->claim_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->claim_rows, i);

      if (cor_claim_row_get_claim_id (COR_CLAIM_ROW (row)) == claim_id)
        return row;
    }

  return NULL;
}
