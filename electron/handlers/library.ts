// 文稿库: the library list with days to deadlines, search, rename, duplicate,
// 回收站, versions (历史版本), backups (从备份恢复), settings, and moving
// drafts between machines as one file.
import { readFile } from 'node:fs/promises';
import { compactDate } from '../../shared/dates';
import { diffBlocks } from '../../shared/diff';
import type { DraftSummary } from '../../shared/ipc';
import { entryDeadlines } from '../../shared/deadlines';
import { sortEntries, type LibraryEntry } from '../../shared/library';
import { UserFacingError } from '../../shared/result';
import { checkWriteTarget, writeFileAtomic } from '../fs/write-atomic';
import { LIBRARY_FILE_EXTENSION, parseLibraryFile, serializeLibraryFile } from '../store/library-files/library-file';
import type { StoredEntry } from '../store/types';
import { TEMPLATES } from '../templates';
import { exportFileName } from './export';
import type { HandlerDeps, Impl } from './types';

type LibraryChannel =
  | 'library:list'
  | 'library:search'
  | 'library:rename'
  | 'library:duplicate'
  | 'library:delete'
  | 'library:restore'
  | 'library:purge'
  | 'library:notice'
  | 'library:export'
  | 'library:import'
  | 'versions:list'
  | 'versions:get'
  | 'versions:diff'
  | 'versions:keep'
  | 'versions:restore'
  | 'backups:list'
  | 'backups:restore'
  | 'settings:get'
  | 'settings:set';

export function toEntry(e: StoredEntry, today: Date): LibraryEntry {
  const template = TEMPLATES.find((t) => t.id === e.template) ?? null;
  const year = typeof e.year === 'number' && Number.isInteger(e.year) ? e.year : null;
  return {
    ...e,
    year,
    templateName: template?.name ?? e.template,
    deadlines: entryDeadlines(e.deadlines, year, template?.deadlines ?? null, today),
  };
}

function noDialog(): UserFacingError {
  return new UserFacingError('no-dialog', '本环境无法打开选择文件的窗口，操作未进行。请在公文报告编辑器窗口中操作，或使用命令行工具。');
}

async function readLibraryText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserFacingError('library-file-missing', `找不到文件“${file}”。`);
    throw new UserFacingError('library-file-unreadable', `无法读取文件“${file}”（错误代码 ${code ?? '未知'}）。请确认文件没有被其他程序占用。`);
  }
}

/** The file name an export suggests: the draft's title for one draft, else 文稿库-date. */
export function libraryFileName(titles: readonly string[], today: Date): string {
  const base = titles.length === 1 ? exportFileName(titles[0]!).replace(/\.docx$/u, '') : `文稿库-${compactDate(today)}`;
  return `${base}.${LIBRARY_FILE_EXTENSION}`;
}

export function libraryHandlers(deps: HandlerDeps): Impl<LibraryChannel> {
  const now = deps.now ?? (() => new Date());
  const { store } = deps;
  let notice = deps.openNotice ?? null;
  const summary = (id: string): DraftSummary => {
    const { title, template, created, updated } = store.drafts.get(id);
    return { id, title, template, created, updated };
  };
  // Requests arrive checked against the contract by electron/ipc/validate.ts (ids,
  // version numbers, sort keys, text, backup names without paths); what the
  // CLI needs too (backup names, titles, settings values) the store checks.
  return {
    'library:list': (request) => {
      const today = now();
      return sortEntries(store.library.entries({ trash: request.trash }).map((e) => toEntry(e, today)), request.sort);
    },
    'library:search': (request) => store.library.search(request.query),
    'library:rename': (request) => store.library.rename(request.id, request.title),
    'library:duplicate': (request) => summary(store.library.duplicate(request.id).id),
    'library:delete': (request) => (store.library.trash(request.id), null),
    'library:restore': (request) => (store.library.restore(request.id), null),
    'library:purge': (request) => (store.library.purge(request.id), null),
    'library:notice': () => {
      const n = notice ?? deps.laterNotice?.() ?? null;
      notice = null;
      return n;
    },
    'library:export': async (request) => {
      if (!deps.chooseLibraryExportPath) throw noDialog();
      const ids = request.ids;
      const titles = ids ? ids.map((id) => store.drafts.get(id).title) : [];
      const target = await deps.chooseLibraryExportPath(libraryFileName(titles, now()));
      if (!target) return null;
      // Exporting keeps a version of each draft: refuse a bad target first, so a refusal changes nothing.
      await checkWriteTarget(target);
      const { file, damaged } = store.files.export(ids ?? undefined, { keepVersions: true });
      if (file.drafts.length === 0 && damaged.drafts > 0) {
        throw new UserFacingError('draft-corrupt', `要导出的 ${damaged.drafts} 份文稿已损坏，未能导出。请不要删除数据文件，并联系技术支持人员尝试恢复。`);
      }
      await writeFileAtomic(target, Buffer.from(serializeLibraryFile(file), 'utf8'));
      return { path: target, drafts: file.drafts.length, damaged: damaged.drafts };
    },
    'library:import': async () => {
      if (!deps.chooseLibraryImportPath) throw noDialog();
      const source = await deps.chooseLibraryImportPath();
      if (!source) return null;
      const file = parseLibraryFile(await readLibraryText(source), now());
      return store.files.import(file, 'before-import');
    },
    'versions:list': (request) => store.versions.list(request.id),
    'versions:get': (request) => store.versions.get(request.versionId),
    'versions:diff': (request) => {
      const version = store.versions.get(request.versionId);
      return diffBlocks(version.content, store.drafts.get(version.draftId).content);
    },
    'versions:keep': (request) => store.versions.keep(request.id, request.kind, request.name),
    'versions:restore': (request) => store.versions.restore(request.versionId),
    'backups:list': () => store.backups.list(),
    'backups:restore': (request) => store.backups.restore(request.name),
    'settings:get': () => store.settings.get(),
    'settings:set': (request) => store.settings.update(request),
  };
}
