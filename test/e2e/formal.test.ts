// 文稿信息's 版头 and 版记 sections end to end: turned on, checked as the clerk
// types (an empty or unreadable 发文字号 keeps 保存 off, a 文号 written another
// way is offered in its right form), and saved into the draft's metadata.
import { describe, expect, it } from 'vitest';
import { createFromTemplate, useApp } from './harness';

const app = useApp('e2e-formal-');

describe('版头 and 版记 in 文稿信息', () => {
  it('checks the 文号, offers its right form, asks a 报告 for its 签发人, and saves both sections', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.getByRole('button', { name: '文稿信息' }).click();
    const dialog = page.getByRole('dialog', { name: '文稿信息' });
    const save = dialog.getByRole('button', { name: '保存' });
    await dialog.getByLabel('正式发文').check();
    await expect.poll(() => save.isDisabled()).toBe(true);
    await expect.poll(() => dialog.locator('.field-error').innerText()).toContain('发文机关标志');
    await dialog.getByLabel('发文机关标志', { exact: true }).fill('某某乡人民政府文件');
    await dialog.getByLabel('发文字号', { exact: true }).fill('某乡发2026年3号');
    await expect.poll(() => dialog.locator('.field-error').innerText()).toContain('机关代字〔年份〕序号号');
    expect(await save.isDisabled()).toBe(true);
    await dialog.getByLabel('发文字号', { exact: true }).fill('某乡发[2026]第03号');
    await dialog.getByRole('button', { name: '改为“某乡发〔2026〕3号”' }).click();
    expect(await dialog.getByLabel('发文字号', { exact: true }).inputValue()).toBe('某乡发〔2026〕3号');
    await expect.poll(() => dialog.getByText('报告是上行文，版头应标注签发人。').count()).toBe(1);
    await dialog.getByLabel('签发人', { exact: true }).fill('王某某');
    await expect.poll(() => dialog.getByText('报告是上行文，版头应标注签发人。').count()).toBe(0);
    await dialog.getByLabel('导出时在末页加版记').check();
    await dialog.getByLabel('抄送机关', { exact: true }).fill('某某县司法局、某某县人民政府办公室');
    await expect.poll(() => save.isDisabled()).toBe(true);
    await dialog.getByLabel('印发机关', { exact: true }).fill(' 某某乡党政办公室 ');
    await expect.poll(() => save.isDisabled()).toBe(false);
    await save.click();
    await expect.poll(() => dialog.count()).toBe(0);
    const [summary] = app.store.drafts.list();
    const { metadata } = app.store.drafts.get(summary!.id);
    expect(metadata.redHeader).toEqual({ mark: '某某乡人民政府文件', number: '某乡发〔2026〕3号', signer: '王某某' });
    expect(metadata.colophon).toEqual({ cc: '某某县司法局、某某县人民政府办公室', printer: '某某乡党政办公室', printed: metadata.date });
  });

  it('turning a section off leaves it out of the draft', async () => {
    const { page } = app;
    await createFromTemplate(page);
    await page.getByRole('button', { name: '文稿信息' }).click();
    let dialog = page.getByRole('dialog', { name: '文稿信息' });
    await dialog.getByLabel('导出时在末页加版记').check();
    await dialog.getByLabel('印发机关', { exact: true }).fill('某某乡党政办公室');
    await dialog.getByRole('button', { name: '保存' }).click();
    const id = app.store.drafts.list()[0]!.id;
    await expect.poll(() => app.store.drafts.get(id).metadata.colophon?.printer).toBe('某某乡党政办公室');
    await page.getByRole('button', { name: '文稿信息' }).click();
    dialog = page.getByRole('dialog', { name: '文稿信息' });
    expect(await dialog.getByLabel('印发机关', { exact: true }).inputValue()).toBe('某某乡党政办公室');
    await dialog.getByLabel('导出时在末页加版记').uncheck();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => 'colophon' in app.store.drafts.get(id).metadata).toBe(false);
    expect(app.store.drafts.get(id).metadata.redHeader).toBeUndefined();
  });
});
