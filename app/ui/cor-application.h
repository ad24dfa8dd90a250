/* cor-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-window.h"

G_BEGIN_DECLS

#define COR_TYPE_APPLICATION (cor_application_get_type ())

G_DECLARE_FINAL_TYPE (CorApplication, cor_application, COR, APPLICATION, AdwApplication)

CorApplication *cor_application_new          (void);

/* What `corroborate CASE` does: presents the window already showing @path, else
 * opens the case in a new window (creating it first when @path does not exist and
 * ends with ".corroborate"), and records it as the last and a recent case.
 * Call after the application is registered. */
CorWindow      *cor_application_open_case    (CorApplication  *self,
                                              const char      *path,
                                              GError         **error);
/* GSettings of the application, NULL before startup */
GSettings      *cor_application_get_settings (CorApplication  *self);
/* The analyst recorded in the audit log: the "analyst" setting, else the user's name */
char           *cor_application_dup_analyst  (CorApplication  *self);

G_END_DECLS
