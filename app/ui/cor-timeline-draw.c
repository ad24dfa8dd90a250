/* cor-timeline-draw.c — CorTimeline's snapshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the visible time range is drawn: the spans that may overlap it are found by binary search
 * (cor_timeline_visible_range()). Each span is drawn in its row of its lane (span->row, from
 * cor_timeline_assign_rows(), the same rows hit-testing uses). Ranges and points narrower than
 * a pixel that fall on the column of the previous one in their row are skipped, so a zoomed-out
 * clip with thousands of observations draws at most a few nodes a pixel column. Labels are laid
 * out only when drawn and only when there is room for them.
 */
#include "config.h"

#include <math.h>

#include "cor-time.h"
#include "cor-timeline-internal.h"

#define LABEL_MIN_PX     24.0
#define LABEL_MAX_PX     320.0
#define LABEL_PADDING_PX 4.0
#define MARKER_HALF      5.0
#define BAR_INSET        4.0
#define NARROW_PX        (LABEL_MIN_PX + 2 * LABEL_PADDING_PX)
#define POINT_GAP_PX     3.0
#define N_SLOTS          (COR_TIMELINE_N_LANES * COR_TIMELINE_MAX_ROWS)

/* A pointer to @c with its alpha multiplied by @a */
#define FADED(c, a) (&(GdkRGBA) { (c).red, (c).green, (c).blue, (c).alpha * (a) })

typedef struct
{
  gboolean dark;
  GdkRGBA  fg;
  GdkRGBA  kind[COR_TIMELINE_N_LANES];
  GdkRGBA  playhead;
} Palette;

/* GNOME palette: blue, green, orange, purple; lighter shades on a dark style */
static const GdkRGBA kind_light[COR_TIMELINE_N_LANES] = {
  { 0.110f, 0.443f, 0.847f, 1.f },  /* #1c71d8 */
  { 0.149f, 0.635f, 0.412f, 1.f },  /* #26a269 */
  { 0.902f, 0.380f, 0.000f, 1.f },  /* #e66100 */
  { 0.569f, 0.255f, 0.675f, 1.f },  /* #9141ac */
};
static const GdkRGBA kind_dark[COR_TIMELINE_N_LANES] = {
  { 0.384f, 0.627f, 0.918f, 1.f },  /* #62a0ea */
  { 0.341f, 0.890f, 0.537f, 1.f },  /* #57e389 */
  { 1.000f, 0.639f, 0.282f, 1.f },  /* #ffa348 */
  { 0.753f, 0.380f, 0.796f, 1.f },  /* #c061cb */
};

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

static void
palette_init (Palette   *palette,
              GtkWidget *widget)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &palette->fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* a light foreground means a dark style */
  palette->dark = 0.299 * palette->fg.red + 0.587 * palette->fg.green
                  + 0.114 * palette->fg.blue > 0.5;
  for (int i = 0; i < COR_TIMELINE_N_LANES; i++)
    palette->kind[i] = palette->dark ? kind_dark[i] : kind_light[i];
  palette->playhead = palette->dark ? (GdkRGBA) { 1.f, 0.482f, 0.388f, 1.f }    /* #ff7b63 */
                                    : (GdkRGBA) { 0.878f, 0.106f, 0.141f, 1.f }; /* #e01b24 */
}

