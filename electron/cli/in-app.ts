// The command line inside the installed app: `gongwen-report-editor --cli
// <command> …` (the launchers in resources/cli/ write it) runs one CLI command
// in the main process, with no window, its output on the console and its exit
// code the process's. The library commands default to the data folder the
// window uses, so `library backup` needs no option for the user it runs as.
import { DATA_DIR_ENV, DATA_DIR_FLAG } from '../data-dir';
import type { CliIo } from './command';

export const CLI_FLAG = '--cli';
export const LAUNCHER = 'gongwen-report-editor-cli';

/** The CLI's arguments when the app was started with --cli (after it; Chromium's switches come before); null otherwise. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at < 0 ? null : argv.slice(at + 1);
}

export interface CliApp {
  getPath(name: 'userData'): string;
  exit(code: number): void;
}

const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

/** Runs the command, waits for its output to be written, and ends the app with its exit code. */
export async function runInApp(app: CliApp, args: readonly string[], io?: CliIo): Promise<number> {
  const hasDataDir = args.some((a) => a === DATA_DIR_FLAG || a.startsWith(`${DATA_DIR_FLAG}=`));
  if (!hasDataDir && !process.env[DATA_DIR_ENV]) process.env[DATA_DIR_ENV] = app.getPath('userData');
  let code = 1;
  try {
    const { runCli } = await import('./run');
    code = await runCli(args, io ?? { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), program: LAUNCHER });
  } finally {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    app.exit(code);
  }
  return code;
}
