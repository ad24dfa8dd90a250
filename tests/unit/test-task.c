/* test-task.c — cor_task_run_in_thread() counts its jobs until they return
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cor-task.h"

typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean release;   /* the jobs may return */
  guint    n_started;
  guint    n_done;    /* completion callbacks seen on the main context */
} Gate;

static void
gated_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Gate *gate = task_data;

  g_mutex_lock (&gate->lock);
  gate->n_started++;
  g_cond_broadcast (&gate->cond);
  while (!gate->release)
    g_cond_wait (&gate->cond, &gate->lock);
  g_mutex_unlock (&gate->lock);

  g_task_return_int (task, 42);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Gate *gate = user_data;

  g_assert_cmpint (g_task_propagate_int (G_TASK (result), NULL), ==, 42);
  gate->n_done++;
}

static void
start_jobs (Gate  *gate,
            guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, done_cb, gate);

      g_task_set_task_data (task, gate, NULL);
      cor_task_run_in_thread (task, gated_thread);
    }
}

static void
open_gate (Gate *gate)
{
  g_mutex_lock (&gate->lock);
  gate->release = TRUE;
  g_cond_broadcast (&gate->cond);
  g_mutex_unlock (&gate->lock);
}

/* Counted from the moment they are queued, not only once their thread runs */
static void
test_counts_queued_and_running (void)
{
  Gate gate = { 0 };

  g_assert_cmpuint (cor_task_get_n_running (), ==, 0);
  start_jobs (&gate, 3);
  g_assert_cmpuint (cor_task_get_n_running (), ==, 3);

  /* blocked jobs: the wait gives up after its timeout and says so */
  g_assert_false (cor_task_wait_idle (50 * G_TIME_SPAN_MILLISECOND));
  g_assert_cmpuint (cor_task_get_n_running (), ==, 3);

  open_gate (&gate);
  g_assert_true (cor_task_wait_idle (10 * G_TIME_SPAN_SECOND));
  g_assert_cmpuint (cor_task_get_n_running (), ==, 0);

  /* the results still reach the main context afterwards */
  while (gate.n_done < 3)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (gate.n_started, ==, 3);
}

static void
test_idle_returns_at_once (void)
{
  gint64 start = g_get_monotonic_time ();

  g_assert_true (cor_task_wait_idle (5 * G_TIME_SPAN_SECOND));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_TIME_SPAN_SECOND);
  g_assert_true (cor_task_wait_idle (-1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/task/counts-queued-and-running", test_counts_queued_and_running);
  g_test_add_func ("/task/idle-returns-at-once", test_idle_returns_at_once);

  return g_test_run ();
}