static PangoLayout *
small_layout (GtkWidget  *widget,
              const char *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static void
append_layout_at (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  double         x,
                  double         y,
                  const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) x, (float) y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* A diamond @half px from its centre to each corner, as a texture made once per colour and
 * size: transformed nodes would need an offscreen pass each in the GL renderer */
static GdkTexture *
diamond_texture (CorTimeline   *self,
                 double         half,
                 const GdkRGBA *color)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  CorTimelineMarker *marker;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  int size;

  for (guint i = 0; i < self->markers->len; i++)
    {
      marker = g_ptr_array_index (self->markers, i);
      if (marker->half == half && marker->scale == scale && gdk_rgba_equal (&marker->color, color))
        return marker->texture;
    }

  size = (int) ceil (2 * half * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (surface);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_move_to (cr, size / 2.0, 0);
  cairo_line_to (cr, size, size / 2.0);
  cairo_line_to (cr, size / 2.0, size);
  cairo_line_to (cr, 0, size / 2.0);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * size);
  marker = g_new0 (CorTimelineMarker, 1);
  marker->half = half;
  marker->scale = scale;
  marker->color = *color;
  marker->texture = gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, bytes,
                                            cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  g_ptr_array_add (self->markers, marker);

  return marker->texture;
}

static void
append_diamond (CorTimeline   *self,
                GtkSnapshot   *snapshot,
                double         x,
                double         y,
                double         half,
                const GdkRGBA *color)
{
  gtk_snapshot_append_texture (snapshot, diamond_texture (self, half, color),
                               &GRAPHENE_RECT_INIT ((float) (x - half), (float) (y - half),
                                                    (float) (2 * half), (float) (2 * half)));
}

/* The ruler: major ticks with labels, minor ticks between */
static void
draw_ruler (CorTimeline   *self,
            GtkSnapshot   *snapshot,
            const Palette *palette)
{
  const CorTimelineView *view = &self->view;
  double h = self->geometry.ruler_h;
  double right = view->x0 + view->width;
  gint64 end_ns = MIN (cor_timeline_view_end_ns (view), self->duration_ns);
  CorTimelineTicks ticks = cor_timeline_choose_ticks (view->ns_per_px, self->fps_n, self->fps_d,
                                                      90.0);
  GdkRGBA tick = with_alpha (&palette->fg, 0.45f);
  GdkRGBA text = with_alpha (&palette->fg, 0.75f);
  gint64 k;

  gtk_snapshot_append_color (snapshot, FADED (palette->fg, 0.04f),
                             &GRAPHENE_RECT_INIT ((float) view->x0, 0, (float) view->width,
                                                  (float) h));

  if (self->duration_ns <= 0)
    return;

  if (ticks.major_frames > 0)
    {
      gint64 first = cor_time_ns_to_frame (view->start_ns, self->fps_n, self->fps_d);
      double frame_px = cor_time_frame_to_ns (1, self->fps_n, self->fps_d) / view->ns_per_px;
      gboolean minors = ticks.n_minor > 1 && frame_px >= 4;

      for (k = first - first % ticks.major_frames; ; k++)
        {
          gint64 ns = cor_time_frame_to_ns (k, self->fps_n, self->fps_d);
          double x = cor_timeline_time_to_x (view, ns);
          gboolean major = k % ticks.major_frames == 0;

          if (ns > end_ns || x > right)
            break;
          if (!major && !minors)
            continue;

          gtk_snapshot_append_color (snapshot, &tick,
                                     &GRAPHENE_RECT_INIT ((float) floor (x), major ? 0 : h - 5,
                                                          1, major ? (float) h : 5));
          if (major)
            {
              g_autofree char *label = cor_timeline_format_tick (ns, &ticks, self->duration_ns);
              g_autoptr(PangoLayout) layout = small_layout (GTK_WIDGET (self), label);

              append_layout_at (snapshot, layout, floor (x) + 3, 2, &text);
            }
        }
      return;
    }

  {
    gint64 minor_ns = ticks.n_minor > 1 ? ticks.major_ns / ticks.n_minor : ticks.major_ns;
    gboolean minors = ticks.n_minor > 1 && minor_ns / view->ns_per_px >= 4;

    for (k = view->start_ns / ticks.major_ns * ticks.major_ns; k <= end_ns; k += minor_ns)
      {
        double x = cor_timeline_time_to_x (view, k);
        gboolean major = k % ticks.major_ns == 0;

        if (x > right)
          break;
        if (!major && !minors)
          continue;

        gtk_snapshot_append_color (snapshot, &tick,
                                   &GRAPHENE_RECT_INIT ((float) floor (x), major ? 0 : h - 5,
                                                        1, major ? (float) h : 5));
        if (major)
          {
            g_autofree char *label = cor_timeline_format_tick (k, &ticks, self->duration_ns);
            g_autoptr(PangoLayout) layout = small_layout (GTK_WIDGET (self), label);

            append_layout_at (snapshot, layout, floor (x) + 3, 2, &text);
          }
      }
  }
}

