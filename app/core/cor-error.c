/* cor-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cor-error.h"

G_DEFINE_QUARK (cor-time-error-quark, cor_time_error)
G_DEFINE_QUARK (cor-store-error-quark, cor_store_error)
G_DEFINE_QUARK (cor-media-error-quark, cor_media_error)
G_DEFINE_QUARK (cor-report-error-quark, cor_report_error)
