// Issue 14, fault 8 at 1366 × 768: dates read 2026年12月2日 in every dialog and
// the status bar, whatever the system's locale (here an English one).
import { describe, expect, it } from 'vitest';
import { createFromTemplate, useApp } from '../harness';
import { LAPTOP } from './laptop';

const app = useApp('e2e-chinese-dates-', () => ({ viewport: LAPTOP, locale: 'en-US' }));

describe('dates in Chinese', () => {
  it('shows and reads 成文日期 and deadlines as 2026年12月2日 on an English system', async () => {
    const { page } = app;
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await createFromTemplate(page);
    await expect.poll(() => page.getByTestId('deadline').innerText()).toMatch(/（\d{4}年\d{1,2}月\d{1,2}日）$/u);
    await page.getByRole('button', { name: '文稿信息' }).click();
    const dialog = page.getByRole('dialog', { name: '文稿信息' });
    const date = dialog.getByLabel('成文日期', { exact: true });
    expect(await date.inputValue()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/u);
    expect(await dialog.getByLabel('报送截止日期').inputValue()).toMatch(/^\d{4}年3月1日$/u);
    await date.fill('2027年2月3日');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('[data-block=date]').innerText()).toBe('2027年2月3日');
    const [d] = app.store.drafts.list();
    expect(app.store.drafts.get(d!.id).metadata.date).toBe('2027-02-03');

    // A day that does not exist is refused, the form says so and keeps 保存 off.
    await page.getByRole('button', { name: '文稿信息' }).click();
    await dialog.getByLabel('成文日期', { exact: true }).fill('2027年2月30日');
    await dialog.getByText('请填写完整的日期和截止事项。').waitFor();
    expect(await dialog.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
  });
});
