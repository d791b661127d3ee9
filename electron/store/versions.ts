// 历史版本: copies of a draft kept by the clerk (Ctrl+S), automatically every
// ten minutes of editing, and before export, import and restore.
import type { Draft } from '../../shared/ipc';
import type { Version, VersionKind, VersionSummary } from '../../shared/library';
import { characterCount, type ReportContent } from '../../shared/model';
import { UserFacingError } from '../../shared/result';
import { notFound, type StoreContext } from './context';
import { rowToDraft, type DraftRow } from './draft-row';
import { nextStamp } from './timestamps';

/** An automatic version is kept when a save comes this long after the draft's last version. */
export const AUTO_VERSION_INTERVAL_MS = 10 * 60 * 1000;

interface VersionRow {
  id: number;
  draftId: string;
  kind: VersionKind;
  name: string;
  title: string;
  metadata: string;
  content: string;
  chars: number;
  created: string;
}

const SUMMARY = 'id, draft_id AS draftId, kind, name, title, chars, created';

function versionNotFound(): UserFacingError {
  return new UserFacingError('version-not-found', '找不到这个历史版本，它所属的文稿可能已被彻底删除。');
}

export interface VersionStore {
  list(draftId: string): VersionSummary[];
  get(versionId: number): Version;
  keep(draftId: string, kind: VersionKind, name?: string): VersionSummary;
  /** Inserts a version of given JSON texts, stamped after the draft's newest version. */
  add(draftId: string, v: { kind: VersionKind; name: string; title: string; metadata: string; content: string; created?: string }): number;
  /** Called inside a save: keeps an automatic version of the saved text when one is due. */
  keepIfDue(draftId: string, title: string, contentJson: string, content: ReportContent): void;
  restore(versionId: number): Draft;
}

export function versionStore(ctx: StoreContext): VersionStore {
  const { db } = ctx;
  const listStmt = db.prepare<[string], VersionSummary>(`SELECT ${SUMMARY} FROM versions WHERE draft_id = ? ORDER BY created DESC, id DESC`);
  const getStmt = db.prepare<[number], VersionRow>(`SELECT ${SUMMARY}, metadata, content FROM versions WHERE id = ?`);
  const newestStmt = db.prepare<[string], VersionRow>(
    `SELECT ${SUMMARY}, metadata, content FROM versions WHERE draft_id = ? ORDER BY created DESC, id DESC LIMIT 1`,
  );
  const sinceStmt = db.prepare<{ id: string }, { since: string }>(
    'SELECT COALESCE((SELECT MAX(created) FROM versions WHERE draft_id = @id), created) AS since FROM drafts WHERE id = @id',
  );
  const draftStmt = db.prepare<[string], DraftRow>('SELECT id, title, template, metadata, content, created, updated FROM drafts WHERE id = ?');
  const metadataStmt = db.prepare<[string], { metadata: string }>('SELECT metadata FROM drafts WHERE id = ?');
  const insertStmt = db.prepare(
    `INSERT INTO versions (draft_id, kind, name, title, metadata, content, chars, created)
     VALUES (@draftId, @kind, @name, @title, @metadata, @content, @chars, @created)`,
  );
  const replaceStmt = db.prepare<{ id: string; title: string; metadata: string; content: string; updated: string }>(
    'UPDATE drafts SET title = @title, metadata = @metadata, content = @content, updated = @updated WHERE id = @id',
  );

  const add: VersionStore['add'] = (draftId, v) => {
    const content = JSON.parse(v.content) as ReportContent;
    const created = v.created ?? nextStamp(ctx.now(), newestStmt.get(draftId)?.created ?? null);
    const row = { draftId, kind: v.kind, name: v.name, title: v.title, metadata: v.metadata, content: v.content, chars: characterCount(content), created };
    return Number(insertStmt.run(row).lastInsertRowid);
  };

  const summary = (id: number): VersionSummary => {
    const { metadata: _m, content: _c, ...rest } = getStmt.get(id)!;
    return rest;
  };

  const keep: VersionStore['keep'] = (draftId, kind, name = '') => {
    const draft = draftStmt.get(draftId);
    if (!draft) throw notFound();
    if (kind !== 'named') {
      const newest = newestStmt.get(draftId);
      if (newest && newest.content === draft.content && newest.title === draft.title && newest.metadata === draft.metadata) return summary(newest.id);
    }
    return summary(add(draftId, { kind, name: kind === 'named' ? name.trim() : '', title: draft.title, metadata: draft.metadata, content: draft.content }));
  };

  const restore = db.transaction((versionId: number): Draft => {
    const v = getStmt.get(versionId);
    if (!v) throw versionNotFound();
    keep(v.draftId, 'before-restore');
    replaceStmt.run({ id: v.draftId, title: v.title, metadata: v.metadata, content: v.content, updated: ctx.stamp() });
    const content = JSON.parse(v.content) as ReportContent;
    ctx.indexText(v.draftId, content);
    return rowToDraft(draftStmt.get(v.draftId)!);
  });

  return {
    list: (draftId) => listStmt.all(draftId),
    get(versionId) {
      const row = getStmt.get(versionId);
      if (!row) throw versionNotFound();
      try {
        return { ...row, metadata: JSON.parse(row.metadata), content: JSON.parse(row.content) } as Version;
      } catch {
        throw new UserFacingError('version-corrupt', '这个历史版本的数据已损坏，无法打开。其他版本和文稿不受影响。');
      }
    },
    keep: (draftId, kind, name) => db.transaction(() => keep(draftId, kind, name)).immediate(),
    add,
    keepIfDue(draftId, title, contentJson, content) {
      const since = sinceStmt.get({ id: draftId })?.since;
      if (!since || ctx.now().getTime() - Date.parse(since) < AUTO_VERSION_INTERVAL_MS) return;
      const metadata = metadataStmt.get(draftId)!.metadata;
      insertStmt.run({ draftId, kind: 'auto', name: '', title, metadata, content: contentJson, chars: characterCount(content), created: nextStamp(ctx.now(), since) });
    },
    restore: (versionId) => restore.immediate(versionId),
  };
}
