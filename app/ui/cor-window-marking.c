/* cor-window-marking.c — the window's key handler: undo and redo, the player's keys and the
 * marking keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorWindow (cor-window.h); shares its struct through cor-window-private.h. The keys
 * work anywhere in the window (capture phase) except in a text field, so that typing a
 * transcript never moves the video nor marks anything.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-player-state.h"
#include "cor-window-private.h"

/* A boolean preference that may not be in the schema (an older schema): @fallback then */
static gboolean
setting_boolean (CorWindow  *self,
                 const char *key,
                 gboolean    fallback)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (self->settings == NULL)
    return fallback;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return fallback;

  return g_settings_get_boolean (self->settings, key);
}

/* The confidence a new observation starts with: the preference "default-confidence"
 * (a machine name or a number) when the schema has it, otherwise unassessed */
static CorConfidence
default_confidence (CorWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  const GVariantType *type;
  CorConfidence confidence = COR_CONFIDENCE_UNASSESSED;

  if (self->settings == NULL)
    return confidence;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, "default-confidence"))
    return confidence;

  key = g_settings_schema_get_key (schema, "default-confidence");
  type = g_settings_schema_key_get_value_type (key);
  if (g_variant_type_equal (type, G_VARIANT_TYPE_STRING))
    {
      g_autofree char *text = g_settings_get_string (self->settings, "default-confidence");

      if (!cor_confidence_from_string (text, &confidence, NULL))
        confidence = COR_CONFIDENCE_UNASSESSED;
    }
  else if (g_variant_type_equal (type, G_VARIANT_TYPE_INT32))
    confidence = CLAMP (g_settings_get_int (self->settings, "default-confidence"),
                        COR_CONFIDENCE_UNASSESSED, COR_CONFIDENCE_LAST);
  else if (g_variant_type_equal (type, G_VARIANT_TYPE_UINT32))
    confidence = MIN (g_settings_get_uint (self->settings, "default-confidence"),
                      COR_CONFIDENCE_LAST);

  return confidence;
}

static CorAnnotationKind
mark_kind (CorMarkKey key)
{
  switch (key)
    {
    case COR_MARK_KEY_LANGUAGE:
      return COR_ANNOTATION_KIND_LANGUAGE;
    case COR_MARK_KEY_UNIFORM:
      return COR_ANNOTATION_KIND_UNIFORM;
    case COR_MARK_KEY_LOCATION:
      return COR_ANNOTATION_KIND_LOCATION;
    case COR_MARK_KEY_NOTE:
    case COR_MARK_KEY_NONE:
    case COR_MARK_KEY_IN:
    case COR_MARK_KEY_OUT:
    case COR_MARK_KEY_DELETE:
    default:
      return COR_ANNOTATION_KIND_NOTE;
    }
}

/* Typing replaces the text of the field just focused */
static void
select_focused_text (CorWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (GTK_IS_TEXT_VIEW (focus))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_select_range (buffer, &start, &end);
    }
  else if (GTK_IS_EDITABLE (focus))
    gtk_editable_select_region (GTK_EDITABLE (focus), 0, -1);
}

/* A new observation of @kind at the frame on screen (or over [in, out]), committed, pushed on
 * the undo stack, selected and opened in the editor */
static gboolean
mark (CorWindow         *self,
      CorAnnotationKind  kind)
{
  CorPlayerView *view = cor_clip_page_get_player_view (self->clip_page);
  CorPlayer *player = cor_player_view_get_player (view);
  g_autoptr(CorAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  gint64 frame_ns = cor_player_view_get_frame_ns (view);
  gint64 in_ns;
  gint64 out_ns;
  gint64 start_ns;
  gint64 end_ns;
  gboolean range;

  if (self->undo == NULL)
    return FALSE;

  if (cor_player_get_state (player) == COR_PLAYER_STATE_PLAYING
      && setting_boolean (self, "pause-on-mark", TRUE))
    cor_player_pause (player);

  cor_player_view_get_in_out (view, &in_ns, &out_ns);
  range = cor_mark_range (in_ns, out_ns, frame_ns, &start_ns, &end_ns);

  annotation = cor_annotation_new (kind);
  cor_annotation_set_clip_id (annotation, cor_player_view_get_clip_id (view));
  cor_annotation_set_start_ns (annotation, start_ns);
  cor_annotation_set_end_ns (annotation, end_ns);
  cor_annotation_set_analyst (annotation, cor_store_get_analyst (self->store));
  cor_annotation_set_confidence (annotation, default_confidence (self));

  if (!cor_store_add_annotation (self->store, annotation, &error))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s says why */
      message = g_strdup_printf (_("Could not add the observation: %s"), error->message);
      cor_window_add_toast (self, message);
      return TRUE;
    }

  cor_undo_stack_push_add_annotation (self->undo, annotation, NULL);
  if (range)
    cor_player_view_set_in_out (view, -1, -1);

  cor_clip_page_select (self->clip_page, cor_annotation_get_id (annotation), TRUE);
  select_focused_text (self);

  return TRUE;
}

