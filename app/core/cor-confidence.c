/* cor-confidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-confidence.h"
#include "cor-error.h"

static const struct {
  const char *name;
  const char *label;
  const char *meaning;
} levels[] = {
  { "unassessed", N_("Unassessed"), N_("No confidence has been given yet.") },
  { "very-low", N_("Very low"), N_("A hunch; nothing independent supports it.") },
  { "low", N_("Low"), N_("One weak or indirect indication.") },
  { "moderate", N_("Moderate"), N_("Credible, but alternatives remain open.") },
  { "high", N_("High"), N_("Several independent indications agree.") },
  { "very-high", N_("Very high"), N_("Established beyond reasonable doubt.") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (levels) == COR_CONFIDENCE_LAST + 1);

static guint
clamp_level (CorConfidence confidence)
{
  return (guint) confidence <= COR_CONFIDENCE_LAST ? (guint) confidence : 0;
}

const char *
cor_confidence_to_string (CorConfidence confidence)
{
  return levels[clamp_level (confidence)].name;
}

const char *
cor_confidence_to_label (CorConfidence confidence)
{
  return _(levels[clamp_level (confidence)].label);
}

const char *
cor_confidence_describe (CorConfidence confidence)
{
  return _(levels[clamp_level (confidence)].meaning);
}

gboolean
cor_confidence_from_string (const char     *text,
                            CorConfidence  *out_confidence,
                            GError        **error)
{
  g_return_val_if_fail (out_confidence != NULL, FALSE);

  if (text != NULL && text[0] >= '0' && text[0] <= '0' + COR_CONFIDENCE_LAST && text[1] == '\0')
    {
      *out_confidence = (CorConfidence) (text[0] - '0');
      return TRUE;
    }

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (levels); i++)
    {
      if (g_ascii_strcasecmp (text, levels[i].name) == 0)
        {
          *out_confidence = (CorConfidence) i;
          return TRUE;
        }
    }

  g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID,
               _("“%s” is not a confidence: use 0–5 or unassessed, very-low, low, moderate, high, very-high"),
               text ? text : "");
  return FALSE;
}
