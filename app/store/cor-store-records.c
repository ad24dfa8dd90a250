/* cor-store-records.c — articles, claims and clips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write validates in C first and refuses with COR_STORE_ERROR_INVALID and a sentence
 * that names the field; the schema's CHECK constraints are only the backstop.
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cor-store-private.h"


/* Articles */

CorArticle *
cor_store_read_article (sqlite3_stmt *stmt)
{
  CorArticle *article = cor_article_new ();

  cor_article_set_id (article, sqlite3_column_int64 (stmt, 0));
  cor_article_set_uuid (article, cor_store_column_text (stmt, 1));
  cor_article_set_url (article, cor_store_column_text (stmt, 2));
  cor_article_set_title (article, cor_store_column_text (stmt, 3));
  cor_article_set_outlet (article, cor_store_column_text (stmt, 4));
  cor_article_set_author (article, cor_store_column_text (stmt, 5));
  cor_article_set_published (article, cor_store_column_text (stmt, 6));
  cor_article_set_language (article, cor_store_column_text (stmt, 7));
  cor_article_set_summary (article, cor_store_column_text (stmt, 8));
  cor_article_set_archived_url (article, cor_store_column_text (stmt, 9));
  cor_article_set_reliability (article, cor_store_column_text (stmt, 10));
  cor_article_set_notes (article, cor_store_column_text (stmt, 11));
  cor_article_set_created (article, cor_store_column_text (stmt, 12));
  cor_article_set_updated (article, cor_store_column_text (stmt, 13));

  return article;
}

static gboolean
validate_article (CorArticle  *article,
                  GError     **error)
{
  const char *published = cor_article_get_published (article);
  const char *reliability = cor_article_get_reliability (article);

  if (!cor_store_has_text (cor_article_get_title (article)) &&
      !cor_store_has_text (cor_article_get_url (article)))
    return cor_store_invalid (error, _("An article needs a title or a URL."));
  if (published != NULL && !cor_store_valid_date (published))
    return cor_store_invalid (error, _("Published date “%s” is not a date like 2024-10-18, "
                                       "2024-10 or 2024."), published);
  if (reliability != NULL && !(strlen (reliability) == 1 && strchr ("ABCDEF", reliability[0])))
    return cor_store_invalid (error, _("Reliability “%s” is not one of A, B, C, D, E or F."),
                              reliability);
  return cor_store_valid_language (cor_article_get_language (article), error);
}

static void
bind_article (sqlite3_stmt *stmt,
              gpointer      record)
{
  CorArticle *article = record;

  cor_store_bind_text (stmt, 3, cor_article_get_url (article));
  cor_store_bind_text (stmt, 4, cor_article_get_title (article));
  cor_store_bind_text (stmt, 5, cor_article_get_outlet (article));
  cor_store_bind_text (stmt, 6, cor_article_get_author (article));
  cor_store_bind_text (stmt, 7, cor_article_get_published (article));
  cor_store_bind_text (stmt, 8, cor_article_get_language (article));
  cor_store_bind_text (stmt, 9, cor_article_get_summary (article));
  cor_store_bind_text (stmt, 10, cor_article_get_archived_url (article));
  cor_store_bind_text (stmt, 11, cor_article_get_reliability (article));
  cor_store_bind_text (stmt, 12, cor_article_get_notes (article));
}

gboolean
cor_store_add_article (CorStore    *self,
                       CorArticle  *article,
                       GError     **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *now = cor_store_now ();
  g_autofree char *created = NULL;
  g_autofree char *updated = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_ARTICLE (article), FALSE);

  /* A record that comes with its times (an import, an undo) keeps them */
  if (!validate_article (article, error) ||
      !(uuid = cor_store_keep_uuid (cor_article_get_uuid (article), error)) ||
      !(created = cor_store_keep_time (cor_article_get_created (article), now, "created",
                                       error)) ||
      !(updated = cor_store_keep_time (cor_article_get_updated (article), created, "updated",
                                       error)) ||
      !cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_write_row (self, "articles", COR_STORE_CHANGE_INSERT,
                            "INSERT INTO articles (" COR_ARTICLE_COLUMNS ") VALUES "
                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                            cor_article_get_id (article), uuid, bind_article, article,
                            (const CorStoreText[]) { { 13, created }, { 14, updated }, { 0 } },
                            &id, error);

  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_article_set_id (article, id);
  cor_article_set_uuid (article, uuid);
  cor_article_set_created (article, created);
  cor_article_set_updated (article, updated);
  return TRUE;
}