static void
draw_waveform (CorTimeline   *self,
               GtkSnapshot   *snapshot,
               const Palette *palette)
{
  const CorTimelineView *view = &self->view;
  double top = self->geometry.ruler_h;
  double half = self->geometry.wave_h / 2 - 2;
  double middle = top + self->geometry.wave_h / 2;
  guint n_columns = (guint) MAX (view->width, 1);
  GdkRGBA color = with_alpha (&palette->fg, 0.5f);

  if (self->waveform == NULL || self->geometry.wave_h <= 0)
    return;

  if (self->n_peaks != n_columns)
    {
      self->peak_mins = g_renew (float, self->peak_mins, n_columns);
      self->peak_maxs = g_renew (float, self->peak_maxs, n_columns);
      self->n_peaks = n_columns;
    }

  cor_waveform_summarize (self->waveform, view->start_ns,
                          view->start_ns + (gint64) llround (n_columns * view->ns_per_px),
                          n_columns, self->peak_mins, self->peak_maxs);

  for (guint i = 0; i < n_columns; i++)
    {
      double y0 = middle - CLAMP (self->peak_maxs[i], -1, 1) * half;
      double y1 = middle - CLAMP (self->peak_mins[i], -1, 1) * half;

      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT ((float) (view->x0 + i), (float) y0, 1,
                                                      (float) MAX (y1 - y0, 1)));
    }
}

/* The per-row state of draw_spans(): one slot for each row of each lane */
static int
slot_of (const CorTimelineSpan *span)
{
  return span->lane * COR_TIMELINE_MAX_ROWS + CLAMP (span->row, 0, COR_TIMELINE_MAX_ROWS - 1);
}

/* One span: a rounded bar or a diamond on a thin line */
static void
draw_span (CorTimeline   *self,
           GtkSnapshot   *snapshot,
           const Palette *palette,
           int            lane,
           int            row,
           gint64         start_ns,
           gint64         end_ns,
           gboolean       selected,
           gboolean       marker,
           float          alpha)
{
  const CorTimelineView *view = &self->view;
  double top = cor_timeline_row_top (&self->geometry, lane, row);
  double h = self->geometry.lane_h;
  GdkRGBA color = with_alpha (&palette->kind[lane], alpha);
  double xs = cor_timeline_time_to_x (view, start_ns);

  if (end_ns < 0)
    {
      GdkRGBA line = with_alpha (&color, 0.7f);

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT ((float) (floor (xs)), (float) top + 2, 1,
                                                      (float) h - 4));
      if (selected)
        append_diamond (self, snapshot, floor (xs) + 0.5, top + h / 2, MARKER_HALF + 2.5,
                        &palette->fg);
      if (marker || selected)
        append_diamond (self, snapshot, floor (xs) + 0.5, top + h / 2, MARKER_HALF, &color);
      return;
    }
  else
    {
      double xe = cor_timeline_time_to_x (view, end_ns);
      double w = MAX (xe - xs, 1);
      graphene_rect_t bar = GRAPHENE_RECT_INIT ((float) xs, (float) (top + BAR_INSET), (float) w,
                                                (float) (h - 2 * BAR_INSET));
      GdkRGBA fill = with_alpha (&color, palette->dark ? 0.45f : 0.30f);

      if (w < 8)
        {
          gtk_snapshot_append_color (snapshot, &color, &bar);
        }
      else
        {
          GskRoundedRect rounded;
          const float widths[4] = { 1, 1, 1, 1 };
          const GdkRGBA colors[4] = { color, color, color, color };
          graphene_rect_t inner;

          /* a 3 px radius: the fill inset by the 1 px border stays inside the corners, so no
           * rounded clip (an offscreen pass in the GL renderer) is needed */
          graphene_rect_inset_r (&bar, 1, 1, &inner);
          gtk_snapshot_append_color (snapshot, &fill, &inner);
          gsk_rounded_rect_init_from_rect (&rounded, &bar, 3);
          gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
        }

      if (selected)
        {
          GskRoundedRect outline;
          const float widths[4] = { 2, 2, 2, 2 };
          const GdkRGBA colors[4] = { palette->fg, palette->fg, palette->fg, palette->fg };

          gsk_rounded_rect_init_from_rect (&outline,
                                           &GRAPHENE_RECT_INIT (bar.origin.x - 2,
                                                                bar.origin.y - 2,
                                                                bar.size.width + 4,
                                                                bar.size.height + 4), 5);
          gtk_snapshot_append_border (snapshot, &outline, widths, colors);
        }
    }
}

