// Moving drafts in and out of the library as a library file: export with all
// versions; import (and restoring a backup) adds what is new and, where a
// draft's text differs, takes the incoming text and keeps the replaced text
// as a version. Nothing is removed.
import crypto from 'node:crypto';
import type { Draft } from '../../../shared/ipc';
import type { MergeReport } from '../../../shared/library';
import { notFound, type StoreContext } from '../context';
import { rowToDraft } from '../drafts/draft-row';
import type { StoredRow } from '../drafts/draft-rows';
import { fileVersion, LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile, type LibraryFileDraft, type LibraryFileVersion, type StoredVersion } from './library-file';
import { importedStamp } from '../drafts/timestamps';
import type { LibraryExport } from '../types';
import type { VersionStore } from '../drafts/versions';
import { pictureHashes } from '../../../shared/pictures';
import { pictureStore } from '../pictures';

/** JSON text with object keys in a fixed order, so equal values compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** False also when the stored row is damaged: the incoming text then replaces it (the damaged text is kept as a version). */
function sameDocument(row: StoredRow, d: LibraryFileDraft): boolean {
  try {
    return (
      row.title === d.title &&
      canonicalJson(JSON.parse(row.content)) === canonicalJson(d.content) &&
      canonicalJson(JSON.parse(row.metadata)) === canonicalJson(d.metadata)
    );
  } catch {
    return false;
  }
}

export function libraryMerge(ctx: StoreContext, versions: VersionStore) {
  const { db } = ctx;
  const versionsStmt = db.prepare<[string], StoredVersion>('SELECT kind, name, title, metadata, content, created FROM versions WHERE draft_id = ? ORDER BY created, id');
  const versionKeys = db.prepare<[string], { key: string }>("SELECT kind || '|' || created AS key FROM versions WHERE draft_id = ?");
  const sameVersion = db.prepare<{ id: string; kind: string; name: string; title: string; metadata: string; content: string }>(
    `SELECT 1 FROM versions WHERE draft_id = @id AND kind = @kind AND name = @name AND title = @title AND metadata = @metadata AND content = @content LIMIT 1`,
  );

  /**
   * Damaged drafts and versions are left out and counted rather than failing
   * the export: the others are not affected. With keepVersions, a
   * before-export version of each exported draft (each one not in 回收站 when
   * exporting all) is kept first, in the same transaction.
   */
  const exportLibrary = db.transaction((ids: readonly string[] | undefined, keepVersions: boolean): LibraryExport => {
    const rows = ids
      ? ids.map((id) => {
          const r = ctx.rows.get(id);
          if (!r) throw notFound();
          return r;
        })
      : ctx.rows.all();
    const damaged = { drafts: 0, versions: 0 };
    const drafts: LibraryFileDraft[] = [];
    for (const r of rows) {
      let d: Draft;
      try {
        d = rowToDraft(r);
      } catch {
        damaged.drafts++;
        continue;
      }
      if (keepVersions && (ids || r.deleted_at === null)) versions.keep(r.id, 'before-export');
      const vs: LibraryFileVersion[] = [];
      for (const v of versionsStmt.all(r.id)) {
        const version = fileVersion(v);
        if (version) vs.push(version);
        else damaged.versions++;
      }
      drafts.push({ ...d, deletedAt: r.deleted_at, versions: vs });
    }
    const pictures = filePictures(ctx, drafts);
    return { file: { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exported: ctx.now().toISOString(), drafts, ...(pictures ? { pictures } : {}) }, damaged };
  });

  const importLibrary = db.transaction((file: LibraryFile, kind: 'before-import' | 'before-restore'): MergeReport => {
    const report: MergeReport = { added: 0, replaced: 0, unchanged: 0, versionsAdded: 0 };
    const now = ctx.now();
    addPictures(ctx, file);
    // Stamps from elsewhere are stored fixed-width and never in the future
    // (the store's order and its change stamps rely on both).
    const at = (stamp: string) => importedStamp(stamp, now) ?? now.toISOString();
    for (const d of file.drafts) {
      const existing = d.id ? ctx.rows.get(d.id) : undefined;
      const id = existing?.id ?? d.id ?? crypto.randomUUID();
      if (!existing) {
        const { title, template, metadata, content } = d;
        ctx.rows.insert({ id, title, template, metadata, content, created: at(d.created), updated: at(d.updated), deletedAt: d.deletedAt === null ? null : at(d.deletedAt) });
        report.added++;
      } else if (sameDocument(existing, d)) {
        if (existing.deleted_at !== null && d.deletedAt === null) ctx.rows.setDeleted(id, null);
        report.unchanged++;
      } else {
        versions.keep(id, kind);
        const deleted = existing.deleted_at !== null && d.deletedAt !== null ? existing.deleted_at : null;
        ctx.rows.write(id, { title: d.title, metadata: JSON.stringify(d.metadata), content: d.content, updated: ctx.stamp(), deletedAt: deleted });
        report.replaced++;
      }
      const known = new Set(versionKeys.all(id).map((r) => r.key));
      for (const v of d.versions) {
        const created = at(v.created);
        if (known.has(`${v.kind}|${created}`)) continue;
        const json = { kind: v.kind, name: v.name, title: v.title, metadata: JSON.stringify(v.metadata), content: JSON.stringify(v.content) };
        // A stamp from the future was moved to now, which differs on each
        // import: the same version imported before is recognised by its text.
        if (!(Date.parse(v.created) <= now.getTime()) && sameVersion.get({ id, ...json })) continue;
        versions.add(id, { ...json, created });
        report.versionsAdded++;
      }
    }
    return report;
  });

  return {
    exportLibrary: (ids: readonly string[] | undefined, keepVersions: boolean) =>
      keepVersions ? exportLibrary.immediate(ids, keepVersions) : exportLibrary(ids, keepVersions),
    importLibrary: (file: LibraryFile, kind: 'before-import' | 'before-restore') => importLibrary.immediate(file, kind),
  };
}

/** The pictures the drafts and their versions show, base64 by hash; undefined when they show none. */
function filePictures(ctx: StoreContext, drafts: readonly LibraryFileDraft[]): Record<string, string> | undefined {
  const hashes = new Set(drafts.flatMap((d) => [d.content, ...d.versions.map((v) => v.content)].flatMap(pictureHashes)));
  if (hashes.size === 0) return undefined;
  const get = ctx.db.prepare<[string], { bytes: Buffer }>('SELECT bytes FROM pictures WHERE hash = ?');
  const out: Record<string, string> = {};
  for (const h of hashes) {
    const row = get.get(h);
    if (row) out[h] = row.bytes.toString('base64');
  }
  return out;
}

/** Keeps the file's pictures in the library (each once), before any draft that shows them. */
function addPictures(ctx: StoreContext, file: LibraryFile): void {
  const add = pictureStore(ctx.db, ctx.now);
  for (const data of Object.values(file.pictures ?? {})) add.add(Buffer.from(data, 'base64'));
}
