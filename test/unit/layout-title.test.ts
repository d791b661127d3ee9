// Title lines (GB/T 9704-2012 7.3.3) on titles of real reports: a title of
// 20 characters or fewer stays on one line; a longer one breaks only at the
// joints of its structure, never inside a fixed phrase, a number or a word,
// into lines that fit and read as a trapezoid or a diamond. Any title, even a
// pasted paragraph, lays out in well under a second (issue 11, item 3).
import { describe, expect, it } from 'vitest';
import { isTrapezoidOrDiamond, titleLines } from '../../shared/layout';
import { measure, rangeWidth } from '../../shared/layout/measure';
import { TEXT_WIDTH } from '../../shared/layout/metrics';
import { FIXED_PHRASES } from '../../shared/layout/title-phrases';

const width = (line: string) => {
  const m = measure([{ text: line, size: 44, spacing: 0 }]);
  return rangeWidth(m, 0, m.cps.length);
};
const ems = (line: string) => width(line) / 440;

/** [title, unit of the draft, expected lines]. */
const TITLES: [string, string, string[]][] = [
  ['关于2023年度法治政府建设情况的报告', '', ['关于2023年度法治政府建设情况的报告']],
  ['2023年度乌苏市吉尔格勒特乡法治政府建设工作总结', '乌苏市吉尔格勒特郭楞蒙古民族乡人民政府', ['2023年度乌苏市吉尔格勒特乡', '法治政府建设工作总结']],
  ['某某县司法局关于2025年度法治政府建设情况的报告', '某某县司法局', ['某某县司法局关于', '2025年度法治政府建设情况的报告']],
  ['井研县自然资源局2023年度法治政府建设工作报告', '井研县自然资源局', ['井研县自然资源局', '2023年度法治政府建设工作报告']],
  ['某某县人民政府关于2025年工作总结和2026年工作打算的报告', '某某县人民政府', ['某某县人民政府关于', '2025年工作总结和2026年工作打算的报告']],
  ['某某县司法局党组书记、局长2025年度履行推进法治建设第一责任人职责情况的报告', '某某县司法局', ['某某县司法局党组书记、局长2025年度', '履行推进法治建设第一责任人职责情况的报告']],
  ['某某县人民政府关于法治政府建设工作情况的报告', '某某县人民政府', ['某某县人民政府关于', '法治政府建设工作情况的报告']],
  ['中共某某县委全面依法治县委员会办公室关于2024年度党政主要负责人履行推进法治建设第一责任人职责情况的报告', '', []],
  ['某某自治州某某县人民政府办公室关于2025年度推进法治政府建设工作情况和2026年度工作安排的报告', '某某自治州某某县人民政府办公室', []],
  ['某某市某某区人民政府关于2025年度法治政府建设工作情况的报告', '某某市某某区人民政府', []],
  ['某某县市场监督管理局2024年度法治政府建设工作报告', '某某县市场监督管理局', []],
  ['某某县公安局关于2024年度法治公安建设情况的报告', '某某县公安局', []],
  ['某某镇人民政府2024年法治政府建设年度报告', '某某镇人民政府', []],
  ['某某街道办事处关于2024年度法治建设工作情况的报告', '某某街道办事处', []],
  ['某某县财政局2024年度法治政府建设工作总结及2025年工作计划', '某某县财政局', []],
  ['某某县教育局关于2024年度依法治校工作情况的报告', '某某县教育局', []],
  ['某某县卫生健康局2024年度法治政府建设情况报告', '某某县卫生健康局', []],
  ['某某县生态环境局关于2024年度法治政府建设工作的报告', '某某县生态环境局', []],
  ['某某县住房和城乡建设局2024年度法治政府建设工作总结', '某某县住房和城乡建设局', []],
  ['某某县人力资源和社会保障局关于2024年度法治政府建设情况的报告', '某某县人力资源和社会保障局', []],
  ['某某县农业农村局2024年法治政府建设工作总结和2025年工作思路', '某某县农业农村局', []],
  ['某某县应急管理局关于2024年度法治政府建设和安全生产依法治理工作情况的报告', '某某县应急管理局', []],
  ['某某县交通运输局2024年度法治政府建设工作情况报告', '某某县交通运输局', []],
  ['某某县税务局关于2024年度依法行政工作情况的报告', '某某县税务局', []],
  ['某某乡人民政府关于2024年度法治政府建设工作开展情况的报告', '某某乡人民政府', []],
  ['某某县司法局局长2024年度述法报告', '某某县司法局', []],
  ['某某县人民政府县长2024年度述法报告', '某某县人民政府', []],
  ['某某县水利局党组书记、局长2024年度述法报告', '某某县水利局', []],
  ['某某县自然资源局党组书记、局长关于2024年度履行推进法治建设第一责任人职责情况的述职报告', '某某县自然资源局', []],
  ['中共某某县委办公室关于2024年度法治建设工作情况的报告', '中共某某县委办公室', []],
  ['某某县文化广电旅游局2024年度普法依法治理工作总结', '某某县文化广电旅游局', []],
  ['某某县民政局关于“八五”普法中期自查情况的报告', '某某县民政局', []],
  ['某某县统计局2024年度法治政府建设工作总结暨2025年工作要点', '某某县统计局', []],
  ['某某县医疗保障局关于2024年度行政执法工作情况的报告', '某某县医疗保障局', []],
  ['某某县林业和草原局2024年度法治政府建设及行政执法工作情况报告', '某某县林业和草原局', []],
  ['某某县退役军人事务局2024年度法治政府建设工作开展情况的报告', '某某县退役军人事务局', []],
  ['某某经济技术开发区管委会关于2024年度法治政府建设情况的报告', '某某经济技术开发区管委会', []],
  ['某某县审计局2024年度法治政府建设工作报告', '某某县审计局', []],
  ['某某县商务局关于2024年度优化法治化营商环境工作情况的报告', '某某县商务局', []],
  ['某某市司法局关于2024年度全市行政复议和行政应诉工作情况的报告', '某某市司法局', []],
  ['某某县人民政府关于2024年度规范性文件备案审查工作情况的报告', '某某县人民政府', []],
  ['某某县人民政府关于2024年度重大行政决策事项目录执行情况的报告', '某某县人民政府', []],
  ['某某县城市管理综合行政执法局2024年度法治政府建设工作总结', '某某县城市管理综合行政执法局', []],
];

