#!/usr/bin/env bash
# Screenshots of the real window under Xvfb: the release build on a fresh data folder, a search
# typed with xdotool, one PNG per locale in target/screenshots/.
#   tests/gui/screenshots.sh            English and Persian
#   tests/gui/screenshots.sh en pl fa   any locales
# Needs: xvfb xauth xdotool imagemagick (apt-get install -y xvfb xauth xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
locales=("$@")
[ ${#locales[@]} -eq 0 ] && locales=(en fa)

declare -A query=(
  [en]="kryzys" [pl]="przemoc" [ru]="кризисный центр" [kk]="ерікті" [vi]="Cần Thơ" [fa]="کلانتری"
)

cargo build --release --quiet
out=target/screenshots
mkdir -p "$out"
for l in "${locales[@]}"; do
  data=$(mktemp -d)
  display=":$((90 + RANDOM % 9))"
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=$display ./target/release/haven --data-dir "$data" --lang "$l" >/dev/null 2>&1 &
  app=$!
  sleep 3
  win=$(DISPLAY=$display xdotool search --name Haven | head -1)
  DISPLAY=$display xdotool windowfocus --sync "$win"
  # xdotool remaps keys per character and drops some Persian letters when typing fast.
  DISPLAY=$display xdotool type --delay 250 "${query[$l]:-kryzys}"
  sleep 1
  # Down opens the first result in the detail pane.
  DISPLAY=$display xdotool key Down
  sleep 1
  DISPLAY=$display import -window root "$out/search-$l.png"
  echo "$out/search-$l.png"
  kill "$app" "$xvfb" 2>/dev/null || true
  wait "$app" "$xvfb" 2>/dev/null || true
  rm -rf "$data"
done
