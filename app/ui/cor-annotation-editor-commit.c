/* cor-annotation-editor-commit.c — the editor writes each change to the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cor-annotation-editor-private.h"
#include "cor-geo.h"
#include "cor-time.h"

#define TYPING_DELAY_MS 600

typedef const char *(*GetString) (CorAnnotation *self);
typedef void        (*SetString) (CorAnnotation *self, const char *value);

/* The fields that are one string of the record */
static const struct {
  CorEditorField field;
  GetString      get;
  SetString      set;
  const char    *undo_label;
} string_fields[] = {
  { COR_EDITOR_FIELD_DIALECT, cor_annotation_get_dialect, cor_annotation_set_dialect,
    N_("Edit dialect") },
  { COR_EDITOR_FIELD_SPEAKER, cor_annotation_get_speaker, cor_annotation_set_speaker,
    N_("Edit speaker") },
  { COR_EDITOR_FIELD_TRANSCRIPT, cor_annotation_get_transcript, cor_annotation_set_transcript,
    N_("Edit transcript") },
  { COR_EDITOR_FIELD_TRANSLATION, cor_annotation_get_translation,
    cor_annotation_set_translation, N_("Edit translation") },
  { COR_EDITOR_FIELD_TRANSLATED_BY, cor_annotation_get_translated_by,
    cor_annotation_set_translated_by, N_("Edit translator") },
  { COR_EDITOR_FIELD_MAKER, cor_annotation_get_maker, cor_annotation_set_maker,
    N_("Edit maker") },
  { COR_EDITOR_FIELD_ITEM, cor_annotation_get_item, cor_annotation_set_item, N_("Edit item") },
  { COR_EDITOR_FIELD_MARKINGS, cor_annotation_get_markings, cor_annotation_set_markings,
    N_("Edit markings") },
  { COR_EDITOR_FIELD_METHOD, cor_annotation_get_method, cor_annotation_set_method,
    N_("Edit method") },
  { COR_EDITOR_FIELD_GEOLOCATED_BY, cor_annotation_get_geolocated_by,
    cor_annotation_set_geolocated_by, N_("Edit geolocated by") },
  { COR_EDITOR_FIELD_NOTE, cor_annotation_get_note, cor_annotation_set_note, N_("Edit note") },
};

static int
string_field_index (CorEditorField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    if (string_fields[i].field == field)
      return (int) i;
  return -1;
}

gboolean
cor_annotation_editor_is_text_view (CorEditorField field)
{
  return field == COR_EDITOR_FIELD_TRANSCRIPT || field == COR_EDITOR_FIELD_TRANSLATION ||
         field == COR_EDITOR_FIELD_NOTE;
}

/* ------------------------------------------------------------------ widget text */

