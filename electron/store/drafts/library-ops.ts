// The library's housekeeping: listing with 回收站, rename, duplicate, delete
// to 回收站, restore and purge.
import crypto from 'node:crypto';
import type { Draft } from '../../../shared/ipc';
import { contentTitle, type Deadline } from '../../../shared/model';
import { UserFacingError } from '../../../shared/result';
import { notFound, type StoreContext } from '../context';
import { rowToDraft } from './draft-row';
import type { StoredEntry } from '../types';

const MAX_TITLE = 200;

export function checkTitle(title: unknown): string {
  const clean = typeof title === 'string' ? title.replace(/\s+/gu, ' ').trim() : '';
  if (!clean) throw new UserFacingError('bad-title', '名称不能为空，请输入文稿名称。');
  if (clean.length > MAX_TITLE) throw new UserFacingError('bad-title', `名称太长（超过 ${MAX_TITLE} 个字），请缩短后再试。`);
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
  // json_extract raises on malformed JSON: one damaged row must not keep the
  // whole list from showing (opening that draft says it is damaged).
  const entriesStmt = (trash: boolean) =>
    db.prepare<[], Omit<StoredEntry, 'deadlines'> & { deadlines: string | null }>(
      `SELECT id, title, template,
              CASE WHEN json_valid(metadata) THEN json_extract(metadata, '$.year') END AS year,
              CASE WHEN json_valid(metadata) THEN json_extract(metadata, '$.deadlines') END AS deadlines,
              created, updated, deleted_at AS deletedAt
       FROM drafts WHERE deleted_at IS ${trash ? 'NOT NULL' : 'NULL'} ORDER BY updated DESC, id DESC`,
    );
  const live = entriesStmt(false);
  const trashed = entriesStmt(true);
  const purgeStmt = db.prepare<[string]>('DELETE FROM drafts WHERE id = ? AND deleted_at IS NOT NULL');

  const row = (id: string) => {
    const r = ctx.rows.get(id);
    if (!r) throw notFound();
    return r;
  };

  // The library name only: the printed title in the content stays as it is.
  const rename = db.transaction((id: string, title: string): { updated: string } => {
    const draft = rowToDraft(row(id));
    const updated = ctx.stamp();
    ctx.rows.write(id, { title: checkTitle(title), content: draft.content, updated });
    return { updated };
  });

  const duplicate = db.transaction((id: string): Draft => {
    const source = rowToDraft(row(id));
    const created = ctx.stamp();
    const title = `${source.title || contentTitle(source.content) || '未命名报告'}（副本）`;
    const copy: Draft = { ...source, id: crypto.randomUUID(), title, created, updated: created };
    ctx.rows.insert(copy);
    return copy;
  });

  return {
    entries: ({ trash }: { trash: boolean }): StoredEntry[] =>
      (trash ? trashed : live).all().map((e) => ({ ...e, deadlines: parseDeadlines(e.deadlines) })),
    rename: (id: string, title: string) => rename.immediate(id, title),
    duplicate: (id: string) => duplicate.immediate(id),
    trash(id: string) {
      if (row(id).deleted_at === null) ctx.rows.setDeleted(id, ctx.now().toISOString());
    },
    restore(id: string) {
      row(id);
      ctx.rows.setDeleted(id, null);
    },
    purge(id: string) {
      row(id);
      if (purgeStmt.run(id).changes === 0) {
        throw new UserFacingError('not-in-trash', '只有回收站中的文稿才能彻底删除。请先把文稿删除到回收站。');
      }
    },
  };
}
