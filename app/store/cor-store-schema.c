/* cor-store-schema.c — the case file's schema and its migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Migrations are keyed by PRAGMA user_version: step N brings a file from N - 1 to N, in
 * one transaction with the user_version bump, so a failing step leaves the file at the old
 * version. A new schema version is one more entry in builtin_migrations[]; never edit a
 * step that has shipped.
 *
 * The audit log and the full-text index are kept by triggers that use only SQLite's own
 * functions, so the file stays usable (and audited) from the plain sqlite3 shell.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-store-private.h"
#include "cor-vocabulary.h"

/* Hangul jamo, compatibility jamo and syllables, CJK ideographs, Hiragana and Katakana */
#define CJK_GLOB "*[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff]*"

/* Schema version 1 */
static const char schema_v1_sql[] =
  /* One row: the analyst the audit triggers record, and whether the full-text index is
   * kept row by row (0 during a bulk load, which rebuilds it in one pass at the end). */
  "CREATE TABLE session ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  analyst TEXT,"
  "  fts_live INTEGER NOT NULL DEFAULT 1 CHECK (fts_live IN (0, 1)));"
  "INSERT INTO session (id, analyst, fts_live) VALUES (1, NULL, 1);"

  "CREATE TABLE case_info ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  title TEXT NOT NULL CHECK (length (trim (title)) > 0),"
  "  description TEXT,"
  "  methodology TEXT,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL);"

  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  url TEXT, title TEXT, outlet TEXT, author TEXT,"
  "  published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]*'),"
  "  language TEXT, summary TEXT, archived_url TEXT,"
  "  reliability TEXT CHECK (reliability IS NULL OR reliability IN ('A','B','C','D','E','F')),"
  "  notes TEXT,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  CHECK (length (trim (coalesce (title, ''))) > 0 OR length (trim (coalesce (url, ''))) > 0));"

  "CREATE TABLE claims ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL CHECK (length (trim (text)) > 0),"
  "  claimant TEXT, figure TEXT, claim_date TEXT,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL);"
  "CREATE INDEX claims_article ON claims (article_id);"

  "CREATE TABLE clips ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  title TEXT,"
  "  path TEXT NOT NULL CHECK (length (path) > 0),"
  "  relative_path TEXT,"
  "  size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),"
  "  sha256 TEXT NOT NULL UNIQUE"
  "    CHECK (length (sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),"
  "  imported TEXT NOT NULL,"
  "  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 2),"
  "  duration_ns INTEGER NOT NULL DEFAULT -1 CHECK (duration_ns >= -1),"
  "  width INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0),"
  "  height INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),"
  "  fps_n INTEGER NOT NULL DEFAULT 0 CHECK (fps_n >= 0),"
  "  fps_d INTEGER NOT NULL DEFAULT 0 CHECK (fps_d >= 0),"
  "  video_codec TEXT, audio_codec TEXT, container TEXT,"
  "  tags_json TEXT CHECK (tags_json IS NULL OR json_valid (tags_json)),"
  "  media_created TEXT, origin TEXT, source_url TEXT, first_seen TEXT, notes TEXT,"
  "  updated TEXT NOT NULL);"

  "CREATE TABLE article_clips ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,"
  "  relation INTEGER NOT NULL CHECK (relation IN (4, 5)),"
  "  created TEXT NOT NULL,"
  "  UNIQUE (article_id, clip_id));"
  "CREATE INDEX article_clips_clip ON article_clips (clip_id);"

  "CREATE TABLE annotations ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,"
  "  start_ns INTEGER NOT NULL CHECK (start_ns >= 0),"
  "  end_ns INTEGER CHECK (end_ns IS NULL OR end_ns >= start_ns),"
  "  kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 4),"
  "  language TEXT, dialect TEXT, speaker TEXT, transcript TEXT, translation TEXT,"
  "  translated_by TEXT,"
  "  maker TEXT, item TEXT, markings TEXT,"
  "  place TEXT,"
  "  latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),"
  "  longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),"
  "  precision_m REAL NOT NULL DEFAULT 0 CHECK (precision_m >= 0),"
  "  method TEXT, geolocated_by TEXT,"
  "  confidence INTEGER NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 5),"
  "  analyst TEXT, note TEXT,"
  "  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid (tags) AND json_type (tags) = 'array'),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  CHECK ((latitude IS NULL) = (longitude IS NULL)));"
  /* A clip's observations in time order (the rowid completes the key). The whole case
   * in time order is sorted when read: an index for it would cost every insert. */
  "CREATE INDEX annotations_clip ON annotations (clip_id, start_ns);"

  "CREATE TABLE annotation_articles ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  relation INTEGER NOT NULL CHECK (relation IN (1, 2, 3)),"
  "  created TEXT NOT NULL,"
  "  UNIQUE (annotation_id, article_id));"
  "CREATE INDEX annotation_articles_article ON annotation_articles (article_id);"

  "CREATE TABLE claim_annotations ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
  "  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,"
  "  relation INTEGER NOT NULL CHECK (relation IN (2, 3)),"
  "  created TEXT NOT NULL,"
  "  UNIQUE (claim_id, annotation_id));"
  "CREATE INDEX claim_annotations_annotation ON claim_annotations (annotation_id);"

  "CREATE TABLE snapshots ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  clip_id INTEGER NOT NULL REFERENCES clips (id) ON DELETE CASCADE,"
  "  annotation_id INTEGER REFERENCES annotations (id) ON DELETE CASCADE,"
  "  position_ns INTEGER NOT NULL CHECK (position_ns >= 0),"
  "  frame INTEGER NOT NULL DEFAULT -1 CHECK (frame >= -1),"
  "  width INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0),"
  "  height INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),"
  "  png BLOB NOT NULL CHECK (substr (png, 1, 8) = X'89504E470D0A1A0A'),"
  "  created TEXT NOT NULL);"
  "CREATE INDEX snapshots_clip ON snapshots (clip_id);"
  "CREATE INDEX snapshots_annotation ON snapshots (annotation_id);"

  "CREATE TABLE waveforms ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  clip_id INTEGER NOT NULL UNIQUE REFERENCES clips (id) ON DELETE CASCADE,"
  "  peaks BLOB NOT NULL,"
  "  updated TEXT NOT NULL);"

  /* Vocabularies: built-in entries are seeded at creation (builtin = 1) */
  "CREATE TABLE languages ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  code TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)));"
  "CREATE TABLE makers ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  note TEXT,"
  "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)));"
  "CREATE TABLE places ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  name TEXT NOT NULL,"
  "  alt_names TEXT,"
  "  country TEXT,"
  "  latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),"
  "  longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),"
  "  precision_m REAL NOT NULL DEFAULT 0 CHECK (precision_m >= 0),"
  "  note TEXT,"
  "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)));"

  /* Append-only: filled by the triggers below, refuses UPDATE and DELETE */
  "CREATE TABLE audit_log ("
  "  id INTEGER PRIMARY KEY,"
  "  time TEXT NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),"
  "  analyst TEXT,"
  "  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),"
  "  table_name TEXT NOT NULL,"
  "  record_uuid TEXT,"
  "  old_values TEXT,"
  "  new_values TEXT);"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');"
  "END;"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log is append-only');"
  "END;"

  /* Full-text search: the word and trigram indexes (FTS5, external content) of each
   * searched table are built by build_search_sql() below. */
  ;

