/* cor-ui-format.c — UI state as plain functions, testable without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "cor-error.h"
#include "cor-store.h"
#include "cor-time.h"
#include "cor-ui-format.h"

char *
cor_ui_format_size (gint64 bytes)
{
  if (bytes < 0)
    return g_strdup (_("Unknown size"));

  return g_format_size ((guint64) bytes);
}

char *
cor_ui_format_clip_subtitle (gint64      duration_ns,
                             const char *sha256)
{
  g_autofree char *duration = NULL;

  if (duration_ns >= 0)
    duration = cor_time_format (duration_ns);
  else
    duration = g_strdup (_("No duration"));

  if (sha256 == NULL || sha256[0] == '\0')
    return g_steal_pointer (&duration);

  /* TRANSLATORS: a clip's duration, then the start of its SHA-256 */
  return g_strdup_printf (_("%s · %.8s"), duration, sha256);
}

char *
cor_ui_format_article_subtitle (const char *outlet,
                                const char *published)
{
  gboolean has_outlet = outlet != NULL && outlet[0] != '\0';
  gboolean has_published = published != NULL && published[0] != '\0';

  if (has_outlet && has_published)
    /* TRANSLATORS: an article's outlet, then its publication date */
    return g_strdup_printf (_("%s · %s"), outlet, published);
  if (has_outlet)
    return g_strdup (outlet);
  if (has_published)
    return g_strdup (published);

  return NULL;
}

char *
cor_ui_format_window_title (const char *case_title,
                            const char *path)
{
  g_autofree char *basename = NULL;

  if (path == NULL)
    return g_strdup (_("Corroborate"));

  basename = g_path_get_basename (path);
  if (case_title == NULL || case_title[0] == '\0')
    return g_steal_pointer (&basename);

  /* TRANSLATORS: the window title: case title — file name */
  return g_strdup_printf (_("%s — %s"), case_title, basename);
}

char *
cor_ui_format_resolution (int width,
                          int height)
{
  if (width <= 0 || height <= 0)
    return NULL;

  /* TRANSLATORS: a video's width × height in pixels */
  return g_strdup_printf (_("%d × %d"), width, height);
}

char *
cor_ui_format_frame_rate (int fps_n,
                          int fps_d)
{
  g_autofree char *number = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (fps_n <= 0 || fps_d <= 0)
    return NULL;

  if (fps_n % fps_d == 0)
    number = g_strdup_printf ("%d", fps_n / fps_d);
  else
    {
      double rate = (double) fps_n / (double) fps_d;
      char *end;

      g_ascii_formatd (buffer, sizeof buffer, "%.3f", rate);
      /* 29.970 → 29.97, 23.976 stays */
      end = buffer + strlen (buffer) - 1;
      while (end > buffer && *end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
      number = g_strdup (buffer);
    }

  /* TRANSLATORS: a frame rate, frames per second */
  return g_strdup_printf (_("%s fps"), number);
}

char *
cor_ui_format_reliability (const char *code)
{
  const char *label;

  if (code == NULL || code[0] == '\0')
    return NULL;

  switch (g_ascii_toupper (code[0]))
    {
    case 'A': label = _("Completely reliable"); break;
    case 'B': label = _("Usually reliable"); break;
    case 'C': label = _("Fairly reliable"); break;
    case 'D': label = _("Not usually reliable"); break;
    case 'E': label = _("Unreliable"); break;
    case 'F': label = _("Reliability cannot be judged"); break;
    default:  return g_strdup (code);
    }

  if (code[1] != '\0')
    return g_strdup (code);

  /* TRANSLATORS: a source reliability grade and its meaning */
  return g_strdup_printf (_("%c — %s"), g_ascii_toupper (code[0]), label);
}

char *
cor_ui_format_timestamp (const char *iso8601)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL || iso8601[0] == '\0')
    return NULL;

  utc = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (utc == NULL)
    return g_strdup (iso8601);

  local = g_date_time_to_local (utc);

  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S %Z");
}

char *
cor_ui_case_title_from_path (const char *path)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  basename = g_path_get_basename (path);
  if (g_str_has_suffix (basename, COR_STORE_FILE_EXTENSION)
      && strlen (basename) > strlen (COR_STORE_FILE_EXTENSION))
    basename[strlen (basename) - strlen (COR_STORE_FILE_EXTENSION)] = '\0';

  return g_steal_pointer (&basename);
}

char *
cor_ui_ensure_extension (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_has_suffix (path, COR_STORE_FILE_EXTENSION))
    return g_strdup (path);

  return g_strconcat (path, COR_STORE_FILE_EXTENSION, NULL);
}

