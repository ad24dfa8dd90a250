/* minimal-window.c — the smallest GTK4 window, the yardstick of bench-startup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkApplication (non-unique) with one GtkApplicationWindow holding a label. Once the
 * window has painted after being mapped it prints "mapped US" (g_get_monotonic_time(),
 * microseconds of CLOCK_MONOTONIC) and quits, as Corroborate does with COR_BENCH_STARTUP=1.
 *
 * Built a second time with COR_MINIMAL_ADW as minimal-adw-window: the same window from an
 * AdwApplication, which loads libadwaita and its style sheet as Corroborate does. It shows how
 * much of the 1.2x start-up budget the toolkit alone takes.
 */
#ifdef COR_MINIMAL_ADW
#include <adwaita.h>
#else
#include <gtk/gtk.h>
#endif
#include <stdio.h>

static void
after_paint_cb (GdkFrameClock  *clock,
                GtkApplication *application)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;

  g_print ("mapped %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (G_APPLICATION (application));
}

static void
map_cb (GtkWidget      *window,
        GtkApplication *application)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), application);
}

static void
activate_cb (GtkApplication *application)
{
  GtkWidget *window = gtk_application_window_new (application);

  gtk_window_set_title (GTK_WINDOW (window), "Minimal window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Minimal GTK4 window"));
  g_signal_connect (window, "map", G_CALLBACK (map_cb), application);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) application = NULL;

#ifdef COR_MINIMAL_ADW
  application = GTK_APPLICATION (adw_application_new ("io.github.corroborate.MinimalAdwWindow",
                                                      G_APPLICATION_NON_UNIQUE));
#else
  application = gtk_application_new ("io.github.corroborate.MinimalWindow",
                                     G_APPLICATION_NON_UNIQUE);
#endif
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
