// The library's housekeeping: listing with 回收站, rename, duplicate, delete
// to 回收站, restore and purge.
import crypto from 'node:crypto';
import type { Draft } from '../../shared/ipc';
import { renameContent } from '../../shared/library';
import { contentTitle, type Deadline } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { notFound, type StoreContext } from './context';
import { rowToDraft, type DraftRow } from './draft-row';
import type { StoredEntry } from './types';

const MAX_TITLE = 200;

export function checkTitle(title: unknown): string {
  const clean = typeof title === 'string' ? title.replace(/\s+/gu, ' ').trim() : '';
  if (!clean) throw new UserFacingError('bad-title', '标题不能为空，请输入文稿标题。');
  if (clean.length > MAX_TITLE) throw new UserFacingError('bad-title', `标题太长（超过 ${MAX_TITLE} 个字），请缩短后再试。`);
  return clean;
}

function parseDeadlines(json: string | null): Deadline[] | null {
  if (json === null) return null;
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? (list as Deadline[]) : null;
  } catch {
    return null;
  }
}

export function libraryOps(ctx: StoreContext) {
  const { db } = ctx;
  const entriesStmt = (trash: boolean) =>
    db.prepare<[], Omit<StoredEntry, 'deadlines'> & { deadlines: string | null }>(
      `SELECT id, title, template, json_extract(metadata, '$.year') AS year, json_extract(metadata, '$.deadlines') AS deadlines,
              created, updated, deleted_at AS deletedAt
       FROM drafts WHERE deleted_at IS ${trash ? 'NOT NULL' : 'NULL'} ORDER BY updated DESC, id DESC`,
    );
  const live = entriesStmt(false);
  const trashed = entriesStmt(true);
  const rowStmt = db.prepare<[string], DraftRow & { deleted_at: string | null }>('SELECT * FROM drafts WHERE id = ?');
  const saveStmt = db.prepare<{ id: string; title: string; content: string; updated: string }>(
    'UPDATE drafts SET title = @title, content = @content, updated = @updated WHERE id = @id',
  );
  const insertStmt = db.prepare<DraftRow>(
    `INSERT INTO drafts (id, title, template, metadata, content, created, updated)
     VALUES (@id, @title, @template, @metadata, @content, @created, @updated)`,
  );
  const setDeleted = db.prepare<[string | null, string]>('UPDATE drafts SET deleted_at = ? WHERE id = ?');
  const purgeStmt = db.prepare<[string]>('DELETE FROM drafts WHERE id = ? AND deleted_at IS NOT NULL');

  const row = (id: string) => {
    const r = rowStmt.get(id);
    if (!r) throw notFound();
    return r;
  };

  const rename = db.transaction((id: string, title: string): { updated: string } => {
    const draft = rowToDraft(row(id));
    const content = renameContent(draft.content, checkTitle(title));
    const updated = ctx.stamp();
    saveStmt.run({ id, title: contentTitle(content), content: JSON.stringify(content), updated });
    ctx.indexText(id, content);
    return { updated };
  });

  const duplicate = db.transaction((id: string): Draft => {
    const source = rowToDraft(row(id));
    const content = renameContent(source.content, `${source.title || '未命名报告'}（副本）`);
    const created = ctx.stamp();
    const copy: Draft = { ...source, id: crypto.randomUUID(), title: contentTitle(content), content, created, updated: created };
    insertStmt.run({ ...copy, metadata: JSON.stringify(copy.metadata), content: JSON.stringify(content) });
    ctx.indexText(copy.id, content);
    return copy;
  });

  return {
    entries: ({ trash }: { trash: boolean }): StoredEntry[] =>
      (trash ? trashed : live).all().map((e) => ({ ...e, deadlines: parseDeadlines(e.deadlines) })),
    rename: (id: string, title: string) => rename.immediate(id, title),
    duplicate: (id: string) => duplicate.immediate(id),
    trash(id: string) {
      if (row(id).deleted_at === null) setDeleted.run(ctx.now().toISOString(), id);
    },
    restore(id: string) {
      row(id);
      setDeleted.run(null, id);
    },
    purge(id: string) {
      row(id);
      if (purgeStmt.run(id).changes === 0) {
        throw new UserFacingError('not-in-trash', '只有回收站中的文稿才能彻底删除。请先把文稿删除到回收站。');
      }
    },
  };
}
