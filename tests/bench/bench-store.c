/* bench-store.c — figures for the case file: bulk load, open, list, search, insert
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a synthetic case of 100,000 observations over 200 clips and 500 articles in a
 * temporary folder and prints timings. Run on demand:
 *   ninja -C _build tests/bench/bench-store && ./_build/tests/bench/bench-store [--keep]
 * Aims: bulk ≤ 2 s, open < 50 ms, list < 10 ms, query ≤ 25 ms (≤ 80 ms for a term in half
 * the rows), insert ≤ 2 ms p95.
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "cor-core.h"
#include "cor-store.h"

#define N_CLIPS       200
#define N_ARTICLES    500
#define N_ANNOTATIONS 100000
#define N_INSERTS     1000
#define N_REPEATS     20

static const char *english[] = {
  "the", "soldiers", "were", "seen", "near", "training", "ground", "with", "rifles", "and",
  "winter", "jackets", "radio", "convoy", "truck", "river", "bridge", "village", "morning",
  "officer", "orders", "unit", "helmet", "camouflage", "patch", "road", "field", "smoke",
  "voices", "shouting", "vehicle", "forest", "checkpoint", "flag", "tent", "barracks",
};
static const char *korean[] = {
  "힘들다야", "진짜", "빨리", "가자", "동무", "여기", "조용히", "알았다", "밥", "추워",
};
static const char *russian[] = {
  "ребята", "давайте", "быстрее", "стоять", "здесь", "командир", "машина", "холодно",
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static char *
sentence (GRand       *rand,
          const char **words,
          guint        n_words,
          guint        length)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, words[g_rand_int_range (rand, 0, n_words)]);
    }

  return g_string_free (s, FALSE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
percentile (double *values,
            guint   n,
            double  p)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[MIN (n - 1, (guint) (p * n))];
}

static void
remove_case (const char *dir,
             const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (dir);
}

static CorAnnotation *
make_annotation (GRand  *rand,
                 gint64  clip_id,
                 guint   index)
{
  CorAnnotation *a;
  guint kind = g_rand_int_range (rand, 0, 10);
  g_autofree char *note = NULL;

  if (kind < 6)
    {
      gboolean ko = g_rand_boolean (rand);
      g_autofree char *transcript = ko ? sentence (rand, korean, G_N_ELEMENTS (korean), 6)
                                       : sentence (rand, russian, G_N_ELEMENTS (russian), 6);
      g_autofree char *translation = sentence (rand, english, G_N_ELEMENTS (english), 10);

      a = cor_annotation_new (COR_ANNOTATION_KIND_LANGUAGE);
      cor_annotation_set_language (a, ko ? "ko" : "ru");
      cor_annotation_set_dialect (a, ko ? "northern accent" : "Far East");
      cor_annotation_set_transcript (a, transcript);
      cor_annotation_set_translation (a, translation);
    }
  else if (kind < 8)
    {
      a = cor_annotation_new (COR_ANNOTATION_KIND_UNIFORM);
      cor_annotation_set_maker (a, g_rand_boolean (rand) ? "BTK Group" : "Gorka");
      cor_annotation_set_item (a, "winter jacket with fur collar");
      cor_annotation_set_markings (a, "shoulder patch, no insignia");
    }
  else if (kind < 9)
    {
      a = cor_annotation_new (COR_ANNOTATION_KIND_LOCATION);
      cor_annotation_set_place (a, "Sergeevka training ground");
      cor_annotation_set_coordinates (a, 43.35 + g_rand_double_range (rand, -0.1, 0.1),
                                      131.94 + g_rand_double_range (rand, -0.1, 0.1));
      cor_annotation_set_precision_m (a, 250);
      cor_annotation_set_method (a, "ridge line matched against satellite imagery");
    }
  else
    a = cor_annotation_new (COR_ANNOTATION_KIND_NOTE);

  note = sentence (rand, english, G_N_ELEMENTS (english), 8);
  /* "quarantine" is rare: one observation in 5,000 */
  if (index % 5000 == 17)
    {
      char *with_rare = g_strconcat (note, " quarantine", NULL);
      g_free (note);
      note = with_rare;
    }
  cor_annotation_set_note (a, note);
  cor_annotation_set_clip_id (a, clip_id);
  cor_annotation_set_start_ns (a, (gint64) (index % 500) * 1500 * COR_NS_PER_MS);
  if (index % 3 == 0)
    cor_annotation_set_end_ns (a, (gint64) (index % 500) * 1500 * COR_NS_PER_MS + COR_NS_PER_SECOND);
  cor_annotation_set_confidence (a, g_rand_int_range (rand, 0, 6));

  return a;
}

