/* cor-task.h — GTask threads the application can wait for before it exits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every background job (import, waveform, spectrogram, stills, re-hash, reports) runs through
 * cor_task_run_in_thread(). At exit the application waits for them with cor_task_wait_idle():
 * a thread still decoding while exit() runs the libraries' destructors would load a GStreamer
 * plugin into a half-torn-down GLib and abort.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* g_task_run_in_thread(), counted until @func returns */
void     cor_task_run_in_thread (GTask           *task,
                                 GTaskThreadFunc  func);
/* The number of jobs queued or running */
guint    cor_task_get_n_running (void);
/* Waits up to @timeout_us for every job to return; FALSE if some are still running */
gboolean cor_task_wait_idle     (gint64           timeout_us);

G_END_DECLS
