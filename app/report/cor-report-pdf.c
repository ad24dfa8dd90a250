/* cor-report-pdf.c — the report as PDF with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes over the same blocks with the same pango context: the first only
 * measures (page count, the page of every heading for the contents), the second
 * draws. Tables break between rows; a row taller than the space left on a fresh
 * page is split between lines, never through one.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-pdf-text.h"
#include "cor-report-pdf-private.h"

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return cor_report_sink_write (closure, data, length) ? CAIRO_STATUS_SUCCESS
                                                       : CAIRO_STATUS_WRITE_ERROR;
}

typedef struct
{
  CorDocText                 *source;
  const PangoFontDescription *font;
  double                      width;
  CorPdfText                 *text;
} CachedText;

static void
cached_text_free (gpointer data)
{
  CachedText *c = data;

  cor_pdf_text_unref (c->text);
  g_free (c);
}

/* Pass 1 lays out and keeps every text; pass 2 takes them back in the same order,
 * so nothing is shaped twice. Returns a new reference. */
CorPdfText *
cor_report_pdf_text_new (CorReportPdf               *pdf,
                         CorDocText                 *text,
                         const PangoFontDescription *font,
                         double                      width)
{
  CorPdfText *t;

  if (!pdf->render)
    {
      CachedText *c = g_new (CachedText, 1);

      t = cor_pdf_text_new (pdf->context, text, font, width, NULL);
      *c = (CachedText) { text, font, width, cor_pdf_text_ref (t) };
      g_ptr_array_add (pdf->cache, c);
      return t;
    }

  if (pdf->next_cached < pdf->cache->len)
    {
      CachedText *c = g_ptr_array_index (pdf->cache, pdf->next_cached);

      if (c->source == text && c->font == font && c->width == width)
        {
          t = g_steal_pointer (&c->text);
          pdf->next_cached++;
          cor_pdf_text_drop_links (t, pdf->anchors);
          return t;
        }
      g_warning ("PDF layout cache out of step at %u", pdf->next_cached);
    }
  return cor_pdf_text_new (pdf->context, text, font, width, pdf->anchors);
}

static void
draw_page_furniture (CorReportPdf *pdf)
{
  g_autofree char *number = NULL;
  g_autoptr(CorPdfText) footer = NULL;
  cairo_t *cr = pdf->cr;
  PangoRectangle ink, logical;

  if (!pdf->render)
    return;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.37, 0.40, 0.44);
  if (pdf->page > 1)
    {
      g_autoptr(CorPdfText) header = cor_pdf_text_new_plain (pdf->context, pdf->doc->title,
                                                             pdf->small, pdf->width);

      pango_layout_set_ellipsize (header->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (header->layout, -1);
      cairo_move_to (cr, MARGIN_X, MARGIN_TOP - 26);
      pango_cairo_show_layout (cr, header->layout);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_X, MARGIN_TOP - 10);
      cairo_line_to (cr, MARGIN_X + pdf->width, MARGIN_TOP - 10);
      cairo_stroke (cr);
    }
  number = g_strdup_printf (_("Page %d of %d"), pdf->page, pdf->n_pages);
  footer = cor_pdf_text_new_plain (pdf->context, number, pdf->small, -1);
  pango_layout_get_extents (footer->layout, &ink, &logical);
  cairo_move_to (cr, (pdf->page_w - (double) logical.width / PANGO_SCALE) / 2,
                 pdf->page_h - MARGIN_BOTTOM + 18);
  pango_cairo_show_layout (cr, footer->layout);
  cairo_restore (cr);
}

static void
start_page (CorReportPdf *pdf)
{
  pdf->page++;
  pdf->y = MARGIN_TOP;
  draw_page_furniture (pdf);
}

static void
new_page (CorReportPdf *pdf)
{
  if (pdf->render)
    cairo_show_page (pdf->cr);
  start_page (pdf);
}

static gboolean
at_page_top (CorReportPdf *pdf)
{
  return pdf->y <= MARGIN_TOP + 0.01;
}

/* Starts a new page unless @height fits below y */
void
cor_report_pdf_ensure (CorReportPdf *pdf,
                       double        height)
{
  if (pdf->y + height > pdf->bottom && !at_page_top (pdf))
    new_page (pdf);
}

