// Clipboard HTML from Word and WPS (captured-form fixtures) through the tag
// scanner and the same recognition as imported files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText, type ReportContent, type TextBlock } from '../../shared/model';
import { headingNumbers } from '../../shared/numbering';
import { htmlToParagraphs, readerOutline, recognizeHtml } from '../../shared/recognize';
import { decodeEntities } from '../../shared/recognize/html';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const html = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function brief(content: ReportContent): string[] {
  return content.map((b) => {
    const text = (b as TextBlock).children.map((c) => (c.lead ? `[${c.text}]` : c.text)).join('');
    return b.type === 'heading' ? `h${b.level}${b.runIn ? ' run-in' : ''}${b.typedNumber ? ` typed ${b.typedNumber}` : ''}: ${text}` : `${b.type}: ${text}`;
  });
}

describe('Word clipboard HTML', () => {
  const word = html('clipboard-word.html');

  it('becomes a whole report when it fills an empty draft', () => {
    expect(brief(recognizeHtml(word, { mode: 'document' }))).toEqual([
      'title: 某某县自然资源局2023年度法治政府建设\n情况报告',
      'addressee: 某某县法治政府建设工作领导小组办公室：',
      'paragraph: 2023年，我局紧紧围绕县委、县政府中心工作，深入贯彻落实党的二十大精神，坚持以习近平新时代中国特色社会主义思想统揽法治政府建设各项工作，全局法治政府建设工作取得良好成效。现将有关情况报告如下。',
      'h1: 2023年度法治政府建设主要举措和成效',
      'h2: 加强组织领导，强化基础保障',
      'paragraph: 以习近平法治思想为指导，把普法依法治理工作列入全局工作的重要议事日程，扎实推进自然资源领域法治宣传教育。',
      'h2: 坚持法治宣传，营造浓郁氛围',
      'paragraph: [一是]突出重点时间节点开展普法。结合“4·15全民国家安全教育日”开展宣传活动12次。[二是]通过日常执法开展普法，发放宣传资料2500余份。',
      'h2: 坚持科学维稳，依法化解矛盾',
      'paragraph: 常年聘请法律顾问，参与诉讼和庭审共计20余次。',
      'h2 typed (5): 强化应急演练，坚持未雨绸缪',
      'paragraph: 开展全县突发地质灾害应急演练1次。',
      'h1: 2024年度推进法治政府建设的主要安排',
      'paragraph: 下一步，我局将进一步加强执法队伍建设，提高群众满意度。',
      'signature: 某某县自然资源局',
      'date: 2024年3月1日',
    ]);
  });

  it('reads Word’s automatic list numbers (mso-list:Ignore) so the headings are found', () => {
    const paragraphs = htmlToParagraphs(word).map((p) => p.text);
    expect(paragraphs).toContain('一、2023年度法治政府建设主要举措和成效');
    expect(paragraphs).toContain('二、2024年度推进法治政府建设的主要安排');
  });

  it('brings no fonts, colours, sizes, styles, XML islands, comments or hidden text along', () => {
    const text = recognizeHtml(word).map(blockText).join('\n');
    expect(text).not.toMatch(/font|仿宋|方正|mso|pt;|#C00000|color|@page|WordDocument|StartFragment|内部批注|<|>|&nbsp;/u);
  });

  it('in a fragment, recognises headings and paragraphs only', () => {
    const types = recognizeHtml(word, { mode: 'fragment' }).map((b) => b.type);
    expect(types).not.toContain('title');
    expect(types).not.toContain('signature');
    expect(types.filter((t) => t === 'heading')).toHaveLength(6);
  });
});

describe('WPS clipboard HTML', () => {
  const wps = html('clipboard-wps.html');

  it('becomes headings with their levels, run-in headings with leads, and clean paragraphs', () => {
    const content = recognizeHtml(wps, { mode: 'fragment' });
    expect(brief(content)).toEqual([
      'h1 typed 二、: 主要做法和存在问题',
      'h2 run-in: 主要做法。[一是]加强法治政府建设统筹协调。深入学习贯彻习近平法治思想，将学习贯彻习近平法治思想纳入年度工作要点。[二是]推动法治政府工作机制持续优化，运行更加高效。',
      'h2 run-in: 存在问题。[一是]依法行政工作的推进不平衡；[二是]依法决策的意识和水平还有待进一步强化；[三是]法治宣传工作有待完善。',
      'h1 typed 三、: 2024年重点工作',
      'h2: 2024年主要目标任务',
      'h3 run-in: 加强队伍建设。完善学法制度，重点学习业务知识。',
      'h3 run-in typed 2、: 加强法治督查。坚持问题导向，强化责任落实。',
      'paragraph: 通过乡党委中心组理论学习、主题党日活动、学习强国等，不断提升执法规范化、法治化水平。',
    ]);
    // Pasted on its own the part starts its count at 一、; the numbers it was typed with are kept.
    expect(headingNumbers(content).filter(Boolean)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '1.', '2.']);
  });

  it('drops WPS’s style block, <font> faces, full-width indentation, ##…## markers and zero-width spaces', () => {
    const text = recognizeHtml(wps).map(blockText).join('\n');
    expect(text).not.toMatch(/font|楷体|黑体|Calibri|mso|MsoNormal|span\.|##|\u200b|\u3000|\u00a0/u);
  });

  it('gives the same outline pasted into an empty draft or imported', () => {
    expect(readerOutline(recognizeHtml(wps, { mode: 'document' })).headings).toEqual(readerOutline(recognizeHtml(wps, { mode: 'fragment' })).headings);
  });
});

describe('the tag scanner', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&ldquo;法&rdquo;&amp;&lt;&gt;&#8220;&#x4E00;&nbsp;&unknown;')).toBe('“法”&<>“一\u00a0&unknown;');
  });

  it('turns block elements into paragraphs and <br> into breaks inside one', () => {
    expect(htmlToParagraphs('<div>甲<p>乙</p>丙<br>丁</div><ul><li>戊</li></ul>').map((p) => p.text)).toEqual(['甲', '乙', '丙\n丁', '戊']);
  });

  it('reads headings h1-h4 as style levels and a Title class as the title', () => {
    expect(htmlToParagraphs('<p class=MsoTitle>题</p><h2>二级</h2><h3 style="color:red">三级</h3>')).toEqual([
      { text: '题', styleTitle: true },
      { text: '二级', styleLevel: 2 },
      { text: '三级', styleLevel: 3 },
    ]);
  });

  it('skips style, script, head and hidden content, and survives broken markup', () => {
    expect(htmlToParagraphs('<head><title>标题</title></head><style>p{}</style><script>x<y</script><p>正文<span style="display:none">隐</span>文</p><p>未闭合<b>粗')).toEqual([
      { text: '正文文' },
      { text: '未闭合粗' },
    ]);
    expect(htmlToParagraphs('a < b')).toEqual([{ text: 'a < b' }]);
  });

  it('joins Word’s wrapped source lines inside Chinese text without a space', () => {
    expect(htmlToParagraphs('<p>法治政府\n建设 and\nmore</p>')[0]!.text).toBe('法治政府建设 and more');
  });

  it('handles 100 pages of Word HTML quickly', () => {
    const body = html('clipboard-word.html').split('<!--StartFragment-->')[1]!.split('<!--EndFragment-->')[0]!;
    // The fixture is about one page of text: 100 copies are 100 pages.
    const big = `<html><body><!--StartFragment-->${body.repeat(100)}<!--EndFragment--></body></html>`;
    expect(big.length).toBeGreaterThan(500_000);
    const t0 = performance.now();
    const content = recognizeHtml(big, { mode: 'fragment' });
    const ms = performance.now() - t0;
    expect(content.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(1500);
  });
});