/* A run of narrow ranges in row @slot (slot_of()) from @x0 to @x1 (nothing when x1 < x0): the
 * look of a bar (a light fill inside a line) from plain rectangles, which every renderer draws
 * fast */
static void
flush_run (CorTimeline   *self,
           GtkSnapshot   *snapshot,
           const Palette *palette,
           int            slot,
           double         x0,
           double         x1)
{
  int lane = slot / COR_TIMELINE_MAX_ROWS;
  float top = (float) (cor_timeline_row_top (&self->geometry, lane, slot % COR_TIMELINE_MAX_ROWS)
                       + BAR_INSET);
  float h = (float) (self->geometry.lane_h - 2 * BAR_INSET);
  float w = (float) MAX (x1 - x0, 1);
  const GdkRGBA *color = &palette->kind[lane];

  if (x1 < x0)
    return;

  if (w < 3)
    {
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT ((float) x0, top, w, h));
      return;
    }

  gtk_snapshot_append_color (snapshot, FADED (*color, palette->dark ? 0.45f : 0.30f),
                             &GRAPHENE_RECT_INIT ((float) x0 + 1, top + 1, w - 2, h - 2));
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT ((float) x0, top, w, 1));
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT ((float) x0, top + h - 1, w, 1));
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT ((float) x0, top, 1, h));
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT ((float) x0 + w - 1, top, 1, h));
}

static void
draw_label (CorTimeline           *self,
            GtkSnapshot           *snapshot,
            const Palette         *palette,
            const CorTimelineSpan *span,
            gint64                 next_start_ns)
{
  CorTimelineItem *item = span->data;
  double room = cor_timeline_label_room (&self->view, span, next_start_ns, LABEL_PADDING_PX,
                                         LABEL_MAX_PX);
  double x, top;
  int text_h;

  if (room < LABEL_MIN_PX || item->summary == NULL || item->summary[0] == '\0')
    return;

  if (item->layout == NULL)
    {
      item->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), item->summary);
      pango_layout_set_single_paragraph_mode (item->layout, TRUE);
      pango_layout_get_pixel_size (item->layout, &item->natural_w, NULL);
      item->layout_w = -1;
    }

  switch (cor_timeline_label_fit (item->natural_w, room, LABEL_MIN_PX))
    {
    case COR_TIMELINE_LABEL_HIDE:
      return;
    case COR_TIMELINE_LABEL_FULL:
      if (item->layout_w != -1)
        {
          pango_layout_set_width (item->layout, -1);
          pango_layout_set_ellipsize (item->layout, PANGO_ELLIPSIZE_NONE);
          item->layout_w = -1;
        }
      break;
    case COR_TIMELINE_LABEL_ELIDE:
    default:
      if (item->layout_w != (int) room)
        {
          pango_layout_set_width (item->layout, (int) room * PANGO_SCALE);
          pango_layout_set_ellipsize (item->layout, PANGO_ELLIPSIZE_END);
          item->layout_w = (int) room;
        }
      break;
    }

  pango_layout_get_pixel_size (item->layout, NULL, &text_h);
  top = cor_timeline_row_top (&self->geometry, span->lane, span->row);
  x = cor_timeline_time_to_x (&self->view, span->start_ns);
  if (span->end_ns >= 0)
    x = MAX (x, self->view.x0) + LABEL_PADDING_PX;
  else
    x += MARKER_HALF + LABEL_PADDING_PX;

  append_layout_at (snapshot, item->layout, round (x),
                    round (top + (self->geometry.lane_h - text_h) / 2), &palette->fg);
}

