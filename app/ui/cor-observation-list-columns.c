/* cor-observation-list-columns.c — the columns of the observation list and their cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorObservationList (cor-observation-list.h), through
 * cor-observation-list-private.h. The column view recycles its rows; a bind sets one
 * label's text, the summary being the only string built per bind.
 */
#include "config.h"

#include "cor-observation-list-private.h"

static int
compare_func (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  int (*compare) (CorAnnotation *, CorAnnotation *) = user_data;
  int result = compare ((CorAnnotation *) a, (CorAnnotation *) b);

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* The whole summary, which the cell may show cut short */
static gboolean
summary_query_tooltip_cb (GtkWidget  *label,
                          int         x,
                          int         y,
                          gboolean    keyboard_mode,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  CorObservationColumn column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (column == COR_OBSERVATION_COLUMN_TIME)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COR_OBSERVATION_COLUMN_SUMMARY)
    {
      /* The tooltip is asked for on hover: gtk_widget_set_tooltip_text() on every bind costs
       * an X round trip per row in GTK 4.8, and an insert re-binds every row after it */
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (summary_query_tooltip_cb), NULL);
    }
  gtk_list_item_set_child (list_item, label);
}

/* The text of @column for @annotation; @clip_names may be NULL */
static char *
cell_text (CorObservationColumn  column,
           CorAnnotation        *annotation,
           GHashTable           *clip_names)
{
  switch (column)
    {
    case COR_OBSERVATION_COLUMN_CLIP:
      {
        gint64 clip_id = cor_annotation_get_clip_id (annotation);
        const char *name = clip_names != NULL ? g_hash_table_lookup (clip_names, &clip_id) : NULL;

        return g_strdup (name != NULL ? name : "");
      }
    case COR_OBSERVATION_COLUMN_TIME:
      return cor_observation_format_time (cor_annotation_get_start_ns (annotation),
                                          cor_annotation_get_end_ns (annotation));
    case COR_OBSERVATION_COLUMN_KIND:
      return g_strdup (cor_annotation_kind_to_label (cor_annotation_get_kind (annotation)));
    case COR_OBSERVATION_COLUMN_SUMMARY:
      return cor_annotation_dup_summary (annotation);
    case COR_OBSERVATION_COLUMN_CONFIDENCE:
      return g_strdup (cor_confidence_to_label (cor_annotation_get_confidence (annotation)));
    case COR_OBSERVATION_COLUMN_ANALYST:
      return g_strdup (cor_annotation_get_analyst (annotation) != NULL
                       ? cor_annotation_get_analyst (annotation) : "");
    case COR_OBSERVATION_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  CorObservationColumn column = GPOINTER_TO_INT (user_data);
  CorObservationList *self;
  GtkWidget *label = gtk_list_item_get_child (list_item);
  CorAnnotation *annotation = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  self = COR_OBSERVATION_LIST (gtk_widget_get_ancestor (label, COR_TYPE_OBSERVATION_LIST));
  text = cell_text (column, annotation,
                    self != NULL ? cor_observation_list_get_clip_names (self) : NULL);
  gtk_label_set_text (GTK_LABEL (label), text);
}

GtkColumnViewColumn *
cor_observation_list_column_new (CorObservationColumn       column,
                                 const char                *title,
                                 CorObservationCompareFunc  compare,
                                 int                        fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (column));

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  else
    gtk_column_view_column_set_expand (view_column, TRUE);

  if (compare != NULL)
    {
      g_autoptr(GtkSorter) sorter =
        GTK_SORTER (gtk_custom_sorter_new (compare_func, compare, NULL));

      gtk_column_view_column_set_sorter (view_column, sorter);
    }

  return view_column;
}
