// Where drafts are kept: `--data-dir DIR` / `--data-dir=DIR`, else the
// REPORT_EDITOR_DATA_DIR environment variable, else the default folder.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserFacingError } from '../shared/result';

export const DATA_DIR_FLAG = '--data-dir';
const NAME = DATA_DIR_FLAG.slice(2);
export const DATA_DIR_ENV = 'REPORT_EDITOR_DATA_DIR';

function missingValue(): UserFacingError {
  return new UserFacingError(
    'data-dir-missing',
    `启动参数“${DATA_DIR_FLAG}”后面缺少文件夹路径。请写成“${DATA_DIR_FLAG} 文件夹路径”，或去掉这个参数。`,
  );
}

/**
 * The flag's value, as util.parseArgs reads it (as the CLI does): the last
 * occurrence wins; arguments after "--" are not options; Electron's and
 * Chromium's own switches are let through.
 */
function fromArgv(argv: readonly string[]): string | undefined {
  const options = { [NAME]: { type: 'string' as const } };
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  let found: string | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== NAME) continue;
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) throw missingValue();
    found = value;
  }
  return found;
}

/** Resolves the data folder to an absolute path; pure apart from the working directory. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, defaultDir: string): string {
  const chosen = fromArgv(argv) ?? (env[DATA_DIR_ENV] || undefined) ?? defaultDir;
  return path.resolve(chosen);
}
