/* cor-report-content.c — what the report says, as blocks for both writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-report-private.h"

static char *
anchor_for (const char *prefix,
            gint64      id)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT, prefix, id);
}

static char *
frame_text (CorClip *clip,
            gint64   ns)
{
  int n = cor_clip_get_fps_n (clip), d = cor_clip_get_fps_d (clip);

  if (n <= 0 || d <= 0 || ns < 0)
    return NULL;
  return g_strdup_printf ("%" G_GINT64_FORMAT, cor_time_ns_to_frame (ns, n, d));
}

/* "00:00:05.000 – 00:00:07.500 (frames 125–187)" */
static char *
timecode_text (CorAnnotation *a,
               CorClip       *clip)
{
  gint64 start = cor_annotation_get_start_ns (a), end = cor_annotation_get_end_ns (a);
  g_autofree char *s = cor_time_format (start);
  g_autofree char *fs = frame_text (clip, start);

  if (cor_annotation_is_range (a) && end >= 0)
    {
      g_autofree char *e = cor_time_format (end);
      g_autofree char *fe = frame_text (clip, end);

      if (fs != NULL)
        return g_strdup_printf (_("%s – %s (frames %s–%s)"), s, e, fs, fe);
      return g_strdup_printf ("%s – %s", s, e);
    }
  if (fs != NULL)
    return g_strdup_printf (_("%s (frame %s)"), s, fs);
  return g_steal_pointer (&s);
}

static char *
confidence_text (CorConfidence c)
{
  return g_strdup_printf ("%s (%d/5)", cor_confidence_to_label (c), (int) c);
}

char *
cor_report_language_text (CorReportBuilder *b,
                          const char       *code)
{
  const char *name;

  if (cor_report_str_empty (code))
    return g_strdup (_("unspecified"));
  name = g_hash_table_lookup (b->language_names, code);
  if (name != NULL && g_strcmp0 (name, code) != 0)
    return g_strdup_printf ("%s (%s)", name, code);
  return g_strdup (code);
}

