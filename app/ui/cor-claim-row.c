/* cor-claim-row.c — one claim of an article: its fields and its evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-claim-row.h"
#include "cor-observation-filter.h"
#include "cor-observation-picker.h"

typedef struct
{
  GtkWidget *row;
  GtkWidget *relation;
  GtkWidget *remove;
  gint64     annotation_id;
  gint64     clip_id;
  gint64     start_ns;
} Evidence;

struct _CorClaimRow
{
  AdwExpanderRow  parent_instance;

  CorStore       *store;
  gint64          claim_id;
  GPtrArray      *evidence;        /* Evidence */
  guint           n_supporting;
  guint           n_contradicting;
  gboolean        syncing;

  AdwEntryRow    *text_row;
  AdwEntryRow    *claimant_row;
  AdwEntryRow    *figure_row;
  AdwEntryRow    *date_row;
  GtkWidget      *picker;
  GtkWidget      *link_button;
  GtkLabel       *supporting_label;
  GtkLabel       *contradicting_label;
};

G_DEFINE_FINAL_TYPE (CorClaimRow, cor_claim_row, ADW_TYPE_EXPANDER_ROW)

enum {
  OBSERVATION_ACTIVATED,
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
report (CorClaimRow  *self,
        const GError *error)
{
  g_signal_emit (self, signals[ERROR], 0, error->message);
}

static Evidence *
find_evidence (CorClaimRow *self,
               GtkWidget   *widget)
{
  for (guint i = 0; i < self->evidence->len; i++)
    {
      Evidence *item = g_ptr_array_index (self->evidence, i);

      if (item->row == widget || item->relation == widget || item->remove == widget)
        return item;
    }

  return NULL;
}

static void
update_subtitle (CorClaimRow *self,
                 CorClaim    *claim)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *subtitle = NULL;
  const char *values[3];
  g_autofree char *supporting = NULL;
  g_autofree char *contradicting = NULL;

  values[0] = cor_claim_get_claimant (claim);
  values[1] = cor_claim_get_figure (claim);
  values[2] = cor_claim_get_claim_date (claim);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (values[i] != NULL && values[i][0] != '\0')
      g_strv_builder_add (builder, values[i]);
  parts = g_strv_builder_end (builder);
  subtitle = g_strjoinv (" · ", parts);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), cor_claim_get_text (claim));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  /* TRANSLATORS: how many observations support a claim, at a glance */
  supporting = g_strdup_printf (_("%u supporting"), self->n_supporting);
  /* TRANSLATORS: how many observations contradict a claim, at a glance */
  contradicting = g_strdup_printf (_("%u contradicting"), self->n_contradicting);
  gtk_label_set_text (self->supporting_label, supporting);
  gtk_label_set_text (self->contradicting_label, contradicting);
  gtk_widget_set_opacity (GTK_WIDGET (self->supporting_label), self->n_supporting > 0 ? 1.0 : 0.5);
  gtk_widget_set_opacity (GTK_WIDGET (self->contradicting_label),
                          self->n_contradicting > 0 ? 1.0 : 0.5);
}

static void
clear_evidence (CorClaimRow *self)
{
  for (guint i = 0; i < self->evidence->len; i++)
    {
      Evidence *item = g_ptr_array_index (self->evidence, i);

      adw_expander_row_remove (ADW_EXPANDER_ROW (self), item->row);
    }
  g_ptr_array_set_size (self->evidence, 0);
  self->n_supporting = 0;
  self->n_contradicting = 0;
}

/* Callbacks */

static void
evidence_activated_cb (CorClaimRow  *self,
                       AdwActionRow *row)
{
  Evidence *item = find_evidence (self, GTK_WIDGET (row));

  if (item != NULL)
    g_signal_emit (self, signals[OBSERVATION_ACTIVATED], 0, item->clip_id, item->annotation_id,
                   item->start_ns);
}

