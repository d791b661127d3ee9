// The check summary as one HTML page a reviewer opens offline in any browser:
// a table with a row per file, each file linked to its findings further down
// the same page (grouped by kind) and to the file itself. No script, no
// outside resource.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chineseDateTime } from '../../../shared/dates';
import { findingPlace, KINDS, SEVERITY_LABEL, type Severity } from '../../../shared/checks';
import { countsByKind, isFailed, partNames, partsVerdict, yearText, type CheckedFile, type Counts, type SummaryEntry } from './rows';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const escape = (text: string) =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A link to the file, relative to the summary where it can be (the folder may be moved together). */
function fileHref(file: string, summaryDir: string): string {
  const relative = path.relative(summaryDir, file);
  if (path.isAbsolute(relative) || /^[a-z]:/iu.test(relative)) return pathToFileURL(file).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

const countCell = (c: Counts) =>
  c.error + c.warning + c.info === 0
    ? '<td class="n"></td>'
    : `<td class="n">${SEVERITIES.map((s) => `<span class="${s}" title="${SEVERITY_LABEL[s]}">${c[s]}</span>`).join('/')}</td>`;

function row(e: SummaryEntry, i: number): string {
  const anchor = `<a href="#f${i + 1}">${escape(e.file)}</a>`;
  if (isFailed(e)) return `<tr class="failed"><td>${i + 1}</td><td>${anchor}</td><td colspan="${5 + KINDS.length}">无法检查：${escape(e.error)}</td></tr>`;
  const { total, byKind } = countsByKind(e.findings);
  const missing = partNames(e.parts, false);
  const parts = `${partsVerdict(e.parts)}${missing.length ? `：${missing.map(escape).join('；')}` : ''}`;
  return [
    `<tr><td>${i + 1}</td><td>${anchor}</td><td>${escape(e.title)}</td><td>${yearText(e.year)}</td>`,
    `<td class="${missing.length ? 'error' : ''}">${parts}</td>`,
    ...SEVERITIES.map((s) => `<td class="n ${total[s] ? s : ''}">${total[s]}</td>`),
    ...KINDS.map(({ kind }) => countCell(byKind[kind])),
    '</tr>',
  ].join('');
}

function findingsOf(e: CheckedFile): string {
  const parts = e.parts.length
    ? `<p>必备部分：${e.parts.map((p) => `<span class="${p.present ? 'ok' : 'error'}">${p.present ? '有' : '缺'}“${escape(p.part.name)}”</span>`).join('　')}</p>`
    : '<p>必备部分：无法判断报告的种类。</p>';
  const groups = KINDS.map(({ kind, label }) => {
    const group = e.findings.filter((f) => f.kind === kind);
    if (group.length === 0) return '';
    const items = group.map(
      (f) =>
        `<li><span class="${f.severity}">［${SEVERITY_LABEL[f.severity]}］</span>${findingPlace(f)}：${escape(f.message)}${f.context ? `<br><q>${escape(f.context)}</q>` : ''}</li>`,
    );
    return `<h3>${label}（${group.length}）</h3><ul>${items.join('')}</ul>`;
  });
  return `<p>报告年度：${yearText(e.year)}（${escape(e.year.explanation)}）</p>${parts}${e.findings.length ? groups.join('') : '<p>未发现格式问题。</p>'}`;
}

function section(e: SummaryEntry, i: number, summaryDir: string): string {
  const head = `<h2 id="f${i + 1}">${i + 1}. <a href="${escape(fileHref(e.path, summaryDir))}">${escape(e.file)}</a></h2>`;
  const body = isFailed(e) ? `<p class="error">无法检查：${escape(e.error)}</p>` : findingsOf(e);
  return `<section>${head}${body}<p><a href="#top">返回汇总表</a></p></section>`;
}

const STYLE = `body{font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;font-size:14px}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}
th{background:#eee;position:sticky;top:0}td.n{text-align:center;white-space:nowrap}
.error{color:#b00020}.warning{color:#a15c00}.info{color:#35608f}.ok{color:#2e7d32}tr.failed td{background:#fdecea}
section{margin-top:2em;border-top:1px solid #ccc}q{color:#555}`;

/** The whole page; `summaryDir` is the folder it is written to, for the links to the files. */
export function summaryHtml(entries: readonly SummaryEntry[], summaryDir: string, written: Date): string {
  const errors = entries.filter((e) => !isFailed(e) && e.findings.some((f) => f.severity === 'error')).length;
  const failed = entries.filter(isFailed).length;
  const head = ['序号', '文件', '标题', '报告年度', '必备部分', ...SEVERITIES.map((s) => SEVERITY_LABEL[s]), ...KINDS.map((k) => k.label)];
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>规范检查汇总</title><style>${STYLE}</style></head>
<body><h1 id="top">规范检查汇总</h1>
<p>共 ${entries.length} 个文件，其中有错误的 ${errors} 个${failed ? `，无法检查的 ${failed} 个` : ''}。生成于 ${chineseDateTime(written.toISOString())}。
各类一栏的数字依次为错误/警告/提示；点文件名查看该文件的检查结果。</p>
<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${entries.map(row).join('\n')}</tbody></table>
${entries.map((e, i) => section(e, i, summaryDir)).join('\n')}
</body></html>
`;
}
