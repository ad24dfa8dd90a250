/* cor-store-annotations.c — observations and their stills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "cor-store-private.h"
#include "cor-time.h"

/* Tags are a JSON array of strings */

static char *
tags_to_json (const char * const *tags)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (tags == NULL || tags[0] == NULL)
    return g_strdup ("[]");

  builder = json_builder_new ();
  json_builder_begin_array (builder);
  for (guint i = 0; tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static GStrv
tags_from_json (const char *json)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (json == NULL || g_str_equal (json, "[]"))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    return NULL;

  builder = g_strv_builder_new ();
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (node));
    }

  return g_strv_builder_end (builder);
}

/* Annotations */

gpointer
cor_store_read_annotation (sqlite3_stmt *stmt)
{
  CorAnnotation *a = cor_annotation_new (sqlite3_column_int (stmt, 5));
  g_auto(GStrv) tags = NULL;

  cor_annotation_set_id (a, sqlite3_column_int64 (stmt, 0));
  cor_annotation_set_uuid (a, cor_store_column_text (stmt, 1));
  cor_annotation_set_clip_id (a, sqlite3_column_int64 (stmt, 2));
  cor_annotation_set_start_ns (a, sqlite3_column_int64 (stmt, 3));
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    cor_annotation_set_end_ns (a, sqlite3_column_int64 (stmt, 4));
  cor_annotation_set_language (a, cor_store_column_text (stmt, 6));
  cor_annotation_set_dialect (a, cor_store_column_text (stmt, 7));
  cor_annotation_set_speaker (a, cor_store_column_text (stmt, 8));
  cor_annotation_set_transcript (a, cor_store_column_text (stmt, 9));
  cor_annotation_set_translation (a, cor_store_column_text (stmt, 10));
  cor_annotation_set_translated_by (a, cor_store_column_text (stmt, 11));
  cor_annotation_set_maker (a, cor_store_column_text (stmt, 12));
  cor_annotation_set_item (a, cor_store_column_text (stmt, 13));
  cor_annotation_set_markings (a, cor_store_column_text (stmt, 14));
  cor_annotation_set_place (a, cor_store_column_text (stmt, 15));
  if (sqlite3_column_type (stmt, 16) != SQLITE_NULL)
    cor_annotation_set_coordinates (a, sqlite3_column_double (stmt, 16),
                                    sqlite3_column_double (stmt, 17));
  cor_annotation_set_precision_m (a, sqlite3_column_double (stmt, 18));
  cor_annotation_set_method (a, cor_store_column_text (stmt, 19));
  cor_annotation_set_geolocated_by (a, cor_store_column_text (stmt, 20));
  cor_annotation_set_confidence (a, sqlite3_column_int (stmt, 21));
  cor_annotation_set_analyst (a, cor_store_column_text (stmt, 22));
  cor_annotation_set_note (a, cor_store_column_text (stmt, 23));
  tags = tags_from_json (cor_store_column_text (stmt, 24));
  if (tags != NULL)
    cor_annotation_set_tags (a, (const char * const *) tags);
  cor_annotation_set_created (a, cor_store_column_text (stmt, 25));
  cor_annotation_set_updated (a, cor_store_column_text (stmt, 26));

  return a;
}

static gboolean
validate_annotation (CorStore       *self,
                     CorAnnotation  *a,
                     GError        **error)
{
  CorAnnotationKind kind = cor_annotation_get_kind (a);
  gint64 start_ns = cor_annotation_get_start_ns (a);
  gint64 end_ns = cor_annotation_get_end_ns (a);
  int confidence = (int) cor_annotation_get_confidence (a);
  double precision_m = cor_annotation_get_precision_m (a);
  const char * const *tags = cor_annotation_get_tags (a);

  if (kind < COR_ANNOTATION_KIND_LANGUAGE || kind > COR_ANNOTATION_KIND_NOTE)
    return cor_store_invalid (error, _("Kind %d is not one of language, uniform, location or "
                                       "note."), (int) kind);
  if (start_ns < 0)
    {
      g_autofree char *text = cor_time_format (start_ns);
      return cor_store_invalid (error, _("Start time %s is negative."), text);
    }
  if (end_ns < -1)
    {
      g_autofree char *text = cor_time_format (end_ns);
      return cor_store_invalid (error, _("End time %s is negative."), text);
    }
  if (end_ns >= 0 && end_ns < start_ns)
    {
      g_autofree char *end = cor_time_format (end_ns);
      g_autofree char *start = cor_time_format (start_ns);
      return cor_store_invalid (error, _("End time %s is before start time %s."), end, start);
    }
  if (cor_annotation_get_has_coordinates (a))
    {
      double latitude = cor_annotation_get_latitude (a);
      double longitude = cor_annotation_get_longitude (a);

      if (!isfinite (latitude) || latitude < -90.0 || latitude > 90.0)
        return cor_store_invalid (error, _("Latitude %g is outside −90…90."), latitude);
      if (!isfinite (longitude) || longitude < -180.0 || longitude > 180.0)
        return cor_store_invalid (error, _("Longitude %g is outside −180…180."), longitude);
    }
  if (!isfinite (precision_m) || precision_m < 0)
    return cor_store_invalid (error, _("Precision radius %g m is negative."), precision_m);
  if (confidence < COR_CONFIDENCE_UNASSESSED || confidence > COR_CONFIDENCE_LAST)
    return cor_store_invalid (error, _("Confidence %d is outside 0…5."), confidence);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (!cor_store_has_text (tags[i]))
      return cor_store_invalid (error, _("A tag cannot be empty."));
  if (!cor_store_valid_language (cor_annotation_get_language (a), error))
    return FALSE;

  /* The typed fields may all be empty: an observation is pinned first (a key press at the frame
   * on screen) and described after; the CLI asks for its kind's main field itself. */

  return cor_store_require (self, "clips", cor_annotation_get_clip_id (a), error);
}

