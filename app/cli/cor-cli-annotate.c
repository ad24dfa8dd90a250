/* cor-cli-annotate.c — `corroborate annotate`: a timestamped observation on a clip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is checked before the first write (syntax, ranges, the fields of the
 * kind, the clip, the articles, the still for --snapshot); the observation, its
 * article links and its still are then written in one transaction.
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-cli-private.h"
#include "cor-still.h"

/* The clip's file: its absolute path, else its path relative to the case's folder */
static char *
find_clip_file (CorStore *store,
                CorClip  *clip)
{
  const char *path = cor_clip_get_path (clip);
  const char *relative = cor_clip_get_relative_path (clip);

  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_strdup (path);

  if (relative != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (cor_store_get_path (store));
      g_autofree char *candidate = g_build_filename (dir, relative, NULL);

      if (g_file_test (candidate, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* Decodes the still for --snapshot before anything is written */
static CorSnapshot *
grab_snapshot (CorStore  *store,
               CorClip   *clip,
               gint64     at_ns,
               GBytes   **out_png,
               GError   **error)
{
  g_autofree char *file = find_clip_file (store, clip);
  g_autoptr(CorSnapshot) snapshot = NULL;
  gint64 frame_ns = -1, frame = -1;
  int width = 0, height = 0;
  GBytes *png;

  if (file == NULL)
    {
      g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("--snapshot: the file of clip %" PRId64 " is missing (%s)"),
                   cor_clip_get_id (clip), cor_clip_get_path (clip));
      return NULL;
    }

  png = cor_media_grab_frame_png (file, at_ns, &frame_ns, &frame, &width, &height, error);
  if (png == NULL)
    {
      g_prefix_error (error, "--snapshot: ");
      return NULL;
    }

  snapshot = cor_snapshot_new ();
  cor_snapshot_set_clip_id (snapshot, cor_clip_get_id (clip));
  cor_snapshot_set_position_ns (snapshot, frame_ns >= 0 ? frame_ns : at_ns);
  cor_snapshot_set_frame (snapshot, MAX (frame, 0));
  cor_snapshot_set_size_px (snapshot, width, height);
  *out_png = png;

  return g_steal_pointer (&snapshot);
}

/* annotate */

typedef struct
{
  char  *clip, *at, *until, *kind;
  char  *language, *dialect, *speaker, *transcript, *translation, *translated_by;
  char  *maker, *item, *markings;
  char  *place, *lat, *lon, *precision, *method, *geolocated_by;
  char  *confidence, *analyst, *note;
  char **tags;
  char **articles;
  gboolean snapshot;
} AnnotateFlags;

static void
annotate_flags_clear (AnnotateFlags *f)
{
  char **strings[] = {
    &f->clip, &f->at, &f->until, &f->kind, &f->language, &f->dialect, &f->speaker,
    &f->transcript, &f->translation, &f->translated_by, &f->maker, &f->item, &f->markings,
    &f->place, &f->lat, &f->lon, &f->precision, &f->method, &f->geolocated_by, &f->confidence,
    &f->analyst, &f->note,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
  g_clear_pointer (&f->tags, g_strfreev);
  g_clear_pointer (&f->articles, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AnnotateFlags, annotate_flags_clear)

/* Flags that belong to one kind only: giving them with another kind is refused,
 * since the value would be stored but never shown. */
static gboolean
check_kind_fields (const AnnotateFlags  *f,
                   CorAnnotationKind     kind,
                   GError              **error)
{
  const struct {
    CorAnnotationKind kind;
    const char *flag;
    const char *value;
  } owned[] = {
    { COR_ANNOTATION_KIND_LANGUAGE, "--language", f->language },
    { COR_ANNOTATION_KIND_LANGUAGE, "--dialect", f->dialect },
    { COR_ANNOTATION_KIND_LANGUAGE, "--speaker", f->speaker },
    { COR_ANNOTATION_KIND_LANGUAGE, "--transcript", f->transcript },
    { COR_ANNOTATION_KIND_LANGUAGE, "--translation", f->translation },
    { COR_ANNOTATION_KIND_LANGUAGE, "--translated-by", f->translated_by },
    { COR_ANNOTATION_KIND_UNIFORM, "--maker", f->maker },
    { COR_ANNOTATION_KIND_UNIFORM, "--item", f->item },
    { COR_ANNOTATION_KIND_UNIFORM, "--markings", f->markings },
    { COR_ANNOTATION_KIND_LOCATION, "--place", f->place },
    { COR_ANNOTATION_KIND_LOCATION, "--lat", f->lat },
    { COR_ANNOTATION_KIND_LOCATION, "--lon", f->lon },
    { COR_ANNOTATION_KIND_LOCATION, "--precision", f->precision },
    { COR_ANNOTATION_KIND_LOCATION, "--method", f->method },
    { COR_ANNOTATION_KIND_LOCATION, "--geolocated-by", f->geolocated_by },
  };

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    {
      if (owned[i].value != NULL && owned[i].kind != kind)
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("%s belongs to --kind %s, not --kind %s"), owned[i].flag,
                       cor_annotation_kind_to_string (owned[i].kind),
                       cor_annotation_kind_to_string (kind));
          return FALSE;
        }
    }

  switch (kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      return cor_cli_require ("--language (for --kind language)", f->language, error);

    case COR_ANNOTATION_KIND_UNIFORM:
      if (f->maker == NULL && f->item == NULL && f->markings == NULL)
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("--kind uniform needs --maker, --item or --markings"));
          return FALSE;
        }
      return TRUE;

    case COR_ANNOTATION_KIND_LOCATION:
      if (f->place == NULL && f->lat == NULL && f->lon == NULL)
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       _("--kind location needs --place or --lat and --lon"));
          return FALSE;
        }
      if ((f->lat == NULL) != (f->lon == NULL))
        {
          g_set_error (error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                       f->lat ? _("--lat needs --lon") : _("--lon needs --lat"));
          return FALSE;
        }
      return TRUE;

    case COR_ANNOTATION_KIND_NOTE:
      return cor_cli_require ("--note (for --kind note)", f->note, error);

    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_tags (char   **tags,
            GError **error)
{
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (!cor_cli_require ("--tag", tags[i], error))
      return FALSE;

  return TRUE;
}

int
cor_cli_cmd_annotate (char **argv)
{
  g_auto(AnnotateFlags) f = { 0 };
  g_autofree char *analyst = NULL, *language_code = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(CorClip) clip = NULL;
  g_autoptr(CorAnnotation) annotation = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(CorSnapshot) snapshot = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  CorAnnotationKind kind = 0;
  CorConfidence confidence = COR_CONFIDENCE_UNASSESSED;
  gint64 clip_id = 0, start_ns = 0, end_ns = -1;
  double latitude = 0, longitude = 0, precision_m = 0;
  static const char *const positional[] = { "CASE", NULL };
  const GOptionEntry entries[] = {
    { "clip", 0, 0, G_OPTION_ARG_STRING, &f.clip, N_("Clip id (required)"), N_("ID") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &f.at, N_("Start (required)"), N_("TIME") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &f.until, N_("End, for a time range"), N_("TIME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &f.kind, N_("language, uniform, location or note"),
      N_("KIND") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &f.language, N_("ISO 639 code heard"), N_("L") },
    { "dialect", 0, 0, G_OPTION_ARG_STRING, &f.dialect, N_("Dialect or accent"), N_("D") },
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &f.speaker, N_("Speaker"), N_("S") },
    { "transcript", 0, 0, G_OPTION_ARG_STRING, &f.transcript, N_("Transcript"), N_("T") },
    { "translation", 0, 0, G_OPTION_ARG_STRING, &f.translation, N_("Translation"), N_("T") },
    { "translated-by", 0, 0, G_OPTION_ARG_STRING, &f.translated_by, N_("Translator"), N_("N") },
    { "maker", 0, 0, G_OPTION_ARG_STRING, &f.maker, N_("Maker of uniform or equipment"),
      N_("M") },
    { "item", 0, 0, G_OPTION_ARG_STRING, &f.item, N_("Item"), N_("I") },
    { "markings", 0, 0, G_OPTION_ARG_STRING, &f.markings, N_("Markings"), N_("K") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &f.place, N_("Place"), N_("P") },
    { "lat", 0, 0, G_OPTION_ARG_STRING, &f.lat, N_("Latitude, -90 to 90"), N_("X") },
    { "lon", 0, 0, G_OPTION_ARG_STRING, &f.lon, N_("Longitude, -180 to 180"), N_("Y") },
    { "precision", 0, 0, G_OPTION_ARG_STRING, &f.precision, N_("Precision radius in metres"),
      N_("M") },
    { "method", 0, 0, G_OPTION_ARG_STRING, &f.method, N_("How the place was found"), N_("M") },
    { "geolocated-by", 0, 0, G_OPTION_ARG_STRING, &f.geolocated_by, N_("Who geolocated it"),
      N_("N") },
    { "confidence", 0, 0, G_OPTION_ARG_STRING, &f.confidence,
      N_("0-5 or unassessed, very-low, low, moderate, high, very-high"), N_("C") },
    { "analyst", 0, 0, G_OPTION_ARG_STRING, &f.analyst, N_("Analyst"), N_("A") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &f.note, N_("Note"), N_("N") },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f.tags, N_("Tag (repeatable)"), N_("T") },
    { "article", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f.articles,
      N_("Linked article, ID or ID:supports|contradicts|reported-by (repeatable)"), N_("ID") },
    { "snapshot", 0, 0, G_OPTION_ARG_NONE, &f.snapshot,
      N_("Attach the still of the frame at --at"), NULL },
    { NULL }
  };

  if (!cor_cli_parse_options (argv[0], "CASE",
                              _("Adds a timestamped observation to a clip and prints its id."),
                              entries, &argv, &error)
      || !cor_cli_check_positional (argv, positional, &error)
      || !cor_cli_require ("--clip", f.clip, &error)
      || !cor_cli_parse_id ("--clip", f.clip, &clip_id, &error)
      || !cor_cli_require ("--at", f.at, &error)
      || !cor_cli_parse_time ("--at", f.at, &start_ns, &error)
      || (f.until != NULL && !cor_cli_parse_time ("--until", f.until, &end_ns, &error))
      || !cor_cli_require ("--kind", f.kind, &error))
    return cor_cli_report_error (error);

  if (!cor_annotation_kind_from_string (f.kind, &kind))
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("--kind: “%s” is not a kind: use language, uniform, location or note"),
                   f.kind);
      return cor_cli_report_error (error);
    }

  if (f.until != NULL && end_ns <= start_ns)
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_USAGE,
                   _("--until (%s) must be later than --at (%s)"), f.until, f.at);
      return cor_cli_report_error (error);
    }

  if (!check_kind_fields (&f, kind, &error)
      || (f.lat != NULL && !cor_cli_parse_double ("--lat", f.lat, -90, 90, &latitude, &error))
      || (f.lon != NULL && !cor_cli_parse_double ("--lon", f.lon, -180, 180, &longitude, &error))
      || (f.precision != NULL
          && !cor_cli_parse_double ("--precision", f.precision, 0, 40075000, &precision_m,
                                    &error))
      || !check_tags (f.tags, &error)
      || (links = cor_cli_parse_article_refs (f.articles, COR_RELATION_REPORTED_BY, TRUE, &error)) == NULL)
    return cor_cli_report_error (error);

  if (f.confidence != NULL && !cor_confidence_from_string (f.confidence, &confidence, &error))
    {
      g_autoptr(GError) usage = g_error_new (COR_CLI_ERROR, COR_CLI_ERROR_USAGE, "--confidence: %s",
                                             error->message);
      return cor_cli_report_error (usage);
    }

  store = cor_cli_open_case (argv[1], FALSE, &error);
  if (store == NULL)
    return cor_cli_report_error (error);

  if (f.language != NULL
      && (language_code = cor_cli_resolve_language (store, "--language", f.language, &error)) == NULL)
    return cor_cli_report_error (error);

  clip = cor_store_get_clip (store, clip_id, NULL);
  if (clip == NULL)
    {
      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("--clip %" PRId64 ": no clip with this id in the case"), clip_id);
      return cor_cli_report_error (error);
    }

  if (cor_clip_get_duration_ns (clip) > 0 && start_ns > cor_clip_get_duration_ns (clip))
    {
      g_autofree char *duration = cor_time_format (cor_clip_get_duration_ns (clip));

      g_set_error (&error, COR_CLI_ERROR, COR_CLI_ERROR_FAILED,
                   _("--at %s is after the end of clip %" PRId64 " (%s)"), f.at, clip_id,
                   duration);
      return cor_cli_report_error (error);
    }

  if (!cor_cli_check_articles_exist (store, links, &error))
    return cor_cli_report_error (error);

  if (f.snapshot && (snapshot = grab_snapshot (store, clip, start_ns, &png, &error)) == NULL)
    return cor_cli_report_error (error);

  analyst = cor_cli_resolve_analyst (f.analyst, store);
  cor_store_set_analyst (store, analyst);

  annotation = cor_annotation_new (kind);
  cor_annotation_set_clip_id (annotation, clip_id);
  cor_annotation_set_start_ns (annotation, start_ns);
  cor_annotation_set_end_ns (annotation, end_ns);
  cor_annotation_set_language (annotation, language_code);
  cor_annotation_set_dialect (annotation, f.dialect);
  cor_annotation_set_speaker (annotation, f.speaker);
  cor_annotation_set_transcript (annotation, f.transcript);
  cor_annotation_set_translation (annotation, f.translation);
  cor_annotation_set_translated_by (annotation, f.translated_by);
  cor_annotation_set_maker (annotation, f.maker);
  cor_annotation_set_item (annotation, f.item);
  cor_annotation_set_markings (annotation, f.markings);
  cor_annotation_set_place (annotation, f.place);
  if (f.lat != NULL)
    cor_annotation_set_coordinates (annotation, latitude, longitude);
  cor_annotation_set_precision_m (annotation, precision_m);
  cor_annotation_set_method (annotation, f.method);
  cor_annotation_set_geolocated_by (annotation, f.geolocated_by);
  cor_annotation_set_confidence (annotation, confidence);
  cor_annotation_set_analyst (annotation, analyst);
  cor_annotation_set_note (annotation, f.note);
  cor_annotation_set_tags (annotation, (const char * const *) f.tags);

  /* The observation, its links and its still: one transaction */
  if (!cor_store_begin_transaction (store, &error))
    return cor_cli_report_error (error);

  if (!cor_store_add_annotation (store, annotation, &error))
    goto failed;

  for (guint i = 0; i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);

      if (!cor_store_link_annotation_article (store, cor_annotation_get_id (annotation), link->id,
                                              link->relation, &error))
        goto failed;
    }

  if (snapshot != NULL)
    {
      cor_snapshot_set_annotation_id (snapshot, cor_annotation_get_id (annotation));
      if (!cor_store_add_snapshot (store, snapshot, png, &error))
        goto failed;
    }

  /* A commit that fails has rolled back */
  if (!cor_store_commit (store, &error)
      || !cor_cli_print_id (cor_annotation_get_id (annotation), &error))
    return cor_cli_report_error (error);

  return COR_CLI_EXIT_OK;

failed:
  cor_cli_roll_back (store);
  return cor_cli_report_error (error);
}
