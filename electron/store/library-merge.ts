// Moving drafts in and out of the library as a library file: export with all
// versions; import (and restoring a backup) adds what is new and, where a
// draft's text differs, takes the incoming text and keeps the replaced text
// as a version. Nothing is removed.
import crypto from 'node:crypto';
import type { MergeReport } from '../../shared/library';
import { notFound, type StoreContext } from './context';
import { rowToDraft, type DraftRow } from './draft-row';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile, type LibraryFileDraft, type LibraryFileVersion } from './library-file';
import type { VersionStore } from './versions';

type Row = DraftRow & { deleted_at: string | null };

/** JSON text with object keys in a fixed order, so equal values compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const sameDocument = (row: Row, d: LibraryFileDraft) =>
  row.title === d.title &&
  canonicalJson(JSON.parse(row.content)) === canonicalJson(d.content) &&
  canonicalJson(JSON.parse(row.metadata)) === canonicalJson(d.metadata);

export function libraryMerge(ctx: StoreContext, versions: VersionStore) {
  const { db } = ctx;
  const allStmt = db.prepare<[], Row>('SELECT * FROM drafts ORDER BY created, id');
  const rowStmt = db.prepare<[string], Row>('SELECT * FROM drafts WHERE id = ?');
  const versionsStmt = db.prepare<[string], Omit<LibraryFileVersion, 'metadata' | 'content'> & { metadata: string; content: string }>(
    'SELECT kind, name, title, metadata, content, created FROM versions WHERE draft_id = ? ORDER BY created, id',
  );
  const versionKeys = db.prepare<[string], { key: string }>("SELECT kind || '|' || created AS key FROM versions WHERE draft_id = ?");
  const insertStmt = db.prepare<Row>(
    `INSERT INTO drafts (id, title, template, metadata, content, created, updated, deleted_at)
     VALUES (@id, @title, @template, @metadata, @content, @created, @updated, @deleted_at)`,
  );
  const replaceStmt = db.prepare<{ id: string; title: string; metadata: string; content: string; updated: string; deleted_at: string | null }>(
    'UPDATE drafts SET title = @title, metadata = @metadata, content = @content, updated = @updated, deleted_at = @deleted_at WHERE id = @id',
  );
  const undelete = db.prepare<[string]>('UPDATE drafts SET deleted_at = NULL WHERE id = ?');

  const exportLibrary = (ids?: readonly string[]): LibraryFile => {
    const rows = ids
      ? ids.map((id) => {
          const r = rowStmt.get(id);
          if (!r) throw notFound();
          return r;
        })
      : allStmt.all();
    const drafts = rows.map((r): LibraryFileDraft => {
      const d = rowToDraft(r);
      const vs = versionsStmt.all(d.id).map((v) => ({ ...v, metadata: JSON.parse(v.metadata), content: JSON.parse(v.content) }) as LibraryFileVersion);
      return { ...d, deletedAt: r.deleted_at, versions: vs };
    });
    return { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exported: ctx.now().toISOString(), drafts };
  };

  const importLibrary = db.transaction((file: LibraryFile, kind: 'before-import' | 'before-restore'): MergeReport => {
    const report: MergeReport = { added: 0, replaced: 0, unchanged: 0, versionsAdded: 0 };
    for (const d of file.drafts) {
      const existing = d.id ? rowStmt.get(d.id) : undefined;
      const id = existing?.id ?? (d.id ?? crypto.randomUUID());
      const json = { title: d.title, metadata: JSON.stringify(d.metadata), content: JSON.stringify(d.content) };
      if (!existing) {
        insertStmt.run({ id, template: d.template, ...json, created: d.created, updated: d.updated, deleted_at: d.deletedAt });
        ctx.indexText(id, d.content);
        report.added++;
      } else if (sameDocument(existing, d)) {
        if (existing.deleted_at !== null && d.deletedAt === null) undelete.run(id);
        report.unchanged++;
      } else {
        versions.keep(id, kind);
        const deleted = existing.deleted_at !== null && d.deletedAt !== null ? existing.deleted_at : null;
        replaceStmt.run({ id, ...json, updated: ctx.stamp(), deleted_at: deleted });
        ctx.indexText(id, d.content);
        report.replaced++;
      }
      const known = new Set(versionKeys.all(id).map((r) => r.key));
      for (const v of d.versions) {
        if (known.has(`${v.kind}|${v.created}`)) continue;
        versions.add(id, { ...v, metadata: JSON.stringify(v.metadata), content: JSON.stringify(v.content) });
        report.versionsAdded++;
      }
    }
    return report;
  });

  return { exportLibrary, importLibrary: (file: LibraryFile, kind: 'before-import' | 'before-restore') => importLibrary.immediate(file, kind) };
}