char *
cor_annotation_editor_field_text (CorAnnotationEditor *self,
            CorEditorField       field)
{
  GtkWidget *widget = self->fields[field];

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

void
cor_annotation_editor_set_field_text (CorAnnotationEditor *self,
                CorEditorField       field,
                const char          *text)
{
  GtkWidget *widget = self->fields[field];
  g_autofree char *current = cor_annotation_editor_field_text (self, field);

  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  self->updating++;
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                              text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
  self->updating--;
}

/* Text as stored: entries trimmed, text views verbatim; NULL when blank */
static char *
stored_text (CorAnnotationEditor *self,
             CorEditorField       field)
{
  g_autofree char *text = cor_annotation_editor_field_text (self, field);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (trimmed[0] == '\0')
    return NULL;
  if (cor_annotation_editor_is_text_view (field))
    return g_steal_pointer (&text);
  return g_steal_pointer (&trimmed);
}

void
cor_annotation_editor_set_message (CorAnnotationEditor *self,
             CorEditorField       field,
             const char          *message)
{
  GtkLabel *label = self->messages[field] != NULL ? self->messages[field] : self->message_label;

  if (message != NULL)
    gtk_widget_add_css_class (self->fields[field], "error");
  else
    gtk_widget_remove_css_class (self->fields[field], "error");

  if (message == NULL && self->messages[field] == NULL)
    return; /* the shared label may show another field's message */

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

void
cor_annotation_editor_show_message (CorAnnotationEditor *self,
                                    const char          *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* ------------------------------------------------------------------ committing */

/* Writes @edited (a copy of the record with one field changed) and records the step */
static gboolean
apply (CorAnnotationEditor *self,
       CorEditorField       field,
       CorAnnotation       *edited,
       const char          *label,
       gboolean             typing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) before = g_object_ref (self->annotation);
  gboolean ok;

  self->dirty[field] = FALSE;
  if (typing)
    {
      ok = cor_store_update_annotation (self->store, edited, &error);
      if (ok)
        cor_undo_stack_push_typing (self->undo, before, edited, label);
    }
  else
    ok = cor_undo_stack_update_annotation (self->undo, edited, label, &error);

  if (!ok)
    {
      self->dirty[field] = TRUE;
      cor_annotation_editor_set_message (self, field, error->message);
      return FALSE;
    }

  cor_annotation_editor_set_message (self, field, NULL);
  cor_annotation_editor_show_message (self, NULL);
  return TRUE;
}

static void
commit_time (CorAnnotationEditor *self,
             CorEditorField       field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) edited = NULL;
  g_autofree char *text = stored_text (self, field);
  gint64 start_ns = cor_annotation_get_start_ns (self->annotation);
  gint64 end_ns = cor_annotation_get_end_ns (self->annotation);
  gint64 ns = -1;

  if (text == NULL && field == COR_EDITOR_FIELD_START)
    {
      cor_annotation_editor_set_message (self, field,
                                         _("The start time is needed, such as 00:01:02.500."));
      return;
    }
  if (text != NULL && !cor_time_parse (text, &ns, &error))
    {
      cor_annotation_editor_set_message (self, field, error->message);
      return;
    }

  if (field == COR_EDITOR_FIELD_START)
    start_ns = ns;
  else
    end_ns = ns;

  if (end_ns >= 0 && end_ns < start_ns)
    {
      g_autofree char *start = cor_time_format (start_ns);
      g_autofree char *end = cor_time_format (end_ns);
      g_autofree char *message = field == COR_EDITOR_FIELD_END ?
        g_strdup_printf (_("The end %s is before the start %s."), end, start) :
        g_strdup_printf (_("The start %s is after the end %s."), start, end);

      cor_annotation_editor_set_message (self, field, message);
      return;
    }

  if (start_ns == cor_annotation_get_start_ns (self->annotation) &&
      end_ns == cor_annotation_get_end_ns (self->annotation))
    {
      cor_annotation_editor_show_field (self, field); /* reformat what was typed */
      return;
    }

  edited = cor_annotation_copy (self->annotation);
  cor_annotation_set_start_ns (edited, start_ns);
  cor_annotation_set_end_ns (edited, end_ns);
  apply (self, field, edited,
         field == COR_EDITOR_FIELD_START ? _("Change start time") : _("Change end time"), FALSE);
}

static void
commit_coordinates (CorAnnotationEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CorAnnotation) edited = NULL;
  g_autofree char *text = stored_text (self, COR_EDITOR_FIELD_COORDINATES);
  CorAnnotation *a = self->annotation;
  double latitude = 0, longitude = 0;

  if (text != NULL && !cor_geo_parse (text, &latitude, &longitude, &error))
    {
      cor_annotation_editor_set_message (self, COR_EDITOR_FIELD_COORDINATES, error->message);
      return;
    }

  if (text == NULL ? !cor_annotation_get_has_coordinates (a) :
      (cor_annotation_get_has_coordinates (a) &&
       cor_annotation_get_latitude (a) == latitude &&
       cor_annotation_get_longitude (a) == longitude))
    {
      cor_annotation_editor_show_field (self, COR_EDITOR_FIELD_COORDINATES);
      return;
    }

  edited = cor_annotation_copy (a);
  if (text != NULL)
    cor_annotation_set_coordinates (edited, latitude, longitude);
  else
    cor_annotation_clear_coordinates (edited);
  apply (self, COR_EDITOR_FIELD_COORDINATES, edited, _("Change coordinates"), FALSE);
}

