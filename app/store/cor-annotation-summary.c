/* cor-annotation-summary.c — the one-line summary of an observation, for lists and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-annotation.h"
#include "cor-store-types.h"

/* Appends text to a summary line, trimmed and with line breaks turned into spaces, between
 * before and after; empty text adds nothing. */
static void
append_part (GString    *line,
             const char *text,
             const char *before,
             const char *after)
{
  g_autofree char *part = NULL;

  if (text == NULL)
    return;

  part = g_strstrip (g_strdup (text));
  if (part[0] == '\0')
    return;

  g_strdelimit (part, "\r\n\t", ' ');

  if (line->len > 0)
    g_string_append (line, " · ");
  g_string_append (line, before);
  g_string_append (line, part);
  g_string_append (line, after);
}

/* The first non-empty line of text, trimmed, or NULL */
static char *
dup_first_line (const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return NULL;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        return g_strdup (lines[i]);
    }

  return NULL;
}

char *
cor_annotation_dup_summary (CorAnnotation *self)
{
  g_autoptr(GString) line = NULL;
  g_autofree char *note = NULL;
  CorAnnotationKind kind;

  g_return_val_if_fail (COR_IS_ANNOTATION (self), NULL);

  kind = cor_annotation_get_kind (self);
  line = g_string_new (NULL);

  switch (kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      append_part (line, cor_annotation_get_language (self), "", "");
      append_part (line, cor_annotation_get_dialect (self), "", "");
      append_part (line, cor_annotation_get_transcript (self), "", "");
      append_part (line, cor_annotation_get_translation (self), "“", "”");
      break;

    case COR_ANNOTATION_KIND_UNIFORM:
      append_part (line, cor_annotation_get_maker (self), "", "");
      append_part (line, cor_annotation_get_item (self), "", "");
      append_part (line, cor_annotation_get_markings (self), "", "");
      break;

    case COR_ANNOTATION_KIND_LOCATION:
      append_part (line, cor_annotation_get_place (self), "", "");
      if (cor_annotation_get_has_coordinates (self))
        {
          char lat[G_ASCII_DTOSTR_BUF_SIZE];
          char lon[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *coordinates = NULL;

          g_ascii_formatd (lat, sizeof lat, "%.4f",
                          cor_annotation_get_latitude (self));
          g_ascii_formatd (lon, sizeof lon, "%.4f",
                          cor_annotation_get_longitude (self));
          coordinates = g_strconcat (lat, ", ", lon, NULL);
          append_part (line, coordinates, "", "");
        }
      break;

    case COR_ANNOTATION_KIND_NOTE:
    default:
      break;
    }

  if (line->len == 0)
    {
      note = dup_first_line (cor_annotation_get_note (self));
      append_part (line, note, "", "");
    }

  if (line->len == 0)
    g_string_append (line, cor_annotation_kind_to_label (kind));

  return g_string_free (g_steal_pointer (&line), FALSE);
}
