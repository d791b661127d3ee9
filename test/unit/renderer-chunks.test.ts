// Long drafts render in chunks: the document's blocks only, never a block's own children.
import { createEditor, Editor } from 'slate';
import { withReact } from 'slate-react';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, withChunks } from '../../renderer/editor/plugins/with-chunks';
import type { ReportEditor } from '../../renderer/editor/slate-types';
import { block } from '../../shared/model';

describe('withChunks', () => {
  it('chunks the top-level blocks and nothing below them', () => {
    const editor = withChunks(withReact(createEditor()) as ReportEditor);
    editor.children = [block('paragraph', '正文', {})];
    expect(editor.getChunkSize(editor)).toBe(CHUNK_SIZE);
    expect(Editor.isEditor(editor)).toBe(true);
    expect(editor.getChunkSize(editor.children[0] as never)).toBeNull();
  });
});
