// The editing page: Slate with the report plugins, the outline panel, the
// formatting toolbar, computed heading numbers, template hints, the 检查
// panel, the status bar, and autosave of committed text.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact, type RenderElementProps } from 'slate-react';
import type { Draft } from '../../shared/ipc';
import { contentTitle, type ReportContent } from '../../shared/model';
import { call } from '../api';
import { ChecksPanel } from '../checks/ChecksPanel';
import { useFindingDecorate } from '../checks/decorate-findings';
import { Notice, type NoticeMessage } from '../components/Notice';
import { ContextMenu } from '../components/ContextMenu';
import { InSlot } from '../components/InSlot';
import { useMenuKey } from '../help/use-menu-key';
import { WordCountDialog } from '../help/WordCountDialog';
import { CloseRefused } from './components/CloseRefused';
import { EditorToolbar } from './components/EditorToolbar';
import { BlockView } from './components/elements';
import { LeafView } from './components/leaf';
import { MetadataDialog } from './components/MetadataDialog';
import { OutlinePanel } from './components/OutlinePanel';
import { OutlineResizer } from './components/OutlineResizer';
import { ViewTools } from './components/ViewTools';
import { useOutlineLayout } from './outline-layout';
import { useEditorMenu } from './use-editor-menu';
import { setComposing } from './composition';
import { useDecorate } from './decorations';
import { FindBar } from './find/FindBar';
import { useFind } from './find/use-find';
import { useFindKeys } from './find/use-find-keys';
import { useAutosave, type SaveState } from './hooks/use-autosave';
import { useChecksPanel } from './hooks/use-checks-panel';
import { useDraftMetadata } from './hooks/use-draft-metadata';
import { useHeadingNumbers } from './hooks/use-heading-numbers';
import { useAnnexList } from './hooks/use-annex-list';
import { useOutline } from './hooks/use-outline';
import { useOutlineActions } from './hooks/use-outline-actions';
import { handleEditorKeyDown } from './keyboard';
import { KeepNativeCaret } from './native-caret';
import { DRAFT_SHOWN_MARK, VALUE_COMMITTED_MARK } from './marks';
import { decoratePages } from './pages/decorate-pages';
import { MarksContext } from './pages/marks-store';
import { PageView } from './pages/PageView';
import { PrintPreview } from './pages/PrintPreview';
import { LastPageNumber, PagedStatusBar } from './pages/page-count';
import { usePageLayout } from './pages/use-page-layout';
import { usePageViews } from './pages/use-page-views';
import './pages/pages.css';
import { withChunks, withPlugins } from './plugins';
import type { ReportEditor as SlateReportEditor } from './slate-types';
import './editor.css';

export interface ReportEditorHandle {
  /** Saves anything not yet saved; true once it is on disk, false when saving failed (the text stays). */
  flush: () => Promise<boolean>;
  /** Opens the 打印预览 (the menu's 打印…). */
  print: () => void;
}

interface Props {
  draft: Draft;
  onStatus: (status: { save: SaveState; content: ReportContent }) => void;
  /** 导出 PDF, offered in the 打印预览. */
  onExportPdf?: () => void;
  /** Where the formatting toolbar goes (the window's toolbar row); in the editor's own bar when not given. */
  toolSlot?: HTMLElement | null;
}