static char *
osm_link (double lat,
          double lon)
{
  char la[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (la, sizeof la, "%.6f", lat);
  g_ascii_formatd (lo, sizeof lo, "%.6f", lon);
  return g_strdup_printf ("https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=14/%s/%s",
                          la, lo, la, lo);
}

CorDocText *
cor_report_coordinates_text (gboolean has,
                             double   lat,
                             double   lon,
                             double   precision_m)
{
  CorDocText *t = cor_doc_text_new ();
  char la[G_ASCII_DTOSTR_BUF_SIZE], lo[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *coords = NULL;
  g_autofree char *link = NULL;

  if (!has)
    return t;
  g_ascii_formatd (la, sizeof la, "%.6f", lat);
  g_ascii_formatd (lo, sizeof lo, "%.6f", lon);
  coords = g_strdup_printf ("%s, %s", la, lo);
  cor_doc_text_add (t, coords, COR_DOC_MONO);
  if (precision_m > 0)
    {
      g_autofree char *p = g_strdup_printf (_(" (±%.0f m)"), precision_m);
      cor_doc_text_add (t, p, 0);
    }
  cor_doc_text_add (t, "\n", 0);
  link = osm_link (lat, lon);
  cor_doc_text_add_uri (t, _("Map (OpenStreetMap)"), link);
  return t;
}

static const char *
article_title (CorArticle *article)
{
  return cor_report_str_empty (cor_article_get_title (article)) ? _("Untitled article")
                                                  : cor_article_get_title (article);
}

/* A reference to an article: a link to its section when it is in the report */
void
cor_report_add_article_ref (CorReportBuilder *b,
                            CorDocText       *t,
                            gint64            article_id)
{
  CorArticle *article = g_hash_table_lookup (b->model->any_article, &article_id);
  g_autofree char *anchor = anchor_for ("article", article_id);

  if (article == NULL)
    {
      g_autofree char *s = g_strdup_printf (_("article %" PRId64), article_id);
      cor_doc_text_add (t, s, 0);
    }
  else if (g_hash_table_contains (b->model->article_by_id, &article_id))
    cor_doc_text_add_target (t, article_title (article), anchor);
  else
    cor_doc_text_add (t, article_title (article), 0);
}

static void
add_clip_ref (CorDocText    *t,
              CorReportClip *rc)
{
  g_autofree char *anchor = anchor_for ("clip", cor_clip_get_id (rc->clip));

  cor_doc_text_add_target (t, rc->name, anchor);
}

void
cor_report_add_observation_ref (CorDocText           *t,
                                CorReportObservation *obs)
{
  CorAnnotation *a = obs->annotation;
  g_autofree char *anchor = anchor_for ("obs", cor_annotation_get_id (a));
  g_autofree char *label = g_strdup_printf (_("Observation %" PRId64),
                                            cor_annotation_get_id (a));
  g_autofree char *time = cor_time_format (cor_annotation_get_start_ns (a));
  g_autofree char *rest = g_strdup_printf (" — %s, %s", obs->clip->name, time);

  cor_doc_text_add_target (t, label, anchor);
  cor_doc_text_add (t, rest, 0);
}

CorDocText *
cor_report_clips_cell (GPtrArray *clips)
{
  CorDocText *t = cor_doc_text_new ();

  for (guint i = 0; i < clips->len; i++)
    {
      if (i > 0)
        cor_doc_text_add (t, "\n", 0);
      add_clip_ref (t, g_ptr_array_index (clips, i));
    }
  return t;
}

CorDocText *
cor_report_plain_text (const char *s)
{
  return cor_doc_text_add (cor_doc_text_new (), s, 0);
}

void
cor_report_add_plain_paragraph (CorDoc     *doc,
                                const char *s,
                                guint       style)
{
  cor_doc_add_paragraph (doc, cor_doc_text_add (cor_doc_text_new (), s, style));
}

/* A table whose first row holds @headers (NULL-terminated, untranslated), one column each */
CorDocBlock *
cor_report_add_headed_table (CorDoc        *doc,
                             const double  *widths,
                             const char   **headers)
{
  CorDocBlock *t = cor_doc_add_table (doc, g_strv_length ((char **) headers), widths, TRUE);

  for (guint i = 0; headers[i] != NULL; i++)
    cor_doc_table_add_plain (t, _(headers[i]));
  return t;
}

/* A level-2 heading; FALSE, after @none in a muted paragraph, when the section has no items */
gboolean
cor_report_add_section (CorDoc     *doc,
                        const char *anchor,
                        const char *heading,
                        gint64      n_items,
                        const char *none)
{
  cor_doc_add_heading (doc, 2, anchor, heading);
  if (n_items > 0)
    return TRUE;
  cor_report_add_plain_paragraph (doc, none, COR_DOC_MUTED);
  return FALSE;
}

static void
build_title_page (CorReportBuilder *b)
{
  CorReportModel *m = b->model;
  CorDocBlock *kv;
  g_autofree char *selection = cor_report_model_describe_selection (m);
  g_autofree char *app = g_strdup_printf ("Corroborate %s", m->generator_version);
  g_autofree char *clips = g_strdup_printf (_("%u (of %u in the case)"), m->clips->len, m->n_case_clips);
  g_autofree char *articles = g_strdup_printf (_("%u (of %u in the case)"), m->articles->len,
                                               m->n_case_articles);
  g_autofree char *obs = g_strdup_printf (_("%u (of %u in the case)"), m->observations->len,
                                          m->n_case_observations);
  g_autofree char *claims = g_strdup_printf ("%u", m->n_claims);
  g_autofree char *stills = g_strdup_printf ("%u", m->n_snapshots);

  cor_doc_add_title (b->doc, cor_report_str_empty (m->title) ? _("Untitled case") : m->title);
  cor_report_add_plain_paragraph (b->doc, _("Annotated report"), COR_DOC_MUTED);
  cor_report_add_plain_paragraph (b->doc, m->description, 0);

  kv = cor_doc_add_keyvalue (b->doc);
  cor_doc_keyvalue_plain (kv, _("Analysts"),
                          cor_report_str_empty (m->analysts) ? _("none recorded") : m->analysts);
  cor_doc_keyvalue_plain (kv, _("Date generated"), m->generated);
  cor_doc_keyvalue_plain (kv, _("Generated by"), app);
  cor_doc_keyvalue_plain (kv, _("Case created"), m->created);
  cor_doc_keyvalue_add (kv, _("Case ID"), cor_doc_text_add (cor_doc_text_new (), m->uuid, COR_DOC_MONO));
  cor_doc_keyvalue_plain (kv, _("Selection"), selection);
  cor_doc_keyvalue_plain (kv, _("Clips"), clips);
  cor_doc_keyvalue_plain (kv, _("Articles"), articles);
  cor_doc_keyvalue_plain (kv, _("Observations"), obs);
  cor_doc_keyvalue_plain (kv, _("Claims"), claims);
  cor_doc_keyvalue_plain (kv, _("Frame stills"), stills);

  cor_doc_add_break (b->doc);
  cor_doc_add_heading (b->doc, 1, "contents", _("Contents"));
  cor_doc_add_contents (b->doc);
  cor_doc_add_break (b->doc);
}

void
cor_report_add_claim_observations (CorReportBuilder *b,
                                   CorDocText       *t,
                                   GArray           *links)
{
  for (guint i = 0; i < links->len; i++)
    {
      CorLink *link = &g_array_index (links, CorLink, i);
      CorReportObservation *obs = g_hash_table_lookup (b->model->observation_by_id, &link->id);
      g_autofree char *rel = NULL;
      g_autofree char *conf = NULL;

      if (obs == NULL)
        continue;
      if (t->spans->len > 0)
        cor_doc_text_add (t, "\n", 0);
      rel = g_strdup_printf ("%s: ", cor_relation_to_label (link->relation));
      cor_doc_text_add (t, rel, COR_DOC_BOLD);
      cor_report_add_observation_ref (t, obs);
      conf = g_strdup_printf (_(" — confidence %s"),
                              cor_confidence_to_label (cor_annotation_get_confidence (obs->annotation)));
      cor_doc_text_add (t, conf, 0);
    }
  if (t->spans->len == 0)
    cor_doc_text_add (t, _("No observation in this report is linked to it."), COR_DOC_MUTED);
}

CorDocText *
cor_report_claim_cell (CorClaim *claim)
{
  CorDocText *t = cor_report_plain_text (cor_claim_get_text (claim));

  if (!cor_report_str_empty (cor_claim_get_figure (claim)))
    {
      g_autofree char *s = g_strdup_printf (_("\nFigure: %s"), cor_claim_get_figure (claim));
      cor_doc_text_add (t, s, COR_DOC_SMALL);
    }
  if (!cor_report_str_empty (cor_claim_get_claim_date (claim)))
    {
      g_autofree char *s = g_strdup_printf (_("\nDate: %s"), cor_claim_get_claim_date (claim));
      cor_doc_text_add (t, s, COR_DOC_SMALL);
    }
  return t;
}

static CorDocText *
links_text (CorReportBuilder *b,
            GArray           *links)
{
  CorDocText *t = cor_doc_text_new ();

  for (guint i = 0; i < links->len; i++)
    {
      CorLink *link = &g_array_index (links, CorLink, i);
      g_autofree char *rel = g_strdup_printf (" (%s)", cor_relation_to_label (link->relation));

      if (i > 0)
        cor_doc_text_add (t, "\n", 0);
      cor_report_add_article_ref (b, t, link->id);
      cor_doc_text_add (t, rel, COR_DOC_MUTED);
    }
  return t;
}

static CorDocText *
hash_status_text (CorReportClip *rc)
{
  CorDocText *t = cor_doc_text_new ();
  const char *path = cor_report_str_nonnull (cor_clip_get_path (rc->clip));

  switch (rc->hash_status)
    {
    case COR_HASH_MATCHES:
      cor_doc_text_add (t, _("Matches: the file was re-hashed at report time and is unchanged."),
                        COR_DOC_BOLD);
      break;
    case COR_HASH_CHANGED:
      cor_doc_text_add (t, _("CHANGED: the file no longer matches. SHA-256 now: "), COR_DOC_BOLD);
      cor_doc_text_add (t, rc->hash_now, COR_DOC_MONO);
      break;
    case COR_HASH_MISSING:
      {
        g_autofree char *s = g_strdup_printf (_("Not checked: the file is missing (%s)."), path);
        cor_doc_text_add (t, s, COR_DOC_BOLD);
      }
      break;
    case COR_HASH_UNREADABLE:
    default:
      {
        g_autofree char *s = g_strdup_printf (_("Not checked: the file cannot be read (%s)."), path);
        cor_doc_text_add (t, s, COR_DOC_BOLD);
      }
      break;
    }
  return t;
}

static void
build_observation (CorReportBuilder     *b,
                   CorReportObservation *obs)
{
  CorAnnotation *a = obs->annotation;
  CorClip *clip = obs->clip->clip;
  CorAnnotationKind kind = cor_annotation_get_kind (a);
  gint64 id = cor_annotation_get_id (a);
  g_autofree char *anchor = anchor_for ("obs", id);
  g_autofree char *time = timecode_text (a, clip);
  g_autofree char *start = cor_time_format (cor_annotation_get_start_ns (a));
  g_autofree char *heading = g_strdup_printf (_("Observation %" PRId64 " · %s · %s"), id,
                                              start, cor_annotation_kind_to_label (kind));
  g_autofree char *conf = confidence_text (cor_annotation_get_confidence (a));
  const char * const *tags = cor_annotation_get_tags (a);
  CorDocBlock *kv;

  cor_doc_add_heading (b->doc, 3, anchor, heading);
  kv = cor_doc_add_keyvalue (b->doc);
  cor_doc_keyvalue_add (kv, _("Time"), cor_doc_text_add (cor_doc_text_new (), time, COR_DOC_MONO));
  cor_doc_keyvalue_plain (kv, _("Confidence"), conf);
  cor_doc_keyvalue_plain (kv, _("Analyst"), cor_annotation_get_analyst (a));

  switch ((int) kind)
    {
    case COR_ANNOTATION_KIND_LANGUAGE:
      {
        g_autofree char *lang = cor_report_language_text (b, cor_annotation_get_language (a));

        cor_doc_keyvalue_plain (kv, _("Language"), lang);
        cor_doc_keyvalue_plain (kv, _("Dialect or accent"), cor_annotation_get_dialect (a));
        cor_doc_keyvalue_plain (kv, _("Speaker"), cor_annotation_get_speaker (a));
        cor_doc_keyvalue_plain (kv, _("Translated by"), cor_annotation_get_translated_by (a));
      }
      break;
    case COR_ANNOTATION_KIND_UNIFORM:
      cor_doc_keyvalue_plain (kv, _("Maker"), cor_annotation_get_maker (a));
      cor_doc_keyvalue_plain (kv, _("Item"), cor_annotation_get_item (a));
      cor_doc_keyvalue_plain (kv, _("Markings"), cor_annotation_get_markings (a));
      break;
    case COR_ANNOTATION_KIND_LOCATION:
      cor_doc_keyvalue_plain (kv, _("Place"), cor_annotation_get_place (a));
      cor_doc_keyvalue_add (kv, _("Coordinates"),
                            cor_report_coordinates_text (cor_annotation_get_has_coordinates (a),
                                              cor_annotation_get_latitude (a),
                                              cor_annotation_get_longitude (a),
                                              cor_annotation_get_precision_m (a)));
      cor_doc_keyvalue_plain (kv, _("Method"), cor_annotation_get_method (a));
      cor_doc_keyvalue_plain (kv, _("Geolocated by"), cor_annotation_get_geolocated_by (a));
      break;
    default:
      break;
    }

  cor_doc_keyvalue_plain (kv, _("Note"), cor_annotation_get_note (a));
  if (tags != NULL && tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) tags);
      cor_doc_keyvalue_plain (kv, _("Tags"), joined);
    }
  cor_doc_keyvalue_add (kv, _("Articles"), links_text (b, obs->articles));
  if (obs->claims->len > 0)
    {
      CorDocText *t = cor_doc_text_new ();

      for (guint i = 0; i < obs->claims->len; i++)
        {
          CorLink *link = &g_array_index (obs->claims, CorLink, i);
          CorClaim *claim = g_hash_table_lookup (b->model->any_claim, &link->id);
          g_autofree char *rel = g_strdup_printf ("%s: ", cor_relation_to_label (link->relation));

          if (claim == NULL)
            continue;
          if (t->spans->len > 0)
            cor_doc_text_add (t, "\n", 0);
          cor_doc_text_add (t, rel, COR_DOC_BOLD);
          cor_doc_text_add (t, cor_claim_get_text (claim), 0);
          if (!cor_report_str_empty (cor_claim_get_claimant (claim)))
            {
              g_autofree char *by = g_strdup_printf (" (%s)", cor_claim_get_claimant (claim));
              cor_doc_text_add (t, by, COR_DOC_MUTED);
            }
        }
      cor_doc_keyvalue_add (kv, _("Claims"), t);
    }

  if (kind == COR_ANNOTATION_KIND_LANGUAGE
      && (!cor_report_str_empty (cor_annotation_get_transcript (a))
          || !cor_report_str_empty (cor_annotation_get_translation (a))))
    {
      static const double widths[] = { 0.5, 0.5 };
      CorDocBlock *t = cor_doc_add_table (b->doc, 2, widths, TRUE);
      const char *lang = cor_annotation_get_language (a);
      g_autofree char *head = cor_report_str_empty (lang) ? g_strdup (_("Transcript"))
                                           : g_strdup_printf (_("Transcript (%s)"), lang);
      CorDocText *tr = cor_doc_text_new ();

      cor_doc_table_add_plain (t, head);
      cor_doc_table_add_plain (t, _("Translation"));
      tr->lang = cor_report_str_empty (lang) ? NULL : g_strdup (lang);
      cor_doc_text_add_lang (tr, cor_annotation_get_transcript (a), lang, 0);
      cor_doc_table_add (t, tr);
      cor_doc_table_add_plain (t, cor_annotation_get_translation (a));
    }

  for (guint i = 0; i < obs->snapshots->len; i++)
    {
      CorSnapshot *s = g_ptr_array_index (obs->snapshots, i);
      g_autofree char *pos = cor_time_format (cor_snapshot_get_position_ns (s));
      g_autofree char *cap = g_strdup_printf (_("Still: frame %" PRId64 " at %s (%d × %d)"),
                                              cor_snapshot_get_frame (s), pos,
                                              cor_snapshot_get_width (s), cor_snapshot_get_height (s));

      cor_doc_add_image (b->doc, cor_snapshot_get_id (s), cor_snapshot_get_width (s),
                         cor_snapshot_get_height (s), cor_report_plain_text (cap));
    }
}

