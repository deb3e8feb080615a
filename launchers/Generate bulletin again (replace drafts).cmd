@echo off
rem Double-click: writes this period's bulletin drafts again, REPLACING the drafts already in
rem the output folder (use it after correcting the register), then opens the folder.
setlocal
set REPORTBUILDER_LAUNCHER=1
cd /d "%~dp0"
reportbuilder.exe generate --overwrite --open %*
set code=%ERRORLEVEL%
if not "%code%"=="0" (
  echo.
  echo Something needs attention: read the message above. Press any key to close this window.
  pause >nul
)
exit /b %code%
