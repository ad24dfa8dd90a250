/* cor-store-model.c — CorRecordList, a live GListModel of one kind of record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list holds its records in the order of cor_record_compare() and listens to the
 * store's "changed::<table>" signal: an insert, update or delete re-reads that one row and
 * emits the smallest items-changed; a RESET reloads everything. It holds no reference to
 * the store (the store owns the clips and articles lists): the handler, connected with
 * g_signal_connect_object(), hands it the store and goes away with the list.
 */
#include "config.h"

#include "cor-store-private.h"

struct _CorRecordList
{
  GObject        parent_instance;

  CorRecordKind  kind;
  gint64         filter;
  GPtrArray     *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CorRecordList, cor_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Helpers */

static gboolean
find_by_id (CorRecordList *self,
            gint64         id,
            guint         *out_position)
{
  for (guint i = 0; i < self->items->len; i++)
    if (cor_record_get_id (self->kind, g_ptr_array_index (self->items, i)) == id)
      {
        *out_position = i;
        return TRUE;
      }

  return FALSE;
}

/* Where @record goes in the sorted items (binary search) */
static guint
sorted_position (CorRecordList *self,
                 gpointer       record)
{
  guint lo = 0, hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (cor_record_compare (self->kind, g_ptr_array_index (self->items, mid), record) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static gboolean
matches_filter (CorRecordList *self,
                gpointer       record)
{
  return self->filter == 0 || cor_record_filter_value (self->kind, record) == self->filter;
}

static void
reload (CorRecordList *self,
        CorStore      *store)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint removed = self->items->len;

  if (!cor_store_load_records (store, self->kind, self->filter, items, &error))
    g_warning ("Could not load %s: %s", cor_record_kind_table (self->kind), error->message);

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);

  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}

static void
remove_at (CorRecordList *self,
           guint          position)
{
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* Callbacks */

static void
on_store_changed (CorStore       *store,
                  const char     *table,
                  gint64          id,
                  int             change,
                  CorRecordList  *self)
{
  g_autoptr(GObject) record = NULL;
  guint old_position = 0;
  gboolean present;

  if (change == COR_STORE_CHANGE_RESET)
    {
      reload (self, store);
      return;
    }

  present = find_by_id (self, id, &old_position);

  if (change == COR_STORE_CHANGE_DELETE)
    {
      if (present)
        remove_at (self, old_position);
      return;
    }

  record = cor_store_load_record (store, self->kind, id, NULL);
  if (record == NULL || !matches_filter (self, record))
    {
      if (present)
        remove_at (self, old_position);
      return;
    }

  if (present)
    {
      guint position;

      /* Take the old item out, then put the new one where it sorts */
      g_ptr_array_remove_index (self->items, old_position);
      position = sorted_position (self, record);
      g_ptr_array_insert (self->items, position, g_steal_pointer (&record));

      if (position == old_position)
        g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
      else
        {
          g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
          g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
        }
    }
  else
    {
      guint position = sorted_position (self, record);

      g_ptr_array_insert (self->items, position, g_steal_pointer (&record));
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
    }
}

/* GListModel */

static GType
cor_record_list_get_item_type (GListModel *model)
{
  return cor_record_kind_type (COR_RECORD_LIST (model)->kind);
}

static guint
cor_record_list_get_n_items (GListModel *model)
{
  return COR_RECORD_LIST (model)->items->len;
}

static gpointer
cor_record_list_get_item (GListModel *model,
                          guint       position)
{
  CorRecordList *self = COR_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cor_record_list_get_item_type;
  iface->get_n_items = cor_record_list_get_n_items;
  iface->get_item = cor_record_list_get_item;
}

/* GObject */

static void
cor_record_list_finalize (GObject *object)
{
  CorRecordList *self = COR_RECORD_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (cor_record_list_parent_class)->finalize (object);
}

static void
cor_record_list_class_init (CorRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cor_record_list_finalize;
}

static void
cor_record_list_init (CorRecordList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* API */

CorRecordList *
cor_record_list_new (CorStore      *store,
                     CorRecordKind  kind,
                     gint64         filter)
{
  CorRecordList *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *signal = NULL;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);

  self = g_object_new (COR_TYPE_RECORD_LIST, NULL);
  self->kind = kind;
  self->filter = filter;

  if (!cor_store_load_records (store, kind, filter, self->items, &error))
    g_warning ("Could not load %s: %s", cor_record_kind_table (kind), error->message);

  signal = g_strdup_printf ("changed::%s", cor_record_kind_table (kind));
  g_signal_connect_object (store, signal, G_CALLBACK (on_store_changed), self, 0);

  return self;
}