static void
build_clip (CorReportBuilder *b,
            CorReportClip    *rc,
            guint             number)
{
  CorClip *clip = rc->clip;
  g_autofree char *anchor = anchor_for ("clip", cor_clip_get_id (clip));
  g_autofree char *heading = g_strdup_printf (_("Clip %u: %s"), number, rc->name);
  g_autofree char *file = cor_clip_get_path (clip) ? g_path_get_basename (cor_clip_get_path (clip)) : NULL;
  g_autofree char *size_h = g_format_size ((guint64) MAX (0, cor_clip_get_size (clip)));
  g_autofree char *size = g_strdup_printf (_("%s (%" PRId64 " bytes)"), size_h,
                                           cor_clip_get_size (clip));
  g_autofree char *duration = cor_clip_get_duration_ns (clip) >= 0
                              ? cor_time_format (cor_clip_get_duration_ns (clip)) : NULL;
  g_autofree char *resolution = cor_clip_get_width (clip) > 0
                                ? g_strdup_printf ("%d × %d", cor_clip_get_width (clip),
                                                   cor_clip_get_height (clip)) : NULL;
  g_autofree char *rate = NULL;
  CorDocBlock *kv;

  if (cor_clip_get_fps_n (clip) > 0 && cor_clip_get_fps_d (clip) > 0)
    rate = g_strdup_printf (_("%.3f frames per second (%d/%d)"),
                            (double) cor_clip_get_fps_n (clip) / cor_clip_get_fps_d (clip),
                            cor_clip_get_fps_n (clip), cor_clip_get_fps_d (clip));

  cor_doc_add_heading (b->doc, 2, anchor, heading);
  kv = cor_doc_add_keyvalue (b->doc);
  cor_doc_keyvalue_plain (kv, _("Title"), cor_clip_get_title (clip));
  cor_doc_keyvalue_plain (kv, _("Origin"), cor_clip_get_origin (clip));
  cor_doc_keyvalue_add (kv, _("Source URL"),
                        cor_doc_text_add_uri (cor_doc_text_new (), NULL, cor_clip_get_source_url (clip)));
  cor_doc_keyvalue_plain (kv, _("First seen"), cor_clip_get_first_seen (clip));
  cor_doc_keyvalue_plain (kv, _("File name"), file);
  cor_doc_keyvalue_plain (kv, _("Path at import"), cor_clip_get_path (clip));
  cor_doc_keyvalue_plain (kv, _("Size"), size);
  cor_doc_keyvalue_plain (kv, _("Duration"), duration);
  cor_doc_keyvalue_plain (kv, _("Resolution"), resolution);
  cor_doc_keyvalue_plain (kv, _("Frame rate"), rate);
  cor_doc_keyvalue_plain (kv, _("Video codec"), cor_clip_get_video_codec (clip));
  cor_doc_keyvalue_plain (kv, _("Audio codec"), cor_clip_get_audio_codec (clip));
  cor_doc_keyvalue_plain (kv, _("Container"), cor_clip_get_container (clip));
  cor_doc_keyvalue_plain (kv, _("Created (file tags)"), cor_clip_get_media_created (clip));
  cor_doc_keyvalue_plain (kv, _("Imported"), cor_clip_get_imported (clip));
  cor_doc_keyvalue_add (kv, _("SHA-256"),
                        cor_doc_text_add (cor_doc_text_new (), cor_clip_get_sha256 (clip), COR_DOC_MONO));
  cor_doc_keyvalue_add (kv, _("File at report time"), hash_status_text (rc));
  cor_doc_keyvalue_plain (kv, _("Notes"), cor_clip_get_notes (clip));
  cor_doc_keyvalue_add (kv, _("Cited by"), links_text (b, rc->articles));

  if (rc->observations->len == 0)
    cor_report_add_plain_paragraph (b->doc, _("No observations on this clip in this selection."),
                                    COR_DOC_MUTED);
  for (guint i = 0; i < rc->observations->len; i++)
    build_observation (b, g_ptr_array_index (rc->observations, i));
}