gboolean
cor_store_update_article (CorStore    *self,
                          CorArticle  *article,
                          GError     **error)
{
  g_autofree char *now = cor_store_now ();
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_ARTICLE (article), FALSE);

  id = cor_article_get_id (article);
  if (!validate_article (article, error) || !cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, "articles", id, error) &&
       cor_store_write_row (self, "articles", COR_STORE_CHANGE_UPDATE,
                            "UPDATE articles SET url = ?3, title = ?4, outlet = ?5, "
                            "author = ?6, published = ?7, language = ?8, summary = ?9, "
                            "archived_url = ?10, reliability = ?11, notes = ?12, "
                            "updated = ?13 WHERE id = ?1",
                            id, NULL, bind_article, article,
                            (const CorStoreText[]) { { 13, now }, { 0 } }, NULL, error);

  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_article_set_updated (article, now);
  return TRUE;
}

gboolean
cor_store_delete_article (CorStore  *self,
                          gint64     id,
                          GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, "articles", id, error) &&
       cor_store_queue_cascade (self, "claims", "SELECT id FROM claims WHERE article_id = ?",
                                id, error) &&
       cor_store_delete_row (self, "articles", id, error);
  if (ok)
    {
      cor_store_queue_change (self, "article_clips", 0, COR_STORE_CHANGE_RESET);
      cor_store_queue_change (self, "annotation_articles", 0, COR_STORE_CHANGE_RESET);
      cor_store_queue_change (self, "claim_annotations", 0, COR_STORE_CHANGE_RESET);
    }

  return cor_store_write_end (self, ok, error);
}

CorArticle *
cor_store_get_article (CorStore  *self,
                       gint64     id,
                       GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return cor_store_load_record (self, COR_RECORD_ARTICLE, id, error);
}

/* Claims */

CorClaim *
cor_store_read_claim (sqlite3_stmt *stmt)
{
  CorClaim *claim = cor_claim_new ();

  cor_claim_set_id (claim, sqlite3_column_int64 (stmt, 0));
  cor_claim_set_uuid (claim, cor_store_column_text (stmt, 1));
  cor_claim_set_article_id (claim, sqlite3_column_int64 (stmt, 2));
  cor_claim_set_text (claim, cor_store_column_text (stmt, 3));
  cor_claim_set_claimant (claim, cor_store_column_text (stmt, 4));
  cor_claim_set_figure (claim, cor_store_column_text (stmt, 5));
  cor_claim_set_claim_date (claim, cor_store_column_text (stmt, 6));

  return claim;
}

static gboolean
validate_claim (CorStore  *self,
                CorClaim  *claim,
                GError   **error)
{
  gint64 article_id = cor_claim_get_article_id (claim);

  if (!cor_store_has_text (cor_claim_get_text (claim)))
    return cor_store_invalid (error, _("A claim needs its text."));
  if (article_id < 0)
    return cor_store_invalid (error, _("Article id %" PRId64 " is not valid."),
                              article_id);
  return article_id == 0 || cor_store_require (self, "articles", article_id, error);
}

static void
bind_claim (sqlite3_stmt *stmt,
            gpointer      record)
{
  CorClaim *claim = record;

  cor_store_bind_id_or_null (stmt, 3, cor_claim_get_article_id (claim));
  cor_store_bind_text (stmt, 4, cor_claim_get_text (claim));
  cor_store_bind_text (stmt, 5, cor_claim_get_claimant (claim));
  cor_store_bind_text (stmt, 6, cor_claim_get_figure (claim));
  cor_store_bind_text (stmt, 7, cor_claim_get_claim_date (claim));
}

