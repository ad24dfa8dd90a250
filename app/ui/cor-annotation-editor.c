/* cor-annotation-editor.c — the fields of one observation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-annotation-editor-private.h"
#include "cor-geo.h"
#include "cor-time.h"

G_DEFINE_FINAL_TYPE (CorAnnotationEditor, cor_annotation_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_UNDO_STACK,
  PROP_ANNOTATION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ showing the record */

static void
update_coordinates_hint (CorAnnotationEditor *self)
{
  CorAnnotation *a = self->annotation;
  gboolean have = a != NULL && cor_annotation_get_has_coordinates (a);

  if (have)
    {
      g_autofree char *dms = cor_geo_format_dms (cor_annotation_get_latitude (a),
                                                 cor_annotation_get_longitude (a));
      gtk_label_set_text (self->coordinates_dms_label, dms);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->coordinates_dms_label), have);
  gtk_widget_set_sensitive (GTK_WIDGET (self->map_button), have);
}

void
cor_annotation_editor_update_confidence_tooltip (CorAnnotationEditor *self)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (self->fields[COR_EDITOR_FIELD_CONFIDENCE]);
  guint level = gtk_drop_down_get_selected (dropdown);
  const char *meaning = level <= COR_CONFIDENCE_LAST ?
                        cor_confidence_describe ((CorConfidence) level) : NULL;

  /* the scale is documented where it is chosen */
  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), meaning);
  gtk_label_set_text (self->confidence_hint, meaning != NULL ? meaning : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meaning, -1);
}

/* Whether @field should keep what the user is typing rather than show the store */
static gboolean
keep_typed (CorAnnotationEditor *self,
            CorEditorField       field)
{
  GtkWidget *widget = self->fields[field];
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return self->dirty[field] && focus != NULL &&
         (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

void
cor_annotation_editor_show_field (CorAnnotationEditor *self,
            CorEditorField       field)
{
  CorAnnotation *a = self->annotation;
  const char *value = NULL;

  if (keep_typed (self, field))
    return;

  self->dirty[field] = FALSE;
  cor_annotation_editor_set_message (self, field, NULL);

  if (cor_annotation_editor_string_value (field, a, &value))
    {
      cor_annotation_editor_set_field_text (self, field, value);
      return;
    }

  switch (field)
    {
    case COR_EDITOR_FIELD_START:
      {
        g_autofree char *text = cor_time_format (cor_annotation_get_start_ns (a));
        cor_annotation_editor_set_field_text (self, field, text);
      }
      break;
    case COR_EDITOR_FIELD_END:
      {
        g_autofree char *text = cor_annotation_get_end_ns (a) >= 0 ?
                                cor_time_format (cor_annotation_get_end_ns (a)) : NULL;
        cor_annotation_editor_set_field_text (self, field, text);
      }
      break;
    case COR_EDITOR_FIELD_LANGUAGE:
      {
        const char *code = cor_annotation_get_language (a);
        guint position = code != NULL ?
          GPOINTER_TO_UINT (g_hash_table_lookup (self->language_index, code)) : 0;

        self->updating++;
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->fields[field]),
                                    position > 0 ? position - 1 : GTK_INVALID_LIST_POSITION);
        self->updating--;
      }
      break;
    case COR_EDITOR_FIELD_PLACE:
      cor_annotation_editor_set_field_text (self, field, cor_annotation_get_place (a));
      break;
    case COR_EDITOR_FIELD_COORDINATES:
      {
        g_autofree char *text = cor_annotation_get_has_coordinates (a) ?
          cor_geo_format_decimal (cor_annotation_get_latitude (a),
                                  cor_annotation_get_longitude (a)) : NULL;
        cor_annotation_editor_set_field_text (self, field, text);
      }
      break;
    case COR_EDITOR_FIELD_PRECISION:
      self->updating++;
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->fields[field]),
                                 cor_annotation_get_precision_m (a));
      self->updating--;
      break;
    case COR_EDITOR_FIELD_CONFIDENCE:
      self->updating++;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->fields[field]),
                                  (guint) cor_annotation_get_confidence (a));
      self->updating--;
      cor_annotation_editor_update_confidence_tooltip (self);
      break;
    case COR_EDITOR_FIELD_ANALYST:
      cor_annotation_editor_set_field_text (self, field, cor_annotation_get_analyst (a));
      break;
    case COR_EDITOR_FIELD_TAGS:
      {
        g_autofree char *text = g_strjoinv (", ", (char **) cor_annotation_get_tags (a));
        cor_annotation_editor_set_field_text (self, field, text);
      }
      break;
    case COR_EDITOR_FIELD_DIALECT:
    case COR_EDITOR_FIELD_SPEAKER:
    case COR_EDITOR_FIELD_TRANSCRIPT:
    case COR_EDITOR_FIELD_TRANSLATION:
    case COR_EDITOR_FIELD_TRANSLATED_BY:
    case COR_EDITOR_FIELD_MAKER:
    case COR_EDITOR_FIELD_ITEM:
    case COR_EDITOR_FIELD_MARKINGS:
    case COR_EDITOR_FIELD_METHOD:
    case COR_EDITOR_FIELD_GEOLOCATED_BY:
    case COR_EDITOR_FIELD_NOTE:
    case COR_EDITOR_N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static void
