/* cor-report-pdf-private.h — shared by the PDF writer's files (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "cor-pdf-text.h"
#include "cor-report-doc.h"

G_BEGIN_DECLS

#define MARGIN_X      54.0
#define MARGIN_TOP    62.0
#define MARGIN_BOTTOM 58.0
#define CELL_PAD_X    4.0
#define CELL_PAD_Y    2.2
#define BLOCK_GAP     6.0
#define IMAGE_MAX_W   280.0

typedef struct
{
  CorDoc               *doc;
  CorReportModel       *model;
  CorReportSink        *sink;
  gboolean              render;
  cairo_surface_t      *surface;
  cairo_t              *cr;
  PangoFontMap         *font_map;
  PangoContext         *context;
  PangoFontDescription *body;
  PangoFontDescription *small;
  PangoFontDescription *label;
  PangoFontDescription *title;
  PangoFontDescription *heading[3];
  double                page_w;
  double                page_h;
  double                width;   /* text width */
  double                bottom;  /* lowest y of text */
  double                y;
  int                   page;
  int                   n_pages;
  GHashTable           *anchors;     /* anchor → page (GINT_TO_POINTER), from the first pass */
  GPtrArray            *cache;       /* CachedText: the layouts of pass 1, reused by pass 2 */
  guint                 next_cached;
  int                   outline[3];  /* the last outline item of each level */
} CorReportPdf;

/* Pass 1 lays out and keeps every text; pass 2 takes them back in the same order,
 * so nothing is shaped twice. Returns a new reference. */
CorPdfText *cor_report_pdf_text_new    (CorReportPdf               *pdf,
                                        CorDocText                 *text,
                                        const PangoFontDescription *font,
                                        double                      width);
/* Starts a new page unless @height fits below y */
void        cor_report_pdf_ensure      (CorReportPdf               *pdf,
                                        double                      height);
/* Flows a text over pages, splitting between lines */
void        cor_report_pdf_flow_text   (CorReportPdf               *pdf,
                                        CorPdfText                 *text,
                                        double                      x);

/* cor-report-pdf-image.c: a frame still with its caption */
void        cor_report_pdf_write_image (CorReportPdf               *pdf,
                                        CorDocBlock                *b);

G_END_DECLS
