/* cor-pdf-text.h — pango text of the PDF writer: layouts, lines, links (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "cor-report-doc.h"

G_BEGIN_DECLS

typedef struct
{
  double top;       /* logical top of the line in the layout, points */
  double bottom;
  double baseline;
} CorPdfLine;

/* A laid-out run of text with its line boxes and its link spans */
typedef struct
{
  int          ref_count;
  PangoLayout *layout;
  GArray      *lines;    /* CorPdfLine */
  double       height;
  GPtrArray   *links;    /* CorPdfLink */
} CorPdfText;

typedef struct
{
  int   start;   /* byte range in the layout's text */
  int   end;
  char *attr;    /* cairo tag attributes: "uri='…'" or "dest='…'" */
  char *target;  /* the anchor of a "dest" link, NULL for a URI */
} CorPdfLink;

/* @base: the font of the run; @anchors (nullable): a link to an anchor is only
 * made when the anchor is in it (the PDF has that destination); NULL makes them all. */
CorPdfText *cor_pdf_text_new       (PangoContext               *context,
                                    CorDocText                 *text,
                                    const PangoFontDescription *base,
                                    double                      width,
                                    GHashTable                 *anchors);
CorPdfText *cor_pdf_text_new_plain (PangoContext               *context,
                                    const char                 *text,
                                    const PangoFontDescription *base,
                                    double                      width);
CorPdfText *cor_pdf_text_ref       (CorPdfText                 *text);
void        cor_pdf_text_unref     (CorPdfText                 *text);
/* Drops the links to anchors that are not in @anchors */
void        cor_pdf_text_drop_links (CorPdfText                *text,
                                     GHashTable                *anchors);

/* Draws lines whose top is in [@from, @to) with the layout's top at @y - @from,
 * and the link areas on those lines. @cr NULL draws nothing. */
void        cor_pdf_text_draw      (CorPdfText                 *text,
                                    cairo_t                    *cr,
                                    double                      x,
                                    double                      y,
                                    double                      from,
                                    double                      to);
/* The largest line bottom <= @from + @space, or @from if no line fits */
double      cor_pdf_text_fit       (CorPdfText                 *text,
                                    double                      from,
                                    double                      space);

/* The bottom of the first line at or below @from (the text's height if none) */
double      cor_pdf_text_next_line (CorPdfText                 *text,
                                    double                      from);

/* A URI as a cairo tag string value: quotes, backslashes and non-ASCII bytes
 * percent-encoded */
char       *cor_pdf_escape_uri     (const char                 *uri);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorPdfText, cor_pdf_text_unref)

G_END_DECLS
