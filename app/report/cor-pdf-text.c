/* cor-pdf-text.c — pango text of the PDF writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cor-pdf-text.h"

#define MONO_FAMILY "DejaVu Sans Mono"

static void
link_free (gpointer data)
{
  CorPdfLink *link = data;

  g_free (link->attr);
  g_free (link->target);
  g_free (link);
}

static void
insert_attr (PangoAttrList  *attrs,
             PangoAttribute *attr,
             guint           start,
             guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

static void
collect_lines (CorPdfText *t)
{
  PangoLayoutIter *iter = pango_layout_get_iter (t->layout);

  t->lines = g_array_new (FALSE, FALSE, sizeof (CorPdfLine));
  do
    {
      PangoRectangle logical;
      CorPdfLine line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) logical.y / PANGO_SCALE;
      line.bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (t->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  t->height = t->lines->len > 0 ? g_array_index (t->lines, CorPdfLine, t->lines->len - 1).bottom : 0;
}

static PangoLayout *
layout_new (PangoContext               *context,
            const PangoFontDescription *base,
            double                      width)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_font_description (layout, base);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

char *
cor_pdf_escape_uri (const char *uri)
{
  GString *s = g_string_new (NULL);

  for (const guchar *p = (const guchar *) uri; *p; p++)
    {
      if (*p >= 0x80 || *p <= 0x20 || *p == '\'' || *p == '\\' || *p == '"' || *p == '<'
          || *p == '>' || *p == 0x7f)
        g_string_append_printf (s, "%%%02X", *p);
      else
        g_string_append_c (s, (char) *p);
    }
  return g_string_free (s, FALSE);
}

CorPdfText *
cor_pdf_text_new (PangoContext               *context,
                  CorDocText                 *text,
                  const PangoFontDescription *base,
                  double                      width,
                  GHashTable                 *anchors)
{
  CorPdfText *t = g_new0 (CorPdfText, 1);
  GString *s = g_string_new (NULL);

  t->ref_count = 1;
  PangoAttrList *attrs = pango_attr_list_new ();
  double size = (double) pango_font_description_get_size (base);

  t->layout = layout_new (context, base, width);
  t->links = g_ptr_array_new_with_free_func (link_free);

  for (guint i = 0; text != NULL && i < text->spans->len; i++)
    {
      CorDocSpan *span = g_ptr_array_index (text->spans, i);
      guint start = (guint) s->len, end;

      g_string_append (s, span->text);
      end = (guint) s->len;

      if (span->style & COR_DOC_BOLD)
        insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
      if (span->style & COR_DOC_ITALIC)
        insert_attr (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
      if (span->style & COR_DOC_MONO)
        {
          insert_attr (attrs, pango_attr_family_new (MONO_FAMILY), start, end);
          insert_attr (attrs, pango_attr_size_new ((int) (size * 0.92)), start, end);
        }
      if (span->style & COR_DOC_SMALL)
        insert_attr (attrs, pango_attr_size_new ((int) (size * 0.88)), start, end);
      if (span->style & COR_DOC_MUTED)
        insert_attr (attrs, pango_attr_foreground_new (0x5f00, 0x6600, 0x7000), start, end);
      if (span->lang != NULL)
        insert_attr (attrs, pango_attr_language_new (pango_language_from_string (span->lang)),
                     start, end);

      if (span->uri != NULL
          || (span->target != NULL
              && (anchors == NULL || g_hash_table_contains (anchors, span->target))))
        {
          CorPdfLink *link = g_new0 (CorPdfLink, 1);

          link->start = (int) start;
          link->end = (int) end;
          if (span->uri != NULL)
            {
              g_autofree char *uri = cor_pdf_escape_uri (span->uri);
              link->attr = g_strdup_printf ("uri='%s'", uri);
            }
          else
            {
              link->attr = g_strdup_printf ("dest='%s'", span->target);
              link->target = g_strdup (span->target);
            }
          g_ptr_array_add (t->links, link);
          insert_attr (attrs, pango_attr_foreground_new (0x1c00, 0x4e00, 0x8000), start, end);
          insert_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, end);
        }
    }
  if (text != NULL && text->lang != NULL)
    insert_attr (attrs, pango_attr_language_new (pango_language_from_string (text->lang)),
                 0, (guint) s->len);

  pango_layout_set_text (t->layout, s->str, (int) s->len);
  pango_layout_set_attributes (t->layout, attrs);
  pango_attr_list_unref (attrs);
  g_string_free (s, TRUE);
  collect_lines (t);
  return t;
}

CorPdfText *
cor_pdf_text_new_plain (PangoContext               *context,
                        const char                 *text,
                        const PangoFontDescription *base,
                        double                      width)
{
  CorPdfText *t = g_new0 (CorPdfText, 1);

  t->ref_count = 1;
  t->layout = layout_new (context, base, width);
  t->links = g_ptr_array_new_with_free_func (link_free);
  pango_layout_set_text (t->layout, text != NULL ? text : "", -1);
  collect_lines (t);
  return t;
}

CorPdfText *
cor_pdf_text_ref (CorPdfText *text)
{
  text->ref_count++;
  return text;
}

void
cor_pdf_text_drop_links (CorPdfText *text,
                         GHashTable *anchors)
{
  for (guint i = text->links->len; i > 0; i--)
    {
      CorPdfLink *link = g_ptr_array_index (text->links, i - 1);

      if (link->target != NULL && !g_hash_table_contains (anchors, link->target))
        g_ptr_array_remove_index (text->links, i - 1);
    }
}

void
cor_pdf_text_unref (CorPdfText *text)
{
  if (text == NULL || --text->ref_count > 0)
    return;
  g_clear_object (&text->layout);
  g_clear_pointer (&text->lines, g_array_unref);
  g_clear_pointer (&text->links, g_ptr_array_unref);
  g_free (text);
}

double
cor_pdf_text_fit (CorPdfText *text,
                  double      from,
                  double      space)
{
  double best = from;

  for (guint i = 0; i < text->lines->len; i++)
    {
      CorPdfLine *line = &g_array_index (text->lines, CorPdfLine, i);

      if (line->top < from - 0.01)
        continue;
      if (line->bottom - from > space + 0.01)
        break;
      best = line->bottom;
    }
  return best;
}

double
cor_pdf_text_next_line (CorPdfText *text,
                        double      from)
{
  for (guint i = 0; i < text->lines->len; i++)
    {
      CorPdfLine *line = &g_array_index (text->lines, CorPdfLine, i);

      if (line->top >= from - 0.01)
        return line->bottom;
    }
  return text->height;
}

static void
draw_links (CorPdfText *text,
            cairo_t    *cr,
            double      x,
            double      y,
            guint       first,
            guint       last)
{
  for (guint k = 0; k < text->links->len; k++)
    {
      CorPdfLink *link = g_ptr_array_index (text->links, k);
      GString *rects = g_string_new (NULL);

      GSList *l = g_slist_nth (pango_layout_get_lines_readonly (text->layout), first);

      for (guint i = first; i < last && l != NULL; i++, l = l->next)
        {
          PangoLayoutLine *line = l->data;
          CorPdfLine *box = &g_array_index (text->lines, CorPdfLine, i);
          int *ranges = NULL, n_ranges = 0;

          if (line->start_index >= link->end || line->start_index + line->length <= link->start)
            continue;
          pango_layout_line_get_x_ranges (line, link->start, link->end, &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            {
              char buf[4][G_ASCII_DTOSTR_BUF_SIZE];
              double x0 = x + (double) ranges[2 * r] / PANGO_SCALE;
              double w = (double) (ranges[2 * r + 1] - ranges[2 * r]) / PANGO_SCALE;

              if (w <= 0)
                continue;
              g_string_append_printf (rects, "%s %s %s %s ",
                                      g_ascii_formatd (buf[0], sizeof buf[0], "%.2f", x0),
                                      g_ascii_formatd (buf[1], sizeof buf[1], "%.2f", y + box->top),
                                      g_ascii_formatd (buf[2], sizeof buf[2], "%.2f", w),
                                      g_ascii_formatd (buf[3], sizeof buf[3], "%.2f",
                                                       box->bottom - box->top));
            }
          g_free (ranges);
        }
      if (rects->len > 0)
        {
          g_autofree char *attr = g_strdup_printf ("%s rect=[%s]", link->attr, rects->str);

          cairo_tag_begin (cr, CAIRO_TAG_LINK, attr);
          cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
      g_string_free (rects, TRUE);
    }
}

void
cor_pdf_text_draw (CorPdfText *text,
                   cairo_t    *cr,
                   double      x,
                   double      y,
                   double      from,
                   double      to)
{
  guint first = G_MAXUINT, last = 0;
  GSList *l;
  guint i = 0;

  if (cr == NULL)
    return;

  for (l = pango_layout_get_lines_readonly (text->layout); l != NULL; l = l->next, i++)
    {
      CorPdfLine *box = &g_array_index (text->lines, CorPdfLine, i);

      if (box->top < from - 0.01 || box->top >= to - 0.01)
        continue;
      first = MIN (first, i);
      last = i + 1;
      /* every layout is left-aligned: a line starts at the layout's left edge */
      cairo_move_to (cr, x, y - from + box->baseline);
      pango_cairo_show_layout_line (cr, l->data);
    }
  if (first < last)
    draw_links (text, cr, x, y - from, first, last);
}