static void
draw_spans (CorTimeline   *self,
            GtkSnapshot   *snapshot,
            const Palette *palette)
{
  const CorTimelineView *view = &self->view;
  const CorTimelineSpan *spans = (CorTimelineSpan *) (gpointer) self->spans->data;
  gint64 margin_ns = (gint64) ceil ((MARKER_HALF + 2) * view->ns_per_px);
  gint64 from_ns = view->start_ns - margin_ns;
  gint64 to_ns = cor_timeline_view_end_ns (view) + margin_ns;
  gint64 next_start[N_SLOTS];
  double last_point_x[N_SLOTS];
  double last_marker_x[N_SLOTS];
  double run_start[N_SLOTS];
  double run_end[N_SLOTS];
  gboolean dragging = self->drag_id != 0 && self->drag_moved;
  guint first, last;

  cor_timeline_visible_range (spans, self->spans->len, self->max_length_ns, from_ns, to_ns,
                              &first, &last);

  for (int slot = 0; slot < N_SLOTS; slot++)
    {
      last_point_x[slot] = -G_MAXDOUBLE;
      last_marker_x[slot] = -G_MAXDOUBLE;
      next_start[slot] = -1;
      run_start[slot] = 0;
      run_end[slot] = -1;
    }

  for (guint i = first; i < last; i++)
    {
      const CorTimelineSpan *span = &spans[i];
      gboolean selected = span->id == self->selected_id;
      gboolean marker = TRUE;
      int slot;

      if (span->lane < 0 || (span->end_ns >= 0 && span->end_ns < from_ns))
        continue;
      slot = slot_of (span);

      /* a point within a few pixels of the last one drawn in its row adds nothing (rows keep
       * points apart; this is for a lane too crowded to stack, COR_TIMELINE_MAX_ROWS) */
      if (span->end_ns < 0 && !selected)
        {
          double x = cor_timeline_time_to_x (view, span->start_ns);

          if (x < last_point_x[slot] + POINT_GAP_PX)
            {
              self->n_drawn++;
              continue;
            }
          last_point_x[slot] = x;

          /* where markers would overlap, the points are drawn as lines only */
          marker = x >= last_marker_x[slot] + 2 * MARKER_HALF;
          if (marker)
            last_marker_x[slot] = x;
        }

      /* ranges too narrow for a label merge into runs: a few nodes a run */
      if (span->end_ns >= 0 && !selected && span->id != self->drag_id
          && (span->end_ns - span->start_ns) / view->ns_per_px < NARROW_PX)
        {
          double xs = cor_timeline_time_to_x (view, span->start_ns);
          double xe = MAX (cor_timeline_time_to_x (view, span->end_ns), xs + 1);

          if (run_end[slot] >= run_start[slot] && xs <= run_end[slot] + 1)
            run_end[slot] = MAX (run_end[slot], xe);
          else
            {
              flush_run (self, snapshot, palette, slot, run_start[slot], run_end[slot]);
              run_start[slot] = xs;
              run_end[slot] = xe;
            }
          self->n_drawn++;
          continue;
        }

      draw_span (self, snapshot, palette, span->lane, span->row, span->start_ns, span->end_ns,
                 selected && !(dragging && span->id == self->drag_id), marker,
                 dragging && span->id == self->drag_id ? 0.3f : 1.f);
      self->n_drawn++;
    }

  for (int slot = 0; slot < N_SLOTS; slot++)
    flush_run (self, snapshot, palette, slot, run_start[slot], run_end[slot]);

  /* labels, last first, so each point knows where the next one in its row starts */
  for (guint i = last; i > first; i--)
    {
      const CorTimelineSpan *span = &spans[i - 1];

      if (span->lane < 0 || (span->end_ns >= 0 && span->end_ns < from_ns))
        continue;
      if (!(dragging && span->id == self->drag_id))
        draw_label (self, snapshot, palette, span, next_start[slot_of (span)]);
      next_start[slot_of (span)] = span->start_ns;
    }

  if (dragging)
    {
      int index = -1;

      for (guint i = 0; i < self->spans->len && index < 0; i++)
        if (spans[i].id == self->drag_id)
          index = (int) i;

      if (index >= 0)
        {
          CorTimelineSpan preview = spans[index];
          gint64 edge_ns = self->drag_part == COR_TIMELINE_PART_END ? self->preview_end_ns
                                                                     : self->preview_start_ns;
          g_autofree char *time = cor_time_format (edge_ns);
          g_autoptr(PangoLayout) layout = small_layout (GTK_WIDGET (self), time);
          double x = cor_timeline_time_to_x (view, edge_ns);
          int w, h;

          preview.start_ns = self->preview_start_ns;
          preview.end_ns = self->preview_end_ns;
          draw_span (self, snapshot, palette, preview.lane, preview.row, preview.start_ns,
                     preview.end_ns, TRUE, TRUE, 1.f);
          draw_label (self, snapshot, palette, &preview, -1);

          /* the edge's time in the ruler */
          pango_layout_get_pixel_size (layout, &w, &h);
          x = CLAMP (x - w / 2.0, view->x0, view->x0 + view->width - w);
          gtk_snapshot_append_color (snapshot, &palette->kind[preview.lane],
                                     &GRAPHENE_RECT_INIT ((float) x - 3, 1, (float) w + 6,
                                                          (float) self->geometry.ruler_h - 2));
          append_layout_at (snapshot, layout, x, (self->geometry.ruler_h - h) / 2,
                            &(GdkRGBA) { 1, 1, 1, 1 });
        }
    }
}