char *
cor_ui_unique_case_path (const char *dir,
                         const char *base)
{
  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (base != NULL, NULL);

  for (guint i = 1; ; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (i == 1)
        name = g_strconcat (base, COR_STORE_FILE_EXTENSION, NULL);
      else
        name = g_strdup_printf ("%s %u%s", base, i, COR_STORE_FILE_EXTENSION);

      path = g_build_filename (dir, name, NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

GStrv
cor_ui_recent_add (const char * const *list,
                   const char         *path,
                   guint               max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint count = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (max == 0)
    return g_new0 (char *, 1);

  g_strv_builder_add (builder, path);
  count++;

  for (guint i = 0; list != NULL && list[i] != NULL && count < max; i++)
    {
      if (g_strcmp0 (list[i], path) == 0 || list[i][0] == '\0')
        continue;

      /* an earlier duplicate in a hand-edited list */
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (list[j], list[i]) == 0)
          goto next;

      g_strv_builder_add (builder, list[i]);
      count++;
    next:
      ;
    }

  return g_strv_builder_end (builder);
}

GStrv
cor_ui_recent_prune (const char * const *list)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (list[i][0] != '\0' && g_file_test (list[i], G_FILE_TEST_IS_REGULAR))
      g_strv_builder_add (builder, list[i]);

  return g_strv_builder_end (builder);
}

char *
cor_ui_recent_menu_label (const char *path)
{
  g_autofree char *title = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  title = cor_ui_case_title_from_path (path);
  parts = g_strsplit (title, "_", -1);

  return g_strjoinv ("__", parts);
}

char *
cor_ui_describe_case_error (const GError *error)
{
  const char *sentence = NULL;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == COR_STORE_ERROR)
    {
      switch ((CorStoreError) error->code)
        {
        case COR_STORE_ERROR_NOT_A_DATABASE:
          sentence = _("This file is not a Corroborate case.");
          break;
        case COR_STORE_ERROR_NOT_A_CASE:
          sentence = _("This file is a database, but not a Corroborate case.");
          break;
        case COR_STORE_ERROR_DAMAGED:
          sentence = _("The case file is damaged. It was left unchanged.");
          break;
        case COR_STORE_ERROR_TOO_NEW:
          sentence = _("The case was saved by a newer version of Corroborate. "
                       "Update Corroborate to open it.");
          break;
        case COR_STORE_ERROR_EXISTS:
          sentence = _("A file with that name already exists.");
          break;
        case COR_STORE_ERROR_IO:
          sentence = _("The file cannot be read or written.");
          break;
        case COR_STORE_ERROR_NOT_FOUND:
        case COR_STORE_ERROR_INVALID:
        case COR_STORE_ERROR_DUPLICATE:
        case COR_STORE_ERROR_FAILED:
        default:
          break;
        }
    }
  else if (error->domain == G_FILE_ERROR || error->domain == G_IO_ERROR)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
          || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        sentence = _("The file does not exist.");
      else if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
               || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        sentence = _("You do not have permission to use this file.");
    }

  if (sentence == NULL)
    sentence = _("Something went wrong with the case file.");

  if (error->message == NULL || error->message[0] == '\0')
    return g_strdup (sentence);

  /* TRANSLATORS: a sentence, then the error message on a paragraph of its own */
  return g_strdup_printf (_("%s\n\n%s"), sentence, error->message);
}

char *
cor_ui_describe_import_error (const char   *path,
                              const GError *error)
{
  g_autofree char *name = NULL;
  const char *sentence = NULL;
  gboolean with_message = TRUE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  name = g_path_get_basename (path);

  /* the sentence says it all for these; the others need the message's details
   * (which clip it duplicates, which decoder is missing) */
  if (error->domain == COR_MEDIA_ERROR)
    {
      with_message = FALSE;
      switch ((CorMediaError) error->code)
        {
        case COR_MEDIA_ERROR_NOT_FOUND:
          sentence = _("The file does not exist.");
          break;
        case COR_MEDIA_ERROR_UNREADABLE:
          sentence = _("The file cannot be read.");
          break;
        case COR_MEDIA_ERROR_EMPTY:
          sentence = _("The file is empty.");
          break;
        case COR_MEDIA_ERROR_NOT_MEDIA:
          sentence = _("The file is not audio or video.");
          break;
        case COR_MEDIA_ERROR_CANCELLED:
          sentence = _("The import was stopped.");
          break;
        case COR_MEDIA_ERROR_DAMAGED:
          sentence = _("The file is damaged or incomplete.");
          with_message = TRUE;
          break;
        case COR_MEDIA_ERROR_MISSING_DECODER:
          sentence = _("A decoder this file needs is not installed.");
          with_message = TRUE;
          break;
        case COR_MEDIA_ERROR_FAILED:
        default:
          with_message = TRUE;
          break;
        }
    }

  if (sentence == NULL && !g_error_matches (error, COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE))
    sentence = _("The file could not be imported.");

  if (error->message == NULL || error->message[0] == '\0')
    with_message = FALSE;

  if (sentence == NULL && with_message)
    /* TRANSLATORS: a file name, then why it could not be imported */
    return g_strdup_printf (_("“%s”: %s"), name, error->message);
  if (sentence == NULL)
    return g_strdup_printf (_("“%s”: %s"), name, _("The file is already in the case."));
  if (!with_message)
    return g_strdup_printf (_("“%s”: %s"), name, sentence);

  /* TRANSLATORS: a file name, a sentence, then the error message */
  return g_strdup_printf (_("“%s”: %s %s"), name, sentence, error->message);
}

const char *
cor_ui_language_name (const char *name)
{
  /* iso-codes ships the translations of ISO 639 names; names it does not know stay English */
  static const char * const domains[] = { "iso_639-3", "iso_639-2", "iso_639" };

  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    {
      const char *translated = g_dgettext (domains[i], name);

      if (translated != name && g_strcmp0 (translated, name) != 0)
        return translated;
    }
  return name;
}

char *
cor_ui_format_language (const char *code,
                        const char *name)
{
  g_return_val_if_fail (code != NULL, NULL);

  if (name == NULL)
    return g_strdup (code);
  /* TRANSLATORS: a language name and its ISO 639 code: "Korean (ko)" */
  return g_strdup_printf (_("%s (%s)"), cor_ui_language_name (name), code);
}
