#!/usr/bin/env bash
# Whole-process comparison with the Node peer pipeline (../shared/peers): the same registers,
# the same one-week period, both languages, run alternately on this machine.
# Usage: bash bench/compare.sh [RUNS] [SIZES]    e.g. bash bench/compare.sh 5 "1k 10k 100k"
# Prints median wall seconds and peak RSS MB per size and tool, and ReportBuilder's ratios.
set -euo pipefail
runs=${1:-5}; sizes=${2:-"1k 10k 100k"}
root=$(cd "$(dirname "$0")/.." && pwd)
peers_src="$root/../shared/peers"
work=${BENCH_WORK:-/tmp/reportbuilder-bench}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install -y time" >&2; exit 1; }

# The peer, copied out of the read-only shared folder, with its registers generated once.
if [ ! -d "$work/peers/node_modules" ]; then
  rm -rf "$work/peers"; cp -r "$peers_src" "$work/peers"; chmod -R u+w "$work/peers"
  (cd "$work/peers" && npm ci --silent)
fi
for s in $sizes; do
  [ -f "$work/peers/data/register-$s.xlsx" ] || (cd "$work/peers" && mkdir -p data && npm run gen --silent)
done

# ReportBuilder as staff run it: the build the linux-x64 publish profile makes (self-contained,
# single file, ReadyToRun), the same form as the win-x64 package staff download.
dotnet publish "$root/src/ReportBuilder.Cli" -p:PublishProfile=linux-x64 -p:PublishDir="$work/rb/" >/dev/null
rb="$work/rb/reportbuilder"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() { # label command... -> appends "label seconds kb" lines to $work/times
  /usr/bin/time -f "$1 %e %M" -a -o "$work/times" "${@:2}" >/dev/null 2>&1 || echo "$1 failed" >&2
}

echo "$(nproc) CPUs, $(date -u +%F), dotnet $(dotnet --version), node $(node -v), $runs runs alternating, period 2021-04-01..2021-04-07"
printf '%-6s %-14s %9s %9s\n' size tool "wall s" "peak MB"
for s in $sizes; do
  f="$work/peers/data/register-$s.xlsx"
  rm -f "$work/times"
  # One warm-up of each, then the runs, alternating so that machine noise hits all tools alike.
  "$rb" generate -r "$f" --period 2021-04-01..2021-04-07 --out "$work/out-rb" --overwrite >/dev/null
  (cd "$work/peers" && node peer-bulletin.js "$f" 2021-04-01 2021-04-07 "$work/out-peer" --sheetjs >/dev/null 2>&1)
  for i in $(seq "$runs"); do
    measure reportbuilder "$rb" generate -r "$f" --period 2021-04-01..2021-04-07 --out "$work/out-rb" --overwrite
    (cd "$work/peers" && measure sheetjs node peer-bulletin.js "$f" 2021-04-01 2021-04-07 "$work/out-peer" --sheetjs)
    (cd "$work/peers" && measure exceljs node peer-bulletin.js "$f" 2021-04-01 2021-04-07 "$work/out-peer")
    measure unzip sh -c "unzip -p '$f' > /dev/null"
  done
  for tool in reportbuilder sheetjs exceljs unzip; do
    wall=$(awk -v t=$tool '$1 == t { print $2 }' "$work/times" | median)
    peak=$(awk -v t=$tool '$1 == t { print $3 }' "$work/times" | median | awk '{ printf "%.0f", $1 / 1024 }')
    printf '%-6s %-14s %9s %9s\n' "$s" "$tool" "$wall" "$peak"
    eval "wall_$tool=$wall"
  done
  awk -v rb="$wall_reportbuilder" -v sj="$wall_sheetjs" -v ej="$wall_exceljs" -v s="$s" \
    'BEGIN { printf "%-6s ReportBuilder is %.2fx faster than SheetJS, %.2fx faster than exceljs\n", s, sj / rb, ej / rb }'
done
