#!/bin/sh
# Every source file with a translatable string must be listed in po/POTFILES.in,
# and every listed file must exist.
cd "$(dirname "$0")/.." || exit 1
status=0
for f in $(grep -rlE '(^|[^A-Za-z_])N?_\("|C_\("|translatable="yes"' app resources data 2>/dev/null | sort); do
  case "$f" in *.h) continue ;; esac
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $f"
    status=1
  fi
done
for f in $(grep -v '^#' po/POTFILES.in); do
  if [ ! -f "$f" ]; then
    echo "listed in po/POTFILES.in but missing: $f"
    status=1
  fi
done
[ $status = 0 ] && echo "POTFILES.in is complete"
exit $status