static void
relation_changed_cb (CorClaimRow *self,
                     GParamSpec  *pspec,
                     GtkDropDown *dropdown)
{
  Evidence *item = find_evidence (self, GTK_WIDGET (dropdown));
  g_autoptr(GError) error = NULL;
  CorRelation relation;

  if (self->syncing || item == NULL)
    return;

  relation = gtk_drop_down_get_selected (dropdown) == 1
             ? COR_RELATION_CONTRADICTS : COR_RELATION_SUPPORTS;
  if (!cor_store_link_claim_annotation (self->store, self->claim_id, item->annotation_id,
                                        relation, &error))
    report (self, error);
}

static void
remove_clicked_cb (CorClaimRow *self,
                   GtkButton   *button)
{
  Evidence *item = find_evidence (self, GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (item != NULL
      && !cor_store_unlink_claim_annotation (self->store, self->claim_id, item->annotation_id,
                                             &error))
    report (self, error);
}

static void
picked_cb (CorClaimRow *self,
           gint64       annotation_id,
           int          relation,
           GtkWidget   *picker)
{
  g_autoptr(GError) error = NULL;

  if (!cor_store_link_claim_annotation (self->store, self->claim_id, annotation_id,
                                        (CorRelation) relation, &error))
    report (self, error);
}

static void
add_evidence (CorClaimRow   *self,
              const CorLink *link)
{
  g_autoptr(CorAnnotation) annotation = cor_store_get_annotation (self->store, link->id, NULL);
  g_autoptr(CorClip) clip = NULL;
  g_autofree char *time = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  g_autofree char *clip_name = NULL;
  const char *relations[] = { NULL, NULL, NULL };
  Evidence *item;

  if (annotation == NULL)
    return;

  clip = cor_store_get_clip (self->store, cor_annotation_get_clip_id (annotation), NULL);
  clip_name = clip != NULL ? cor_clip_dup_display_name (clip) : NULL;
  time = cor_observation_format_time (cor_annotation_get_start_ns (annotation),
                                      cor_annotation_get_end_ns (annotation));
  summary = cor_annotation_dup_summary (annotation);
  /* TRANSLATORS: an observation's time and summary */
  title = g_strdup_printf (_("%s · %s"), time, summary);

  item = g_new0 (Evidence, 1);
  item->annotation_id = link->id;
  item->clip_id = cor_annotation_get_clip_id (annotation);
  item->start_ns = cor_annotation_get_start_ns (annotation);

  item->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (item->row), clip_name != NULL ? clip_name : "");
  adw_action_row_add_prefix (ADW_ACTION_ROW (item->row),
                             gtk_image_new_from_icon_name (link->relation == COR_RELATION_CONTRADICTS
                                                           ? "window-close-symbolic"
                                                           : "object-select-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (item->row), TRUE);
  g_signal_connect_object (item->row, "activated", G_CALLBACK (evidence_activated_cb), self,
                           G_CONNECT_SWAPPED);

  relations[0] = cor_relation_to_label (COR_RELATION_SUPPORTS);
  relations[1] = cor_relation_to_label (COR_RELATION_CONTRADICTS);
  item->relation = gtk_drop_down_new_from_strings (relations);
  gtk_widget_set_valign (item->relation, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->relation), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Relation to the claim"), -1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (item->relation),
                              link->relation == COR_RELATION_CONTRADICTS ? 1 : 0);
  g_signal_connect_object (item->relation, "notify::selected", G_CALLBACK (relation_changed_cb),
                           self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), item->relation);

  item->remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (item->remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (item->remove, _("Unlink This Observation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unlink This Observation"), -1);
  gtk_widget_add_css_class (item->remove, "flat");
  g_signal_connect_object (item->remove, "clicked", G_CALLBACK (remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), item->remove);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), item->row);
  g_ptr_array_add (self->evidence, item);

  if (link->relation == COR_RELATION_CONTRADICTS)
    self->n_contradicting++;
  else
    self->n_supporting++;
}

