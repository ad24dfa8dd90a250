/* cor-report-model.c — collects from the store what a report shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "cor-report-model.h"


static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static GHashTable *
id_table_new (GDestroyNotify value_free)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, value_free);
}

static GArray *
link_array_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (CorLink));
}

static void
observation_free (gpointer data)
{
  CorReportObservation *obs = data;

  g_clear_object (&obs->annotation);
  g_clear_pointer (&obs->articles, g_array_unref);
  g_clear_pointer (&obs->claims, g_array_unref);
  g_clear_pointer (&obs->snapshots, g_ptr_array_unref);
  g_free (obs);
}

static void
report_clip_free (gpointer data)
{
  CorReportClip *rc = data;

  g_clear_object (&rc->clip);
  g_free (rc->name);
  g_free (rc->hash_now);
  g_clear_pointer (&rc->articles, g_array_unref);
  g_clear_pointer (&rc->observations, g_ptr_array_unref);
  g_free (rc);
}

static void
report_claim_free (gpointer data)
{
  CorReportClaim *rc = data;

  g_clear_object (&rc->claim);
  g_clear_pointer (&rc->observations, g_array_unref);
  g_free (rc);
}

static void
report_article_free (gpointer data)
{
  CorReportArticle *ra = data;

  g_clear_object (&ra->article);
  g_clear_pointer (&ra->claims, g_ptr_array_unref);
  g_clear_pointer (&ra->clips, g_array_unref);
  g_clear_pointer (&ra->observations, g_array_unref);
  g_free (ra);
}

static void
language_free (gpointer data)
{
  CorReportLanguage *l = data;

  g_free (l->language);
  g_free (l->dialect);
  g_ptr_array_unref (l->clips);
  g_free (l);
}

static void
maker_free (gpointer data)
{
  CorReportMaker *m = data;

  g_free (m->maker);
  g_ptr_array_unref (m->items);
  g_ptr_array_unref (m->clips);
  g_free (m);
}

static void
location_free (gpointer data)
{
  CorReportLocation *l = data;

  g_free (l->place);
  g_free (l->method);
  g_free (l->geolocated_by);
  g_ptr_array_unref (l->observations);
  g_free (l);
}

static void
audit_row_free (gpointer data)
{
  CorReportAuditRow *r = data;

  g_free (r->analyst);
  g_free (r->table_name);
  g_free (r->first);
  g_free (r->last);
  g_free (r);
}

static gboolean
id_array_contains (GArray *ids,
                   gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
has_ids (GArray *ids)
{
  return ids != NULL && ids->len > 0;
}

static const char *
nonnull (const char *s)
{
  return s != NULL ? s : "";
}

static void
add_unique (GPtrArray *array,
            gpointer   item)
{
  if (!g_ptr_array_find (array, item, NULL))
    g_ptr_array_add (array, item);
}

static void
add_unique_string (GPtrArray  *array,
                   const char *s)
{
  if (s == NULL || *s == '\0')
    return;
  for (guint i = 0; i < array->len; i++)
    if (g_strcmp0 (g_ptr_array_index (array, i), s) == 0)
      return;
  g_ptr_array_add (array, g_strdup (s));
}

/* Keeps only the links whose record is in @table */
static GArray *
filter_links (GArray     *links,
              GHashTable *table)
{
  GArray *out = link_array_new ();

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      CorLink *link = &g_array_index (links, CorLink, i);

      if (g_hash_table_contains (table, &link->id))
        g_array_append_val (out, *link);
    }
  return out;
}

static gboolean
observation_selected (CorReportModel *model,
                      CorAnnotation  *annotation)
{
  guint mask = model->options->kinds_mask;

  if (mask != COR_REPORT_KINDS_ALL
      && (mask & COR_REPORT_KIND_BIT (cor_annotation_get_kind (annotation))) == 0)
    return FALSE;
  return cor_annotation_get_confidence (annotation) >= model->options->min_confidence;
}

