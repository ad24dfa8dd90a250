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

/* The char * field of each plain string property */
static const glong string_fields[N_PROPS] = {
  [PROP_UUID] = G_STRUCT_OFFSET (CorArticle, uuid),
  [PROP_URL] = G_STRUCT_OFFSET (CorArticle, url),
  [PROP_TITLE] = G_STRUCT_OFFSET (CorArticle, title),
  [PROP_OUTLET] = G_STRUCT_OFFSET (CorArticle, outlet),
  [PROP_AUTHOR] = G_STRUCT_OFFSET (CorArticle, author),
  [PROP_PUBLISHED] = G_STRUCT_OFFSET (CorArticle, published),
  [PROP_LANGUAGE] = G_STRUCT_OFFSET (CorArticle, language),
  [PROP_SUMMARY] = G_STRUCT_OFFSET (CorArticle, summary),
  [PROP_ARCHIVED_URL] = G_STRUCT_OFFSET (CorArticle, archived_url),
  [PROP_RELIABILITY] = G_STRUCT_OFFSET (CorArticle, reliability),
  [PROP_NOTES] = G_STRUCT_OFFSET (CorArticle, notes),
  [PROP_CREATED] = G_STRUCT_OFFSET (CorArticle, created),
  [PROP_UPDATED] = G_STRUCT_OFFSET (CorArticle, updated),
};

static void
cor_article_finalize (GObject *object)
{
  CorArticle *self = (CorArticle *) object;

  cor_record_clear_strings (self, string_fields, N_PROPS);

  G_OBJECT_CLASS (cor_article_parent_class)->finalize (object);
}

static void
cor_article_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CorArticle *self = COR_ARTICLE (object);

  if (cor_record_get_string_property (self, string_fields, N_PROPS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
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

  if (cor_record_set_string_property (self, string_fields, N_PROPS, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      cor_article_set_id (self, g_value_get_int64 (value));
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

  /* id and uuid: set by the store */
  properties[PROP_ID] = cor_record_param_int64 ("id", 0, 0);
  properties[PROP_UUID] = cor_record_param_string ("uuid");
  properties[PROP_URL] = cor_record_param_string ("url");
  properties[PROP_TITLE] = cor_record_param_string ("title");
  properties[PROP_OUTLET] = cor_record_param_string ("outlet");
  properties[PROP_AUTHOR] = cor_record_param_string ("author");
  properties[PROP_PUBLISHED] = cor_record_param_string ("published");
  properties[PROP_LANGUAGE] = cor_record_param_string ("language");
  properties[PROP_SUMMARY] = cor_record_param_string ("summary");
  properties[PROP_ARCHIVED_URL] = cor_record_param_string ("archived-url");
  properties[PROP_RELIABILITY] = cor_record_param_string ("reliability");
  properties[PROP_NOTES] = cor_record_param_string ("notes");
  /* Set by the store */
  properties[PROP_CREATED] = cor_record_param_string ("created");
  /* Set by the store */
  properties[PROP_UPDATED] = cor_record_param_string ("updated");

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

  COR_RECORD_SET_SCALAR (self, id, id, properties[PROP_ID]);
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

  cor_record_set_string (self, &self->uuid, uuid, properties[PROP_UUID]);
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

  cor_record_set_string (self, &self->url, url, properties[PROP_URL]);
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

  cor_record_set_string (self, &self->title, title, properties[PROP_TITLE]);
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

  cor_record_set_string (self, &self->outlet, outlet, properties[PROP_OUTLET]);
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

  cor_record_set_string (self, &self->author, author, properties[PROP_AUTHOR]);
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

  cor_record_set_string (self, &self->published, published, properties[PROP_PUBLISHED]);
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

  cor_record_set_string (self, &self->language, language, properties[PROP_LANGUAGE]);
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

  cor_record_set_string (self, &self->summary, summary, properties[PROP_SUMMARY]);
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

  cor_record_set_string (self, &self->archived_url, archived_url, properties[PROP_ARCHIVED_URL]);
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

  cor_record_set_string (self, &self->reliability, reliability, properties[PROP_RELIABILITY]);
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

  cor_record_set_string (self, &self->notes, notes, properties[PROP_NOTES]);
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

  cor_record_set_string (self, &self->created, created, properties[PROP_CREATED]);
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

  cor_record_set_string (self, &self->updated, updated, properties[PROP_UPDATED]);
}