/* Audited tables of version 1 and the columns their JSON holds.
 * "name#json" is stored as JSON, "name#len" as its length in bytes (blobs). */
typedef struct
{
  const char *table;
  const char *columns;
} AuditedTable;

static const AuditedTable audited_v1[] = {
  { "case_info", "id uuid title description methodology created updated" },
  { "articles", "id uuid url title outlet author published language summary archived_url "
                "reliability notes created updated" },
  { "claims", "id uuid article_id text claimant figure claim_date created updated" },
  { "clips", "id uuid title path relative_path size sha256 imported kind duration_ns width "
             "height fps_n fps_d video_codec audio_codec container tags_json#json "
             "media_created origin source_url first_seen notes updated" },
  { "article_clips", "id uuid article_id clip_id relation created" },
  { "annotations", "id uuid clip_id start_ns end_ns kind language dialect speaker transcript "
                   "translation translated_by maker item markings place latitude longitude "
                   "precision_m method geolocated_by confidence analyst note tags#json "
                   "created updated" },
  { "annotation_articles", "id uuid annotation_id article_id relation created" },
  { "claim_annotations", "id uuid claim_id annotation_id relation created" },
  { "snapshots", "id uuid clip_id annotation_id position_ns frame width height png#len "
                 "created" },
  { "waveforms", "id uuid clip_id peaks#len updated" },
  { "languages", "id uuid code name builtin" },
  { "makers", "id uuid name note builtin" },
  { "places", "id uuid name alt_names country latitude longitude precision_m note builtin" },
};

/* Searchable fields of version 1, in the order of the index columns (the first ones
 * win a tie when a hit names its field) */
