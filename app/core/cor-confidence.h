/* cor-confidence.h — the fixed confidence scale of every observation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The scale is fixed and documented in README.md; reports print it in full. */
typedef enum
{
  COR_CONFIDENCE_UNASSESSED = 0,
  COR_CONFIDENCE_VERY_LOW   = 1, /* a hunch; nothing independent supports it */
  COR_CONFIDENCE_LOW        = 2, /* one weak or indirect indication */
  COR_CONFIDENCE_MODERATE   = 3, /* credible, but alternatives remain open */
  COR_CONFIDENCE_HIGH       = 4, /* several independent indications agree */
  COR_CONFIDENCE_VERY_HIGH  = 5, /* established beyond reasonable doubt */
} CorConfidence;

#define COR_CONFIDENCE_LAST COR_CONFIDENCE_VERY_HIGH

/* Machine name: "unassessed", "very-low", "low", "moderate", "high", "very-high" */
const char *cor_confidence_to_string   (CorConfidence  confidence);
/* Translated label: "Very low", ... */
const char *cor_confidence_to_label    (CorConfidence  confidence);
/* Translated meaning, one sentence */
const char *cor_confidence_describe    (CorConfidence  confidence);
/* Accepts a machine name or a digit 0–5 */
gboolean    cor_confidence_from_string (const char    *text,
                                        CorConfidence *out_confidence,
                                        GError       **error);

G_END_DECLS