export const ReportEditor = forwardRef<ReportEditorHandle, Props>(function ReportEditor({ draft, onStatus, onExportPdf, toolSlot }, ref) {
  const editor = useMemo(() => withChunks(withPlugins(withHistory(withReact(createEditor())) as SlateReportEditor)), []);
  const [value, setValue] = useState<Descendant[]>(draft.content);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const page = useRef<HTMLDivElement>(null);

  const save = useCallback((content: ReportContent) => call('drafts:save', { id: draft.id, content }), [draft.id]);
  const autosave = useAutosave(editor, save);
  const views = usePageViews(editor);
  const { openPreview } = views;
  useImperativeHandle(ref, () => ({ flush: autosave.flush, print: openPreview }), [autosave.flush, openPreview]);

  const content = value as ReportContent;
  useEffect(() => onStatus({ save: autosave.state, content }), [onStatus, autosave.state, content]);

  const numbers = useHeadingNumbers(value);
  const renderElement = useCallback(
    (props: RenderElementProps) => (
      <BlockView {...props} number={numbers[ReactEditor.findPath(editor, props.element)[0] ?? -1] ?? null} />
    ),
    [editor, numbers],
  );

  const { changed } = autosave;
  const onValueChange = useCallback(
    (next: Descendant[]) => {
      setValue(next);
      changed();
    },
    [changed],
  );

  // For npm run bench: a key's redraw is timed from React's commit of the new
  // value (then the next frame); opening a draft from its first commit.
  const shown = useRef(false);
  useLayoutEffect(() => {
    performance.mark(shown.current ? VALUE_COMMITTED_MARK : DRAFT_SHOWN_MARK);
    shown.current = true;
  }, [value]);

  const outline = useOutline(value);
  const annexes = useAnnexList(value);
  const outlineActions = useOutlineActions(editor);
  const outlineLayout = useOutlineLayout();
  const find = useFind(editor, value);
  useFindKeys(find.open);
  const info = useDraftMetadata(editor, draft.id, draft.metadata, setNotice);
  const checks = useChecksPanel(editor, value, info.metadata, draft.template);
  const findingDecorate = useFindingDecorate(checks.findings);
  // The page layout of the text, made off the keystroke path; its page boundaries and title lines decorate the text.
  const layout = usePageLayout(editor, content, info.metadata);
  const pageDecorate = useMemo(() => decoratePages(layout.marks), [layout.marks]);
  const decorate = useDecorate(find.decorate, findingDecorate, pageDecorate);
  const checksNow = () => ({ findings: checks.findings, metadata: info.metadata, template: checks.template, env: checks.state.env });
  const [counting, setCounting] = useState(false);
  const openWordCount = useCallback(() => setCounting(true), []);
  useMenuKey('word-count', null, openWordCount);
  const menu = useEditorMenu(editor, checksNow, (text) => setNotice({ kind: 'error', text }));

  // Nothing saves or normalizes while a composition shows; its hints hide
  // without re-rendering React mid-composition.
  const composing = (on: boolean) => {
    setComposing(editor, on);
    page.current?.classList.toggle('composing', on);
  };

  return (
    <div className="editor-shell">
      <MarksContext.Provider value={layout.store}>
      <Slate editor={editor} initialValue={draft.content} onValueChange={onValueChange}>
        <InSlot slot={toolSlot}>
          <EditorToolbar onEditInfo={() => info.setEditing(true)} checks={checks.toggle} pages={{ pagesView: views.pagesView, onPages: views.showPages, onPrint: views.openPreview }} />
          <ViewTools outline={outlineLayout} onWordCount={openWordCount} />
        </InSlot>
        <Notice notice={notice} onClose={() => setNotice(null)} />
        <FindBar find={find} />
        {autosave.closeRefused && <CloseRefused reason={autosave.closeRefused} onCloseAnyway={autosave.closeAnyway} />}
        <div
          className={`editor-body${checks.open ? ' with-checks' : ''}${views.pagesView ? ' pages-view' : ''}`}
          data-layout={layout.where ?? undefined}
          style={{ '--outline-width': `${outlineLayout.width}px` } as CSSProperties}
        >
          {outlineLayout.shown && (
            <>
              <OutlinePanel items={outline} annexes={annexes} {...outlineActions} onHide={outlineLayout.toggle} />
              <OutlineResizer width={outlineLayout.width} onResize={outlineLayout.setWidth} />
            </>
          )}
          <div className="page-scroll">
            <div className="page" ref={page}>
              <KeepNativeCaret />
              <Editable
                className="page-body"
                renderElement={renderElement}
                renderLeaf={LeafView}
                decorate={decorate}
                onContextMenu={menu.onContextMenu}
                onKeyDown={(event) => handleEditorKeyDown(editor, event, (text) => setNotice({ kind: 'info', text }))}
                spellCheck={false}
                autoFocus
                aria-label="报告正文"
                onCompositionStart={() => composing(true)}
                onCompositionEnd={() => composing(false)}
              />
              <LastPageNumber />
            </div>
          </div>
          {views.pagesView && <PageView onEdit={views.edit} />}
          {checks.open && <ChecksPanel checks={checks.state} metadata={info.metadata} template={checks.template} onClose={checks.close} />}
        </div>
      </Slate>
      <PagedStatusBar save={autosave.state} content={content} deadlines={info.metadata.deadlines} />
      {views.preview && <PrintPreview onClose={views.closePreview} onExportPdf={onExportPdf} />}
      </MarksContext.Provider>
      {counting && <WordCountDialog content={content} onClose={() => setCounting(false)} />}
      {menu.at && <ContextMenu {...menu.at} onClose={menu.close} />}
      {info.editing && (
        <MetadataDialog metadata={info.metadata} title={contentTitle(content)} onSave={(m) => void info.save(m)} onCancel={() => info.setEditing(false)} />
      )}
    </div>
  );
});
