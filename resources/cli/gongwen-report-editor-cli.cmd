@echo off
rem Command line of the report editor (docs/deploy.md): runs one command in the
rem installed app, e.g.  gongwen-report-editor-cli library backup
rem A batch file waits for the app to finish, so the console shows its output
rem (Electron attaches to the console it was started from) and ERRORLEVEL is
rem the command's exit code: 0 done, 1 failed, 2 wrong command line.
"%~dp0gongwen-report-editor.exe" --cli %*
exit /b %ERRORLEVEL%
