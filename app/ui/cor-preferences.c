/* cor-preferences.c — the Preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-confidence.h"
#include "cor-preferences.h"

struct _CorPreferences
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwEntryRow          *analyst_row;
  AdwComboRow          *confidence_row;
  GtkSwitch            *pause_switch;
  GtkSwitch            *waveform_switch;
  AdwComboRow          *paper_row;
};

G_DEFINE_FINAL_TYPE (CorPreferences, cor_preferences, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The paper sizes in the order of the paper row's items */
static const char * const paper_sizes[] = { "a4", "letter" };

/* Helpers: AdwComboRow:selected is a guint; the keys are an int and a string */

static gboolean
confidence_get_mapping (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  int level = g_variant_get_int32 (variant);

  g_value_set_uint (value, (guint) CLAMP (level, 0, COR_CONFIDENCE_LAST));

  return TRUE;
}

static GVariant *
confidence_set_mapping (const GValue       *value,
                        const GVariantType *expected_type,
                        gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected > COR_CONFIDENCE_LAST)
    return NULL;

  return g_variant_new_int32 ((gint32) selected);
}

static gboolean
paper_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *size = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paper_sizes); i++)
    if (g_strcmp0 (size, paper_sizes[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
paper_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (paper_sizes))
    return NULL;

  return g_variant_new_string (paper_sizes[selected]);
}

static GListModel *
confidence_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int level = COR_CONFIDENCE_UNASSESSED; level <= COR_CONFIDENCE_LAST; level++)
    gtk_string_list_append (list, cor_confidence_to_label ((CorConfidence) level));

  return G_LIST_MODEL (list);
}

static void
bind_settings (CorPreferences *self)
{
  g_settings_bind (self->settings, "analyst", self->analyst_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "default-confidence",
                                self->confidence_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                confidence_get_mapping, confidence_set_mapping, NULL, NULL);
  g_settings_bind (self->settings, "pause-on-mark", self->pause_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-waveform-strip", self->waveform_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "paper-size",
                                self->paper_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                paper_get_mapping, paper_set_mapping, NULL, NULL);
}

/* GObject overrides */

static void
cor_preferences_constructed (GObject *object)
{
  CorPreferences *self = COR_PREFERENCES (object);

  G_OBJECT_CLASS (cor_preferences_parent_class)->constructed (object);

  if (self->settings != NULL)
    bind_settings (self);
}

static void
cor_preferences_dispose (GObject *object)
{
  CorPreferences *self = COR_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cor_preferences_parent_class)->dispose (object);
}

static void
cor_preferences_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CorPreferences *self = COR_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_preferences_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CorPreferences *self = COR_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_preferences_class_init (CorPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cor_preferences_constructed;
  object_class->dispose = cor_preferences_dispose;
  object_class->get_property = cor_preferences_get_property;
  object_class->set_property = cor_preferences_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/"
                                               "cor-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, CorPreferences, analyst_row);
  gtk_widget_class_bind_template_child (widget_class, CorPreferences, confidence_row);
  gtk_widget_class_bind_template_child (widget_class, CorPreferences, pause_switch);
  gtk_widget_class_bind_template_child (widget_class, CorPreferences, waveform_switch);
  gtk_widget_class_bind_template_child (widget_class, CorPreferences, paper_row);
}

static void
cor_preferences_init (CorPreferences *self)
{
  g_autoptr(GListModel) levels = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  levels = confidence_model ();
  adw_combo_row_set_model (self->confidence_row, levels);
}

/* Public API */

CorPreferences *
cor_preferences_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (COR_TYPE_PREFERENCES, "settings", settings, NULL);
}