static void
commit_place (CorAnnotationEditor *self)
{
  g_autoptr(CorAnnotation) edited = NULL;
  g_autoptr(CorPlace) place = NULL;
  g_autofree char *text = stored_text (self, COR_EDITOR_FIELD_PLACE);
  CorAnnotation *a = self->annotation;
  gboolean picked = self->place_picked;

  self->place_picked = FALSE;
  if (text != NULL && (picked || !cor_annotation_get_has_coordinates (a)))
    place = cor_store_find_place (self->store, text);

  if (g_strcmp0 (text, cor_annotation_get_place (a)) == 0 && place == NULL)
    {
      self->dirty[COR_EDITOR_FIELD_PLACE] = FALSE;
      return;
    }

  edited = cor_annotation_copy (a);
  if (place != NULL)
    {
      /* the gazetteer's spelling, its point and radius: one step */
      cor_annotation_set_place (edited, place->name);
      cor_annotation_set_coordinates (edited, place->latitude, place->longitude);
      cor_annotation_set_precision_m (edited, place->precision_m);
      self->dirty[COR_EDITOR_FIELD_PLACE] = FALSE;
    }
  else
    cor_annotation_set_place (edited, text);

  apply (self, COR_EDITOR_FIELD_PLACE, edited, _("Set place"), FALSE);
}

static void
commit_tags (CorAnnotationEditor *self)
{
  g_autofree char *text = cor_annotation_editor_field_text (self, COR_EDITOR_FIELD_TAGS);
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CorAnnotation) edited = NULL;
  const char * const *current = cor_annotation_get_tags (self->annotation);
  gboolean same;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (tag[0] != '\0' && !g_ptr_array_find_with_equal_func (tags, tag, g_str_equal, NULL))
        g_ptr_array_add (tags, g_strdup (tag));
    }
  g_ptr_array_add (tags, NULL);

  same = g_strv_equal (current, (const char * const *) tags->pdata);
  if (same)
    {
      cor_annotation_editor_show_field (self, COR_EDITOR_FIELD_TAGS);
      return;
    }

  edited = cor_annotation_copy (self->annotation);
  cor_annotation_set_tags (edited, (const char * const *) tags->pdata);
  apply (self, COR_EDITOR_FIELD_TAGS, edited, _("Edit tags"), FALSE);
}

