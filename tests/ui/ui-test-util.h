/* ui-test-util.h — fixture helpers shared by the UI tests: the display check, main-loop waits,
 * test media made with GStreamer, a case and the application, removing a temporary tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "../common/cor-test-tree.h"
#include <gtk/gtk.h>

#include "cor-application.h"
#include "cor-player-view.h"
#include "cor-window.h"

G_BEGIN_DECLS

/* What ui_test_wait_for() waits for */
typedef gboolean (*UiTestCondition) (gpointer data);

gboolean        ui_test_have_display       (void);
gboolean        ui_test_wait_for           (UiTestCondition  cond,
                                            gpointer         data);
void            ui_test_spin               (guint            ms);
gboolean        ui_test_widget_mapped      (gpointer         widget);
char           *ui_test_make_dir           (const char      *tmpl);
void            ui_test_run_pipeline       (const char      *description);
void            ui_test_make_clip          (const char      *path);
void            ui_test_create_case        (const char      *path,
                                            const char      *title);
char           *ui_test_isolate_application (const char *tmpl);
CorApplication *ui_test_start_application  (void);
void            ui_test_stop_application   (CorApplication **app);
/* Runs the built executable (COR_EXE) with @args (NULL-terminated, may be NULL) and the test's
 * environment plus @env (NULL-terminated name, value pairs); returns its exit status (-1 if a
 * signal ended it) and, if asked, its stdout and stderr */
int             ui_test_run_exe            (const char * const *args,
                                            const char * const *env,
                                            char              **out,
                                            char              **err);

/* A case with one generated clip (ui_test_make_clip()) beside it, open in the application's
 * window; the clip is not imported yet */
typedef struct
{
  char           *dir;
  char           *clip_path;
  char           *case_path;
  CorApplication *app;
  CorWindow      *window;
  CorPlayerView  *view;
  CorPlayer      *player;
} UiTestClipCase;

void            ui_test_clip_case_set_up    (UiTestClipCase  *f,
                                             const char      *tmpl,
                                             const char      *clip_name,
                                             const char      *title);
void            ui_test_clip_case_tear_down (UiTestClipCase  *f);
gboolean        ui_test_clip_case_loaded    (gpointer         f);
gboolean        ui_test_clip_case_wait_frame (UiTestClipCase *f,
                                              gint64          frame);

/* Skips the running test (and returns from it) when there is no display */
#define UI_TEST_SKIP_WITHOUT_DISPLAY()                                 \
  G_STMT_START {                                                       \
    if (!ui_test_have_display ())                                      \
      {                                                                \
        g_test_skip ("no display: run under xvfb-run");                \
        return;                                                        \
      }                                                                \
  } G_STMT_END

G_END_DECLS
