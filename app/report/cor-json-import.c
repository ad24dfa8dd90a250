/* cor-json-import.c — a new case from a "corroborate-case" JSON document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is read whole and checked field by field (a wrong type is an error
 * that names the record and the key, never a critical). The case is built in a
 * temporary file next to @case_path, in one bulk transaction, and renamed to
 * @case_path only when complete.
 */
#include "config.h"

#include <inttypes.h>

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cor-core.h"
#include "cor-json-export.h"

typedef struct
{
  CorStore   *store;
  GHashTable *articles;    /* old id → new id (gint64 *) */
  GHashTable *claims;
  GHashTable *clips;
  GHashTable *annotations;
  GError     *error;       /* the first error */
  const char *where;       /* "articles[3]" for messages */
  char       *where_buf;
} Reader;

/* Helpers */

static void
reader_fail (Reader     *reader,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
reader_fail (Reader     *reader,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (reader->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  reader->error = g_error_new (COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID, "%s%s%s",
                               reader->where ? reader->where : "", reader->where ? ": " : "",
                               message);
}

static void
reader_at (Reader     *reader,
           const char *array,
           guint       index)
{
  g_free (reader->where_buf);
  reader->where_buf = g_strdup_printf ("%s[%u]", array, index);
  reader->where = reader->where_buf;
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL && json_object_has_member (object, name)
         ? json_object_get_member (object, name)
         : NULL;
}

/* A string or null */
static const char *
get_string (Reader     *reader,
            JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      reader_fail (reader, _("“%s” must be a string"), name);
      return NULL;
    }

  return json_node_get_string (node);
}

static gint64
get_int (Reader     *reader,
         JsonObject *object,
         const char *name,
         gint64      fallback)
{
  JsonNode *node = member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return fallback;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      reader_fail (reader, _("“%s” must be a whole number"), name);
      return fallback;
    }

  return json_node_get_int (node);
}

static gboolean
get_double (Reader     *reader,
            JsonObject *object,
            const char *name,
            double     *out_value)
{
  JsonNode *node = member (object, name);
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_DOUBLE)
    *out_value = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    *out_value = (double) json_node_get_int (node);
  else
    {
      reader_fail (reader, _("“%s” must be a number"), name);
      return FALSE;
    }

  return TRUE;
}

