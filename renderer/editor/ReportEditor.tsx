// The editing page: Slate with the report plugin, computed heading numbers,
// template hints, and autosave of committed text.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact, type RenderElementProps } from 'slate-react';
import type { Draft } from '../../shared/ipc';
import type { ReportContent } from '../../shared/model';
import { call } from '../api';
import { BlockView } from './elements';
import type { ReportEditor as SlateReportEditor } from './slate-types';
import { useAutosave, type SaveState } from './use-autosave';
import { useHeadingNumbers } from './use-heading-numbers';
import { withPlugins } from './plugins';

export interface ReportEditorHandle {
  /** Saves anything not yet saved; resolves when it is on disk (or failed). */
  flush: () => Promise<void>;
}

interface Props {
  draft: Draft;
  onStatus: (status: { save: SaveState; content: ReportContent }) => void;
}

export const ReportEditor = forwardRef<ReportEditorHandle, Props>(function ReportEditor({ draft, onStatus }, ref) {
  const editor = useMemo(() => withPlugins(withHistory(withReact(createEditor())) as SlateReportEditor), []);
  const [value, setValue] = useState<Descendant[]>(draft.content);
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
      setValue(next);
      changed();
    },
    [changed],
  );

  // Hints hide while a composition is shown, without re-rendering React mid-composition.
  const composing = (on: boolean) => page.current?.classList.toggle('composing', on);

  return (
    <div className="page" ref={page}>
      <Slate editor={editor} initialValue={draft.content} onValueChange={onValueChange}>
        <Editable
          className="page-body"
          renderElement={renderElement}
          spellCheck={false}
          autoFocus
          aria-label="报告正文"
          onCompositionStart={() => composing(true)}
          onCompositionEnd={() => composing(false)}
        />
      </Slate>
    </div>
  );
});
