// Issue 14, fault 7 at 1366 × 768: each finding is underlined in the text by
// severity (a decoration: the stored text is what was typed), the 检查 panel
// lists errors first, and a counted 一是 looks nothing like a finding.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, SAVED_EVENTUALLY, storedTexts, useApp } from '../harness';
import { LAPTOP } from './laptop';

const app = useApp('e2e-findings-', () => ({ viewport: LAPTOP }));
const TYPED = '我局高度重视,认真学习《宪法》、《民法典》。';
const RANK = { error: 0, warning: 1, info: 2 } as const;

const underlined = (page: Page) =>
  page.locator('[data-slate-editor] .finding').evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent, severity: /finding-(\w+)/u.exec(e.className)![1], style: getComputedStyle(e).textDecorationStyle, title: e.getAttribute('title') })),
  );

describe('findings in the text', () => {
  it('underlines each finding where it stands, by severity, without changing the text', async () => {
    const { page } = app;
    await createFromTemplate(page, { unit: '某某县司法局' });
    const opening = page.locator('[data-slate-editor] [data-block=paragraph]').first();
    await opening.click();
    await page.getByRole('button', { name: '插入“一是”' }).click();
    await app.cdp().then((c) => c.send('Input.insertText', { text: TYPED }));

    await expect.poll(async () => (await underlined(page)).map((u) => u.text)).toEqual(expect.arrayContaining([',', '》、']));
    const comma = (await underlined(page)).find((u) => u.text === ',')!;
    expect(comma.style).toBe('wavy');
    expect(comma.title).toMatch(/全角标点/u);
    await expect.poll(() => storedTexts(app), SAVED_EVENTUALLY).toContain(`一是${TYPED}`);

    // The counted lead: a tinted field, no wavy line.
    const lead = await opening.locator('[data-lead=true]').evaluate((e) => ({ line: getComputedStyle(e).textDecorationLine, bg: getComputedStyle(e).backgroundColor }));
    expect(lead.line).toBe('none');
    expect(lead.bg).not.toBe('rgba(0, 0, 0, 0)');

    // Errors first in the panel; fixing one removes its underline.
    await page.getByRole('button', { name: /^检查/u }).click();
    const panel = page.getByRole('complementary', { name: '检查' });
    await panel.locator('.checks-item').first().waitFor();
    const severities = await panel.locator('.checks-group').evaluateAll((groups) =>
      groups.map((g) => [...g.querySelectorAll('.checks-item')].map((i) => /severity-(\w+)/u.exec(i.className)![1] as 'error' | 'warning' | 'info')),
    );
    const ranks = severities.map((g) => g.map((s) => RANK[s]));
    expect(ranks.flat()).toContain(0);
    expect(ranks[0]![0]).toBe(0);
    for (const g of ranks) expect(g).toEqual([...g].sort((a, b) => a - b));
    expect(ranks.map((g) => g[0]!)).toEqual(ranks.map((g) => g[0]!).sort((a, b) => a - b));

    await panel.locator('[data-rule="punct-halfwidth"]').getByRole('button', { name: '一键修正' }).click();
    await expect.poll(async () => (await underlined(page)).map((u) => u.text)).not.toContain(',');
  });
});
