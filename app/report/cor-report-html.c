/* cor-report-html.c — the report as one self-contained HTML file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No script, no external resource: stills are data: URIs of the stored PNG bytes,
 * the CSS is inline, and a Content-Security-Policy forbids everything else. Every
 * piece of user text is escaped; only http(s) URLs become links.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cor-report-doc.h"

#define CSP "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

static const char css[] =
  "body{font-family:'DejaVu Sans',Arial,'NanumGothic',sans-serif;font-size:15px;line-height:1.45;"
  "color:#1d1d1d;background:#fff;margin:0}\n"
  "main{max-width:60rem;margin:0 auto;padding:1.5rem 2rem 4rem}\n"
  "h1.doc-title{font-size:2.2rem;margin:3rem 0 .3rem}\n"
  "h2{font-size:1.6rem;border-bottom:2px solid #1c4e80;padding-bottom:.2rem;margin-top:2.5rem}\n"
  "h3{font-size:1.25rem;margin-top:2rem;color:#1c4e80}\n"
  "h4{font-size:1.02rem;margin:1.6rem 0 .4rem;padding:.3rem .5rem;background:#eef2f7;"
  "border-left:4px solid #1c4e80}\n"
  "table{border-collapse:collapse;width:100%;margin:.4rem 0 .8rem;table-layout:fixed}\n"
  "th,td{border:1px solid #c9cfd6;padding:.3rem .45rem;text-align:left;vertical-align:top;"
  "overflow-wrap:anywhere;white-space:normal}\n"
  "thead th{background:#e4e9f0}\n"
  "table.kv th{background:#f4f6f8;font-weight:bold}\n"
  ".table-wrap{overflow-x:auto}\n"
  "code{font-family:'DejaVu Sans Mono',monospace;font-size:.9em;overflow-wrap:anywhere}\n"
  ".muted{color:#5f6670}\n"
  "figure{margin:.6rem 0 1.2rem}\n"
  "figure img{max-width:100%;height:auto;border:1px solid #c9cfd6}\n"
  "figcaption{font-size:.85rem;color:#5f6670}\n"
  "nav.toc ol{padding-left:1.4rem}\n"
  "nav.toc li{margin:.15rem 0}\n"
  "a{color:#1c4e80}\n"
  "@media print{main{max-width:none;padding:0}.page-break{break-before:page}"
  "h2,h3,h4{break-after:avoid}tr,figure{break-inside:avoid}a{color:inherit}"
  ".table-wrap{overflow:visible}}\n"
  "@media (max-width:600px){main{padding:.8rem}body{font-size:14px}"
  "h1.doc-title{font-size:1.6rem;margin-top:1rem}"
  "table.kv,table.kv tbody,table.kv tr,table.kv th,table.kv td{display:block;width:auto}"
  "table.kv th{border-bottom:none}table.kv col{width:auto!important}"
  "table.data{table-layout:auto;min-width:36rem}}\n";

typedef struct
{
  CorReportSink *sink;
  GString       *out;
} HtmlWriter;

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\n': g_string_append (out, "<br>"); break;
        case '\r': break;
        default:
          if ((guchar) *p < 0x20 && *p != '\t')
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, *p);
        }
    }
}

/* An attribute value: no newline turned into markup */
static void
append_attr (GString    *out,
             const char *text)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          g_string_append_c (out, (guchar) *p < 0x20 ? ' ' : *p);
        }
    }
}

