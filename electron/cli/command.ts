// What every CLI command provides, and the argument parser they share.
import { parseArgs as nodeParseArgs } from 'node:util';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder relative paths are resolved against; the process's by default. */
  cwd?: string;
  /** Today, for default years and dates; now by default. */
  today?: Date;
  /** How the tool was started, for the help (npm run cli --, gongwen-report-editor-cli). */
  program?: string;
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

/** How an option is written on the command line: `-o` is `--output`. */
const SHORT: Record<string, string> = { o: 'output', h: 'help' };
const canonical = (name: string) => (name === 'output' ? 'o' : name);

/**
 * The command line as Node's util.parseArgs reads it (--name value,
 * --name=value, -o value, -- ends the options), checked against the options
 * of the command named first: an unknown option or one without its value is
 * a UsageError in Chinese.
 */
export function parseArgs(argv: readonly string[], commands: readonly CliCommand[]): ParsedArgs {
  const first = argv[0];
  const command = first !== undefined && !first.startsWith('-') ? commands.find((c) => c.name === first) : undefined;
  const values = new Set((command?.valueOptions ?? []).map((n) => (n === 'o' ? 'output' : n)));
  const flags = new Set([...(command?.flags ?? []), 'help']);
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const name of values) options[name] = { type: 'string' };
  for (const name of flags) options[name] = { type: 'boolean' };
  for (const [short, long] of Object.entries(SHORT)) if (options[long]) options[long].short = short;
  const { tokens } = nodeParseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const parsed: Record<string, string> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (flags.has(token.name) && token.value === undefined) parsed[token.name] = 'true';
    else if (!values.has(token.name)) throw new UsageError(`未知的选项“${token.rawName}”。`);
    else if (token.value === undefined) throw new UsageError(`选项“${token.rawName}”缺少取值。`);
    else parsed[canonical(token.name)] = token.value;
  }
  return { command: positional.shift(), positional, options: parsed };
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
