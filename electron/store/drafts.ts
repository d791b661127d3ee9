// The DraftStore backed by the SQLite database in the data folder.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Draft, DraftSummary } from '../../shared/ipc';
import { validateContent, validateMetadata, type ReportContent } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './database';
import { rowToDraft, type DraftRow } from './draft-row';
import { storageError } from './storage-errors';
import { nextStamp } from './timestamps';
import type { DraftStore, NewDraft } from './types';

function notFound(): UserFacingError {
  return new UserFacingError('draft-not-found', '找不到这份文稿，它可能已被删除。');
}

function assertValid(content: unknown, metadata?: unknown): void {
  const reason = validateContent(content) ?? (metadata === undefined ? null : validateMetadata(metadata));
  if (reason) {
    throw new UserFacingError('invalid-draft', `文稿内容格式不正确，未能保存（${reason}）。请重试；如仍出现，请联系技术支持人员。`);
  }
}

export function openDraftStore(
  dataDir: string,
  now: () => Date = () => new Date(),
  options: OpenOptions = {},
): DraftStore {
  const db = openDatabase(dataDir, options);
  const file = path.join(dataDir, DATABASE_FILE);
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      throw storageError(err, file, dataDir);
    }
  };

  const listStmt = db.prepare<[], DraftSummary>(
    'SELECT id, title, template, created, updated FROM drafts ORDER BY updated DESC, id DESC',
  );
  const getStmt = db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE id = ?');
  const lastStmt = db.prepare<[], { last: string | null }>('SELECT MAX(updated) AS last FROM drafts');
  const insertStmt = db.prepare<[DraftRow]>(
    `INSERT INTO drafts (id, title, template, metadata, content, created, updated)
     VALUES (@id, @title, @template, @metadata, @content, @created, @updated)`,
  );
  const updateStmt = db.prepare<{ id: string; title: string; content: string; updated: string }>(
    'UPDATE drafts SET title = @title, content = @content, updated = @updated WHERE id = @id',
  );

  // Every stamp is later than any stored one, so saves never tie, even within
  // one millisecond or when the clock steps back.
  const stamp = (): string => nextStamp(now(), lastStmt.get()?.last ?? null);

  const insert = db.transaction((d: NewDraft): Draft => {
    const created = stamp();
    const { title, template, metadata, content } = d;
    const draft: Draft = { id: crypto.randomUUID(), title, template, metadata, content, created, updated: created };
    insertStmt.run({ ...draft, metadata: JSON.stringify(metadata), content: JSON.stringify(content) });
    return draft;
  });

  const update = db.transaction((id: string, content: string, title: string): { updated: string } => {
    const updated = stamp();
    if (updateStmt.run({ id, title, content, updated }).changes === 0) throw notFound();
    return { updated };
  });

  return {
    list: () => guard(() => listStmt.all()),
    create(d) {
      assertValid(d.content, d.metadata);
      return guard(() => insert.immediate(d));
    },
    get(id) {
      const row = guard(() => getStmt.get(id));
      if (!row) throw notFound();
      return rowToDraft(row);
    },
    saveContent(id, content: ReportContent, title) {
      assertValid(content);
      return guard(() => update.immediate(id, JSON.stringify(content), title));
    },
    close: () => db.close(),
  };
}
