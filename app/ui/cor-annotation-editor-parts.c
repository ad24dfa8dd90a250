/* cor-annotation-editor-parts.c — the editor's field widgets, linked articles and stills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-annotation-editor-private.h"
#include "cor-popover-focus.h"
#include "cor-ui-format.h"
#include "cor-time.h"

/* The relations an observation can have with an article, in the dropdown's order */
static const CorRelation relations[] = {
  COR_RELATION_REPORTED_BY,
  COR_RELATION_SUPPORTS,
  COR_RELATION_CONTRADICTS,
};

/* A row's article or still, for its callbacks */
typedef struct
{
  CorAnnotationEditor *self;
  gint64               id;
} RowTarget;

static RowTarget *
row_target_new (CorAnnotationEditor *self,
                gint64               id)
{
  RowTarget *target = g_new0 (RowTarget, 1);

  target->self = self;
  target->id = id;
  return target;
}

static void
row_target_free (gpointer  data,
                 GClosure *closure)
{
  g_free (data);
}

/* ------------------------------------------------------------------ field widgets */

static char *
without_mnemonic (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (plain, *p);
  return g_string_free (plain, FALSE);
}

/* Adds "label  widget" to @grid, with a message line under it when @with_message */
static void
add_row (CorAnnotationEditor *self,
         GtkGrid             *grid,
         CorEditorField       field,
         const char          *mnemonic,
         GtkWidget           *widget,
         GtkWidget           *shown,
         gboolean             with_message)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  g_autofree char *name = without_mnemonic (mnemonic);
  int row = 0;

  /* the next free row */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int top, height;

      gtk_grid_query_child (grid, child, NULL, &top, NULL, &height);
      row = MAX (row, top + height);
    }

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_valign (label, cor_annotation_editor_is_text_view (field) ?
                                GTK_ALIGN_START : GTK_ALIGN_CENTER);
  if (cor_annotation_editor_is_text_view (field))
    gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_size_group_add_widget (self->label_size_group, label);
  gtk_widget_set_hexpand (shown, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, shown, 1, row, 1, 1);

  if (with_message)
    {
      GtkWidget *message = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (message), 0.0);
      gtk_label_set_wrap (GTK_LABEL (message), TRUE);
      gtk_widget_add_css_class (message, "error");
      gtk_widget_add_css_class (message, "caption");
      gtk_widget_set_visible (message, FALSE);
      gtk_grid_attach (grid, message, 1, row + 1, 1, 1);
      self->messages[field] = GTK_LABEL (message);
    }

  self->fields[field] = widget;
  cor_annotation_editor_connect_field (self, field);
}

static void
add_entry (CorAnnotationEditor *self,
           GtkGrid             *grid,
           CorEditorField       field,
           const char          *mnemonic,
           const char          *placeholder,
           gboolean             with_message)
{
  GtkWidget *entry = gtk_entry_new ();

  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  add_row (self, grid, field, mnemonic, entry, entry, with_message);
}

static void
add_text_view (CorAnnotationEditor *self,
               GtkGrid             *grid,
               CorEditorField       field,
               const char          *mnemonic)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 64);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  gtk_widget_add_css_class (frame, "cor-text-field");
  add_row (self, grid, field, mnemonic, view, frame, FALSE);
}

static void
set_completion (GtkWidget *entry)
{
  GtkEntryCompletion *completion = gtk_entry_completion_new ();

  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_completion_set_popup_single_match (completion, TRUE);
  gtk_entry_set_completion (GTK_ENTRY (entry), completion);
  g_object_unref (completion);
}

/* Places match their name or any other spelling, anywhere in it */
static gboolean
place_match_cb (GtkEntryCompletion *completion,
                const char         *key,
                GtkTreeIter        *iter,
                gpointer            user_data)
{
  g_autofree char *haystack = NULL;

  gtk_tree_model_get (gtk_entry_completion_get_model (completion), iter, 1, &haystack, -1);
  return haystack != NULL && key[0] != '\0' && strstr (haystack, key) != NULL;
}

