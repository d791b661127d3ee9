// The CLI's process entry: `npm run cli -- <command> …`.
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then((code) => {
  process.exitCode = code;
});