static void
check_clip_hash (CorReportModel *model,
                 CorReportClip  *rc,
                 GCancellable   *cancellable)
{
  const char *path = cor_clip_get_path (rc->clip);
  g_autofree char *from_relative = NULL;
  g_autoptr(GError) error = NULL;

  if ((path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
      && cor_clip_get_relative_path (rc->clip) != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (model->case_path);

      from_relative = g_build_filename (dir, cor_clip_get_relative_path (rc->clip), NULL);
      path = from_relative;
    }

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      rc->hash_status = COR_HASH_MISSING;
      return;
    }

  rc->hash_now = cor_hash_file_sha256 (path, cancellable, NULL, NULL, &error);
  if (rc->hash_now == NULL)
    rc->hash_status = COR_HASH_UNREADABLE;
  else if (g_ascii_strcasecmp (rc->hash_now, nonnull (cor_clip_get_sha256 (rc->clip))) == 0)
    rc->hash_status = COR_HASH_MATCHES;
  else
    rc->hash_status = COR_HASH_CHANGED;
}

static CorReportClip *
add_clip (CorReportModel *model,
          CorClip        *clip)
{
  CorReportClip *rc = g_new0 (CorReportClip, 1);

  rc->clip = g_object_ref (clip);
  rc->name = cor_clip_dup_display_name (clip);
  rc->articles = cor_store_get_clip_articles (model->store, cor_clip_get_id (clip));
  if (rc->articles == NULL)
    rc->articles = link_array_new ();
  rc->observations = g_ptr_array_new ();
  g_ptr_array_add (model->clips, rc);
  g_hash_table_insert (model->clip_by_id, id_key (cor_clip_get_id (clip)), rc);
  return rc;
}

static void
collect_articles (CorReportModel *model)
{
  GListModel *articles = cor_store_get_articles (model->store);
  guint n = g_list_model_get_n_items (articles);

  model->n_case_articles = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorArticle) article = g_list_model_get_item (articles, i);
      gint64 id = cor_article_get_id (article);
      g_autoptr(GListModel) claims = cor_store_list_claims (model->store, id);

      g_hash_table_insert (model->any_article, id_key (id), g_object_ref (article));
      for (guint j = 0; claims != NULL && j < g_list_model_get_n_items (claims); j++)
        {
          g_autoptr(CorClaim) claim = g_list_model_get_item (claims, j);

          g_hash_table_insert (model->any_claim, id_key (cor_claim_get_id (claim)),
                               g_object_ref (claim));
        }

      if (has_ids (model->options->article_ids)
          && !id_array_contains (model->options->article_ids, id))
        continue;

      CorReportArticle *ra = g_new0 (CorReportArticle, 1);
      ra->article = g_object_ref (article);
      ra->claims = g_ptr_array_new_with_free_func (report_claim_free);
      for (guint j = 0; claims != NULL && j < g_list_model_get_n_items (claims); j++)
        {
          CorReportClaim *rcl = g_new0 (CorReportClaim, 1);

          rcl->claim = g_list_model_get_item (claims, j);
          g_ptr_array_add (ra->claims, rcl);
        }
      ra->clips = cor_store_get_article_clips (model->store, id);
      if (ra->clips == NULL)
        ra->clips = link_array_new ();
      g_ptr_array_add (model->articles, ra);
      g_hash_table_insert (model->article_by_id, id_key (id), ra);
    }
}

