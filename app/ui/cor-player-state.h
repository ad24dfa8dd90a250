/* cor-player-state.h — the player view's state as plain functions, testable without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gdk/gdk.h>
#include <graphene.h>

G_BEGIN_DECLS

/* Where the keyboard focus is when a key is pressed */
typedef enum
{
  COR_FOCUS_NONE,   /* nothing focused, or a widget that does not take typing (button, list) */
  COR_FOCUS_TEXT,   /* a text field: GtkEditable, GtkText, GtkTextView — keys are for typing */
  COR_FOCUS_POPUP,  /* inside a popover or menu — keys are for it */
} CorFocusKind;

/* What a key does in the player. J/K/L shuttle:
 *   J — while playing: slower (one rate step down, to 0.1×); while paused: one frame back,
 *       so holding J steps backwards frame by frame;
 *   K — pause;
 *   L — while paused: play at the current rate; while playing: faster (one rate step up, to 4×).
 */
typedef enum
{
  COR_PLAYER_KEY_NONE,
  COR_PLAYER_KEY_TOGGLE,          /* Space */
  COR_PLAYER_KEY_SHUTTLE_BACK,    /* J */
  COR_PLAYER_KEY_PAUSE,           /* K */
  COR_PLAYER_KEY_SHUTTLE_FORWARD, /* L */
  COR_PLAYER_KEY_FRAME_BACK,      /* Left */
  COR_PLAYER_KEY_FRAME_FORWARD,   /* Right */
  COR_PLAYER_KEY_SECOND_BACK,     /* Shift+Left */
  COR_PLAYER_KEY_SECOND_FORWARD,  /* Shift+Right */
  COR_PLAYER_KEY_SLOWER,          /* [ */
  COR_PLAYER_KEY_FASTER,          /* ] */
  COR_PLAYER_KEY_HOME,            /* Home */
  COR_PLAYER_KEY_END,             /* End */
  COR_PLAYER_KEY_STILL,           /* S */
  COR_PLAYER_KEY_FULLSCREEN,      /* F11 */
  COR_PLAYER_KEY_LEAVE_FULLSCREEN, /* Escape */
  COR_PLAYER_KEY_ZOOM_IN,         /* + or = */
  COR_PLAYER_KEY_ZOOM_OUT,        /* - */
  COR_PLAYER_KEY_ZOOM_RESET,      /* 0 */
} CorPlayerKey;

/* The action of @keyval with modifiers @state, given where the focus is. Keys with Ctrl,
 * Alt or Super do nothing here (they belong to the application's shortcuts); in a text
 * field or a popup no key does anything. */
CorPlayerKey  cor_player_key_lookup      (guint            keyval,
                                          GdkModifierType  state,
                                          CorFocusKind     focus);

/* The marking keys (issue 4): what a key does to the observations of the clip shown. Like the
 * player's keys, they do nothing with Ctrl, Alt or Super, in a text field or in a popup. */
typedef enum
{
  COR_MARK_KEY_NONE,
  COR_MARK_KEY_LANGUAGE,  /* 1: language heard */
  COR_MARK_KEY_UNIFORM,   /* 2: uniform / equipment */
  COR_MARK_KEY_LOCATION,  /* 3: location */
  COR_MARK_KEY_NOTE,      /* 4: note */
  COR_MARK_KEY_IN,        /* I: the in point of a range */
  COR_MARK_KEY_OUT,       /* O: the out point of a range */
  COR_MARK_KEY_DELETE,    /* Delete: the selected observation */
} CorMarkKey;

CorMarkKey    cor_mark_key_lookup        (guint            keyval,
                                          GdkModifierType  state,
                                          CorFocusKind     focus);

/* The range a kind key makes from the in and out points (-1: not set): TRUE with
 * [*@out_start_ns, *@out_end_ns] when both are set and out > in; otherwise a point at
 * @position_ns (*@out_end_ns = -1) and FALSE */
gboolean      cor_mark_range             (gint64           in_ns,
                                          gint64           out_ns,
                                          gint64           position_ns,
                                          gint64          *out_start_ns,
                                          gint64          *out_end_ns);

/* "00:00:01.033 / 00:00:03.000 · frame 31". The duration reads "--:--:--.---" when unknown
 * (< 0); the frame part is left out when @frame < 0 (no video, or not known yet). */
char         *cor_player_format_time     (gint64           position_ns,
                                          gint64           duration_ns,
                                          gint64           frame);
/* "1×", "0.25×", "1.5×" */
char         *cor_player_format_rate     (double           rate);

/* The playback rates offered, slowest first: 0.1× … 4× */
const double *cor_player_rates           (guint           *n_rates);
/* The index of the offered rate nearest to @rate */
guint         cor_player_rate_index      (double           rate);
/* The next offered rate above (@direction > 0) or below (< 0) @rate, clamped to the range */
double        cor_player_rate_step       (double           rate,
                                          int              direction);

/* Digital zoom of a picture in a widget. At zoom 1 the picture fits the widget (letterboxed);
 * at zoom z it is z times larger. (center_x, center_y) is the picture point, in 0..1, shown at
 * the widget's centre. */
#define COR_ZOOM_MIN 1.0
#define COR_ZOOM_MAX 16.0

typedef struct
{
  double zoom;
  double center_x;
  double center_y;
} CorZoom;

void          cor_zoom_reset             (CorZoom         *zoom);
/* The picture's rectangle in widget coordinates */
void          cor_zoom_get_rect          (const CorZoom   *zoom,
                                          double           widget_width,
                                          double           widget_height,
                                          double           picture_width,
                                          double           picture_height,
                                          graphene_rect_t *out_rect);
/* Sets the zoom to @new_zoom (clamped to COR_ZOOM_MIN..MAX) keeping the picture point under
 * widget point (@x, @y) where it is, as far as the clamp of the pan allows */
void          cor_zoom_zoom_at           (CorZoom         *zoom,
                                          double           new_zoom,
                                          double           x,
                                          double           y,
                                          double           widget_width,
                                          double           widget_height,
                                          double           picture_width,
                                          double           picture_height);
/* Moves the picture by (@dx, @dy) widget pixels */
void          cor_zoom_pan               (CorZoom         *zoom,
                                          double           dx,
                                          double           dy,
                                          double           widget_width,
                                          double           widget_height,
                                          double           picture_width,
                                          double           picture_height);
/* Keeps the picture covering the widget along each axis where it is larger than the widget,
 * and centred along an axis where it is smaller */
void          cor_zoom_clamp             (CorZoom         *zoom,
                                          double           widget_width,
                                          double           widget_height,
                                          double           picture_width,
                                          double           picture_height);
/* Screen pixels per source pixel at this zoom */
double        cor_zoom_get_scale         (const CorZoom   *zoom,
                                          double           widget_width,
                                          double           widget_height,
                                          double           picture_width,
                                          double           picture_height);
/* TRUE when source pixels should be drawn as crisp squares (more than 2 screen pixels each) */
gboolean      cor_zoom_use_nearest       (double           scale);

G_END_DECLS
