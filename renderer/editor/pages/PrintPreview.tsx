// 打印 with a preview: the pages as the layout sets them, on A4 sheets with
// the GB/T 9704 margins; 打印 prints exactly these sheets (print CSS hides
// everything else, one sheet a page), 导出 PDF writes the layout's PDF.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { usePages } from './marks-store';
import { Dialog } from '../../components/Dialog';
import { PageSheets } from './PageSheets';

interface Props {
  onClose: () => void;
  onExportPdf?: (() => void) | undefined;
}

export function isPrintKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';
}

export function PrintPreview({ onClose, onExportPdf }: Props) {
  const pages = usePages();
  // Ctrl+P again, in the preview, prints.
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (!isPrintKey(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!e.repeat && pages) window.print();
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [pages]);

  return createPortal(
    <div className="print-preview">
      <Dialog labelledBy="print-preview-title" onCancel={onClose}>
        <div className="print-preview-bar">
          <h2 id="print-preview-title">打印预览</h2>
          <span data-testid="print-page-count">{pages ? `共 ${pages.length} 页，A4 纸` : '正在排版…'}</span>
          <button type="button" className="primary" data-autofocus disabled={!pages} onClick={() => window.print()}>
            打印
          </button>
          {onExportPdf && (
            <button type="button" onClick={onExportPdf}>
              导出 PDF
            </button>
          )}
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
        <div className="print-sheets">{pages && <PageSheets pages={pages} />}</div>
      </Dialog>
    </div>,
    document.body,
  );
}