show_annotation (CorAnnotationEditor *self)
{
  CorAnnotationKind kind;

  if (self->annotation == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  kind = cor_annotation_get_kind (self->annotation);
  {
    g_autofree char *summary = cor_annotation_dup_summary (self->annotation);

    /* the kind is the heading of its group below; the title says what was seen */
    gtk_label_set_text (self->kind_label, summary != NULL && summary[0] != '\0' ?
                                          summary : cor_annotation_kind_to_label (kind));
  }
  gtk_widget_set_visible (self->language_group, kind == COR_ANNOTATION_KIND_LANGUAGE);
  gtk_widget_set_visible (self->uniform_group, kind == COR_ANNOTATION_KIND_UNIFORM);
  gtk_widget_set_visible (self->location_group, kind == COR_ANNOTATION_KIND_LOCATION);

  for (guint field = 0; field < COR_EDITOR_N_FIELDS; field++)
    cor_annotation_editor_show_field (self, (CorEditorField) field);
  update_coordinates_hint (self);

  gtk_stack_set_visible_child_name (self->stack, "editor");
}

/* Reads the record back from the store and shows it */
static void
reload (CorAnnotationEditor *self)
{
  g_autoptr(CorAnnotation) annotation = NULL;

  if (self->annotation_id > 0)
    annotation = cor_store_get_annotation (self->store, self->annotation_id, NULL);

  g_set_object (&self->annotation, annotation);
  if (annotation == NULL && self->annotation_id > 0)
    adw_status_page_set_description (self->empty_page,
                                     _("The observation was deleted. Undo brings it back."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("Select an observation on the timeline or in the list, "
                                       "or mark one with the keys 1–4."));
  show_annotation (self);
  cor_annotation_editor_update_links (self);
  cor_annotation_editor_update_stills (self);
}

static void
map_clicked_cb (CorAnnotationEditor *self)
{
  g_autofree char *url = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->annotation == NULL || !cor_annotation_get_has_coordinates (self->annotation))
    return;

  url = cor_geo_osm_url (cor_annotation_get_latitude (self->annotation),
                         cor_annotation_get_longitude (self->annotation));
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
add_link_row_activated_cb (CorAnnotationEditor *self,
                           GtkListBoxRow       *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || (guint) index >= self->candidate_ids->len)
    return;

  gtk_menu_button_popdown (self->add_link_button);
  cor_annotation_editor_link_article (self, g_array_index (self->candidate_ids, gint64, index));
}

static void
store_changed_cb (CorAnnotationEditor *self,
                  const char          *table,
                  gint64               id,
                  CorStoreChange       change)
{
  if (self->annotation_id <= 0)
    return;

  if (g_str_equal (table, "annotations") &&
      (id == self->annotation_id || change == COR_STORE_CHANGE_RESET))
    reload (self);
  else if (g_str_equal (table, "annotation_articles") || g_str_equal (table, "articles"))
    cor_annotation_editor_update_links (self);
}


/* ------------------------------------------------------------------ GObject */

static void
cor_annotation_editor_dispose (GObject *object)
{
  CorAnnotationEditor *self = COR_ANNOTATION_EDITOR (object);

  g_clear_handle_id (&self->typing_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->stills);
  g_clear_object (&self->label_size_group);
  g_clear_object (&self->annotation);
  g_clear_object (&self->undo);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cor_annotation_editor_parent_class)->dispose (object);
}