/* Flows a text over pages, splitting between lines */
void
cor_report_pdf_flow_text (CorReportPdf *pdf,
                          CorPdfText   *text,
                          double        x)
{
  double from = 0;

  while (from < text->height - 0.01)
    {
      double to = cor_pdf_text_fit (text, from, pdf->bottom - pdf->y);

      if (to <= from)
        {
          if (!at_page_top (pdf))
            {
              new_page (pdf);
              continue;
            }
          to = cor_pdf_text_next_line (text, from);  /* a line taller than a page */
        }
      cor_pdf_text_draw (text, pdf->cr, x, pdf->y, from, to);
      pdf->y += to - from;
      from = to;
      if (from < text->height - 0.01)
        new_page (pdf);
    }
}

static void
write_title (CorReportPdf *pdf,
             CorDocBlock  *b)
{
  g_autoptr(CorPdfText) t = cor_report_pdf_text_new (pdf, b->text, pdf->title, pdf->width);

  pdf->y += 150;
  if (pdf->render)
    cairo_set_source_rgb (pdf->cr, 0.11, 0.31, 0.50);
  cor_report_pdf_flow_text (pdf, t, MARGIN_X);
  if (pdf->render)
    cairo_set_source_rgb (pdf->cr, 0, 0, 0);
  pdf->y += 10;
}

static void
write_heading (CorReportPdf *pdf,
               CorDocBlock  *b)
{
  int level = CLAMP (b->level, 1, 3);
  g_autoptr(CorPdfText) t = cor_report_pdf_text_new (pdf, b->text, pdf->heading[level - 1],
                                                     pdf->width);
  double before = level == 1 ? 4 : level == 2 ? 14 : 10;

  /* keep the heading with a few lines of what follows */
  cor_report_pdf_ensure (pdf, before + t->height + 60);
  if (!at_page_top (pdf))
    pdf->y += before;

  if (!pdf->render)
    {
      if (b->anchor != NULL)
        g_hash_table_insert (pdf->anchors, g_strdup (b->anchor), GINT_TO_POINTER (pdf->page));
    }
  else
    {
      g_autofree char *dest = b->anchor != NULL ? g_strdup_printf ("name='%s'", b->anchor) : NULL;
      g_autofree char *plain = cor_doc_text_dup_plain (b->text);
      cairo_t *cr = pdf->cr;

      if (dest != NULL)
        cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);
      cairo_set_source_rgb (cr, 0.11, 0.31, 0.50);
      if (level == 3)
        {
          cairo_rectangle (cr, MARGIN_X - 2, pdf->y - 1, pdf->width + 4, t->height + 3);
          cairo_set_source_rgb (cr, 0.93, 0.95, 0.97);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0.11, 0.31, 0.50);
        }
      cor_pdf_text_draw (t, cr, MARGIN_X, pdf->y, 0, G_MAXDOUBLE);
      cairo_set_source_rgb (cr, 0, 0, 0);
      if (dest != NULL)
        cairo_tag_end (cr, CAIRO_TAG_DEST);

      if (b->anchor != NULL && g_strcmp0 (b->anchor, "contents") != 0)
        {
          g_autofree char *link = g_strdup_printf ("dest='%s'", b->anchor);
          int parent = level == 1 ? CAIRO_PDF_OUTLINE_ROOT : pdf->outline[level - 2];

          pdf->outline[level - 1] =
            cairo_pdf_surface_add_outline (pdf->surface, parent, plain, link,
                                           level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
        }
    }
  pdf->y += t->height;
  if (level == 1 && pdf->render)
    {
      cairo_set_line_width (pdf->cr, 1.2);
      cairo_set_source_rgb (pdf->cr, 0.11, 0.31, 0.50);
      cairo_move_to (pdf->cr, MARGIN_X, pdf->y + 2);
      cairo_line_to (pdf->cr, MARGIN_X + pdf->width, pdf->y + 2);
      cairo_stroke (pdf->cr);
      cairo_set_source_rgb (pdf->cr, 0, 0, 0);
    }
  pdf->y += level == 1 ? 10 : 5;
}

static void
write_paragraph (CorReportPdf *pdf,
                 CorDocBlock  *b)
{
  g_autoptr(CorPdfText) t = cor_report_pdf_text_new (pdf, b->text, pdf->body, pdf->width);

  cor_report_pdf_flow_text (pdf, t, MARGIN_X);
  pdf->y += BLOCK_GAP;
}

