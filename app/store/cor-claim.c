/* cor-claim.c — a claim an article makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-claim.h"
#include "cor-record-private.h"

struct _CorClaim
{
  GObject parent_instance;

  gint64 id;
  char  *uuid;
  gint64 article_id;
  char  *text;
  char  *claimant;
  char  *figure;
  char  *claim_date;
};

G_DEFINE_FINAL_TYPE (CorClaim, cor_claim, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_ARTICLE_ID,
  PROP_TEXT,
  PROP_CLAIMANT,
  PROP_FIGURE,
  PROP_CLAIM_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cor_claim_finalize (GObject *object)
{
  CorClaim *self = (CorClaim *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->claimant, g_free);
  g_clear_pointer (&self->figure, g_free);
  g_clear_pointer (&self->claim_date, g_free);

  G_OBJECT_CLASS (cor_claim_parent_class)->finalize (object);
}

static void
cor_claim_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CorClaim *self = COR_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, self->article_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CLAIMANT:
      g_value_set_string (value, self->claimant);
      break;

    case PROP_FIGURE:
      g_value_set_string (value, self->figure);
      break;

    case PROP_CLAIM_DATE:
      g_value_set_string (value, self->claim_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_claim_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CorClaim *self = COR_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      cor_claim_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_UUID:
      cor_claim_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_ARTICLE_ID:
      cor_claim_set_article_id (self, g_value_get_int64 (value));
      break;

    case PROP_TEXT:
      cor_claim_set_text (self, g_value_get_string (value));
      break;

    case PROP_CLAIMANT:
      cor_claim_set_claimant (self, g_value_get_string (value));
      break;

    case PROP_FIGURE:
      cor_claim_set_figure (self, g_value_get_string (value));
      break;

    case PROP_CLAIM_DATE:
      cor_claim_set_claim_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cor_claim_class_init (CorClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cor_claim_finalize;
  object_class->get_property = cor_claim_get_property;
  object_class->set_property = cor_claim_set_property;

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

  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLAIMANT] =
    g_param_spec_string ("claimant", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIGURE] =
    g_param_spec_string ("figure", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLAIM_DATE] =
    g_param_spec_string ("claim-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cor_claim_init (CorClaim *self)
{
}

CorClaim *
cor_claim_new (void)
{
  return g_object_new (COR_TYPE_CLAIM, NULL);
}

gint64
cor_claim_get_id (CorClaim *self)
{
  g_return_val_if_fail (COR_IS_CLAIM (self), 0);

  return self->id;
}

void
cor_claim_set_id (CorClaim *self,
                  gint64    id)
{
  g_return_if_fail (COR_IS_CLAIM (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cor_claim_get_uuid (CorClaim *self)
{
  g_return_val_if_fail (COR_IS_CLAIM (self), NULL);

  return self->uuid;
}

void
cor_claim_set_uuid (CorClaim   *self,
                    const char *uuid)
{
  g_return_if_fail (COR_IS_CLAIM (self));

  if (cor_record_set_string (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
cor_claim_get_article_id (CorClaim *self)
{
  g_return_val_if_fail (COR_IS_CLAIM (self), 0);

  return self->article_id;
}

void
cor_claim_set_article_id (CorClaim *self,
                          gint64    article_id)
{
  g_return_if_fail (COR_IS_CLAIM (self));
  g_return_if_fail (article_id >= 0);

  if (self->article_id == article_id)
    return;

  self->article_id = article_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_ID]);
}

const char *
cor_claim_get_text (CorClaim *self)
{
  g_return_val_if_fail (COR_IS_CLAIM (self), NULL);

  return self->text;
}

void
cor_claim_set_text (CorClaim   *self,
                    const char *text)
{
  g_return_if_fail (COR_IS_CLAIM (self));

  if (cor_record_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
cor_claim_get_claimant (CorClaim *self)
{
  g_return_val_if_fail (COR_IS_CLAIM (self), NULL);

  return self->claimant;
}

void
cor_claim_set_claimant (CorClaim   *self,
                        const char *claimant)
{
  g_return_if_fail (COR_IS_CLAIM (self));

  if (cor_record_set_string (&self->claimant, claimant))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIMANT]);
}

const char *
cor_claim_get_figure (CorClaim *self)
{
  g_return_val_if_fail (COR_IS_CLAIM (self), NULL);

  return self->figure;
}

void
cor_claim_set_figure (CorClaim   *self,
                      const char *figure)
{
  g_return_if_fail (COR_IS_CLAIM (self));

  if (cor_record_set_string (&self->figure, figure))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIGURE]);
}

const char *
cor_claim_get_claim_date (CorClaim *self)
{
  g_return_val_if_fail (COR_IS_CLAIM (self), NULL);

  return self->claim_date;
}

void
cor_claim_set_claim_date (CorClaim   *self,
                          const char *claim_date)
{
  g_return_if_fail (COR_IS_CLAIM (self));

  if (cor_record_set_string (&self->claim_date, claim_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAIM_DATE]);
}
