#!/bin/bash
# make-clips.sh — generates the synthetic demo clips of the demo case
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: data/demo/make-clips.sh [OUTPUT_DIR]     (default: the directory of this script)
#
# Needs gst-launch-1.0 (GStreamer 1.22 with good/base plugins: vp8enc, opusenc, webmmux, oggmux,
# textoverlay, timeoverlay), espeak-ng (voices ru, ko) and sox. The outputs are committed, so the
# demo case needs none of this at run time; rerun it only to change the clips.
#
# Every frame carries "SYNTHETIC DEMO" and a running timecode. Nothing here is real footage: the
# words are spoken by espeak-ng and the picture is a GStreamer test pattern.
#
# Deterministic: espeak-ng and sox (-R) give the same samples on every run and the encoders run
# single-threaded on the same input; only container metadata (Matroska date, Ogg serial numbers)
# can differ between runs.
#
# Where each phrase is heard (start = the first sample of speech; end = start + its length).
# These offsets are the ones data/demo/make-demo-case.sh annotates and data/demo/clips.txt lists:
#
#   sergeevka-queue.webm     12.00 s, 640x360, 25 fps, VP8 + Opus, test pattern "smpte100"
#     00:01.000  ru  narrator   "Вот они, ребята из Северной Кореи"  (Here they are, guys from
#                                North Korea)
#     00:05.000  ko  speaker A  "힘들다야"  (it's hard)
#     00:08.000  ko  speaker B  "늦었어"    (it's late)
#   barracks-uniforms.webm    8.00 s, 640x360, 25 fps, VP8 + Opus, test pattern "ball" (olive)
#     00:02.000-00:06.000  caption "uniform issue — BTK Group label (synthetic)"
#     00:04.000  ko  speaker B  "늦었어"    (it's late)
#   intercepted-radio.ogg    10.00 s, Opus audio only, band-limited with pink noise (radio)
#     00:00.500  squelch tone (0.15 s)
#     00:01.000  ru  radio operator "Батальон К прибыл"  (Battalion K has arrived)
#     00:05.000  ko  speaker A  "힘들다야"  (it's hard)
#     00:09.300  squelch tone (0.15 s)
#
# The exact ends are printed by this script and written to clips.txt beside the clips.

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

