#!/bin/sh
# Writes a blank register beside this file ("New register.xlsx", or "New register (2).xlsx" …
# if one exists: nothing is ever replaced), with lists, validation and instructions in English
# and Russian, then opens it.
cd "$(dirname "$0")" || exit 1
REPORTBUILDER_LAUNCHER=1 ./reportbuilder init --out "New register.xlsx" --numbered --open "$@"
code=$?
if [ "$code" -ne 0 ] && [ -t 0 ]; then
  printf '\nSomething needs attention: read the message above. Press Enter to close.'
  read -r _
fi
exit "$code"
