// Brings a database's schema up to date, one numbered migration at a time.
import type { Database } from 'better-sqlite3';
import { UserFacingError } from '../../shared/result';
import { MIGRATIONS, type Migration } from './migrations';
import { UNTOUCHED } from './storage-errors';

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
}

/** Throws 'database-too-new' when the file was written by a newer build; reads only. */
export function assertKnownVersion(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = userVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new UserFacingError(
      'database-too-new',
      `文稿数据库“${db.name}”由更新版本的公文报告编辑器写入（数据版本 ${current}，本程序最高支持 ${latest}），` +
        `本程序无法打开。请升级到最新版本后再打开。${UNTOUCHED}`,
    );
  }
}

/**
 * Applies each pending migration in its own write transaction, setting
 * user_version in the same transaction, so a failure leaves the database as
 * it was after the last successful step. Returns the resulting version.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  checkOrder(migrations);
  assertKnownVersion(db, migrations);
  for (const m of migrations) {
    if (userVersion(db) >= m.version) continue;
    db.transaction(() => {
      // Another process may have migrated while we waited for the write lock.
      if (userVersion(db) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return userVersion(db);
}
