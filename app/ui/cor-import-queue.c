/* cor-import-queue.c — media files waiting to be imported into a case, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-import.h"
#include "cor-import-queue.h"

struct _CorImportQueue
{
  GObject       parent_instance;

  CorStore     *store;
  GQueue        pending;     /* char * paths */
  GCancellable *cancellable; /* of the import under way, NULL when idle */
  char         *current;     /* base name of the file under way */
  double        current_fraction;
  guint         n_batch;     /* files in this batch, done or not */
  guint         n_finished;
  guint         n_imported;
  guint         n_failed;
};

G_DEFINE_FINAL_TYPE (CorImportQueue, cor_import_queue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_FRACTION,
  PROP_CURRENT,
  N_PROPS
};

enum {
  IMPORTED,
  FAILED,
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_next (CorImportQueue *self);

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  CorImportQueue *self = user_data;

  self->current_fraction = CLAMP (fraction, 0.0, 1.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

typedef struct
{
  CorImportQueue *queue;
  char           *path;
  GCancellable   *cancellable;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_object_unref (data->queue);
  g_free (data->path);
  g_object_unref (data->cancellable);
  g_free (data);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportData *data = user_data;
  CorImportQueue *self = data->queue;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorClip) clip = NULL;

  clip = cor_media_import_clip_finish (COR_STORE (source), result, &error);

  /* cancelled: the queue was reset and wants nothing more from this import */
  if (g_cancellable_is_cancelled (data->cancellable))
    {
      import_data_free (data);
      return;
    }

  g_clear_object (&self->cancellable);
  self->n_finished++;
  self->current_fraction = 0.0;

  if (clip != NULL)
    {
      self->n_imported++;
      g_signal_emit (self, signals[IMPORTED], 0, clip);
    }
  else
    {
      self->n_failed++;
      g_signal_emit (self, signals[FAILED], 0, data->path, error);
    }

  import_data_free (data);
  start_next (self);
}

static void
start_next (CorImportQueue *self)
{
  g_autofree char *path = g_queue_pop_head (&self->pending);
  ImportData *data;

  if (path == NULL)
    {
      guint n_imported = self->n_imported;
      guint n_failed = self->n_failed;

      g_clear_pointer (&self->current, g_free);
      self->n_batch = self->n_finished = self->n_imported = self->n_failed = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      g_signal_emit (self, signals[DONE], 0, n_imported, n_failed);
      return;
    }

  g_free (self->current);
  self->current = g_path_get_basename (path);
  self->cancellable = g_cancellable_new ();
  self->current_fraction = 0.0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);

  data = g_new0 (ImportData, 1);
  data->queue = g_object_ref (self);
  data->path = g_strdup (path);
  data->cancellable = g_object_ref (self->cancellable);

  cor_media_import_clip_async (self->store, path, NULL, self->cancellable, progress_cb, self,
                               import_done_cb, data);
}

static void
cor_import_queue_dispose (GObject *object)
{
  CorImportQueue *self = COR_IMPORT_QUEUE (object);

  g_queue_clear_full (&self->pending, g_free);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cor_import_queue_parent_class)->dispose (object);
}

static void
cor_import_queue_finalize (GObject *object)
{
  CorImportQueue *self = COR_IMPORT_QUEUE (object);

  g_free (self->current);

  G_OBJECT_CLASS (cor_import_queue_parent_class)->finalize (object);
}

static void
cor_import_queue_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CorImportQueue *self = COR_IMPORT_QUEUE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, cor_import_queue_get_busy (self));
      break;
    case PROP_FRACTION:
      g_value_set_double (value, cor_import_queue_get_fraction (self));
      break;
    case PROP_CURRENT:
      g_value_set_string (value, self->current);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_import_queue_class_init (CorImportQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cor_import_queue_dispose;
  object_class->finalize = cor_import_queue_finalize;
  object_class->get_property = cor_import_queue_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT] =
    g_param_spec_string ("current", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, COR_TYPE_CLIP);
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ERROR);
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
cor_import_queue_init (CorImportQueue *self)
{
  g_queue_init (&self->pending);
}

CorImportQueue *
cor_import_queue_new (CorStore *store)
{
  CorImportQueue *self;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);

  self = g_object_new (COR_TYPE_IMPORT_QUEUE, NULL);
  self->store = g_object_ref (store);

  return self;
}

void
cor_import_queue_add (CorImportQueue *self,
                      const char     *path)
{
  gboolean was_busy;

  g_return_if_fail (COR_IS_IMPORT_QUEUE (self));
  g_return_if_fail (path != NULL);

  was_busy = cor_import_queue_get_busy (self);
  g_queue_push_tail (&self->pending, g_strdup (path));
  self->n_batch++;

  if (!was_busy)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      start_next (self);
    }
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

void
cor_import_queue_cancel (CorImportQueue *self)
{
  g_return_if_fail (COR_IS_IMPORT_QUEUE (self));

  g_queue_clear_full (&self->pending, g_free);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->current, g_free);
  self->n_batch = self->n_finished = self->n_imported = self->n_failed = 0;
  self->current_fraction = 0.0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

gboolean
cor_import_queue_get_busy (CorImportQueue *self)
{
  g_return_val_if_fail (COR_IS_IMPORT_QUEUE (self), FALSE);

  return self->cancellable != NULL || !g_queue_is_empty (&self->pending);
}

double
cor_import_queue_get_fraction (CorImportQueue *self)
{
  g_return_val_if_fail (COR_IS_IMPORT_QUEUE (self), 0.0);

  if (self->n_batch == 0)
    return 0.0;

  return CLAMP ((self->n_finished + self->current_fraction) / self->n_batch, 0.0, 1.0);
}

const char *
cor_import_queue_get_current (CorImportQueue *self)
{
  g_return_val_if_fail (COR_IS_IMPORT_QUEUE (self), NULL);

  return self->current;
}