static void
draw_lane_headers (CorTimeline   *self,
                   GtkSnapshot   *snapshot,
                   const Palette *palette,
                   double         width)
{
  double header_w = self->geometry.header_w;
  GdkRGBA line = with_alpha (&palette->fg, 0.12f);

  gtk_snapshot_append_color (snapshot, FADED (palette->fg, 0.06f),
                             &GRAPHENE_RECT_INIT (0, 0, (float) header_w,
                                                  (float) cor_timeline_total_height (
                                                    &self->geometry)));

  for (int lane = 0; lane < COR_TIMELINE_N_LANES; lane++)
    {
      double top = cor_timeline_lane_top (&self->geometry, lane);
      double h = cor_timeline_lane_height (&self->geometry, lane);
      double row_h = self->geometry.lane_h;   /* the name stands beside the first row */
      int text_h;

      if (self->lane_layouts[lane] == NULL)
        {
          const char *name = cor_annotation_kind_to_label (cor_timeline_kind_for_lane (lane));

          self->lane_layouts[lane] = gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
          pango_layout_set_width (self->lane_layouts[lane], (int) (header_w - 30) * PANGO_SCALE);
          pango_layout_set_ellipsize (self->lane_layouts[lane], PANGO_ELLIPSIZE_END);
        }

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (0, (float) top, (float) width, 1));
      gtk_snapshot_append_color (snapshot, &palette->kind[lane],
                                 &GRAPHENE_RECT_INIT (10, (float) (top + row_h / 2 - 5), 10, 10));
      pango_layout_get_pixel_size (self->lane_layouts[lane], NULL, &text_h);
      append_layout_at (snapshot, self->lane_layouts[lane], 26,
                        round (top + (row_h - text_h) / 2), &palette->fg);

      if (lane == self->focus_lane && gtk_widget_has_visible_focus (GTK_WIDGET (self)))
        {
          GskRoundedRect ring;
          const float widths[4] = { 2, 2, 2, 2 };
          GdkRGBA accent = with_alpha (&palette->kind[0], 1.f);
          const GdkRGBA colors[4] = { accent, accent, accent, accent };

          gsk_rounded_rect_init_from_rect (&ring,
                                           &GRAPHENE_RECT_INIT (2, (float) top + 2,
                                                                (float) header_w - 4,
                                                                (float) h - 4), 4);
          gtk_snapshot_append_border (snapshot, &ring, widths, colors);
        }
    }

  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, (float) cor_timeline_total_height (
                                                    &self->geometry), (float) width, 1));
  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT ((float) header_w - 1, 0, 1,
                                                  (float) cor_timeline_total_height (
                                                    &self->geometry)));
}