static GtkWidget *
language_dropdown (CorAnnotationEditor *self)
{
  g_autoptr(GPtrArray) languages = cor_store_list_languages (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkExpression *expression;
  GtkWidget *dropdown;

  for (guint i = 0; i < languages->len; i++)
    {
      const CorTerm *term = g_ptr_array_index (languages, i);
      g_autofree char *label = cor_ui_format_language (term->code, term->name);

      gtk_string_list_append (names, label);
      g_ptr_array_add (self->language_codes, g_strdup (term->code));
      g_hash_table_insert (self->language_index,
                           g_ptr_array_index (self->language_codes, i),
                           GUINT_TO_POINTER (i + 1));
    }

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  return dropdown;
}

static GtkWidget *
confidence_dropdown (void)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  for (int level = COR_CONFIDENCE_UNASSESSED; level <= COR_CONFIDENCE_LAST; level++)
    {
      /* TRANSLATORS: a level of the confidence scale and its number, "High (4)" */
      g_autofree char *label = g_strdup_printf (_("%s (%d)"),
                                                cor_confidence_to_label ((CorConfidence) level),
                                                level);
      gtk_string_list_append (levels, label);
    }

  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&levels)), NULL);
}

static void
set_completion_model (CorAnnotationEditor *self,
                      CorEditorField       field,
                      GtkTreeModel        *model)
{
  GtkEntry *entry = GTK_ENTRY (self->fields[field]);

  gtk_entry_completion_set_model (gtk_entry_get_completion (entry), model);
}

void
cor_annotation_editor_update_completions (CorAnnotationEditor *self)
{
  g_autoptr(GPtrArray) makers = cor_store_list_makers (self->store);
  g_autoptr(GPtrArray) places = cor_store_list_places (self->store);
  g_auto(GStrv) tags = cor_store_list_tags (self->store);
  g_autoptr(GtkListStore) maker_model = gtk_list_store_new (1, G_TYPE_STRING);
  g_autoptr(GtkListStore) place_model = gtk_list_store_new (2, G_TYPE_STRING, G_TYPE_STRING);
  g_autoptr(GtkListStore) tag_model = gtk_list_store_new (1, G_TYPE_STRING);

  for (guint i = 0; i < makers->len; i++)
    gtk_list_store_insert_with_values (maker_model, NULL, -1,
                                       0, ((CorTerm *) g_ptr_array_index (makers, i))->name, -1);
  for (guint i = 0; i < places->len; i++)
    {
      const CorPlace *place = g_ptr_array_index (places, i);
      g_autofree char *all = g_strconcat (place->name, ", ", place->alt_names, NULL);
      g_autofree char *normalized = g_utf8_normalize (all, -1, G_NORMALIZE_ALL);
      g_autofree char *folded = g_utf8_casefold (normalized, -1);

      gtk_list_store_insert_with_values (place_model, NULL, -1, 0, place->name, 1, folded, -1);
    }
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    gtk_list_store_insert_with_values (tag_model, NULL, -1, 0, tags[i], -1);

  set_completion_model (self, COR_EDITOR_FIELD_MAKER, GTK_TREE_MODEL (maker_model));
  set_completion_model (self, COR_EDITOR_FIELD_PLACE, GTK_TREE_MODEL (place_model));
  set_completion_model (self, COR_EDITOR_FIELD_TAGS, GTK_TREE_MODEL (tag_model));
}

