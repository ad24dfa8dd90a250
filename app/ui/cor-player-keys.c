/* cor-player-keys.c — the player's keys, for the window's key handler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of CorPlayerView (cor-player-view.h); works through its actions and public API.
 */
#include "config.h"

#include "cor-player-state.h"
#include "cor-player-view.h"

static const struct
{
  CorPlayerKey  key;
  const char   *action;
} simple_keys[] = {
  { COR_PLAYER_KEY_TOGGLE, "player.toggle" },
  { COR_PLAYER_KEY_SLOWER, "player.slower" },
  { COR_PLAYER_KEY_FASTER, "player.faster" },
  { COR_PLAYER_KEY_HOME, "player.home" },
  { COR_PLAYER_KEY_END, "player.end" },
  { COR_PLAYER_KEY_STILL, "player.still" },
  { COR_PLAYER_KEY_FULLSCREEN, "player.fullscreen" },
  { COR_PLAYER_KEY_ZOOM_IN, "player.zoom-in" },
  { COR_PLAYER_KEY_ZOOM_OUT, "player.zoom-out" },
  { COR_PLAYER_KEY_ZOOM_RESET, "player.zoom-reset" },
};

CorFocusKind
cor_player_view_focus_kind (GtkWidget *focus)
{
  if (focus == NULL)
    return COR_FOCUS_NONE;
  if (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus))
    return COR_FOCUS_TEXT;
  if (gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return COR_FOCUS_POPUP;

  return COR_FOCUS_NONE;
}

gboolean
cor_player_view_handle_key (CorPlayerView   *self,
                            guint            keyval,
                            GdkModifierType  state,
                            GtkWidget       *focus)
{
  GtkWidget *widget = GTK_WIDGET (self);
  CorPlayer *player;
  CorPlayerKey key;
  CorPlayerState player_state;
  GtkRoot *root;

  g_return_val_if_fail (COR_IS_PLAYER_VIEW (self), FALSE);

  player = cor_player_view_get_player (self);
  player_state = cor_player_get_state (player);
  key = cor_player_key_lookup (keyval, state, cor_player_view_focus_kind (focus));
  if (key == COR_PLAYER_KEY_NONE || cor_player_view_get_clip_id (self) == 0
      || player_state == COR_PLAYER_STATE_STOPPED)
    return FALSE;

  switch (key)
    {
    case COR_PLAYER_KEY_SHUTTLE_BACK:
      if (player_state == COR_PLAYER_STATE_PLAYING)
        return gtk_widget_activate_action (widget, "player.slower", NULL);
      return gtk_widget_activate_action (widget, "player.step", "i", -1);
    case COR_PLAYER_KEY_PAUSE:
      cor_player_pause (player);
      return TRUE;
    case COR_PLAYER_KEY_SHUTTLE_FORWARD:
      if (player_state == COR_PLAYER_STATE_PLAYING)
        return gtk_widget_activate_action (widget, "player.faster", NULL);
      cor_player_play (player);
      return TRUE;
    case COR_PLAYER_KEY_FRAME_BACK:
    case COR_PLAYER_KEY_FRAME_FORWARD:
      return gtk_widget_activate_action (widget, "player.step", "i",
                                         key == COR_PLAYER_KEY_FRAME_BACK ? -1 : 1);
    case COR_PLAYER_KEY_SECOND_BACK:
    case COR_PLAYER_KEY_SECOND_FORWARD:
      return gtk_widget_activate_action (widget, "player.seek-by", "i",
                                         key == COR_PLAYER_KEY_SECOND_BACK ? -1000 : 1000);
    case COR_PLAYER_KEY_LEAVE_FULLSCREEN:
      root = gtk_widget_get_root (widget);
      if (!GTK_IS_WINDOW (root) || !gtk_window_is_fullscreen (GTK_WINDOW (root)))
        return FALSE;
      gtk_window_unfullscreen (GTK_WINDOW (root));
      return TRUE;
    default:
      for (guint i = 0; i < G_N_ELEMENTS (simple_keys); i++)
        if (simple_keys[i].key == key)
          return gtk_widget_activate_action (widget, simple_keys[i].action, NULL);
      return FALSE;
    }
}
