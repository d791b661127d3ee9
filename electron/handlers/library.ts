// 文稿库: the library list with days to deadlines, search, rename, duplicate,
// 回收站, versions (历史版本), backups (从备份恢复), settings, and moving
// drafts between machines as one file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diffBlocks } from '../../shared/diff';
import type { DraftSummary } from '../../shared/ipc';
import { entryDeadlines } from '../../shared/library-deadlines';
import { SORT_KEYS, sortEntries, validateSettings, type LibraryEntry, type SortKey } from '../../shared/library';
import { UserFacingError } from '../../shared/result';
import { writeFileAtomic } from '../export/write-docx';
import { LIBRARY_FILE_EXTENSION, parseLibraryFile, serializeLibraryFile } from '../store/library-file';
import type { StoredEntry } from '../store/types';
import { TEMPLATES } from '../templates';
import { exportFileName } from './export';
import { checkId, type HandlerDeps, type Impl } from './types';

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

function checkVersionId(request: { versionId?: unknown } | null): number {
  const v = request?.versionId;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new UserFacingError('bad-request', '请求无效：缺少版本编号。');
  return v;
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
  const base = titles.length === 1 ? exportFileName(titles[0]!).replace(/\.docx$/u, '') : `文稿库-${today.getFullYear()}${String(today.getMonth() + 1).padStart(2, '0')}${String(today.getDate()).padStart(2, '0')}`;
  return `${base}.${LIBRARY_FILE_EXTENSION}`;
}

export function libraryHandlers(deps: HandlerDeps): Impl<LibraryChannel> {
  const now = deps.now ?? (() => new Date());
  const { store } = deps;
  let notice = deps.openNotice ?? null;
  const summary = (id: string): DraftSummary => {
    const { title, template, created, updated } = store.get(id);
    return { id, title, template, created, updated };
  };
  return {
    'library:list': (request) => {
      const sort: SortKey = SORT_KEYS.includes(request?.sort) ? request.sort : 'updated';
      const today = now();
      return sortEntries(store.entries({ trash: request?.trash === true }).map((e) => toEntry(e, today)), sort);
    },
    'library:search': (request) => store.search(typeof request?.query === 'string' ? request.query : ''),
    'library:rename': (request) => store.rename(checkId(request), request.title),
    'library:duplicate': (request) => summary(store.duplicate(checkId(request)).id),
    'library:delete': (request) => (store.trash(checkId(request)), null),
    'library:restore': (request) => (store.restore(checkId(request)), null),
    'library:purge': (request) => (store.purge(checkId(request)), null),
    'library:notice': () => {
      const n = notice;
      notice = null;
      return n;
    },
    'library:export': async (request) => {
      if (!deps.chooseLibraryExportPath) throw noDialog();
      const ids = Array.isArray(request?.ids) ? request.ids.map((id) => checkId({ id })) : null;
      const titles = ids ? ids.map((id) => store.get(id).title) : [];
      const target = await deps.chooseLibraryExportPath(libraryFileName(titles, now()));
      if (!target) return null;
      for (const e of ids ?? store.entries({ trash: false }).map((x) => x.id)) store.keepVersion(e, 'before-export');
      const file = store.exportLibrary(ids ?? undefined);
      await writeFileAtomic(target, Buffer.from(serializeLibraryFile(file), 'utf8'));
      return { path: target, drafts: file.drafts.length };
    },
    'library:import': async () => {
      if (!deps.chooseLibraryImportPath) throw noDialog();
      const source = await deps.chooseLibraryImportPath();
      if (!source) return null;
      const file = parseLibraryFile(await readLibraryText(source), now());
      return store.importLibrary(file, 'before-import');
    },
    'versions:list': (request) => store.versions(checkId(request)),
    'versions:get': (request) => store.version(checkVersionId(request)),
    'versions:diff': (request) => {
      const version = store.version(checkVersionId(request));
      return diffBlocks(version.content, store.get(version.draftId).content);
    },
    'versions:keep': (request) => {
      const kind = request?.kind === 'before-export' ? 'before-export' : 'named';
      return store.keepVersion(checkId(request), kind, typeof request?.name === 'string' ? request.name : '');
    },
    'versions:restore': (request) => store.restoreVersion(checkVersionId(request)),
    'backups:list': () => store.backups(),
    'backups:restore': (request) => {
      const name = typeof request?.name === 'string' ? path.basename(request.name) : '';
      return store.restoreBackup(name);
    },
    'settings:get': () => store.settings(),
    'settings:set': (request) => {
      const reason = validateSettings(request);
      if (reason) throw new UserFacingError('bad-settings', `设置的取值无效，未保存（${reason}）。`);
      return store.updateSettings(request);
    },
  };
}
