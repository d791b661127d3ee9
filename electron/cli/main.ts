// The CLI's process entry: `node dist/cli.js <command> …` (npm run cli -- …
// builds it first).
import { runCli } from './run';

const program = process.env.npm_lifecycle_event === 'cli' ? 'npm run cli --' : 'node dist/cli.js';

void runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  program,
}).then((code) => {
  process.exitCode = code;
});
