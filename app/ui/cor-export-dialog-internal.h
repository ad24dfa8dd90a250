/* cor-export-dialog-internal.h — the export dialog's instance, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-export-dialog-private.h"

G_BEGIN_DECLS

#define COR_EXPORT_N_KINDS 4

static const CorAnnotationKind cor_export_kinds[COR_EXPORT_N_KINDS] = {
  COR_ANNOTATION_KIND_LANGUAGE,
  COR_ANNOTATION_KIND_UNIFORM,
  COR_ANNOTATION_KIND_LOCATION,
  COR_ANNOTATION_KIND_NOTE,
};

struct _CorExportDialog
{
  AdwWindow             parent_instance;

  CorStore             *store;
  AdwToastOverlay      *toasts;
  char                 *destination;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  CorExportFormat       format;        /* the format the destination was made for */
  guint                 pulse_id;
  gboolean              busy;
  gboolean              close_when_done;
  gboolean              disposed;

  GPtrArray            *clip_checks;    /* GtkCheckButton, "cor-id" data */
  GPtrArray            *article_checks; /* GtkCheckButton, "cor-id" data */
  GtkCheckButton       *kind_checks[COR_EXPORT_N_KINDS];

  GtkButton            *cancel_button;
  GtkButton            *export_button;
  AdwPreferencesPage   *page;
  AdwComboRow          *format_row;
  AdwComboRow          *paper_row;
  AdwPreferencesGroup  *selection_group;
  AdwComboRow          *scope_row;
  AdwExpanderRow       *clips_row;
  AdwExpanderRow       *articles_row;
  AdwPreferencesGroup  *observations_group;
  AdwComboRow          *confidence_row;
  AdwActionRow         *destination_row;
  GtkButton            *choose_button;
  GtkLabel             *error_label;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
};

G_END_DECLS
