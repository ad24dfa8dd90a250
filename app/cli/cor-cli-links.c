/* cor-cli-links.c — the subcommands that link and unlink records:
 *   claim link|unlink    a claim and the observation that supports or contradicts it
 *   link|unlink          an observation and an article
 *   clip link|unlink     a clip and an article that cites or disputes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is checked before the write (ids, relation, that both records exist,
 * that the link exists for unlink); the write itself is one store call, so one
 * transaction. Linking a pair again sets its relation. Nothing is printed on
 * success.
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-cli-private.h"

typedef enum
{
  RECORD_ARTICLE,
  RECORD_CLAIM,
  RECORD_CLIP,
  RECORD_ANNOTATION,
} RecordType;

/* One kind of link, in the order of the command line's flags (first, second) */
typedef struct
{
  const char  *first_flag;
  RecordType   first_type;
  const char  *first_help;
  const char  *second_flag;
  RecordType   second_type;
  const char  *second_help;
  /* 0 when --relation is required */
  CorRelation  default_relation;
  CorRelation  relations[3];    /* the allowed relations, 0-terminated */
  const char  *relation_names;  /* for the message: "supports or contradicts" */
  gboolean   (*link)      (CorStore *store, gint64 first, gint64 second, CorRelation relation,
                           GError **error);
  gboolean   (*unlink)    (CorStore *store, gint64 first, gint64 second, GError **error);
  GArray    *(*get_links) (CorStore *store, gint64 first);  /* CorLink, link.id = second */
} LinkKind;

/* Helpers */

/* The store takes the article first for the article–clip link */
static gboolean
link_clip_article (CorStore     *store,
                   gint64        clip_id,
                   gint64        article_id,
                   CorRelation   relation,
                   GError      **error)
{
  return cor_store_link_article_clip (store, article_id, clip_id, relation, error);
}

static gboolean
unlink_clip_article (CorStore  *store,
                     gint64     clip_id,
                     gint64     article_id,
                     GError   **error)
{
  return cor_store_unlink_article_clip (store, article_id, clip_id, error);
}

static const LinkKind claim_annotation_link = {
  "--claim", RECORD_CLAIM, N_("Claim id (required)"),
  "--annotation", RECORD_ANNOTATION, N_("Observation id (required)"),
  0, { COR_RELATION_SUPPORTS, COR_RELATION_CONTRADICTS, 0 }, "supports or contradicts",
  cor_store_link_claim_annotation, cor_store_unlink_claim_annotation,
  cor_store_get_claim_annotations,
};

static const LinkKind annotation_article_link = {
  "--annotation", RECORD_ANNOTATION, N_("Observation id (required)"),
  "--article", RECORD_ARTICLE, N_("Article id (required)"),
  COR_RELATION_REPORTED_BY,
  { COR_RELATION_REPORTED_BY, COR_RELATION_SUPPORTS, COR_RELATION_CONTRADICTS },
  "reported-by, supports or contradicts",
  cor_store_link_annotation_article, cor_store_unlink_annotation_article,
  cor_store_get_annotation_articles,
};

static const LinkKind clip_article_link = {
  "--clip", RECORD_CLIP, N_("Clip id (required)"),
  "--article", RECORD_ARTICLE, N_("Article id (required)"),
  COR_RELATION_CITES, { COR_RELATION_CITES, COR_RELATION_DISPUTES, 0 }, "cites or disputes",
  link_clip_article, unlink_clip_article,
  cor_store_get_clip_articles,
};

static gboolean
record_exists (CorStore   *store,
               RecordType  type,
               gint64      id)
{
  GObject *record = NULL;
  gboolean found;

  switch (type)
    {
    case RECORD_ARTICLE:
      record = G_OBJECT (cor_store_get_article (store, id, NULL));
      break;
    case RECORD_CLAIM:
      record = G_OBJECT (cor_store_get_claim (store, id, NULL));
      break;
    case RECORD_CLIP:
      record = G_OBJECT (cor_store_get_clip (store, id, NULL));
      break;
    case RECORD_ANNOTATION:
      record = G_OBJECT (cor_store_get_annotation (store, id, NULL));
      break;
    default:
      g_assert_not_reached ();
    }

  found = record != NULL;
  g_clear_object (&record);
  return found;
}

static gboolean
require_record (CorStore    *store,
                const char  *flag,
                RecordType   type,
                gint64       id,
                GError     **error)
{
  if (record_exists (store, type, id))
    return TRUE;

  switch (type)
    {
    case RECORD_ARTICLE:
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s %" PRId64 ": no article with this id in the case"), flag, id);
      break;
    case RECORD_CLAIM:
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s %" PRId64 ": no claim with this id in the case"), flag, id);
      break;
    case RECORD_CLIP:
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s %" PRId64 ": no clip with this id in the case"), flag, id);
      break;
    case RECORD_ANNOTATION:
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s %" PRId64 ": no observation with this id in the case"), flag,
                   id);
      break;
    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

static gboolean
parse_relation (const LinkKind  *kind,
                const char      *text,
                CorRelation     *out_relation,
                GError         **error)
{
  CorRelation relation = 0;

  if (text == NULL)
    {
      if (kind->default_relation != 0)
        {
          *out_relation = kind->default_relation;
          return TRUE;
        }
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("missing required --relation (%s)"), kind->relation_names);
      return FALSE;
    }

  if (cor_relation_from_string (text, &relation))
    {
      for (guint i = 0; i < G_N_ELEMENTS (kind->relations); i++)
        {
          if (kind->relations[i] != 0 && kind->relations[i] == relation)
            {
              *out_relation = relation;
              return TRUE;
            }
        }
    }

  g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
               _("--relation: “%s” is not a relation for this link: use %s"), text,
               kind->relation_names);
  return FALSE;
}

