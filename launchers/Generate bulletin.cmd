@echo off
rem Double-click: writes this period's bulletin drafts with the settings in appsettings.json
rem (beside this file), then opens the folder with the drafts. On a problem the window stays open.
setlocal
set REPORTBUILDER_LAUNCHER=1
cd /d "%~dp0"
reportbuilder.exe generate --open %*
set code=%ERRORLEVEL%
if not "%code%"=="0" (
  echo.
  echo Something needs attention: read the message above. Press any key to close this window.
  pause >nul
)
exit /b %code%
