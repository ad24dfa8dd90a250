/* cor-cli-query.c — the subcommands that read a case: list, search, verify, export,
 * and import (which makes a new case from an export)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text output is a table with the id in the first column and a header row; cells
 * are one line (control characters shown as spaces) and cut at 60 columns. --json
 * gives every field, byte for byte, in the same objects as `export --format json`.
 */
#include "config.h"

#include <inttypes.h>

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "cor-cli-private.h"
#include "cor-import.h"
#include "cor-json-export.h"
#include "cor-report.h"

/* Helpers */

static char *
format_int (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
format_duration (gint64 ns)
{
  return ns >= 0 ? cor_time_format (ns) : g_strdup ("-");
}

static gboolean
clip_exists (CorStore    *store,
             gint64       clip_id,
             GError     **error)
{
  g_autoptr(CorClip) clip = cor_store_get_clip (store, clip_id, NULL);

  if (clip == NULL)
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("--clip %" PRId64 ": no clip with this id in the case"), clip_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
link_has (GArray *links,
          gint64  id)
{
  for (guint i = 0; links != NULL && i < links->len; i++)
    if (g_array_index (links, CorLink, i).id == id)
      return TRUE;

  return FALSE;
}

/* Prints @array as JSON when @json, else @table (when not NULL) */
static void
print_listing (gboolean     json,
               JsonArray   *array,
               CorCliTable *table)
{
  if (json)
    {
      g_autoptr(JsonNode) root = json_node_init_array (json_node_alloc (), array);
      cor_cli_print_json (root);
    }
  else if (table != NULL)
    cor_cli_table_print (table);
}

static void
list_articles (CorStore *store,
               gint64    clip_id,
               gboolean  json)
{
  GListModel *model = cor_store_get_articles (store);
  g_autoptr(GArray) cited = clip_id > 0 ? cor_store_get_clip_articles (store, clip_id) : NULL;
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(CorCliTable) table = NULL;
  guint n = g_list_model_get_n_items (model);

  table = cor_cli_table_new (5, "ID", "PUBLISHED", "OUTLET", "TITLE", "URL");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorArticle) article = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      if (clip_id > 0 && !link_has (cited, cor_article_get_id (article)))
        continue;

      if (json)
        {
          json_array_add_element (array, cor_json_article_to_node (article));
          continue;
        }

      id = format_int (cor_article_get_id (article));
      cor_cli_table_add (table, id, cor_article_get_published (article),
                         cor_article_get_outlet (article), cor_article_get_title (article),
                         cor_article_get_url (article));
    }

  print_listing (json, array, table);
}

static void
list_clips (CorStore *store,
            gboolean  json)
{
  GListModel *model = cor_store_get_clips (store);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(CorCliTable) table = NULL;
  guint n = g_list_model_get_n_items (model);

  table = cor_cli_table_new (6, "ID", "DURATION", "SIZE", "SHA256", "ANNOTATIONS", "TITLE");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (model, i);
      g_autofree char *id = NULL, *duration = NULL, *size = NULL, *count = NULL, *name = NULL;
      g_autofree char *sha = NULL;

      if (json)
        {
          json_array_add_element (array, cor_json_clip_to_node (clip));
          continue;
        }

      id = format_int (cor_clip_get_id (clip));
      duration = format_duration (cor_clip_get_duration_ns (clip));
      size = g_format_size_full ((guint64) MAX (cor_clip_get_size (clip), 0),
                                 G_FORMAT_SIZE_DEFAULT);
      count = format_int (cor_store_count_annotations (store, cor_clip_get_id (clip)));
      name = cor_clip_dup_display_name (clip);
      sha = g_strndup (cor_clip_get_sha256 (clip) ? cor_clip_get_sha256 (clip) : "", 16);
      cor_cli_table_add (table, id, duration, size, sha, count, name);
    }

  print_listing (json, array, table);
}

