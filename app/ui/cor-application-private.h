/* cor-application-private.h — shared by CorApplication's source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cor-application.c: the actions, the settings, start-up; cor-application-cases.c: opening
 * and creating cases, the recent cases, the first run and the demo case.
 */
#pragma once

#include "cor-application.h"

G_BEGIN_DECLS

/* cor-application.c */
/* The active case window, else any case window, else NULL */
CorWindow *cor_application_active_window     (CorApplication *self);

/* cor-application-cases.c */
/* Adds app.new, app.open, app.open-recent and app.open-demo */
void       cor_application_add_case_actions  (CorApplication *self);
/* The last case if it still opens; on the first run a copy of the demo case; else a new
 * "Untitled case" in the user's data directory; a window with no case if even that fails.
 * Never NULL. */
CorWindow *cor_application_open_default_case (CorApplication *self);

G_END_DECLS
