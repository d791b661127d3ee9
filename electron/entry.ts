// The app's entry (dist/main.js): started with --cli it runs one command line
// and exits (cli/in-app.ts), loading nothing of the window; otherwise it is
// the editor (main.ts).
import { app } from 'electron';
import { cliArguments, runInApp } from './cli/in-app';

const cli = cliArguments(process.argv);
if (cli) void runInApp(app, cli);
else void import('./main');
