// The editing page: Slate with the report plugins, the outline panel, the
// formatting toolbar, computed heading numbers, template hints, the status
// bar, and autosave of committed text.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact, type RenderElementProps } from 'slate-react';
import type { Draft } from '../../shared/ipc';
import { metadataChanges } from '../../shared/metadata-binding';
import type { DraftMetadata, ReportContent } from '../../shared/model';
import { moveSectionBefore } from '../../shared/outline';
import { call } from '../api';
import { ChecksPanel } from '../checks/ChecksPanel';
import { useChecks } from '../checks/use-checks';
import { Notice, type NoticeMessage } from '../components/Notice';
import { StatusBar } from '../components/StatusBar';
import { applyMove, jumpTo, replaceBlockTexts, sectionAction, type SectionAction } from './commands';
import { isComposing, setComposing } from './composition';
import { decorateRunIn } from './decorate';
import { EditorToolbar } from './components/EditorToolbar';
import { BlockView } from './components/elements';
import { handleEditorKeyDown } from './keyboard';
import { LeafView } from './components/leaf';
import { VALUE_COMMITTED_MARK } from './marks';
import { MetadataDialog } from './components/MetadataDialog';
import { OutlinePanel } from './components/OutlinePanel';
import { withPlugins } from './plugins';
import type { ReportEditor as SlateReportEditor } from './slate-types';
import { useAutosave, type SaveState } from './hooks/use-autosave';
import { useHeadingNumbers } from './hooks/use-heading-numbers';
import { useOutline } from './hooks/use-outline';
import './editor.css';

export interface ReportEditorHandle {
  /** Saves anything not yet saved; true once it is on disk, false when saving failed (the text stays). */
  flush: () => Promise<boolean>;
}

interface Props {
  draft: Draft;
  onStatus: (status: { save: SaveState; content: ReportContent }) => void;
}

export const ReportEditor = forwardRef<ReportEditorHandle, Props>(function ReportEditor({ draft, onStatus }, ref) {
  const editor = useMemo(() => withPlugins(withHistory(withReact(createEditor())) as SlateReportEditor), []);
  const [value, setValue] = useState<Descendant[]>(draft.content);
  const [metadata, setMetadata] = useState<DraftMetadata>(draft.metadata);
  const [editingInfo, setEditingInfo] = useState(false);
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
  const onJump = useCallback((index: number) => jumpTo(editor, index), [editor]);
  const onAction = useCallback((action: SectionAction, index: number) => sectionAction(editor, action, index), [editor]);
  const onDropBefore = useCallback(
    (index: number, target: number) => {
      const move = moveSectionBefore(editor.children as ReportContent, index, target);
      if (move) applyMove(editor, move);
    },
    [editor],
  );

  // 检查: findings while typing (debounced, off the typing path), the panel beside the page.
  const [checksOpen, setChecksOpen] = useState(false);
  const template = useMemo(() => ({ id: draft.template }), [draft.template]);
  const composingNow = useCallback(() => isComposing(editor), [editor]);
  const findings = useChecks(value, metadata, template, composingNow);
  const checksToggle = useMemo(
    () => ({ open: checksOpen, count: findings.filter((f) => f.severity !== 'info').length, onToggle: () => setChecksOpen((o) => !o) }),
    [checksOpen, findings],
  );
  const closeChecks = useCallback(() => setChecksOpen(false), []);

  const saveInfo = async (next: DraftMetadata) => {
    const result = await call('drafts:update-metadata', { id: draft.id, metadata: next });
    if (!result.ok) return setNotice({ kind: 'error', text: result.error.message });
    replaceBlockTexts(editor, metadataChanges(editor.children as ReportContent, metadata, next));
    setMetadata(next);
    setEditingInfo(false);
  };

  // Nothing saves or normalizes while a composition shows; its hints hide
  // without re-rendering React mid-composition.
  const composing = (on: boolean) => {
    setComposing(editor, on);
    page.current?.classList.toggle('composing', on);
  };

  return (
    <div className="editor-shell">
      <Slate editor={editor} initialValue={draft.content} onValueChange={onValueChange}>
        <EditorToolbar onEditInfo={() => setEditingInfo(true)} checks={checksToggle} />
        <Notice notice={notice} onClose={() => setNotice(null)} />
        {autosave.closeRefused && (
          <div className="notice notice-error" role="alert">
            <span className="notice-text">
              窗口没有关闭：文稿还有内容未能保存（{autosave.closeRefused}）。请先解决这个问题，程序会自动重试保存；
              如确需关闭，未保存的内容将会丢失。
            </span>
            <button type="button" onClick={autosave.closeAnyway}>
              仍然关闭
            </button>
          </div>
        )}
        <div className={checksOpen ? 'editor-body with-checks' : 'editor-body'}>
          <OutlinePanel items={outline} onJump={onJump} onAction={onAction} onDropBefore={onDropBefore} />
          <div className="page-scroll">
            <div className="page" ref={page}>
              <Editable
                className="page-body"
                renderElement={renderElement}
                renderLeaf={LeafView}
                decorate={decorateRunIn}
                onKeyDown={(event) => handleEditorKeyDown(editor, event)}
                spellCheck={false}
                autoFocus
                aria-label="报告正文"
                onCompositionStart={() => composing(true)}
                onCompositionEnd={() => composing(false)}
              />
            </div>
          </div>
          {checksOpen && (
            <ChecksPanel findings={findings} metadata={metadata} template={template} onClose={closeChecks} />
          )}
        </div>
      </Slate>
      <StatusBar save={autosave.state} content={content} deadlines={metadata.deadlines} />
      {editingInfo && <MetadataDialog metadata={metadata} onSave={(m) => void saveInfo(m)} onCancel={() => setEditingInfo(false)} />}
    </div>
  );
});