static const CorSearchedTable searched_v1[] = {
  { "annotations", COR_SEARCH_HIT_ANNOTATION,
    { "transcript", "translation", "note", "place", "maker", "item", "markings", "dialect",
      "speaker", "method", NULL } },
  { "articles", COR_SEARCH_HIT_ARTICLE, { "title", "summary", "outlet", "author", "notes", NULL } },
  { "claims", COR_SEARCH_HIT_CLAIM, { "text", "claimant", "figure", NULL } },
  { "clips", COR_SEARCH_HIT_CLIP, { "title", "origin", "notes", NULL } },
};

static const CorMigration *override_steps;
static guint override_n_steps;

static void
append_json_object (GString    *sql,
                    const char *columns,
                    const char *row)
{
  g_auto(GStrv) names = g_strsplit (columns, " ", -1);

  g_string_append (sql, "json_object (");
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *hash = strchr (names[i], '#');
      g_autofree char *name = g_strndup (names[i], hash ? (gsize) (hash - names[i]) : strlen (names[i]));

      if (i > 0)
        g_string_append (sql, ", ");
      if (hash != NULL && g_str_equal (hash, "#json"))
        g_string_append_printf (sql, "'%s', json (%s.%s)", name, row, name);
      else if (hash != NULL && g_str_equal (hash, "#len"))
        g_string_append_printf (sql, "'%s_bytes', length (%s.%s)", name, row, name);
      else
        g_string_append_printf (sql, "'%s', %s.%s", name, row, name);
    }
  g_string_append (sql, ")");
}

static char *
build_audit_triggers (const AuditedTable *tables,
                      gsize               n_tables)
{
  GString *sql = g_string_new (NULL);
  static const char *actions[] = { "insert", "update", "delete" };

  for (gsize t = 0; t < n_tables; t++)
    {
      for (guint a = 0; a < G_N_ELEMENTS (actions); a++)
        {
          const char *action = actions[a];

          g_string_append_printf (sql,
                                  "CREATE TRIGGER audit_%s_%s AFTER %s ON %s BEGIN "
                                  "INSERT INTO audit_log (analyst, action, table_name, "
                                  "record_uuid, old_values, new_values) VALUES ("
                                  "(SELECT analyst FROM session WHERE id = 1), '%s', '%s', %s, ",
                                  tables[t].table, action, action, tables[t].table,
                                  action, tables[t].table,
                                  a == 2 ? "OLD.uuid" : "NEW.uuid");
          if (a == 0)
            g_string_append (sql, "NULL");
          else
            append_json_object (sql, tables[t].columns, "OLD");
          g_string_append (sql, ", ");
          if (a == 2)
            g_string_append (sql, "NULL");
          else
            append_json_object (sql, tables[t].columns, "NEW");
          g_string_append (sql, "); END;\n");
        }
    }

  return g_string_free (sql, FALSE);
}

/* A field that holds Hangul, Han or Kana. The byte-length test first: most fields are
 * ASCII-only and skip the GLOB, whose character class is slow to scan. */
static void
append_is_cjk (GString    *sql,
               const char *row,
               const char *field)
{
  g_string_append_printf (sql, "(length (CAST (%s%s AS BLOB)) > length (%s%s) AND %s%s GLOB '"
                               CJK_GLOB "')", row, field, row, field, row, field);
}

static void
append_any_cjk (GString                *sql,
                const CorSearchedTable *table,
                const char             *row)
{
  for (guint i = 0; table->fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (sql, " OR ");
      append_is_cjk (sql, row, table->fields[i]);
    }
}

/* The fields of a row as the trigram index holds them: CJK fields only */
static void
append_cjk_fields (GString                *sql,
                   const CorSearchedTable *table,
                   const char             *row)
{
  for (guint i = 0; table->fields[i] != NULL; i++)
    {
      g_string_append (sql, ", CASE WHEN ");
      append_is_cjk (sql, row, table->fields[i]);
      g_string_append_printf (sql, " THEN %s%s END", row, table->fields[i]);
      if (*row == '\0')
        g_string_append_printf (sql, " AS %s", table->fields[i]);
    }
}

static void
append_fields (GString                *sql,
               const CorSearchedTable *table,
               const char             *row)
{
  for (guint i = 0; table->fields[i] != NULL; i++)
    g_string_append_printf (sql, ", %s%s", row, table->fields[i]);
}

