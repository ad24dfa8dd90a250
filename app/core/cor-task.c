/* cor-task.c — GTask threads the application can wait for before it exits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-task.h"

static GMutex n_running_lock;
static GCond  n_running_cond;
static guint  n_running;

/* the GTaskThreadFunc a counted task runs, on the task */
static G_DEFINE_QUARK (cor-task-func, func)

static void
counted_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GTaskThreadFunc func = (GTaskThreadFunc) g_object_get_qdata (G_OBJECT (task), func_quark ());

  func (task, source_object, task_data, cancellable);

  g_mutex_lock (&n_running_lock);
  n_running--;
  g_cond_broadcast (&n_running_cond);
  g_mutex_unlock (&n_running_lock);
}

void
cor_task_run_in_thread (GTask           *task,
                        GTaskThreadFunc  func)
{
  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  g_mutex_lock (&n_running_lock);
  n_running++;
  g_mutex_unlock (&n_running_lock);

  g_object_set_qdata (G_OBJECT (task), func_quark (), (gpointer) func);
  g_task_run_in_thread (task, counted_thread);
}

guint
cor_task_get_n_running (void)
{
  guint n;

  g_mutex_lock (&n_running_lock);
  n = n_running;
  g_mutex_unlock (&n_running_lock);

  return n;
}

gboolean
cor_task_wait_idle (gint64 timeout_us)
{
  gint64 end_time = g_get_monotonic_time () + MAX (timeout_us, 0);
  gboolean idle;

  g_mutex_lock (&n_running_lock);
  while (n_running > 0)
    {
      if (!g_cond_wait_until (&n_running_cond, &n_running_lock, end_time))
        break;
    }
  idle = n_running == 0;
  g_mutex_unlock (&n_running_lock);

  return idle;
}