static gboolean
is_linked (const LinkKind *kind,
           CorStore       *store,
           gint64          first,
           gint64          second)
{
  g_autoptr(GArray) links = kind->get_links (store, first);

  for (guint i = 0; links != NULL && i < links->len; i++)
    if (g_array_index (links, CorLink, i).id == second)
      return TRUE;

  return FALSE;
}

/* Parses, checks and writes; @unlink for the unlink commands */
static int
run_link_command (const LinkKind  *kind,
                  gboolean         unlink,
                  const char      *summary,
                  char           **argv)
{
  g_autofree char *first_text = NULL, *second_text = NULL, *relation_text = NULL;
  g_autofree char *analyst_flag = NULL, *analyst = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CorRelation relation = 0;
  gint64 first = 0, second = 0;
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry link_entries[] = {
    { kind->first_flag + 2, 0, 0, G_OPTION_ARG_STRING, &first_text, kind->first_help,
      N_("ID") },
    { kind->second_flag + 2, 0, 0, G_OPTION_ARG_STRING, &second_text, kind->second_help,
      N_("ID") },
    { "relation", 0, 0, G_OPTION_ARG_STRING, &relation_text, kind->relation_names,
      N_("RELATION") },
    { "analyst", 0, 0, G_OPTION_ARG_STRING, &analyst_flag, N_("Analyst for the audit log"),
      N_("NAME") },
    { NULL }
  };
  const GOptionEntry unlink_entries[] = {
    link_entries[0], link_entries[1], link_entries[3], { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE", summary, unlink ? unlink_entries : link_entries,
                              &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || !cor_cli_require (kind->first_flag, first_text, &error)
      || !cor_cli_parse_id (kind->first_flag, first_text, &first, &error)
      || !cor_cli_require (kind->second_flag, second_text, &error)
      || !cor_cli_parse_id (kind->second_flag, second_text, &second, &error)
      || (!unlink && !parse_relation (kind, relation_text, &relation, &error)))
    return cor_cli_report_error (error);

  store = cor_cli_open_case (argv[1], FALSE, &error);
  if (store == NULL
      || !require_record (store, kind->first_flag, kind->first_type, first, &error)
      || !require_record (store, kind->second_flag, kind->second_type, second, &error))
    return cor_cli_report_error (error);

  if (unlink && !is_linked (kind, store, first, second))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("%s: %s %" PRId64 " and %s %" PRId64 " are not linked"),
                   argv[0], kind->first_flag, first, kind->second_flag, second);
      return cor_cli_report_error (error);
    }

  analyst = cor_cli_resolve_analyst (analyst_flag, store);
  cor_store_set_analyst (store, analyst);

  if (unlink ? !kind->unlink (store, first, second, &error)
             : !kind->link (store, first, second, relation, &error))
    {
      g_prefix_error (&error, "%s: ", argv[0]);
      return cor_cli_report_error (error);
    }

  return COR_CLI_EXIT_OK;
}

/* Subcommands */

int
cor_cli_cmd_claim_link (char **argv)
{
  return run_link_command (&claim_annotation_link, FALSE,
                           _("Links a claim to an observation that supports or contradicts it. "
                             "Linking the same pair again changes the relation."),
                           argv);
}

int
cor_cli_cmd_claim_unlink (char **argv)
{
  return run_link_command (&claim_annotation_link, TRUE,
                           _("Removes the link between a claim and an observation."), argv);
}

int
cor_cli_cmd_link (char **argv)
{
  return run_link_command (&annotation_article_link, FALSE,
                           _("Links an observation to an article that reports it (the default), "
                             "supports or contradicts it. Linking the same pair again changes "
                             "the relation."),
                           argv);
}

int
cor_cli_cmd_unlink (char **argv)
{
  return run_link_command (&annotation_article_link, TRUE,
                           _("Removes the link between an observation and an article."), argv);
}

int
cor_cli_cmd_clip_link (char **argv)
{
  return run_link_command (&clip_article_link, FALSE,
                           _("Links a clip to an article that cites it (the default) or disputes "
                             "it. Linking the same pair again changes the relation."),
                           argv);
}

int
cor_cli_cmd_clip_unlink (char **argv)
{
  return run_link_command (&clip_article_link, TRUE,
                           _("Removes the link between a clip and an article."), argv);
}
