/* cor-article-details.c — the article page: its fields, claims, clips and observations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The claims and the linked clips and observations are in cor-article-details-links.c.
 *
 * Each field commits alone: read the article back from the store, change one field,
 * cor_store_update_article(); unchanged values write nothing (no audit noise). A
 * refresh after a store change leaves the field being typed in alone. Claims are
 * CorClaimRows, updated in place on a claim's update and rebuilt (keeping which were
 * expanded) when claims come or go.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-article-details-private.h"
#include "cor-claim-row.h"
#include "cor-popover-focus.h"
#include "cor-ui-format.h"

#define RELIABILITY_CODES "ABCDEF"

G_DEFINE_FINAL_TYPE (CorArticleDetails, cor_article_details, ADW_TYPE_BIN)

guint cor_article_details_signals[COR_ARTICLE_DETAILS_N_SIGNALS];

static void commit_entry (CorArticleDetails *self, AdwEntryRow *row);

/* Helpers */

static gboolean
is_web_url (const char *url)
{
  g_autofree char *scheme = url != NULL ? g_uri_parse_scheme (url) : NULL;

  return scheme != NULL
         && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

void
cor_article_details_show_error (CorArticleDetails *self,
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
      g_autofree char *label = cor_ui_format_language (term->code, term->name);

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
      cor_article_details_show_error (self, error->message);
      return FALSE;
    }

  cor_article_details_show_error (self, NULL);

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
  cor_article_details_rebuild_claims (self);
  cor_article_details_update_clips (self);
  cor_article_details_update_observations (self);
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
      cor_article_details_show_error (self, error->message);
      return;
    }

  g_signal_emit (self, cor_article_details_signals[COR_ARTICLE_DETAILS_DELETED], 0, id);
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
        cor_article_details_rebuild_claims (self);
    }
  else if (g_strcmp0 (table, "claim_annotations") == 0)
    cor_article_details_refresh_claim_rows (self);
  else if (g_strcmp0 (table, "annotations") == 0 || g_strcmp0 (table, "clips") == 0)
    {
      cor_article_details_refresh_claim_rows (self);
      cor_article_details_update_observations (self);
      if (g_strcmp0 (table, "clips") == 0)
        cor_article_details_update_clips (self);
    }
  else if (g_strcmp0 (table, "annotation_articles") == 0)
    cor_article_details_update_observations (self);
  else if (g_strcmp0 (table, "article_clips") == 0)
    cor_article_details_update_clips (self);
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

  cor_article_details_signals[COR_ARTICLE_DETAILS_CLIP_ACTIVATED] =
    g_signal_new ("clip-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  cor_article_details_signals[COR_ARTICLE_DETAILS_ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);
  cor_article_details_signals[COR_ARTICLE_DETAILS_DELETED] =
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
  /* the popover's callbacks are in cor-article-details-links.c */
  gtk_widget_class_bind_template_callback_full (
    widget_class, "link_clip_popover_show_cb",
    G_CALLBACK (cor_article_details_link_clip_popover_show_cb));
  gtk_widget_class_bind_template_callback_full (
    widget_class, "link_clip_activated_cb",
    G_CALLBACK (cor_article_details_link_clip_activated_cb));
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
  cor_popover_focus_on_open (self->link_clip_popover);

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
  cor_article_details_show_error (self, NULL);

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