/* Clips in the report, in the store's order */
static void
collect_clips (CorReportModel *model)
{
  GListModel *clips = cor_store_get_clips (model->store);
  guint n = g_list_model_get_n_items (clips);
  g_autoptr(GHashTable) wanted = NULL;

  model->n_case_clips = n;
  if (!has_ids (model->options->clip_ids) && has_ids (model->options->article_ids))
    {
      wanted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < model->articles->len; i++)
        {
          CorReportArticle *ra = g_ptr_array_index (model->articles, i);
          gint64 article_id = cor_article_get_id (ra->article);
          g_autoptr(GArray) obs = cor_store_get_article_annotations (model->store, article_id);

          for (guint j = 0; j < ra->clips->len; j++)
            g_hash_table_add (wanted, id_key (g_array_index (ra->clips, CorLink, j).id));
          for (guint j = 0; obs != NULL && j < obs->len; j++)
            {
              g_autoptr(CorAnnotation) a =
                cor_store_get_annotation (model->store, g_array_index (obs, CorLink, j).id, NULL);

              if (a != NULL)
                g_hash_table_add (wanted, id_key (cor_annotation_get_clip_id (a)));
            }
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorClip) clip = g_list_model_get_item (clips, i);
      gint64 id = cor_clip_get_id (clip);

      if (has_ids (model->options->clip_ids) && !id_array_contains (model->options->clip_ids, id))
        continue;
      if (wanted != NULL && !g_hash_table_contains (wanted, &id))
        continue;
      add_clip (model, clip);
    }
}

static void
collect_observations (CorReportModel *model,
                      CorReportClip  *rc)
{
  g_autoptr(GListModel) list = cor_store_list_annotations (model->store,
                                                           cor_clip_get_id (rc->clip));
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CorAnnotation) a = g_list_model_get_item (list, i);
      g_autoptr(GListModel) snaps = NULL;
      CorReportObservation *obs;

      if (!observation_selected (model, a))
        continue;

      obs = g_new0 (CorReportObservation, 1);
      obs->annotation = g_object_ref (a);
      obs->clip = rc;
      obs->articles = cor_store_get_annotation_articles (model->store, cor_annotation_get_id (a));
      if (obs->articles == NULL)
        obs->articles = link_array_new ();
      obs->claims = cor_store_get_annotation_claims (model->store, cor_annotation_get_id (a));
      if (obs->claims == NULL)
        obs->claims = link_array_new ();
      obs->snapshots = g_ptr_array_new_with_free_func (g_object_unref);
      snaps = cor_store_list_snapshots (model->store, cor_annotation_get_id (a));
      for (guint j = 0; snaps != NULL && j < g_list_model_get_n_items (snaps); j++)
        g_ptr_array_add (obs->snapshots, g_list_model_get_item (snaps, j));
      model->n_snapshots += obs->snapshots->len;

      g_ptr_array_add (model->observations, obs);
      g_ptr_array_add (rc->observations, obs);
      g_hash_table_insert (model->observation_by_id, id_key (cor_annotation_get_id (a)), obs);
    }
}

static void
link_articles_to_report (CorReportModel *model)
{
  for (guint i = 0; i < model->articles->len; i++)
    {
      CorReportArticle *ra = g_ptr_array_index (model->articles, i);
      g_autoptr(GArray) obs = cor_store_get_article_annotations (model->store,
                                                                 cor_article_get_id (ra->article));

      ra->observations = filter_links (obs, model->observation_by_id);
      for (guint j = 0; j < ra->claims->len; j++)
        {
          CorReportClaim *rcl = g_ptr_array_index (ra->claims, j);
          g_autoptr(GArray) links = cor_store_get_claim_annotations (model->store,
                                                                     cor_claim_get_id (rcl->claim));

          rcl->observations = filter_links (links, model->observation_by_id);
          model->n_claims++;
        }
    }
}

