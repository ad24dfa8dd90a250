/* cor-annotation-editor.h — the fields of one observation, each committed at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the fields of the observation's kind plus those every kind has; each change
 * is written to the store at once (an entry on Enter or when it loses the focus, a
 * dropdown when it changes, a text view when it loses the focus and 600 ms after
 * the last keystroke) and pushed onto the undo stack. Invalid input (coordinates,
 * an end before the start) is refused in place with a message and nothing is saved.
 * The editor follows the store: an edit made elsewhere (timeline drag, undo) shows
 * at once, except in the field being typed in.
 */
#pragma once

#include <adwaita.h>

#include "cor-store.h"
#include "cor-undo.h"

G_BEGIN_DECLS

#define COR_TYPE_ANNOTATION_EDITOR (cor_annotation_editor_get_type ())

G_DECLARE_FINAL_TYPE (CorAnnotationEditor, cor_annotation_editor, COR, ANNOTATION_EDITOR, AdwBin)

/* Properties: "store" and "undo-stack" (construct-only), "annotation-id" (read-only,
 * 0 when none) */
GtkWidget *cor_annotation_editor_new               (CorStore            *store,
                                                    CorUndoStack        *undo_stack);
/* Edits the observation with @annotation's id (the editor reads it from the store and
 * keeps no reference to @annotation); NULL shows the empty state. */
void       cor_annotation_editor_set_annotation    (CorAnnotationEditor *self,
                                                    CorAnnotation       *annotation);
gint64     cor_annotation_editor_get_annotation_id (CorAnnotationEditor *self);
/* Moves the focus to the first field of the kind (language, maker, place, note text) */
void       cor_annotation_editor_focus_first_field (CorAnnotationEditor *self);

G_END_DECLS
