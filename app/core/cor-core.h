/* cor-core.h — everything of the core layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cor-confidence.h"
#include "cor-error.h"
#include "cor-geo.h"
#include "cor-hash.h"
#include "cor-path.h"
#include "cor-progress.h"
#include "cor-task.h"
#include "cor-time.h"
