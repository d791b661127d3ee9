// Which page views are open: 按页校对 in place of the editing sheet, and the
// 打印预览 (also on Ctrl+P). Going back to editing from a line of the page
// view puts the caret at the start of that line's paragraph.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { ReportEditor } from '../slate-types';
import { isPrintKey } from './PrintPreview';

export function usePageViews(editor: ReportEditor) {
  const [pagesView, setPagesView] = useState(false);
  const [preview, setPreview] = useState(false);
  const jump = useRef<number | null>(null);

  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (!isPrintKey(e) || e.defaultPrevented) return;
      e.preventDefault();
      if (!e.repeat) setPreview(true);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const edit = useCallback((block: number | null) => {
    jump.current = block;
    setPagesView(false);
  }, []);

  // Back in the editor: the caret at the paragraph the clerk chose.
  useEffect(() => {
    if (pagesView) return;
    const block = jump.current;
    jump.current = null;
    if (block === null || block >= editor.children.length) return;
    Transforms.select(editor, Editor.start(editor, [block]));
    ReactEditor.focus(editor);
    ReactEditor.toDOMNode(editor, editor.children[block]!).scrollIntoView({ block: 'center' });
  }, [pagesView, editor]);

  return {
    pagesView,
    showPages: () => setPagesView((v) => !v),
    edit,
    preview,
    openPreview: () => setPreview(true),
    closePreview: () => setPreview(false),
  };
}
