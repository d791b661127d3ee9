// 历史版本 end to end: Ctrl+S keeps a named version, the panel shows what
// changed since then paragraph by paragraph and a preview, and restoring it
// brings the old text back into the editor while keeping the replaced text.
import { describe, expect, it } from 'vitest';
import { openDraftStore } from '../../electron/store/draft-store';
import { blockText } from '../../shared/model';
import { newDraft } from '../support/library-fixtures';
import { openApp, SAVED_EVENTUALLY, storedTexts, tempDir, useBrowser } from './harness';

const browser = useBrowser();

describe('历史版本', () => {
  it('keeps a version on Ctrl+S, diffs it against the current text, previews and restores it', async () => {
    const data = await tempDir('e2e-history-');
    const seed = openDraftStore(data.dir);
    const { id } = seed.drafts.create(newDraft('某某县司法局2025年度报告', '第一段原文。'));
    seed.close();
    const app = await openApp(browser(), { dataDir: data.dir });
    try {
      const { page } = app;
      await page.getByRole('button', { name: '某某县司法局2025年度报告' }).click();
      const paragraph = page.locator('[data-block=paragraph]').first();
      await paragraph.click();
      await page.keyboard.press('End');
      const cdp = await app.cdp();
      await cdp.send('Input.insertText', { text: '送审前补充。' });
      await page.keyboard.press('Control+s');
      await page.getByText(/已保存版本/u).waitFor();
      const named = app.store.versions.list(id);
      expect(named.map((v) => v.kind)).toEqual(['named']);
      // Ctrl+S saved what was typed first.
      expect(blockText(app.store.versions.get(named[0]!.id).content[2]!)).toBe('第一段原文。送审前补充。');

      await page.keyboard.press('Enter');
      await cdp.send('Input.insertText', { text: '之后新写的一段。' });
      // Saved (the store has it; the save-state badge could still show the save before it).
      await expect.poll(() => storedTexts(app, id), SAVED_EVENTUALLY).toContain('之后新写的一段。');

      await page.getByRole('button', { name: '历史版本' }).click();
      const panel = page.getByRole('complementary', { name: '历史版本' });
      await panel.locator('.history-item').first().click();
      const diff = panel.getByTestId('version-diff');
      await diff.waitFor();
      await expect(diff.locator('[data-op=added]').allInnerTexts()).resolves.toEqual(['＋之后新写的一段。']);
      await expect(diff.locator('[data-op=removed]').count()).resolves.toBe(0);
      await panel.getByRole('tab', { name: '预览' }).click();
      await expect(panel.getByTestId('version-preview').innerText()).resolves.not.toContain('之后新写的一段。');

      await panel.getByRole('button', { name: '恢复此版本' }).click();
      await page.getByRole('alertdialog', { name: '恢复历史版本' }).getByRole('button', { name: '恢复' }).click();
      await page.getByText(/已恢复所选版本/u).waitFor();
      await expect(page.locator('.page-body').innerText()).resolves.not.toContain('之后新写的一段。');
      await expect(page.locator('[data-block=paragraph]').first().innerText()).resolves.toBe('第一段原文。送审前补充。');
      const kinds = app.store.versions.list(id).map((v) => v.kind);
      expect(kinds).toContain('before-restore');
      const before = app.store.versions.list(id).find((v) => v.kind === 'before-restore')!;
      expect(app.store.versions.get(before.id).content.map(blockText)).toContain('之后新写的一段。');
      await expect.poll(() => panel.locator('.history-item').count()).toBe(2);
    } finally {
      await app.close();
      await data.remove();
    }
  });
});
