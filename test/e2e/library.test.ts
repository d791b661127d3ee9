// 文稿库 end to end in headless Chromium: the home screen with deadlines,
// search with highlighted hits, rename, duplicate, 回收站; recovery from a
// damaged database told to the clerk; 从备份恢复; and a save that fails (a
// full disk) keeping the text, saying why, and saving once the fault clears.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/store/database';
import { openDraftStore } from '../../electron/store/draft-store';
import { storageError } from '../../electron/store/storage-errors';
import type { DraftStore } from '../../electron/store/types';
import { blockText } from '../../shared/model';
import { newDraft } from '../support/library-fixtures';
import { consoleErrors, openApp, tempDir, useBrowser } from './harness';

const browser = useBrowser();

function seed(dir: string): { a: string; b: string } {
  const store = openDraftStore(dir);
  const a = store.drafts.create(newDraft('某某县司法局关于2025年度法治政府建设情况的报告', '完善行政复议工作机制，提升复议质效。'));
  const b = store.drafts.create(newDraft('某某乡2025年工作总结', '全年完成招商引资任务。'));
  store.close();
  return { a: a.id, b: b.id };
}

const rows = (page: Page) => page.locator('.library-row');

describe('文稿库 home screen', () => {
  it('lists, searches with highlights, renames, duplicates, deletes to 回收站, restores and purges', async () => {
    const data = await tempDir('e2e-library-');
    seed(data.dir);
    const app = await openApp(browser(), { dataDir: data.dir });
    try {
      const { page } = app;
      await rows(page).first().waitFor();
      await expect.poll(() => rows(page).count()).toBe(2);
      await expect(rows(page).first().innerText()).resolves.toMatch(/法治政府建设年度报告/u);
      await expect(page.locator('.library-row td').filter({ hasText: /截止|逾期/u }).count()).resolves.toBe(2);

      // Search: the hit's words are marked, built from ranges.
      await page.getByLabel('搜索文稿').fill('行政复议');
      const hit = page.locator('.search-hit');
      await hit.first().waitFor();
      await expect(hit.count()).resolves.toBe(1);
      await expect(hit.locator('mark').allInnerTexts()).resolves.toEqual(['行政复议']);
      await expect(hit.locator('.search-snippet').innerText()).resolves.toBe('完善行政复议工作机制，提升复议质效。');
      await page.getByLabel('搜索文稿').fill('年度 法治政府');
      await hit.first().locator('.library-open mark', { hasText: '法治政府' }).waitFor();
      await expect(hit.first().locator('.library-open mark').allInnerTexts()).resolves.toEqual(['年度法治政府']);
      await page.getByLabel('搜索文稿').fill('');

      // Rename.
      await rows(page).filter({ hasText: '某某乡2025年工作总结' }).getByRole('button', { name: '重命名' }).click();
      const rename = page.getByRole('dialog', { name: '重命名文稿' });
      await rename.getByLabel('文稿名称').fill('某某乡2025年度工作总结（定稿）');
      await rename.getByRole('button', { name: '确定' }).click();
      await page.getByRole('button', { name: '某某乡2025年度工作总结（定稿）' }).waitFor();

      // Duplicate.
      await rows(page).filter({ hasText: '某某县司法局' }).getByRole('button', { name: '复制' }).click();
      await page.getByRole('button', { name: /（副本）$/u }).waitFor();
      await expect.poll(() => rows(page).count()).toBe(3);

      // Delete to 回收站, restore from there, delete again and purge.
      await rows(page).filter({ hasText: '（副本）' }).getByRole('button', { name: '删除' }).click();
      await page.getByText(/已将.*移到回收站/u).waitFor();
      await expect.poll(() => rows(page).count()).toBe(2);
      await page.getByRole('button', { name: '回收站' }).click();
      await page.getByRole('heading', { name: '回收站' }).waitFor();
      await expect.poll(() => rows(page).count()).toBe(1);
      await rows(page).getByRole('button', { name: '恢复' }).click();
      await page.getByText('回收站是空的。').waitFor();
      await page.getByRole('button', { name: '返回文稿库' }).click();
      await expect.poll(() => rows(page).filter({ hasText: '（副本）' }).count()).toBe(1);
      await rows(page).filter({ hasText: '（副本）' }).getByRole('button', { name: '删除' }).click();
      await expect.poll(() => rows(page).count()).toBe(2);
      await page.getByRole('button', { name: '回收站' }).click();
      await page.getByRole('heading', { name: '回收站' }).waitFor();
      await expect.poll(() => rows(page).count()).toBe(1);
      await rows(page).getByRole('button', { name: '彻底删除' }).click();
      await page.getByRole('alertdialog', { name: '彻底删除' }).getByRole('button', { name: '彻底删除' }).click();
      await page.getByText('回收站是空的。').waitFor();
      expect(app.store.library.entries({ trash: false })).toHaveLength(2);
      expect(app.store.library.entries({ trash: true })).toHaveLength(0);

      // Opening a draft from the library, and back.
      await page.getByRole('button', { name: '返回文稿库' }).click();
      await page.getByRole('button', { name: '某某县司法局关于2025年度法治政府建设情况的报告' }).click();
      await page.locator('[data-block=title]').waitFor();
      await page.getByRole('button', { name: '文稿库' }).click();
      await rows(page).first().waitFor();
      expect(consoleErrors(app)).toEqual([]);
    } finally {
      await app.close();
      await data.remove();
    }
  });

  it('tells the clerk a damaged database was replaced by its backup, and restores from a listed backup', async () => {
    const data = await tempDir('e2e-recovery-');
    const { a } = seed(data.dir);
    const first = await openApp(browser(), { dataDir: data.dir });
    await first.upkept;
    const backup = await first.store.backups.create('manual');
    first.store.drafts.saveContent(a, newDraft('改动后的标题', '备份之后改的正文。').content);
    await first.close();
    const file = path.join(data.dir, DATABASE_FILE);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(Math.floor(size / 3), 0x5a), 0, Math.floor(size / 3), Math.floor(size / 3));
    fs.closeSync(fd);

    const app = await openApp(browser(), { dataDir: data.dir });
    try {
      const { page } = app;
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toMatch(/文稿数据库文件已损坏.*没有删除.*恢复了文稿库/su);
      await rows(page).first().waitFor();
      await expect.poll(() => rows(page).count()).toBe(2);
      expect(fs.readdirSync(data.dir).some((n) => n.startsWith(`${DATABASE_FILE}.damaged-`))).toBe(true);

      // 从备份恢复 lists the backups; restoring one keeps the current text as a version.
      app.store.drafts.saveContent(a, newDraft('又改了一次', '恢复前的正文。').content);
      await page.getByRole('button', { name: '从备份恢复' }).click();
      const dialog = page.getByRole('dialog', { name: '从备份恢复' });
      await expect.poll(() => dialog.locator('.backup-row').count()).toBeGreaterThanOrEqual(1);
      await dialog.locator('.backup-row').filter({ hasText: '手动备份' }).getByRole('button', { name: /恢复/u }).click();
      await page.getByRole('alertdialog', { name: '从备份恢复' }).getByRole('button', { name: '恢复' }).click();
      await page.getByText(/已从备份恢复：.*更新 1 份/u).waitFor();
      expect(backup.kind).toBe('manual');
      expect(app.store.drafts.get(a).title).toBe('某某县司法局关于2025年度法治政府建设情况的报告');
      const kept = app.store.versions.list(a).find((v) => v.kind === 'before-restore')!;
      expect(app.store.versions.get(kept.id).title).toBe('又改了一次');
    } finally {
      await app.close();
      await data.remove();
    }
  });
});

