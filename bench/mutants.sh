#!/usr/bin/env bash
# Damaged-register property at scale: N mutants of each kind (default 250) of the sample
# register and of a synthetic one; prints the mutant-kind table the README quotes.
#   bash bench/mutants.sh [PER_KIND]
set -euo pipefail
cd "$(dirname "$0")/.."
report=$(mktemp)
RB_MUTANTS_PER_KIND="${1:-250}" RB_MUTANTS_REPORT="$report" \
  dotnet test tests/ReportBuilder.Bulletins.Tests -c Release --filter "FullyQualifiedName~MutantRegisterTests" >/dev/null || status=$?
cat "$report"
rm -f "$report"
exit "${status:-0}"
