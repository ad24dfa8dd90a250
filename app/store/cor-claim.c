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

/* The char * field of each plain string property */
static const glong string_fields[N_PROPS] = {
  [PROP_UUID] = G_STRUCT_OFFSET (CorClaim, uuid),
  [PROP_TEXT] = G_STRUCT_OFFSET (CorClaim, text),
  [PROP_CLAIMANT] = G_STRUCT_OFFSET (CorClaim, claimant),
  [PROP_FIGURE] = G_STRUCT_OFFSET (CorClaim, figure),
  [PROP_CLAIM_DATE] = G_STRUCT_OFFSET (CorClaim, claim_date),
};

static void
cor_claim_finalize (GObject *object)
{
  CorClaim *self = (CorClaim *) object;

  cor_record_clear_strings (self, string_fields, N_PROPS);

  G_OBJECT_CLASS (cor_claim_parent_class)->finalize (object);
}

static void
cor_claim_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CorClaim *self = COR_CLAIM (object);

  if (cor_record_get_string_property (self, string_fields, N_PROPS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, self->article_id);
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

  if (cor_record_set_string_property (self, string_fields, N_PROPS, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_ID:
      cor_claim_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ARTICLE_ID:
      cor_claim_set_article_id (self, g_value_get_int64 (value));
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

  /* id and uuid: set by the store */
  properties[PROP_ID] = cor_record_param_int64 ("id", 0, 0);
  properties[PROP_UUID] = cor_record_param_string ("uuid");
  properties[PROP_ARTICLE_ID] = cor_record_param_int64 ("article-id", 0, 0);
  properties[PROP_TEXT] = cor_record_param_string ("text");
  properties[PROP_CLAIMANT] = cor_record_param_string ("claimant");
  properties[PROP_FIGURE] = cor_record_param_string ("figure");
  properties[PROP_CLAIM_DATE] = cor_record_param_string ("claim-date");

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

  COR_RECORD_SET_SCALAR (self, id, id, properties[PROP_ID]);
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

  cor_record_set_string (self, &self->uuid, uuid, properties[PROP_UUID]);
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

  COR_RECORD_SET_SCALAR (self, article_id, article_id, properties[PROP_ARTICLE_ID]);
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

  cor_record_set_string (self, &self->text, text, properties[PROP_TEXT]);
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

  cor_record_set_string (self, &self->claimant, claimant, properties[PROP_CLAIMANT]);
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

  cor_record_set_string (self, &self->figure, figure, properties[PROP_FIGURE]);
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

  cor_record_set_string (self, &self->claim_date, claim_date, properties[PROP_CLAIM_DATE]);
}
