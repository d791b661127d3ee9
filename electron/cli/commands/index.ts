// Every CLI command, in the order the help lists them. A command's help and
// options are in specs.ts; its module is loaded only when it runs, so start-up
// (and --help) loads nothing a command needs. A new command is one file in this
// folder, one spec and one entry here.
import type { CliCommand } from '../command';
import { CHECK, EXPORT, FORMAT, IMPORT, LAYOUT, LIBRARY, NEW, OUTLINE, type CommandSpec } from './specs';

function lazy(spec: CommandSpec, load: () => Promise<CliCommand>): CliCommand {
  return { ...spec, run: async (args, io) => (await load()).run(args, io) };
}

export const COMMANDS: readonly CliCommand[] = [
  lazy(NEW, async () => (await import('./new')).newCommand),
  lazy(EXPORT, async () => (await import('./export')).exportCommand),
  lazy(IMPORT, async () => (await import('./import')).importCommand),
  lazy(FORMAT, async () => (await import('./format')).formatCommand),
  lazy(OUTLINE, async () => (await import('./outline')).outlineCommand),
  lazy(LAYOUT, async () => (await import('./layout')).layoutCommand),
  lazy(LIBRARY, async () => (await import('./library')).libraryCommand),
  lazy(CHECK, async () => (await import('./check-files')).checkCommand),
];
