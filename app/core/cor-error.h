/* cor-error.h — error domains of every layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COR_TIME_ERROR   (cor_time_error_quark ())
#define COR_STORE_ERROR  (cor_store_error_quark ())
#define COR_MEDIA_ERROR  (cor_media_error_quark ())
#define COR_REPORT_ERROR (cor_report_error_quark ())

typedef enum
{
  COR_TIME_ERROR_INVALID,
} CorTimeError;

typedef enum
{
  COR_STORE_ERROR_NOT_A_DATABASE, /* not an SQLite file at all */
  COR_STORE_ERROR_NOT_A_CASE,     /* SQLite, but not a Corroborate case */
  COR_STORE_ERROR_DAMAGED,        /* a case whose file is corrupt or truncated */
  COR_STORE_ERROR_TOO_NEW,        /* written by a newer Corroborate */
  COR_STORE_ERROR_NOT_FOUND,      /* no record with that id */
  COR_STORE_ERROR_INVALID,        /* a value refused by validation */
  COR_STORE_ERROR_EXISTS,         /* the case file already exists */
  COR_STORE_ERROR_DUPLICATE,      /* the same record is already there */
  COR_STORE_ERROR_IO,             /* the file cannot be read or written */
  COR_STORE_ERROR_FAILED,
} CorStoreError;

typedef enum
{
  COR_MEDIA_ERROR_NOT_FOUND,       /* the file does not exist */
  COR_MEDIA_ERROR_UNREADABLE,      /* the file cannot be read */
  COR_MEDIA_ERROR_EMPTY,           /* zero bytes */
  COR_MEDIA_ERROR_NOT_MEDIA,       /* not audio or video */
  COR_MEDIA_ERROR_DAMAGED,         /* truncated or corrupt */
  COR_MEDIA_ERROR_MISSING_DECODER, /* needs a plugin that is not installed */
  COR_MEDIA_ERROR_CANCELLED,
  COR_MEDIA_ERROR_FAILED,
} CorMediaError;

typedef enum
{
  COR_REPORT_ERROR_WRITE,   /* the output cannot be written */
  COR_REPORT_ERROR_INVALID, /* the input document is not valid */
  COR_REPORT_ERROR_FAILED,
} CorReportError;

GQuark cor_time_error_quark   (void);
GQuark cor_store_error_quark  (void);
GQuark cor_media_error_quark  (void);
GQuark cor_report_error_quark (void);

G_END_DECLS