static void
summarize (CorReportModel *model)
{
  for (guint i = 0; i < model->observations->len; i++)
    {
      CorReportObservation *obs = g_ptr_array_index (model->observations, i);
      CorAnnotation *a = obs->annotation;

      switch ((int) cor_annotation_get_kind (a))
        {
        case COR_ANNOTATION_KIND_LANGUAGE:
          {
            CorReportLanguage *found = NULL;
            const char *lang = nonnull (cor_annotation_get_language (a));
            const char *dialect = nonnull (cor_annotation_get_dialect (a));

            for (guint j = 0; j < model->languages->len && found == NULL; j++)
              {
                CorReportLanguage *l = g_ptr_array_index (model->languages, j);

                if (g_strcmp0 (l->language, lang) == 0 && g_strcmp0 (l->dialect, dialect) == 0)
                  found = l;
              }
            if (found == NULL)
              {
                found = g_new0 (CorReportLanguage, 1);
                found->language = g_strdup (lang);
                found->dialect = g_strdup (dialect);
                found->clips = g_ptr_array_new ();
                g_ptr_array_add (model->languages, found);
              }
            found->count++;
            add_unique (found->clips, obs->clip);
          }
          break;

        case COR_ANNOTATION_KIND_UNIFORM:
          {
            CorReportMaker *found = NULL;
            const char *maker = nonnull (cor_annotation_get_maker (a));

            for (guint j = 0; j < model->makers->len && found == NULL; j++)
              {
                CorReportMaker *m = g_ptr_array_index (model->makers, j);

                if (g_strcmp0 (m->maker, maker) == 0)
                  found = m;
              }
            if (found == NULL)
              {
                found = g_new0 (CorReportMaker, 1);
                found->maker = g_strdup (maker);
                found->items = g_ptr_array_new_with_free_func (g_free);
                found->clips = g_ptr_array_new ();
                g_ptr_array_add (model->makers, found);
              }
            found->count++;
            add_unique_string (found->items, cor_annotation_get_item (a));
            add_unique (found->clips, obs->clip);
          }
          break;

        case COR_ANNOTATION_KIND_LOCATION:
          {
            CorReportLocation *found = NULL;
            const char *place = nonnull (cor_annotation_get_place (a));
            gboolean has = cor_annotation_get_has_coordinates (a);
            double lat = has ? cor_annotation_get_latitude (a) : 0;
            double lon = has ? cor_annotation_get_longitude (a) : 0;
            const char *method = nonnull (cor_annotation_get_method (a));
            const char *by = nonnull (cor_annotation_get_geolocated_by (a));

            for (guint j = 0; j < model->locations->len && found == NULL; j++)
              {
                CorReportLocation *l = g_ptr_array_index (model->locations, j);

                if (g_strcmp0 (l->place, place) == 0 && l->has_coordinates == has
                    && l->latitude == lat && l->longitude == lon
                    && g_strcmp0 (l->method, method) == 0
                    && g_strcmp0 (l->geolocated_by, by) == 0)
                  found = l;
              }
            if (found == NULL)
              {
                found = g_new0 (CorReportLocation, 1);
                found->place = g_strdup (place);
                found->has_coordinates = has;
                found->latitude = lat;
                found->longitude = lon;
                found->precision_m = cor_annotation_get_precision_m (a);
                found->method = g_strdup (method);
                found->geolocated_by = g_strdup (by);
                found->observations = g_ptr_array_new ();
                g_ptr_array_add (model->locations, found);
              }
            g_ptr_array_add (found->observations, obs);
          }
          break;

        default:
          break;
        }
    }
}

static int
compare_audit_rows (gconstpointer a,
                    gconstpointer b)
{
  const CorReportAuditRow *ra = *(CorReportAuditRow * const *) a;
  const CorReportAuditRow *rb = *(CorReportAuditRow * const *) b;
  int c = g_strcmp0 (ra->analyst, rb->analyst);

  return c != 0 ? c : g_strcmp0 (ra->table_name, rb->table_name);
}

