/* cor-article.c — an article that makes or disputes a claim
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-article.h"
#include "cor-record-private.h"

struct _CorArticle
{
  GObject parent_instance;

  gint64 id;
  char  *uuid;
  char  *url;
  char  *title;
  char  *outlet;
  char  *author;
  char  *published;
  char  *language;
  char  *summary;
  char  *archived_url;
  char  *reliability;
  char  *notes;
  char  *created;
  char  *updated;
};

G_DEFINE_FINAL_TYPE (CorArticle, cor_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_URL,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_AUTHOR,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_SUMMARY,
  PROP_ARCHIVED_URL,
  PROP_RELIABILITY,
  PROP_NOTES,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cor_article_finalize (GObject *object)
{
  CorArticle *self = (CorArticle *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->archived_url, g_free);
  g_clear_pointer (&self->reliability, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (cor_article_parent_class)->finalize (object);
}

static void
cor_article_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CorArticle *self = COR_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_ARCHIVED_URL:
      g_value_set_string (value, self->archived_url);
      break;

    case PROP_RELIABILITY:
      g_value_set_string (value, self->reliability);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_string (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_article_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CorArticle *self = COR_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cor_article_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      cor_article_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_URL:
      cor_article_set_url (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cor_article_set_title (self, g_value_get_string (value));
      break;

    case PROP_OUTLET:
      cor_article_set_outlet (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR:
      cor_article_set_author (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      cor_article_set_published (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      cor_article_set_language (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      cor_article_set_summary (self, g_value_get_string (value));
      break;

    case PROP_ARCHIVED_URL:
      cor_article_set_archived_url (self, g_value_get_string (value));
      break;

    case PROP_RELIABILITY:
      cor_article_set_reliability (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cor_article_set_notes (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cor_article_set_created (self, g_value_get_string (value));
      break;

    case PROP_UPDATED:
      cor_article_set_updated (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_article_class_init (CorArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cor_article_finalize;
  object_class->get_property = cor_article_get_property;
  object_class->set_property = cor_article_set_property;

  /* Set by the store */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ARCHIVED_URL] =
    g_param_spec_string ("archived-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RELIABILITY] =
    g_param_spec_string ("reliability", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by the store */
  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_article_init (CorArticle *self)
{
}

CorArticle *
cor_article_new (void)
{
  return g_object_new (COR_TYPE_ARTICLE, NULL);
}

gint64
cor_article_get_id (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), 0);

  return self->id;
}

void
cor_article_set_id (CorArticle *self,
                    gint64      id)
{
  g_return_if_fail (COR_IS_ARTICLE (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cor_article_get_uuid (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->uuid;
}

void
cor_article_set_uuid (CorArticle *self,
                      const char *uuid)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
cor_article_get_url (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->url;
}

void
cor_article_set_url (CorArticle *self,
                     const char *url)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
cor_article_get_title (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->title;
}

void
cor_article_set_title (CorArticle *self,
                       const char *title)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
cor_article_get_outlet (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->outlet;
}

void
cor_article_set_outlet (CorArticle *self,
                        const char *outlet)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->outlet, outlet))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

const char *
cor_article_get_author (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->author;
}

void
cor_article_set_author (CorArticle *self,
                        const char *author)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->author, author))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

const char *
cor_article_get_published (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->published;
}

void
cor_article_set_published (CorArticle *self,
                           const char *published)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->published, published))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
}

const char *
cor_article_get_language (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->language;
}

void
cor_article_set_language (CorArticle *self,
                          const char *language)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
cor_article_get_summary (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->summary;
}

void
cor_article_set_summary (CorArticle *self,
                         const char *summary)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
cor_article_get_archived_url (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->archived_url;
}

void
cor_article_set_archived_url (CorArticle *self,
                              const char *archived_url)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->archived_url, archived_url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED_URL]);
}

const char *
cor_article_get_reliability (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->reliability;
}

void
cor_article_set_reliability (CorArticle *self,
                             const char *reliability)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->reliability, reliability))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELIABILITY]);
}

const char *
cor_article_get_notes (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->notes;
}

void
cor_article_set_notes (CorArticle *self,
                       const char *notes)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
cor_article_get_created (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->created;
}

void
cor_article_set_created (CorArticle *self,
                         const char *created)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

const char *
cor_article_get_updated (CorArticle *self)
{
  g_return_val_if_fail (COR_IS_ARTICLE (self), NULL);

  return self->updated;
}

void
cor_article_set_updated (CorArticle *self,
                         const char *updated)
{
  g_return_if_fail (COR_IS_ARTICLE (self));

  if (cor_record_set_string (&self->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}