describe('faults', () => {
  it('keeps the text on a full disk, shows 未保存 with the reason, and saves it once space is freed', async () => {
    const data = await tempDir('e2e-fault-');
    const { a } = seed(data.dir);
    let diskFull = false;
    const failing = (store: DraftStore): DraftStore => ({
      ...store,
      drafts: {
        ...store.drafts,
        saveContent: (id, content) => {
          if (diskFull) throw storageError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), DATABASE_FILE, data.dir);
          return store.drafts.saveContent(id, content);
        },
      },
    });
    const app = await openApp(browser(), { dataDir: data.dir, wrapStore: failing });
    try {
      const { page } = app;
      await page.getByRole('button', { name: '某某县司法局关于2025年度法治政府建设情况的报告' }).click();
      const paragraph = page.locator('[data-block=paragraph]').first();
      await paragraph.click();
      await page.keyboard.press('End');
      diskFull = true;
      const cdp = await app.cdp();
      await cdp.send('Input.insertText', { text: '磁盘满时写下的句子。' });
      const state = page.locator('[data-testid=save-state]');
      await page.locator('[data-testid=save-state][data-state=failed]').waitFor({ timeout: 5000 });
      await expect(state.innerText()).resolves.toMatch(/未保存：磁盘空间已满.*腾出至少.*稍后自动重试/su);
      await expect(paragraph.innerText()).resolves.toContain('磁盘满时写下的句子。');
      expect(app.store.drafts.get(a).content.map(blockText).join('')).not.toContain('磁盘满时写下的句子。');
      // Still failing on the retry: nothing is dropped, the reason stays.
      await page.waitForTimeout(3500);
      await expect(state.getAttribute('data-state')).resolves.toBe('failed');
      await expect(paragraph.innerText()).resolves.toContain('磁盘满时写下的句子。');

      diskFull = false;
      await page.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 8000 });
      expect(app.store.drafts.get(a).content.map(blockText).join('')).toContain('磁盘满时写下的句子。');
    } finally {
      await app.close();
      await data.remove();
    }
  });
});
