@echo off
rem Double-click: checks the register named in appsettings.json and writes a copy of each
rem workbook with every problem marked on its cell (checked/register.checked.xlsx beside it), then opens it.
setlocal
set REPORTBUILDER_LAUNCHER=1
cd /d "%~dp0"
reportbuilder.exe validate --annotate-beside --open %*
set code=%ERRORLEVEL%
echo.
if "%code%"=="0" (echo No errors. Press any key to close this window.) else (echo The register needs attention: see the messages above and the marked copy, if one was written. Press any key to close this window.)
pause >nul
exit /b %code%