void
cor_annotation_editor_commit (CorAnnotationEditor *self,
        CorEditorField       field,
        gboolean             typing)
{
  g_autoptr(CorAnnotation) edited = NULL;
  int index = string_field_index (field);

  if (self->annotation == NULL || self->updating > 0)
    return;

  if (index >= 0)
    {
      g_autofree char *text = stored_text (self, field);

      if (g_strcmp0 (text, string_fields[index].get (self->annotation)) == 0)
        {
          self->dirty[field] = FALSE;
          cor_annotation_editor_set_message (self, field, NULL);
          return;
        }
      edited = cor_annotation_copy (self->annotation);
      string_fields[index].set (edited, text);
      apply (self, field, edited, _(string_fields[index].undo_label), typing);
      return;
    }

  switch (field)
    {
    case COR_EDITOR_FIELD_START:
    case COR_EDITOR_FIELD_END:
      commit_time (self, field);
      break;
    case COR_EDITOR_FIELD_COORDINATES:
      commit_coordinates (self);
      break;
    case COR_EDITOR_FIELD_PLACE:
      commit_place (self);
      break;
    case COR_EDITOR_FIELD_TAGS:
      commit_tags (self);
      break;
    case COR_EDITOR_FIELD_LANGUAGE:
      {
        guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->fields[field]));
        const char *code = position < self->language_codes->len ?
                           g_ptr_array_index (self->language_codes, position) : NULL;

        if (code == NULL || g_strcmp0 (code, cor_annotation_get_language (self->annotation)) == 0)
          return;
        edited = cor_annotation_copy (self->annotation);
        cor_annotation_set_language (edited, code);
        apply (self, field, edited, _("Change language"), FALSE);
      }
      break;
    case COR_EDITOR_FIELD_CONFIDENCE:
      {
        guint level = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->fields[field]));

        cor_annotation_editor_update_confidence_tooltip (self);
        if (level > COR_CONFIDENCE_LAST ||
            level == (guint) cor_annotation_get_confidence (self->annotation))
          return;
        edited = cor_annotation_copy (self->annotation);
        cor_annotation_set_confidence (edited, (CorConfidence) level);
        apply (self, field, edited, _("Change confidence"), FALSE);
      }
      break;
    case COR_EDITOR_FIELD_PRECISION:
      {
        double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->fields[field]));

        if (value == cor_annotation_get_precision_m (self->annotation))
          return;
        edited = cor_annotation_copy (self->annotation);
        cor_annotation_set_precision_m (edited, value);
        apply (self, field, edited, _("Change precision"), FALSE);
      }
      break;
    case COR_EDITOR_FIELD_ANALYST:
      {
        g_autofree char *text = stored_text (self, field);
        const char *analyst = text != NULL ? text : cor_store_get_analyst (self->store);

        if (g_strcmp0 (analyst, cor_annotation_get_analyst (self->annotation)) == 0)
          {
            cor_annotation_editor_show_field (self, field);
            return;
          }
        edited = cor_annotation_copy (self->annotation);
        cor_annotation_set_analyst (edited, analyst);
        apply (self, field, edited, _("Change analyst"), FALSE);
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

void
cor_annotation_editor_flush_typing (CorAnnotationEditor *self)
{
  if (self->typing_source == 0)
    return;

  g_clear_handle_id (&self->typing_source, g_source_remove);
  cor_annotation_editor_commit (self, self->typing_field, TRUE);
}

/* ------------------------------------------------------------------ callbacks */

static CorEditorField
field_of (CorAnnotationEditor *self,
          GtkWidget           *widget)
{
  for (guint field = 0; field < COR_EDITOR_N_FIELDS; field++)
    if (self->fields[field] == widget)
      return (CorEditorField) field;

  g_return_val_if_reached (COR_EDITOR_N_FIELDS);
}

static void
entry_activate_cb (GtkWidget           *entry,
                   CorAnnotationEditor *self)
{
  CorEditorField field = field_of (self, entry);

  if (field < COR_EDITOR_N_FIELDS)
    cor_annotation_editor_commit (self, field, FALSE);
}

static void
entry_changed_cb (GtkEditable         *editable,
                  CorAnnotationEditor *self)
{
  CorEditorField field = field_of (self, GTK_WIDGET (editable));

  if (self->updating == 0 && field < COR_EDITOR_N_FIELDS)
    self->dirty[field] = TRUE;
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                CorAnnotationEditor     *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  CorEditorField field = field_of (self, widget);

  if (field >= COR_EDITOR_N_FIELDS)
    return;

  if (cor_annotation_editor_is_text_view (field))
    {
      if (self->typing_source != 0 && self->typing_field == field)
        g_clear_handle_id (&self->typing_source, g_source_remove);
      if (self->dirty[field])
        cor_annotation_editor_commit (self, field, TRUE);
      cor_undo_stack_seal (self->undo);
    }
  else if (self->dirty[field])
    cor_annotation_editor_commit (self, field, FALSE);
}

static gboolean
typing_timeout_cb (gpointer data)
{
  CorAnnotationEditor *self = data;

  self->typing_source = 0;
  cor_annotation_editor_commit (self, self->typing_field, TRUE);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (GtkTextBuffer       *buffer,
                   CorAnnotationEditor *self)
{
  CorEditorField field = COR_EDITOR_N_FIELDS;

  if (self->updating > 0)
    return;

  for (guint i = 0; i < COR_EDITOR_N_FIELDS; i++)
    if (GTK_IS_TEXT_VIEW (self->fields[i]) &&
        gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->fields[i])) == buffer)
      field = (CorEditorField) i;
  if (field == COR_EDITOR_N_FIELDS)
    return;

  if (self->typing_source != 0 && self->typing_field != field)
    cor_annotation_editor_flush_typing (self);

  self->dirty[field] = TRUE;
  self->typing_field = field;
  g_clear_handle_id (&self->typing_source, g_source_remove);
  self->typing_source = g_timeout_add (TYPING_DELAY_MS, typing_timeout_cb, self);
}

static void
dropdown_selected_cb (GtkDropDown         *dropdown,
                      GParamSpec          *pspec,
                      CorAnnotationEditor *self)
{
  CorEditorField field = field_of (self, GTK_WIDGET (dropdown));

  if (self->updating == 0 && field < COR_EDITOR_N_FIELDS)
    cor_annotation_editor_commit (self, field, FALSE);
}

