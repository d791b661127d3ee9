// Runs one command line and turns every outcome into an exit code and a
// Chinese message; never a stack trace for an expected error.
import { UserFacingError } from '../../shared/result';
import { parseArgs, UsageError, type CliCommand, type CliIo } from './command';
import { COMMANDS } from './commands';

/** How the tool is started, for the help: `npm run cli --` in a checkout unless the entry says otherwise. */
export const DEFAULT_PROGRAM = 'npm run cli --';

export function usage(commands: readonly CliCommand[] = COMMANDS, program = DEFAULT_PROGRAM): string {
  const lines = commands.map((c) => `  ${program} ${c.usage}`);
  return `公文报告编辑器 命令行工具\n\n用法：\n${lines.join('\n')}\n  ${program} --help\n      显示本说明。\n`;
}

/** Runs one command line; returns the exit code (0 done, 1 failed, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  try {
    const args = parseArgs(argv, commands);
    if (args.options.help || !args.command) {
      io.stdout(usage(commands, io.program));
      return args.command || args.options.help ? 0 : 2;
    }
    const command = commands.find((c) => c.name === args.command);
    if (!command) throw new UsageError(`未知的命令“${args.command}”。`);
    return (await command.run(args, io)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage(commands, io.program)}`);
      return 2;
    }
    if (error instanceof UserFacingError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    io.stderr(`操作失败：${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DEBUG) io.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    return 1;
  }
}
