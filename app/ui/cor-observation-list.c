/* cor-observation-list.c — the observations of a clip or of the whole case, in columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * store list → GtkFilterListModel (a GtkCustomFilter around cor_observation_filter_match)
 * → GtkSortListModel (the column view's sorter) → GtkSingleSelection → GtkColumnView.
 * The columns and their cells are made in cor-observation-list-columns.c. The filter bar's
 * choices (languages, analysts, tags) are recomputed in an idle after the observations
 * change, once per burst.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-observation-list-private.h"
#include "cor-time.h"
#include "cor-ui-format.h"
#include "cor-wrap-layout.h"

struct _CorObservationList
{
  AdwBin                parent_instance;

  CorStore             *store;
  gint64                clip_id;
  GListModel           *annotations;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkSingleSelection   *selection;
  GtkCustomFilter      *filter;
  CorObservationFilter *criteria;
  GHashTable           *clip_names;      /* gint64 clip id → display name */
  GHashTable           *language_names;  /* ISO 639 code → name */
  GStrv                 languages;       /* the language dropdown's codes; [0] "" is "any" */
  GStrv                 analysts;
  GStrv                 tags;
  guint                 choices_idle;
  gboolean              syncing;
  GtkColumnViewColumn  *columns[COR_OBSERVATION_N_COLUMNS];

  GtkDropDown          *kind_dropdown;
  GtkDropDown          *language_dropdown;
  GtkSearchEntry       *place_entry;
  GtkDropDown          *confidence_dropdown;
  GtkDropDown          *analyst_dropdown;
  GtkDropDown          *tag_dropdown;
  GtkLabel             *count_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
};

G_DEFINE_FINAL_TYPE (CorObservationList, cor_observation_list, ADW_TYPE_BIN)

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static gboolean
is_set (const char *value)
{
  return value != NULL && value[0] != '\0';
}

static GtkStringList *
string_list_new (const char *any,
                 const char * const *values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, any);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    gtk_string_list_append (list, values[i]);

  return list;
}

static void
set_dropdown_model (GtkDropDown   *dropdown,
                    GtkStringList *list)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
}

/* @values with @current appended when it is set and missing, so that a filter in
 * effect never disappears from its dropdown */
static GStrv
values_with (const char * const *values,
             const char         *current)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_add (builder, "");
  if (values != NULL)
    g_strv_builder_addv (builder, (const char **) values);
  if (is_set (current) && (values == NULL || !g_strv_contains (values, current)))
    g_strv_builder_add (builder, current);

  return g_strv_builder_end (builder);
}

static guint
index_of (const char * const *values,
          const char         *value)
{
  for (guint i = 1; values != NULL && values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;

  return 0;
}

static char *
language_label (CorObservationList *self,
                const char         *code)
{
  const char *name = self->language_names != NULL
                     ? g_hash_table_lookup (self->language_names, code) : NULL;

  if (name == NULL)
    return g_strdup (code);

  /* TRANSLATORS: a language name and its ISO 639 code: "Korean (ko)" */
  return g_strdup_printf (_("%s (%s)"), name, code);
}

static void
update_count (CorObservationList *self)
{
  guint shown = cor_observation_list_get_n_shown (self);
  guint total = cor_observation_list_get_n_total (self);
  g_autofree char *text = cor_observation_format_count (shown, total);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack,
                                    shown > 0 ? "list" : total > 0 ? "filtered" : "empty");
}

/* Rebuilds the language, analyst and tag dropdowns from the case; keeps the choices */
static void
update_choices (CorObservationList *self)
{
  g_auto(GStrv) languages = NULL;
  g_auto(GStrv) analysts = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GtkStringList) language_list = NULL;
  g_autoptr(GtkStringList) analyst_list = NULL;
  g_autoptr(GtkStringList) tag_list = NULL;

  if (self->annotations != NULL)
    languages = cor_observation_collect_languages (self->annotations);
  if (self->store != NULL)
    {
      analysts = cor_store_list_analysts (self->store);
      tags = cor_store_list_tags (self->store);
    }

  self->syncing = TRUE;

  g_strfreev (self->languages);
  self->languages = values_with ((const char * const *) languages, self->criteria->language);
  language_list = gtk_string_list_new (NULL);
  gtk_string_list_append (language_list, _("Any language"));
  for (guint i = 1; self->languages[i] != NULL; i++)
    {
      g_autofree char *label = language_label (self, self->languages[i]);

      gtk_string_list_append (language_list, label);
    }
  set_dropdown_model (self->language_dropdown, language_list);
  gtk_drop_down_set_selected (self->language_dropdown,
                              index_of ((const char * const *) self->languages,
                                        self->criteria->language));

  g_strfreev (self->analysts);
  self->analysts = values_with ((const char * const *) analysts, self->criteria->analyst);
  analyst_list = string_list_new (_("Any analyst"), (const char * const *) self->analysts + 1);
  set_dropdown_model (self->analyst_dropdown, analyst_list);
  gtk_drop_down_set_selected (self->analyst_dropdown,
                              index_of ((const char * const *) self->analysts,
                                        self->criteria->analyst));

  g_strfreev (self->tags);
  self->tags = values_with ((const char * const *) tags, self->criteria->tag);
  tag_list = string_list_new (_("Any tag"), (const char * const *) self->tags + 1);
  set_dropdown_model (self->tag_dropdown, tag_list);
  gtk_drop_down_set_selected (self->tag_dropdown,
                              index_of ((const char * const *) self->tags, self->criteria->tag));

  self->syncing = FALSE;
}