static void
build_article (CorReportBuilder *b,
               CorReportArticle *ra)
{
  CorArticle *article = ra->article;
  g_autofree char *anchor = anchor_for ("article", cor_article_get_id (article));
  g_autofree char *lang = cor_report_str_empty (cor_article_get_language (article)) ? NULL
                          : cor_report_language_text (b, cor_article_get_language (article));
  CorDocBlock *kv;

  cor_doc_add_heading (b->doc, 2, anchor, article_title (article));
  kv = cor_doc_add_keyvalue (b->doc);
  cor_doc_keyvalue_plain (kv, _("Outlet"), cor_article_get_outlet (article));
  cor_doc_keyvalue_plain (kv, _("Author"), cor_article_get_author (article));
  cor_doc_keyvalue_plain (kv, _("Published"), cor_article_get_published (article));
  cor_doc_keyvalue_plain (kv, _("Language"), lang);
  cor_doc_keyvalue_add (kv, _("URL"),
                        cor_doc_text_add_uri (cor_doc_text_new (), NULL, cor_article_get_url (article)));
  cor_doc_keyvalue_add (kv, _("Archived copy"),
                        cor_doc_text_add_uri (cor_doc_text_new (), NULL,
                                              cor_article_get_archived_url (article)));
  cor_doc_keyvalue_plain (kv, _("Source reliability"), cor_article_get_reliability (article));
  cor_doc_keyvalue_plain (kv, _("Summary"), cor_article_get_summary (article));
  cor_doc_keyvalue_plain (kv, _("Notes"), cor_article_get_notes (article));

  if (ra->clips->len > 0)
    {
      CorDocText *t = cor_doc_text_new ();

      for (guint i = 0; i < ra->clips->len; i++)
        {
          CorLink *link = &g_array_index (ra->clips, CorLink, i);
          CorReportClip *rc = g_hash_table_lookup (b->model->clip_by_id, &link->id);
          g_autofree char *rel = g_strdup_printf (" (%s)", cor_relation_to_label (link->relation));

          if (t->spans->len > 0)
            cor_doc_text_add (t, "\n", 0);
          if (rc != NULL)
            add_clip_ref (t, rc);
          else
            {
              g_autofree char *s = g_strdup_printf (_("clip %" PRId64 " (not in this report)"),
                                                    link->id);
              cor_doc_text_add (t, s, 0);
            }
          cor_doc_text_add (t, rel, COR_DOC_MUTED);
        }
      cor_doc_keyvalue_add (kv, _("Clips cited"), t);
    }

  if (ra->claims->len > 0)
    {
      static const double widths[] = { 0.36, 0.18, 0.46 };
      static const char *headers[] = { N_("Claim"), N_("Claimant"), N_("Observations"), NULL };
      CorDocBlock *t = cor_report_add_headed_table (b->doc, widths, headers);

      for (guint i = 0; i < ra->claims->len; i++)
        {
          CorReportClaim *rcl = g_ptr_array_index (ra->claims, i);
          CorDocText *obs = cor_doc_text_new ();

          cor_doc_table_add (t, cor_report_claim_cell (rcl->claim));
          cor_doc_table_add_plain (t, cor_claim_get_claimant (rcl->claim));
          cor_report_add_claim_observations (b, obs, rcl->observations);
          cor_doc_table_add (t, obs);
        }
    }

  if (ra->observations->len > 0)
    {
      static const double widths[] = { 0.45, 0.2, 0.35 };
      static const char *headers[] = { N_("Observation citing it"), N_("Relation"), N_("Summary"),
                                       NULL };
      CorDocBlock *t = cor_report_add_headed_table (b->doc, widths, headers);

      for (guint i = 0; i < ra->observations->len; i++)
        {
          CorLink *link = &g_array_index (ra->observations, CorLink, i);
          CorReportObservation *obs = g_hash_table_lookup (b->model->observation_by_id, &link->id);
          g_autofree char *summary = cor_annotation_dup_summary (obs->annotation);
          CorDocText *ref = cor_doc_text_new ();

          cor_report_add_observation_ref (ref, obs);
          cor_doc_table_add (t, ref);
          cor_doc_table_add_plain (t, cor_relation_to_label (link->relation));
          cor_doc_table_add (t, cor_doc_text_add_lang (cor_doc_text_new (), summary,
                                                       cor_annotation_get_language (obs->annotation), 0));
        }
    }
  else
    cor_report_add_plain_paragraph (b->doc, _("No observation in this report cites this article."),
                                    COR_DOC_MUTED);
}

