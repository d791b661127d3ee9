// Issue 14, fault 4 at 1366 × 768: an imported report typed “1、” shows and
// exports “1.”; 检查 says so in a note, never as an error the clerk cannot find.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from '../harness';
import { LAPTOP } from './laptop';

let file = '';
const app = useApp('e2e-corrected-', (dataDir) => {
  file = path.join(dataDir, '工作总结.txt');
  return { viewport: LAPTOP, importPath: () => file };
});

const REPORT = [
  '某某乡人民政府2025年工作总结',
  '一、主要工作',
  '（一）加强组织领导',
  '1、健全工作机制',
  '我乡健全了工作机制。',
  '2、完善考核办法',
  '我乡完善了考核办法。',
  '二、存在的问题',
  '一些问题仍然存在。',
].join('\n');

describe('numbers corrected by construction', () => {
  it('notes “1、” as already printed “1.”, with no numbering error', async () => {
    const { page } = app;
    await writeFile(file, REPORT, 'utf8');
    await page.getByRole('dialog', { name: '新建文稿' }).getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.locator('[data-block=title]').waitFor();
    const numbers = await page.locator('[data-block=heading][data-level="3"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-number')));
    expect(numbers).toEqual(['1.', '2.']);

    await page.getByRole('button', { name: /^检查/u }).click();
    const panel = page.getByRole('complementary', { name: '检查' });
    await panel.locator('.checks-head').waitFor();
    await expect.poll(() => panel.locator('[data-rule=numbering-corrected]').count(), { timeout: 5000 }).toBe(2);
    expect(await panel.locator('[data-rule=numbering-corrected]').first().innerText()).toContain('原文写作“1、”，已按规范改为“1.”。');
    expect(await panel.locator('.severity-error[data-rule^=numbering]').count()).toBe(0);
    expect(await panel.locator('[data-rule=numbering-corrected].severity-info').count()).toBe(2);
  });
});
