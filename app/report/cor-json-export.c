/* cor-json-export.c — the whole case as one JSON document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema is documented in docs/case-json.md. Records come in id order and
 * every object has all its keys (null when unset), so that the same case gives
 * the same bytes and an import can restore the records in the order they refer
 * to each other.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cor-core.h"
#include "cor-json-export.h"
#include "cor-report-private.h"

/* Helpers */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_id (JsonBuilder *builder,
        const char  *name,
        gint64       id)
{
  json_builder_set_member_name (builder, name);
  if (id > 0)
    json_builder_add_int_value (builder, id);
  else
    json_builder_add_null_value (builder);
}

/* A time in ns as "NAME_ns" and its timecode as "NAME"; null for a negative
 * (unknown) time when @nullable */
static void
add_time (JsonBuilder *builder,
          const char  *name,
          gint64       ns,
          gboolean     nullable)
{
  g_autofree char *ns_name = g_strconcat (name, "_ns", NULL);

  json_builder_set_member_name (builder, ns_name);
  if (nullable && ns < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, ns);

  json_builder_set_member_name (builder, name);
  if (nullable && ns < 0)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *timecode = cor_time_format (ns);
      json_builder_add_string_value (builder, timecode);
    }
}

static const char *
clip_kind_to_string (CorClipKind kind)
{
  switch (kind)
    {
    case COR_CLIP_KIND_VIDEO:
      return "video";
    case COR_CLIP_KIND_AUDIO:
      return "audio";
    case COR_CLIP_KIND_UNKNOWN:
    default:
      return "unknown";
    }
}

static gint
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gint64 (*get_id) (gpointer) = user_data;
  gint64 ia = get_id (*(gpointer *) a);
  gint64 ib = get_id (*(gpointer *) b);

  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/* The items of @model as a GPtrArray of new references, sorted by id */
static GPtrArray *
sorted_items (GListModel *model,
              gint64    (*get_id) (gpointer))
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  g_ptr_array_sort_with_data (items, compare_by_id, (gpointer) get_id);
  return items;
}

static gint
compare_links (gconstpointer a,
               gconstpointer b)
{
  const CorLink *la = a;
  const CorLink *lb = b;

  return la->id < lb->id ? -1 : la->id > lb->id ? 1 : 0;
}

/* Adds {"FROM": from_id, "TO": link.id, "relation": ...} for each link of @links */
static void
add_links (JsonBuilder *builder,
           const char  *from_name,
           gint64       from_id,
           const char  *to_name,
           GArray      *links)
{
  if (links == NULL)
    return;

  g_array_sort (links, compare_links);
  for (guint i = 0; i < links->len; i++)
    {
      const CorLink *link = &g_array_index (links, CorLink, i);

      json_builder_begin_object (builder);
      add_int (builder, from_name, from_id);
      add_int (builder, to_name, link->id);
      add_string (builder, "relation", cor_relation_to_string (link->relation));
      json_builder_end_object (builder);
    }
}

