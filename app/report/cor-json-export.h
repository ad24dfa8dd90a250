/* cor-json-export.h — the whole case as one JSON document, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document ("format": "corroborate-case", "version": 1) is described in
 * docs/case-json.md. Keys come in a fixed order and the same case always gives
 * the same bytes, so two exports can be compared with diff.
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cor-store.h"

G_BEGIN_DECLS

#define COR_CASE_JSON_FORMAT  "corroborate-case"
#define COR_CASE_JSON_VERSION 1

/* One record as a JSON object, with the same keys as in the document. The
 * annotation object has no links; cor_json_annotation_to_node_with_links() adds
 * "articles" and "claims" arrays of {"id", "relation"} read from @store, and
 * cor_json_claim_to_node_with_links() an "annotations" array of them. */
JsonNode *cor_json_article_to_node                (CorArticle    *article);
JsonNode *cor_json_claim_to_node                  (CorClaim      *claim);
JsonNode *cor_json_claim_to_node_with_links       (CorStore      *store,
                                                   CorClaim      *claim);
JsonNode *cor_json_clip_to_node                   (CorClip       *clip);
JsonNode *cor_json_annotation_to_node             (CorAnnotation *annotation);
JsonNode *cor_json_annotation_to_node_with_links  (CorStore      *store,
                                                   CorAnnotation *annotation);
/* @png may be NULL: "png_base64" is then null */
JsonNode *cor_json_snapshot_to_node               (CorSnapshot   *snapshot,
                                                   GBytes        *png);

/* The whole case as a document */
JsonNode *cor_json_export_build                   (CorStore      *store,
                                                   GError       **error);
/* Pretty-printed with two spaces and a final newline */
char     *cor_json_to_string                      (JsonNode      *node,
                                                   gsize         *out_length);

/* Writes the document to @path through a temporary file in the same folder that
 * is renamed over @path only when complete: on any error no file is left under
 * @path (nor a changed one). Errors: COR_REPORT_ERROR_WRITE. */
gboolean  cor_json_export_case                    (CorStore      *store,
                                                   const char    *path,
                                                   GError       **error);

/* Writes @data to @path the same way (temporary file, fsync, rename) */
gboolean  cor_json_write_file_atomically          (const char    *path,
                                                   const char    *data,
                                                   gsize          length,
                                                   GError       **error);

/* Reads a document made by cor_json_export_case() into a new case at @case_path
 * (which must not exist), keeping every record's uuid, id and times, in one
 * transaction: on any error no case file is left behind. @analyst is recorded in
 * the audit log. Errors: COR_REPORT_ERROR_INVALID (not such a document, or a
 * newer version), the store's errors. */
CorStore *cor_json_import_case                    (const char    *json_path,
                                                   const char    *case_path,
                                                   const char    *analyst,
                                                   GError       **error);

G_END_DECLS
