/* cor-preferences.h — the Preferences window: the choices the app makes on the user's behalf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to a key of the application's GSettings ("analyst", "default-confidence",
 * "pause-on-mark", "show-waveform-strip", "paper-size"): a change is written at once, and
 * whoever reads the key sees it (the application applies "analyst" to the open cases).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define COR_TYPE_PREFERENCES (cor_preferences_get_type ())

G_DECLARE_FINAL_TYPE (CorPreferences, cor_preferences, COR, PREFERENCES, AdwPreferencesWindow)

CorPreferences *cor_preferences_new (GSettings *settings);

G_END_DECLS
