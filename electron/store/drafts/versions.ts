// 历史版本: copies of a draft kept by the clerk (Ctrl+S), automatically every
// ten minutes of editing, and before export, import and restore.
import type { Draft } from '../../../shared/ipc';
import type { Version, VersionKind, VersionSummary } from '../../../shared/library';
import { characterCount, type ReportContent } from '../../../shared/model';
import { UserFacingError } from '../../../shared/result';
import { notFound, type StoreContext } from '../context';
import { rowToDraft } from './draft-row';
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

/** The character count of content JSON; 0 for a damaged draft's text, which is still kept as a version. */
function charsOf(contentJson: string): number {
  try {
    return characterCount(JSON.parse(contentJson) as ReportContent);
  } catch {
    return 0;
  }
}

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
  // The draft's last version (or its creation), leaving out stamps later than
  // now: one from a clock once set ahead must not hold back automatic
  // versions until that time comes. Null when the draft has no such time.
  const sinceStmt = db.prepare<{ id: string; now: string }, { since: string | null }>(
    `SELECT COALESCE((SELECT MAX(created) FROM versions WHERE draft_id = @id AND created <= @now), CASE WHEN created <= @now THEN created END) AS since
     FROM drafts WHERE id = @id`,
  );
  const insertStmt = db.prepare(
    `INSERT INTO versions (draft_id, kind, name, title, metadata, content, chars, created)
     VALUES (@draftId, @kind, @name, @title, @metadata, @content, @chars, @created)`,
  );

  const add: VersionStore['add'] = (draftId, v) => {
    const created = v.created ?? nextStamp(ctx.now(), newestStmt.get(draftId)?.created ?? null);
    const row = { draftId, kind: v.kind, name: v.name, title: v.title, metadata: v.metadata, content: v.content, chars: charsOf(v.content), created };
    return Number(insertStmt.run(row).lastInsertRowid);
  };

  const summary = (id: number): VersionSummary => {
    const { metadata: _m, content: _c, ...rest } = getStmt.get(id)!;
    return rest;
  };

  const keep: VersionStore['keep'] = (draftId, kind, name = '') => {
    const draft = ctx.rows.get(draftId);
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
    const content = JSON.parse(v.content) as ReportContent;
    ctx.rows.write(v.draftId, { title: v.title, metadata: v.metadata, content, updated: ctx.stamp() });
    return rowToDraft(ctx.rows.get(v.draftId)!);
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
      const now = ctx.now();
      const found = sinceStmt.get({ id: draftId, now: now.toISOString() });
      if (!found) return;
      // No time at or before now (only stamps from a clock set ahead): due now.
      if (found.since !== null && now.getTime() - Date.parse(found.since) < AUTO_VERSION_INTERVAL_MS) return;
      const metadata = ctx.rows.get(draftId)!.metadata;
      insertStmt.run({ draftId, kind: 'auto', name: '', title, metadata, content: contentJson, chars: characterCount(content), created: nextStamp(now, found.since) });
    },
    restore: (versionId) => restore.immediate(versionId),
  };
}