static void
draw_playhead (CorTimeline   *self,
               GtkSnapshot   *snapshot,
               const Palette *palette)
{
  double x = floor (cor_timeline_time_to_x (&self->view, self->position_ns));
  double bottom = cor_timeline_total_height (&self->geometry);

  if (self->clip_id <= 0 || x < self->view.x0 - 1 || x > self->view.x0 + self->view.width)
    return;

  gtk_snapshot_append_color (snapshot, &palette->playhead,
                             &GRAPHENE_RECT_INIT ((float) x - 0.5f, 0, 2, (float) bottom));
  append_diamond (self, snapshot, x + 0.5, 2, 6, &palette->playhead);
}

void
cor_timeline_draw (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  CorTimeline *self = COR_TIMELINE (widget);
  double width = gtk_widget_get_width (widget);
  double total_h = cor_timeline_total_height (&self->geometry);
  graphene_rect_t time_area = GRAPHENE_RECT_INIT ((float) self->view.x0, 0,
                                                  (float) self->view.width, (float) total_h);
  Palette palette;

  palette_init (&palette, widget);
  self->n_drawn = 0;

  /* a no-op unless a zoom change was missed: drawing and hit-testing use the same rows */
  self->defer_resize = TRUE;
  cor_timeline_update_rows (self, FALSE);
  self->defer_resize = FALSE;

  /* alternate lane shading */
  for (int lane = 1; lane < COR_TIMELINE_N_LANES; lane += 2)
    gtk_snapshot_append_color (snapshot, FADED (palette.fg, 0.03f),
                               &GRAPHENE_RECT_INIT (0, (float) cor_timeline_lane_top (
                                                      &self->geometry, lane),
                                                    (float) width,
                                                    (float) cor_timeline_lane_height (
                                                      &self->geometry, lane)));

  gtk_snapshot_push_clip (snapshot, &time_area);
  draw_ruler (self, snapshot, &palette);
  draw_waveform (self, snapshot, &palette);
  if (self->duration_ns > 0)
    {
      /* the time after the clip's end is shaded */
      double end_x = cor_timeline_time_to_x (&self->view, self->duration_ns);

      if (end_x < self->view.x0 + self->view.width)
        gtk_snapshot_append_color (snapshot, FADED (palette.fg, 0.08f),
                                   &GRAPHENE_RECT_INIT ((float) end_x, 0,
                                                        (float) (self->view.x0 + self->view.width
                                                                 - end_x), (float) total_h));
    }
  draw_spans (self, snapshot, &palette);
  draw_playhead (self, snapshot, &palette);
  gtk_snapshot_pop (snapshot);

  draw_lane_headers (self, snapshot, &palette, width);

  gtk_widget_snapshot_child (widget, self->scrollbar, snapshot);
}
