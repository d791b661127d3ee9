// Long drafts: slate-react renders the document's blocks in chunks of
// CHUNK_SIZE (nested, as a tree), and a change re-renders only the chunks on
// the path to the changed block, not every one of the draft's hundreds of
// blocks. The default chunk renders no element of its own, so the page's DOM
// is the same as without chunks.
import { Editor } from 'slate';
import type { ReportEditor } from '../slate-types';

export const CHUNK_SIZE = 100;

export function withChunks(editor: ReportEditor): ReportEditor {
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}
