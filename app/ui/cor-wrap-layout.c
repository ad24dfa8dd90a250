/* cor-wrap-layout.c — lays children out in rows, wrapping when the width is too small
 *
 * The children keep their order and their natural widths; a child goes to a new row when it
 * does not fit beside the previous ones. The leftover width of a row goes to its children that
 * expand horizontally. At its natural width everything is on one row; its minimum width is its
 * widest child's minimum, so the window can be narrow without cutting a control off.
 * Libadwaita 1.2 has no breakpoints: this is how the transport bar adapts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-wrap-layout.h"

struct _CorWrapLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (CorWrapLayout, cor_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GtkWidget *child;
  int        min;
  int        nat;
  int        width;   /* given in the layout */
  guint      row;
} Item;

static GArray *
collect (GtkWidget *widget)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Item item = { child, 0, 0, 0, 0 };

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &item.min, &item.nat, NULL, NULL);
      g_array_append_val (items, item);
    }

  return items;
}

/* Puts the items in rows for WIDTH (-1: one row) and gives each its width; returns the rows */
static guint
flow (CorWrapLayout *self,
      GArray        *items,
      int            width)
{
  guint rows = 0;
  guint row_start = 0;
  int used = 0;

  for (guint i = 0; i <= items->len; i++)
    {
      Item *item = i < items->len ? &g_array_index (items, Item, i) : NULL;
      gboolean new_row = item == NULL
                         || (i > row_start && width >= 0
                             && used + self->spacing + item->nat > width);

      if (new_row && i > row_start)
        {
          int extra = width >= 0 ? width - used : 0;
          guint n_expand = 0;

          for (guint j = row_start; j < i; j++)
            if (gtk_widget_compute_expand (g_array_index (items, Item, j).child,
                                           GTK_ORIENTATION_HORIZONTAL))
              n_expand++;

          for (guint j = row_start; j < i; j++)
            {
              Item *it = &g_array_index (items, Item, j);

              it->width = it->nat;
              it->row = rows;
              if (extra < 0)
                /* a lone child wider than the row: no smaller than its minimum */
                it->width = MAX (it->min, it->nat + extra);
              else if (n_expand > 0
                       && gtk_widget_compute_expand (it->child, GTK_ORIENTATION_HORIZONTAL))
                it->width += extra / (int) n_expand;
            }
          rows++;
          row_start = i;
          used = 0;
        }

      if (item != NULL)
        used += (i > row_start ? self->spacing : 0) + item->nat;
    }

  return rows;
}

/* The height of each row, for the widths flow() gave */
static void
row_heights (GArray *items,
             guint   rows,
             int    *mins,
             int    *nats)
{
  for (guint r = 0; r < rows; r++)
    mins[r] = nats[r] = 0;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      int min = 0;
      int nat = 0;

      gtk_widget_measure (item->child, GTK_ORIENTATION_VERTICAL, item->width, &min, &nat,
                          NULL, NULL);
      mins[item->row] = MAX (mins[item->row], min);
      nats[item->row] = MAX (nats[item->row], nat);
    }
}

static GtkSizeRequestMode
cor_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                  GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cor_wrap_layout_measure (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         GtkOrientation    orientation,
                         int               for_size,
                         int              *minimum,
                         int              *natural,
                         int              *minimum_baseline,
                         int              *natural_baseline)
{
  CorWrapLayout *self = COR_WRAP_LAYOUT (manager);
  g_autoptr(GArray) items = collect (widget);
  int min = 0;
  int nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (guint i = 0; i < items->len; i++)
        {
          Item *item = &g_array_index (items, Item, i);

          min = MAX (min, item->min);
          nat += (i > 0 ? self->spacing : 0) + item->nat;
        }
    }
  else if (items->len > 0)
    {
      guint rows = flow (self, items, for_size);
      g_autofree int *mins = g_new (int, rows);
      g_autofree int *nats = g_new (int, rows);

      row_heights (items, rows, mins, nats);
      for (guint r = 0; r < rows; r++)
        {
          min += (r > 0 ? self->spacing : 0) + mins[r];
          nat += (r > 0 ? self->spacing : 0) + nats[r];
        }
    }

  *minimum = min;
  *natural = nat;
  *minimum_baseline = -1;
  *natural_baseline = -1;
}

static void
cor_wrap_layout_allocate (GtkLayoutManager *manager,
                          GtkWidget        *widget,
                          int               width,
                          int               height,
                          int               baseline)
{
  CorWrapLayout *self = COR_WRAP_LAYOUT (manager);
  g_autoptr(GArray) items = collect (widget);
  g_autofree int *mins = NULL;
  g_autofree int *nats = NULL;
  guint rows;
  int x = 0;
  int y = 0;
  guint row = 0;

  if (items->len == 0)
    return;

  rows = flow (self, items, width);
  mins = g_new (int, rows);
  nats = g_new (int, rows);
  row_heights (items, rows, mins, nats);

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      if (item->row != row)
        {
          y += nats[row] + self->spacing;
          row = item->row;
          x = 0;
        }
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        gtk_widget_size_allocate (item->child,
                                  &(GtkAllocation) { width - x - item->width, y,
                                                     item->width, nats[row] }, -1);
      else
        gtk_widget_size_allocate (item->child,
                                  &(GtkAllocation) { x, y, item->width, nats[row] }, -1);
      x += item->width + self->spacing;
    }
}

static void
cor_wrap_layout_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CorWrapLayout *self = COR_WRAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_wrap_layout_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CorWrapLayout *self = COR_WRAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      cor_wrap_layout_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_wrap_layout_class_init (CorWrapLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = cor_wrap_layout_get_property;
  object_class->set_property = cor_wrap_layout_set_property;

  layout_class->get_request_mode = cor_wrap_layout_get_request_mode;
  layout_class->measure = cor_wrap_layout_measure;
  layout_class->allocate = cor_wrap_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_wrap_layout_init (CorWrapLayout *self)
{
}

GtkLayoutManager *
cor_wrap_layout_new (int spacing)
{
  return g_object_new (COR_TYPE_WRAP_LAYOUT, "spacing", spacing, NULL);
}

int
cor_wrap_layout_get_spacing (CorWrapLayout *self)
{
  g_return_val_if_fail (COR_IS_WRAP_LAYOUT (self), 0);

  return self->spacing;
}

void
cor_wrap_layout_set_spacing (CorWrapLayout *self,
                             int            spacing)
{
  g_return_if_fail (COR_IS_WRAP_LAYOUT (self));

  spacing = MAX (spacing, 0);
  if (spacing == self->spacing)
    return;
  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/* How many rows WIDGET (laid out by SELF) takes at WIDTH: for tests */
guint
cor_wrap_layout_count_rows (CorWrapLayout *self,
                            GtkWidget     *widget,
                            int            width)
{
  g_autoptr(GArray) items = NULL;

  g_return_val_if_fail (COR_IS_WRAP_LAYOUT (self), 0);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);

  items = collect (widget);

  return items->len > 0 ? flow (self, items, width) : 0;
}
