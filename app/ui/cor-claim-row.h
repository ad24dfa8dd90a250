/* cor-claim-row.h — one claim of an article: its fields and its evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_TYPE_CLAIM_ROW (cor_claim_row_get_type ())

G_DECLARE_FINAL_TYPE (CorClaimRow, cor_claim_row, COR, CLAIM_ROW, AdwExpanderRow)

/* An expander row: the claim's text as title, claimant · figure · date and the evidence
 * counts as subtitle; expanded, the editable fields (committed at once), the supporting
 * and contradicting observations (relation dropdown, remove), a picker to link another,
 * and a delete button.
 * Signals:
 *   "observation-activated" (gint64 clip_id, gint64 annotation_id, gint64 start_ns)
 *   "error" (const char *message): a write was refused; nothing was saved */
GtkWidget *cor_claim_row_new              (CorStore    *store,
                                           gint64       claim_id);
gint64     cor_claim_row_get_claim_id     (CorClaimRow *self);
/* Re-reads the claim (fields being edited are left alone) and its evidence */
void       cor_claim_row_refresh          (CorClaimRow *self);
/* Expands the row and puts the cursor in the text field */
void       cor_claim_row_focus_text       (CorClaimRow *self);
/* The evidence shown */
guint      cor_claim_row_get_n_supporting    (CorClaimRow *self);
guint      cor_claim_row_get_n_contradicting (CorClaimRow *self);
/* The picker that links observations (for tests and keyboard users) */
GtkWidget *cor_claim_row_get_picker       (CorClaimRow *self);

/* Calls @commit (@user_data, @row) when @row's text is activated or the focus leaves it */
void       cor_entry_row_connect_commit   (AdwEntryRow *row,
                                           GCallback    commit,
                                           gpointer     user_data);
/* The row's text, NULL when empty (for a nullable field) */
char      *cor_entry_row_dup_value        (AdwEntryRow *row);
/* Shows @value unless the row has the focus (the analyst is typing in it) */
void       cor_entry_row_show_value       (AdwEntryRow *row,
                                           const char  *value);

G_END_DECLS