/* Binds all but the analyst (?23) */
static void
bind_annotation (sqlite3_stmt *stmt,
                 gpointer      record)
{
  CorAnnotation *a = record;
  g_autofree char *tags = tags_to_json (cor_annotation_get_tags (a));

  sqlite3_bind_int64 (stmt, 3, cor_annotation_get_clip_id (a));
  sqlite3_bind_int64 (stmt, 4, cor_annotation_get_start_ns (a));
  if (cor_annotation_get_end_ns (a) >= 0)
    sqlite3_bind_int64 (stmt, 5, cor_annotation_get_end_ns (a));
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_int (stmt, 6, cor_annotation_get_kind (a));
  cor_store_bind_text (stmt, 7, cor_annotation_get_language (a));
  cor_store_bind_text (stmt, 8, cor_annotation_get_dialect (a));
  cor_store_bind_text (stmt, 9, cor_annotation_get_speaker (a));
  cor_store_bind_text (stmt, 10, cor_annotation_get_transcript (a));
  cor_store_bind_text (stmt, 11, cor_annotation_get_translation (a));
  cor_store_bind_text (stmt, 12, cor_annotation_get_translated_by (a));
  cor_store_bind_text (stmt, 13, cor_annotation_get_maker (a));
  cor_store_bind_text (stmt, 14, cor_annotation_get_item (a));
  cor_store_bind_text (stmt, 15, cor_annotation_get_markings (a));
  cor_store_bind_text (stmt, 16, cor_annotation_get_place (a));
  if (cor_annotation_get_has_coordinates (a))
    {
      sqlite3_bind_double (stmt, 17, cor_annotation_get_latitude (a));
      sqlite3_bind_double (stmt, 18, cor_annotation_get_longitude (a));
    }
  else
    {
      sqlite3_bind_null (stmt, 17);
      sqlite3_bind_null (stmt, 18);
    }
  sqlite3_bind_double (stmt, 19, cor_annotation_get_precision_m (a));
  cor_store_bind_text (stmt, 20, cor_annotation_get_method (a));
  cor_store_bind_text (stmt, 21, cor_annotation_get_geolocated_by (a));
  sqlite3_bind_int (stmt, 22, cor_annotation_get_confidence (a));
  cor_store_bind_text (stmt, 24, cor_annotation_get_note (a));
  cor_store_bind_text (stmt, 25, tags);
}

gboolean
cor_store_add_annotation (CorStore       *self,
                          CorAnnotation  *annotation,
                          GError        **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *now = cor_store_now ();
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;
  const char *analyst;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_ANNOTATION (annotation), FALSE);

  /* A record that comes with its times (an import, an undo) keeps them */
  if (!(uuid = cor_store_keep_uuid (cor_annotation_get_uuid (annotation), error)) ||
      !(created = cor_store_keep_time (cor_annotation_get_created (annotation), now, "created",
                                       error)) ||
      !(updated = cor_store_keep_time (cor_annotation_get_updated (annotation), created,
                                       "updated", error)) ||
      !cor_store_write_begin (self, error))
    return FALSE;

  analyst = cor_annotation_get_analyst (annotation) != NULL ?
            cor_annotation_get_analyst (annotation) : self->analyst;
  ok = validate_annotation (self, annotation, error) &&
       cor_store_write_row (self, "annotations", COR_STORE_CHANGE_INSERT,
                            "INSERT INTO annotations (" COR_ANNOTATION_COLUMNS ") "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                            "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
                            "?23, ?24, ?25, ?26, ?27)",
                            cor_annotation_get_id (annotation), uuid, bind_annotation, annotation,
                            (const CorStoreText[]) { { 23, analyst }, { 26, created },
                                                     { 27, updated }, { 0 } },
                            &id, error);

  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_annotation_set_id (annotation, id);
  cor_annotation_set_uuid (annotation, uuid);
  if (cor_annotation_get_analyst (annotation) == NULL)
    cor_annotation_set_analyst (annotation, self->analyst);
  cor_annotation_set_created (annotation, created);
  cor_annotation_set_updated (annotation, updated);
  return TRUE;
}