/* Adds (@remove: removes) the row to the word and trigram indexes */
static void
append_index_row (GString                *sql,
                  const CorSearchedTable *table,
                  const char             *row,
                  gboolean                remove)
{
  g_string_append_printf (sql, "INSERT INTO %s_words (%s%srowid", table->table,
                          remove ? table->table : "", remove ? "_words, " : "");
  append_fields (sql, table, "");
  g_string_append_printf (sql, ") VALUES (%s%sid", remove ? "'delete', " : "", row);
  append_fields (sql, table, row);
  g_string_append (sql, "); ");

  g_string_append_printf (sql, "INSERT INTO %s_trigrams (%s%srowid", table->table,
                          remove ? table->table : "", remove ? "_trigrams, " : "");
  append_fields (sql, table, "");
  g_string_append_printf (sql, ") SELECT %s%sid", remove ? "'delete', " : "", row);
  append_cjk_fields (sql, table, row);
  g_string_append (sql, " WHERE ");
  append_any_cjk (sql, table, row);
  g_string_append (sql, "; ");
}

/* Each searched table has two FTS5 indexes that read the table itself (external
 * content): T_words (unicode61, whole words, for prefix queries) and T_trigrams
 * (substrings) over the view T_cjk, which holds only the fields with Hangul, Han or Kana
 * (long runs without spaces). Triggers keep both current unless session.fts_live is 0:
 * a bulk load rebuilds them in one pass at the end. */
static char *
build_search_sql (const CorSearchedTable *tables,
                  gsize                   n_tables)
{
  GString *sql = g_string_new (NULL);

  for (gsize t = 0; t < n_tables; t++)
    {
      const CorSearchedTable *table = &tables[t];
      g_autofree char *columns = g_strjoinv (", ", (char **) table->fields);

      g_string_append_printf (sql, "CREATE VIRTUAL TABLE %s_words USING fts5 (%s, "
                                   "content = '%s', content_rowid = 'id', "
                                   "tokenize = 'unicode61 remove_diacritics 2');\n",
                              table->table, columns, table->table);
      g_string_append_printf (sql, "CREATE VIEW %s_cjk AS SELECT id", table->table);
      append_cjk_fields (sql, table, "");
      g_string_append_printf (sql, " FROM %s WHERE ", table->table);
      append_any_cjk (sql, table, "");
      g_string_append (sql, ";\n");
      g_string_append_printf (sql, "CREATE VIRTUAL TABLE %s_trigrams USING fts5 (%s, "
                                   "content = '%s_cjk', content_rowid = 'id', "
                                   "tokenize = 'trigram');\n",
                              table->table, columns, table->table);

      g_string_append_printf (sql, "CREATE TRIGGER search_%s_insert AFTER INSERT ON %s "
                                   "WHEN (SELECT fts_live FROM session WHERE id = 1) BEGIN ",
                              table->table, table->table);
      append_index_row (sql, table, "NEW.", FALSE);
      g_string_append (sql, "END;\n");

      g_string_append_printf (sql, "CREATE TRIGGER search_%s_update AFTER UPDATE OF %s ON %s "
                                   "WHEN (SELECT fts_live FROM session WHERE id = 1) BEGIN ",
                              table->table, columns, table->table);
      append_index_row (sql, table, "OLD.", TRUE);
      append_index_row (sql, table, "NEW.", FALSE);
      g_string_append (sql, "END;\n");

      g_string_append_printf (sql, "CREATE TRIGGER search_%s_delete AFTER DELETE ON %s "
                                   "WHEN (SELECT fts_live FROM session WHERE id = 1) BEGIN ",
                              table->table, table->table);
      append_index_row (sql, table, "OLD.", TRUE);
      g_string_append (sql, "END;\n");
    }

  return g_string_free (sql, FALSE);
}

