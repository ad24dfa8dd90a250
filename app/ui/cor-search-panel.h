/* cor-search-panel.h — full-text search over the case, results grouped by clip and article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_SEARCH_PANEL (cor_search_panel_get_type ())

G_DECLARE_FINAL_TYPE (CorSearchPanel, cor_search_panel, COR, SEARCH_PANEL, AdwBin)

/* Searches as one types (150 ms after the last key) and again when the case changes.
 * Signals, when a result or a group header is activated:
 *   "activated-annotation" (gint64 clip_id, gint64 annotation_id, gint64 start_ns)
 *   "activated-article"    (gint64 article_id)   also for a claim: its article
 *   "activated-clip"       (gint64 clip_id) */
GtkWidget  *cor_search_panel_new             (void);
void        cor_search_panel_set_store       (CorSearchPanel *self,
                                              CorStore       *store);
/* Moves the keyboard focus to the search entry and selects its text (for Ctrl+F) */
void        cor_search_panel_focus           (CorSearchPanel *self);
const char *cor_search_panel_get_text        (CorSearchPanel *self);
/* Sets the query; the search runs after the usual delay */
void        cor_search_panel_set_text        (CorSearchPanel *self,
                                              const char     *text);
/* Runs the current query now */
void        cor_search_panel_search_now      (CorSearchPanel *self);
/* The results shown (group headers not counted) */
guint       cor_search_panel_get_n_results   (CorSearchPanel *self);
/* Activates the @index-th result, as a click does; FALSE when there is none */
gboolean    cor_search_panel_activate_result (CorSearchPanel *self,
                                              guint           index);

G_END_DECLS