gboolean
cor_store_add_claim (CorStore  *self,
                     CorClaim  *claim,
                     GError   **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *now = cor_store_now ();
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_CLAIM (claim), FALSE);

  uuid = cor_store_keep_uuid (cor_claim_get_uuid (claim), error);
  if (uuid == NULL || !cor_store_write_begin (self, error))
    return FALSE;

  ok = validate_claim (self, claim, error) &&
       cor_store_write_row (self, "claims", COR_STORE_CHANGE_INSERT,
                            "INSERT INTO claims (" COR_CLAIM_COLUMNS ", created, updated) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                            cor_claim_get_id (claim), uuid, bind_claim, claim,
                            (const CorStoreText[]) { { 8, now }, { 0 } }, &id, error);

  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_claim_set_id (claim, id);
  cor_claim_set_uuid (claim, uuid);
  return TRUE;
}

gboolean
cor_store_update_claim (CorStore  *self,
                        CorClaim  *claim,
                        GError   **error)
{
  g_autofree char *now = cor_store_now ();
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_CLAIM (claim), FALSE);

  id = cor_claim_get_id (claim);
  if (!cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, "claims", id, error) && validate_claim (self, claim, error) &&
       cor_store_write_row (self, "claims", COR_STORE_CHANGE_UPDATE,
                            "UPDATE claims SET article_id = ?3, text = ?4, claimant = ?5, "
                            "figure = ?6, claim_date = ?7, updated = ?8 WHERE id = ?1",
                            id, NULL, bind_claim, claim,
                            (const CorStoreText[]) { { 8, now }, { 0 } }, NULL, error);

  return cor_store_write_end (self, ok, error);
}

gboolean
cor_store_delete_claim (CorStore  *self,
                        gint64     id,
                        GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_delete_row (self, "claims", id, error);
  if (ok)
    cor_store_queue_change (self, "claim_annotations", 0, COR_STORE_CHANGE_RESET);

  return cor_store_write_end (self, ok, error);
}

CorClaim *
cor_store_get_claim (CorStore  *self,
                     gint64     id,
                     GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return cor_store_load_record (self, COR_RECORD_CLAIM, id, error);
}

/* Clips */

CorClip *
cor_store_read_clip (sqlite3_stmt *stmt)
{
  CorClip *clip = cor_clip_new ();

  cor_clip_set_id (clip, sqlite3_column_int64 (stmt, 0));
  cor_clip_set_uuid (clip, cor_store_column_text (stmt, 1));
  cor_clip_set_title (clip, cor_store_column_text (stmt, 2));
  cor_clip_set_path (clip, cor_store_column_text (stmt, 3));
  cor_clip_set_relative_path (clip, cor_store_column_text (stmt, 4));
  cor_clip_set_size (clip, sqlite3_column_int64 (stmt, 5));
  cor_clip_set_sha256 (clip, cor_store_column_text (stmt, 6));
  cor_clip_set_imported (clip, cor_store_column_text (stmt, 7));
  cor_clip_set_kind (clip, sqlite3_column_int (stmt, 8));
  cor_clip_set_duration_ns (clip, sqlite3_column_int64 (stmt, 9));
  cor_clip_set_size_px (clip, sqlite3_column_int (stmt, 10), sqlite3_column_int (stmt, 11));
  cor_clip_set_frame_rate (clip, sqlite3_column_int (stmt, 12), sqlite3_column_int (stmt, 13));
  cor_clip_set_video_codec (clip, cor_store_column_text (stmt, 14));
  cor_clip_set_audio_codec (clip, cor_store_column_text (stmt, 15));
  cor_clip_set_container (clip, cor_store_column_text (stmt, 16));
  cor_clip_set_tags_json (clip, cor_store_column_text (stmt, 17));
  cor_clip_set_media_created (clip, cor_store_column_text (stmt, 18));
  cor_clip_set_origin (clip, cor_store_column_text (stmt, 19));
  cor_clip_set_source_url (clip, cor_store_column_text (stmt, 20));
  cor_clip_set_first_seen (clip, cor_store_column_text (stmt, 21));
  cor_clip_set_notes (clip, cor_store_column_text (stmt, 22));

  return clip;
}