const CorSearchedTable *
cor_store_schema_get_searched_tables (guint *n_tables)
{
  *n_tables = G_N_ELEMENTS (searched_v1);
  return searched_v1;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED, "%s",
                   message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
seed_vocabularies (sqlite3  *db,
                   GError  **error)
{
  const CorVocabLanguage *languages;
  const CorVocabMaker *makers;
  const CorVocabPlace *places;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  guint n = 0;

  if (sqlite3_prepare_v2 (db, "INSERT INTO languages (uuid, code, name, builtin) "
                              "VALUES (?, ?, ?, 1)", -1, &stmt, NULL) != SQLITE_OK)
    goto failed;
  languages = cor_vocabulary_get_languages (&n);
  for (guint i = 0; ok && i < n; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, languages[i].code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, languages[i].name, -1, SQLITE_STATIC);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (!ok)
    goto failed;

  if (sqlite3_prepare_v2 (db, "INSERT INTO makers (uuid, name, note, builtin) "
                              "VALUES (?, ?, ?, 1) ON CONFLICT DO NOTHING", -1, &stmt,
                          NULL) != SQLITE_OK)
    goto failed;
  makers = cor_vocabulary_get_makers (&n);
  for (guint i = 0; ok && i < n; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, makers[i].name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, makers[i].note, -1, SQLITE_STATIC);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (!ok)
    goto failed;

  if (sqlite3_prepare_v2 (db, "INSERT INTO places (uuid, name, alt_names, country, latitude, "
                              "longitude, precision_m, note, builtin) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", -1, &stmt, NULL) != SQLITE_OK)
    goto failed;
  places = cor_vocabulary_get_places (&n);
  for (guint i = 0; ok && i < n; i++)
    {
      const CorVocabPlace *place = &places[i];
      g_autofree char *uuid = g_uuid_string_random ();

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, place->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, place->alt_names, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, place->country, -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 5, place->latitude);
      sqlite3_bind_double (stmt, 6, place->longitude);
      sqlite3_bind_double (stmt, 7, place->precision_m);
      sqlite3_bind_text (stmt, 8, place->note, -1, SQLITE_STATIC);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (!ok)
    goto failed;

  return TRUE;

failed:
  g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
               "Could not seed the vocabularies: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return FALSE;
}

static gboolean
migrate_to_v1 (sqlite3  *db,
               GError  **error)
{
  g_autofree char *audit = build_audit_triggers (audited_v1, G_N_ELEMENTS (audited_v1));
  g_autofree char *search = build_search_sql (searched_v1, G_N_ELEMENTS (searched_v1));

  /* The built-in vocabularies are seeded before their audit triggers exist: they are part
   * of the new file, not an analyst's action. */
  return exec_sql (db, schema_v1_sql, error) &&
         seed_vocabularies (db, error) &&
         exec_sql (db, audit, error) &&
         exec_sql (db, search, error);
}

static const CorMigration builtin_migrations[] = {
  { 1, NULL, migrate_to_v1 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (builtin_migrations) == COR_STORE_SCHEMA_VERSION);

static const CorMigration *
get_migrations (guint *n_steps)
{
  if (override_steps != NULL)
    {
      *n_steps = override_n_steps;
      return override_steps;
    }

  *n_steps = G_N_ELEMENTS (builtin_migrations);
  return builtin_migrations;
}

const CorMigration *
cor_store_schema_get_builtin_migrations (guint *n_steps)
{
  *n_steps = G_N_ELEMENTS (builtin_migrations);
  return builtin_migrations;
}

void
cor_store_schema_set_migrations (const CorMigration *steps,
                                 guint               n_steps)
{
  override_steps = steps;
  override_n_steps = steps != NULL ? n_steps : 0;
}

int
cor_store_schema_target_version (void)
{
  guint n_steps;
  const CorMigration *steps = get_migrations (&n_steps);

  return n_steps > 0 ? steps[n_steps - 1].version : 0;
}

static int
read_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

gboolean
cor_store_schema_migrate (sqlite3  *db,
                          GError  **error)
{
  guint n_steps;
  const CorMigration *steps = get_migrations (&n_steps);
  int version = read_user_version (db);

  if (version < 0)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
                   _("Could not read the case’s schema version: %s"), sqlite3_errmsg (db));
      return FALSE;
    }

  for (guint i = 0; i < n_steps; i++)
    {
      const CorMigration *step = &steps[i];
      g_autoptr(GError) local_error = NULL;
      g_autofree char *bump = NULL;

      g_assert (step->version == (int) i + 1);
      if (step->version <= version)
        continue;

      if (!exec_sql (db, "BEGIN IMMEDIATE", &local_error))
        goto failed;
      if (step->sql != NULL && !exec_sql (db, step->sql, &local_error))
        goto rollback;
      if (step->func != NULL && !step->func (db, &local_error))
        goto rollback;
      bump = g_strdup_printf ("PRAGMA user_version = %d", step->version);
      if (!exec_sql (db, bump, &local_error) || !exec_sql (db, "COMMIT", &local_error))
        goto rollback;

      version = step->version;
      continue;

    rollback:
      exec_sql (db, "ROLLBACK", NULL);
    failed:
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_FAILED,
                   _("Could not upgrade the case to schema version %d: %s"),
                   step->version, local_error ? local_error->message : "?");
      return FALSE;
    }

  return TRUE;
}
