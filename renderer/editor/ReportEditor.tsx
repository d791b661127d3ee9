// The editing page: Slate with the report plugins, the outline panel, the
// formatting toolbar, computed heading numbers, template hints, the 检查
// panel, the status bar, and autosave of committed text.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type CSSProperties } from 'react';
import { createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact, type RenderElementProps } from 'slate-react';
import type { Draft } from '../../shared/ipc';
import type { ReportContent } from '../../shared/model';
import { call } from '../api';
import { ChecksPanel } from '../checks/ChecksPanel';
import { useFindingDecorate } from '../checks/decorate-findings';
import { Notice, type NoticeMessage } from '../components/Notice';
import { StatusBar } from '../components/StatusBar';
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
import { useOutline } from './hooks/use-outline';
import { useOutlineActions } from './hooks/use-outline-actions';
import { handleEditorKeyDown } from './keyboard';
import { VALUE_COMMITTED_MARK } from './marks';
import { withPlugins } from './plugins';
import type { ReportEditor as SlateReportEditor } from './slate-types';
import './editor.css';

export interface ReportEditorHandle {
  /** Saves anything not yet saved; true once it is on disk, false when saving failed (the text stays). */
  flush: () => Promise<boolean>;
}

interface Props {
  draft: Draft;
  onStatus: (status: { save: SaveState; content: ReportContent }) => void;
  /** Where the formatting toolbar goes (the window's toolbar row); in the editor's own bar when not given. */
  toolSlot?: HTMLElement | null;
}

export const ReportEditor = forwardRef<ReportEditorHandle, Props>(function ReportEditor({ draft, onStatus, toolSlot }, ref) {
  const editor = useMemo(() => withPlugins(withHistory(withReact(createEditor())) as SlateReportEditor), []);
  const [value, setValue] = useState<Descendant[]>(draft.content);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const page = useRef<HTMLDivElement>(null);

  const save = useCallback((content: ReportContent) => call('drafts:save', { id: draft.id, content }), [draft.id]);
  const autosave = useAutosave(editor, save);
  useImperativeHandle(ref, () => ({ flush: autosave.flush }), [autosave.flush]);

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
      // For measuring typing latency (npm run bench): key event → committed value.
      performance.mark(VALUE_COMMITTED_MARK);
      setValue(next);
      changed();
    },
    [changed],
  );

  const outline = useOutline(value);
  const outlineActions = useOutlineActions(editor);
  const outlineLayout = useOutlineLayout();
  const find = useFind(editor, value);
  useFindKeys(find.open);
  const info = useDraftMetadata(editor, draft.id, draft.metadata, setNotice);
  const checks = useChecksPanel(editor, value, info.metadata, draft.template);
  const findingDecorate = useFindingDecorate(checks.findings);
  const decorate = useDecorate(find.decorate, findingDecorate);
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
      <Slate editor={editor} initialValue={draft.content} onValueChange={onValueChange}>
        <InSlot slot={toolSlot}>
          <EditorToolbar onEditInfo={() => info.setEditing(true)} checks={checks.toggle} />
          <ViewTools outline={outlineLayout} onWordCount={openWordCount} />
        </InSlot>
        <Notice notice={notice} onClose={() => setNotice(null)} />
        <FindBar find={find} />
        {autosave.closeRefused && <CloseRefused reason={autosave.closeRefused} onCloseAnyway={autosave.closeAnyway} />}
        <div className={checks.open ? 'editor-body with-checks' : 'editor-body'} style={{ '--outline-width': `${outlineLayout.width}px` } as CSSProperties}>
          {outlineLayout.shown && (
            <>
              <OutlinePanel items={outline} {...outlineActions} onHide={outlineLayout.toggle} />
              <OutlineResizer width={outlineLayout.width} onResize={outlineLayout.setWidth} />
            </>
          )}
          <div className="page-scroll">
            <div className="page" ref={page}>
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
            </div>
          </div>
          {checks.open && <ChecksPanel checks={checks.state} metadata={info.metadata} template={checks.template} onClose={checks.close} />}
        </div>
      </Slate>
      <StatusBar save={autosave.state} content={content} deadlines={info.metadata.deadlines} />
      {counting && <WordCountDialog content={content} onClose={() => setCounting(false)} />}
      {menu.at && <ContextMenu {...menu.at} onClose={menu.close} />}
      {info.editing && <MetadataDialog metadata={info.metadata} onSave={(m) => void info.save(m)} onCancel={() => info.setEditing(false)} />}
    </div>
  );
});
