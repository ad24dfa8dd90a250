#!/bin/bash
# check-install.sh — `meson install --destdir` puts every data file where GNOME looks for it
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/ui/check-install.sh BUILD_DIR PREFIX DATADIR
# Installs the build into a temporary DESTDIR (nothing outside it is touched), checks each
# expected file exists and is not empty, that the installed demo case has its clips beside it,
# and that the installed schema compiles; then removes the DESTDIR.

set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 BUILD_DIR PREFIX DATADIR" >&2
  exit 2
fi

build="$1"
prefix="$2"
datadir="$3"
app_id=io.github.corroborate.Corroborate

dest="$(mktemp -d)"
trap 'rm -rf "$dest"' EXIT

if ! meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$dest.log" 2>&1; then
  cat "$dest.log" >&2
  rm -f "$dest.log"
  echo "check-install: meson install failed" >&2
  exit 1
fi
rm -f "$dest.log"

share="$dest$datadir"
expected=(
  "$dest$prefix/bin/corroborate"
  "$share/applications/$app_id.desktop"
  "$share/metainfo/$app_id.metainfo.xml"
  "$share/glib-2.0/schemas/$app_id.gschema.xml"
  "$share/mime/packages/$app_id.mime.xml"
  "$share/icons/hicolor/scalable/apps/$app_id.svg"
  "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
  "$share/corroborate/demo/demo.corroborate"
  "$share/corroborate/demo/sergeevka-queue.webm"
  "$share/corroborate/demo/barracks-uniforms.webm"
  "$share/corroborate/demo/intercepted-radio.ogg"
)

failed=0
for f in "${expected[@]}"; do
  if [ -s "$f" ]; then
    echo "ok ${f#"$dest"}"
  else
    echo "MISSING ${f#"$dest"}" >&2
    failed=1
  fi
done

# the desktop file names the case MIME type the MIME package defines
if ! grep -q '^MimeType=.*application/x-corroborate-case;' "$share/applications/$app_id.desktop" \
   || ! grep -q 'type="application/x-corroborate-case"' "$share/mime/packages/$app_id.mime.xml"; then
  echo "MIME type application/x-corroborate-case not in both the desktop file and the package" >&2
  failed=1
fi

if ! glib-compile-schemas --strict --dry-run "$share/glib-2.0/schemas"; then
  echo "the installed schema does not compile" >&2
  failed=1
fi

exit "$failed"