/* The fixed dropdowns and the place entry follow the criteria */
static void
sync_filter_bar (CorObservationList *self)
{
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown, (guint) self->criteria->kind);
  gtk_drop_down_set_selected (self->confidence_dropdown, (guint) self->criteria->min_confidence);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->place_entry)),
                 self->criteria->place != NULL ? self->criteria->place : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->place_entry),
                           self->criteria->place != NULL ? self->criteria->place : "");
  self->syncing = FALSE;

  update_choices (self);
}

static void
refilter (CorObservationList *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
update_clip_names (CorObservationList *self)
{
  GListModel *clips;
  guint n;

  g_hash_table_remove_all (self->clip_names);
  if (self->store == NULL)
    return;

  clips = cor_store_get_clips (self->store);
  n = g_list_model_get_n_items (clips);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      gint64 *key = g_new (gint64, 1);

      *key = cor_clip_get_id (clip);
      g_hash_table_insert (self->clip_names, key, cor_clip_dup_display_name (clip));
    }
}

static gboolean
match_func (gpointer item,
            gpointer user_data)
{
  CorObservationList *self = user_data;

  return cor_observation_filter_match (self->criteria, item);
}

/* Callbacks */

static gboolean
choices_idle_cb (gpointer user_data)
{
  CorObservationList *self = user_data;

  self->choices_idle = 0;
  update_choices (self);

  return G_SOURCE_REMOVE;
}

static void
annotations_changed_cb (CorObservationList *self,
                        guint               position,
                        guint               removed,
                        guint               added,
                        GListModel         *model)
{
  update_count (self);
  if (self->choices_idle == 0)
    self->choices_idle = g_idle_add_full (G_PRIORITY_LOW, choices_idle_cb, self, NULL);
}

static void
shown_changed_cb (CorObservationList *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *model)
{
  update_count (self);
}

