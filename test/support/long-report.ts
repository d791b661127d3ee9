// A report of a chosen length for tests and benchmarks: the rule-of-law
// template, filled, with generated Chinese body paragraphs (no digits or Latin
// letters, so full lines are pure Chinese; or, mixed, with figures, quotes and
// Latin words as real reports have them).
import type { ExportInput } from '../../electron/export/docx-document';
import { findTemplate } from '../../electron/templates';
import { block, characterCount, contentTitle, type ReportContent } from '../../shared/model';
import { defaultMetadata, instantiateTemplate } from '../../shared/template';

const SUBJECTS = ['我局', '局党组', '各科室', '执法队伍', '法制机构', '基层司法所', '领导班子', '普法讲师团'];
const VERBS = ['深入推进', '认真落实', '持续加强', '全面规范', '扎实开展', '不断完善', '严格执行', '稳步推进'];
const OBJECTS = [
  '重大行政决策合法性审查',
  '行政执法“三项制度”',
  '规范性文件备案审查',
  '“谁执法谁普法”普法责任制',
  '行政复议和行政应诉工作',
  '矛盾纠纷多元化解机制',
  '政务公开和政务服务',
  '法治宣传教育进机关进社区',
];
const RESULTS = ['取得明显成效', '形成长效机制', '群众满意度不断提升', '执法质量稳步提高', '制度体系更加健全', '工作水平持续提升'];

/** Figures, quotes, brackets and Latin words a real report carries among its Chinese. */
const MIXED = ['2025年', '共办理案件126件，同比增长12.5%', '“谁执法谁普法”', '（2021—2025年）', '12345热线', '《中华人民共和国行政复议法》', 'App', '3.5万元', '“12·4”国家宪法日', '第1次'];

/** Deterministic prose of about `chars` characters with figures and Latin words every sentence or two, ending in 。. */
export function mixedText(chars: number, seed = 0): string {
  let out = '';
  for (let i = seed; [...out].length < chars; i++) {
    out += `${SUBJECTS[i % SUBJECTS.length]}${VERBS[(i * 3) % VERBS.length]}${OBJECTS[(i * 5) % OBJECTS.length]}，${MIXED[(i * 7) % MIXED.length]}，${RESULTS[(i * 7) % RESULTS.length]}。`;
  }
  return [...out].slice(0, Math.max(0, chars - 1)).join('') + '。';
}

/** Deterministic Chinese prose of exactly `chars` characters, ending in 。. */
export function chineseText(chars: number, seed = 0): string {
  let out = '';
  for (let i = seed; out.length < chars; i++) {
    out += `${SUBJECTS[i % SUBJECTS.length]}${VERBS[(i * 3) % VERBS.length]}${OBJECTS[(i * 5) % OBJECTS.length]}，${RESULTS[(i * 7) % RESULTS.length]}。`;
  }
  return out.slice(0, Math.max(0, chars - 1)) + '。';
}

/** The template with its guidance paragraphs filled until the report holds about `chars` characters. */
export function makeLongReport(chars: number, { paragraphChars = 260, mixed = false } = {}): ExportInput {
  const metadata = defaultMetadata(new Date(2026, 2, 1), {
    unit: '某某县司法局',
    unitShort: '我局',
    year: 2025,
    addressee: '某某县人民政府',
    date: '2026-03-01',
  });
  const base = instantiateTemplate(findTemplate('rule-of-law-annual'), metadata);
  const slots = base.flatMap((b, i) => (b.type === 'paragraph' && b.hint ? [i] : []));
  const fill: string[][] = slots.map(() => []);
  let need = chars - characterCount(base);
  for (let k = 0; need > 0; k++) {
    const n = Math.min(paragraphChars, need);
    fill[k % slots.length]!.push(mixed ? mixedText(n, k) : chineseText(n, k));
    need -= n;
  }
  const content: ReportContent = base.flatMap((b, i) => {
    const s = slots.indexOf(i);
    if (s < 0) return [b];
    return fill[s]!.length ? fill[s]!.map((text) => block('paragraph', text, {})) : [b];
  });
  return { title: contentTitle(content), metadata, content };
}
