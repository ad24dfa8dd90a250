/* cor-article-details.c — the article page: its fields, claims, clips and observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field commits alone: read the article back from the store, change one field,
 * cor_store_update_article(); unchanged values write nothing (no audit noise). A
 * refresh after a store change leaves the field being typed in alone. Claims are
 * CorClaimRows, updated in place on a claim's update and rebuilt (keeping which were
 * expanded) when claims come or go.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-article-details.h"
#include "cor-claim-row.h"
#include "cor-observation-filter.h"
#include "cor-ui-format.h"

#define RELIABILITY_CODES "ABCDEF"

typedef enum
{
  ROW_CLIP,
  ROW_OBSERVATION,
} RowKind;

/* A clip or observation row and what activating it opens */
typedef struct
{
  GtkWidget *row;
  GtkWidget *relation;   /* clips: Cites/Disputes dropdown */
  GtkWidget *remove;     /* clips: unlink button */
  RowKind    kind;
  gint64     clip_id;
  gint64     annotation_id;
  gint64     start_ns;
} LinkRow;

struct _CorArticleDetails
{
  AdwBin               parent_instance;

  CorStore            *store;
  gint64               article_id;
  GPtrArray           *claim_rows;     /* CorClaimRow, borrowed from the group */
  GPtrArray           *link_rows;      /* LinkRow */
  GArray              *link_clip_ids;  /* the clip of each row of the link popover */
  GStrv                language_codes; /* [0] "" is "not given" */
  gboolean             syncing;

  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *article_group;
  GtkWidget           *open_button;
  AdwEntryRow         *title_row;
  AdwEntryRow         *url_row;
  AdwEntryRow         *outlet_row;
  AdwEntryRow         *author_row;
  AdwEntryRow         *published_row;
  GtkDropDown         *language_dropdown;
  AdwComboRow         *reliability_row;
  AdwEntryRow         *archived_row;
  GtkWidget           *open_archived_button;
  GtkTextView         *summary_view;
  GtkTextView         *notes_view;
  AdwPreferencesGroup *claims_group;
  AdwPreferencesGroup *clips_group;
  GtkPopover          *link_clip_popover;
  GtkListBox          *link_clip_list;
  AdwPreferencesGroup *observations_group;
};

G_DEFINE_FINAL_TYPE (CorArticleDetails, cor_article_details, ADW_TYPE_BIN)

enum {
  CLIP_ACTIVATED,
  ACTIVATED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void commit_entry (CorArticleDetails *self, AdwEntryRow *row);

/* Helpers */

static gboolean
is_web_url (const char *url)
{
  g_autofree char *scheme = url != NULL ? g_uri_parse_scheme (url) : NULL;

  return scheme != NULL
         && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

static void
show_error (CorArticleDetails *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
text_view_dup_value (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_strstrip (text)[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
text_view_show_value (GtkTextView *view,
                      const char  *value)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *current = text_view_dup_value (view);

  if (gtk_widget_has_focus (GTK_WIDGET (view)) || g_strcmp0 (current, value) == 0)
    return;

  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
}

static void
update_language_choices (CorArticleDetails *self,
                         const char        *current)
{
  g_autoptr(GPtrArray) terms = cor_store_list_languages (self->store);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gboolean found = current == NULL || current[0] == '\0';
  guint selected = 0;

  g_strv_builder_add (codes, "");
  gtk_string_list_append (labels, _("Not given"));
  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      const CorTerm *term = g_ptr_array_index (terms, i);
      /* TRANSLATORS: a language name and its ISO 639 code: "Korean (ko)" */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), term->name, term->code);

      g_strv_builder_add (codes, term->code);
      gtk_string_list_append (labels, label);
      if (!found && g_ascii_strcasecmp (term->code, current) == 0)
        {
          found = TRUE;
          selected = i + 1;
        }
    }
  if (!found)
    {
      selected = g_list_model_get_n_items (G_LIST_MODEL (labels));
      g_strv_builder_add (codes, current);
      gtk_string_list_append (labels, current);
    }

  g_strfreev (self->language_codes);
  self->language_codes = g_strv_builder_end (codes);
  gtk_drop_down_set_expression (self->language_dropdown, expression);
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->language_dropdown, selected);
}