void
cor_annotation_editor_build_fields (CorAnnotationEditor *self)
{
  GtkWidget *spin;
  GtkWidget *box;
  GtkWidget *unit;
  GtkWidget *hint;
  GtkWidget *entry;
  GtkWidget *dropdown;
  GtkWidget *dms;

  GtkWidget *placeholder = gtk_label_new (_("No article is linked yet."));

  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->links_list, placeholder);
  self->label_size_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  add_entry (self, self->time_grid, COR_EDITOR_FIELD_START, _("_Start"), _("00:00:00.000"), TRUE);
  add_entry (self, self->time_grid, COR_EDITOR_FIELD_END, _("_End"),
             _("None: a point in time"), TRUE);

  dropdown = language_dropdown (self);
  add_row (self, self->language_grid, COR_EDITOR_FIELD_LANGUAGE, _("_Language"),
           dropdown, dropdown, FALSE);
  add_entry (self, self->language_grid, COR_EDITOR_FIELD_DIALECT, _("_Dialect"),
             _("northern accent, Hamgyong dialect…"), FALSE);
  add_entry (self, self->language_grid, COR_EDITOR_FIELD_SPEAKER, _("Spea_ker"), NULL, FALSE);
  add_text_view (self, self->language_grid, COR_EDITOR_FIELD_TRANSCRIPT, _("_Transcript"));
  add_text_view (self, self->language_grid, COR_EDITOR_FIELD_TRANSLATION, _("T_ranslation"));
  add_entry (self, self->language_grid, COR_EDITOR_FIELD_TRANSLATED_BY, _("Translated _by"),
             NULL, FALSE);

  entry = gtk_entry_new ();
  set_completion (entry);
  add_row (self, self->uniform_grid, COR_EDITOR_FIELD_MAKER, _("_Maker"), entry, entry, FALSE);
  add_entry (self, self->uniform_grid, COR_EDITOR_FIELD_ITEM, _("_Item"),
             _("jacket, helmet, rifle…"), FALSE);
  add_entry (self, self->uniform_grid, COR_EDITOR_FIELD_MARKINGS, _("Mar_kings"), NULL, FALSE);

  entry = gtk_entry_new ();
  set_completion (entry);
  gtk_entry_completion_set_match_func (gtk_entry_get_completion (GTK_ENTRY (entry)),
                                       place_match_cb, NULL, NULL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Type to search the gazetteer"));
  add_row (self, self->location_grid, COR_EDITOR_FIELD_PLACE, _("_Place"), entry, entry, FALSE);
  add_entry (self, self->location_grid, COR_EDITOR_FIELD_COORDINATES, _("_Coordinates"),
             _("43.70, 131.87 or 43°42′N 131°52′E"), TRUE);
  dms = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (dms), 0.0);
  gtk_label_set_selectable (GTK_LABEL (dms), TRUE);
  gtk_widget_add_css_class (dms, "dim-label");
  gtk_widget_add_css_class (dms, "caption");
  gtk_grid_attach (self->location_grid, dms, 1, 3, 1, 1);
  self->coordinates_dms_label = GTK_LABEL (dms);

  spin = gtk_spin_button_new_with_range (0, 20000000, 10);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
  gtk_widget_set_hexpand (spin, TRUE);
  unit = gtk_label_new (_("metres"));
  gtk_widget_add_css_class (unit, "dim-label");
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), unit);
  add_row (self, self->location_grid, COR_EDITOR_FIELD_PRECISION, _("P_recision radius"), spin, box,
           FALSE);
  add_entry (self, self->location_grid, COR_EDITOR_FIELD_METHOD, _("Met_hod"),
             _("landmarks matched on satellite imagery…"), FALSE);
  add_entry (self, self->location_grid, COR_EDITOR_FIELD_GEOLOCATED_BY, _("_Geolocated by"),
             NULL, FALSE);

  dropdown = confidence_dropdown ();
  add_row (self, self->common_grid, COR_EDITOR_FIELD_CONFIDENCE, _("C_onfidence"),
           dropdown, dropdown, FALSE);
  hint = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_grid_attach (self->common_grid, hint, 1, 1, 1, 1);
  self->confidence_hint = GTK_LABEL (hint);
  add_entry (self, self->common_grid, COR_EDITOR_FIELD_ANALYST, _("_Analyst"),
             cor_store_get_analyst (self->store), FALSE);
  add_text_view (self, self->common_grid, COR_EDITOR_FIELD_NOTE, _("_Note"));
  entry = gtk_entry_new ();
  set_completion (entry);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Comma-separated"));
  add_row (self, self->common_grid, COR_EDITOR_FIELD_TAGS, _("Ta_gs"), entry, entry, FALSE);

  cor_annotation_editor_update_completions (self);

  g_signal_connect_swapped (gtk_menu_button_get_popover (self->add_link_button), "show",
                            G_CALLBACK (cor_annotation_editor_update_link_candidates), self);
  cor_popover_focus_on_open (gtk_menu_button_get_popover (self->add_link_button));
}

/* ------------------------------------------------------------------ linked articles */

static char *
article_title (CorStore *store,
               gint64    article_id)
{
  g_autoptr(CorArticle) article = cor_store_get_article (store, article_id, NULL);
  const char *title = article != NULL ? cor_article_get_title (article) : NULL;

  if (title == NULL || title[0] == '\0')
    title = article != NULL ? cor_article_get_url (article) : NULL;
  return g_strdup (title != NULL && title[0] != '\0' ? title : _("Untitled article"));
}

