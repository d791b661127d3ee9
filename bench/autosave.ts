// Autosave cost: saving the whole content of a 50,000-character draft.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportContent } from '../shared/model';
import { openDraftStore } from '../electron/store/drafts';
import { measure, type Figure } from './measure';

const PHRASES = [
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '深入贯彻落实党中央、国务院关于法治政府建设的决策部署',
  '持续深化行政执法体制改革',
  '全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度',
  '扎实推进法治宣传教育',
  '依法化解各类矛盾纠纷',
  '不断提升依法行政能力和水平',
  '为全县经济社会高质量发展提供坚实法治保障',
];

/** About `length` characters of report-like Chinese prose, varied by seed. */
function paragraphText(length: number, seed: number): string {
  let text = '';
  for (let i = seed; text.length < length; i++) text += PHRASES[i % PHRASES.length]! + (i % 3 === 2 ? '。' : '，');
  return text.slice(0, length - 1) + '。';
}

/** A report of about `total` characters: headings every few ~300-character paragraphs. */
export function generateReport(total = 50_000): ReportContent {
  const content: ReportContent = [{ type: 'title', children: [{ text: '2024年度法治政府建设情况报告' }] }];
  let count = 0;
  for (let i = 0; count < total; i++) {
    if (i % 8 === 0) {
      const text = `第${i / 8 + 1}部分工作情况`;
      content.push({ type: 'heading', level: i % 16 === 0 ? 1 : 2, children: [{ text }] });
      count += text.length;
    }
    const text = paragraphText(300, i);
    content.push({ type: 'paragraph', children: [{ text }] });
    count += text.length;
  }
  return content;
}

/** A copy of content with one character of a paragraph replaced, different for each run. */
function withOneChange(content: ReportContent, run: number): ReportContent {
  const copy = structuredClone(content);
  const i = 1 + (run % (copy.length - 1));
  const child = copy[i]!.children[0]!;
  const at = run % child.text.length;
  child.text = child.text.slice(0, at) + (run % 2 ? '改' : '修') + child.text.slice(at + 1);
  return copy;
}

export async function benchAutosave(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-autosave-'));
  const store = openDraftStore(dir);
  try {
    const content = generateReport();
    const metadata = {
      unit: '某某县司法局',
      unitShort: '我局',
      year: 2024,
      addressee: '县委全面依法治县委员会办公室',
      signature: '某某县司法局',
      date: '2025-01-10',
    };
    const title = '2024年度法治政府建设情况报告';
    const { id } = store.create({ title, template: 'rule-of-law-annual', metadata, content });
    // Prepared outside the timed runs: only the save itself is measured.
    const versions = Array.from({ length: 64 }, (_, run) => withOneChange(content, run));
    let run = 0;
    const figure = await measure('autosave, 50,000-character draft', () => {
      store.saveContent(id, versions[run++ % versions.length]!, title);
    });
    return [figure];
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
