#!/usr/bin/env bash
# Whole-process start-up of the release build under Xvfb: time from exec to the first frame
# drawn after the directory is open and the first results are shown (the app measures it
# itself with HAVEN_STARTUP_PROBE and exits), and peak memory (GNU time).
#   benches/startup.sh            bundled directory
#   benches/startup.sh 100000     also a 100k synthetic directory (built by `cargo bench --bench keystrokes`)
# Needs: xvfb time (apt-get install -y xvfb time).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
runs=${RUNS:-10}
Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1

measure() {
  local label=$1 dir=$2
  local times=() mems=()
  for _ in $(seq "$runs"); do
    line=$( { DISPLAY=:97 HAVEN_STARTUP_PROBE=1 /usr/bin/time -f "MEM %M" \
      ./target/release/haven --data-dir "$dir" --lang en; } 2>&1 )
    times+=("$(echo "$line" | sed -n 's/first interactive frame after \([0-9.]*\) ms/\1/p')")
    mems+=("$(echo "$line" | sed -n 's/^MEM \([0-9]*\)/\1/p')")
  done
  printf '%s\n' "${times[@]}" | sort -n > /tmp/haven-startup-times
  median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' /tmp/haven-startup-times)
  worst=$(tail -1 /tmp/haven-startup-times)
  mem=$(printf '%s\n' "${mems[@]}" | sort -n | tail -1)
  echo "$label: first interactive frame median ${median} ms, worst ${worst} ms over $runs runs; peak RSS $((mem / 1024)) MB"
}

bundled=$(mktemp -d)
# The first start builds the directory; measure the starts after it.
DISPLAY=:97 HAVEN_STARTUP_PROBE=1 ./target/release/haven --data-dir "$bundled" --lang en >/dev/null 2>&1
measure "bundled directory (54 records)" "$bundled"
for n in "$@"; do
  db="target/bench-data/synth-$n.sqlite3"
  [ -f "$db" ] || { echo "no $db: run cargo bench --bench keystrokes first" >&2; exit 1; }
  dir=$(mktemp -d)
  cp "$db" "$dir/directory.sqlite3"
  measure "synthetic directory ($n records)" "$dir"
done
