// Formatting of the current block: body or a heading level, run-in heading,
// a counted 一是 lead; and the draft's information.
import { useSlate } from 'slate-react';
import type { HeadingLevel, ReportContent } from '../../../shared/model';
import { currentBlock, setBlockLevel, toggleRunIn } from '../commands';
import { insertLead } from '../plugins/with-leads';
import { AnnexToolbar } from './AnnexToolbar';
import { TableToolbar } from './TableToolbar';

const LEVELS: { label: string; level: HeadingLevel | null }[] = [
  { label: '正文', level: null },
  { label: '一、', level: 1 },
  { label: '（一）', level: 2 },
  { label: '1.', level: 3 },
  { label: '（1）', level: 4 },
];

/** The 检查 toggle: whether the panel shows, and how many errors and warnings there are. */
export interface ChecksToggle {
  open: boolean;
  count: number;
  onToggle: () => void;
}

/** The page views: 按页校对 and 打印预览 (pages/). */
export interface PagesToggle {
  pagesView: boolean;
  onPages: () => void;
  onPrint: () => void;
}

export function EditorToolbar({ onEditInfo, checks, pages }: { onEditInfo: () => void; checks?: ChecksToggle; pages?: PagesToggle }) {
  const editor = useSlate();
  const index = currentBlock(editor);
  const node = index === null ? undefined : (editor.children as ReportContent)[index];
  const level = node?.type === 'heading' ? node.level : node?.type === 'paragraph' ? null : undefined;
  // Tables, pictures and omitted content have no level to set.
  const leveled = node === undefined || (node.type !== 'table' && node.type !== 'image' && node.type !== 'omitted' && node.type !== 'annex');
  const canRunIn = node?.type === 'heading' && (node.level === 2 || node.level === 3);
  // Buttons act on the editor's selection: keep the focus in the text.
  const keepFocus = (e: React.MouseEvent) => e.preventDefault();

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="格式">
      <span className="editor-toolbar-group" role="group" aria-label="段落层级">
        {LEVELS.map((l) => (
          <button
            key={l.label}
            type="button"
            aria-pressed={level === l.level}
            title={l.level ? `设为${l.level}级标题（Tab / Shift+Tab 调整层级）` : '设为正文'}
            disabled={!leveled}
            onMouseDown={keepFocus}
            onClick={() => setBlockLevel(editor, l.level)}
          >
            {l.label}
          </button>
        ))}
      </span>
      <button
        type="button"
        aria-pressed={Boolean(node?.type === 'heading' && node.runIn)}
        disabled={!canRunIn}
        title="二、三级标题后直接接正文，合为一段"
        onMouseDown={keepFocus}
        onClick={() => toggleRunIn(editor)}
      >
        标题接正文
      </button>
      <button type="button" title="插入自动计数的“一是”“二是”" disabled={index === null} onMouseDown={keepFocus} onClick={() => insertLead(editor)}>
        插入“一是”
      </button>
      <TableToolbar />
      <AnnexToolbar />
      <button type="button" onClick={onEditInfo}>
        文稿信息
      </button>
      {checks && (
        <button type="button" aria-pressed={checks.open} title="规范检查：序号、标点、空格、日期、年份、必备部分" onClick={checks.onToggle}>
          检查{checks.count > 0 && <span className="checks-badge">{checks.count}</span>}
        </button>
      )}
      {pages && (
        <>
          <button type="button" aria-pressed={pages.pagesView} title="按打印的分页逐页校对" onClick={pages.onPages}>
            按页校对
          </button>
          <button type="button" title="打印预览（Ctrl+P）" onClick={pages.onPrint}>
            打印…
          </button>
        </>
      )}
    </div>
  );
}