static void
list_annotations (CorStore *store,
                  gint64    clip_id,
                  gboolean  json)
{
  g_autoptr(GListModel) model = cor_store_list_annotations (store, clip_id);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(CorCliTable) table = NULL;
  guint n = g_list_model_get_n_items (model);

  table = cor_cli_table_new (8, "ID", "CLIP", "START", "END", "KIND", "CONFIDENCE", "ANALYST",
                             "SUMMARY");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorAnnotation) annotation = g_list_model_get_item (model, i);
      g_autofree char *id = NULL, *clip = NULL, *start = NULL, *end = NULL, *summary = NULL;

      if (json)
        {
          json_array_add_element (array,
                                  cor_json_annotation_to_node_with_links (store, annotation));
          continue;
        }

      id = format_int (cor_annotation_get_id (annotation));
      clip = format_int (cor_annotation_get_clip_id (annotation));
      start = cor_time_format (cor_annotation_get_start_ns (annotation));
      end = format_duration (cor_annotation_get_end_ns (annotation));
      summary = cor_annotation_dup_summary (annotation);
      cor_cli_table_add (table, id, clip, start, end,
                         cor_annotation_kind_to_string (cor_annotation_get_kind (annotation)),
                         cor_confidence_to_string (cor_annotation_get_confidence (annotation)),
                         cor_annotation_get_analyst (annotation), summary);
    }

  print_listing (json, array, table);
}

/* "3, 7": the ids of the links with @relation */
static char *
format_link_ids (GArray      *links,
                 CorRelation  relation)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);

      if (link->relation != relation)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "%" G_GINT64_FORMAT, link->id);
    }

  return g_string_free (out, FALSE);
}

static void
list_claims (CorStore *store,
             gint64    article_id,
             gboolean  json)
{
  g_autoptr(GListModel) model = cor_store_list_claims (store, article_id);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(CorCliTable) table = NULL;
  guint n = g_list_model_get_n_items (model);

  table = cor_cli_table_new (8, "ID", "ARTICLE", "DATE", "CLAIMANT", "FIGURE", "SUPPORTED-BY",
                             "CONTRADICTED-BY", "TEXT");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClaim) claim = g_list_model_get_item (model, i);
      g_autoptr(GArray) links = NULL;
      g_autofree char *id = NULL, *article = NULL, *supported = NULL, *contradicted = NULL;

      if (json)
        {
          json_array_add_element (array, cor_json_claim_to_node_with_links (store, claim));
          continue;
        }

      links = cor_store_get_claim_annotations (store, cor_claim_get_id (claim));
      id = format_int (cor_claim_get_id (claim));
      article = format_int (cor_claim_get_article_id (claim));
      supported = format_link_ids (links, COR_RELATION_SUPPORTS);
      contradicted = format_link_ids (links, COR_RELATION_CONTRADICTS);
      cor_cli_table_add (table, id, article, cor_claim_get_claim_date (claim),
                         cor_claim_get_claimant (claim), cor_claim_get_figure (claim), supported,
                         contradicted, cor_claim_get_text (claim));
    }

  print_listing (json, array, table);
}

static const char *
hit_kind_to_string (CorSearchHitKind kind)
{
  switch (kind)
    {
    case COR_SEARCH_HIT_ANNOTATION:
      return "annotation";
    case COR_SEARCH_HIT_ARTICLE:
      return "article";
    case COR_SEARCH_HIT_CLAIM:
      return "claim";
    case COR_SEARCH_HIT_CLIP:
      return "clip";
    default:
      return "unknown";
    }
}

/* The snippet without marks, and the marked words in @matches */
static char *
split_snippet (const char *snippet,
               GPtrArray  *matches,
               gboolean    brackets)
{
  GString *plain = g_string_new (NULL);
  GString *match = NULL;

  for (const char *p = snippet ? snippet : ""; *p != '\0';)
    {
      if (g_str_has_prefix (p, COR_SEARCH_MARK_START))
        {
          if (brackets)
            g_string_append_c (plain, '[');
          if (match == NULL)
            match = g_string_new (NULL);
          p += strlen (COR_SEARCH_MARK_START);
          continue;
        }
      if (g_str_has_prefix (p, COR_SEARCH_MARK_END))
        {
          if (brackets)
            g_string_append_c (plain, ']');
          if (match != NULL && matches != NULL)
            g_ptr_array_add (matches, g_string_free (match, FALSE));
          else if (match != NULL)
            g_string_free (match, TRUE);
          match = NULL;
          p += strlen (COR_SEARCH_MARK_END);
          continue;
        }
      if (match != NULL)
        g_string_append_c (match, *p);
      g_string_append_c (plain, *p);
      p++;
    }

  if (match != NULL)
    g_string_free (match, TRUE);

  return g_string_free (plain, FALSE);
}

