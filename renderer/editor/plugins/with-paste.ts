// Pasting from Word, WPS, web pages and plain text: the clipboard's HTML (or
// text) goes through the same structure recognition as an imported file, and
// becomes the editor's own blocks; fonts, colours and sizes never come along.
// However long the paste, it is one undo step. Copy and paste inside the
// editor keeps Slate's own fragment.
import { Editor, Element, Node, Range, Transforms, type Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import { blockText, type ReportBlock, type ReportContent } from '../../../shared/model';
import { textBlocks } from '../../../shared/tables';
import { htmlObjects, recognize, recognizeHtml, recognizeText, withPictures, type HtmlSource } from '../../../shared/recognize';
import type { ReportEditor } from '../slate-types';
import { pastedPicture } from './pasted-pictures';
import { cellPath } from './with-tables';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

/** The blocks a clipboard holds; `wholeDocument` when they fill an empty draft (title, signature … recognised). */
export function pastedBlocks(data: Pick<DataTransfer, 'getData'>, wholeDocument: boolean): ReportContent | null {
  const mode = wholeDocument ? 'document' : 'fragment';
  const html = data.getData('text/html');
  if (html.trim()) {
    const blocks = recognizeHtml(html, { mode });
    if (blocks.length) return blocks;
  }
  const text = data.getData('text/plain');
  return text.trim() ? recognizeText(text, { mode }) : null;
}

const isBlank = (editor: ReportEditor) => editor.children.every((n) => Node.string(n) === '');

/** Into a table cell goes text only: the pasted blocks' paragraphs (a pasted table's cells among them). */
function cellParagraphs(blocks: ReportContent): ReportContent {
  return textBlocks(blocks)
    .filter((b) => b.type !== 'omitted' && b.type !== 'image')
    .map((b) => ({ type: 'paragraph', children: [{ text: blockText(b) }] }));
}

function insertBlocks(editor: ReportEditor, pasted: ReportContent): void {
  const blocks = cellPath(editor) ? cellParagraphs(pasted) : pasted;
  if (blocks.length === 0) return;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
      const entry = Editor.above<ReportBlock>(editor, {
        match: (n): n is ReportBlock => Element.isElement(n) && Editor.isBlock(editor, n),
      });
      if (!entry || Node.string(entry[0]) !== '') {
        // Into text: the first pasted paragraph joins the text at the cursor, as in any editor.
        Transforms.insertFragment(editor, blocks);
        return;
      }
      // Into an empty block: the pasted blocks take its place, with their own types.
      const [, path] = entry;
      Transforms.removeNodes(editor, { at: path });
      Transforms.insertNodes(editor, blocks, { at: path });
      const last: Path = [...path.slice(0, -1), path[path.length - 1]! + blocks.length - 1];
      Transforms.select(editor, Editor.end(editor, last));
    });
  });
}

/** The paste with its pictures brought over (or each marked, saying why), as blocks. */
async function pastedWithPictures(source: HtmlSource, wholeDocument: boolean): Promise<ReportContent> {
  const made = await Promise.all(source.images.map(pastedPicture));
  return recognize(withPictures(source, made), { mode: wholeDocument ? 'document' : 'fragment' });
}

function insertPasted(editor: ReportEditor, blocks: ReportContent, whole: boolean): void {
  if (whole) {
    HistoryEditor.withNewBatch(editor, () => {
      Editor.withoutNormalizing(editor, () => {
        for (let i = editor.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] });
        Transforms.insertNodes(editor, blocks, { at: [0] });
        Transforms.select(editor, Editor.end(editor, [blocks.length - 1]));
      });
    });
    return;
  }
  insertBlocks(editor, blocks);
}

export function withPaste(editor: ReportEditor): ReportEditor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes(SLATE_FRAGMENT)) return insertData(data);
    const whole = isBlank(editor);
    const html = data.getData('text/html');
    const source = html.trim() ? htmlObjects(html) : null;
    if (source && !cellPath(editor) && source.images.length > 0) {
      // The pictures go to the library first (a moment), then the paste goes in whole, as one step.
      void pastedWithPictures(source, whole).then((blocks) => blocks.length && insertPasted(editor, blocks, whole));
      return;
    }
    const blocks = pastedBlocks(data, whole);
    if (!blocks || blocks.length === 0) return insertData(data);
    insertPasted(editor, blocks, whole);
  };
  return editor;
}