static void
update_fields (CorArticleDetails *self,
               CorArticle        *article)
{
  const char *title = cor_article_get_title (article);
  const char *reliability = cor_article_get_reliability (article);
  const char *found;

  self->syncing = TRUE;

  adw_preferences_group_set_title (self->article_group,
                                   title != NULL && title[0] != '\0' ? title : _("Untitled article"));
  cor_entry_row_show_value (self->title_row, title);
  cor_entry_row_show_value (self->url_row, cor_article_get_url (article));
  cor_entry_row_show_value (self->outlet_row, cor_article_get_outlet (article));
  cor_entry_row_show_value (self->author_row, cor_article_get_author (article));
  cor_entry_row_show_value (self->published_row, cor_article_get_published (article));
  cor_entry_row_show_value (self->archived_row, cor_article_get_archived_url (article));
  text_view_show_value (self->summary_view, cor_article_get_summary (article));
  text_view_show_value (self->notes_view, cor_article_get_notes (article));

  update_language_choices (self, cor_article_get_language (article));

  found = reliability != NULL && reliability[0] != '\0'
          ? strchr (RELIABILITY_CODES, g_ascii_toupper (reliability[0])) : NULL;
  adw_combo_row_set_selected (self->reliability_row,
                              found != NULL ? (guint) (found - RELIABILITY_CODES) + 1 : 0);

  gtk_widget_set_visible (self->open_button, is_web_url (cor_article_get_url (article)));
  gtk_widget_set_visible (self->open_archived_button,
                          is_web_url (cor_article_get_archived_url (article)));

  self->syncing = FALSE;
}