/** Where each joint of a title lies: the code-point indices at which a line may begin. */
function joints(title: string, unit: string): Set<number> {
  const chars = [...title];
  const at = new Set<number>();
  const text = chars.join('');
  const cp = (utf16: number) => [...text.slice(0, utf16)].length;
  if (unit && text.includes(unit)) at.add(cp(text.indexOf(unit) + unit.length));
  for (const m of text.matchAll(/关于/gu)) {
    at.add(cp(m.index));
    at.add(cp(m.index + 2));
  }
  for (const m of text.matchAll(/[0-9]{4}年度?/gu)) {
    at.add(cp(m.index));
    at.add(cp(m.index + m[0].length));
  }
  for (const m of text.matchAll(/(?:建设)?(?:工作)?(?:开展)?(?:情况的报告|情况的述职报告|情况报告|的报告|工作总结|工作报告|述法报告|述职报告|年度报告|自查情况的报告)$/gu)) at.add(cp(m.index));
  for (const m of text.matchAll(/[和及暨]|、/gu)) at.add(cp(m.index + (m[0] === '、' ? 1 : 0)));
  // Where the subject's action begins: 党政主要负责人 | 履行推进法治建设第一责任人职责.
  for (const m of text.matchAll(/(?<=人)(?:履行|推进)/gu)) at.add(cp(m.index));
  // A name ending as a unit's does, before what the report is about.
  for (const m of text.matchAll(/(?:乡|镇|局|委|办公室|政府)(?=法治|依法|党组|局长|县长|年度|[0-9])/gu)) at.add(cp(m.index + m[0].length));
  return at;
}

