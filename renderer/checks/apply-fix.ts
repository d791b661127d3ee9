// Findings in the editor: selecting a finding's text, and applying fixes as
// one undo step each (a fix, or 全部修正 as a whole).
import { Editor, Element, Node, Text, Transforms, type BaseRange, type BasePoint, type Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { combinedEdits, findingKey, runChecks, type CellPlace, type CheckEnv, type Finding, type TemplateRef } from '../../shared/checks';
import type { DraftMetadata, ReportContent } from '../../shared/model';
import { syncNote } from '../editor/annex-commands';
import type { ReportEditor } from '../editor/slate-types';

/** The path of the text element a finding's or edit's offsets are in: a block, or a paragraph in one of a table's cells. */
function textPath(block: number, cell?: CellPlace): Path {
  return cell ? [block, cell.row, cell.cell, cell.paragraph] : [block];
}

/** The point at a text offset of a block, or of a cell paragraph (these hold text leaves only). */
export function pointAt(editor: ReportEditor, block: number, offset: number, cell?: CellPlace): BasePoint {
  const path = textPath(block, cell);
  const node = Node.has(editor, path) ? Node.get(editor, path) : null;
  if (!node || !Element.isElement(node) || !node.children.every(Text.isText)) return Editor.end(editor, Node.has(editor, [block]) ? [block] : []);
  let acc = 0;
  for (const [k, leaf] of node.children.entries()) {
    if (offset <= acc + leaf.text.length) return { path: [...path, k], offset: Math.max(0, offset - acc) };
    acc += leaf.text.length;
  }
  return Editor.end(editor, path);
}

function rangeOf(editor: ReportEditor, block: number, start: number, end: number, cell?: CellPlace): BaseRange {
  return { anchor: pointAt(editor, block, start, cell), focus: pointAt(editor, block, end, cell) };
}

/** Selects what a finding points at (the whole block where it points at no text) and brings it into view. */
export function selectFinding(editor: ReportEditor, f: Finding): void {
  const path = textPath(f.block, f.cell);
  if (!Node.has(editor, path)) return;
  const node = Node.get(editor, path);
  const range = f.start === f.end && f.rule !== 'part-missing' ? Editor.range(editor, path) : rangeOf(editor, f.block, f.start, f.end, f.cell);
  ReactEditor.focus(editor);
  Transforms.select(editor, range);
  try {
    const dom = ReactEditor.toDOMRange(editor, range);
    (dom.startContainer.parentElement ?? ReactEditor.toDOMNode(editor, node)).scrollIntoView({ block: 'center' });
  } catch {
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
  }
}

/** Applies the fixes of these findings (computed on the editor's current text) as one undo step. */
function applyFindings(editor: ReportEditor, findings: readonly Finding[]): number {
  const edits = combinedEdits(findings);
  if (edits.length === 0) return 0;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (const e of edits) {
        if (e.kind === 'attachment-note') {
          syncNote(editor);
        } else if (e.kind === 'typed-number') {
          Transforms.unsetNodes(editor, 'typedNumber', { at: [e.block] });
        } else if (e.kind === 'lead') {
          // A lead leaf of its own; the editor's lead counting then numbers it with the others.
          Transforms.setNodes(editor, { lead: true }, { at: rangeOf(editor, e.block, e.start, e.end, e.cell), match: Text.isText, split: true });
        } else if (e.start === e.end) {
          Transforms.insertText(editor, e.text, { at: pointAt(editor, e.block, e.start, e.cell) });
        } else if (e.text === '') {
          Transforms.delete(editor, { at: rangeOf(editor, e.block, e.start, e.end, e.cell) });
        } else {
          Transforms.insertText(editor, e.text, { at: rangeOf(editor, e.block, e.start, e.end, e.cell) });
        }
      }
    });
  });
  // What the clerk types next is an undo step of its own.
  HistoryEditor.setSplittingOnce(editor, true);
  return findings.filter((f) => f.fix).length;
}

/** The fix of one finding, if the text still has that finding; returns whether it was applied. */
export function fixOne(editor: ReportEditor, finding: Finding, metadata: DraftMetadata, template: TemplateRef, env: CheckEnv): boolean {
  const key = findingKey(finding);
  const current = runChecks(editor.children as ReportContent, metadata, template, env).find((f) => findingKey(f) === key && f.fix);
  return current ? applyFindings(editor, [current]) > 0 : false;
}

/** Every safe fix the current text allows, as one undo step; returns how many were applied. */
export function fixAllSafe(editor: ReportEditor, metadata: DraftMetadata, template: TemplateRef, env: CheckEnv): number {
  return applyFindings(editor, runChecks(editor.children as ReportContent, metadata, template, env));
}
