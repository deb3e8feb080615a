#!/bin/sh
# Double-click (or run): writes this period's bulletin drafts with the settings in
# appsettings.json beside this file, then opens the folder with the drafts.
# On a problem it waits for Enter, so a window opened by a file manager stays readable.
cd "$(dirname "$0")" || exit 1
REPORTBUILDER_LAUNCHER=1 ./reportbuilder generate --open "$@"
code=$?
if [ "$code" -ne 0 ] && [ -t 0 ]; then
  printf '\nSomething needs attention: read the message above. Press Enter to close.'
  read -r _
fi
exit "$code"