static void
write_contents (CorReportPdf *pdf)
{
  for (guint i = 0; i < pdf->doc->blocks->len; i++)
    {
      CorDocBlock *b = g_ptr_array_index (pdf->doc->blocks, i);
      double indent;
      int page;
      g_autofree char *number = NULL;
      g_autoptr(CorPdfText) t = NULL;
      g_autoptr(CorPdfText) n = NULL;
      PangoRectangle logical;

      if (b->type != COR_DOC_HEADING || b->level > 2 || b->anchor == NULL
          || g_str_equal (b->anchor, "contents"))
        continue;

      indent = b->level == 1 ? 0 : 16;
      page = GPOINTER_TO_INT (g_hash_table_lookup (pdf->anchors, b->anchor));
      number = pdf->render ? g_strdup_printf ("%d", page) : g_strdup ("000");
      t = cor_report_pdf_text_new (pdf, b->text, b->level == 1 ? pdf->heading[2] : pdf->body,
                    pdf->width - indent - 40);
      n = cor_pdf_text_new_plain (pdf->context, number, pdf->body, -1);
      if (b->level == 1)
        pdf->y += 4;
      cor_report_pdf_ensure (pdf, t->height);
      if (pdf->render)
        {
          g_autofree char *link = g_strdup_printf ("dest='%s' rect=[%.2f %.2f %.2f %.2f]",
                                                   b->anchor, MARGIN_X + indent, pdf->y,
                                                   pdf->width - indent, t->height);

          g_strdelimit (link, ",", '.');
          cor_pdf_text_draw (t, pdf->cr, MARGIN_X + indent, pdf->y, 0, G_MAXDOUBLE);
          pango_layout_get_extents (n->layout, NULL, &logical);
          cairo_move_to (pdf->cr, MARGIN_X + pdf->width - (double) logical.width / PANGO_SCALE,
                         pdf->y + t->height - n->height);
          pango_cairo_show_layout (pdf->cr, n->layout);
          cairo_tag_begin (pdf->cr, CAIRO_TAG_LINK, link);
          cairo_tag_end (pdf->cr, CAIRO_TAG_LINK);
        }
      pdf->y += t->height + 2;
    }
  pdf->y += BLOCK_GAP;
}

/* Tables */

typedef struct
{
  CorPdfText **cells;
  double       height;  /* content height, no padding */
} Row;

static void
row_clear (Row   *row,
           guint  n)
{
  for (guint c = 0; c < n; c++)
    cor_pdf_text_unref (row->cells[c]);
  g_free (row->cells);
}

static Row
row_layout (CorReportPdf *pdf,
            CorDocBlock  *b,
            guint         r,
            gboolean      head)
{
  Row row = { g_new0 (CorPdfText *, b->n_columns), 0 };

  for (guint c = 0; c < b->n_columns; c++)
    {
      CorDocText *cell = g_ptr_array_index (b->cells, r * b->n_columns + c);
      gboolean label = head || (b->keyvalue && c == 0);
      double w = b->widths[c] * pdf->width - 2 * CELL_PAD_X;

      row.cells[c] = cor_report_pdf_text_new (pdf, cell, label ? pdf->label : pdf->body, w);
      row.height = MAX (row.height, row.cells[c]->height);
    }
  return row;
}

/* Draws the part [from[c], to[c]) of each cell, @height high, at y */
static void
row_draw (CorReportPdf *pdf,
          CorDocBlock  *b,
          Row          *row,
          const double *from,
          const double *to,
          double        height,
          gboolean      shaded_first,
          gboolean      shaded_all)
{
  cairo_t *cr = pdf->cr;
  double x = MARGIN_X;

  if (!pdf->render)
    return;

  for (guint c = 0; c < b->n_columns; c++)
    {
      double w = b->widths[c] * pdf->width;

      if (shaded_all || (shaded_first && c == 0))
        {
          cairo_rectangle (cr, x, pdf->y, w, height);
          cairo_set_source_rgb (cr, shaded_all ? 0.89 : 0.955, shaded_all ? 0.91 : 0.965,
                                shaded_all ? 0.94 : 0.975);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.79, 0.81, 0.84);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x, pdf->y, w, height);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cor_pdf_text_draw (row->cells[c], cr, x + CELL_PAD_X, pdf->y + CELL_PAD_Y, from[c], to[c]);
      x += w;
    }
}

static double
row_full_draw (CorReportPdf *pdf,
               CorDocBlock  *b,
               Row          *row,
               gboolean      head)
{
  g_autofree double *from = g_new0 (double, b->n_columns);
  g_autofree double *to = g_new0 (double, b->n_columns);
  double h = row->height + 2 * CELL_PAD_Y;

  for (guint c = 0; c < b->n_columns; c++)
    to[c] = G_MAXDOUBLE;
  row_draw (pdf, b, row, from, to, h, b->keyvalue, head);
  pdf->y += h;
  return h;
}