describe('title lines on titles of real reports', () => {
  it('covers at least forty titles of varied shape', () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TITLES)('%s', (title, unit, expected) => {
    const lines = titleLines(title, { unit });
    expect(lines.join('')).toBe(title);
    if (expected.length) expect(lines).toEqual(expected);
    if (width(title) <= TEXT_WIDTH - 1) {
      expect(lines).toEqual([title]);
      return;
    }
    for (const l of lines) {
      expect(width(l)).toBeLessThanOrEqual(TEXT_WIDTH);
      expect([...l].length).toBeGreaterThanOrEqual(5);
    }
    // One title has no trapezoid that keeps 履行推进法治建设第一责任人职责情况的报告 (20 characters) whole.
    if (!title.startsWith('中共某某县委全面依法治县')) expect(isTrapezoidOrDiamond(lines.map(ems))).toBe(true);
    // Every break at a joint, none inside a fixed phrase or a number.
    const allowed = joints(title, unit);
    let at = 0;
    for (const l of lines.slice(0, -1)) {
      at += [...l].length;
      expect(allowed.has(at), `${lines.join(' | ')}: break at ${at}`).toBe(true);
      const around = [...title].slice(Math.max(0, at - 12), at + 12).join('');
      const split = [...title].slice(Math.max(0, at - 12), at).join('') + '|' + [...title].slice(at, at + 12).join('');
      for (const p of FIXED_PHRASES) if (around.includes(p)) expect(split.includes(p), `${split} splits ${p}`).toBe(true);
      expect(split).not.toMatch(/[0-9]\|[0-9年]/u);
    }
  });
});

describe('breaks the user set', () => {
  it('keeps an imported line end that falls at a joint, and re-breaks one that does not', () => {
    expect(titleLines('某某县司法局关于2025年度\n法治政府建设情况的报告', { unit: '某某县司法局' })).toEqual(['某某县司法局关于2025年度', '法治政府建设情况的报告']);
    expect(titleLines('某某县司法局关于\n2025年度法治政府建设情况的报告', { unit: '某某县司法局' })).toEqual(['某某县司法局关于', '2025年度法治政府建设情况的报告']);
    // Broken inside 法治政府建设 by the original: broken anew.
    expect(titleLines('某某县司法局关于2025年度法治政\n府建设情况的报告', { unit: '某某县司法局' })).toEqual(['某某县司法局关于', '2025年度法治政府建设情况的报告']);
    // A short title set over two lines is one line.
    expect(titleLines('关于法治政府\n建设情况的报告')).toEqual(['关于法治政府建设情况的报告']);
    expect(titleLines('\n标题\n\n')).toEqual(['标题']);
  });
});

describe('trapezoid or diamond', () => {
  it('accepts lines getting shorter, longer, or longest in the middle; refuses an hourglass', () => {
    expect(isTrapezoidOrDiamond([18, 14])).toBe(true);
    expect(isTrapezoidOrDiamond([12, 18])).toBe(true);
    expect(isTrapezoidOrDiamond([14, 19, 16])).toBe(true);
    expect(isTrapezoidOrDiamond([18, 10, 18])).toBe(false);
    expect(isTrapezoidOrDiamond([16, 19, 12, 17])).toBe(false);
  });
});

describe('any title lays out in well under a second', () => {
  it.each([2_000, 20_000, 32_000])('a pasted paragraph of %i characters', (n) => {
    const pasted = '某某县司法局关于进一步加强和改进全县行政执法工作推进法治政府建设的实施意见'.repeat(Math.ceil(n / 38)).slice(0, n);
    const start = performance.now();
    const lines = titleLines(pasted, { unit: '某某县司法局' });
    const ms = performance.now() - start;
    expect(lines.join('')).toBe(pasted);
    for (const l of lines.slice(0, 50)) expect(width(l)).toBeLessThanOrEqual(TEXT_WIDTH);
    // 32 s before (issue 11); a generous bound for a loaded two-core machine.
    expect(ms).toBeLessThan(800);
  });

  it('a Latin string with no place to break is filled line by line', () => {
    const latin = 'A'.repeat(60);
    const lines = titleLines(latin);
    expect(lines.join('')).toBe(latin);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(TEXT_WIDTH);
  });
});

describe('a title imported over several lines', () => {
  it('is one title block, broken anew: a line end that would leave 情况报告 alone is not kept', async () => {
    const { recognize } = await import('../../shared/recognize');
    const content = recognize([{ text: '某某县自然资源局2023年度法治政府建设' }, { text: '情况报告' }, { text: '' }, { text: '县委、县政府：' }, { text: '正文。' }]);
    const titles = content.filter((b) => b.type === 'title');
    expect(titles).toHaveLength(1);
    const lines = titleLines(titles[0]!.children.map((c) => c.text).join(''), { unit: '' });
    expect(lines.join('')).toBe('某某县自然资源局2023年度法治政府建设情况报告');
    expect(lines).not.toContain('情况报告');
    for (const l of lines) expect([...l].length).toBeGreaterThanOrEqual(5);
  });
});
