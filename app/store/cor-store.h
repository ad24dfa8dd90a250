/* cor-store.h — a case: one SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store hides the SQL dialect: callers get GObjects, GListModels and plain
 * structs, never sqlite3*. Every call that writes is one transaction, committed
 * at once, and fills the audit log through triggers. A CorStore and the models it
 * returns belong to the thread that opened it (the main thread for the UI); a
 * worker thread opens its own CorStore on the same path with READ_ONLY.
 */
#pragma once

#include <gio/gio.h>

#include "cor-annotation.h"
#include "cor-article.h"
#include "cor-claim.h"
#include "cor-clip.h"
#include "cor-snapshot.h"
#include "cor-store-types.h"

G_BEGIN_DECLS

#define COR_STORE_SCHEMA_VERSION 1
#define COR_STORE_FILE_EXTENSION ".corroborate"

#define COR_TYPE_STORE (cor_store_get_type ())

G_DECLARE_FINAL_TYPE (CorStore, cor_store, COR, STORE, GObject)

typedef enum
{
  COR_STORE_OPEN_DEFAULT   = 0,
  COR_STORE_OPEN_READ_ONLY = 1 << 0,
} CorStoreOpenFlags;

typedef enum
{
  COR_STORE_CHANGE_INSERT,
  COR_STORE_CHANGE_UPDATE,
  COR_STORE_CHANGE_DELETE,
  COR_STORE_CHANGE_RESET,  /* many records changed at once (bulk load, import) */
} CorStoreChange;

/* Signals (main thread, after the commit):
 *   "changed" (const char *table, gint64 id, CorStoreChange change)
 *      table is "case_info", "articles", "claims", "clips", "annotations", "snapshots",
 *      "article_clips", "annotation_articles", "claim_annotations", "waveforms"
 * Properties: "path", "analyst", "title" */

/* Creates a new case; fails with COR_STORE_ERROR_EXISTS if @path exists. */
CorStore   *cor_store_create              (const char         *path,
                                           const char         *title,
                                           const char         *analyst,
                                           GError            **error);
/* The same, for a case recreated from an export: @uuid (a UUID) and @created (ISO 8601)
 * are kept when given; NULL makes new ones as cor_store_create() does. A malformed
 * @uuid or @created fails with COR_STORE_ERROR_INVALID before any file is made. */
CorStore   *cor_store_create_full         (const char         *path,
                                           const char         *title,
                                           const char         *analyst,
                                           const char         *uuid,
                                           const char         *created,
                                           GError            **error);
/* Opens a case. A file that is not SQLite, not a case, damaged or from a newer
 * schema fails with the matching CorStoreError and is left byte-for-byte unchanged.
 * An older schema is migrated (each step one transaction). */
CorStore   *cor_store_open                (const char         *path,
                                           CorStoreOpenFlags   flags,
                                           GError            **error);
const char *cor_store_get_path            (CorStore           *self);
/* The analyst recorded in the audit log for the next writes */
const char *cor_store_get_analyst         (CorStore           *self);
void        cor_store_set_analyst         (CorStore           *self,
                                           const char         *analyst);

/* Case info */
const char *cor_store_get_uuid            (CorStore           *self);
const char *cor_store_get_title           (CorStore           *self);
const char *cor_store_get_description     (CorStore           *self);
const char *cor_store_get_methodology     (CorStore           *self);
const char *cor_store_get_created         (CorStore           *self);
gboolean    cor_store_update_case_info    (CorStore           *self,
                                           const char         *title,
                                           const char         *description,
                                           const char         *methodology,
                                           GError            **error);

/* Bulk loading: between begin and end, writes share one transaction, the
 * full-text index is rebuilt once at the end, and one RESET "changed" is emitted
 * per table. end_bulk with commit FALSE rolls everything back. */
gboolean    cor_store_begin_bulk          (CorStore           *self,
                                           GError            **error);
gboolean    cor_store_end_bulk            (CorStore           *self,
                                           gboolean            commit,
                                           GError            **error);