static void
commit_cb (CorClaimRow *self,
           AdwEntryRow *row)
{
  g_autoptr(CorClaim) claim = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  const char *current;

  if (self->syncing || self->store == NULL)
    return;

  claim = cor_store_get_claim (self->store, self->claim_id, NULL);
  if (claim == NULL)
    return;

  value = cor_entry_row_dup_value (row);
  if (row == self->text_row)
    current = cor_claim_get_text (claim);
  else if (row == self->claimant_row)
    current = cor_claim_get_claimant (claim);
  else if (row == self->figure_row)
    current = cor_claim_get_figure (claim);
  else
    current = cor_claim_get_claim_date (claim);

  if (g_strcmp0 (current != NULL && current[0] != '\0' ? current : NULL, value) == 0)
    return;

  if (row == self->text_row)
    cor_claim_set_text (claim, value);
  else if (row == self->claimant_row)
    cor_claim_set_claimant (claim, value);
  else if (row == self->figure_row)
    cor_claim_set_figure (claim, value);
  else
    cor_claim_set_claim_date (claim, value);

  if (!cor_store_update_claim (self->store, claim, &error))
    {
      report (self, error);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
delete_response_cb (CorClaimRow      *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0
      && !cor_store_delete_claim (self->store, self->claim_id, &error))
    report (self, error);
}

static void
delete_clicked_cb (CorClaimRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete This Claim?"),
                                   _("The claim and its links to observations are removed from "
                                     "the case. The observations stay."));
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

typedef struct
{
  void     (*commit) (gpointer, AdwEntryRow *);
  gpointer   user_data;
} Commit;

static void
commit_leave_cb (GtkEventControllerFocus *controller,
                 Commit                  *commit)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  commit->commit (commit->user_data, ADW_ENTRY_ROW (row));
}

static void
commit_free (gpointer  data,
             GClosure *closure)
{
  g_free (data);
}

/* GObject overrides */

static void
cor_claim_row_dispose (GObject *object)
{
  CorClaimRow *self = COR_CLAIM_ROW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (cor_claim_row_parent_class)->dispose (object);
}

static void
cor_claim_row_finalize (GObject *object)
{
  CorClaimRow *self = COR_CLAIM_ROW (object);

  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (cor_claim_row_parent_class)->finalize (object);
}

static void
cor_claim_row_class_init (CorClaimRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cor_claim_row_dispose;
  object_class->finalize = cor_claim_row_finalize;

  signals[OBSERVATION_ACTIVATED] =
    g_signal_new ("observation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static AdwEntryRow *
add_entry_row (CorClaimRow *self,
               const char  *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  cor_entry_row_connect_commit (row, G_CALLBACK (commit_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (row));

  return row;
}

static void
cor_claim_row_init (CorClaimRow *self)
{
  GtkWidget *delete_button;
  GtkWidget *link_row;

  self->evidence = g_ptr_array_new_with_free_func (g_free);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  self->supporting_label = GTK_LABEL (gtk_label_new (NULL));
  self->contradicting_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->supporting_label), "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->contradicting_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->supporting_label), "caption-heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->contradicting_label), "caption-heading");
  /* actions are prepended: this shows supporting, contradicting, then the delete button */

  delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete_button, _("Delete Claim"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete Claim"), -1);
  gtk_widget_add_css_class (delete_button, "flat");
  g_signal_connect_object (delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), delete_button);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->contradicting_label));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->supporting_label));

  self->text_row = add_entry_row (self, _("Claim"));
  self->claimant_row = add_entry_row (self, _("Claimant"));
  self->figure_row = add_entry_row (self, _("Figure"));
  self->date_row = add_entry_row (self, _("Date"));

  link_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (link_row), _("Evidence"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (link_row),
                               _("Observations that support or contradict the claim"));
  /* its popover, the picker, needs the store: made in cor_claim_row_new() */
  self->link_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->link_button), _("_Link Observation…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (self->link_button), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Link an Observation"), -1);
  gtk_widget_set_valign (self->link_button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (link_row), self->link_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), link_row);
}

