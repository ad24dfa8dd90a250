/* cor-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define COR_TYPE_APPLICATION (cor_application_get_type ())

G_DECLARE_FINAL_TYPE (CorApplication, cor_application, COR, APPLICATION, AdwApplication)

CorApplication *cor_application_new (void);

G_END_DECLS
