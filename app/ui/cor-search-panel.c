/* cor-search-panel.c — full-text search over the case, results grouped by clip and article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The results are a GtkListBox (a search returns at most RESULT_LIMIT hits): a header
 * row per clip or article, then its hits. row_hits and row_groups run parallel to the
 * rows, by index: the hit of a row (NULL for a header) and the group it belongs to.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-search-format.h"
#include "cor-search-panel.h"

#define RESULT_LIMIT     200
#define SEARCH_DELAY_MS  150
#define REFRESH_DELAY_MS 300

struct _CorSearchPanel
{
  AdwBin          parent_instance;

  CorStore       *store;
  GPtrArray      *hits;        /* CorSearchHit, owned */
  GPtrArray      *groups;      /* CorSearchGroup */
  GPtrArray      *row_hits;    /* CorSearchHit or NULL, borrowed */
  GPtrArray      *row_groups;  /* CorSearchGroup, borrowed */
  guint           n_results;
  guint           refresh_source;

  GtkSearchEntry *search_entry;
  GtkLabel       *error_label;
  GtkStack       *stack;
  AdwStatusPage  *none_page;
  GtkListBox     *results_list;
};

G_DEFINE_FINAL_TYPE (CorSearchPanel, cor_search_panel, ADW_TYPE_BIN)

enum {
  ACTIVATED_ANNOTATION,
  ACTIVATED_ARTICLE,
  ACTIVATED_CLIP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static gint64
claim_article (gint64   claim_id,
               gpointer user_data)
{
  CorSearchPanel *self = user_data;
  g_autoptr(CorClaim) claim = cor_store_get_claim (self->store, claim_id, NULL);

  return claim != NULL ? cor_claim_get_article_id (claim) : 0;
}

static char *
group_title (CorSearchPanel *self,
             CorSearchGroup *group)
{
  if (group->kind == COR_SEARCH_GROUP_CLIP)
    {
      g_autoptr(CorClip) clip = cor_store_get_clip (self->store, group->id, NULL);

      return clip != NULL ? cor_clip_dup_display_name (clip) : g_strdup (_("Unknown clip"));
    }
  else
    {
      g_autoptr(CorArticle) article = cor_store_get_article (self->store, group->id, NULL);
      const char *title = article != NULL ? cor_article_get_title (article) : NULL;

      return g_strdup (title != NULL && title[0] != '\0' ? title : _("Untitled article"));
    }
}

static void
clear_results (CorSearchPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  g_ptr_array_set_size (self->row_hits, 0);
  g_ptr_array_set_size (self->row_groups, 0);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
  self->n_results = 0;
}

static GtkWidget *
make_label (const char *text,
            gboolean    markup,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
add_row (CorSearchPanel *self,
         GtkWidget      *child,
         CorSearchHit   *hit,
         CorSearchGroup *group)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_append (self->results_list, row);
  g_ptr_array_add (self->row_hits, hit);
  g_ptr_array_add (self->row_groups, group);
}

static void
add_header (CorSearchPanel *self,
            CorSearchGroup *group)
{
  g_autofree char *title = group_title (self, group);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = make_label (title, FALSE, "heading");
  GtkWidget *kind = make_label (group->kind == COR_SEARCH_GROUP_CLIP ? _("Clip") : _("Article"),
                                FALSE, "dim-label");

  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (kind, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_widget_set_margin_top (box, self->row_hits->len > 0 ? 12 : 0);
  gtk_widget_add_css_class (box, "cor-search-header");

  add_row (self, box, NULL, group);
}

static void
add_hit (CorSearchPanel *self,
         CorSearchGroup *group,
         CorSearchHit   *hit)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = NULL;
  g_autofree char *snippet = cor_search_format_snippet_markup (hit->snippet);
  GtkWidget *title_label;
  GtkWidget *snippet_label;

  /* an observation's title already starts with its time */
  if (hit->kind == COR_SEARCH_HIT_CLAIM)
    /* TRANSLATORS: a claim found by a search */
    title = g_strdup_printf (_("Claim: %s"), hit->title != NULL ? hit->title : "");
  else
    title = g_strdup (hit->title != NULL ? hit->title : "");

  g_strdelimit (title, "\n\r\t", ' ');
  title_label = make_label (title, FALSE, NULL);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);

  snippet_label = make_label (snippet, TRUE, "caption");
  gtk_label_set_wrap (GTK_LABEL (snippet_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet_label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet_label), PANGO_ELLIPSIZE_END);

  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), snippet_label);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);

  add_row (self, box, hit, group);
  self->n_results++;
}