/* Public API */

void
cor_entry_row_connect_commit (AdwEntryRow *row,
                              GCallback    commit,
                              gpointer     user_data)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  Commit *data = g_new0 (Commit, 1);

  data->commit = (void (*) (gpointer, AdwEntryRow *)) commit;
  data->user_data = user_data;
  g_signal_connect_swapped (row, "entry-activated", commit, user_data);
  g_signal_connect_data (focus, "leave", G_CALLBACK (commit_leave_cb), data, commit_free, 0);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

char *
cor_entry_row_dup_value (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

void
cor_entry_row_show_value (AdwEntryRow *row,
                          const char  *value)
{
  if (gtk_widget_has_focus (GTK_WIDGET (row))
      || gtk_widget_get_focus_child (GTK_WIDGET (row)) != NULL)
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value != NULL ? value : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
}

GtkWidget *
cor_claim_row_new (CorStore *store,
                   gint64    claim_id)
{
  CorClaimRow *self;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);

  self = g_object_new (COR_TYPE_CLAIM_ROW, NULL);
  self->store = g_object_ref (store);
  self->claim_id = claim_id;

  self->picker = cor_observation_picker_new (store);
  g_signal_connect_object (self->picker, "picked", G_CALLBACK (picked_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->link_button), self->picker);

  cor_claim_row_refresh (self);

  return GTK_WIDGET (self);
}

gint64
cor_claim_row_get_claim_id (CorClaimRow *self)
{
  g_return_val_if_fail (COR_IS_CLAIM_ROW (self), 0);

  return self->claim_id;
}

void
cor_claim_row_refresh (CorClaimRow *self)
{
  g_autoptr(CorClaim) claim = NULL;
  g_autoptr(GArray) links = NULL;

  g_return_if_fail (COR_IS_CLAIM_ROW (self));

  claim = cor_store_get_claim (self->store, self->claim_id, NULL);
  if (claim == NULL)
    return;

  self->syncing = TRUE;
  cor_entry_row_show_value (self->text_row, cor_claim_get_text (claim));
  cor_entry_row_show_value (self->claimant_row, cor_claim_get_claimant (claim));
  cor_entry_row_show_value (self->figure_row, cor_claim_get_figure (claim));
  cor_entry_row_show_value (self->date_row, cor_claim_get_claim_date (claim));

  clear_evidence (self);
  links = cor_store_get_claim_annotations (self->store, self->claim_id);
  /* supporting first, then contradicting */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; links != NULL && i < links->len; i++)
      {
        const CorLink *link = &g_array_index (links, CorLink, i);

        if ((link->relation == COR_RELATION_CONTRADICTS) == (pass == 1))
          add_evidence (self, link);
      }
  self->syncing = FALSE;

  update_subtitle (self, claim);
}

void
cor_claim_row_focus_text (CorClaimRow *self)
{
  g_return_if_fail (COR_IS_CLAIM_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
  gtk_editable_select_region (GTK_EDITABLE (self->text_row), 0, -1);
}

guint
cor_claim_row_get_n_supporting (CorClaimRow *self)
{
  g_return_val_if_fail (COR_IS_CLAIM_ROW (self), 0);

  return self->n_supporting;
}

guint
cor_claim_row_get_n_contradicting (CorClaimRow *self)
{
  g_return_val_if_fail (COR_IS_CLAIM_ROW (self), 0);

  return self->n_contradicting;
}

GtkWidget *
cor_claim_row_get_picker (CorClaimRow *self)
{
  g_return_val_if_fail (COR_IS_CLAIM_ROW (self), NULL);

  return self->picker;
}