for tool in gst-launch-1.0 espeak-ng sox soxi; do
  command -v "$tool" >/dev/null || { echo "make-clips.sh: $tool is missing" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

export LC_ALL=C.UTF-8
RATE=48000

# speak OUT.wav VOICE PITCH SPEED TEXT: espeak-ng, silence trimmed at both ends, 48 kHz mono
speak () {
  espeak-ng -v "$2" -p "$3" -s "$4" -w "$tmp/raw.wav" "$5"
  sox -R "$tmp/raw.wav" -r "$RATE" -c 1 "$1" \
      silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
}

# dur FILE: length in seconds, 3 decimals
dur () {
  printf '%.3f' "$(soxi -D "$1")"
}

# at START FILE: "START-END" with END = START + length of FILE, both as MM:SS.mmm
at () {
  awk -v s="$1" -v d="$(soxi -D "$2")" 'function t(x) { return sprintf("%02d:%06.3f", int(x / 60), x - 60 * int(x / 60)) }
    BEGIN { printf "%s-%s", t(s), t(s + d) }'
}

# mix OUT.wav LENGTH BED.wav [START FILE]...: lays each FILE at START seconds over BED, cut to
# LENGTH seconds. Every input keeps its own level (-v 1) and no two phrases overlap.
mix () {
  local dest="$1" length="$2" bed="$3"
  shift 3
  local args=(-v 1 "$bed")
  local i=0
  while [ $# -gt 0 ]; do
    sox -R "$2" "$tmp/pad$i.wav" pad "$1"
    args+=(-v 1 "$tmp/pad$i.wav")
    i=$((i + 1))
    shift 2
  done
  sox -R -m "${args[@]}" "$dest" trim 0 "$length"
}

# The voices: one Russian narrator, two Korean speakers told apart by pitch and speed
speak "$tmp/ru-narrator.wav" ru 50 150 "Вот они, ребята из Северной Кореи"
speak "$tmp/ko-hard.wav"     ko 35 135 "힘들다야"
speak "$tmp/ko-late.wav"     ko 65 150 "늦었어"
speak "$tmp/ru-radio.wav"    ru 30 165 "Батальон К прибыл"

# Quiet outdoor bed (brown noise, repeatable) so the sound track is never digital silence
sox -R -n -r "$RATE" -c 1 "$tmp/bed12.wav" synth 12 brownnoise vol 0.015
sox -R -n -r "$RATE" -c 1 "$tmp/bed8.wav" synth 8 brownnoise vol 0.015

mix "$tmp/queue.wav" 12 "$tmp/bed12.wav" \
    1.0 "$tmp/ru-narrator.wav" \
    5.0 "$tmp/ko-hard.wav" \
    8.0 "$tmp/ko-late.wav"

mix "$tmp/barracks.wav" 8 "$tmp/bed8.wav" \
    4.0 "$tmp/ko-late.wav"

# Radio: speech and squelch tones band-limited to 300-3000 Hz, lightly clipped, over pink noise
sox -R -n -r "$RATE" -c 1 "$tmp/squelch.wav" synth 0.15 sine 1750 vol 0.3
sox -R -n -r "$RATE" -c 1 "$tmp/hiss.wav" synth 10 pinknoise vol 0.08
mix "$tmp/radio-dry.wav" 10 "$tmp/hiss.wav" \
    0.5 "$tmp/squelch.wav" \
    1.0 "$tmp/ru-radio.wav" \
    5.0 "$tmp/ko-hard.wav" \
    9.3 "$tmp/squelch.wav"
sox -R "$tmp/radio-dry.wav" "$tmp/radio.wav" sinc 300-3000 overdrive 6 gain -n -3

# video OUT.webm WAV FRAMES PATTERN TITLE [SUBTITLES.srt]
video () {
  local dest="$1" wav="$2" frames="$3" pattern="$4" title="$5" srt="${6:-}"
  local caption=()
  if [ -n "$srt" ]; then
    caption=(textoverlay name=caption valignment=center halignment=center
             font-desc="Sans Bold 20" shaded-background=true wait-text=false '!')
  fi
  # shellcheck disable=SC2054 # the commas belong to the caps string
  local pipeline=(
    webmmux name=mux '!' filesink location="$dest"
    videotestsrc pattern="$pattern" num-buffers="$frames" is-live=false
        background-color=0xff29331f foreground-color=0xffc8c8a0
      '!' video/x-raw,width=640,height=360,framerate=25/1,format=I420
      '!' "${caption[@]}"
      textoverlay text="SYNTHETIC DEMO" valignment=top halignment=center
        font-desc="Sans Bold 30" shaded-background=true
      '!' textoverlay text="$title" valignment=bottom halignment=left
        font-desc="Sans 14" shaded-background=true
      '!' timeoverlay valignment=bottom halignment=right font-desc="Monospace Bold 18"
        shaded-background=true
      '!' videoconvert
      '!' vp8enc target-bitrate=160000 keyframe-max-dist=25 threads=1 deadline=0 cpu-used=0
        end-usage=vbr
      '!' queue '!' mux.
    filesrc location="$wav" '!' wavparse '!' audioconvert '!' audioresample
      '!' opusenc bitrate=32000 '!' queue '!' mux.
  )
  if [ -n "$srt" ]; then
    pipeline+=(filesrc location="$srt" '!' subparse '!' caption.text_sink)
  fi
  gst-launch-1.0 -q -e "${pipeline[@]}" >/dev/null
}

cat > "$tmp/barracks.srt" <<'EOF'
1
00:00:02,000 --> 00:00:06,000
uniform issue — BTK Group label (synthetic)
EOF

video "$out/sergeevka-queue.webm" "$tmp/queue.wav" 300 smpte100 \
      "Sergeevka queue (synthetic)"
video "$out/barracks-uniforms.webm" "$tmp/barracks.wav" 200 ball \
      "Barracks uniforms (synthetic)" "$tmp/barracks.srt"

gst-launch-1.0 -q -e filesrc location="$tmp/radio.wav" '!' wavparse '!' audioconvert \
  '!' audioresample '!' opusenc bitrate=24000 '!' oggmux \
  '!' filesink location="$out/intercepted-radio.ogg" >/dev/null

# The manifest: what is said when, measured from the generated phrases
cat > "$out/clips.txt" <<EOF
# Synthetic demo clips of the Corroborate demo case (generated by make-clips.sh; do not edit).
# Nothing here is real footage: espeak-ng speech over GStreamer test patterns, every frame
# marked "SYNTHETIC DEMO" with a running timecode. Times are MM:SS.mmm from the start of a clip.
#
# file | title | what is heard or seen, when

sergeevka-queue.webm | Queue of soldiers at the Sergeevka training ground (synthetic) | 12.000 s, VP8 + Opus, 640x360, 25 fps
  $(at 1.0 "$tmp/ru-narrator.wav")  Russian, narrator: "Вот они, ребята из Северной Кореи" (Here they are, guys from North Korea)
  $(at 5.0 "$tmp/ko-hard.wav")  Korean, speaker A: "힘들다야" (it's hard)
  $(at 8.0 "$tmp/ko-late.wav")  Korean, speaker B: "늦었어" (it's late)

barracks-uniforms.webm | Uniform issue in the barracks (synthetic) | 8.000 s, VP8 + Opus, 640x360, 25 fps
  00:02.000-00:06.000  caption on screen: "uniform issue — BTK Group label (synthetic)"
  $(at 4.0 "$tmp/ko-late.wav")  Korean, speaker B: "늦었어" (it's late)

intercepted-radio.ogg | Intercepted radio exchange (synthetic) | 10.000 s, Opus audio only, 300-3000 Hz with pink noise
  00:00.500-00:00.650  squelch tone
  $(at 1.0 "$tmp/ru-radio.wav")  Russian, radio operator: "Батальон К прибыл" (Battalion K has arrived)
  $(at 5.0 "$tmp/ko-hard.wav")  Korean, speaker A: "힘들다야" (it's hard)
  00:09.300-00:09.450  squelch tone
EOF

echo "phrase lengths: ru-narrator $(dur "$tmp/ru-narrator.wav") s, ko-hard $(dur "$tmp/ko-hard.wav") s," \
     "ko-late $(dur "$tmp/ko-late.wav") s, ru-radio $(dur "$tmp/ru-radio.wav") s"
ls -l "$out"/sergeevka-queue.webm "$out"/barracks-uniforms.webm "$out"/intercepted-radio.ogg
