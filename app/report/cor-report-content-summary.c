/* cor-report-content-summary.c — the report's summary: claims, languages, makers, locations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-report-private.h"

void
cor_report_build_summary (CorReportBuilder *b)
{
  CorReportModel *m = b->model;
  static const double claim_w[] = { 0.32, 0.16, 0.17, 0.35 };
  static const char *claim_headers[] = { N_("Claim"), N_("Claimant"), N_("Article"),
                                         N_("Observations"), NULL };
  static const double lang_w[] = { 0.2, 0.25, 0.15, 0.4 };
  static const char *lang_headers[] = { N_("Language"), N_("Dialect or accent"), N_("Observations"),
                                        N_("Clips"), NULL };
  static const double maker_w[] = { 0.22, 0.28, 0.15, 0.35 };
  static const char *maker_headers[] = { N_("Maker"), N_("Items"), N_("Observations"), N_("Clips"),
                                         NULL };
  static const double loc_w[] = { 0.18, 0.24, 0.22, 0.14, 0.22 };
  static const char *loc_headers[] = { N_("Place"), N_("Coordinates"), N_("Method"),
                                       N_("Geolocated by"), N_("Clips"), NULL };
  CorDocBlock *t;

  cor_doc_add_heading (b->doc, 1, "summary", _("Summary"));

  if (cor_report_add_section (b->doc, "claims", _("Claims"), m->n_claims,
                   _("No claims in this selection.")))
    {
      t = cor_report_add_headed_table (b->doc, claim_w, claim_headers);
      for (guint i = 0; i < m->articles->len; i++)
        {
          CorReportArticle *ra = g_ptr_array_index (m->articles, i);

          for (guint j = 0; j < ra->claims->len; j++)
            {
              CorReportClaim *rcl = g_ptr_array_index (ra->claims, j);
              CorDocText *art = cor_doc_text_new ();
              CorDocText *obs = cor_doc_text_new ();

              cor_doc_table_add (t, cor_report_claim_cell (rcl->claim));
              cor_doc_table_add_plain (t, cor_claim_get_claimant (rcl->claim));
              cor_report_add_article_ref (b, art, cor_article_get_id (ra->article));
              cor_doc_table_add (t, art);
              cor_report_add_claim_observations (b, obs, rcl->observations);
              cor_doc_table_add (t, obs);
            }
        }
    }

  if (cor_report_add_section (b->doc, "languages", _("Languages heard"), m->languages->len,
                   _("No language observations in this selection.")))
    {
      t = cor_report_add_headed_table (b->doc, lang_w, lang_headers);
      for (guint i = 0; i < m->languages->len; i++)
        {
          CorReportLanguage *l = g_ptr_array_index (m->languages, i);
          g_autofree char *name = cor_report_language_text (b, l->language);
          g_autofree char *count = g_strdup_printf ("%u", l->count);

          cor_doc_table_add_plain (t, name);
          cor_doc_table_add_plain (t, l->dialect);
          cor_doc_table_add_plain (t, count);
          cor_doc_table_add (t, cor_report_clips_cell (l->clips));
        }
    }

  if (cor_report_add_section (b->doc, "makers", _("Uniform and equipment makers"), m->makers->len,
                   _("No uniform or equipment observations in this selection.")))
    {
      t = cor_report_add_headed_table (b->doc, maker_w, maker_headers);
      for (guint i = 0; i < m->makers->len; i++)
        {
          CorReportMaker *mk = g_ptr_array_index (m->makers, i);
          g_autofree char *count = g_strdup_printf ("%u", mk->count);
          g_ptr_array_add (mk->items, NULL);
          g_autofree char *items = g_strjoinv (", ", (char **) mk->items->pdata);
          g_ptr_array_remove_index (mk->items, mk->items->len - 1);

          cor_doc_table_add_plain (t, cor_report_str_empty (mk->maker) ? _("unknown") : mk->maker);
          cor_doc_table_add_plain (t, items);
          cor_doc_table_add_plain (t, count);
          cor_doc_table_add (t, cor_report_clips_cell (mk->clips));
        }
    }

  if (cor_report_add_section (b->doc, "locations", _("Locations"), m->locations->len,
                   _("No location observations in this selection.")))
    {
      t = cor_report_add_headed_table (b->doc, loc_w, loc_headers);
      for (guint i = 0; i < m->locations->len; i++)
        {
          CorReportLocation *l = g_ptr_array_index (m->locations, i);
          g_autoptr(GPtrArray) clips = g_ptr_array_new ();

          cor_doc_table_add_plain (t, cor_report_str_empty (l->place) ? _("unnamed") : l->place);
          cor_doc_table_add (t, cor_report_coordinates_text (l->has_coordinates, l->latitude,
                                                             l->longitude, l->precision_m));
          cor_doc_table_add_plain (t, l->method);
          cor_doc_table_add_plain (t, l->geolocated_by);
          for (guint j = 0; j < l->observations->len; j++)
            {
              CorReportObservation *obs = g_ptr_array_index (l->observations, j);

              if (!g_ptr_array_find (clips, obs->clip, NULL))
                g_ptr_array_add (clips, obs->clip);
            }
          cor_doc_table_add (t, cor_report_clips_cell (clips));
        }
    }
}
