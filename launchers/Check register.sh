#!/bin/sh
# Checks the register named in appsettings.json and writes a copy of each workbook with
# every problem marked on its cell (checked/register.checked.xlsx beside it), then opens it.
cd "$(dirname "$0")" || exit 1
REPORTBUILDER_LAUNCHER=1 ./reportbuilder validate --annotate-beside --open "$@"
code=$?
if [ -t 0 ]; then
  printf '\nPress Enter to close.'
  read -r _
fi
exit "$code"