static void
write_table (CorReportPdf *pdf,
             CorDocBlock  *b)
{
  guint n = b->n_columns;
  guint rows = n > 0 ? b->cells->len / n : 0;
  Row head = { NULL, 0 };
  double head_h = 0;
  guint first = 0;

  if (rows == 0)
    return;
  if (b->header)
    {
      head = row_layout (pdf, b, 0, TRUE);
      head_h = head.height + 2 * CELL_PAD_Y;
      first = 1;
    }

  for (guint r = first; r < rows; r++)
    {
      Row row = row_layout (pdf, b, r, FALSE);
      double h = row.height + 2 * CELL_PAD_Y;
      gboolean need_head = b->header && (r == first || at_page_top (pdf));

      /* a row that fits on a page is never split: move it (and the header) on */
      if (pdf->y + h + (need_head ? head_h : 0) > pdf->bottom && !at_page_top (pdf)
          && h + head_h <= pdf->bottom - MARGIN_TOP)
        {
          new_page (pdf);
          need_head = b->header;
        }
      else if (pdf->y + head_h + 3 * 12 > pdf->bottom && !at_page_top (pdf))
        {
          new_page (pdf);
          need_head = b->header;
        }
      if (need_head)
        row_full_draw (pdf, b, &head, TRUE);

      if (pdf->y + h <= pdf->bottom + 0.01)
        row_full_draw (pdf, b, &row, FALSE);
      else
        {
          /* taller than a page: split between lines */
          g_autofree double *from = g_new0 (double, n);
          g_autofree double *to = g_new0 (double, n);
          gboolean done = FALSE;

          while (!done)
            {
              double space = pdf->bottom - pdf->y - 2 * CELL_PAD_Y;
              double seg = 0;
              gboolean progressed = FALSE;

              done = TRUE;
              for (guint c = 0; c < n; c++)
                {
                  to[c] = cor_pdf_text_fit (row.cells[c], from[c], space);
                  if (to[c] <= from[c] && from[c] < row.cells[c]->height - 0.01 && at_page_top (pdf))
                    to[c] = cor_pdf_text_next_line (row.cells[c], from[c]);
                  seg = MAX (seg, to[c] - from[c]);
                  progressed |= to[c] > from[c];
                  if (to[c] < row.cells[c]->height - 0.01)
                    done = FALSE;
                }
              if (progressed)
                {
                  row_draw (pdf, b, &row, from, to, seg + 2 * CELL_PAD_Y, b->keyvalue, FALSE);
                  pdf->y += seg + 2 * CELL_PAD_Y;
                  memcpy (from, to, sizeof (double) * n);
                }
              if (!done)
                {
                  new_page (pdf);
                  if (b->header)
                    row_full_draw (pdf, b, &head, TRUE);
                }
            }
        }
      row_clear (&row, n);
    }
  if (b->header)
    row_clear (&head, n);
  pdf->y += BLOCK_GAP + 2;
}

static void
write_block (CorReportPdf *pdf,
             CorDocBlock  *b)
{
  switch (b->type)
    {
    case COR_DOC_TITLE:
      write_title (pdf, b);
      break;
    case COR_DOC_HEADING:
      write_heading (pdf, b);
      break;
    case COR_DOC_PARAGRAPH:
      write_paragraph (pdf, b);
      break;
    case COR_DOC_TABLE:
      write_table (pdf, b);
      break;
    case COR_DOC_IMAGE:
      cor_report_pdf_write_image (pdf, b);
      break;
    case COR_DOC_CONTENTS:
      write_contents (pdf);
      break;
    case COR_DOC_PAGE_BREAK:
      if (!at_page_top (pdf))
        new_page (pdf);
      break;
    default:
      break;
    }
}

static gboolean
run_pass (CorReportPdf     *pdf,
          GCancellable     *cancellable,
          CorProgressFunc   progress,
          gpointer          progress_data,
          double            from,
          double            to,
          GError          **error)
{
  guint n = pdf->doc->blocks->len;

  pdf->page = 0;
  start_page (pdf);
  for (guint i = 0; i < n; i++)
    {
      if ((i % 16) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (from + (to - from) * i / n, progress_data);
        }
      write_block (pdf, g_ptr_array_index (pdf->doc->blocks, i));
    }
  return TRUE;
}