static void
cor_annotation_editor_finalize (GObject *object)
{
  CorAnnotationEditor *self = COR_ANNOTATION_EDITOR (object);

  g_clear_pointer (&self->language_codes, g_ptr_array_unref);
  g_clear_pointer (&self->language_index, g_hash_table_unref);
  g_clear_pointer (&self->link_ids, g_array_unref);
  g_clear_pointer (&self->candidate_ids, g_array_unref);

  G_OBJECT_CLASS (cor_annotation_editor_parent_class)->finalize (object);
}

static void
cor_annotation_editor_constructed (GObject *object)
{
  CorAnnotationEditor *self = COR_ANNOTATION_EDITOR (object);

  G_OBJECT_CLASS (cor_annotation_editor_parent_class)->constructed (object);

  g_return_if_fail (COR_IS_STORE (self->store));
  g_return_if_fail (COR_IS_UNDO_STACK (self->undo));

  cor_annotation_editor_build_fields (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

static void
cor_annotation_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CorAnnotationEditor *self = COR_ANNOTATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_UNDO_STACK:
      g_value_set_object (value, self->undo);
      break;
    case PROP_ANNOTATION_ID:
      g_value_set_int64 (value, self->annotation_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_annotation_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CorAnnotationEditor *self = COR_ANNOTATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_UNDO_STACK:
      self->undo = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_annotation_editor_class_init (CorAnnotationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_annotation_editor_dispose;
  object_class->finalize = cor_annotation_editor_finalize;
  object_class->constructed = cor_annotation_editor_constructed;
  object_class->get_property = cor_annotation_editor_get_property;
  object_class->set_property = cor_annotation_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, COR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_STACK] =
    g_param_spec_object ("undo-stack", NULL, NULL, COR_TYPE_UNDO_STACK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATION_ID] =
    g_param_spec_int64 ("annotation-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/"
                                               "cor-annotation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, kind_label);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, time_grid);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, language_group);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, language_grid);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, uniform_group);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, uniform_grid);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, location_group);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, location_grid);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, map_button);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, common_grid);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, links_list);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, add_link_button);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, add_link_list);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, add_link_empty_label);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, stills_box);
  gtk_widget_class_bind_template_child (widget_class, CorAnnotationEditor, stills_empty_label);
  gtk_widget_class_bind_template_callback (widget_class, map_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_link_row_activated_cb);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cor_annotation_editor_init (CorAnnotationEditor *self)
{
  self->language_codes = g_ptr_array_new_with_free_func (g_free);
  self->language_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->link_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->candidate_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ public API */

GtkWidget *
cor_annotation_editor_new (CorStore     *store,
                           CorUndoStack *undo_stack)
{
  g_return_val_if_fail (COR_IS_STORE (store), NULL);
  g_return_val_if_fail (COR_IS_UNDO_STACK (undo_stack), NULL);

  return g_object_new (COR_TYPE_ANNOTATION_EDITOR,
                       "store", store,
                       "undo-stack", undo_stack,
                       NULL);
}

void
cor_annotation_editor_set_annotation (CorAnnotationEditor *self,
                                      CorAnnotation       *annotation)
{
  gint64 id;

  g_return_if_fail (COR_IS_ANNOTATION_EDITOR (self));
  g_return_if_fail (annotation == NULL || COR_IS_ANNOTATION (annotation));

  id = annotation != NULL ? cor_annotation_get_id (annotation) : 0;

  /* what was typed in the previous observation is kept */
  cor_annotation_editor_flush_typing (self);
  for (guint field = 0; field < COR_EDITOR_N_FIELDS; field++)
    if (self->dirty[field] && self->annotation != NULL)
      cor_annotation_editor_commit (self, (CorEditorField) field,
                                    cor_annotation_editor_is_text_view ((CorEditorField) field));
  cor_undo_stack_seal (self->undo);

  memset (self->dirty, 0, sizeof self->dirty);
  if (id != self->annotation_id)
    {
      self->annotation_id = id;
      if (self->stills != NULL)
        g_signal_handlers_disconnect_by_data (self->stills, self);
      g_clear_object (&self->stills);
      cor_annotation_editor_update_completions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION_ID]);
    }
  cor_annotation_editor_show_message (self, NULL);
  reload (self);
}

gint64
cor_annotation_editor_get_annotation_id (CorAnnotationEditor *self)
{
  g_return_val_if_fail (COR_IS_ANNOTATION_EDITOR (self), 0);

  return self->annotation_id;
}

void
cor_annotation_editor_focus_first_field (CorAnnotationEditor *self)
{
  CorEditorField field = COR_EDITOR_FIELD_NOTE;

  g_return_if_fail (COR_IS_ANNOTATION_EDITOR (self));

  if (self->annotation == NULL)
    return;

  switch (cor_annotation_get_kind (self->annotation))
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      field = COR_EDITOR_FIELD_LANGUAGE;
      break;
    case COR_ANNOTATION_KIND_UNIFORM:
      field = COR_EDITOR_FIELD_MAKER;
      break;
    case COR_ANNOTATION_KIND_LOCATION:
      field = COR_EDITOR_FIELD_PLACE;
      break;
    case COR_ANNOTATION_KIND_NOTE:
    default:
      field = COR_EDITOR_FIELD_NOTE;
      break;
    }

  gtk_widget_grab_focus (self->fields[field]);
}

GtkWidget *
cor_annotation_editor_get_field (CorAnnotationEditor *self,
                                 CorEditorField       field)
{
  g_return_val_if_fail (COR_IS_ANNOTATION_EDITOR (self), NULL);
  g_return_val_if_fail (field < COR_EDITOR_N_FIELDS, NULL);

  return self->fields[field];
}

void
cor_annotation_editor_commit_field (CorAnnotationEditor *self,
                                    CorEditorField       field)
{
  g_return_if_fail (COR_IS_ANNOTATION_EDITOR (self));
  g_return_if_fail (field < COR_EDITOR_N_FIELDS);

  if (self->typing_source != 0 && self->typing_field == field)
    g_clear_handle_id (&self->typing_source, g_source_remove);
  cor_annotation_editor_commit (self, field, cor_annotation_editor_is_text_view (field));
  if (cor_annotation_editor_is_text_view (field))
    cor_undo_stack_seal (self->undo);
}

void
cor_annotation_editor_pick_place (CorAnnotationEditor *self,
                                  const char          *name)
{
  g_return_if_fail (COR_IS_ANNOTATION_EDITOR (self));

  cor_annotation_editor_set_field_text (self, COR_EDITOR_FIELD_PLACE, name);
  self->place_picked = TRUE;
  cor_annotation_editor_commit (self, COR_EDITOR_FIELD_PLACE, FALSE);
  self->place_picked = FALSE;
}

const char *
cor_annotation_editor_get_message (CorAnnotationEditor *self,
                                   CorEditorField       field)
{
  GtkLabel *label;

  g_return_val_if_fail (COR_IS_ANNOTATION_EDITOR (self), NULL);
  g_return_val_if_fail (field < COR_EDITOR_N_FIELDS, NULL);

  label = self->messages[field] != NULL ? self->messages[field] : self->message_label;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}
