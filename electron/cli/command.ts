// What every CLI command provides, and the argument parser they share.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder relative paths are resolved against; the process's by default. */
  cwd?: string;
  /** Today, for default years and dates; now by default. */
  today?: Date;
}

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  /** Option values by name; a flag's value is 'true'. `-o`/`--output` are both `o`. */
  options: Record<string, string>;
}

export interface CliCommand {
  name: string;
  /** Chinese usage lines for the help text. */
  usage: string;
  /** Options taking a value, by name (without dashes). */
  valueOptions?: readonly string[];
  /** Options that are on when present, e.g. json for --json. */
  flags?: readonly string[];
  /** Returns the exit code: 0 done, 1 failed (e.g. findings of a check). */
  run: (args: ParsedArgs, io: CliIo) => Promise<number | void>;
}

/** A mistake in the command line itself: exit code 2. */
export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], commands: readonly CliCommand[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  let command: CliCommand | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      options.help = 'true';
      continue;
    }
    const m = /^--?([a-z][a-z-]*)(?:=(.*))?$/u.exec(arg);
    if (!m) {
      positional.push(arg);
      if (positional.length === 1) command = commands.find((c) => c.name === arg);
      continue;
    }
    const name = m[1] === 'output' ? 'o' : m[1]!;
    if (command?.flags?.includes(name)) {
      options[name] = 'true';
      continue;
    }
    if (!command?.valueOptions?.includes(name)) throw new UsageError(`未知的选项“${arg}”。`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`选项“${arg}”缺少取值。`);
    options[name] = value;
  }
  return { command: positional.shift(), positional, options };
}

export function requireOption(args: ParsedArgs, name: string, what: string): string {
  const value = args.options[name];
  if (!value) throw new UsageError(`缺少${what}（${name.length === 1 ? '-' : '--'}${name}）。`);
  return value;
}

/** The one positional argument a command takes (after the command name). */
export function singlePositional(args: ParsedArgs, what: string): string {
  const [value, ...extra] = args.positional;
  if (!value) throw new UsageError(`缺少${what}。`);
  if (extra.length) throw new UsageError(`多余的参数“${extra.join(' ')}”。`);
  return value;
}