/* Transactions: a user action made of several writes (an observation, its article
 * links and a still) is one transaction. Between begin_transaction and commit every
 * write joins it; the search index stays current (the triggers run, unlike a bulk
 * load), and the "changed" signals are queued and emitted after the commit (dropped
 * on rollback). A write that fails inside the transaction is undone alone (it runs
 * in its own savepoint) and the transaction stays open: the caller decides whether to
 * commit the others or roll back. Transactions do not nest: begin_transaction while
 * one (or a bulk load) is open fails with COR_STORE_ERROR_FAILED, as does commit
 * without one (rollback without one is a programming error). After a rollback, records
 * passed to add_*() keep the id, uuid and times they were given, but are not in the
 * case. commit fails (and rolls back) only when SQLite cannot commit. Disposing of the
 * store with a transaction open rolls it back. */
gboolean    cor_store_begin_transaction   (CorStore           *self,
                                           GError            **error);
gboolean    cor_store_commit              (CorStore           *self,
                                           GError            **error);
void        cor_store_rollback            (CorStore           *self);
gboolean    cor_store_in_transaction      (CorStore           *self);

/* Records. add_*() fills in id, uuid and times; a record that already has a uuid
 * keeps it (undo of a delete restores the same record), and so do the times it already
 * has: an article's and an annotation's created and updated, a clip's imported, a
 * snapshot's created (a round trip through JSON export and import; updated defaults to
 * created). A set time is normalised to the stored form (UTC, milliseconds); a malformed
 * uuid or time is COR_STORE_ERROR_INVALID. Validation failures are
 * COR_STORE_ERROR_INVALID with a sentence that names the field; unknown ids are
 * COR_STORE_ERROR_NOT_FOUND. (Claims have no times on the object: theirs are new.) */
gboolean       cor_store_add_article         (CorStore *self, CorArticle *article, GError **error);
gboolean       cor_store_update_article      (CorStore *self, CorArticle *article, GError **error);
gboolean       cor_store_delete_article      (CorStore *self, gint64 id, GError **error);
CorArticle    *cor_store_get_article         (CorStore *self, gint64 id, GError **error);

gboolean       cor_store_add_claim           (CorStore *self, CorClaim *claim, GError **error);
gboolean       cor_store_update_claim        (CorStore *self, CorClaim *claim, GError **error);
gboolean       cor_store_delete_claim        (CorStore *self, gint64 id, GError **error);
CorClaim      *cor_store_get_claim           (CorStore *self, gint64 id, GError **error);

/* A clip with the same SHA-256 as one in the case fails with COR_STORE_ERROR_DUPLICATE */
gboolean       cor_store_add_clip            (CorStore *self, CorClip *clip, GError **error);
gboolean       cor_store_update_clip         (CorStore *self, CorClip *clip, GError **error);
gboolean       cor_store_delete_clip         (CorStore *self, gint64 id, GError **error);
CorClip       *cor_store_get_clip            (CorStore *self, gint64 id, GError **error);
/* NULL without error when no clip has that hash */
CorClip       *cor_store_find_clip_by_sha256 (CorStore *self, const char *sha256, GError **error);

gboolean       cor_store_add_annotation      (CorStore *self, CorAnnotation *annotation, GError **error);
gboolean       cor_store_update_annotation   (CorStore *self, CorAnnotation *annotation, GError **error);
gboolean       cor_store_delete_annotation   (CorStore *self, gint64 id, GError **error);
CorAnnotation *cor_store_get_annotation      (CorStore *self, gint64 id, GError **error);
gint64         cor_store_count_annotations   (CorStore *self, gint64 clip_id);

/* Stills: @png holds the PNG file's bytes */
gboolean       cor_store_add_snapshot        (CorStore *self, CorSnapshot *snapshot, GBytes *png, GError **error);
gboolean       cor_store_delete_snapshot     (CorStore *self, gint64 id, GError **error);
CorSnapshot   *cor_store_get_snapshot        (CorStore *self, gint64 id, GError **error);
GBytes        *cor_store_load_snapshot_png   (CorStore *self, gint64 id, GError **error);

