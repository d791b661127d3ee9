// 导入 end to end: the menu command and the toolbar button ask for a file (the
// harness stands in for the dialog), the report opens as a new draft with its
// structure recognised, and a refused file leaves the library as it was.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { sendMenuCommand as menu, useApp } from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

let chosen: string | null;
/** How often the app asked for a file (the open dialog the harness stands in for). */
let asked: number;
const app = useApp('e2e-import-', () => ({
  importPath: () => {
    asked += 1;
    return chosen;
  },
}));
beforeEach(() => {
  chosen = null;
  asked = 0;
});

const headings = (page: Page) =>
  page.locator('[data-slate-editor] [data-block=heading]').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-number')}${(e.textContent ?? '').replace(/\uFEFF/g, '')}`),
  );

describe('导入', () => {
  it('opens a Word report with automatic numbering as a structured draft (文件 > 导入…), then a text file (toolbar)', async () => {
    const { page } = app;
    chosen = path.join(FIXTURES, 'township-annual-2023.word-numbering.docx');
    await menu(page, 'import-file');
    await page.locator('[data-slate-editor] [data-block=title]').waitFor();
    await expect(page.locator('[data-slate-editor] [data-block=title]').innerText()).resolves.toBe('2023年度乌苏市吉尔格勒特乡法治政府建设工作总结');
    const shown = await headings(page);
    expect(shown.slice(0, 3)).toEqual(['一、2023年法治政府建设情况', '（一）强化组织领导，抓好法治政府责任落实', '（二）扎实开展领导干部学法，增强依法行政意识']);
    // The run-in heading 主要做法 with its body, numbered from the structure.
    expect(shown.filter((h) => h.startsWith('（一）主要做法。一是加强法治政府建设统筹协调。'))).toHaveLength(1);
    expect(shown).toHaveLength(12);
    const [summary] = app.store.drafts.list();
    expect(summary).toMatchObject({ title: '2023年度乌苏市吉尔格勒特乡法治政府建设工作总结', template: 'imported' });

    chosen = path.join(FIXTURES, 'county-bureau-annual-2023.txt');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.locator('[data-slate-editor] [data-block=title]').innerText()).toBe('关于2023年度法治政府建设情况的报告');
    await expect(page.locator('[data-slate-editor] [data-block=addressee]').innerText()).resolves.toBe('井研县法治政府建设工作领导小组办公室：');
    expect(await headings(page)).toContain('（五）强化应急演练，坚持未雨绸缪');
    expect(app.store.drafts.list()).toHaveLength(2);
  });

  it('tells the clerk why a file cannot be imported and adds nothing to the library', async () => {
    const { page } = app;
    chosen = path.join(FIXTURES, 'township-annual-2023.docx');
    await menu(page, 'import-file');
    await page.locator('[data-slate-editor] [data-block=title]').waitFor();
    expect(app.store.drafts.list()).toHaveLength(1);

    chosen = path.join(app.dataDir, '旧报告.doc');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(chosen, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await menu(page, 'import-file');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/旧报告\.doc.*旧版 Word 文档.*另存为/su);
    expect(app.store.drafts.list()).toHaveLength(1);
    await expect(page.locator('[data-slate-editor] [data-block=title]').innerText()).resolves.toBe('2023年度乌苏市吉尔格勒特乡法治政府建设工作总结');
  });

  it('does nothing when the clerk cancels the dialog', async () => {
    await app.page.locator('[data-testid], [role=dialog]').first().waitFor();
    await menu(app.page, 'import-file');
    // The command was handled: the app asked for a file, and the clerk cancelled.
    await expect.poll(() => asked).toBe(1);
    expect(app.store.drafts.list()).toHaveLength(0);
  });
});