static void
time_search (CorStore   *store,
             const char *label,
             const char *query)
{
  double times[N_REPEATS];
  guint n_hits = 0;

  for (guint i = 0; i < N_REPEATS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = NULL;
      double t0 = now_ms ();

      hits = cor_store_search (store, query, 20, &error);
      times[i] = now_ms () - t0;
      if (hits == NULL)
        g_error ("search failed: %s", error->message);
      n_hits = hits->len;
    }
  printf ("%-44s %8.2f ms median, %8.2f ms max (%u hits shown)\n", label,
          percentile (times, N_REPEATS, 0.5), percentile (times, N_REPEATS, 0.999), n_hits);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  g_autofree char *dir = g_dir_make_tmp ("bench-store-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(CorStore) store = NULL;
  g_autoptr(GArray) clip_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) clips = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  clock_t c0, c1;
  double t0, t1, times[N_INSERTS], open_times[N_REPEATS], list_times[N_REPEATS];
  gboolean keep = argc > 1 && g_str_equal (argv[1], "--keep");
  GStatBuf st;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "bench.corroborate", NULL);

  printf ("Synthetic case: %d observations over %d clips and %d articles\n",
          N_ANNOTATIONS, N_CLIPS, N_ARTICLES);
  {
    /* Figures from a busy machine are not comparable: say how busy it was */
    g_autofree char *load = NULL;

    if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
      printf ("%-44s %s", "load average (1, 5, 15 min, …)", load);
  }

  /* The records, built first: the GObject side is timed apart from the store */
  t0 = now_ms ();
  c0 = clock ();
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      CorArticle *article = cor_article_new ();
      g_autofree char *title = sentence (rand, english, G_N_ELEMENTS (english), 7);
      g_autofree char *summary = sentence (rand, english, G_N_ELEMENTS (english), 30);
      g_autofree char *published = g_strdup_printf ("2024-%02u-%02u", 1 + i % 12, 1 + i % 28);

      cor_article_set_title (article, title);
      cor_article_set_summary (article, summary);
      cor_article_set_published (article, published);
      cor_article_set_outlet (article, "Example Daily");
      g_ptr_array_add (articles, article);
    }
  for (guint i = 0; i < N_CLIPS; i++)
    {
      CorClip *clip = cor_clip_new ();
      g_autofree char *seed = g_strdup_printf ("clip %u", i);
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);
      g_autofree char *file = g_strdup_printf ("/evidence/clip-%03u.mp4", i);

      cor_clip_set_path (clip, file);
      cor_clip_set_title (clip, seed);
      cor_clip_set_sha256 (clip, sha);
      cor_clip_set_origin (clip, "Telegram channel Astra");
      cor_clip_set_duration_ns (clip, 750 * COR_NS_PER_SECOND);
      g_ptr_array_add (clips, clip);
    }
  /* Clip ids are 1…N_CLIPS in a new case; checked below */
  for (guint i = 0; i < N_ANNOTATIONS; i++)
    g_ptr_array_add (annotations, make_annotation (rand, 1 + i / (N_ANNOTATIONS / N_CLIPS), i));
  printf ("%-44s %8.0f ms (%.0f ms CPU)\n", "build the records (GObjects, no store)",
          now_ms () - t0, (clock () - c0) * 1000.0 / CLOCKS_PER_SEC);

  /* Bulk creation */
  t0 = now_ms ();
  c0 = clock ();
  store = cor_store_create (path, "Benchmark", "Bench", &error);
  if (store == NULL || !cor_store_begin_bulk (store, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < N_ARTICLES; i++)
    if (!cor_store_add_article (store, g_ptr_array_index (articles, i), &error))
      g_error ("%s", error->message);
  for (guint i = 0; i < N_CLIPS; i++)
    {
      gint64 id;

      if (!cor_store_add_clip (store, g_ptr_array_index (clips, i), &error))
        g_error ("%s", error->message);
      id = cor_clip_get_id (g_ptr_array_index (clips, i));
      if (id != (gint64) i + 1)
        g_error ("clip %u has id %" G_GINT64_FORMAT, i, id);
      g_array_append_val (clip_ids, id);
    }
  for (guint i = 0; i < N_ANNOTATIONS; i++)
    if (!cor_store_add_annotation (store, g_ptr_array_index (annotations, i), &error))
      g_error ("%s", error->message);
  t1 = now_ms ();
  c1 = clock ();
  if (!cor_store_end_bulk (store, TRUE, &error))
    g_error ("%s", error->message);
  printf ("%-44s %8.0f ms (%.0f ms CPU)\n", "create (bulk, audit and FTS rebuild)",
          now_ms () - t0, (clock () - c0) * 1000.0 / CLOCKS_PER_SEC);
  printf ("%-44s %8.0f ms (%.0f ms CPU)\n", "  of which FTS rebuild and commit", now_ms () - t1,
          (clock () - c1) * 1000.0 / CLOCKS_PER_SEC);
  g_clear_object (&store);
  g_ptr_array_set_size (annotations, 0);
  g_ptr_array_set_size (clips, 0);
  g_ptr_array_set_size (articles, 0);
  if (g_stat (path, &st) == 0)
    printf ("%-44s %8.1f MB\n", "case file size", st.st_size / 1e6);

  /* Open */
  for (guint i = 0; i < N_REPEATS; i++)
    {
      t0 = now_ms ();
      store = cor_store_open (path, COR_STORE_OPEN_DEFAULT, &error);
      open_times[i] = now_ms () - t0;
      if (store == NULL)
        g_error ("%s", error->message);
      if (i + 1 < N_REPEATS)
        g_clear_object (&store);
    }
  printf ("%-44s %8.2f ms first, %.2f ms median\n", "open (checks included)", open_times[0],
          percentile (open_times, N_REPEATS, 0.5));

  /* List one clip's observations */
  for (guint i = 0; i < N_REPEATS; i++)
    {
      t0 = now_ms ();
      list = cor_store_list_annotations (store, g_array_index (clip_ids, gint64, 100 + i));
      list_times[i] = now_ms () - t0;
      if (g_list_model_get_n_items (list) != N_ANNOTATIONS / N_CLIPS)
        g_error ("listed %u", g_list_model_get_n_items (list));
      g_clear_object (&list);
    }
  printf ("%-44s %8.2f ms median, %.2f ms max\n", "list one clip's 500 observations",
          percentile (list_times, N_REPEATS, 0.5), percentile (list_times, N_REPEATS, 0.999));

  t0 = now_ms ();
  list = cor_store_list_annotations (store, 0);
  printf ("%-44s %8.0f ms (%u items)\n", "list all observations", now_ms () - t0,
          g_list_model_get_n_items (list));
  g_clear_object (&list);

  /* Search */
  time_search (store, "search common word “soldiers” (~half the rows)", "soldiers");
  time_search (store, "search rare word “quarantine” (20 rows)", "quarantine");
  time_search (store, "search Korean “힘들다야”", "힘들다야");
  time_search (store, "search Korean 2 syllables inside “들다”", "들다");
  time_search (store, "search Cyrillic stem “ребят”", "ребят");
  time_search (store, "search two words “winter jacket”", "winter jacket");

  /* Durable single inserts with the audit trigger */
  for (guint i = 0; i < N_INSERTS; i++)
    {
      g_autoptr(CorAnnotation) a = make_annotation (rand, g_array_index (clip_ids, gint64, i % N_CLIPS),
                                                    i);

      t0 = now_ms ();
      if (!cor_store_add_annotation (store, a, &error))
        g_error ("%s", error->message);
      times[i] = now_ms () - t0;
    }
  printf ("%-44s %8.3f ms median, %.3f ms p95\n", "insert one observation (commit, audit, FTS)",
          percentile (times, N_INSERTS, 0.5), percentile (times, N_INSERTS, 0.95));

  g_clear_object (&store);
  if (keep)
    printf ("case kept at %s\n", path);
  else
    remove_case (dir, path);

  return 0;
}