static CorRelation
current_relation (CorAnnotationEditor *self,
                  gint64               article_id)
{
  g_autoptr(GArray) links = cor_store_get_annotation_articles (self->store, self->annotation_id);

  for (guint i = 0; links != NULL && i < links->len; i++)
    if (g_array_index (links, CorLink, i).id == article_id)
      return g_array_index (links, CorLink, i).relation;
  return 0;
}

void
cor_annotation_editor_link_article (CorAnnotationEditor *self,
                                    gint64               article_id)
{
  g_autoptr(GError) error = NULL;
  CorRelation old = current_relation (self, article_id);

  if (!cor_store_link_annotation_article (self->store, self->annotation_id, article_id,
                                          COR_RELATION_REPORTED_BY, &error))
    {
      cor_annotation_editor_show_message (self, error->message);
      return;
    }
  cor_undo_stack_push_link_annotation_article (self->undo, self->annotation_id, article_id, old,
                                               COR_RELATION_REPORTED_BY, _("Link article"));
}

void
cor_annotation_editor_unlink_article (CorAnnotationEditor *self,
                                      gint64               article_id)
{
  g_autoptr(GError) error = NULL;
  CorRelation old = current_relation (self, article_id);

  if (old == 0)
    return;
  if (!cor_store_unlink_annotation_article (self->store, self->annotation_id, article_id, &error))
    {
      cor_annotation_editor_show_message (self, error->message);
      return;
    }
  cor_undo_stack_push_link_annotation_article (self->undo, self->annotation_id, article_id, old,
                                               0, _("Unlink article"));
}

void
cor_annotation_editor_set_relation (CorAnnotationEditor *self,
                                    gint64               article_id,
                                    CorRelation          relation)
{
  g_autoptr(GError) error = NULL;
  CorRelation old = current_relation (self, article_id);

  if (old == relation)
    return;
  if (!cor_store_link_annotation_article (self->store, self->annotation_id, article_id,
                                          relation, &error))
    {
      cor_annotation_editor_show_message (self, error->message);
      return;
    }
  cor_undo_stack_push_link_annotation_article (self->undo, self->annotation_id, article_id, old,
                                               relation, _("Change relation"));
}

static void
relation_selected_cb (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      RowTarget   *target)
{
  guint index = gtk_drop_down_get_selected (dropdown);

  if (index < G_N_ELEMENTS (relations) && target->self->updating == 0)
    cor_annotation_editor_set_relation (target->self, target->id, relations[index]);
}

static void
unlink_clicked_cb (GtkButton *button,
                   RowTarget *target)
{
  cor_annotation_editor_unlink_article (target->self, target->id);
}

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  /* rows only: a list box's placeholder is a child too */
  if (GTK_IS_LIST_BOX (container))
    {
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (container), 0)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (container), GTK_WIDGET (row));
      return;
    }

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_widget_unparent (child);
    }
}

static GtkWidget *
link_row (CorAnnotationEditor *self,
          const CorLink       *link)
{
  g_autofree char *title = article_title (self->store, link->id);
  g_autofree char *remove_name = g_strdup_printf (_("Remove the link to “%s”"), title);
  g_autofree char *relation_name = g_strdup_printf (_("How “%s” relates to the observation"),
                                                    title);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *dropdown;
  GtkWidget *remove;

  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    gtk_string_list_append (labels, cor_relation_to_label (relations[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    if (relations[i] == link->relation)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  relation_name, -1);
  g_signal_connect_data (dropdown, "notify::selected", G_CALLBACK (relation_selected_cb),
                         row_target_new (self, link->id), row_target_free, 0);

  remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove link"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (unlink_clicked_cb),
                         row_target_new (self, link->id), row_target_free, 0);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, title);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), remove);
  return box;
}

