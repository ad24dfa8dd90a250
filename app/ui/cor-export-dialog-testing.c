/* cor-export-dialog-testing.c — driving the export dialog in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-export-dialog-internal.h"

static GtkCheckButton *
find_check (GPtrArray *checks,
            gint64     id)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      if (*(gint64 *) g_object_get_data (G_OBJECT (check), "cor-id") == id)
        return check;
    }

  return NULL;
}

void
cor_export_dialog_set_format (CorExportDialog *self,
                              CorExportFormat  format)
{
  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));
  g_return_if_fail ((guint) format <= COR_EXPORT_FORMAT_LAST);

  adw_combo_row_set_selected (self->format_row, format);
}

void
cor_export_dialog_set_whole_case (CorExportDialog *self,
                                  gboolean         whole_case)
{
  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->scope_row, whole_case ? 0 : 1);
}

gboolean
cor_export_dialog_set_clip_chosen (CorExportDialog *self,
                                   gint64           clip_id,
                                   gboolean         chosen)
{
  GtkCheckButton *check;

  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), FALSE);

  check = find_check (self->clip_checks, clip_id);
  if (check != NULL)
    gtk_check_button_set_active (check, chosen);

  return check != NULL;
}

gboolean
cor_export_dialog_set_article_chosen (CorExportDialog *self,
                                      gint64           article_id,
                                      gboolean         chosen)
{
  GtkCheckButton *check;

  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), FALSE);

  check = find_check (self->article_checks, article_id);
  if (check != NULL)
    gtk_check_button_set_active (check, chosen);

  return check != NULL;
}

void
cor_export_dialog_set_kind (CorExportDialog   *self,
                            CorAnnotationKind  kind,
                            gboolean           ticked)
{
  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < COR_EXPORT_N_KINDS; i++)
    if (cor_export_kinds[i] == kind)
      gtk_check_button_set_active (self->kind_checks[i], ticked);
}

void
cor_export_dialog_set_min_confidence (CorExportDialog *self,
                                      CorConfidence    confidence)
{
  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));
  g_return_if_fail ((guint) confidence <= COR_CONFIDENCE_LAST);

  adw_combo_row_set_selected (self->confidence_row, confidence);
}

void
cor_export_dialog_set_paper (CorExportDialog *self,
                             CorPaperSize     paper)
{
  g_return_if_fail (COR_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->paper_row, paper == COR_PAPER_LETTER ? 1 : 0);
}

GtkWidget *
cor_export_dialog_get_export_button (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->export_button);
}

GtkWidget *
cor_export_dialog_get_cancel_button (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), NULL);

  return GTK_WIDGET (self->cancel_button);
}

gboolean
cor_export_dialog_get_busy (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), FALSE);

  return self->busy;
}

double
cor_export_dialog_get_fraction (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), 0.0);

  return gtk_progress_bar_get_fraction (self->progress_bar);
}

const char *
cor_export_dialog_get_error_text (CorExportDialog *self)
{
  g_return_val_if_fail (COR_IS_EXPORT_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_text (self->error_label);
}