/* A language tag may only hold letters, digits and '-' */
static gboolean
lang_ok (const char *lang)
{
  if (lang == NULL || *lang == '\0' || strlen (lang) > 35)
    return FALSE;
  for (const char *p = lang; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static void
append_span (GString    *out,
             CorDocSpan *span)
{
  GString *closers = g_string_new (NULL);

  if (span->uri != NULL)
    {
      g_string_append (out, "<a href=\"");
      append_attr (out, span->uri);
      g_string_append (out, "\" rel=\"noopener noreferrer\">");
      g_string_prepend (closers, "</a>");
    }
  else if (span->target != NULL)
    {
      g_string_append (out, "<a href=\"#");
      append_attr (out, span->target);
      g_string_append (out, "\">");
      g_string_prepend (closers, "</a>");
    }
  if (lang_ok (span->lang))
    {
      g_string_append_printf (out, "<span lang=\"%s\">", span->lang);
      g_string_prepend (closers, "</span>");
    }
  if (span->style & COR_DOC_BOLD)
    g_string_append (out, "<strong>"), g_string_prepend (closers, "</strong>");
  if (span->style & COR_DOC_ITALIC)
    g_string_append (out, "<em>"), g_string_prepend (closers, "</em>");
  if (span->style & COR_DOC_MONO)
    g_string_append (out, "<code>"), g_string_prepend (closers, "</code>");
  if (span->style & COR_DOC_SMALL)
    g_string_append (out, "<small>"), g_string_prepend (closers, "</small>");
  if (span->style & COR_DOC_MUTED)
    g_string_append (out, "<span class=\"muted\">"), g_string_prepend (closers, "</span>");

  append_escaped (out, span->text);
  g_string_append_len (out, closers->str, closers->len);
  g_string_free (closers, TRUE);
}

static void
append_text (GString    *out,
             CorDocText *text)
{
  for (guint i = 0; text != NULL && i < text->spans->len; i++)
    append_span (out, g_ptr_array_index (text->spans, i));
}

static void
open_with_lang (GString    *out,
                const char *tag,
                CorDocText *text)
{
  g_string_append_printf (out, "<%s", tag);
  if (text != NULL && lang_ok (text->lang))
    g_string_append_printf (out, " lang=\"%s\"", text->lang);
  g_string_append_c (out, '>');
}

static void
write_contents (CorDoc  *doc,
                GString *out)
{
  gboolean open_sub = FALSE;
  gboolean open_item = FALSE;

  g_string_append (out, "<nav class=\"toc\" aria-label=\"Contents\"><ol>\n");
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      CorDocBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->type != COR_DOC_HEADING || b->level > 2 || g_strcmp0 (b->anchor, "contents") == 0)
        continue;
      if (b->level == 1)
        {
          if (open_sub)
            g_string_append (out, "</ol>");
          if (open_item)
            g_string_append (out, "</li>\n");
          open_sub = FALSE;
          open_item = TRUE;
          g_string_append (out, "<li>");
        }
      else if (!open_sub)
        {
          g_string_append (out, open_item ? "<ol>" : "<li><ol>");
          open_item = TRUE;
          open_sub = TRUE;
        }
      if (b->level == 2)
        g_string_append (out, "<li>");
      g_string_append (out, "<a href=\"#");
      append_attr (out, b->anchor);
      g_string_append (out, "\">");
      append_text (out, b->text);
      g_string_append (out, "</a>");
      if (b->level == 2)
        g_string_append (out, "</li>");
    }
  if (open_sub)
    g_string_append (out, "</ol>");
  if (open_item)
    g_string_append (out, "</li>");
  g_string_append (out, "</ol></nav>\n");
}

static void
write_table (CorDocBlock *b,
             GString     *out)
{
  guint n = b->n_columns;
  guint rows = n > 0 ? b->cells->len / n : 0;

  g_string_append_printf (out, "<div class=\"table-wrap\"><table class=\"%s\"><colgroup>",
                          b->keyvalue ? "kv" : "data");
  for (guint c = 0; c < n; c++)
    g_string_append_printf (out, "<col style=\"width:%d%%\">", (int) (b->widths[c] * 100 + 0.5));
  g_string_append (out, "</colgroup>\n");
  for (guint r = 0; r < rows; r++)
    {
      gboolean head = b->header && r == 0;

      if (head)
        g_string_append (out, "<thead>");
      else if (r == (b->header ? 1u : 0u))
        g_string_append (out, "<tbody>");
      g_string_append (out, "<tr>");
      for (guint c = 0; c < n; c++)
        {
          CorDocText *cell = g_ptr_array_index (b->cells, r * n + c);
          const char *tag = head ? "th" : (b->keyvalue && c == 0 ? "th" : "td");

          if (g_str_equal (tag, "th") && !head)
            g_string_append (out, "<th scope=\"row\"");
          else
            g_string_append_printf (out, "<%s", tag);
          if (lang_ok (cell->lang))
            g_string_append_printf (out, " lang=\"%s\"", cell->lang);
          g_string_append_c (out, '>');
          append_text (out, cell);
          g_string_append_printf (out, "</%s>", tag);
        }
      g_string_append (out, "</tr>");
      if (head)
        g_string_append (out, "</thead>");
      g_string_append_c (out, '\n');
    }
  if (rows > (b->header ? 1u : 0u))
    g_string_append (out, "</tbody>");
  g_string_append (out, "</table></div>\n");
}

