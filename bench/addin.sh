#!/usr/bin/env bash
# Times the Excel add-in as published: cold start in headless Chromium (Debian's package), and
# generating both drafts of the sample register and of synthetic registers of 10k and 100k events
# (the last once), with the peak memory of the pane's renderer process.
# Usage: bash bench/addin.sh [RUNS]     (needs /usr/bin/chromium and npm)
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportbuilder-addin-bench}
mkdir -p "$work"
[ -x /usr/bin/chromium ] || { echo "Chromium is needed: apt-get install -y chromium" >&2; exit 1; }

dotnet publish "$root/src/ReportBuilder.AddIn" -o "$work/site" >/dev/null
for n in 10 100; do
  [ -f "$work/register-${n}k.xlsx" ] || dotnet run --project "$root/src/ReportBuilder.Cli" -c Release -- sample --events ${n}000 --out "$work/register-${n}k.xlsx" >/dev/null
done
cp "$root/templates/sample-register.xlsx" "$work/sample-register.xlsx"
(cd "$root/bench/addin" && [ -d node_modules ] || npm ci --silent)
node "$root/bench/addin/bench.mjs" "$work/site/wwwroot" "$runs" "$work/sample-register.xlsx" "$work/register-10k.xlsx" "$work/register-100k.xlsx"