static gboolean
validate_clip (CorClip  *clip,
               GError  **error)
{
  const char *sha256 = cor_clip_get_sha256 (clip);

  if (!cor_store_has_text (cor_clip_get_path (clip)))
    return cor_store_invalid (error, _("A clip needs the path of its file."));
  if (sha256 == NULL)
    return cor_store_invalid (error, _("A clip needs the SHA-256 of its file."));
  if (strlen (sha256) != 64 || strspn (sha256, "0123456789abcdef") != 64)
    return cor_store_invalid (error, _("SHA-256 “%s” is not 64 lowercase hexadecimal digits."),
                              sha256);
  if (cor_clip_get_size (clip) < 0)
    return cor_store_invalid (error, _("File size %" PRId64 " is negative."),
                              cor_clip_get_size (clip));
  if ((int) cor_clip_get_kind (clip) < COR_CLIP_KIND_UNKNOWN ||
      (int) cor_clip_get_kind (clip) > COR_CLIP_KIND_AUDIO)
    return cor_store_invalid (error, _("Clip kind %d is not unknown, video or audio."),
                              (int) cor_clip_get_kind (clip));
  if (cor_clip_get_duration_ns (clip) < -1)
    return cor_store_invalid (error, _("The clip’s duration is negative."));
  if (cor_clip_get_width (clip) < 0 || cor_clip_get_height (clip) < 0)
    return cor_store_invalid (error, _("Frame size %d×%d is negative."),
                              cor_clip_get_width (clip), cor_clip_get_height (clip));
  if (cor_clip_get_fps_n (clip) < 0 || cor_clip_get_fps_d (clip) < 0)
    return cor_store_invalid (error, _("Frame rate %d/%d is negative."),
                              cor_clip_get_fps_n (clip), cor_clip_get_fps_d (clip));
  if (!cor_store_valid_json (cor_clip_get_tags_json (clip)))
    return cor_store_invalid (error, _("The clip’s tags are not valid JSON."));

  return TRUE;
}

/* DUPLICATE when another clip (not @self_id) has the same hash */
static gboolean
check_unique_hash (CorStore    *self,
                   CorClip     *clip,
                   GError     **error)
{
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, "SELECT id, title, path FROM clips "
                                                     "WHERE sha256 = ? AND id <> ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  cor_store_bind_text (stmt, 1, cor_clip_get_sha256 (clip));
  sqlite3_bind_int64 (stmt, 2, cor_clip_get_id (clip));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *title = cor_store_column_text (stmt, 1);

      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_DUPLICATE,
                   _("This file is already in the case as clip %" PRId64 " (“%s”)."),
                   (gint64) sqlite3_column_int64 (stmt, 0),
                   title != NULL ? title : cor_store_column_text (stmt, 2));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      cor_store_set_sql_error (self, error, _("Could not read the case"));
      return FALSE;
    }
  return TRUE;
}

static void
bind_clip (sqlite3_stmt *stmt,
           gpointer      record)
{
  CorClip *clip = record;

  cor_store_bind_text (stmt, 3, cor_clip_get_title (clip));
  cor_store_bind_text (stmt, 4, cor_clip_get_path (clip));
  cor_store_bind_text (stmt, 5, cor_clip_get_relative_path (clip));
  sqlite3_bind_int64 (stmt, 6, cor_clip_get_size (clip));
  cor_store_bind_text (stmt, 7, cor_clip_get_sha256 (clip));
  sqlite3_bind_int (stmt, 9, cor_clip_get_kind (clip));
  sqlite3_bind_int64 (stmt, 10, cor_clip_get_duration_ns (clip));
  sqlite3_bind_int (stmt, 11, cor_clip_get_width (clip));
  sqlite3_bind_int (stmt, 12, cor_clip_get_height (clip));
  sqlite3_bind_int (stmt, 13, cor_clip_get_fps_n (clip));
  sqlite3_bind_int (stmt, 14, cor_clip_get_fps_d (clip));
  cor_store_bind_text (stmt, 15, cor_clip_get_video_codec (clip));
  cor_store_bind_text (stmt, 16, cor_clip_get_audio_codec (clip));
  cor_store_bind_text (stmt, 17, cor_clip_get_container (clip));
  cor_store_bind_text (stmt, 18, cor_clip_get_tags_json (clip));
  cor_store_bind_text (stmt, 19, cor_clip_get_media_created (clip));
  cor_store_bind_text (stmt, 20, cor_clip_get_origin (clip));
  cor_store_bind_text (stmt, 21, cor_clip_get_source_url (clip));
  cor_store_bind_text (stmt, 22, cor_clip_get_first_seen (clip));
  cor_store_bind_text (stmt, 23, cor_clip_get_notes (clip));
}

