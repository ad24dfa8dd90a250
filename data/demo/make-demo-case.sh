#!/bin/bash
# make-demo-case.sh — builds the demo case with the corroborate command line
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: data/demo/make-demo-case.sh CLI_EXE OUTPUT.corroborate
#
#   CLI_EXE             the built corroborate executable (e.g. _build/app/corroborate)
#   OUTPUT.corroborate  the case file to write; an existing one (and its -wal/-shm) is replaced
#
# The clips (sergeevka-queue.webm, barracks-uniforms.webm, intercepted-radio.ogg, made by
# make-clips.sh and committed) are copied beside OUTPUT when OUTPUT is in another folder, and
# imported from there, so the case file and its clips form one folder that can be copied as a
# whole (the case keeps each clip's path relative to the case file).
#
# The content is described in demo-case.md beside this script; the times of the speech are
# those of make-clips.sh and clips.txt. Every command must succeed: the script stops at the first
# failure (set -euo pipefail) and names it.

set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 CLI_EXE OUTPUT.corroborate" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli="$1"
case "$cli" in
  /*) ;;
  *) cli="$PWD/$cli" ;;
esac
output="$2"

[ -x "$cli" ] || { echo "make-demo-case.sh: $1 is not an executable" >&2; exit 1; }
case "$output" in
  *.corroborate) ;;
  *) echo "make-demo-case.sh: $output must end in .corroborate" >&2; exit 1 ;;
esac

outdir="$(dirname "$output")"
mkdir -p "$outdir"
outdir="$(cd "$outdir" && pwd)"
case_file="$outdir/$(basename "$output")"

export LC_ALL=C.UTF-8 TZ=UTC
export GSETTINGS_BACKEND=memory
export COR_AUDIO_SINK="${COR_AUDIO_SINK:-fakeaudiosink}"
unset LANGUAGE

ANALYST="Demo Analyst"

# cor ARGS...: runs the CLI; stdout is passed on (the new id for the add commands). A failure
# names the command and stops the script (set -e) with the CLI's exit status.
cor () {
  local rc=0
  "$cli" "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "make-demo-case.sh: failed (exit $rc): corroborate $*" >&2
    exit "$rc"
  fi
}

# id VAR ARGS...: runs an add command and stores the id it prints in VAR
id () {
  local var="$1" value
  shift
  value="$(cor "$@")"
  if ! [[ "$value" =~ ^[0-9]+$ ]]; then
    echo "make-demo-case.sh: expected an id from \"corroborate $*\", got \"$value\"" >&2
    exit 1
  fi
  printf -v "$var" '%s' "$value"
}

rm -f "$case_file" "$case_file-wal" "$case_file-shm" "$case_file-journal"

clips=(sergeevka-queue.webm barracks-uniforms.webm intercepted-radio.ogg)
if [ "$outdir" != "$here" ]; then
  for f in "${clips[@]}"; do
    cp -p "$here/$f" "$outdir/$f"
  done
fi

cor new "$case_file" --title "North Korean soldiers at the Sergeevka training ground (demo)" \
    --analyst "$ANALYST" >/dev/null

# ------------------------------------------------------------------------------------------------
# Articles (the five seed texts; outlet, headline or date "unknown" where the text gives none)

id A0 article add "$case_file" \
  --title "Korean speech and a third video from Sergeevka (blog post; headline not given)" \
  --language en --reliability F \
  --summary "A blogger weighs whether the Asian-looking soldiers in videos from Russia's Far East \
could be Laotian or Yakut rather than North Korean, and concludes they are North Korean: photos of \
tanned North Korean special forces, Korean phrases made out by Korean outlets and a geolocation to \
the Sergeevka base raise the author's confidence from 80% to 95%. The post also records that \
Pyongyang and the Kremlin neither confirmed nor denied the transfer." \
  --notes "Outlet, author, headline and date are not given by the seed text (unknown); the \
headline here is descriptive. Written after the first Sergeevka videos (October 2024)."

id A1 article add "$case_file" \
  --title "North Korean soldiers in Russia: what the videos and intercepts show (headline not given)" \
  --outlet "CheckNews" --language en --reliability B \
  --summary "A fact-check that gathers four videos pointing to the Sergeevka training camp, three \
radio intercepts released by Ukraine's Ministry of Defence and the figures given by Ukraine, the \
Pentagon, South Korea and the US Secretary of State. A translator it consulted hears Korean with a \
northern tone in two of the videos, and warns that other clips shared as North Korean show another \
language, perhaps Uyghur." \
  --notes "The outlet is inferred from the text (\"Contacted by CheckNews\"); the text reads as a \
translation from French. Headline and exact date unknown; it reports events up to Thursday \
31 October 2024."

id A2 article add "$case_file" \
  --title "North Korean troops in the Ukraine war: a sceptical view (headline not given)" \
  --language en --reliability F \
  --summary "An opinion piece arguing that Western media spread claims from Kyiv, Washington and \
Seoul without checking them: nobody has shown North Korean soldiers fighting, and training in \
Russia would fit the Russia–North Korea defence agreement. It cites Putin's sarcastic \"Pictures \
are a serious thing!\" and the silence of the BRICS summit as reasons for doubt." \
  --notes "Outlet, author and date unknown (the author is described only as having written two \
books on North Korea). Written after the BRICS summit in Kazan (October 2024)."

id A3 article add "$case_file" \
  --title "Kim Jong-un's 'combat slaves' sent to help Putin (headline not given)" \
  --published 2024-10-21 --language en --reliability F \
  --summary "A news piece relaying South Korean intelligence: about 1,500 North Korean special \
forces from the 11th Army Group reached Russia by warship and An-124 aircraft, and up to 12,000 \
could follow. It reports Seoul summoning the Russian ambassador and Washington saying it cannot yet \
verify the deployment." \
  --notes "Outlet and author unknown. Dated by the time stamp at the end of the seed text \
(2024-10-21 22:03:00)."

id A4 article add "$case_file" \
  --title "North Korean military personnel observed preparing with Russian equipment, potentially \
in anticipation of dispatch to Ukraine" \
  --published 2024-10-19 --language en --reliability F \
  --summary "A report built on CNN's reporting: a video given to CNN by Ukraine's Center for \
Strategic Communication shows a long queue of soldiers, apparently speaking Korean, collecting \
Russian uniforms, and a viral video geolocated by CNN shows troops arriving at the Sergeevka \
training ground. It repeats Zelensky's figure of 10,000 soldiers being prepared and South Korean \
media's 12,000." \
  --notes "Outlet unknown (a site republishing CNN reporting; the byline on the page is \
incomplete). Date from the seed text: 2024-10-19."

# ------------------------------------------------------------------------------------------------
# Claims, with claimant, figure and date where the article gives them

claim_ids=()
claim () {
  local cid
  id cid claim add "$case_file" "$@"
  claim_ids+=("$cid")
  LAST_CLAIM="$cid"
}

claim --article "$A0" --claimant "Korean outlets (as relayed by the blog)" \
  --text "Korean speech can be made out in the third video: 힘들다야 (\"it's hard\") and 늦었어 \
(\"it's late\")."
C_SPEECH="$LAST_CLAIM"
claim --article "$A0" --claimant "The blog author" \
  --text "The third video was geolocated to the same Sergeevka base as an earlier video narrated \
by a Russian soldier filming foreign troops."
C_GEO_BLOG="$LAST_CLAIM"
claim --article "$A0" --claimant "The blog author" --figure "80% to 95%" \
  --text "The author's confidence that Korean troops were brought to Russia's Far East rose from \
80% to 95%."
claim --article "$A0" --claimant "DPRK delegation at the UN" \
  --text "The allegations are \"groundless, stereotyped rumors\" aimed at smearing the DPRK."
claim --article "$A0" --claimant "Dmitry Peskov, Kremlin spokesman" \
  --text "There is a lot of contradictory information; the Kremlin neither confirms nor denies."

claim --article "$A1" --claimant "Sergiy Kyslytsya, Ukraine's representative to the UN" \
  --figure "12,000" --date 2024-10-30 \
  --text "Nearly 12,000 North Korean soldiers are being trained in Russia, including at least 500 \
officers and three generals."
claim --article "$A1" --claimant "The Pentagon" --figure "10,000" \
  --text "About 10,000 North Korean soldiers are stationed on Russian territory."
claim --article "$A1" --claimant "Vassily Nebenzia, Russia's ambassador to the UN" \
  --text "The claims are \"hollow, fallacious assertions, without proof\"."
claim --article "$A1" --claimant "Ukrainian Ministry of Defence (Telegram)" \
  --figure "5 training grounds" --date 2024-10-24 \
  --text "North Korean soldiers are trained at five training grounds: Ussuriysk, Ulan-Ude, \
Ekaterinoslavka, Knyaze-Volkonskoe and Sergeevka."
claim --article "$A1" --claimant "South Korean intelligence" --figure "1,500" --date 2024-10-18 \
  --text "A Russian naval transport between 8 and 13 October moved 1,500 North Korean special \
forces to Vladivostok, with many flights between Vladivostok and Pyongyang."
claim --article "$A1" --claimant "Dmitry Kuznets, military analyst (quoted by The New York Times)" \
  --text "The men in the Astra videos wear the Russian all-season field uniform made by BTK Group; \
the boxes in the Spravdi video bear the BTK Group logo."
C_BTK="$LAST_CLAIM"
claim --article "$A1" --claimant "Eunoh Yoon Silvy, certified translator (consulted by CheckNews)" \
  --text "The men in the videos speak Korean with a northern accent."
C_ACCENT="$LAST_CLAIM"
claim --article "$A1" --claimant "CheckNews; GeoConfirmed" \
  --text "The Astra videos and the Para Pax video are geolocated at the Sergeevka base, garrison \
of Russia's 127th motorized rifle division."
C_GEO="$LAST_CLAIM"
claim --article "$A1" --claimant "Eunoh Yoon Silvy, certified translator (consulted by CheckNews)" \
  --text "Soldiers in other videos shared as North Korean do not speak North Korean at all, but \
another language, perhaps Uyghur."
C_UYGHUR="$LAST_CLAIM"
claim --article "$A1" --claimant "Ukrainian Ministry of Defence" --date 2024-10-23 \
  --text "Intercepted Russian radio mentions North Korean soldiers under the code name \
\"battalion K\"."
C_RADIO="$LAST_CLAIM"
claim --article "$A1" --claimant "Antony Blinken, US Secretary of State" --figure "8,000" \
  --date 2024-10-31 \
  --text "8,000 of the 10,000 North Korean soldiers in Russia are now deployed in the Kursk \
region."

claim --article "$A2" --claimant "The author" \
  --text "No one has been able to substantiate the claims that North Korean soldiers are involved \
in the war."
C_DOUBT="$LAST_CLAIM"
claim --article "$A2" --claimant "The author" \
  --text "Russia and North Korea have categorically rejected the accusations."
claim --article "$A2" --claimant "Vladimir Putin" \
  --text "Asked about satellite images of North Korean soldiers: \"Pictures are a serious thing!\""
claim --article "$A2" --claimant "The author" --figure "13,000" \
  --text "The West provided Ukraine with some 13,000 mercenaries."

claim --article "$A3" --claimant "South Korean intelligence" --figure "1,500" \
  --text "Pyongyang sent 1,500 special forces soldiers, who reached Russia by military ships and \
An-124 aircraft."
claim --article "$A3" --claimant "South Korean intelligence" --figure "80,000" \
  --text "The units belong to the 11th Army Group, which may have 80,000 men in 10 brigades."
claim --article "$A3" --claimant "Kyiv" --figure "12,000" \
  --text "Kim Jong-un could send up to 12,000 men."
claim --article "$A3" --claimant "Vedant Patel, US State Department deputy spokesman" \
  --text "The United States cannot yet verify that North Korean troops were sent."

claim --article "$A4" --claimant "South Korean intelligence" --figure "1,500" \
  --text "About 1,500 soldiers were transported to Russia for military drills."
claim --article "$A4" \
  --claimant "Ukraine's Center for Strategic Communication and Information Security" \
  --text "A video shows a long queue of soldiers, apparently speaking Korean, collecting their \
uniforms."
C_QUEUE="$LAST_CLAIM"
claim --article "$A4" --claimant "CNN" \
  --text "A viral video geolocated by CNN shows troops arriving at the Sergeevka training ground, \
near Russia's border with China."
claim --article "$A4" --claimant "Volodymyr Zelensky" --figure "10,000" \
  --text "North Korea is preparing 10,000 soldiers: land forces and technical personnel."
claim --article "$A4" --claimant "South Korean media" --figure "12,000" \
  --text "North Korea would send a total of 12,000 troops."

# ------------------------------------------------------------------------------------------------
# Clips (synthetic stand-ins for the videos and intercepts the articles describe)

id V1 clip add "$case_file" "$outdir/sergeevka-queue.webm" \
  --title "Soldiers queuing at a porch, Sergeevka training ground (synthetic)" \
  --origin "Telegram channel Astra (synthetic stand-in)" \
  --article "$A0" --article "$A1"
id V2 clip add "$case_file" "$outdir/barracks-uniforms.webm" \
  --title "Uniform issue in the barracks (synthetic)" \
  --origin "Spravdi, Ukraine's Center for Strategic Communication (synthetic stand-in)" \
  --article "$A1" --article "$A4"
id R1 clip add "$case_file" "$outdir/intercepted-radio.ogg" \
  --title "Intercepted radio exchange (synthetic)" \
  --origin "Ukrainian Ministry of Defence, Telegram (synthetic stand-in)" \
  --article "$A1"

# ------------------------------------------------------------------------------------------------
# Observations, at the times the phrases are spoken (see clips.txt)

SYN="synthetic demo: espeak-ng speech over a test pattern, not real footage"
SERGEEVKA_LAT=44.3269
SERGEEVKA_LON=131.6686

obs_ids=()
obs () {
  local oid
  id oid annotate "$case_file" --analyst "$ANALYST" --tag demo "$@"
  obs_ids+=("$oid")
  LAST_OBS="$oid"
}

# sergeevka-queue.webm
obs --clip "$V1" --at 00:01.000 --until 00:03.153 --kind language --language ru \
  --speaker "Narrator (filming)" --transcript "Вот они, ребята из Северной Кореи" \
  --translation "Here they are, guys from North Korea" --confidence high \
  --note "Russian narrator, as in the Astra video. $SYN" --article "$A1:reported-by"
obs --clip "$V1" --at 00:05.000 --until 00:05.971 --kind language --language ko \
  --dialect "Northern (North Korean) accent" --speaker "Soldier A" --transcript "힘들다야" \
  --translation "it's hard" --translated-by "Korean outlets (per the blog post)" \
  --confidence moderate --tag korean-speech --snapshot \
  --note "Matches the phrase Korean outlets made out in the third video. $SYN" \
  --article "$A0:reported-by" --article "$A1:supports"
O_HARD="$LAST_OBS"
obs --clip "$V1" --at 00:05.000 --until 00:05.971 --kind language --language ug \
  --speaker "Soldier A" --transcript "힘들다야" \
  --translated-by "Eunoh Yoon Silvy (quoted by CheckNews, about other videos)" \
  --confidence low --tag counter-reading \
  --note "Not Korean — perhaps Uyghur. The translator said so of other videos shared as North \
Korean; recorded here as the competing reading of this phrase. $SYN" \
  --article "$A1:reported-by" --article "$A0:contradicts" --article "$A4:contradicts"
O_UYGHUR="$LAST_OBS"
obs --clip "$V1" --at 00:08.000 --until 00:08.733 --kind language --language ko \
  --dialect "Northern (North Korean) accent" --speaker "Soldier B" --transcript "늦었어" \
  --translation "it's late" --translated-by "Korean outlets (per the blog post)" \
  --confidence moderate --tag korean-speech \
  --note "Second phrase reported for the third video. $SYN" \
  --article "$A0:reported-by" --article "$A1:supports"
O_LATE="$LAST_OBS"
obs --clip "$V1" --at 00:00.000 --until 00:12.000 --kind uniform --maker "BTK Group" \
  --item "Russian all-season field uniform" --confidence moderate --snapshot \
  --note "Identified by military analyst Dmitry Kuznets (via The New York Times). $SYN" \
  --article "$A1:reported-by"
O_UNIFORM1="$LAST_OBS"
obs --clip "$V1" --at 00:00.000 --until 00:12.000 --kind location \
  --place "Sergeevka training ground, Primorsky Krai, Russia (127th motorized rifle division)" \
  --lat "$SERGEEVKA_LAT" --lon "$SERGEEVKA_LON" --precision 500 \
  --method "Matched building and terrain to satellite imagery (synthetic demo: nothing was matched)" \
  --geolocated-by "GeoConfirmed; The New York Times" --confidence moderate --tag sergeevka \
  --note "Coordinates as published by GeoConfirmed for the Sergeevka videos, rounded. $SYN" \
  --article "$A1:reported-by" --article "$A0:supports" --article "$A4:supports"
O_LOC1="$LAST_OBS"
obs --clip "$V1" --at 00:00.000 --kind note --confidence low \
  --note "Alternative readings raised and set aside by the blog post: Laotian soldiers from the \
August exercise near Vladivostok (their uniforms differ), or the Yakut narrator's Yakut friends. \
$SYN" \
  --article "$A0:reported-by"
obs --clip "$V1" --at 00:00.000 --kind note \
  --note "Disputed: nobody has shown how such videos were made; the article holds that the claims \
are unsubstantiated. $SYN" \
  --article "$A2:contradicts"
O_DISPUTE="$LAST_OBS"

# barracks-uniforms.webm
obs --clip "$V2" --at 00:02.000 --until 00:06.000 --kind uniform --maker "BTK Group" \
  --item "Boxes of uniform: sleeping bags, jackets, trousers, shirts, suspenders" \
  --markings "BTK Group logo on the boxes" --confidence moderate --tag uniform --snapshot \
  --note "The on-screen caption stands in for the logo seen on the boxes. $SYN" \
  --article "$A1:reported-by" --article "$A4:supports"
O_UNIFORM2="$LAST_OBS"
obs --clip "$V2" --at 00:04.000 --until 00:04.733 --kind language --language ko \
  --dialect "Northern (North Korean) accent" --speaker "Soldier B" --transcript "늦었어" \
  --translation "it's late" --confidence moderate --tag korean-speech \
  --note "The translator consulted by CheckNews hears Korean with a northern accent in this \
video. $SYN" \
  --article "$A1:reported-by" --article "$A4:supports"
O_LATE2="$LAST_OBS"
obs --clip "$V2" --at 00:00.000 --until 00:08.000 --kind location \
  --place "Building next to the barracks, Sergeevka training ground, Primorsky Krai, Russia" \
  --lat "$SERGEEVKA_LAT" --lon "$SERGEEVKA_LON" --precision 1000 \
  --method "Window shapes matched to a building next to the barracks (synthetic demo: nothing \
was matched)" \
  --geolocated-by "The New York Times" --confidence low --tag sergeevka \
  --note "The agency would not give the original file to the newspaper. $SYN" \
  --article "$A1:reported-by" --article "$A4:supports"
O_LOC2="$LAST_OBS"

# intercepted-radio.ogg
obs --clip "$R1" --at 00:01.000 --until 00:01.949 --kind language --language ru \
  --speaker "Radio operator" --transcript "Батальон К прибыл" \
  --translation "Battalion K has arrived" --confidence moderate --tag intercept \
  --note "\"Battalion K\" is the code name Russian soldiers use for the North Koreans in an \
intercept released by Ukraine's Ministry of Defence. $SYN" \
  --article "$A1:reported-by"
O_RADIO_RU="$LAST_OBS"
obs --clip "$R1" --at 00:05.000 --until 00:05.971 --kind language --language ko \
  --dialect "Possibly northern; too noisy to be sure" --speaker "Unknown" --transcript "힘들다야" \
  --translation "it's hard" --confidence low --tag korean-speech --tag intercept \
  --note "Radio noise: the accent cannot be judged. $SYN" \
  --article "$A1:supports"
obs --clip "$R1" --at 00:00.000 --until 00:10.000 --kind note --confidence low --tag intercept \
  --note "Provenance: the Ministry says these are interceptions of Russian radio; the recording \
cannot be checked independently. $SYN" \
  --article "$A1:reported-by"

# ------------------------------------------------------------------------------------------------
# Claims linked to the observations that support or contradict them. The command line has no
# such command yet (the store has cor_store_link_claim_annotation); use it when it appears.

claim_links=(
  "$C_SPEECH:$O_HARD:supports" "$C_SPEECH:$O_LATE:supports" "$C_SPEECH:$O_UYGHUR:contradicts"
  "$C_ACCENT:$O_HARD:supports" "$C_ACCENT:$O_LATE2:supports" "$C_ACCENT:$O_UYGHUR:contradicts"
  "$C_UYGHUR:$O_UYGHUR:supports" "$C_BTK:$O_UNIFORM1:supports" "$C_BTK:$O_UNIFORM2:supports"
  "$C_GEO:$O_LOC1:supports" "$C_GEO_BLOG:$O_LOC1:supports" "$C_QUEUE:$O_UNIFORM2:supports"
  "$C_QUEUE:$O_LOC2:supports" "$C_RADIO:$O_RADIO_RU:supports" "$C_DOUBT:$O_DISPUTE:supports"
  "$C_DOUBT:$O_HARD:contradicts"
)
linked=0
if "$cli" claim link --help >/dev/null 2>&1; then
  for l in "${claim_links[@]}"; do
    IFS=: read -r c o r <<<"$l"
    cor claim link "$case_file" --claim "$c" --annotation "$o" --relation "$r" >/dev/null
    linked=$((linked + 1))
  done
else
  echo "make-demo-case.sh: no \"claim link\" command; ${#claim_links[@]} claim–observation links" \
       "skipped (claims stay linked to their articles)" >&2
fi

echo "make-demo-case.sh: $case_file: 5 articles, ${#claim_ids[@]} claims, 3 clips," \
     "${#obs_ids[@]} observations, $linked claim links" >&2