static gboolean
handle_mark_key (CorWindow  *self,
                 CorMarkKey  key)
{
  CorPlayerView *view = cor_clip_page_get_player_view (self->clip_page);
  gint64 in_ns;
  gint64 out_ns;
  gint64 selected;

  if (cor_player_view_get_clip_id (view) == 0
      || cor_player_get_state (cor_player_view_get_player (view)) == COR_PLAYER_STATE_STOPPED)
    return FALSE;

  cor_player_view_get_in_out (view, &in_ns, &out_ns);

  switch (key)
    {
    case COR_MARK_KEY_IN:
      in_ns = cor_player_view_get_frame_ns (view);
      if (out_ns >= 0 && out_ns <= in_ns)
        out_ns = -1;
      cor_player_view_set_in_out (view, in_ns, out_ns);
      return TRUE;
    case COR_MARK_KEY_OUT:
      out_ns = cor_player_view_get_frame_ns (view);
      if (in_ns >= out_ns)
        in_ns = -1;
      cor_player_view_set_in_out (view, in_ns, out_ns);
      return TRUE;
    case COR_MARK_KEY_DELETE:
      selected = cor_clip_page_get_selected_id (self->clip_page);
      if (selected <= 0 || self->undo == NULL)
        return FALSE;
      {
        g_autoptr(GError) error = NULL;

        if (!cor_undo_stack_delete_annotation (self->undo, selected, NULL, &error))
          {
            g_autofree char *message = NULL;

            /* TRANSLATORS: %s says why */
            message = g_strdup_printf (_("Could not delete the observation: %s"),
                                       error->message);
            cor_window_add_toast (self, message);
          }
        cor_clip_page_select (self->clip_page, 0, FALSE);
      }
      return TRUE;
    case COR_MARK_KEY_LANGUAGE:
    case COR_MARK_KEY_UNIFORM:
    case COR_MARK_KEY_LOCATION:
    case COR_MARK_KEY_NOTE:
      return mark (self, mark_kind (key));
    case COR_MARK_KEY_NONE:
    default:
      return FALSE;
    }
}

/* Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y outside text fields */
static gboolean
handle_undo_key (CorWindow       *self,
                 guint            keyval,
                 GdkModifierType  state,
                 CorFocusKind     focus)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK
                                  | GDK_SUPER_MASK | GDK_META_MASK);

  if (focus != COR_FOCUS_NONE || self->undo == NULL)
    return FALSE;

  if ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z) && mods == GDK_CONTROL_MASK)
    {
      cor_window_undo (self);
      return TRUE;
    }
  if (((keyval == GDK_KEY_z || keyval == GDK_KEY_Z)
       && mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
      || ((keyval == GDK_KEY_y || keyval == GDK_KEY_Y) && mods == GDK_CONTROL_MASK))
    {
      cor_window_redo (self);
      return TRUE;
    }

  return FALSE;
}

gboolean
cor_window_key_pressed_cb (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           CorWindow             *self)
{
  return cor_window_handle_key (self, keyval, state);
}

gboolean
cor_window_handle_key (CorWindow       *self,
                       guint            keyval,
                       GdkModifierType  state)
{
  GtkWidget *focus;
  GtkWidget *editor;
  CorFocusKind kind;
  gboolean in_editor;
  CorMarkKey key;

  g_return_val_if_fail (COR_IS_WINDOW (self), FALSE);

  focus = gtk_root_get_focus (GTK_ROOT (self));
  kind = cor_player_view_focus_kind (focus);

  if (handle_undo_key (self, keyval, state, kind))
    return TRUE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "clip") != 0)
    return FALSE;

  editor = GTK_WIDGET (cor_clip_page_get_editor (self->clip_page));
  in_editor = focus != NULL && editor != NULL
              && (focus == editor || gtk_widget_is_ancestor (focus, editor));

  /* Escape in the observation editor: the keys go back to the player */
  if (keyval == GDK_KEY_Escape && in_editor && kind != COR_FOCUS_POPUP
      && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0)
    {
      cor_clip_page_focus_player (self->clip_page);
      return TRUE;
    }

  /* the editor is a form: Space opens its drop-downs, digits and letters are its own */
  if (in_editor)
    return FALSE;

  key = cor_mark_key_lookup (keyval, state, kind);
  if (key != COR_MARK_KEY_NONE)
    return handle_mark_key (self, key);

  return cor_player_view_handle_key (cor_clip_page_get_player_view (self->clip_page), keyval,
                                     state, focus);
}