static void
store_changed_cb (CorObservationList *self,
                  const char         *table,
                  gint64              id,
                  int                 change,
                  CorStore           *store)
{
  if (g_strcmp0 (table, "clips") == 0)
    {
      update_clip_names (self);
      /* rebind the visible rows: a clip was renamed */
      if (self->clip_id == 0 && self->annotations != NULL)
        gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
}

static void
dropdown_changed_cb (CorObservationList *self,
                     GParamSpec         *pspec,
                     GtkDropDown        *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (dropdown == self->kind_dropdown)
    self->criteria->kind = (CorAnnotationKind) selected;
  else if (dropdown == self->confidence_dropdown)
    self->criteria->min_confidence = (CorConfidence) selected;
  else if (dropdown == self->language_dropdown)
    cor_observation_filter_set_string (&self->criteria->language, self->languages[selected]);
  else if (dropdown == self->analyst_dropdown)
    cor_observation_filter_set_string (&self->criteria->analyst, self->analysts[selected]);
  else if (dropdown == self->tag_dropdown)
    cor_observation_filter_set_string (&self->criteria->tag, self->tags[selected]);

  refilter (self);
}

static void
place_changed_cb (CorObservationList *self,
                  GtkSearchEntry     *entry)
{
  if (self->syncing)
    return;

  cor_observation_filter_set_string (&self->criteria->place,
                                     gtk_editable_get_text (GTK_EDITABLE (entry)));
  refilter (self);
}

static void
clear_filters_cb (CorObservationList *self)
{
  g_autoptr(CorObservationFilter) empty = cor_observation_filter_new ();

  cor_observation_list_set_filter (self, empty);
}

static void
row_activated_cb (CorObservationList *self,
                  guint               position,
                  GtkColumnView      *view)
{
  g_autoptr(CorAnnotation) annotation = NULL;

  if (self->sort_model == NULL)
    return;

  annotation = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  if (annotation == NULL)
    return;

  g_signal_emit (self, signals[ACTIVATED], 0,
                 cor_annotation_get_clip_id (annotation),
                 cor_annotation_get_id (annotation),
                 cor_annotation_get_start_ns (annotation));
}

static void
add_column (CorObservationList   *self,
            CorObservationColumn  column,
            const char           *title,
            int                   (*compare) (CorAnnotation *, CorAnnotation *),
            int                   fixed_width)
{
  GtkColumnViewColumn *view_column =
    cor_observation_list_column_new (column, title, compare, fixed_width);

  gtk_column_view_append_column (self->column_view, view_column);
  self->columns[column] = view_column;
  g_object_unref (view_column);
}

static void
fill_fixed_dropdowns (CorObservationList *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) confidences = gtk_string_list_new (NULL);

  gtk_string_list_append (kinds, _("Any kind"));
  for (CorAnnotationKind kind = COR_ANNOTATION_KIND_LANGUAGE; kind <= COR_ANNOTATION_KIND_NOTE; kind++)
    gtk_string_list_append (kinds, cor_annotation_kind_to_label (kind));

  gtk_string_list_append (confidences, _("Any confidence"));
  for (CorConfidence level = COR_CONFIDENCE_VERY_LOW; level <= COR_CONFIDENCE_LAST; level++)
    {
      /* TRANSLATORS: a minimum confidence, "Moderate or higher" */
      g_autofree char *label = level == COR_CONFIDENCE_LAST
                               ? g_strdup (cor_confidence_to_label (level))
                               : g_strdup_printf (_("%s or higher"), cor_confidence_to_label (level));

      gtk_string_list_append (confidences, label);
    }

  set_dropdown_model (self->kind_dropdown, kinds);
  set_dropdown_model (self->confidence_dropdown, confidences);
}

/* GObject overrides */

static void
cor_observation_list_dispose (GObject *object)
{
  CorObservationList *self = COR_OBSERVATION_LIST (object);

  g_clear_handle_id (&self->choices_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_data (self->annotations, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_OBSERVATION_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->annotations);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cor_observation_list_parent_class)->dispose (object);
}

static void
cor_observation_list_finalize (GObject *object)
{
  CorObservationList *self = COR_OBSERVATION_LIST (object);

  g_clear_pointer (&self->criteria, cor_observation_filter_free);
  g_clear_pointer (&self->clip_names, g_hash_table_unref);
  g_clear_pointer (&self->language_names, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->analysts, g_strfreev);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (cor_observation_list_parent_class)->finalize (object);
}

