/* cor-store-case.c — the case info of a CorStore: its uuid, title, description,
 * methodology and creation time, cached on the store and updated in one write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cor-store-private.h"

gboolean
cor_store_load_case_info (CorStore  *self,
                          GError   **error)
{
  g_autoptr(CorStmt) stmt = cor_store_prepare (self, "SELECT uuid, title, description, "
                                                     "methodology, created FROM case_info "
                                                     "WHERE id = 1", error);

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_NOT_A_CASE,
                   _("“%s” has no case information."), self->path);
      return FALSE;
    }

  g_free (self->uuid);
  self->uuid = g_strdup (cor_store_column_text (stmt, 0));
  g_free (self->title);
  self->title = g_strdup (cor_store_column_text (stmt, 1));
  g_free (self->description);
  self->description = g_strdup (cor_store_column_text (stmt, 2));
  g_free (self->methodology);
  self->methodology = g_strdup (cor_store_column_text (stmt, 3));
  g_free (self->created);
  self->created = g_strdup (cor_store_column_text (stmt, 4));

  return TRUE;
}

/* Public API */

const char *
cor_store_get_uuid (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return self->uuid;
}

const char *
cor_store_get_title (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return self->title;
}

const char *
cor_store_get_description (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return self->description;
}

const char *
cor_store_get_methodology (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return self->methodology;
}

const char *
cor_store_get_created (CorStore *self)
{
  g_return_val_if_fail (COR_IS_STORE (self), NULL);
  return self->created;
}

gboolean
cor_store_update_case_info (CorStore    *self,
                            const char  *title,
                            const char  *description,
                            const char  *methodology,
                            GError     **error)
{
  g_autoptr(CorStmt) stmt = NULL;
  g_autofree char *now = cor_store_now ();
  gboolean title_changed;
  gboolean ok;

  g_return_val_if_fail (COR_IS_STORE (self), FALSE);

  if (!cor_store_has_text (title))
    {
      g_set_error (error, COR_STORE_ERROR, COR_STORE_ERROR_INVALID, _("A case needs a title."));
      return FALSE;
    }

  if (!cor_store_write_begin (self, error))
    return FALSE;

  stmt = cor_store_prepare (self, "UPDATE case_info SET title = ?, description = ?, "
                                  "methodology = ?, updated = ? WHERE id = 1", error);
  ok = stmt != NULL;
  if (ok)
    {
      cor_store_bind_text (stmt, 1, title);
      cor_store_bind_text (stmt, 2, description);
      cor_store_bind_text (stmt, 3, methodology);
      cor_store_bind_text (stmt, 4, now);
      ok = cor_store_step_done (self, stmt, error);
    }
  if (ok)
    cor_store_queue_change (self, "case_info", 1, COR_STORE_CHANGE_UPDATE);
  g_clear_pointer (&stmt, cor_stmt_release);

  title_changed = g_strcmp0 (self->title, title) != 0;
  if (!cor_store_write_end (self, ok, error))
    return FALSE;

  cor_store_load_case_info (self, NULL);
  if (title_changed)
    g_object_notify (G_OBJECT (self), "title");

  return TRUE;
}