static void
spin_value_changed_cb (GtkSpinButton       *spin,
                       CorAnnotationEditor *self)
{
  if (self->updating == 0)
    cor_annotation_editor_commit (self, COR_EDITOR_FIELD_PRECISION, FALSE);
}

static gboolean
place_match_selected_cb (GtkEntryCompletion  *completion,
                         GtkTreeModel        *model,
                         GtkTreeIter         *iter,
                         CorAnnotationEditor *self)
{
  g_autofree char *name = NULL;

  gtk_tree_model_get (model, iter, 0, &name, -1);
  cor_annotation_editor_pick_place (self, name);
  return TRUE;
}

/* Tags complete the part after the last comma */
static const char *
last_tag_start (const char *text)
{
  const char *comma = strrchr (text, ',');
  const char *start = comma != NULL ? comma + 1 : text;

  while (*start == ' ')
    start++;
  return start;
}

static gboolean
tags_match_cb (GtkEntryCompletion *completion,
               const char         *key,
               GtkTreeIter        *iter,
               gpointer            user_data)
{
  GtkWidget *entry = gtk_entry_completion_get_entry (completion);
  const char *prefix = last_tag_start (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_autofree char *tag = NULL;
  g_autofree char *folded_tag = NULL;
  g_autofree char *folded_prefix = NULL;

  if (prefix[0] == '\0')
    return FALSE;

  gtk_tree_model_get (gtk_entry_completion_get_model (completion), iter, 0, &tag, -1);
  folded_tag = g_utf8_casefold (tag, -1);
  folded_prefix = g_utf8_casefold (prefix, -1);
  return g_str_has_prefix (folded_tag, folded_prefix) && strcmp (folded_tag, folded_prefix) != 0;
}

static gboolean
tags_match_selected_cb (GtkEntryCompletion  *completion,
                        GtkTreeModel        *model,
                        GtkTreeIter         *iter,
                        CorAnnotationEditor *self)
{
  GtkEditable *entry = GTK_EDITABLE (self->fields[COR_EDITOR_FIELD_TAGS]);
  const char *text = gtk_editable_get_text (entry);
  g_autofree char *tag = NULL;
  g_autofree char *head = g_strndup (text, (gsize) (last_tag_start (text) - text));
  g_autofree char *joined = NULL;

  gtk_tree_model_get (model, iter, 0, &tag, -1);
  joined = g_strconcat (head, tag, ", ", NULL);
  gtk_editable_set_text (entry, joined);
  gtk_editable_set_position (entry, -1);
  return TRUE;
}


gboolean
cor_annotation_editor_string_value (CorEditorField   field,
                                    CorAnnotation   *annotation,
                                    const char     **out_value)
{
  int index = string_field_index (field);

  if (index < 0)
    return FALSE;

  *out_value = string_fields[index].get (annotation);
  return TRUE;
}

void
cor_annotation_editor_connect_field (CorAnnotationEditor *self,
                                     CorEditorField       field)
{
  GtkWidget *widget = self->fields[field];
  GtkEventController *focus;

  if (GTK_IS_DROP_DOWN (widget))
    {
      g_signal_connect (widget, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
      return;
    }
  if (GTK_IS_SPIN_BUTTON (widget))
    {
      g_signal_connect (widget, "value-changed", G_CALLBACK (spin_value_changed_cb), self);
      return;
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                        G_CALLBACK (buffer_changed_cb), self);
      return;
    }

  g_signal_connect (widget, "activate", G_CALLBACK (entry_activate_cb), self);
  g_signal_connect (widget, "changed", G_CALLBACK (entry_changed_cb), self);

  if (field == COR_EDITOR_FIELD_PLACE)
    g_signal_connect (gtk_entry_get_completion (GTK_ENTRY (widget)), "match-selected",
                      G_CALLBACK (place_match_selected_cb), self);
  else if (field == COR_EDITOR_FIELD_TAGS)
    {
      GtkEntryCompletion *completion = gtk_entry_get_completion (GTK_ENTRY (widget));

      gtk_entry_completion_set_match_func (completion, tags_match_cb, NULL, NULL);
      g_signal_connect (completion, "match-selected", G_CALLBACK (tags_match_selected_cb), self);
    }
}
