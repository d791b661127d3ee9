// Is a database file sound? PRAGMA quick_check on a read-only connection,
// which neither changes the file nor folds its write-ahead log into it.
import Sqlite from 'better-sqlite3';

const codeOf = (e: unknown) => String((e as { code?: unknown } | null)?.code ?? '');

/** Damage worth recovering from; locks and permissions are not damage. */
export function isDamage(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_FORMAT';
}

/** Null when the file passes quick_check; otherwise what is wrong, for the clerk's message. */
export function checkDatabaseFile(file: string, check: 'quick_check' | 'integrity_check' = 'quick_check'): string | null {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(`${check}(20)`) as Record<string, string>[];
    const problems = rows.map((r) => Object.values(r)[0] ?? '').filter((m) => m !== 'ok');
    return problems.length ? problems.slice(0, 3).join('；') : null;
  } catch (error) {
    if (isDamage(error)) return error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    db?.close();
  }
}