/* verify */

typedef enum
{
  VERIFY_OK,
  VERIFY_CHANGED,
  VERIFY_MISSING,
} VerifyState;

static const char *
verify_state_to_string (VerifyState state)
{
  return state == VERIFY_OK ? "ok" : state == VERIFY_CHANGED ? "changed" : "missing";
}

/* Re-hashes the clip's file: its absolute path, else its path relative to the case */
static VerifyState
verify_clip (CorStore  *store,
             CorClip   *clip,
             char     **out_path,
             char     **out_reason)
{
  const char *path = cor_clip_get_path (clip);
  const char *relative = cor_clip_get_relative_path (clip);
  g_autofree char *case_dir = g_path_get_dirname (cor_store_get_path (store));
  g_autofree char *resolved = NULL;
  g_autofree char *sha = NULL;
  g_autoptr(GError) error = NULL;

  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    resolved = g_strdup (path);
  else if (relative != NULL)
    {
      g_autofree char *candidate = g_build_filename (case_dir, relative, NULL);

      if (g_file_test (candidate, G_FILE_TEST_IS_REGULAR))
        resolved = g_steal_pointer (&candidate);
    }

  if (resolved == NULL)
    {
      *out_path = g_strdup (path ? path : relative ? relative : "");
      *out_reason = g_strdup (_("no file at the recorded path"));
      return VERIFY_MISSING;
    }

  *out_path = g_strdup (resolved);
  sha = cor_hash_file_sha256 (resolved, NULL, NULL, NULL, &error);
  if (sha == NULL)
    {
      *out_reason = g_strdup (error->message);
      return VERIFY_MISSING;
    }

  if (g_strcmp0 (sha, cor_clip_get_sha256 (clip)) != 0)
    {
      *out_reason = g_strdup_printf (_("SHA-256 is now %s"), sha);
      return VERIFY_CHANGED;
    }

  return VERIFY_OK;
}

/* Subcommands */

