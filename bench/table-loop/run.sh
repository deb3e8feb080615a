#!/usr/bin/env bash
# Times `reportbuilder render` on a template whose table row repeats N times (default 5000).
# Usage: bash bench/table-loop/run.sh [ROWS] [RUNS]
set -euo pipefail
rows=${1:-5000}; runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/ReportBuilder.Cli" -c Release -o "$work/bin" >/dev/null
awk -v n="$rows" 'BEGIN { printf "{\"rows\":["; for (i = 1; i <= n; i++) printf "%s{\"name\":\"person %d\",\"date\":\"2021-04-%02d\",\"flagged\":%s}", (i > 1 ? "," : ""), i, (i % 28) + 1, (i % 7 == 0 ? "true" : "false"); print "]}" }' > "$work/rows.json"
echo "$rows rows, $runs runs (wall seconds, peak RSS MB):"
for i in $(seq "$runs"); do
  /usr/bin/time -f '%e s %M KB' dotnet "$work/bin/reportbuilder.dll" render -t "$here/template.docx" -d "$work/rows.json" -o "$work/out.docx" --overwrite 2>&1 >/dev/null | tail -1
done
