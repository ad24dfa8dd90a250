/* cor-vocabulary.h — the built-in vocabularies: languages, places, makers
 *
 * Internal to app/store/: the store seeds a new case's vocabulary tables from these and
 * validates codes with them. Plain C data, never freed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;   /* ISO 639-1 two-letter code, or ISO 639-3 where there is none */
  const char *name;   /* English name */
} CorVocabLanguage;

typedef struct
{
  const char *name;
  const char *alt_names;   /* comma-separated other spellings, NULL if none */
  const char *country;     /* ISO 3166-1 alpha-2 */
  double      latitude;    /* WGS 84 degrees */
  double      longitude;
  double      precision_m; /* radius within which the place lies */
  const char *note;        /* NULL if none */
} CorVocabPlace;

typedef struct
{
  const char *name;
  const char *note;        /* what it makes; NULL if none */
} CorVocabMaker;

/* Each returns the whole table; n_* (may be NULL) receives its length. Codes, place names and
 * maker names are unique within their table. */
const CorVocabLanguage *cor_vocabulary_get_languages (guint *n_languages);
const CorVocabPlace    *cor_vocabulary_get_places    (guint *n_places);
const CorVocabMaker    *cor_vocabulary_get_makers    (guint *n_makers);

/* The English name of an ISO 639 code ("ko" → "Korean", "sah" → "Yakut (Sakha)"), or NULL if
 * the code is unknown. Codes are lowercase; the match is exact. */
const char             *cor_vocabulary_language_name (const char *code);

G_END_DECLS
