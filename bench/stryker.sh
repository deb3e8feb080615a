#!/usr/bin/env bash
# Mutation testing (Stryker.NET 5.1.0, installed as a local dotnet tool from .config/dotnet-tools.json):
# how many deliberate faults in the code the tests catch. Not part of CI: it takes minutes
# per project on 2 cores. Prints each project's score; the HTML and JSON reports go to
# bench/stryker-out/<project>/.
#   bash bench/stryker.sh [docx|language|register|all]   (default: docx and language)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
run() { # test project, project to mutate, mutate filter, name, [stryker config file]
  local tests=$1 project=$2 filter=$3 name=$4 config=${5:-}
  (cd "tests/$tests" && dotnet tool run dotnet-stryker --project "$project" --mutate "$filter" ${config:+-f "$PWD/../../bench/$config"} \
     --concurrency "$(nproc)" --reporter json --reporter html --reporter cleartext \
     -O "$PWD/../../bench/stryker-out/$name" >"../../bench/stryker-out/$name.log" 2>&1) || true
  grep -E "final mutation score|The final mutation score" "bench/stryker-out/$name.log" | sed "s/^/$name: /"
}
mkdir -p bench/stryker-out
case "${1:-default}" in
  docx) run ReportBuilder.Docx.Tests ReportBuilder.Docx.csproj '**/*.cs' docx ;;
  # The language layer's own tests (namespaces Ru and En, bench/stryker-language.json): the
  # bulletin tests around them cover the same code at ten times the cost per mutant. Its rule
  # tables are static, so each mutant starts a fresh test process: about 5 s a mutant, ~2 h.
  language) run ReportBuilder.Bulletins.Tests ReportBuilder.Bulletins.csproj '**/Language/**/*.cs' language stryker-language.json ;;
  register) run ReportBuilder.Register.Tests ReportBuilder.Register.csproj '**/*.cs' register ;;
  all) "$0" docx; "$0" language; "$0" register ;;
  *) "$0" docx; "$0" language ;;
esac
