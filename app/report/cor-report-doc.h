/* cor-report-doc.h — the report as a flat list of blocks (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content is built once (cor-report-content.c) and written by both the HTML
 * and the PDF writer, so the two formats say exactly the same thing.
 */
#pragma once

#include "cor-report-model.h"

G_BEGIN_DECLS

typedef enum
{
  COR_DOC_BOLD   = 1 << 0,
  COR_DOC_MONO   = 1 << 1,
  COR_DOC_ITALIC = 1 << 2,
  COR_DOC_SMALL  = 1 << 3,
  COR_DOC_MUTED  = 1 << 4,
} CorDocStyle;

typedef struct
{
  char  *text;    /* may contain '\n' */
  char  *uri;     /* an http(s) URL, already checked */
  char  *target;  /* an anchor inside the report */
  char  *lang;    /* language of the text, e.g. "ko" */
  guint  style;
} CorDocSpan;

/* A run of spans: one paragraph, table cell or heading */
typedef struct
{
  GPtrArray *spans;  /* CorDocSpan */
  char      *lang;   /* language of the whole run, or NULL */
} CorDocText;

typedef enum
{
  COR_DOC_HEADING,     /* level 1–3; level 1–2 go in the contents and the outline */
  COR_DOC_PARAGRAPH,
  COR_DOC_TABLE,
  COR_DOC_IMAGE,
  COR_DOC_CONTENTS,    /* the table of contents goes here */
  COR_DOC_PAGE_BREAK,
  COR_DOC_TITLE,       /* the big title on the title page */
} CorDocBlockType;

typedef struct
{
  CorDocBlockType  type;
  int              level;
  char            *anchor;      /* heading: the section's id */
  CorDocText      *text;        /* heading, paragraph, title, image caption */
  /* table */
  guint            n_columns;
  double          *widths;      /* fractions of the text width, summing to 1 */
  gboolean         header;      /* the first row is a header */
  gboolean         keyvalue;    /* a two-column label/value table */
  GPtrArray       *cells;       /* CorDocText, row-major */
  /* image */
  gint64           snapshot_id;
  int              width;
  int              height;
} CorDocBlock;

typedef struct
{
  GPtrArray *blocks;  /* CorDocBlock */
  char      *title;
  char      *author;
  char      *lang;    /* document language */
} CorDoc;

CorDoc      *cor_doc_new             (void);
void         cor_doc_free            (CorDoc       *doc);

CorDocText  *cor_doc_text_new        (void);
void         cor_doc_text_free       (CorDocText   *text);
/* Appends a span; @text NULL or empty appends nothing. Returns @self. */
CorDocText  *cor_doc_text_add        (CorDocText   *self,
                                      const char   *text,
                                      guint         style);
CorDocText  *cor_doc_text_add_lang   (CorDocText   *self,
                                      const char   *text,
                                      const char   *lang,
                                      guint         style);
/* A link when @uri is an http(s) URL, else the URL as plain text */
CorDocText  *cor_doc_text_add_uri    (CorDocText   *self,
                                      const char   *text,
                                      const char   *uri);
CorDocText  *cor_doc_text_add_target (CorDocText   *self,
                                      const char   *text,
                                      const char   *target);
gboolean     cor_doc_text_is_empty   (CorDocText   *self);
/* The plain text of all spans */
char        *cor_doc_text_dup_plain  (CorDocText   *self);

CorDocBlock *cor_doc_add_heading     (CorDoc       *doc,
                                      int           level,
                                      const char   *anchor,
                                      const char   *text);
void         cor_doc_add_paragraph   (CorDoc       *doc,
                                      CorDocText   *text);
void         cor_doc_add_title       (CorDoc       *doc,
                                      const char   *text);
void         cor_doc_add_break       (CorDoc       *doc);
void         cor_doc_add_contents    (CorDoc       *doc);
/* @widths: n_columns fractions */
CorDocBlock *cor_doc_add_table       (CorDoc       *doc,
                                      guint         n_columns,
                                      const double *widths,
                                      gboolean      header);
CorDocBlock *cor_doc_add_keyvalue    (CorDoc       *doc);
/* Adds one cell (takes ownership); rows fill left to right */
void         cor_doc_table_add       (CorDocBlock  *table,
                                      CorDocText   *cell);
void         cor_doc_table_add_plain (CorDocBlock  *table,
                                      const char   *text);
/* A label/value row; skipped when @value is empty */
void         cor_doc_keyvalue_add    (CorDocBlock  *table,
                                      const char   *label,
                                      CorDocText   *value);
void         cor_doc_keyvalue_plain  (CorDocBlock  *table,
                                      const char   *label,
                                      const char   *value);
void         cor_doc_add_image       (CorDoc       *doc,
                                      gint64        snapshot_id,
                                      int           width,
                                      int           height,
                                      CorDocText   *caption);

/* TRUE for a string that is an http:// or https:// URL (scheme case-insensitive,
 * surrounding white space ignored, no spaces or control characters inside) */
gboolean     cor_doc_uri_is_web      (const char   *uri);
/* The URL trimmed, for a link; NULL if it is not a web URL */
char        *cor_doc_uri_clean       (const char   *uri);

/* Builds the whole report from the model */
CorDoc      *cor_report_build_doc    (CorReportModel *model);

/* Writers; they report progress from @from to 1.0 */
typedef struct _CorReportSink CorReportSink;
gboolean     cor_report_sink_write   (CorReportSink *sink,
                                      const void    *data,
                                      gsize          size);

gboolean     cor_report_write_html   (CorDoc          *doc,
                                      CorReportModel  *model,
                                      CorReportSink   *sink,
                                      GCancellable    *cancellable,
                                      CorProgressFunc  progress,
                                      gpointer         progress_data,
                                      GError         **error);
gboolean     cor_report_write_pdf    (CorDoc          *doc,
                                      CorReportModel  *model,
                                      CorReportSink   *sink,
                                      GCancellable    *cancellable,
                                      CorProgressFunc  progress,
                                      gpointer         progress_data,
                                      GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorDoc, cor_doc_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CorDocText, cor_doc_text_free)

G_END_DECLS
