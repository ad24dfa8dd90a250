/* cor-annotation-editor-private.h — the editor's insides, shared by its two source
 * files and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-annotation-editor.h"

G_BEGIN_DECLS

typedef enum
{
  COR_EDITOR_FIELD_START,
  COR_EDITOR_FIELD_END,
  COR_EDITOR_FIELD_LANGUAGE,      /* GtkDropDown */
  COR_EDITOR_FIELD_DIALECT,
  COR_EDITOR_FIELD_SPEAKER,
  COR_EDITOR_FIELD_TRANSCRIPT,    /* GtkTextView */
  COR_EDITOR_FIELD_TRANSLATION,   /* GtkTextView */
  COR_EDITOR_FIELD_TRANSLATED_BY,
  COR_EDITOR_FIELD_MAKER,
  COR_EDITOR_FIELD_ITEM,
  COR_EDITOR_FIELD_MARKINGS,
  COR_EDITOR_FIELD_PLACE,
  COR_EDITOR_FIELD_COORDINATES,
  COR_EDITOR_FIELD_PRECISION,     /* GtkSpinButton */
  COR_EDITOR_FIELD_METHOD,
  COR_EDITOR_FIELD_GEOLOCATED_BY,
  COR_EDITOR_FIELD_CONFIDENCE,    /* GtkDropDown */
  COR_EDITOR_FIELD_ANALYST,
  COR_EDITOR_FIELD_NOTE,          /* GtkTextView */
  COR_EDITOR_FIELD_TAGS,
  COR_EDITOR_N_FIELDS
} CorEditorField;

struct _CorAnnotationEditor
{
  AdwBin          parent_instance;

  CorStore       *store;
  CorUndoStack   *undo;
  CorAnnotation  *annotation;   /* as last read from the store; NULL when none */
  gint64          annotation_id;

  GtkWidget      *fields[COR_EDITOR_N_FIELDS];
  GtkLabel       *messages[COR_EDITOR_N_FIELDS]; /* the message under a field, or NULL */
  gboolean        dirty[COR_EDITOR_N_FIELDS];    /* typed in, not yet committed */
  guint           updating;     /* > 0 while the editor itself sets the widgets */
  guint           typing_source;
  CorEditorField  typing_field;
  gboolean        place_picked;

  GPtrArray      *language_codes;  /* char*, in the dropdown's order */
  GHashTable     *language_index;  /* code → position + 1 */
  GArray         *link_ids;        /* article ids of the link rows, in order */
  GArray         *candidate_ids;   /* article ids of the "Add article link" rows */
  GListModel     *stills;          /* CorSnapshot of the observation */
  GtkSizeGroup   *label_size_group; /* the field labels of every group line up */

  /* template */
  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkLabel       *kind_label;
  GtkLabel       *message_label;
  GtkGrid        *time_grid;
  GtkWidget      *language_group;
  GtkGrid        *language_grid;
  GtkWidget      *uniform_group;
  GtkGrid        *uniform_grid;
  GtkWidget      *location_group;
  GtkGrid        *location_grid;
  GtkLabel       *coordinates_dms_label;
  GtkLabel       *confidence_hint;
  GtkButton      *map_button;
  GtkGrid        *common_grid;
  GtkListBox     *links_list;
  GtkMenuButton  *add_link_button;
  GtkListBox     *add_link_list;
  GtkLabel       *add_link_empty_label;
  GtkFlowBox     *stills_box;
  GtkLabel       *stills_empty_label;
};

/* cor-annotation-editor.c: showing the record */
void        cor_annotation_editor_show_field      (CorAnnotationEditor *self,
                                                   CorEditorField       field);
void        cor_annotation_editor_update_confidence_tooltip (CorAnnotationEditor *self);

/* cor-annotation-editor-commit.c: writing each change */
gboolean    cor_annotation_editor_is_text_view    (CorEditorField       field);
char       *cor_annotation_editor_field_text      (CorAnnotationEditor *self,
                                                   CorEditorField       field);
void        cor_annotation_editor_set_field_text  (CorAnnotationEditor *self,
                                                   CorEditorField       field,
                                                   const char          *text);
void        cor_annotation_editor_set_message     (CorAnnotationEditor *self,
                                                   CorEditorField       field,
                                                   const char          *message);
/* TRUE when @field is one string of the record, in *@out_value */
gboolean    cor_annotation_editor_string_value    (CorEditorField       field,
                                                   CorAnnotation       *annotation,
                                                   const char         **out_value);
void        cor_annotation_editor_commit          (CorAnnotationEditor *self,
                                                   CorEditorField       field,
                                                   gboolean             typing);
void        cor_annotation_editor_flush_typing    (CorAnnotationEditor *self);
/* Connects the field's widget (entry, text view, dropdown, spin) to its commit */
void        cor_annotation_editor_connect_field   (CorAnnotationEditor *self,
                                                   CorEditorField       field);

/* cor-annotation-editor-parts.c: the field widgets, linked articles and stills */
void        cor_annotation_editor_build_fields    (CorAnnotationEditor *self);
/* Reloads the completion lists (makers, places, tags) from the case */
void        cor_annotation_editor_update_completions (CorAnnotationEditor *self);
void        cor_annotation_editor_update_links    (CorAnnotationEditor *self);
void        cor_annotation_editor_update_stills   (CorAnnotationEditor *self);
void        cor_annotation_editor_update_link_candidates (CorAnnotationEditor *self);
void        cor_annotation_editor_link_article    (CorAnnotationEditor *self,
                                                   gint64               article_id);
void        cor_annotation_editor_unlink_article  (CorAnnotationEditor *self,
                                                   gint64               article_id);
void        cor_annotation_editor_set_relation    (CorAnnotationEditor *self,
                                                   gint64               article_id,
                                                   CorRelation          relation);
void        cor_annotation_editor_remove_still    (CorAnnotationEditor *self,
                                                   gint64               snapshot_id);
void        cor_annotation_editor_show_message    (CorAnnotationEditor *self,
                                                   const char          *message);

/* For tests: the widget of a field, committing it as Enter / focus-out would, picking a
 * gazetteer place as the completion popup does, and the message under a field (NULL
 * when none is shown) */
GtkWidget  *cor_annotation_editor_get_field       (CorAnnotationEditor *self,
                                                   CorEditorField       field);
void        cor_annotation_editor_commit_field    (CorAnnotationEditor *self,
                                                   CorEditorField       field);
void        cor_annotation_editor_pick_place      (CorAnnotationEditor *self,
                                                   const char          *name);
const char *cor_annotation_editor_get_message     (CorAnnotationEditor *self,
                                                   CorEditorField       field);

G_END_DECLS