int
cor_cli_cmd_list (char **argv)
{
  g_autofree char *clip_text = NULL, *article_text = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  gint64 clip_id = 0, article_id = 0;
  const char *what;
  static const char *const positional[] = { "CASE", "articles|claims|clips|annotations", NULL };
  const GOptionEntry entries[] = {
    { "clip", 0, 0, G_OPTION_ARG_STRING, &clip_text,
      N_("Only this clip's annotations, or the articles that cite it"), N_("ID") },
    { "article", 0, 0, G_OPTION_ARG_STRING, &article_text, N_("Only this article's claims"),
      N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Machine-readable output"), NULL },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE articles|claims|clips|annotations",
                              _("Lists the records of a case."), entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || (clip_text != NULL && !cor_cli_parse_id ("--clip", clip_text, &clip_id, &error))
      || (article_text != NULL
          && !cor_cli_parse_id ("--article", article_text, &article_id, &error)))
    return cor_cli_report_error (error);

  what = argv[2];
  if (!g_str_equal (what, "articles") && !g_str_equal (what, "claims")
      && !g_str_equal (what, "clips") && !g_str_equal (what, "annotations"))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("list: “%s” is not a list: use articles, claims, clips or annotations"), what);
      return cor_cli_report_error (error);
    }

  if (clip_id > 0 && (g_str_equal (what, "clips") || g_str_equal (what, "claims")))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("list %s: --clip applies to articles and annotations"), what);
      return cor_cli_report_error (error);
    }

  if (article_id > 0 && !g_str_equal (what, "claims"))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("list %s: --article applies to claims"), what);
      return cor_cli_report_error (error);
    }

  store = cor_cli_open_case (argv[1], TRUE, &error);
  if (store == NULL || (clip_id > 0 && !clip_exists (store, clip_id, &error)))
    return cor_cli_report_error (error);

  if (article_id > 0 && (article = cor_store_get_article (store, article_id, NULL)) == NULL)
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("--article %" PRId64 ": no article with this id in the case"),
                   article_id);
      return cor_cli_report_error (error);
    }

  if (g_str_equal (what, "articles"))
    list_articles (store, clip_id, json);
  else if (g_str_equal (what, "claims"))
    list_claims (store, article_id, json);
  else if (g_str_equal (what, "clips"))
    list_clips (store, json);
  else
    list_annotations (store, clip_id, json);

  if (!cor_cli_flush_stdout (&error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;
}

int
cor_cli_cmd_search (char **argv)
{
  g_autofree char *limit_text = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CorCliTable) table = NULL;
  g_autoptr(JsonArray) array = json_array_new ();
  gboolean json = FALSE;
  gint64 limit = 50;
  static const char *const positional[] = { "CASE", "QUERY", NULL };
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Machine-readable output"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_text, N_("At most N hits (default 50)"),
      N_("N") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE QUERY",
                              _("Full-text search, best hits first; matches shown in [brackets]."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || (limit_text != NULL && !cor_cli_parse_id ("--limit", limit_text, &limit, &error))
      || !cor_cli_require ("QUERY", argv[2], &error))
    return cor_cli_report_error (error);

  store = cor_cli_open_case (argv[1], TRUE, &error);
  if (store == NULL)
    return cor_cli_report_error (error);

  hits = cor_store_search (store, argv[2], (guint) MIN (limit, 100000), &error);
  if (hits == NULL)
    {
      g_prefix_error (&error, "search: ");
      return cor_cli_report_error (error);
    }

  table = cor_cli_table_new (6, "KIND", "ID", "CLIP", "AT", "FIELD", "SNIPPET");

  for (guint i = 0; i < hits->len; i++)
    {
      CorSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *at = hit->start_ns >= 0 ? cor_time_format (hit->start_ns) : NULL;

      if (json)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *plain = split_snippet (hit->snippet, matches, FALSE);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, hit_kind_to_string (hit->kind));
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, hit->id);
          json_builder_set_member_name (builder, "clip_id");
          if (hit->clip_id > 0)
            json_builder_add_int_value (builder, hit->clip_id);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "start_ns");
          if (hit->start_ns >= 0)
            json_builder_add_int_value (builder, hit->start_ns);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "start");
          if (at != NULL)
            json_builder_add_string_value (builder, at);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, hit->title ? hit->title : "");
          json_builder_set_member_name (builder, "field");
          json_builder_add_string_value (builder, hit->field ? hit->field : "");
          json_builder_set_member_name (builder, "snippet");
          json_builder_add_string_value (builder, plain);
          json_builder_set_member_name (builder, "matches");
          json_builder_begin_array (builder);
          for (guint m = 0; m < matches->len; m++)
            json_builder_add_string_value (builder, g_ptr_array_index (matches, m));
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "rank");
          json_builder_add_double_value (builder, hit->rank);
          json_builder_end_object (builder);
          json_array_add_element (array, json_builder_get_root (builder));
        }
      else
        {
          g_autofree char *id = format_int (hit->id);
          g_autofree char *clip = hit->clip_id > 0 ? format_int (hit->clip_id) : g_strdup ("");
          g_autofree char *marked = split_snippet (hit->snippet, NULL, TRUE);

          cor_cli_table_add (table, hit_kind_to_string (hit->kind), id, clip, at ? at : "",
                             hit->field, marked);
        }
    }

  print_listing (json, array, hits->len > 0 ? table : NULL);

  if (!cor_cli_flush_stdout (&error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;
}

int
cor_cli_cmd_verify (char **argv)
{
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) array = json_array_new ();
  gboolean json = FALSE;
  gboolean all_ok = TRUE;
  GListModel *clips;
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Machine-readable output"), NULL },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE",
                              _("Re-hashes every clip's file and prints “ID ok|changed|missing "
                                "PATH”; exits with 1 when any file changed or is missing."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error))
    return cor_cli_report_error (error);

  store = cor_cli_open_case (argv[1], TRUE, &error);
  if (store == NULL)
    return cor_cli_report_error (error);

  clips = cor_store_get_clips (store);
  for (guint i = 0; i < g_list_model_get_n_items (clips); i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      g_autofree char *path = NULL;
      g_autofree char *reason = NULL;
      VerifyState state = verify_clip (store, clip, &path, &reason);

      all_ok &= state == VERIFY_OK;

      if (json)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, cor_clip_get_id (clip));
          json_builder_set_member_name (builder, "state");
          json_builder_add_string_value (builder, verify_state_to_string (state));
          json_builder_set_member_name (builder, "path");
          json_builder_add_string_value (builder, path);
          json_builder_set_member_name (builder, "sha256");
          json_builder_add_string_value (builder, cor_clip_get_sha256 (clip));
          json_builder_set_member_name (builder, "reason");
          if (reason != NULL)
            json_builder_add_string_value (builder, reason);
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
          json_array_add_element (array, json_builder_get_root (builder));
        }
      else
        {
          printf ("%" G_GINT64_FORMAT " %s %s\n", cor_clip_get_id (clip),
                  verify_state_to_string (state), path);
          if (reason != NULL)
            {
              g_autofree char *line = cor_cli_cell (reason, 0);
              g_printerr ("corroborate: clip %" G_GINT64_FORMAT ": %s\n", cor_clip_get_id (clip),
                          line);
            }
        }
    }

  print_listing (json, array, NULL);

  if (!cor_cli_flush_stdout (&error))
    return cor_cli_report_error (error);

  return all_ok ? COR_CLI_EXIT_OK : COR_CLI_EXIT_FAILURE;
}