static void
add_link_refs (JsonBuilder *builder,
               const char  *name,
               GArray      *links)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  if (links != NULL)
    {
      g_array_sort (links, compare_links);
      for (guint i = 0; i < links->len; i++)
        {
          const CorLink *link = &g_array_index (links, CorLink, i);

          json_builder_begin_object (builder);
          add_int (builder, "id", link->id);
          add_string (builder, "relation", cor_relation_to_string (link->relation));
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
}

static void
build_article (JsonBuilder *builder,
               gpointer     record)
{
  CorArticle *article = record;

  add_int (builder, "id", cor_article_get_id (article));
  add_string (builder, "uuid", cor_article_get_uuid (article));
  add_string (builder, "title", cor_article_get_title (article));
  add_string (builder, "url", cor_article_get_url (article));
  add_string (builder, "outlet", cor_article_get_outlet (article));
  add_string (builder, "author", cor_article_get_author (article));
  add_string (builder, "published", cor_article_get_published (article));
  add_string (builder, "language", cor_article_get_language (article));
  add_string (builder, "summary", cor_article_get_summary (article));
  add_string (builder, "archived_url", cor_article_get_archived_url (article));
  add_string (builder, "reliability", cor_article_get_reliability (article));
  add_string (builder, "notes", cor_article_get_notes (article));
  add_string (builder, "created", cor_article_get_created (article));
  add_string (builder, "updated", cor_article_get_updated (article));
}

static void
build_claim (JsonBuilder *builder,
             gpointer     record)
{
  CorClaim *claim = record;

  add_int (builder, "id", cor_claim_get_id (claim));
  add_string (builder, "uuid", cor_claim_get_uuid (claim));
  add_int (builder, "article_id", cor_claim_get_article_id (claim));
  add_string (builder, "text", cor_claim_get_text (claim));
  add_string (builder, "claimant", cor_claim_get_claimant (claim));
  add_string (builder, "figure", cor_claim_get_figure (claim));
  add_string (builder, "date", cor_claim_get_claim_date (claim));
}

static void
build_clip (JsonBuilder *builder,
            gpointer     record)
{
  CorClip *clip = record;
  const char *tags_json = cor_clip_get_tags_json (clip);
  g_autoptr(JsonParser) parser = NULL;

  add_int (builder, "id", cor_clip_get_id (clip));
  add_string (builder, "uuid", cor_clip_get_uuid (clip));
  add_string (builder, "title", cor_clip_get_title (clip));
  add_string (builder, "path", cor_clip_get_path (clip));
  add_string (builder, "relative_path", cor_clip_get_relative_path (clip));
  add_int (builder, "size", cor_clip_get_size (clip));
  add_string (builder, "sha256", cor_clip_get_sha256 (clip));
  add_string (builder, "imported", cor_clip_get_imported (clip));
  add_string (builder, "kind", clip_kind_to_string (cor_clip_get_kind (clip)));
  add_time (builder, "duration", cor_clip_get_duration_ns (clip), TRUE);
  add_int (builder, "width", cor_clip_get_width (clip));
  add_int (builder, "height", cor_clip_get_height (clip));
  add_int (builder, "fps_n", cor_clip_get_fps_n (clip));
  add_int (builder, "fps_d", cor_clip_get_fps_d (clip));
  add_string (builder, "video_codec", cor_clip_get_video_codec (clip));
  add_string (builder, "audio_codec", cor_clip_get_audio_codec (clip));
  add_string (builder, "container", cor_clip_get_container (clip));

  /* The file's own tags: an object when the stored text is one, else the text */
  json_builder_set_member_name (builder, "tags");
  if (tags_json == NULL || *tags_json == '\0')
    json_builder_add_null_value (builder);
  else
    {
      parser = json_parser_new ();
      if (json_parser_load_from_data (parser, tags_json, -1, NULL)
          && json_parser_get_root (parser) != NULL
          && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
      else
        json_builder_add_string_value (builder, tags_json);
    }

  add_string (builder, "media_created", cor_clip_get_media_created (clip));
  add_string (builder, "origin", cor_clip_get_origin (clip));
  add_string (builder, "source_url", cor_clip_get_source_url (clip));
  add_string (builder, "first_seen", cor_clip_get_first_seen (clip));
  add_string (builder, "notes", cor_clip_get_notes (clip));
}

static void
build_annotation (JsonBuilder *builder,
                  gpointer     record)
{
  CorAnnotation *annotation = record;
  const char * const *tags = cor_annotation_get_tags (annotation);

  add_int (builder, "id", cor_annotation_get_id (annotation));
  add_string (builder, "uuid", cor_annotation_get_uuid (annotation));
  add_int (builder, "clip_id", cor_annotation_get_clip_id (annotation));
  add_string (builder, "kind", cor_annotation_kind_to_string (cor_annotation_get_kind (annotation)));
  add_time (builder, "start", cor_annotation_get_start_ns (annotation), FALSE);
  add_time (builder, "end", cor_annotation_get_end_ns (annotation), TRUE);

  add_string (builder, "language", cor_annotation_get_language (annotation));
  add_string (builder, "dialect", cor_annotation_get_dialect (annotation));
  add_string (builder, "speaker", cor_annotation_get_speaker (annotation));
  add_string (builder, "transcript", cor_annotation_get_transcript (annotation));
  add_string (builder, "translation", cor_annotation_get_translation (annotation));
  add_string (builder, "translated_by", cor_annotation_get_translated_by (annotation));

  add_string (builder, "maker", cor_annotation_get_maker (annotation));
  add_string (builder, "item", cor_annotation_get_item (annotation));
  add_string (builder, "markings", cor_annotation_get_markings (annotation));

  add_string (builder, "place", cor_annotation_get_place (annotation));
  json_builder_set_member_name (builder, "latitude");
  if (cor_annotation_get_has_coordinates (annotation))
    json_builder_add_double_value (builder, cor_annotation_get_latitude (annotation));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "longitude");
  if (cor_annotation_get_has_coordinates (annotation))
    json_builder_add_double_value (builder, cor_annotation_get_longitude (annotation));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "precision_m");
  json_builder_add_double_value (builder, cor_annotation_get_precision_m (annotation));
  add_string (builder, "method", cor_annotation_get_method (annotation));
  add_string (builder, "geolocated_by", cor_annotation_get_geolocated_by (annotation));

  add_string (builder, "confidence",
              cor_confidence_to_string (cor_annotation_get_confidence (annotation)));
  add_string (builder, "analyst", cor_annotation_get_analyst (annotation));
  add_string (builder, "note", cor_annotation_get_note (annotation));
  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);
  add_string (builder, "created", cor_annotation_get_created (annotation));
  add_string (builder, "updated", cor_annotation_get_updated (annotation));
}

