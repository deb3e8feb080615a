#!/bin/sh
# Writes this period's bulletin drafts again, REPLACING the drafts already in the output
# folder (use it after correcting the register), then opens the folder.
cd "$(dirname "$0")" || exit 1
REPORTBUILDER_LAUNCHER=1 ./reportbuilder generate --overwrite --open "$@"
code=$?
if [ "$code" -ne 0 ] && [ -t 0 ]; then
  printf '\nSomething needs attention: read the message above. Press Enter to close.'
  read -r _
fi
exit "$code"