/* Writes @article back; reports a refusal inline */
static gboolean
save (CorArticleDetails *self,
      CorArticle        *article)
{
  g_autoptr(GError) error = NULL;

  if (!cor_store_update_article (self->store, article, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);

  return TRUE;
}

static CorArticle *
load (CorArticleDetails *self)
{
  if (self->store == NULL || self->article_id == 0 || self->syncing)
    return NULL;

  return cor_store_get_article (self->store, self->article_id, NULL);
}

static void
commit_text_view (CorArticleDetails *self,
                  GtkTextView       *view)
{
  g_autoptr(CorArticle) article = load (self);
  g_autofree char *value = text_view_dup_value (view);
  gboolean summary = view == self->summary_view;

  if (article == NULL)
    return;

  if (g_strcmp0 (summary ? cor_article_get_summary (article) : cor_article_get_notes (article),
                 value) == 0)
    return;

  if (summary)
    cor_article_set_summary (article, value);
  else
    cor_article_set_notes (article, value);
  save (self, article);
}

static void
commit_pending (CorArticleDetails *self)
{
  AdwEntryRow *rows[] = { self->title_row, self->url_row, self->outlet_row, self->author_row,
                          self->published_row, self->archived_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    commit_entry (self, rows[i]);
  commit_text_view (self, self->summary_view);
  commit_text_view (self, self->notes_view);
}

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
    g_signal_emit (self, signals[CLIP_ACTIVATED], 0, item->clip_id);
  else
    g_signal_emit (self, signals[ACTIVATED], 0, item->clip_id, item->annotation_id, item->start_ns);
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
    show_error (self, error->message);
}

static void
clip_remove_clicked_cb (CorArticleDetails *self,
                        GtkButton         *button)
{
  LinkRow *item = find_link_row (self, GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (item != NULL
      && !cor_store_unlink_article_clip (self->store, self->article_id, item->clip_id, &error))
    show_error (self, error->message);
}

static void
update_clips (CorArticleDetails *self)
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
      gtk_drop_down_set_selected (GTK_DROP_DOWN (item->relation),
                                  link->relation == COR_RELATION_DISPUTES ? 1 : 0);
      g_signal_connect_object (item->relation, "notify::selected",
                               G_CALLBACK (clip_relation_changed_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), item->relation);

      item->remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_valign (item->remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (item->remove, _("Unlink This Clip"));
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

static void
update_observations (CorArticleDetails *self)
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
  g_signal_emit (self, signals[ACTIVATED], 0, clip_id, annotation_id, start_ns);
}

static void
claim_error_cb (CorArticleDetails *self,
                const char        *message,
                CorClaimRow       *row)
{
  show_error (self, message);
}

static void
rebuild_claims (CorArticleDetails *self)
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

static void
refresh_claim_rows (CorArticleDetails *self)
{
  for (guint i = 0; i < self->claim_rows->len; i++)
    cor_claim_row_refresh (g_ptr_array_index (self->claim_rows, i));
}

static void
update (CorArticleDetails *self)
{
  g_autoptr(CorArticle) article = NULL;

  if (self->store != NULL && self->article_id != 0)
    article = cor_store_get_article (self->store, self->article_id, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->page), article != NULL);
  if (article == NULL)
    {
      self->article_id = 0;
      return;
    }

  update_fields (self, article);
  rebuild_claims (self);
  update_clips (self);
  update_observations (self);
}

/* Callbacks */

static void
commit_entry (CorArticleDetails *self,
              AdwEntryRow       *row)
{
  g_autoptr(CorArticle) article = load (self);
  g_autofree char *value = cor_entry_row_dup_value (row);
  const char *current;
  void (*setter) (CorArticle *, const char *);

  if (article == NULL)
    return;

  if (row == self->title_row)
    current = cor_article_get_title (article), setter = cor_article_set_title;
  else if (row == self->url_row)
    current = cor_article_get_url (article), setter = cor_article_set_url;
  else if (row == self->outlet_row)
    current = cor_article_get_outlet (article), setter = cor_article_set_outlet;
  else if (row == self->author_row)
    current = cor_article_get_author (article), setter = cor_article_set_author;
  else if (row == self->published_row)
    current = cor_article_get_published (article), setter = cor_article_set_published;
  else
    current = cor_article_get_archived_url (article), setter = cor_article_set_archived_url;

  if (g_strcmp0 (current != NULL && current[0] != '\0' ? current : NULL, value) == 0)
    return;

  setter (article, value);
  if (save (self, article))
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
text_view_leave_cb (GtkEventControllerFocus *controller,
                    CorArticleDetails       *self)
{
  commit_text_view (self, GTK_TEXT_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
language_changed_cb (CorArticleDetails *self)
{
  g_autoptr(CorArticle) article = load (self);
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);
  const char *code;

  if (article == NULL || self->language_codes == NULL
      || selected >= g_strv_length (self->language_codes))
    return;

  code = self->language_codes[selected];
  if (g_strcmp0 (cor_article_get_language (article), code[0] != '\0' ? code : NULL) == 0)
    return;

  cor_article_set_language (article, code[0] != '\0' ? code : NULL);
  save (self, article);
}

static void
reliability_changed_cb (CorArticleDetails *self)
{
  g_autoptr(CorArticle) article = load (self);
  guint selected = adw_combo_row_get_selected (self->reliability_row);
  char code[2] = { 0, 0 };

  if (article == NULL || selected == GTK_INVALID_LIST_POSITION || selected > 6)
    return;

  code[0] = selected > 0 ? RELIABILITY_CODES[selected - 1] : '\0';
  if (g_strcmp0 (cor_article_get_reliability (article), selected > 0 ? code : NULL) == 0)
    return;

  cor_article_set_reliability (article, selected > 0 ? code : NULL);
  save (self, article);
}

static void
open_uri (CorArticleDetails *self,
          AdwEntryRow       *row)
{
  g_autofree char *url = cor_entry_row_dup_value (row);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (is_web_url (url))
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
open_clicked_cb (CorArticleDetails *self)
{
  open_uri (self, self->url_row);
}

static void
open_archived_clicked_cb (CorArticleDetails *self)
{
  open_uri (self, self->archived_row);
}

static void
delete_response_cb (CorArticleDetails *self,
                    const char        *response,
                    AdwMessageDialog  *dialog)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->article_id;

  if (g_strcmp0 (response, "delete") != 0 || self->store == NULL || id == 0)
    return;

  if (!cor_store_delete_article (self->store, id, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[DELETED], 0, id);
}

static void
delete_clicked_cb (CorArticleDetails *self)
{
  cor_article_details_delete (self);
}

static void
add_claim_clicked_cb (CorArticleDetails *self)
{
  cor_article_details_add_claim (self);
}

static void
link_clip_popover_show_cb (CorArticleDetails *self)
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

static void
link_clip_activated_cb (CorArticleDetails *self,
                        GtkListBoxRow     *row)
{
  guint index = (guint) gtk_list_box_row_get_index (row);
  g_autoptr(GError) error = NULL;

  if (index >= self->link_clip_ids->len)
    return;

  if (!cor_store_link_article_clip (self->store, self->article_id,
                                    g_array_index (self->link_clip_ids, gint64, index),
                                    COR_RELATION_CITES, &error))
    show_error (self, error->message);
  gtk_popover_popdown (self->link_clip_popover);
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

  if (g_strcmp0 (table, "articles") == 0)
    {
      if (id == self->article_id || change == COR_STORE_CHANGE_RESET)
        update (self);
    }
  else if (g_strcmp0 (table, "claims") == 0)
    {
      GtkWidget *row = change == COR_STORE_CHANGE_UPDATE
                       ? cor_article_details_get_claim_row (self, id) : NULL;

      if (row != NULL)
        cor_claim_row_refresh (COR_CLAIM_ROW (row));
      else
        rebuild_claims (self);
    }
  else if (g_strcmp0 (table, "claim_annotations") == 0)
    refresh_claim_rows (self);
  else if (g_strcmp0 (table, "annotations") == 0 || g_strcmp0 (table, "clips") == 0)
    {
      refresh_claim_rows (self);
      update_observations (self);
      if (g_strcmp0 (table, "clips") == 0)
        update_clips (self);
    }
  else if (g_strcmp0 (table, "annotation_articles") == 0)
    update_observations (self);
  else if (g_strcmp0 (table, "article_clips") == 0)
    update_clips (self);
}

/* GObject overrides */

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
  g_clear_pointer (&self->link_rows, g_ptr_array_unref);
  g_clear_pointer (&self->link_clip_ids, g_array_unref);
  g_clear_pointer (&self->language_codes, g_strfreev);

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
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);
  signals[DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-article-details.ui");
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, error_label);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, page);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, article_group);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, open_button);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, url_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, outlet_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, author_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, published_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, reliability_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, archived_row);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, open_archived_button);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, summary_view);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, claims_group);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, clips_group);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, link_clip_popover);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, link_clip_list);
  gtk_widget_class_bind_template_child (widget_class, CorArticleDetails, observations_group);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_archived_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_claim_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_clip_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_clip_activated_cb);
}

