// Where drafts are kept: `--data-dir DIR` / `--data-dir=DIR`, else the
// REPORT_EDITOR_DATA_DIR environment variable, else the default folder.
import path from 'node:path';
import { UserFacingError } from '../shared/result';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'REPORT_EDITOR_DATA_DIR';

function missingValue(): UserFacingError {
  return new UserFacingError(
    'data-dir-missing',
    `启动参数“${DATA_DIR_FLAG}”后面缺少文件夹路径。请写成“${DATA_DIR_FLAG} 文件夹路径”，或去掉这个参数。`,
  );
}

/** The flag's value; the last occurrence wins; arguments after "--" are not options. */
function fromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next === '' || next.startsWith('--')) throw missingValue();
      found = next;
      i++;
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      found = arg.slice(DATA_DIR_FLAG.length + 1);
      if (found === '') throw missingValue();
    }
  }
  return found;
}

/** Resolves the data folder to an absolute path; pure apart from the working directory. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, defaultDir: string): string {
  const chosen = fromArgv(argv) ?? (env[DATA_DIR_ENV] || undefined) ?? defaultDir;
  return path.resolve(chosen);
}