gboolean
cor_store_update_annotation (CorStore       *self,
                             CorAnnotation  *annotation,
                             GError        **error)
{
  g_autofree char *now = cor_store_now ();
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_ANNOTATION (annotation), FALSE);

  id = cor_annotation_get_id (annotation);
  if (!cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, "annotations", id, error) &&
       validate_annotation (self, annotation, error) &&
       cor_store_write_row (self, "annotations", COR_STORE_CHANGE_UPDATE,
                            "UPDATE annotations SET clip_id = ?3, start_ns = ?4, "
                            "end_ns = ?5, kind = ?6, language = ?7, dialect = ?8, "
                            "speaker = ?9, transcript = ?10, translation = ?11, "
                            "translated_by = ?12, maker = ?13, item = ?14, "
                            "markings = ?15, place = ?16, latitude = ?17, "
                            "longitude = ?18, precision_m = ?19, method = ?20, "
                            "geolocated_by = ?21, confidence = ?22, analyst = ?23, "
                            "note = ?24, tags = ?25, updated = ?26 WHERE id = ?1",
                            id, NULL, bind_annotation, annotation,
                            (const CorStoreText[]) {
                              { 23, cor_annotation_get_analyst (annotation) },
                              { 26, now }, { 0 } },
                            NULL, error);

  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_annotation_set_updated (annotation, now);
  return TRUE;
}

gboolean
cor_store_delete_annotation (CorStore  *self,
                             gint64     id,
                             GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, "annotations", id, error) &&
       cor_store_queue_cascade (self, "snapshots",
                                "SELECT id FROM snapshots WHERE annotation_id = ?", id, error) &&
       cor_store_delete_row (self, "annotations", id, error);
  if (ok)
    {
      cor_store_queue_change (self, "annotation_articles", 0, COR_STORE_CHANGE_RESET);
      cor_store_queue_change (self, "claim_annotations", 0, COR_STORE_CHANGE_RESET);
    }

  return cor_store_write_end (self, ok, error);
}

CorAnnotation *
cor_store_get_annotation (CorStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return cor_store_load_record (self, COR_RECORD_ANNOTATION, id, error);
}

