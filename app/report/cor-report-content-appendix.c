/* cor-report-content-appendix.c — the report's appendix: methodology,
 *   confidence scale, audit trail, how the report was made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "cor-report-private.h"

/* "2026-11-22T10:42:43.683Z" → "2026-11-22 10:42:43" (UTC), small */
static CorDocText *
short_time (const char *iso)
{
  g_autofree char *s = g_strndup (cor_report_str_nonnull (iso), 19);

  g_strdelimit (s, "T", ' ');
  return cor_doc_text_add (cor_doc_text_new (), s, COR_DOC_SMALL);
}

void
cor_report_build_appendix (CorReportBuilder *b)
{
  CorReportModel *m = b->model;
  static const double scale_w[] = { 0.1, 0.2, 0.7 };
  static const char *scale_headers[] = { N_("Level"), N_("Name"), N_("Meaning"), NULL };
  static const double audit_w[] = { 0.17, 0.17, 0.08, 0.09, 0.09, 0.2, 0.2 };
  static const char *audit_headers[] = { N_("Analyst"), N_("Records"), N_("Added"), N_("Changed"),
                                         N_("Deleted"), N_("First"), N_("Last"), NULL };
  g_autofree char *selection = cor_report_model_describe_selection (m);
  g_autofree char *app = g_strdup_printf ("Corroborate %s", m->generator_version);
  CorDocBlock *t;

  cor_doc_add_break (b->doc);
  cor_doc_add_heading (b->doc, 1, "appendix", _("Appendix"));
  cor_doc_add_heading (b->doc, 2, "methodology", _("Methodology"));
  if (cor_report_str_empty (m->methodology))
    cor_report_add_plain_paragraph (b->doc, _("No methodology text was recorded for this case."),
                                    COR_DOC_MUTED);
  else
    cor_report_add_plain_paragraph (b->doc, m->methodology, 0);

  cor_doc_add_heading (b->doc, 2, "confidence-scale", _("Confidence scale"));
  t = cor_report_add_headed_table (b->doc, scale_w, scale_headers);
  for (int c = COR_CONFIDENCE_UNASSESSED; c <= COR_CONFIDENCE_LAST; c++)
    {
      g_autofree char *level = g_strdup_printf ("%d", c);

      cor_doc_table_add_plain (t, level);
      cor_doc_table_add_plain (t, cor_confidence_to_label ((CorConfidence) c));
      cor_doc_table_add_plain (t, cor_confidence_describe ((CorConfidence) c));
    }

  if (cor_report_add_section (b->doc, "audit", _("Audit trail"), m->audit_total,
                   _("The audit log is empty.")))
    {
      g_autofree char *s = g_strdup_printf (_("%" PRId64 " changes were recorded in the "
                                              "case's append-only audit log, the first at %s and the "
                                              "last at %s (UTC). Who changed what:"),
                                            m->audit_total, cor_report_str_nonnull (m->audit_first),
                                            cor_report_str_nonnull (m->audit_last));

      cor_report_add_plain_paragraph (b->doc, s, 0);
      t = cor_report_add_headed_table (b->doc, audit_w, audit_headers);
      for (guint i = 0; i < m->audit_rows->len; i++)
        {
          CorReportAuditRow *r = g_ptr_array_index (m->audit_rows, i);
          g_autofree char *ins = g_strdup_printf ("%u", r->inserts);
          g_autofree char *upd = g_strdup_printf ("%u", r->updates);
          g_autofree char *del = g_strdup_printf ("%u", r->deletes);

          cor_doc_table_add_plain (t, cor_report_str_empty (r->analyst) ? _("(none)") : r->analyst);
          cor_doc_table_add_plain (t, r->table_name);
          cor_doc_table_add_plain (t, ins);
          cor_doc_table_add_plain (t, upd);
          cor_doc_table_add_plain (t, del);
          cor_doc_table_add (t, short_time (r->first));
          cor_doc_table_add (t, short_time (r->last));
        }
    }

  cor_doc_add_heading (b->doc, 2, "about", _("How this report was made"));
  t = cor_doc_add_keyvalue (b->doc);
  cor_doc_keyvalue_plain (t, _("Generated"), m->generated);
  cor_doc_keyvalue_plain (t, _("Application"), app);
  cor_doc_keyvalue_plain (t, _("Case file"), m->case_path);
  cor_doc_keyvalue_plain (t, _("Selection"), selection);
  cor_doc_keyvalue_plain (t, _("Hashing"),
                          _("Each clip's SHA-256 was recorded at import. At report time every clip "
                            "file still on disk was read again and hashed with SHA-256; the result "
                            "is printed as matching, changed (with the new value) or not checked."));
  cor_doc_keyvalue_plain (t, _("Timecodes"),
                          _("HH:MM:SS.mmm from the start of the clip; frame numbers count from 0 "
                            "at the clip's frame rate."));
  cor_doc_keyvalue_plain (t, _("Stills"),
                          _("Frame stills are the PNG images stored in the case, unaltered."));
}