static void
cor_observation_list_class_init (CorObservationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (COR_TYPE_WRAP_LAYOUT);
  object_class->dispose = cor_observation_list_dispose;
  object_class->finalize = cor_observation_list_finalize;

  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-observation-list.ui");
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, place_entry);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, confidence_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, analyst_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, count_label);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, stack);
  gtk_widget_class_bind_template_child (widget_class, CorObservationList, column_view);
  gtk_widget_class_bind_template_callback (widget_class, place_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
cor_observation_list_init (CorObservationList *self)
{
  GtkDropDown *dropdowns[5];

  self->criteria = cor_observation_filter_new ();
  self->clip_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  add_column (self, COR_OBSERVATION_COLUMN_CLIP, _("Clip"), cor_observation_compare_clip, 160);
  add_column (self, COR_OBSERVATION_COLUMN_TIME, _("Time"), cor_observation_compare_time, 200);
  add_column (self, COR_OBSERVATION_COLUMN_KIND, _("Kind"), cor_observation_compare_kind, 150);
  add_column (self, COR_OBSERVATION_COLUMN_SUMMARY, _("Summary"), NULL, -1);
  add_column (self, COR_OBSERVATION_COLUMN_CONFIDENCE, _("Confidence"),
              cor_observation_compare_confidence, 110);
  add_column (self, COR_OBSERVATION_COLUMN_ANALYST, _("Analyst"),
              cor_observation_compare_analyst, 110);

  self->filter = gtk_custom_filter_new (match_func, self, NULL);

  fill_fixed_dropdowns (self);
  update_choices (self);

  dropdowns[0] = self->kind_dropdown;
  dropdowns[1] = self->language_dropdown;
  dropdowns[2] = self->confidence_dropdown;
  dropdowns[3] = self->analyst_dropdown;
  dropdowns[4] = self->tag_dropdown;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    g_signal_connect_object (dropdowns[i], "notify::selected", G_CALLBACK (dropdown_changed_cb),
                             self, G_CONNECT_SWAPPED);

  update_count (self);
}

GHashTable *
cor_observation_list_get_clip_names (CorObservationList *self)
{
  return self->clip_names;
}

/* Public API */

GtkWidget *
cor_observation_list_new (void)
{
  return g_object_new (COR_TYPE_OBSERVATION_LIST, NULL);
}

void
cor_observation_list_set_store (CorObservationList *self,
                                CorStore           *store,
                                gint64              clip_id)
{
  g_return_if_fail (COR_IS_OBSERVATION_LIST (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  gtk_column_view_set_model (self->column_view, NULL);
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_data (self->annotations, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->annotations);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      g_clear_pointer (&self->language_names, g_hash_table_unref);
      if (store != NULL)
        {
          g_autoptr(GPtrArray) languages = cor_store_list_languages (store);

          self->language_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          for (guint i = 0; languages != NULL && i < languages->len; i++)
            {
              const CorTerm *term = g_ptr_array_index (languages, i);

              g_hash_table_insert (self->language_names, g_ascii_strdown (term->code, -1),
                                   g_strdup (cor_ui_language_name (term->name)));
            }
          g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                   G_CONNECT_SWAPPED);
        }
    }

  self->clip_id = store != NULL ? clip_id : 0;
  update_clip_names (self);
  gtk_column_view_column_set_visible (self->columns[COR_OBSERVATION_COLUMN_CLIP],
                                      store != NULL && clip_id == 0);

  if (store != NULL)
    {
      self->annotations = cor_store_list_annotations (store, clip_id);
      self->filter_model = gtk_filter_list_model_new (g_object_ref (self->annotations),
                                                      GTK_FILTER (g_object_ref (self->filter)));
      self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                                  g_object_ref (gtk_column_view_get_sorter (self->column_view)));
      self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);

      g_signal_connect_object (self->annotations, "items-changed",
                               G_CALLBACK (annotations_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->sort_model, "items-changed",
                               G_CALLBACK (shown_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }

  update_choices (self);
  update_count (self);
}

CorStore *
cor_observation_list_get_store (CorObservationList *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), NULL);

  return self->store;
}

gint64
cor_observation_list_get_clip_id (CorObservationList *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), 0);

  return self->clip_id;
}

const CorObservationFilter *
cor_observation_list_get_filter (CorObservationList *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), NULL);

  return self->criteria;
}

void
cor_observation_list_set_filter (CorObservationList         *self,
                                 const CorObservationFilter *filter)
{
  g_return_if_fail (COR_IS_OBSERVATION_LIST (self));

  if (cor_observation_filter_equal (self->criteria, filter))
    return;

  cor_observation_filter_free (self->criteria);
  self->criteria = cor_observation_filter_copy (filter);
  if (self->criteria->kind > COR_ANNOTATION_KIND_NOTE)
    self->criteria->kind = 0;
  if (self->criteria->min_confidence > COR_CONFIDENCE_LAST)
    self->criteria->min_confidence = COR_CONFIDENCE_UNASSESSED;

  sync_filter_bar (self);
  refilter (self);
}

void
cor_observation_list_sort_by (CorObservationList   *self,
                              CorObservationColumn  column,
                              GtkSortType           order)
{
  g_return_if_fail (COR_IS_OBSERVATION_LIST (self));
  g_return_if_fail (column < COR_OBSERVATION_N_COLUMNS);

  gtk_column_view_sort_by_column (self->column_view, self->columns[column], order);
}

GListModel *
cor_observation_list_get_model (CorObservationList *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), NULL);

  return self->sort_model != NULL ? G_LIST_MODEL (self->sort_model) : NULL;
}

guint
cor_observation_list_get_n_shown (CorObservationList *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), 0);

  return self->sort_model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) : 0;
}

guint
cor_observation_list_get_n_total (CorObservationList *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), 0);

  return self->annotations != NULL ? g_list_model_get_n_items (self->annotations) : 0;
}

gboolean
cor_observation_list_select_annotation (CorObservationList *self,
                                        gint64              annotation_id)
{
  guint n;

  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), FALSE);

  if (self->sort_model == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      if (cor_annotation_get_id (annotation) != annotation_id)
        continue;

      gtk_single_selection_set_selected (self->selection, i);
      /* the column view's inner list view knows how to bring a row into view */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_VIEW (child))
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);

      return TRUE;
    }

  return FALSE;
}

GtkColumnView *
cor_observation_list_get_column_view (CorObservationList *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_LIST (self), NULL);

  return self->column_view;
}
