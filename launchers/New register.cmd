@echo off
rem Double-click: writes a blank register beside this file ("New register.xlsx", or
rem "New register (2).xlsx" ... if one exists: nothing is ever replaced), with lists, validation
rem and instructions in English and Russian, then opens it.
setlocal
set REPORTBUILDER_LAUNCHER=1
cd /d "%~dp0"
reportbuilder.exe init --out "New register.xlsx" --numbered --open %*
set code=%ERRORLEVEL%
if not "%code%"=="0" (echo. & echo Something needs attention: read the message above. Press any key to close this window. & pause >nul)
exit /b %code%