static void
write_image (CorReportModel *model,
             CorDocBlock    *b,
             GString        *out)
{
  g_autoptr(GBytes) png = cor_report_model_load_png (model, b->snapshot_id);
  g_autofree char *caption = cor_doc_text_dup_plain (b->text);

  g_string_append (out, "<figure>");
  if (png != NULL)
    {
      gsize size = 0;
      const guchar *data = g_bytes_get_data (png, &size);
      g_autofree char *base64 = g_base64_encode (data, size);

      g_string_append (out, "<img src=\"data:image/png;base64,");
      g_string_append (out, base64);
      g_string_append (out, "\" alt=\"");
      append_attr (out, caption);
      g_string_append_c (out, '"');
      if (b->width > 0 && b->height > 0)
        g_string_append_printf (out, " width=\"%d\" height=\"%d\"", b->width, b->height);
      g_string_append (out, ">");
    }
  else
    {
      g_string_append (out, "<p class=\"muted\">");
      append_escaped (out, _("The still cannot be read from the case."));
      g_string_append (out, "</p>");
    }
  g_string_append (out, "<figcaption>");
  append_text (out, b->text);
  g_string_append (out, "</figcaption></figure>\n");
}

static void
write_block (CorDoc         *doc,
             CorReportModel *model,
             CorDocBlock    *b,
             GString        *out)
{
  switch (b->type)
    {
    case COR_DOC_TITLE:
      g_string_append (out, "<h1 class=\"doc-title\">");
      append_text (out, b->text);
      g_string_append (out, "</h1>\n");
      break;

    case COR_DOC_HEADING:
      {
        int h = b->level + 1;

        g_string_append_printf (out, "<h%d id=\"", h);
        append_attr (out, b->anchor);
        g_string_append (out, "\">");
        append_text (out, b->text);
        g_string_append_printf (out, "</h%d>\n", h);
      }
      break;

    case COR_DOC_PARAGRAPH:
      open_with_lang (out, "p", b->text);
      append_text (out, b->text);
      g_string_append (out, "</p>\n");
      break;

    case COR_DOC_TABLE:
      write_table (b, out);
      break;

    case COR_DOC_IMAGE:
      write_image (model, b, out);
      break;

    case COR_DOC_CONTENTS:
      write_contents (doc, out);
      break;

    case COR_DOC_PAGE_BREAK:
      g_string_append (out, "<div class=\"page-break\"></div>\n");
      break;

    default:
      break;
    }
}

static gboolean
flush (HtmlWriter *w)
{
  gboolean ok = cor_report_sink_write (w->sink, w->out->str, w->out->len);

  g_string_truncate (w->out, 0);
  return ok;
}

gboolean
cor_report_write_html (CorDoc          *doc,
                       CorReportModel  *model,
                       CorReportSink   *sink,
                       GCancellable    *cancellable,
                       CorProgressFunc  progress,
                       gpointer         progress_data,
                       GError         **error)
{
  g_autoptr(GString) out = g_string_sized_new (64 * 1024);
  HtmlWriter w = { sink, out };

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_attr (out, lang_ok (doc->lang) ? doc->lang : "en");
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"" CSP "\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"referrer\" content=\"no-referrer\">\n"
                        "<meta name=\"generator\" content=\"Corroborate ");
  append_attr (out, model->generator_version);
  g_string_append (out, "\">\n<meta name=\"author\" content=\"");
  append_attr (out, doc->author != NULL ? doc->author : "");
  g_string_append (out, "\">\n<title>");
  append_escaped (out, doc->title);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, css);
  g_string_append (out, "</style>\n</head>\n<body>\n<main>\n");

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      write_block (doc, model, g_ptr_array_index (doc->blocks, i), out);
      if (out->len > 128 * 1024 && !flush (&w))
        break;
      if (progress != NULL && (i % 64) == 0)
        progress (0.15 + 0.85 * i / doc->blocks->len, progress_data);
    }
  g_string_append (out, "</main>\n</body>\n</html>\n");
  if (!flush (&w))
    {
      g_set_error_literal (error, COR_REPORT_ERROR, COR_REPORT_ERROR_WRITE,
                           _("The report cannot be written."));
      return FALSE;
    }
  return TRUE;
}