static void
set_metadata (CorReportPdf *pdf)
{
  g_autofree char *creator = g_strdup_printf ("Corroborate %s", pdf->model->generator_version);
  g_autofree char *date = g_strndup (pdf->model->generated, 19);  /* YYYY-MM-DDTHH:MM:SS */

  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_TITLE, pdf->doc->title);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_AUTHOR,
                                  pdf->doc->author != NULL ? pdf->doc->author : "");
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_SUBJECT, _("Annotated report"));
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static PangoFontDescription *
font (const char  *family,
      double       size,
      PangoWeight  weight)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, family);
  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (desc, weight);
  return desc;
}

gboolean
cor_report_write_pdf (CorDoc           *doc,
                      CorReportModel   *model,
                      CorReportSink    *sink,
                      GCancellable     *cancellable,
                      CorProgressFunc   progress,
                      gpointer          progress_data,
                      GError          **error)
{
  CorReportPdf pdf = { 0 };
  cairo_font_options_t *options;
  cairo_status_t status;
  gboolean ok = FALSE;

  pdf.doc = doc;
  pdf.model = model;
  pdf.sink = sink;
  if (model->options->paper == COR_PAPER_LETTER)
    pdf.page_w = 612, pdf.page_h = 792;
  else
    pdf.page_w = 595.276, pdf.page_h = 841.89;
  pdf.width = pdf.page_w - 2 * MARGIN_X;
  pdf.bottom = pdf.page_h - MARGIN_BOTTOM;
  pdf.anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pdf.cache = g_ptr_array_new_with_free_func (cached_text_free);

  /* one context for both passes, no hinting: the same breaks when measuring and drawing */
  pdf.font_map = pango_cairo_font_map_new ();
  pdf.context = pango_font_map_create_context (pdf.font_map);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pdf.context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (pdf.context, 72);
  pango_context_set_language (pdf.context, pango_language_from_string (doc->lang ? doc->lang : "en"));
  pdf.body = font ("DejaVu Sans, NanumGothic", 9, PANGO_WEIGHT_NORMAL);
  pdf.small = font ("DejaVu Sans, NanumGothic", 7.5, PANGO_WEIGHT_NORMAL);
  pdf.label = font ("DejaVu Sans, NanumGothic", 7.5, PANGO_WEIGHT_BOLD);
  pdf.title = font ("DejaVu Sans, NanumGothic", 24, PANGO_WEIGHT_BOLD);
  pdf.heading[0] = font ("DejaVu Sans, NanumGothic", 17, PANGO_WEIGHT_BOLD);
  pdf.heading[1] = font ("DejaVu Sans, NanumGothic", 13, PANGO_WEIGHT_BOLD);
  pdf.heading[2] = font ("DejaVu Sans, NanumGothic", 10, PANGO_WEIGHT_BOLD);

  /* pass 1: measure */
  pdf.render = FALSE;
  if (!run_pass (&pdf, cancellable, progress, progress_data, 0.15, 0.35, error))
    goto out;
  pdf.n_pages = pdf.page;

  /* pass 2: draw */
  pdf.render = TRUE;
  pdf.surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, pdf.page_w, pdf.page_h);
  cairo_pdf_surface_restrict_to_version (pdf.surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (&pdf);
  pdf.cr = cairo_create (pdf.surface);
  if (!run_pass (&pdf, cancellable, progress, progress_data, 0.35, 0.99, error))
    goto out;
  if (pdf.page != pdf.n_pages)
    g_warning ("PDF pages: measured %d, drew %d", pdf.n_pages, pdf.page);

  cairo_destroy (g_steal_pointer (&pdf.cr));
  cairo_surface_finish (pdf.surface);
  status = cairo_surface_status (pdf.surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_WRITE,
                   _("The PDF cannot be written: %s"), cairo_status_to_string (status));
      goto out;
    }
  ok = TRUE;

out:
  g_clear_pointer (&pdf.cr, cairo_destroy);
  if (pdf.surface != NULL)
    {
      cairo_surface_finish (pdf.surface);
      cairo_surface_destroy (pdf.surface);
    }
  g_object_unref (pdf.context);
  g_object_unref (pdf.font_map);
  pango_font_description_free (pdf.body);
  pango_font_description_free (pdf.small);
  pango_font_description_free (pdf.label);
  pango_font_description_free (pdf.title);
  for (guint i = 0; i < 3; i++)
    pango_font_description_free (pdf.heading[i]);
  g_hash_table_unref (pdf.anchors);
  g_ptr_array_unref (pdf.cache);
  return ok;
}
