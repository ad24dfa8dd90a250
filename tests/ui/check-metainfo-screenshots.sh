#!/bin/sh
# check-metainfo-screenshots.sh METAINFO SOURCE_ROOT
#
# Every <image> of the AppStream metainfo names a file of the repository's main branch
# (https://raw.githubusercontent.com/corroborate/corroborate/main/PATH): PATH must exist in the
# source tree, be a PNG, and have the width and height the metainfo gives. At least one
# screenshot is required.
set -eu

metainfo=$1
root=$2
prefix=https://raw.githubusercontent.com/corroborate/corroborate/main/
count=0

# one <image ...>URL</image> per line in the file
images=$(grep -o '<image[^>]*>[^<]*</image>' "$metainfo") || {
  echo "no <image> in $metainfo" >&2
  exit 1
}

echo "$images" | {
  while IFS= read -r line; do
    url=$(echo "$line" | sed 's/<image[^>]*>\(.*\)<\/image>/\1/')
    width=$(echo "$line" | sed -n 's/.*width="\([0-9]*\)".*/\1/p')
    height=$(echo "$line" | sed -n 's/.*height="\([0-9]*\)".*/\1/p')
    case $url in
      "$prefix"*) path=${url#"$prefix"} ;;
      *) echo "not a file of the repository: $url" >&2; exit 1 ;;
    esac
    if [ ! -f "$root/$path" ]; then
      echo "missing in the source tree: $path" >&2
      exit 1
    fi
    info=$(file -b "$root/$path")
    case $info in
      "PNG image data, $width x $height,"*) ;;
      *) echo "$path is not a ${width}x${height} PNG: $info" >&2; exit 1 ;;
    esac
    count=$((count + 1))
    echo "ok $count $path ($width x $height)"
  done
  [ "$count" -gt 0 ]
}
