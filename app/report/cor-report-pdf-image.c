/* cor-report-pdf-image.c — frame stills in the PDF report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-report-pdf-private.h"

typedef struct
{
  const guchar *data;
  gsize         size;
  gsize         offset;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->offset + length > reader->size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
png_size (GBytes *png,
          int    *width,
          int    *height)
{
  gsize size = 0;
  const guchar *d = g_bytes_get_data (png, &size);

  if (size < 24 || memcmp (d + 12, "IHDR", 4) != 0)
    return FALSE;
  *width = (int) ((guint32) d[16] << 24 | (guint32) d[17] << 16 | (guint32) d[18] << 8 | d[19]);
  *height = (int) ((guint32) d[20] << 24 | (guint32) d[21] << 16 | (guint32) d[22] << 8 | d[23]);
  return *width > 0 && *height > 0 && *width < 100000 && *height < 100000;
}

void
cor_report_pdf_write_image (CorReportPdf *pdf,
                            CorDocBlock  *b)
{
  g_autoptr(GBytes) png = cor_report_model_load_png (pdf->model, b->snapshot_id);
  g_autoptr(CorPdfText) caption = cor_report_pdf_text_new (pdf, b->text, pdf->small, pdf->width);
  int w = 0, h = 0;
  double dw, dh;

  if (png == NULL || !png_size (png, &w, &h))
    {
      g_autoptr(CorPdfText) t = cor_pdf_text_new_plain (pdf->context,
                                                        _("The still cannot be read from the case."),
                                                        pdf->body, pdf->width);

      cor_report_pdf_ensure (pdf, t->height + caption->height);
      cor_report_pdf_flow_text (pdf, t, MARGIN_X);
      cor_report_pdf_flow_text (pdf, caption, MARGIN_X);
      pdf->y += BLOCK_GAP;
      return;
    }

  dw = MIN (IMAGE_MAX_W, pdf->width);
  dh = dw * h / w;
  if (dh > pdf->bottom - MARGIN_TOP - caption->height - 8)
    {
      dh = pdf->bottom - MARGIN_TOP - caption->height - 8;
      dw = dh * w / h;
    }
  cor_report_pdf_ensure (pdf, dh + 4 + caption->height);

  if (pdf->render)
    {
      gsize size = 0;
      PngReader reader = { g_bytes_get_data (png, &size), 0, 0 };
      cairo_surface_t *image;

      reader.size = size;
      image = cairo_image_surface_create_from_png_stream (read_png, &reader);
      if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS)
        {
          cairo_t *cr = pdf->cr;

          cairo_save (cr);
          cairo_translate (cr, MARGIN_X, pdf->y);
          cairo_scale (cr, dw / cairo_image_surface_get_width (image),
                       dh / cairo_image_surface_get_height (image));
          cairo_set_source_surface (cr, image, 0, 0);
          cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
          cairo_paint (cr);
          cairo_restore (cr);
        }
      cairo_surface_destroy (image);
      cairo_set_source_rgb (pdf->cr, 0.79, 0.81, 0.84);
      cairo_set_line_width (pdf->cr, 0.5);
      cairo_rectangle (pdf->cr, MARGIN_X, pdf->y, dw, dh);
      cairo_stroke (pdf->cr);
      cairo_set_source_rgb (pdf->cr, 0, 0, 0);
    }
  pdf->y += dh + 4;
  cor_report_pdf_flow_text (pdf, caption, MARGIN_X);
  pdf->y += BLOCK_GAP + 4;
}
