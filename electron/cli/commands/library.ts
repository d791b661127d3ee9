// library: the drafts database of a data folder, for IT — list, back up,
// restore from a backup, export and import as one file. Opening checks the
// database and repairs a damaged one from its newest good backup.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deadlineText, nextDeadline } from '../../../shared/deadlines';
import { BACKUP_KIND_LABELS, type MergeReport } from '../../../shared/library';
import { UserFacingError } from '../../../shared/result';
import { DATA_DIR_ENV } from '../../data-dir';
import { writeFileAtomic } from '../../fs/write-atomic';
import { toEntry } from '../../handlers/library';
import { backupDir } from '../../store/safety/backups';
import { parseLibraryFile, serializeLibraryFile } from '../../store/library-files/library-file';
import { openLibrary } from '../../store/open-library';
import { chineseDateTime } from '../../../shared/dates';
import type { DraftStore } from '../../store/types';
import { requireOption, UsageError, type CliCommand, type CliIo, type ParsedArgs } from '../command';
import { LIBRARY } from './specs';

const SUBCOMMANDS = ['list', 'backup', 'restore', 'export', 'import'] as const;
type Sub = (typeof SUBCOMMANDS)[number];

function dataDirOf(args: ParsedArgs, io: CliIo): string {
  const dir = args.options['data-dir'] ?? process.env[DATA_DIR_ENV];
  if (!dir) throw new UsageError(`缺少数据文件夹（--data-dir），或设置环境变量 ${DATA_DIR_ENV}。`);
  return path.resolve(io.cwd ?? process.cwd(), dir);
}

const mergeText = (r: MergeReport) =>
  `新增 ${r.added} 份，更新 ${r.replaced} 份（原内容保存为历史版本），未变 ${r.unchanged} 份，历史版本新增 ${r.versionsAdded} 个`;

async function run(sub: Sub, store: DraftStore, args: ParsedArgs, io: CliIo, cwd: string): Promise<void> {
  const today = io.today ?? new Date();
  switch (sub) {
    case 'list': {
      const trash = args.options.trash === 'true';
      const entries = store.library.entries({ trash }).map((e) => toEntry(e, today));
      if (entries.length === 0) io.stdout(trash ? '回收站是空的。\n' : '文稿库中没有文稿。\n');
      for (const e of entries) {
        const next = nextDeadline(e.deadlines);
        const cells = [e.title || '（无标题）', e.templateName, e.year === null ? '' : `${e.year}年度`, `最后修改 ${chineseDateTime(e.updated)}`];
        if (next && !trash) cells.push(deadlineText(next));
        if (e.deletedAt) cells.push(`删除于 ${chineseDateTime(e.deletedAt)}`);
        io.stdout(`${cells.join('　')}\n`);
      }
      io.stdout(`共 ${entries.length} 份${trash ? '（回收站）' : ''}。\n`);
      return;
    }
    case 'backup': {
      const b = await store.backups.create('manual');
      const file = path.join(backupDir(store.dataDir), b.name);
      io.stdout(`已备份：${file}\n`);
      if (args.options.o) {
        const target = path.resolve(cwd, args.options.o);
        await writeFileAtomic(target, fs.readFileSync(file));
        io.stdout(`已另存一份：${target}\n`);
      }
      return;
    }
    case 'restore': {
      const name = args.options.backup ?? store.backups.list()[0]?.name;
      if (!name) throw new UserFacingError('no-backup', `文件夹“${backupDir(store.dataDir)}”中没有备份，无法恢复。`);
      const info = store.backups.list().find((b) => b.name === name);
      const report = await store.backups.restore(name);
      io.stdout(`已从${info ? `${chineseDateTime(info.created)} 的${BACKUP_KIND_LABELS[info.kind]}` : `备份“${name}”`}恢复：${mergeText(report)}。\n`);
      if (report.skipped > 0) io.stderr(`备份中有 ${report.skipped} 项内容（文稿或历史版本）已损坏，未能恢复；其他文稿已恢复。\n`);
      return;
    }
    case 'export': {
      const target = path.resolve(cwd, requireOption(args, 'o', '输出文件'));
      const ids = args.options.id ? [args.options.id] : undefined;
      const { file, damaged } = store.files.export(ids, { keepVersions: true });
      if (file.drafts.length === 0 && damaged.drafts > 0) {
        throw new UserFacingError('draft-corrupt', `要导出的 ${damaged.drafts} 份文稿已损坏，未能导出。请不要删除数据文件，并联系技术支持人员尝试恢复。`);
      }
      await writeFileAtomic(target, Buffer.from(serializeLibraryFile(file), 'utf8'));
      io.stdout(`已导出 ${file.drafts.length} 份文稿（含历史版本）：${target}\n`);
      if (damaged.drafts > 0) io.stderr(`有 ${damaged.drafts} 份文稿已损坏，未能导出；其他文稿不受影响。\n`);
      if (damaged.versions > 0) io.stderr(`有 ${damaged.versions} 个历史版本已损坏，未能导出。\n`);
      return;
    }
    case 'import': {
      const [source, ...extra] = args.positional.slice(1);
      if (!source) throw new UsageError('缺少要导入的文件。');
      if (extra.length) throw new UsageError(`多余的参数“${extra.join(' ')}”。`);
      const file = path.resolve(cwd, source);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        throw new UserFacingError('library-file-missing', `无法读取文件“${file}”，请确认路径正确。`);
      }
      const report = store.files.import(parseLibraryFile(text, today), 'before-import');
      io.stdout(`已导入：${mergeText(report)}。\n`);
      return;
    }
  }
}

export const libraryCommand: CliCommand = {
  ...LIBRARY,
  async run(args, io) {
    const sub = args.positional[0] as Sub | undefined;
    if (!sub || !SUBCOMMANDS.includes(sub)) throw new UsageError(`请指定 library 的操作：${SUBCOMMANDS.join('、')}。`);
    if (sub !== 'import' && args.positional.length > 1) throw new UsageError(`多余的参数“${args.positional.slice(1).join(' ')}”。`);
    const { store, notice } = await openLibrary(dataDirOf(args, io), io.today ? { now: () => io.today! } : {});
    try {
      if (notice) io.stderr(`${notice.message}\n\n`);
      await run(sub, store, args, io, io.cwd ?? process.cwd());
    } finally {
      store.close();
    }
  },
};