static gboolean
summarize_audit (CorReportModel  *model,
                 GError         **error)
{
  g_autoptr(GPtrArray) entries = cor_store_list_audit (model->store, 0, 0, error);
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (entries == NULL)
    return FALSE;

  model->audit_total = entries->len;
  for (guint i = 0; i < entries->len; i++)
    {
      CorAuditEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *key = g_strdup_printf ("%s\x1f%s", nonnull (e->analyst),
                                              nonnull (e->table_name));
      CorReportAuditRow *row = g_hash_table_lookup (rows, key);

      if (row == NULL)
        {
          row = g_new0 (CorReportAuditRow, 1);
          row->analyst = g_strdup (nonnull (e->analyst));
          row->table_name = g_strdup (nonnull (e->table_name));
          row->first = g_strdup (e->time);
          g_ptr_array_add (model->audit_rows, row);
          g_hash_table_insert (rows, g_steal_pointer (&key), row);
        }
      g_free (row->last);
      row->last = g_strdup (e->time);
      if (g_strcmp0 (e->action, "insert") == 0)
        row->inserts++;
      else if (g_strcmp0 (e->action, "delete") == 0)
        row->deletes++;
      else
        row->updates++;

      if (model->audit_first == NULL)
        model->audit_first = g_strdup (e->time);
      g_free (model->audit_last);
      model->audit_last = g_strdup (e->time);
    }
  g_ptr_array_sort (model->audit_rows, compare_audit_rows);
  return TRUE;
}

static void
report_progress (CorProgressFunc progress,
                 gpointer        data,
                 double          fraction)
{
  if (progress != NULL)
    progress (fraction, data);
}