gboolean
cor_store_add_clip (CorStore  *self,
                    CorClip   *clip,
                    GError   **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *now = cor_store_now ();
  g_autofree char *imported = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_CLIP (clip), FALSE);

  /* A clip that comes with its import time (an import, an undo) keeps it */
  if (!validate_clip (clip, error) ||
      !(uuid = cor_store_keep_uuid (cor_clip_get_uuid (clip), error)) ||
      !(imported = cor_store_keep_time (cor_clip_get_imported (clip), now, "imported", error)) ||
      !cor_store_write_begin (self, error))
    return FALSE;

  ok = check_unique_hash (self, clip, error) &&
       cor_store_write_row (self, "clips", COR_STORE_CHANGE_INSERT,
                            "INSERT INTO clips (" COR_CLIP_COLUMNS ", updated) VALUES "
                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                            "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?8)",
                            cor_clip_get_id (clip), uuid, bind_clip, clip,
                            (const CorStoreText[]) { { 8, imported }, { 0 } }, &id, error);

  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_clip_set_id (clip, id);
  cor_clip_set_uuid (clip, uuid);
  cor_clip_set_imported (clip, imported);
  return TRUE;
}

gboolean
cor_store_update_clip (CorStore  *self,
                       CorClip   *clip,
                       GError   **error)
{
  g_autofree char *now = cor_store_now ();
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);
  g_return_val_if_fail (COR_IS_CLIP (clip), FALSE);

  id = cor_clip_get_id (clip);
  if (!validate_clip (clip, error) || !cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, "clips", id, error) && check_unique_hash (self, clip, error) &&
       cor_store_write_row (self, "clips", COR_STORE_CHANGE_UPDATE,
                            "UPDATE clips SET title = ?3, path = ?4, "
                            "relative_path = ?5, size = ?6, sha256 = ?7, kind = ?9, "
                            "duration_ns = ?10, width = ?11, height = ?12, fps_n = ?13, "
                            "fps_d = ?14, video_codec = ?15, audio_codec = ?16, "
                            "container = ?17, tags_json = ?18, media_created = ?19, "
                            "origin = ?20, source_url = ?21, first_seen = ?22, "
                            "notes = ?23, updated = ?8 WHERE id = ?1",
                            id, NULL, bind_clip, clip,
                            (const CorStoreText[]) { { 8, now }, { 0 } }, NULL, error);

  return cor_store_write_end (self, ok, error);
}

gboolean
cor_store_delete_clip (CorStore  *self,
                       gint64     id,
                       GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!cor_store_write_begin (self, error))
    return FALSE;

  ok = cor_store_require (self, "clips", id, error) &&
       cor_store_queue_cascade (self, "snapshots", "SELECT id FROM snapshots WHERE clip_id = ?",
                                id, error) &&
       cor_store_queue_cascade (self, "annotations",
                                "SELECT id FROM annotations WHERE clip_id = ?", id, error) &&
       cor_store_queue_cascade (self, "waveforms",
                                "SELECT clip_id FROM waveforms WHERE clip_id = ?", id, error) &&
       cor_store_delete_row (self, "clips", id, error);
  if (ok)
    {
      cor_store_queue_change (self, "article_clips", 0, COR_STORE_CHANGE_RESET);
      cor_store_queue_change (self, "annotation_articles", 0, COR_STORE_CHANGE_RESET);
      cor_store_queue_change (self, "claim_annotations", 0, COR_STORE_CHANGE_RESET);
    }

  return cor_store_write_end (self, ok, error);
}

CorClip *
cor_store_get_clip (CorStore  *self,
                    gint64     id,
                    GError   **error)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return cor_store_load_record (self, COR_RECORD_CLIP, id, error);
}

CorClip *
cor_store_find_clip_by_sha256 (CorStore    *self,
                               const char  *sha256,
                               GError     **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);

  stmt = cor_store_prepare (self, "SELECT " COR_CLIP_COLUMNS " FROM clips WHERE sha256 = lower (?)",
                            error);
  if (stmt == NULL)
    return NULL;
  cor_store_bind_text (stmt, 1, sha256);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return cor_store_read_clip (stmt);
  if (rc != SQLITE_DONE)
    cor_store_set_sql_error (self, error, _("Could not read the case"));
  return NULL;
}