void
cor_annotation_editor_update_links (CorAnnotationEditor *self)
{
  g_autoptr(GArray) links = NULL;

  clear_container (GTK_WIDGET (self->links_list));
  g_array_set_size (self->link_ids, 0);
  if (self->annotation == NULL)
    return;

  links = cor_store_get_annotation_articles (self->store, self->annotation_id);
  self->updating++;
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), link_row (self, link));
      gtk_list_box_append (self->links_list, row);
      g_array_append_val (self->link_ids, link->id);
    }
  self->updating--;
}

void
cor_annotation_editor_update_link_candidates (CorAnnotationEditor *self)
{
  GListModel *articles = cor_store_get_articles (self->store);

  clear_container (GTK_WIDGET (self->add_link_list));
  g_array_set_size (self->candidate_ids, 0);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(CorArticle) article = g_list_model_get_item (articles, i);
      gint64 id = cor_article_get_id (article);
      g_autofree char *title = NULL;
      GtkWidget *label;
      gboolean linked = FALSE;

      for (guint j = 0; j < self->link_ids->len && !linked; j++)
        linked = g_array_index (self->link_ids, gint64, j) == id;
      if (linked)
        continue;

      title = article_title (self->store, id);
      label = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_list_box_append (self->add_link_list, label);
      g_array_append_val (self->candidate_ids, id);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->add_link_list), self->candidate_ids->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->add_link_empty_label), self->candidate_ids->len == 0);
}

/* ------------------------------------------------------------------ stills */

void
cor_annotation_editor_remove_still (CorAnnotationEditor *self,
                                    gint64               snapshot_id)
{
  g_autoptr(GError) error = NULL;

  if (!cor_undo_stack_delete_snapshot (self->undo, snapshot_id, NULL, &error))
    cor_annotation_editor_show_message (self, error->message);
}

static void
remove_still_clicked_cb (GtkButton *button,
                         RowTarget *target)
{
  cor_annotation_editor_remove_still (target->self, target->id);
}

static GtkWidget *
still_tile (CorAnnotationEditor *self,
            CorSnapshot         *snapshot)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = cor_store_load_snapshot_png (self->store,
                                                       cor_snapshot_get_id (snapshot), &error);
  g_autoptr(GdkTexture) texture = png != NULL ? gdk_texture_new_from_bytes (png, &error) : NULL;
  g_autofree char *time = cor_time_format (cor_snapshot_get_position_ns (snapshot));
  g_autofree char *still_name = g_strdup_printf (_("Still at %s"), time);
  g_autofree char *remove_name = g_strdup_printf (_("Remove the still at %s"), time);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *picture;
  GtkWidget *remove;
  GtkWidget *caption;

  if (texture != NULL)
    picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
  else
    picture = gtk_image_new_from_icon_name ("image-missing-symbolic");
  gtk_widget_set_size_request (picture, 128, 72);
  if (GTK_IS_PICTURE (picture))
    gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  still_name, -1);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), picture);

  remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (remove, "osd");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_valign (remove, GTK_ALIGN_START);
  gtk_widget_set_margin_top (remove, 4);
  gtk_widget_set_margin_end (remove, 4);
  gtk_widget_set_tooltip_text (remove, _("Remove still"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_still_clicked_cb),
                         row_target_new (self, cor_snapshot_get_id (snapshot)),
                         row_target_free, 0);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), remove);

  caption = gtk_label_new (time);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "numeric");
  gtk_box_append (GTK_BOX (box), overlay);
  gtk_box_append (GTK_BOX (box), caption);
  /* as wide as the picture, so the remove button sits on its corner */
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  return box;
}

static void
stills_changed_cb (CorAnnotationEditor *self)
{
  cor_annotation_editor_update_stills (self);
}

void
cor_annotation_editor_update_stills (CorAnnotationEditor *self)
{
  guint n;

  clear_container (GTK_WIDGET (self->stills_box));

  if (self->stills == NULL && self->annotation_id > 0 && self->annotation != NULL)
    {
      self->stills = cor_store_list_snapshots (self->store, self->annotation_id);
      g_signal_connect_object (self->stills, "items-changed", G_CALLBACK (stills_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  n = self->stills != NULL && self->annotation != NULL ? g_list_model_get_n_items (self->stills)
                                                       : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorSnapshot) snapshot = g_list_model_get_item (self->stills, i);

      gtk_flow_box_append (self->stills_box, still_tile (self, snapshot));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->stills_box), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->stills_empty_label), n == 0);
}
