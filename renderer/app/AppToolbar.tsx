// The window's toolbar, one row: 文稿库, 新建, 打开, 导入, 导出 Word, 导出 PDF, 历史版本,
// then the editor's own tools (rendered into `toolSlot` by the editor, so the
// text keeps every line a small screen has), then the open draft's title.
interface Props {
  hasDraft: boolean;
  busy: boolean;
  history: boolean;
  title: string;
  onHome: () => void;
  onNew: () => void;
  onOpen: () => void;
  onImport: () => void;
  onExport: () => void;
  onExportPdf: () => void;
  onToggleHistory: () => void;
  onHelp: () => void;
  /** Receives the element the editor renders its toolbar into. */
  toolSlot?: (element: HTMLElement | null) => void;
}

export function AppToolbar({ hasDraft, busy, history, title, onHome, onNew, onOpen, onImport, onExport, onExportPdf, onToggleHistory, onHelp, toolSlot }: Props) {
  return (
    <header className="toolbar">
      <button type="button" onClick={onHome} disabled={!hasDraft}>
        文稿库
      </button>
      <button type="button" onClick={onNew}>
        新建
      </button>
      <button type="button" onClick={onOpen} title="打开文稿，或打开 Word 文档、纯文本、网页文件（Ctrl+O）">
        打开
      </button>
      <button type="button" onClick={onImport}>
        导入
      </button>
      <button type="button" onClick={onExport} disabled={!hasDraft || busy}>
        {busy ? '正在导出…' : '导出 Word'}
      </button>
      <button type="button" onClick={onExportPdf} disabled={!hasDraft || busy} title="按打印的分页导出 PDF（用于政府网站公开）">
        导出 PDF
      </button>
      <button type="button" onClick={onToggleHistory} disabled={!hasDraft} aria-pressed={history}>
        历史版本
      </button>
      <div className="toolbar-slot" ref={toolSlot} />
      <button type="button" onClick={onHelp} title="快捷键、标题规则、文稿保存位置（F1）">
        帮助
      </button>
      <span className="toolbar-title" title={title}>
        {title}
      </span>
    </header>
  );
}