static void
run_search (CorSearchPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  clear_results (self);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (self->store == NULL || stripped[0] == '\0')
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  hits = cor_store_search (self->store, stripped, RESULT_LIMIT, &error);
  if (hits == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The search failed: %s"), error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->hits = g_steal_pointer (&hits);
  self->groups = cor_search_format_group (self->hits, claim_article, self);

  for (guint i = 0; i < self->groups->len; i++)
    {
      CorSearchGroup *group = g_ptr_array_index (self->groups, i);

      add_header (self, group);
      for (guint j = 0; j < group->hits->len; j++)
        add_hit (self, group, g_ptr_array_index (group->hits, j));
    }

  if (self->n_results == 0)
    {
      /* TRANSLATORS: the search text, in quotes */
      g_autofree char *description = g_strdup_printf (_("Nothing in the case matches “%s”."),
                                                      stripped);

      adw_status_page_set_description (self->none_page, description);
      gtk_stack_set_visible_child_name (self->stack, "none");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
activate_row_at (CorSearchPanel *self,
                 guint           index)
{
  CorSearchHit *hit;
  CorSearchGroup *group;

  if (index >= self->row_hits->len)
    return;

  hit = g_ptr_array_index (self->row_hits, index);
  group = g_ptr_array_index (self->row_groups, index);

  if (hit == NULL)
    g_signal_emit (self, signals[group->kind == COR_SEARCH_GROUP_CLIP
                                 ? ACTIVATED_CLIP : ACTIVATED_ARTICLE], 0, group->id);
  else if (hit->kind == COR_SEARCH_HIT_ANNOTATION)
    g_signal_emit (self, signals[ACTIVATED_ANNOTATION], 0, hit->clip_id, hit->id,
                   MAX (hit->start_ns, 0));
  else if (hit->kind == COR_SEARCH_HIT_CLIP)
    g_signal_emit (self, signals[ACTIVATED_CLIP], 0, hit->id);
  else
    g_signal_emit (self, signals[ACTIVATED_ARTICLE], 0, group->id);
}

/* Callbacks */

static void
search_changed_cb (CorSearchPanel *self,
                   GtkSearchEntry *entry)
{
  run_search (self);
}

static void
entry_activate_cb (CorSearchPanel *self,
                   GtkSearchEntry *entry)
{
  cor_search_panel_activate_result (self, 0);
}

static void
stop_search_cb (CorSearchPanel *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
row_activated_cb (CorSearchPanel *self,
                  GtkListBoxRow  *row,
                  GtkListBox     *list)
{
  activate_row_at (self, (guint) gtk_list_box_row_get_index (row));
}

static gboolean
refresh_cb (gpointer user_data)
{
  CorSearchPanel *self = user_data;

  self->refresh_source = 0;
  run_search (self);

  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (CorSearchPanel *self,
                  const char     *table,
                  gint64          id,
                  int             change,
                  CorStore       *store)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (text[0] == '\0' || self->refresh_source != 0)
    return;

  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

/* GObject overrides */

static void
cor_search_panel_dispose (GObject *object)
{
  CorSearchPanel *self = COR_SEARCH_PANEL (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), COR_TYPE_SEARCH_PANEL);

  G_OBJECT_CLASS (cor_search_panel_parent_class)->dispose (object);
}

static void
cor_search_panel_finalize (GObject *object)
{
  CorSearchPanel *self = COR_SEARCH_PANEL (object);

  g_clear_pointer (&self->row_hits, g_ptr_array_unref);
  g_clear_pointer (&self->row_groups, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->hits, g_ptr_array_unref);

  G_OBJECT_CLASS (cor_search_panel_parent_class)->finalize (object);
}

static void
cor_search_panel_class_init (CorSearchPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cor_search_panel_dispose;
  object_class->finalize = cor_search_panel_finalize;

  signals[ACTIVATED_ANNOTATION] =
    g_signal_new ("activated-annotation", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);
  signals[ACTIVATED_ARTICLE] =
    g_signal_new ("activated-article", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ACTIVATED_CLIP] =
    g_signal_new ("activated-clip", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/corroborate/Corroborate/ui/cor-search-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, CorSearchPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CorSearchPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, CorSearchPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, CorSearchPanel, none_page);
  gtk_widget_class_bind_template_child (widget_class, CorSearchPanel, results_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
cor_search_panel_init (CorSearchPanel *self)
{
  self->row_hits = g_ptr_array_new ();
  self->row_groups = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_entry_set_search_delay (self->search_entry, SEARCH_DELAY_MS);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API */

GtkWidget *
cor_search_panel_new (void)
{
  return g_object_new (COR_TYPE_SEARCH_PANEL, NULL);
}

void
cor_search_panel_set_store (CorSearchPanel *self,
                            CorStore       *store)
{
  g_return_if_fail (COR_IS_SEARCH_PANEL (self));
  g_return_if_fail (store == NULL || COR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  run_search (self);
}

void
cor_search_panel_focus (CorSearchPanel *self)
{
  g_return_if_fail (COR_IS_SEARCH_PANEL (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

const char *
cor_search_panel_get_text (CorSearchPanel *self)
{
  g_return_val_if_fail (COR_IS_SEARCH_PANEL (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

void
cor_search_panel_set_text (CorSearchPanel *self,
                           const char     *text)
{
  g_return_if_fail (COR_IS_SEARCH_PANEL (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
}

void
cor_search_panel_search_now (CorSearchPanel *self)
{
  g_return_if_fail (COR_IS_SEARCH_PANEL (self));

  run_search (self);
}

guint
cor_search_panel_get_n_results (CorSearchPanel *self)
{
  g_return_val_if_fail (COR_IS_SEARCH_PANEL (self), 0);

  return self->n_results;
}

gboolean
cor_search_panel_activate_result (CorSearchPanel *self,
                                  guint           index)
{
  guint seen = 0;

  g_return_val_if_fail (COR_IS_SEARCH_PANEL (self), FALSE);

  for (guint i = 0; i < self->row_hits->len; i++)
    {
      if (g_ptr_array_index (self->row_hits, i) == NULL)
        continue;

      if (seen++ == index)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->results_list, (int) i);

          gtk_list_box_select_row (self->results_list, row);
          activate_row_at (self, i);
          return TRUE;
        }
    }

  return FALSE;
}