static void
build_snapshot (JsonBuilder *builder,
                CorSnapshot *snapshot,
                GBytes      *png)
{
  add_int (builder, "id", cor_snapshot_get_id (snapshot));
  add_string (builder, "uuid", cor_snapshot_get_uuid (snapshot));
  add_int (builder, "clip_id", cor_snapshot_get_clip_id (snapshot));
  add_id (builder, "annotation_id", cor_snapshot_get_annotation_id (snapshot));
  add_time (builder, "position", cor_snapshot_get_position_ns (snapshot), FALSE);
  add_int (builder, "frame", cor_snapshot_get_frame (snapshot));
  add_int (builder, "width", cor_snapshot_get_width (snapshot));
  add_int (builder, "height", cor_snapshot_get_height (snapshot));
  add_string (builder, "created", cor_snapshot_get_created (snapshot));

  json_builder_set_member_name (builder, "png_base64");
  if (png != NULL)
    {
      gsize size = 0;
      const guchar *data = g_bytes_get_data (png, &size);
      g_autofree char *encoded = g_base64_encode (data, size);

      json_builder_add_string_value (builder, encoded);
    }
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
finish_object (JsonBuilder *builder)
{
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* One record as a JSON object */
static JsonNode *
record_to_node (void   (*build) (JsonBuilder *builder,
                                 gpointer     record),
                gpointer record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  build (builder, record);
  return finish_object (builder);
}

static gint64
article_id (gpointer item)
{
  return cor_article_get_id (item);
}

static gint64
claim_id (gpointer item)
{
  return cor_claim_get_id (item);
}

static gint64
clip_id (gpointer item)
{
  return cor_clip_get_id (item);
}

static gint64
annotation_id (gpointer item)
{
  return cor_annotation_get_id (item);
}

static gint64
snapshot_id (gpointer item)
{
  return cor_snapshot_get_id (item);
}

/* Public API */

JsonNode *
cor_json_article_to_node (CorArticle *article)
{
  g_return_val_if_fail (COR_IS_ARTICLE (article), NULL);

  return record_to_node (build_article, article);
}

JsonNode *
cor_json_claim_to_node (CorClaim *claim)
{
  g_return_val_if_fail (COR_IS_CLAIM (claim), NULL);

  return record_to_node (build_claim, claim);
}

JsonNode *
cor_json_claim_to_node_with_links (CorStore *store,
                                   CorClaim *claim)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) annotations = NULL;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);
  g_return_val_if_fail (COR_IS_CLAIM (claim), NULL);

  annotations = cor_store_get_claim_annotations (store, cor_claim_get_id (claim));

  json_builder_begin_object (builder);
  build_claim (builder, claim);
  add_link_refs (builder, "annotations", annotations);
  return finish_object (builder);
}

JsonNode *
cor_json_clip_to_node (CorClip *clip)
{
  g_return_val_if_fail (COR_IS_CLIP (clip), NULL);

  return record_to_node (build_clip, clip);
}

JsonNode *
cor_json_annotation_to_node (CorAnnotation *annotation)
{
  g_return_val_if_fail (COR_IS_ANNOTATION (annotation), NULL);

  return record_to_node (build_annotation, annotation);
}

JsonNode *
cor_json_annotation_to_node_with_links (CorStore      *store,
                                        CorAnnotation *annotation)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) articles = NULL;
  g_autoptr(GArray) claims = NULL;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);
  g_return_val_if_fail (COR_IS_ANNOTATION (annotation), NULL);

  articles = cor_store_get_annotation_articles (store, cor_annotation_get_id (annotation));
  claims = cor_store_get_annotation_claims (store, cor_annotation_get_id (annotation));

  json_builder_begin_object (builder);
  build_annotation (builder, annotation);
  add_link_refs (builder, "articles", articles);
  add_link_refs (builder, "claims", claims);
  return finish_object (builder);
}

JsonNode *
cor_json_snapshot_to_node (CorSnapshot *snapshot,
                           GBytes      *png)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (COR_IS_SNAPSHOT (snapshot), NULL);

  json_builder_begin_object (builder);
  build_snapshot (builder, snapshot, png);
  return finish_object (builder);
}