CorReportModel *
cor_report_model_new (const char              *case_path,
                      const CorReportOptions  *options,
                      gboolean                 check_hashes,
                      GCancellable            *cancellable,
                      CorProgressFunc          progress,
                      gpointer                 progress_data,
                      GError                 **error)
{
  g_autoptr(CorReportModel) model = g_new0 (CorReportModel, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_auto(GStrv) analysts = NULL;

  model->case_path = g_strdup (case_path);
  model->options = options != NULL ? cor_report_options_copy (options) : cor_report_options_new ();
  model->clips = g_ptr_array_new_with_free_func (report_clip_free);
  model->articles = g_ptr_array_new_with_free_func (report_article_free);
  model->observations = g_ptr_array_new_with_free_func (observation_free);
  model->clip_by_id = id_table_new (NULL);
  model->article_by_id = id_table_new (NULL);
  model->observation_by_id = id_table_new (NULL);
  model->any_article = id_table_new (g_object_unref);
  model->any_claim = id_table_new (g_object_unref);
  model->languages = g_ptr_array_new_with_free_func (language_free);
  model->makers = g_ptr_array_new_with_free_func (maker_free);
  model->locations = g_ptr_array_new_with_free_func (location_free);
  model->audit_rows = g_ptr_array_new_with_free_func (audit_row_free);
  model->generated = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  model->generator_version = g_strdup (model->options->generator_version != NULL
                                       ? model->options->generator_version : PACKAGE_VERSION);

  model->store = cor_store_open (case_path, COR_STORE_OPEN_READ_ONLY, error);
  if (model->store == NULL)
    return NULL;

  model->title = g_strdup (nonnull (cor_store_get_title (model->store)));
  model->description = g_strdup (nonnull (cor_store_get_description (model->store)));
  model->methodology = g_strdup (nonnull (cor_store_get_methodology (model->store)));
  model->created = g_strdup (nonnull (cor_store_get_created (model->store)));
  model->uuid = g_strdup (nonnull (cor_store_get_uuid (model->store)));
  analysts = cor_store_list_analysts (model->store);
  model->analysts = analysts != NULL ? g_strjoinv (", ", analysts) : g_strdup ("");

  collect_articles (model);
  collect_clips (model);
  report_progress (progress, progress_data, 0.02);

  for (guint i = 0; i < model->clips->len; i++)
    {
      CorReportClip *rc = g_ptr_array_index (model->clips, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      model->n_case_observations += (guint) MAX (0, cor_store_count_annotations (model->store,
                                                                                   cor_clip_get_id (rc->clip)));
      collect_observations (model, rc);
      if (check_hashes)
        check_clip_hash (model, rc, cancellable);
      else
        rc->hash_status = COR_HASH_UNREADABLE;
      report_progress (progress, progress_data, 0.02 + 0.13 * (i + 1) / model->clips->len);
    }
  if (has_ids (model->options->clip_ids) || has_ids (model->options->article_ids))
    model->n_case_observations = (guint) MAX (0, cor_store_count_annotations (model->store, 0));

  link_articles_to_report (model);
  summarize (model);
  if (!summarize_audit (model, error))
    return NULL;
  report_progress (progress, progress_data, 0.15);

  return g_steal_pointer (&model);
}

void
cor_report_model_free (CorReportModel *model)
{
  if (model == NULL)
    return;

  g_clear_pointer (&model->observation_by_id, g_hash_table_unref);
  g_clear_pointer (&model->clip_by_id, g_hash_table_unref);
  g_clear_pointer (&model->article_by_id, g_hash_table_unref);
  g_clear_pointer (&model->any_article, g_hash_table_unref);
  g_clear_pointer (&model->any_claim, g_hash_table_unref);
  g_clear_pointer (&model->languages, g_ptr_array_unref);
  g_clear_pointer (&model->makers, g_ptr_array_unref);
  g_clear_pointer (&model->locations, g_ptr_array_unref);
  g_clear_pointer (&model->audit_rows, g_ptr_array_unref);
  g_clear_pointer (&model->articles, g_ptr_array_unref);
  g_clear_pointer (&model->observations, g_ptr_array_unref);
  g_clear_pointer (&model->clips, g_ptr_array_unref);
  g_clear_object (&model->store);
  g_clear_pointer (&model->options, cor_report_options_free);
  g_free (model->case_path);
  g_free (model->title);
  g_free (model->description);
  g_free (model->methodology);
  g_free (model->created);
  g_free (model->uuid);
  g_free (model->analysts);
  g_free (model->generated);
  g_free (model->generator_version);
  g_free (model->audit_first);
  g_free (model->audit_last);
  g_free (model);
}

GBytes *
cor_report_model_load_png (CorReportModel *model,
                           gint64          snapshot_id)
{
  g_autoptr(GError) error = NULL;
  GBytes *png = cor_store_load_snapshot_png (model->store, snapshot_id, &error);
  static const guchar signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size = 0;
  const guchar *data;

  if (png == NULL)
    return NULL;
  data = g_bytes_get_data (png, &size);
  if (size < sizeof signature || memcmp (data, signature, sizeof signature) != 0)
    {
      g_bytes_unref (png);
      return NULL;
    }
  return png;
}

static void
append_ids (GString    *s,
            GArray     *ids,
            const char *label)
{
  if (!has_ids (ids))
    return;
  if (s->len > 0)
    g_string_append (s, "; ");
  g_string_append (s, label);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (s, "%s%" G_GINT64_FORMAT, i ? ", " : " ", g_array_index (ids, gint64, i));
}

char *
cor_report_model_describe_selection (CorReportModel *model)
{
  GString *s = g_string_new (NULL);
  CorReportOptions *o = model->options;

  append_ids (s, o->clip_ids, _("clips"));
  append_ids (s, o->article_ids, _("articles"));
  if (o->kinds_mask != COR_REPORT_KINDS_ALL)
    {
      gboolean first = TRUE;

      if (s->len > 0)
        g_string_append (s, "; ");
      g_string_append (s, _("kinds"));
      for (int k = COR_ANNOTATION_KIND_LANGUAGE; k <= COR_ANNOTATION_KIND_NOTE; k++)
        if (o->kinds_mask & COR_REPORT_KIND_BIT (k))
          {
            g_string_append_printf (s, "%s%s", first ? " " : ", ",
                                    cor_annotation_kind_to_string ((CorAnnotationKind) k));
            first = FALSE;
          }
    }
  if (o->min_confidence > COR_CONFIDENCE_UNASSESSED)
    {
      if (s->len > 0)
        g_string_append (s, "; ");
      g_string_append_printf (s, _("confidence %s or higher"),
                              cor_confidence_to_label (o->min_confidence));
    }
  if (s->len == 0)
    g_string_append (s, _("the whole case"));
  return g_string_free (s, FALSE);
}
