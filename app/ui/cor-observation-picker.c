/* cor-observation-picker.c — a popover to choose one observation of the case by searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case-wide list is made when the popover opens and dropped when it closes, so a
 * closed picker per claim costs nothing. Each observation's searchable text is built
 * once per opening, in a hash table keyed by the object, not on every key press.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-observation-filter.h"
#include "cor-observation-picker.h"

struct _CorObservationPicker
{
  GtkPopover          parent_instance;

  CorStore           *store;
  GListModel         *annotations;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  GHashTable         *texts;        /* CorAnnotation* → casefolded searchable text */
  char               *needle;       /* casefolded */

  GtkSearchEntry     *entry;
  GtkDropDown        *relation;
  GtkListView        *view;
};

G_DEFINE_FINAL_TYPE (CorObservationPicker, cor_observation_picker, GTK_TYPE_POPOVER)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static char *
row_text (CorStore      *store,
          CorAnnotation *annotation)
{
  g_autofree char *time = cor_observation_format_time (cor_annotation_get_start_ns (annotation),
                                                       cor_annotation_get_end_ns (annotation));
  g_autofree char *summary = cor_annotation_dup_summary (annotation);
  g_autoptr(CorClip) clip = cor_store_get_clip (store, cor_annotation_get_clip_id (annotation), NULL);
  g_autofree char *clip_name = clip != NULL ? cor_clip_dup_display_name (clip) : g_strdup ("");

  /* TRANSLATORS: an observation in the picker: clip, time, summary */
  return g_strdup_printf (_("%s · %s · %s"), clip_name, time, summary);
}

static gboolean
match_func (gpointer item,
            gpointer user_data)
{
  CorObservationPicker *self = user_data;
  const char *text;

  if (self->needle == NULL || self->needle[0] == '\0')
    return TRUE;

  text = g_hash_table_lookup (self->texts, item);
  if (text == NULL)
    {
      g_autofree char *plain = row_text (self->store, item);
      char *folded = g_utf8_casefold (plain, -1);

      g_hash_table_insert (self->texts, item, folded);
      text = folded;
    }

  return strstr (text, self->needle) != NULL;
}

static void
drop_model (CorObservationPicker *self)
{
  gtk_list_view_set_model (self->view, NULL);
  g_clear_object (&self->filter_model);
  g_hash_table_remove_all (self->texts);
  g_clear_object (&self->annotations);
}

/* a changed observation may be a new object at an old address: forget the texts */
static void
annotations_changed_cb (CorObservationPicker *self)
{
  g_hash_table_remove_all (self->texts);
}

static void
make_model (CorObservationPicker *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  drop_model (self);
  if (self->store == NULL)
    return;

  self->annotations = cor_store_list_annotations (self->store, 0);
  g_signal_connect_object (self->annotations, "items-changed", G_CALLBACK (annotations_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (self->annotations),
                                                  GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_list_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
}

/* Callbacks */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  CorObservationPicker *self = user_data;
  g_autofree char *text = row_text (self->store, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
search_changed_cb (CorObservationPicker *self,
                   GtkSearchEntry       *entry)
{
  g_free (self->needle);
  self->needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
activate_cb (CorObservationPicker *self,
             guint                 position,
             GtkListView          *view)
{
  cor_observation_picker_pick (self, position);
}

static void
show_cb (CorObservationPicker *self)
{
  make_model (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
closed_cb (CorObservationPicker *self)
{
  drop_model (self);
}

/* GObject overrides */

static void
cor_observation_picker_dispose (GObject *object)
{
  CorObservationPicker *self = COR_OBSERVATION_PICKER (object);

  if (self->view != NULL)
    gtk_list_view_set_model (self->view, NULL);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->annotations);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cor_observation_picker_parent_class)->dispose (object);
}

static void
cor_observation_picker_finalize (GObject *object)
{
  CorObservationPicker *self = COR_OBSERVATION_PICKER (object);

  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (cor_observation_picker_parent_class)->finalize (object);
}

static void
cor_observation_picker_class_init (CorObservationPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cor_observation_picker_dispose;
  object_class->finalize = cor_observation_picker_finalize;

  signals[PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);
}

static void
cor_observation_picker_init (CorObservationPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  const char *relations[] = { NULL, NULL, NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->texts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->filter = gtk_custom_filter_new (match_func, self, NULL);

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  g_object_set (self->entry, "placeholder-text", _("Find an observation"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find an observation"), -1);
  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);

  relations[0] = cor_relation_to_label (COR_RELATION_SUPPORTS);
  relations[1] = cor_relation_to_label (COR_RELATION_CONTRADICTS);
  self->relation = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (relations));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->relation), _("Relation to the claim"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->relation), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Relation to the claim"), -1);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  self->view = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "navigation-sidebar");
  g_signal_connect_object (self->view, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scroller, 460, 320);
  /* Tab from the search entry goes to the list: a focused scrolled window would swallow it */
  gtk_widget_set_focusable (scroller, FALSE);

  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->relation));
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect (self, "show", G_CALLBACK (show_cb), NULL);
  g_signal_connect (self, "closed", G_CALLBACK (closed_cb), NULL);
}

/* Public API */

GtkWidget *
cor_observation_picker_new (CorStore *store)
{
  CorObservationPicker *self;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);

  self = g_object_new (COR_TYPE_OBSERVATION_PICKER, NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

void
cor_observation_picker_load (CorObservationPicker *self)
{
  g_return_if_fail (COR_IS_OBSERVATION_PICKER (self));

  make_model (self);
}

void
cor_observation_picker_set_search (CorObservationPicker *self,
                                   const char           *text)
{
  g_return_if_fail (COR_IS_OBSERVATION_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  search_changed_cb (self, self->entry);
}

GListModel *
cor_observation_picker_get_model (CorObservationPicker *self)
{
  g_return_val_if_fail (COR_IS_OBSERVATION_PICKER (self), NULL);

  return self->filter_model != NULL ? G_LIST_MODEL (self->filter_model) : NULL;
}

gboolean
cor_observation_picker_pick (CorObservationPicker *self,
                             guint                 position)
{
  g_autoptr(CorAnnotation) annotation = NULL;
  CorRelation relation;

  g_return_val_if_fail (COR_IS_OBSERVATION_PICKER (self), FALSE);

  if (self->filter_model == NULL)
    return FALSE;

  annotation = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  if (annotation == NULL)
    return FALSE;

  relation = gtk_drop_down_get_selected (self->relation) == 1
             ? COR_RELATION_CONTRADICTS : COR_RELATION_SUPPORTS;
  g_signal_emit (self, signals[PICKED], 0, cor_annotation_get_id (annotation), (int) relation);
  gtk_popover_popdown (GTK_POPOVER (self));

  return TRUE;
}