gint64
cor_store_count_annotations (CorStore *self,
                             gint64    clip_id)
{
  g_autoptr(CorStmt) stmt = NULL;

  g_return_val_if_fail (COR_IS_STORE (self), 0);

  stmt = cor_store_prepare (self, clip_id != 0
                                  ? "SELECT count(*) FROM annotations WHERE clip_id = ?"
                                  : "SELECT count(*) FROM annotations", NULL);
  if (stmt == NULL)
    return 0;
  if (clip_id != 0)
    sqlite3_bind_int64 (stmt, 1, clip_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Snapshots */

gpointer
cor_store_read_snapshot (sqlite3_stmt *stmt)
{
  CorSnapshot *snapshot = cor_snapshot_new ();

  cor_snapshot_set_id (snapshot, sqlite3_column_int64 (stmt, 0));
  cor_snapshot_set_uuid (snapshot, cor_store_column_text (stmt, 1));
  cor_snapshot_set_clip_id (snapshot, sqlite3_column_int64 (stmt, 2));
  cor_snapshot_set_annotation_id (snapshot, sqlite3_column_int64 (stmt, 3));
  cor_snapshot_set_position_ns (snapshot, sqlite3_column_int64 (stmt, 4));
  cor_snapshot_set_frame (snapshot, sqlite3_column_int64 (stmt, 5));
  cor_snapshot_set_size_px (snapshot, sqlite3_column_int (stmt, 6), sqlite3_column_int (stmt, 7));
  cor_snapshot_set_created (snapshot, cor_store_column_text (stmt, 8));

  return snapshot;
}

static gboolean
validate_snapshot (CorStore     *self,
                   CorSnapshot  *snapshot,
                   GBytes       *png,
                   GError      **error)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gint64 clip_id = cor_snapshot_get_clip_id (snapshot);
  gint64 annotation_id = cor_snapshot_get_annotation_id (snapshot);
  gsize size = 0;
  const guint8 *data = png != NULL ? g_bytes_get_data (png, &size) : NULL;

  if (data == NULL || size < sizeof signature || memcmp (data, signature, sizeof signature) != 0)
    return cor_store_invalid (error, _("The still is not a PNG image."));
  if (cor_snapshot_get_position_ns (snapshot) < 0)
    {
      g_autofree char *text = cor_time_format (cor_snapshot_get_position_ns (snapshot));
      return cor_store_invalid (error, _("Still position %s is negative."), text);
    }
  if (cor_snapshot_get_frame (snapshot) < -1)
    return cor_store_invalid (error, _("Frame number %" PRId64 " is negative."),
                              cor_snapshot_get_frame (snapshot));
  if (cor_snapshot_get_width (snapshot) < 0 || cor_snapshot_get_height (snapshot) < 0)
    return cor_store_invalid (error, _("Still size %d×%d is negative."),
                              cor_snapshot_get_width (snapshot),
                              cor_snapshot_get_height (snapshot));
  if (!cor_store_require (self, "clips", clip_id, error))
    return FALSE;
  if (annotation_id != 0)
    {
      g_autoptr(CorAnnotation) annotation = NULL;

      annotation = cor_store_load_record (self, COR_RECORD_ANNOTATION, annotation_id, error);
      if (annotation == NULL)
        return FALSE;
      if (cor_annotation_get_clip_id (annotation) != clip_id)
        return cor_store_invalid (error, _("Observation %" PRId64 " is on clip %"
                                           PRId64 ", not on clip %" PRId64 "."),
                                  annotation_id, cor_annotation_get_clip_id (annotation), clip_id);
    }

  return TRUE;
}

gboolean
cor_store_add_snapshot (CorStore     *self,
                        CorSnapshot  *snapshot,
                        GBytes       *png,
                        GError      **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = cor_store_now ();
  g_autofree char *created = NULL;
  gint64 id = 0;
  gsize size;
  gconstpointer data;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_SNAPSHOT (snapshot), FALSE);

  if (!(uuid = cor_store_keep_uuid (cor_snapshot_get_uuid (snapshot), error)) ||
      !(created = cor_store_keep_time (cor_snapshot_get_created (snapshot), now, "created",
                                       error)) ||
      !cor_store_write_begin (self, error))
    return FALSE;

  ok = validate_snapshot (self, snapshot, png, error);
  if (ok)
    {
      stmt = cor_store_prepare (self, "INSERT INTO snapshots (id, uuid, clip_id, annotation_id, "
                                      "position_ns, frame, width, height, png, created) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      if (cor_snapshot_get_id (snapshot) > 0)
        sqlite3_bind_int64 (stmt, 1, cor_snapshot_get_id (snapshot));
      cor_store_bind_text (stmt, 2, uuid);
      sqlite3_bind_int64 (stmt, 3, cor_snapshot_get_clip_id (snapshot));
      if (cor_snapshot_get_annotation_id (snapshot) > 0)
        sqlite3_bind_int64 (stmt, 4, cor_snapshot_get_annotation_id (snapshot));
      sqlite3_bind_int64 (stmt, 5, cor_snapshot_get_position_ns (snapshot));
      sqlite3_bind_int64 (stmt, 6, cor_snapshot_get_frame (snapshot));
      sqlite3_bind_int (stmt, 7, cor_snapshot_get_width (snapshot));
      sqlite3_bind_int (stmt, 8, cor_snapshot_get_height (snapshot));
      data = g_bytes_get_data (png, &size);
      sqlite3_bind_blob64 (stmt, 9, data, size, SQLITE_STATIC);
      cor_store_bind_text (stmt, 10, created);
      ok = cor_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (self->db);
    }
  g_clear_pointer (&stmt, cor_stmt_release);
  if (ok)
    cor_store_queue_change (self, "snapshots", id, COR_STORE_CHANGE_INSERT);

  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_snapshot_set_id (snapshot, id);
  cor_snapshot_set_uuid (snapshot, uuid);
  cor_snapshot_set_created (snapshot, created);
  return TRUE;
}

gboolean
cor_store_delete_snapshot (CorStore  *self,
                           gint64     id,
                           GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!cor_store_write_begin (self, error))
    return FALSE;

  return cor_store_write_end (self, cor_store_delete_row (self, "snapshots", id, error), error);
}

CorSnapshot *
cor_store_get_snapshot (CorStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return cor_store_load_record (self, COR_RECORD_SNAPSHOT, id, error);
}

GBytes *
cor_store_load_snapshot_png (CorStore  *self,
                             gint64     id,
                             GError   **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (COR_IS_STORE (self), NULL);

  stmt = cor_store_prepare (self, "SELECT png FROM snapshots WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  if (rc == SQLITE_DONE)
    cor_store_require (self, "snapshots", id, error);
  else
    cor_store_set_sql_error (self, error, _("Could not read the case"));
  return NULL;
}