JsonNode *
cor_json_export_build (CorStore  *store,
                       GError   **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) clips = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autoptr(GPtrArray) all_claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) annotation_model = NULL;
  g_autoptr(GListModel) snapshot_model = NULL;

  g_return_val_if_fail (COR_IS_STORE (store), NULL);

  articles = sorted_items (cor_store_get_articles (store), article_id);
  clips = sorted_items (cor_store_get_clips (store), clip_id);
  annotation_model = cor_store_list_annotations (store, 0);
  annotations = sorted_items (annotation_model, annotation_id);
  snapshot_model = cor_store_list_snapshots (store, 0);
  snapshots = sorted_items (snapshot_model, snapshot_id);

  json_builder_begin_object (builder);
  add_string (builder, "format", COR_CASE_JSON_FORMAT);
  add_int (builder, "version", COR_CASE_JSON_VERSION);
  add_string (builder, "generator", "Corroborate " PACKAGE_VERSION);

  json_builder_set_member_name (builder, "case");
  json_builder_begin_object (builder);
  add_string (builder, "uuid", cor_store_get_uuid (store));
  add_string (builder, "title", cor_store_get_title (store));
  add_string (builder, "description", cor_store_get_description (store));
  add_string (builder, "methodology", cor_store_get_methodology (store));
  add_string (builder, "created", cor_store_get_created (store));
  add_string (builder, "path", cor_store_get_path (store));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < articles->len; i++)
    {
      CorArticle *article = g_ptr_array_index (articles, i);
      g_autoptr(GListModel) claim_model = cor_store_list_claims (store, cor_article_get_id (article));
      g_autoptr(GPtrArray) claims = sorted_items (claim_model, claim_id);

      json_builder_begin_object (builder);
      build_article (builder, article);
      json_builder_set_member_name (builder, "claims");
      json_builder_begin_array (builder);
      for (guint j = 0; j < claims->len; j++)
        {
          json_builder_begin_object (builder);
          build_claim (builder, g_ptr_array_index (claims, j));
          json_builder_end_object (builder);
          g_ptr_array_add (all_claims, g_object_ref (g_ptr_array_index (claims, j)));
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "clips");
  json_builder_begin_array (builder);
  for (guint i = 0; i < clips->len; i++)
    {
      json_builder_begin_object (builder);
      build_clip (builder, g_ptr_array_index (clips, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "article_clips");
  json_builder_begin_array (builder);
  for (guint i = 0; i < articles->len; i++)
    {
      gint64 id = cor_article_get_id (g_ptr_array_index (articles, i));
      g_autoptr(GArray) links = cor_store_get_article_clips (store, id);

      add_links (builder, "article_id", id, "clip_id", links);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < annotations->len; i++)
    {
      json_builder_begin_object (builder);
      build_annotation (builder, g_ptr_array_index (annotations, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "annotation_articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < annotations->len; i++)
    {
      gint64 id = cor_annotation_get_id (g_ptr_array_index (annotations, i));
      g_autoptr(GArray) links = cor_store_get_annotation_articles (store, id);

      add_links (builder, "annotation_id", id, "article_id", links);
    }
  json_builder_end_array (builder);

  g_ptr_array_sort_with_data (all_claims, compare_by_id, (gpointer) claim_id);
  json_builder_set_member_name (builder, "claim_annotations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < all_claims->len; i++)
    {
      gint64 id = cor_claim_get_id (g_ptr_array_index (all_claims, i));
      g_autoptr(GArray) links = cor_store_get_claim_annotations (store, id);

      add_links (builder, "claim_id", id, "annotation_id", links);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "snapshots");
  json_builder_begin_array (builder);
  for (guint i = 0; i < snapshots->len; i++)
    {
      CorSnapshot *snapshot = g_ptr_array_index (snapshots, i);
      g_autoptr(GBytes) png = cor_store_load_snapshot_png (store, cor_snapshot_get_id (snapshot),
                                                           error);

      if (png == NULL)
        return NULL;

      json_builder_begin_object (builder);
      build_snapshot (builder, snapshot, png);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
cor_json_to_string (JsonNode *node,
                    gsize    *out_length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  char *result;
  gsize length = 0;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);

  result = g_strconcat (text, "\n", NULL);
  if (out_length != NULL)
    *out_length = length + 1;

  return result;
}

typedef struct
{
  const char *data;
  gsize       length;
} JsonText;

static gboolean
write_json_text (CorReportSink  *sink,
                 gpointer        data,
                 GError        **error)
{
  const JsonText *text = data;

  return cor_report_sink_write (sink, text->data, text->length);
}

gboolean
cor_json_write_file_atomically (const char  *path,
                                const char  *data,
                                gsize        length,
                                GError     **error)
{
  JsonText text = { data, length };

  g_return_val_if_fail (path != NULL, FALSE);

  return cor_report_write_safely (path, write_json_text, &text, error);
}

gboolean
cor_json_export_case (CorStore    *store,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (COR_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  root = cor_json_export_build (store, error);
  if (root == NULL)
    return FALSE;

  text = cor_json_to_string (root, &length);
  return cor_json_write_file_atomically (path, text, length, error);
}
