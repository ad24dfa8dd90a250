/* timeline-test-view.h — the view the timeline's layout tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-time.h"
#include "cor-timeline-layout.h"

#define MS COR_NS_PER_MS
#define S  COR_NS_PER_SECOND

/* A view from @start_ns at @ns_per_px, its time area 800 px wide from x = 120 */
static inline CorTimelineView
make_view (gint64 start_ns,
           double ns_per_px)
{
  return (CorTimelineView) { start_ns, ns_per_px, 120, 800 };
}
