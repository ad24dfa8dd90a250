/* cor-report-doc.c — report blocks shared by the HTML and PDF writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cor-report-doc.h"

static void
span_free (gpointer data)
{
  CorDocSpan *span = data;

  g_free (span->text);
  g_free (span->uri);
  g_free (span->target);
  g_free (span->lang);
  g_free (span);
}

static void
block_free (gpointer data)
{
  CorDocBlock *block = data;

  g_free (block->anchor);
  g_clear_pointer (&block->text, cor_doc_text_free);
  g_free (block->widths);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_free (block);
}

static CorDocBlock *
add_block (CorDoc          *doc,
           CorDocBlockType  type)
{
  CorDocBlock *block = g_new0 (CorDocBlock, 1);

  block->type = type;
  g_ptr_array_add (doc->blocks, block);
  return block;
}

static CorDocSpan *
add_span (CorDocText *self,
          const char *text,
          guint       style)
{
  CorDocSpan *span;

  if (text == NULL || *text == '\0')
    return NULL;
  span = g_new0 (CorDocSpan, 1);
  span->text = g_utf8_make_valid (text, -1);
  span->style = style;
  g_ptr_array_add (self->spans, span);
  return span;
}

CorDoc *
cor_doc_new (void)
{
  CorDoc *doc = g_new0 (CorDoc, 1);

  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  return doc;
}

void
cor_doc_free (CorDoc *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->blocks);
  g_free (doc->title);
  g_free (doc->author);
  g_free (doc->lang);
  g_free (doc);
}

CorDocText *
cor_doc_text_new (void)
{
  CorDocText *text = g_new0 (CorDocText, 1);

  text->spans = g_ptr_array_new_with_free_func (span_free);
  return text;
}

void
cor_doc_text_free (CorDocText *text)
{
  if (text == NULL)
    return;
  g_ptr_array_unref (text->spans);
  g_free (text->lang);
  g_free (text);
}

CorDocText *
cor_doc_text_add (CorDocText *self,
                  const char *text,
                  guint       style)
{
  add_span (self, text, style);
  return self;
}

CorDocText *
cor_doc_text_add_lang (CorDocText *self,
                       const char *text,
                       const char *lang,
                       guint       style)
{
  CorDocSpan *span = add_span (self, text, style);

  if (span != NULL && lang != NULL && *lang != '\0')
    span->lang = g_strdup (lang);
  return self;
}

CorDocText *
cor_doc_text_add_uri (CorDocText *self,
                      const char *text,
                      const char *uri)
{
  CorDocSpan *span = add_span (self, text != NULL ? text : uri, 0);

  if (span != NULL)
    span->uri = cor_doc_uri_clean (uri);
  return self;
}

CorDocText *
cor_doc_text_add_target (CorDocText *self,
                         const char *text,
                         const char *target)
{
  CorDocSpan *span = add_span (self, text, 0);

  if (span != NULL && target != NULL)
    span->target = g_strdup (target);
  return self;
}

gboolean
cor_doc_text_is_empty (CorDocText *self)
{
  return self == NULL || self->spans->len == 0;
}

char *
cor_doc_text_dup_plain (CorDocText *self)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; self != NULL && i < self->spans->len; i++)
    g_string_append (s, ((CorDocSpan *) g_ptr_array_index (self->spans, i))->text);
  return g_string_free (s, FALSE);
}

CorDocBlock *
cor_doc_add_heading (CorDoc     *doc,
                     int         level,
                     const char *anchor,
                     const char *text)
{
  CorDocBlock *block = add_block (doc, COR_DOC_HEADING);

  block->level = CLAMP (level, 1, 3);
  block->anchor = g_strdup (anchor);
  block->text = cor_doc_text_add (cor_doc_text_new (), text, 0);
  return block;
}

void
cor_doc_add_paragraph (CorDoc     *doc,
                       CorDocText *text)
{
  if (cor_doc_text_is_empty (text))
    {
      cor_doc_text_free (text);
      return;
    }
  add_block (doc, COR_DOC_PARAGRAPH)->text = text;
}

void
cor_doc_add_title (CorDoc     *doc,
                   const char *text)
{
  add_block (doc, COR_DOC_TITLE)->text = cor_doc_text_add (cor_doc_text_new (), text, 0);
}

void
cor_doc_add_break (CorDoc *doc)
{
  add_block (doc, COR_DOC_PAGE_BREAK);
}

void
cor_doc_add_contents (CorDoc *doc)
{
  add_block (doc, COR_DOC_CONTENTS);
}

CorDocBlock *
cor_doc_add_table (CorDoc       *doc,
                   guint         n_columns,
                   const double *widths,
                   gboolean      header)
{
  CorDocBlock *block = add_block (doc, COR_DOC_TABLE);

  block->n_columns = n_columns;
  block->widths = g_memdup2 (widths, sizeof (double) * n_columns);
  block->header = header;
  block->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cor_doc_text_free);
  return block;
}

CorDocBlock *
cor_doc_add_keyvalue (CorDoc *doc)
{
  static const double widths[] = { 0.26, 0.74 };
  CorDocBlock *block = cor_doc_add_table (doc, 2, widths, FALSE);

  block->keyvalue = TRUE;
  return block;
}

void
cor_doc_table_add (CorDocBlock *table,
                   CorDocText  *cell)
{
  g_ptr_array_add (table->cells, cell != NULL ? cell : cor_doc_text_new ());
}

void
cor_doc_table_add_plain (CorDocBlock *table,
                         const char  *text)
{
  cor_doc_table_add (table, cor_doc_text_add (cor_doc_text_new (), text, 0));
}

void
cor_doc_keyvalue_add (CorDocBlock *table,
                      const char  *label,
                      CorDocText  *value)
{
  if (cor_doc_text_is_empty (value))
    {
      cor_doc_text_free (value);
      return;
    }
  cor_doc_table_add (table, cor_doc_text_add (cor_doc_text_new (), label, COR_DOC_BOLD));
  cor_doc_table_add (table, value);
}

void
cor_doc_keyvalue_plain (CorDocBlock *table,
                        const char  *label,
                        const char  *value)
{
  cor_doc_keyvalue_add (table, label, cor_doc_text_add (cor_doc_text_new (), value, 0));
}

void
cor_doc_add_image (CorDoc     *doc,
                   gint64      snapshot_id,
                   int         width,
                   int         height,
                   CorDocText *caption)
{
  CorDocBlock *block = add_block (doc, COR_DOC_IMAGE);

  block->snapshot_id = snapshot_id;
  block->width = width;
  block->height = height;
  block->text = caption;
}

char *
cor_doc_uri_clean (const char *uri)
{
  g_autofree char *trimmed = NULL;

  if (uri == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (uri));
  if (g_ascii_strncasecmp (trimmed, "http://", 7) != 0
      && g_ascii_strncasecmp (trimmed, "https://", 8) != 0)
    return NULL;
  if (strchr (trimmed, ':') + 3 == trimmed + strlen (trimmed))
    return NULL;  /* nothing after the scheme */
  for (const guchar *p = (const guchar *) trimmed; *p; p++)
    if (*p <= 0x20 || *p == 0x7f)
      return NULL;
  if (!g_utf8_validate (trimmed, -1, NULL))
    return NULL;
  return g_steal_pointer (&trimmed);
}

gboolean
cor_doc_uri_is_web (const char *uri)
{
  g_autofree char *clean = cor_doc_uri_clean (uri);

  return clean != NULL;
}