static JsonArray *
get_array (Reader     *reader,
           JsonObject *object,
           const char *name)
{
  JsonNode *node = member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      reader_fail (reader, _("“%s” must be an array"), name);
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonObject *
array_object (Reader    *reader,
              JsonArray *array,
              guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      reader_fail (reader, _("must be an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

/* Sets a store-managed property (id, uuid, times) so that the record keeps it */
static void
keep (GObject    *object,
      const char *property,
      const char *value)
{
  if (value != NULL && g_object_class_find_property (G_OBJECT_GET_CLASS (object), property))
    g_object_set (object, property, value, NULL);
}

static void
remember (GHashTable *map,
          gint64      old_id,
          gint64      new_id)
{
  gint64 *key = g_new (gint64, 1);
  gint64 *value = g_new (gint64, 1);

  *key = old_id;
  *value = new_id;
  g_hash_table_insert (map, key, value);
}

static gint64
lookup (Reader     *reader,
        GHashTable *map,
        const char *what,
        gint64      old_id)
{
  gint64 *value = g_hash_table_lookup (map, &old_id);

  if (value == NULL)
    {
      reader_fail (reader, _("refers to %s %" PRId64 ", which the document does not hold"),
                   what, old_id);
      return 0;
    }

  return *value;
}

static gboolean
store_failed (Reader  *reader,
              GError  *error)
{
  if (error == NULL)
    return FALSE;

  if (reader->error == NULL)
    {
      reader->error = error;
      if (reader->where != NULL)
        g_prefix_error (&reader->error, "%s: ", reader->where);
    }
  else
    g_error_free (error);

  return TRUE;
}

static CorRelation
get_relation (Reader     *reader,
              JsonObject *object)
{
  const char *text = get_string (reader, object, "relation");
  CorRelation relation = 0;

  if (text == NULL || !cor_relation_from_string (text, &relation))
    reader_fail (reader, _("“relation” is not a known relation"));

  return relation;
}

static void
read_claim (Reader     *reader,
            JsonObject *object,
            gint64      article_id)
{
  g_autoptr(CorClaim) claim = cor_claim_new ();
  GError *error = NULL;
  gint64 old_id = get_int (reader, object, "id", 0);

  keep (G_OBJECT (claim), "uuid", get_string (reader, object, "uuid"));
  if (old_id > 0)
    g_object_set (claim, "id", old_id, NULL);
  cor_claim_set_article_id (claim, article_id);
  cor_claim_set_text (claim, get_string (reader, object, "text"));
  cor_claim_set_claimant (claim, get_string (reader, object, "claimant"));
  cor_claim_set_figure (claim, get_string (reader, object, "figure"));
  cor_claim_set_claim_date (claim, get_string (reader, object, "date"));

  if (reader->error != NULL)
    return;
  if (!cor_store_add_claim (reader->store, claim, &error))
    store_failed (reader, error);
  else
    remember (reader->claims, old_id, cor_claim_get_id (claim));
}

static void
read_article (Reader     *reader,
              JsonObject *object,
              guint       index)
{
  g_autoptr(CorArticle) article = cor_article_new ();
  GError *error = NULL;
  gint64 old_id = get_int (reader, object, "id", 0);
  JsonArray *claims;

  reader_at (reader, "articles", index);
  keep (G_OBJECT (article), "uuid", get_string (reader, object, "uuid"));
  keep (G_OBJECT (article), "created", get_string (reader, object, "created"));
  keep (G_OBJECT (article), "updated", get_string (reader, object, "updated"));
  if (old_id > 0)
    g_object_set (article, "id", old_id, NULL);
  cor_article_set_title (article, get_string (reader, object, "title"));
  cor_article_set_url (article, get_string (reader, object, "url"));
  cor_article_set_outlet (article, get_string (reader, object, "outlet"));
  cor_article_set_author (article, get_string (reader, object, "author"));
  cor_article_set_published (article, get_string (reader, object, "published"));
  cor_article_set_language (article, get_string (reader, object, "language"));
  cor_article_set_summary (article, get_string (reader, object, "summary"));
  cor_article_set_archived_url (article, get_string (reader, object, "archived_url"));
  cor_article_set_reliability (article, get_string (reader, object, "reliability"));
  cor_article_set_notes (article, get_string (reader, object, "notes"));
  claims = get_array (reader, object, "claims");

  if (reader->error != NULL)
    return;
  if (!cor_store_add_article (reader->store, article, &error))
    {
      store_failed (reader, error);
      return;
    }
  remember (reader->articles, old_id, cor_article_get_id (article));

  for (guint i = 0; claims != NULL && i < json_array_get_length (claims) && !reader->error; i++)
    {
      JsonObject *claim = array_object (reader, claims, i);

      if (claim != NULL)
        read_claim (reader, claim, cor_article_get_id (article));
    }
}

static void
read_clip (Reader     *reader,
           JsonObject *object,
           guint       index)
{
  g_autoptr(CorClip) clip = cor_clip_new ();
  GError *error = NULL;
  gint64 old_id = get_int (reader, object, "id", 0);
  const char *kind = get_string (reader, object, "kind");
  JsonNode *tags = member (object, "tags");

  reader_at (reader, "clips", index);
  keep (G_OBJECT (clip), "uuid", get_string (reader, object, "uuid"));
  keep (G_OBJECT (clip), "imported", get_string (reader, object, "imported"));
  if (old_id > 0)
    g_object_set (clip, "id", old_id, NULL);
  cor_clip_set_title (clip, get_string (reader, object, "title"));
  cor_clip_set_path (clip, get_string (reader, object, "path"));
  cor_clip_set_relative_path (clip, get_string (reader, object, "relative_path"));
  cor_clip_set_size (clip, get_int (reader, object, "size", 0));
  cor_clip_set_sha256 (clip, get_string (reader, object, "sha256"));
  cor_clip_set_kind (clip, g_strcmp0 (kind, "video") == 0   ? COR_CLIP_KIND_VIDEO
                           : g_strcmp0 (kind, "audio") == 0 ? COR_CLIP_KIND_AUDIO
                                                            : COR_CLIP_KIND_UNKNOWN);
  cor_clip_set_duration_ns (clip, get_int (reader, object, "duration_ns", -1));
  cor_clip_set_size_px (clip, (int) get_int (reader, object, "width", 0),
                        (int) get_int (reader, object, "height", 0));
  cor_clip_set_frame_rate (clip, (int) get_int (reader, object, "fps_n", 0),
                           (int) get_int (reader, object, "fps_d", 0));
  cor_clip_set_video_codec (clip, get_string (reader, object, "video_codec"));
  cor_clip_set_audio_codec (clip, get_string (reader, object, "audio_codec"));
  cor_clip_set_container (clip, get_string (reader, object, "container"));
  if (tags != NULL && JSON_NODE_HOLDS_OBJECT (tags))
    {
      g_autofree char *text = json_to_string (tags, FALSE);
      cor_clip_set_tags_json (clip, text);
    }
  else if (tags != NULL && !JSON_NODE_HOLDS_NULL (tags))
    cor_clip_set_tags_json (clip, get_string (reader, object, "tags"));
  cor_clip_set_media_created (clip, get_string (reader, object, "media_created"));
  cor_clip_set_origin (clip, get_string (reader, object, "origin"));
  cor_clip_set_source_url (clip, get_string (reader, object, "source_url"));
  cor_clip_set_first_seen (clip, get_string (reader, object, "first_seen"));
  cor_clip_set_notes (clip, get_string (reader, object, "notes"));

  if (reader->error != NULL)
    return;
  if (!cor_store_add_clip (reader->store, clip, &error))
    store_failed (reader, error);
  else
    remember (reader->clips, old_id, cor_clip_get_id (clip));
}

static void
read_annotation (Reader     *reader,
                 JsonObject *object,
                 guint       index)
{
  g_autoptr(CorAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  GError *error = NULL;
  gint64 old_id = get_int (reader, object, "id", 0);
  const char *kind_text = get_string (reader, object, "kind");
  const char *confidence_text = get_string (reader, object, "confidence");
  CorAnnotationKind kind = COR_ANNOTATION_KIND_NOTE;
  CorConfidence confidence = COR_CONFIDENCE_UNASSESSED;
  JsonArray *tag_array;
  double latitude = 0, longitude = 0, precision = 0;

  reader_at (reader, "annotations", index);
  if (kind_text == NULL || !cor_annotation_kind_from_string (kind_text, &kind))
    reader_fail (reader, _("“kind” is not a known kind"));
  if (confidence_text != NULL && !cor_confidence_from_string (confidence_text, &confidence, NULL))
    reader_fail (reader, _("“confidence” is not a known confidence"));

  annotation = cor_annotation_new (kind);
  keep (G_OBJECT (annotation), "uuid", get_string (reader, object, "uuid"));
  keep (G_OBJECT (annotation), "created", get_string (reader, object, "created"));
  keep (G_OBJECT (annotation), "updated", get_string (reader, object, "updated"));
  if (old_id > 0)
    g_object_set (annotation, "id", old_id, NULL);
  cor_annotation_set_clip_id (annotation, lookup (reader, reader->clips, "clip",
                                                  get_int (reader, object, "clip_id", 0)));
  cor_annotation_set_start_ns (annotation, get_int (reader, object, "start_ns", 0));
  cor_annotation_set_end_ns (annotation, get_int (reader, object, "end_ns", -1));
  cor_annotation_set_language (annotation, get_string (reader, object, "language"));
  cor_annotation_set_dialect (annotation, get_string (reader, object, "dialect"));
  cor_annotation_set_speaker (annotation, get_string (reader, object, "speaker"));
  cor_annotation_set_transcript (annotation, get_string (reader, object, "transcript"));
  cor_annotation_set_translation (annotation, get_string (reader, object, "translation"));
  cor_annotation_set_translated_by (annotation, get_string (reader, object, "translated_by"));
  cor_annotation_set_maker (annotation, get_string (reader, object, "maker"));
  cor_annotation_set_item (annotation, get_string (reader, object, "item"));
  cor_annotation_set_markings (annotation, get_string (reader, object, "markings"));
  cor_annotation_set_place (annotation, get_string (reader, object, "place"));
  if (get_double (reader, object, "latitude", &latitude)
      && get_double (reader, object, "longitude", &longitude))
    cor_annotation_set_coordinates (annotation, latitude, longitude);
  if (get_double (reader, object, "precision_m", &precision))
    cor_annotation_set_precision_m (annotation, precision);
  cor_annotation_set_method (annotation, get_string (reader, object, "method"));
  cor_annotation_set_geolocated_by (annotation, get_string (reader, object, "geolocated_by"));
  cor_annotation_set_confidence (annotation, confidence);
  cor_annotation_set_analyst (annotation, get_string (reader, object, "analyst"));
  cor_annotation_set_note (annotation, get_string (reader, object, "note"));

  tag_array = get_array (reader, object, "tags");
  for (guint i = 0; tag_array != NULL && i < json_array_get_length (tag_array); i++)
    {
      JsonNode *node = json_array_get_element (tag_array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (tags, (gpointer) json_node_get_string (node));
      else
        reader_fail (reader, _("“tags” must hold strings"));
    }
  g_ptr_array_add (tags, NULL);
  cor_annotation_set_tags (annotation, (const char * const *) tags->pdata);

  if (reader->error != NULL)
    return;
  if (!cor_store_add_annotation (reader->store, annotation, &error))
    store_failed (reader, error);
  else
    remember (reader->annotations, old_id, cor_annotation_get_id (annotation));
}

static void
read_snapshot (Reader     *reader,
               JsonObject *object,
               guint       index)
{
  g_autoptr(CorSnapshot) snapshot = cor_snapshot_new ();
  g_autoptr(GBytes) png = NULL;
  GError *error = NULL;
  const char *base64 = get_string (reader, object, "png_base64");
  gint64 annotation_id = get_int (reader, object, "annotation_id", 0);
  gint64 old_id = get_int (reader, object, "id", 0);
  gsize size = 0;
  guchar *data;

  reader_at (reader, "snapshots", index);
  keep (G_OBJECT (snapshot), "uuid", get_string (reader, object, "uuid"));
  keep (G_OBJECT (snapshot), "created", get_string (reader, object, "created"));
  if (old_id > 0)
    g_object_set (snapshot, "id", old_id, NULL);
  cor_snapshot_set_clip_id (snapshot, lookup (reader, reader->clips, "clip",
                                              get_int (reader, object, "clip_id", 0)));
  if (annotation_id > 0)
    cor_snapshot_set_annotation_id (snapshot, lookup (reader, reader->annotations, "annotation",
                                                      annotation_id));
  cor_snapshot_set_position_ns (snapshot, get_int (reader, object, "position_ns", 0));
  cor_snapshot_set_frame (snapshot, get_int (reader, object, "frame", 0));
  cor_snapshot_set_size_px (snapshot, (int) get_int (reader, object, "width", 0),
                            (int) get_int (reader, object, "height", 0));

  if (base64 == NULL)
    reader_fail (reader, _("“png_base64” is missing"));
  if (reader->error != NULL)
    return;

  data = g_base64_decode (base64, &size);
  if (size < 8 || memcmp (data, "\x89PNG\r\n\x1a\n", 8) != 0)
    {
      g_free (data);
      reader_fail (reader, _("“png_base64” does not hold a PNG image"));
      return;
    }
  png = g_bytes_new_take (data, size);

  if (!cor_store_add_snapshot (reader->store, snapshot, png, &error))
    store_failed (reader, error);
}

/* Reads the array @name of @root and calls @read_one for each object */
static void
read_records (Reader      *reader,
              JsonObject  *root,
              const char  *name,
              void       (*read_one) (Reader *, JsonObject *, guint))
{
  JsonArray *array;

  reader->where = NULL;
  array = get_array (reader, root, name);
  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !reader->error; i++)
    {
      JsonObject *object;

      reader_at (reader, name, i);
      object = array_object (reader, array, i);
      if (object != NULL)
        read_one (reader, object, i);
    }
}

static void
read_links (Reader     *reader,
            JsonObject *root,
            const char *name)
{
  JsonArray *array;

  reader->where = NULL;
  array = get_array (reader, root, name);
  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !reader->error; i++)
    {
      JsonObject *object;
      CorRelation relation;
      GError *error = NULL;
      gboolean ok = TRUE;

      reader_at (reader, name, i);
      object = array_object (reader, array, i);
      if (object == NULL)
        break;
      relation = get_relation (reader, object);

      if (g_str_equal (name, "article_clips"))
        {
          gint64 a = lookup (reader, reader->articles, "article",
                             get_int (reader, object, "article_id", 0));
          gint64 c = lookup (reader, reader->clips, "clip", get_int (reader, object, "clip_id", 0));

          if (reader->error == NULL)
            ok = cor_store_link_article_clip (reader->store, a, c, relation, &error);
        }
      else if (g_str_equal (name, "annotation_articles"))
        {
          gint64 n = lookup (reader, reader->annotations, "annotation",
                             get_int (reader, object, "annotation_id", 0));
          gint64 a = lookup (reader, reader->articles, "article",
                             get_int (reader, object, "article_id", 0));

          if (reader->error == NULL)
            ok = cor_store_link_annotation_article (reader->store, n, a, relation, &error);
        }
      else
        {
          gint64 c = lookup (reader, reader->claims, "claim",
                             get_int (reader, object, "claim_id", 0));
          gint64 n = lookup (reader, reader->annotations, "annotation",
                             get_int (reader, object, "annotation_id", 0));

          if (reader->error == NULL)
            ok = cor_store_link_claim_annotation (reader->store, c, n, relation, &error);
        }

      if (!ok)
        store_failed (reader, error);
    }
}

static void
remove_case_files (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static JsonObject *
check_document (JsonParser  *parser,
                GError     **error)
{
  JsonNode *root = json_parser_get_root (parser);
  JsonObject *object;
  JsonNode *format, *version;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    goto invalid;

  object = json_node_get_object (root);
  format = member (object, "format");
  version = member (object, "version");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format)
      || json_node_get_value_type (format) != G_TYPE_STRING
      || g_strcmp0 (json_node_get_string (format), COR_CASE_JSON_FORMAT) != 0
      || version == NULL || !JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64)
    goto invalid;

  if (json_node_get_int (version) > COR_CASE_JSON_VERSION || json_node_get_int (version) < 1)
    {
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                   _("version %" PRId64 " of the case document is newer than this "
                     "Corroborate reads (%d)"), json_node_get_int (version), COR_CASE_JSON_VERSION);
      return NULL;
    }

  if (member (object, "case") == NULL || !JSON_NODE_HOLDS_OBJECT (member (object, "case")))
    goto invalid;

  return object;

invalid:
  g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
               _("not a Corroborate case document (“format”: “%s”, “version”: %d)"),
               COR_CASE_JSON_FORMAT, COR_CASE_JSON_VERSION);
  return NULL;
}

/* Public API */

CorStore *
cor_json_import_case (const char  *json_path,
                      const char  *case_path,
                      const char  *analyst,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *random = NULL;
  JsonObject *root;
  JsonObject *info;
  Reader reader = { 0 };
  const char *title;

  g_return_val_if_fail (json_path != NULL, NULL);
  g_return_val_if_fail (case_path != NULL, NULL);

  if (!json_parser_load_from_file (parser, json_path, &local_error))
    {
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID, "%s", local_error->message);
      return NULL;
    }

  root = check_document (parser, error);
  if (root == NULL)
    return NULL;

  info = json_node_get_object (member (root, "case"));
  title = get_string (&reader, info, "title");
  if (reader.error != NULL || title == NULL)
    {
      g_clear_error (&reader.error);
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_INVALID,
                   _("case: “title” must be a string"));
      return NULL;
    }

  if (g_file_test (case_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_EXISTS, _("%s already exists"),
                   case_path);
      return NULL;
    }

  dir = g_path_get_dirname (case_path);
  base = g_path_get_basename (case_path);
  random = g_uuid_string_random ();
  tmp_path = g_strdup_printf ("%s%c.%s.%.8s.importing", dir, G_DIR_SEPARATOR, base, random);

  store = cor_store_create (tmp_path, title, analyst, error);
  if (store == NULL)
    return NULL;

  reader.store = store;
  reader.articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  reader.claims = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  reader.clips = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  reader.annotations = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  if (!cor_store_update_case_info (store, title, get_string (&reader, info, "description"),
                                   get_string (&reader, info, "methodology"), &local_error))
    store_failed (&reader, g_steal_pointer (&local_error));

  if (reader.error == NULL && !cor_store_begin_bulk (store, &local_error))
    store_failed (&reader, g_steal_pointer (&local_error));

  if (reader.error == NULL)
    {
      read_records (&reader, root, "articles", read_article);
      read_records (&reader, root, "clips", read_clip);
      read_links (&reader, root, "article_clips");
      read_records (&reader, root, "annotations", read_annotation);
      read_links (&reader, root, "annotation_articles");
      read_links (&reader, root, "claim_annotations");
      read_records (&reader, root, "snapshots", read_snapshot);

      if (reader.error == NULL && !cor_store_end_bulk (store, TRUE, &local_error))
        store_failed (&reader, g_steal_pointer (&local_error));
      else if (reader.error != NULL)
        cor_store_end_bulk (store, FALSE, NULL);
    }

  g_clear_pointer (&reader.articles, g_hash_table_unref);
  g_clear_pointer (&reader.claims, g_hash_table_unref);
  g_clear_pointer (&reader.clips, g_hash_table_unref);
  g_clear_pointer (&reader.annotations, g_hash_table_unref);
  g_clear_pointer (&reader.where_buf, g_free);
  g_clear_object (&store);

  if (reader.error != NULL)
    {
      remove_case_files (tmp_path);
      g_propagate_error (error, reader.error);
      return NULL;
    }

  if (g_file_test (case_path, G_FILE_TEST_EXISTS) || g_rename (tmp_path, case_path) != 0)
    {
      int saved_errno = g_file_test (case_path, G_FILE_TEST_EXISTS) ? EEXIST : errno;

      remove_case_files (tmp_path);
      g_set_error (error, COR_REPORT_ERROR, COR_REPORT_ERROR_WRITE, _("Cannot write %s: %s"),
                   case_path, g_strerror (saved_errno));
      return NULL;
    }

  return cor_store_open (case_path, COR_STORE_OPEN_DEFAULT, error);
}