CorDoc *
cor_report_build_doc (CorReportModel *model)
{
  CorReportBuilder b = { model, cor_doc_new (), NULL };
  g_autoptr(GPtrArray) langs = cor_store_list_languages (model->store);

  b.language_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; langs != NULL && i < langs->len; i++)
    {
      CorTerm *term = g_ptr_array_index (langs, i);

      if (term->code != NULL && term->name != NULL)
        g_hash_table_replace (b.language_names, g_strdup (term->code), g_strdup (term->name));
    }

  b.doc->title = g_strdup (cor_report_str_empty (model->title) ? _("Untitled case") : model->title);
  b.doc->author = g_strdup (model->analysts);
  b.doc->lang = g_strdup ("en");

  build_title_page (&b);
  cor_report_build_summary (&b);

  cor_doc_add_break (b.doc);
  cor_doc_add_heading (b.doc, 1, "clips", _("Clips"));
  if (model->clips->len == 0)
    cor_report_add_plain_paragraph (b.doc, _("No clips in this selection."), COR_DOC_MUTED);
  for (guint i = 0; i < model->clips->len; i++)
    build_clip (&b, g_ptr_array_index (model->clips, i), i + 1);

  cor_doc_add_break (b.doc);
  cor_doc_add_heading (b.doc, 1, "articles", _("Articles"));
  if (model->articles->len == 0)
    cor_report_add_plain_paragraph (b.doc, _("No articles in this selection."), COR_DOC_MUTED);
  for (guint i = 0; i < model->articles->len; i++)
    build_article (&b, g_ptr_array_index (model->articles, i));

  cor_report_build_appendix (&b);
  g_hash_table_unref (b.language_names);
  return b.doc;
}