/* Waveform peak summaries, cached per clip (opaque bytes for the media layer) */
gboolean       cor_store_set_waveform        (CorStore *self, gint64 clip_id, GBytes *peaks, GError **error);
/* NULL without error when none is stored */
GBytes        *cor_store_get_waveform        (CorStore *self, gint64 clip_id, GError **error);

/* Live models, kept current as the store changes, in a stable order:
 * clips by import order, articles by published date then title, annotations by
 * start time then id, claims and snapshots by id. clip_id / article_id /
 * annotation_id 0 means the whole case. */
GListModel    *cor_store_get_clips           (CorStore *self);                     /* CorClip, owned by the store */
GListModel    *cor_store_get_articles        (CorStore *self);                     /* CorArticle, owned by the store */
GListModel    *cor_store_list_annotations    (CorStore *self, gint64 clip_id);     /* CorAnnotation, new ref */
GListModel    *cor_store_list_claims         (CorStore *self, gint64 article_id);  /* CorClaim, new ref */
GListModel    *cor_store_list_snapshots      (CorStore *self, gint64 annotation_id); /* CorSnapshot, new ref */

/* Links. Linking twice updates the relation. The GArrays hold CorLink. */
gboolean       cor_store_link_article_clip      (CorStore *self, gint64 article_id, gint64 clip_id, CorRelation relation, GError **error);
gboolean       cor_store_unlink_article_clip    (CorStore *self, gint64 article_id, gint64 clip_id, GError **error);
GArray        *cor_store_get_clip_articles      (CorStore *self, gint64 clip_id);        /* link.id = article id */
GArray        *cor_store_get_article_clips      (CorStore *self, gint64 article_id);     /* link.id = clip id */

gboolean       cor_store_link_annotation_article   (CorStore *self, gint64 annotation_id, gint64 article_id, CorRelation relation, GError **error);
gboolean       cor_store_unlink_annotation_article (CorStore *self, gint64 annotation_id, gint64 article_id, GError **error);
GArray        *cor_store_get_annotation_articles   (CorStore *self, gint64 annotation_id); /* link.id = article id */
GArray        *cor_store_get_article_annotations   (CorStore *self, gint64 article_id);    /* link.id = annotation id */

/* relation is SUPPORTS or CONTRADICTS */
gboolean       cor_store_link_claim_annotation     (CorStore *self, gint64 claim_id, gint64 annotation_id, CorRelation relation, GError **error);
gboolean       cor_store_unlink_claim_annotation   (CorStore *self, gint64 claim_id, gint64 annotation_id, GError **error);
GArray        *cor_store_get_claim_annotations     (CorStore *self, gint64 claim_id);      /* link.id = annotation id */
GArray        *cor_store_get_annotation_claims     (CorStore *self, gint64 annotation_id); /* link.id = claim id */

/* Full-text search over transcripts, translations, notes, places, makers, items,
 * markings, dialects, article titles and summaries, claims and clip titles.
 * Ranked best first; finds Korean and Cyrillic words, 1–2 syllable Korean terms
 * included. Returns CorSearchHit, free with g_ptr_array_unref(). */
GPtrArray     *cor_store_search              (CorStore *self, const char *query, guint limit, GError **error);

/* Vocabularies (built-in, plus what the case uses) */
GPtrArray     *cor_store_list_places         (CorStore *self);                 /* CorPlace */
CorPlace      *cor_store_find_place          (CorStore *self, const char *name); /* by name or alt name, case-insensitive; NULL if none */
GPtrArray     *cor_store_list_languages      (CorStore *self);                 /* CorTerm: ISO 639 code, English name */
GPtrArray     *cor_store_list_makers         (CorStore *self);                 /* CorTerm: code = name */
GStrv          cor_store_list_tags           (CorStore *self);                 /* distinct tags in the case, sorted */
GStrv          cor_store_list_analysts       (CorStore *self);                 /* distinct analysts in the case, sorted */

/* The audit trail, oldest first, from id > @after_id, at most @limit (0: all) */
GPtrArray     *cor_store_list_audit          (CorStore *self, gint64 after_id, guint limit, GError **error); /* CorAuditEntry */
gint64         cor_store_count_audit         (CorStore *self);

G_END_DECLS