static void
cor_article_details_init (CorArticleDetails *self)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  AdwEntryRow *rows[6];
  GtkTextView *views[2];

  self->claim_rows = g_ptr_array_new ();
  self->link_rows = g_ptr_array_new_with_free_func (g_free);
  self->link_clip_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (grades, _("Not assessed"));
  for (const char *code = RELIABILITY_CODES; *code != '\0'; code++)
    {
      char grade[2] = { *code, '\0' };
      g_autofree char *label = cor_ui_format_reliability (grade);

      gtk_string_list_append (grades, label);
    }
  adw_combo_row_set_model (self->reliability_row, G_LIST_MODEL (grades));
  g_signal_connect_object (self->reliability_row, "notify::selected",
                           G_CALLBACK (reliability_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->language_dropdown, "notify::selected",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);

  rows[0] = self->title_row;
  rows[1] = self->url_row;
  rows[2] = self->outlet_row;
  rows[3] = self->author_row;
  rows[4] = self->published_row;
  rows[5] = self->archived_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    cor_entry_row_connect_commit (rows[i], G_CALLBACK (commit_entry), self);

  views[0] = self->summary_view;
  views[1] = self->notes_view;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (text_view_leave_cb), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (views[i]), focus);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->page), FALSE);
}

/* Public API */

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

  if (self->store == store && self->article_id == article_id && article_id != 0)
    return;

  if (self->store != NULL && self->article_id != 0)
    commit_pending (self);
  show_error (self, NULL);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  /* a new article's fields are shown even where the focus is */
  self->article_id = store != NULL ? article_id : 0;
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->outlet_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->author_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->published_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->archived_row), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_view), "", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), "", -1);
  self->syncing = FALSE;

  update (self);
}

gint64
cor_article_details_get_article_id (CorArticleDetails *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE_DETAILS (self), 0);

  return self->article_id;
}

gint64
cor_article_details_new_article (CorArticleDetails  *self,
                                 CorStore           *store,
                                 GError            **error)
{
  g_autoptr(CorArticle) article = cor_article_new ();

  g_return_val_if_fail (COR_IS_ARTICLE_DETAILS (self), 0);
  g_return_val_if_fail (COR_IS_STORE (store), 0);

  cor_article_set_title (article, _("Untitled article"));
  if (!cor_store_add_article (store, article, error))
    return 0;

  cor_article_details_show (self, store, cor_article_get_id (article));
  cor_article_details_focus_title (self);

  return cor_article_get_id (article);
}

void
cor_article_details_focus_title (CorArticleDetails *self)
{
  g_return_if_fail (COR_IS_ARTICLE_DETAILS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}

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
      show_error (self, error->message);
      return 0;
    }

  row = cor_article_details_get_claim_row (self, cor_claim_get_id (claim));
  if (row != NULL)
    cor_claim_row_focus_text (COR_CLAIM_ROW (row));

  return cor_claim_get_id (claim);
}

void
cor_article_details_delete (CorArticleDetails *self)
{
  g_autoptr(CorArticle) article = NULL;
  GtkRoot *root;
  GtkWidget *dialog;
  const char *title;

  g_return_if_fail (COR_IS_ARTICLE_DETAILS (self));

  if (self->store == NULL || self->article_id == 0)
    return;

  article = cor_store_get_article (self->store, self->article_id, NULL);
  title = article != NULL ? cor_article_get_title (article) : NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete Article?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s”, its claims and its links to clips and observations "
                                    "are removed from the case. The clips and observations stay."),
                                  title != NULL && title[0] != '\0' ? title : _("Untitled article"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
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
