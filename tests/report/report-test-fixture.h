/* report-test-fixture.h — a case built with the store API for the report tests, and poppler's
 * tools to read the reports back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cor-report.h"
#include "cor-store.h"

#define HOSTILE_SCRIPT "<script>alert(1)</script>"
#define HOSTILE_IMG    "\"><img src=x onerror=alert(1)>"
#define HOSTILE_URL    "javascript:alert(1)"
#define KOREAN         "힘들다야"
#define KOREAN_EN      "it's hard"
#define RUSSIAN        "Вот они, ребята из Северной Кореи"
#define RUSSIAN_EN     "There they are, the guys from North Korea"

typedef struct
{
  char   *dir;
  char   *case_path;
  char   *media_path;
  char   *media_sha256;
  char   *fake_sha256;
  gint64  clip1;
  gint64  clip2;
  gint64  obs_ko;
  guint   n_observations;
} Fixture;

G_BEGIN_DECLS

/* Runs @argv (a poppler tool) and returns its stdout; fails the test if it fails */
char          *run_tool          (const char * const     *argv);
CorAnnotation *new_observation   (gint64                  clip_id,
                                  CorAnnotationKind       kind,
                                  double                  start_s,
                                  double                  end_s,
                                  CorConfidence           confidence);
gint64         store_observation (CorStore               *store,
                                  CorAnnotation          *a);
/* A case with two clips, articles, claims and observations of every kind (hostile text too) */
void           fixture_set_up    (Fixture                *f,
                                  gconstpointer           data);
void           fixture_tear_down (Fixture                *f,
                                  gconstpointer           data);
/* Files in @path whose name starts with @prefix (temporary files of the writer) */
guint          count_files       (const char             *path,
                                  const char             *prefix);
/* Writes the case's report as @name in the fixture's folder; returns its path */
char          *write_report      (Fixture                *f,
                                  CorReportFormat         format,
                                  const CorReportOptions *options,
                                  const char             *name);
/* Runs of white space (line ends in wrapped table cells included) become one space */
char          *squash            (char                   *text);
/* The text of @pdf (pdftotext), squashed */
char          *pdf_text          (const char             *pdf);
/* The page count in pdfinfo's output */
int            pdf_pages         (const char             *info);

G_END_DECLS