int
cor_cli_cmd_export (char **argv)
{
  g_autofree char *format = NULL, *output = NULL, *clip_text = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 clip_id = 0;
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("json, csv or webvtt"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("File to write"), N_("FILE") },
    { "clip", 0, 0, G_OPTION_ARG_STRING, &clip_text,
      N_("Only this clip (csv; required for webvtt)"), N_("ID") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE",
                              _("Exports the case: json (the whole case), csv (one row per "
                                "observation) or webvtt (one clip's observations as cues)."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || !cor_cli_require ("--format", format, &error)
      || !cor_cli_require ("--output", output, &error)
      || (clip_text != NULL && !cor_cli_parse_id ("--clip", clip_text, &clip_id, &error)))
    return cor_cli_report_error (error);

  if (!g_str_equal (format, "json") && !g_str_equal (format, "csv")
      && !g_str_equal (format, "webvtt"))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("--format: “%s” is not an export format: use json, csv or webvtt"), format);
      return cor_cli_report_error (error);
    }

  if (g_str_equal (format, "json") && clip_id > 0)
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("--clip does not apply to --format json, which exports the whole case"));
      return cor_cli_report_error (error);
    }

  if (g_str_equal (format, "webvtt") && clip_id == 0)
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("--format webvtt needs --clip ID (one file per clip)"));
      return cor_cli_report_error (error);
    }

  store = cor_cli_open_case (argv[1], TRUE, &error);
  if (store == NULL || (clip_id > 0 && !clip_exists (store, clip_id, &error)))
    return cor_cli_report_error (error);

  if (g_str_equal (format, "json"))
    {
      if (!cor_json_export_case (store, output, &error))
        return cor_cli_report_error (error);
    }
  else
    {
      g_autoptr(CorReportOptions) options = cor_report_options_new ();
      gboolean ok;

      if (clip_id > 0)
        cor_report_options_add_clip (options, clip_id);

      if (g_str_equal (format, "csv"))
        ok = cor_report_export_csv (cor_store_get_path (store), output, options, NULL, &error);
      else
        ok = cor_report_export_webvtt (cor_store_get_path (store), clip_id, output, options, NULL,
                                       &error);
      if (!ok)
        return cor_cli_report_error (error);
    }

  return COR_CLI_EXIT_OK;
}

int
cor_cli_cmd_import (char **argv)
{
  g_autofree char *analyst_flag = NULL, *analyst = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  static const char *const positional[] = { "CASE", "FILE", NULL };
  const GOptionEntry entries[] = {
    { "analyst", 0, 0, G_OPTION_ARG_STRING, &analyst_flag, N_("Analyst for the audit log"),
      N_("NAME") },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE FILE",
                              _("Makes a new case CASE from FILE, a document written by "
                                "“corroborate export --format json”, and prints its UUID."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error))
    return cor_cli_report_error (error);

  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s: already exists; import makes a new case"), argv[1]);
      return cor_cli_report_error (error);
    }

  if (!g_file_test (argv[2], G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED, _("%s: no such file"), argv[2]);
      return cor_cli_report_error (error);
    }

  analyst = cor_cli_resolve_analyst (analyst_flag, NULL);
  store = cor_json_import_case (argv[2], argv[1], analyst, &error);
  if (store == NULL)
    {
      g_prefix_error (&error, "%s: ", argv[2]);
      return cor_cli_report_error (error);
    }

  printf ("%s\n", cor_store_get_uuid (store));
  if (!cor_cli_flush_stdout (&error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;
}
