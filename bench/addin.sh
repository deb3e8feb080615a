#!/usr/bin/env bash
# Times the Excel add-in as published: cold start in headless Chromium (Debian's package), and
# generating both drafts of the sample register and of a synthetic register of 10k events.
# Usage: bash bench/addin.sh [RUNS]     (needs /usr/bin/chromium and npm)
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/reportbuilder-addin-bench}
mkdir -p "$work"
[ -x /usr/bin/chromium ] || { echo "Chromium is needed: apt-get install -y chromium" >&2; exit 1; }

dotnet publish "$root/src/ReportBuilder.AddIn" -o "$work/site" >/dev/null
[ -f "$work/register-10k.xlsx" ] || dotnet run --project "$root/src/ReportBuilder.Cli" -c Release -- sample --events 10000 --out "$work/register-10k.xlsx" >/dev/null
cp "$root/templates/sample-register.xlsx" "$work/sample-register.xlsx"
(cd "$root/bench/addin" && [ -d node_modules ] || npm ci --silent)
node "$root/bench/addin/bench.mjs" "$work/site/wwwroot" "$runs" "$work/sample-register.xlsx" "$work/register-10k.xlsx"
