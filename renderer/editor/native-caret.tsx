// The caret the clerk just moved stays where it went when the editor
// re-renders for another reason (a page layout taken in, the checks' findings,
// 已保存, the click's own selection) in the moment between the browser moving
// it (End, Home, arrows, a click) and the `selectionchange` event that tells
// Slate. Without this, slate-react's render puts the DOM selection back on
// the selection it knows, the move is lost, and the next key lands at the old
// place (ianstormtaylor/slate#5274).
//
// How: the DOM selection is noted whenever the editor changes (the selection
// Slate knows was taken from it, or set over it). A render that finds the DOM
// selection elsewhere, in text of the blocks on screen, while the editor has
// focus and no composition shows, reads it before React touches the page and
// selects it just before slate-react's own sync, which then finds them equal.
import { useLayoutEffect, useRef } from 'react';
import { Range, Transforms, type BaseRange, type Descendant } from 'slate';
import { ReactEditor, useSlate } from 'slate-react';
import type { ReportEditor } from './slate-types';

interface Spot {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

const spotOf = (s: Selection | null): Spot | null =>
  s && s.rangeCount > 0 ? { anchorNode: s.anchorNode, anchorOffset: s.anchorOffset, focusNode: s.focusNode, focusOffset: s.focusOffset } : null;

const sameSpot = (a: Spot | null, b: Spot | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset);

const domSelection = (): Selection | null => window.getSelection();

/**
 * Where the clerk moved the caret since the editor last heard, as a Slate
 * range; null when the DOM selection is where Slate knows it, or cannot be
 * trusted (a composition, the editor without focus, a document changed since
 * the page was drawn). Reads the page only: call it before React changes it.
 */
function movedByClerk(editor: ReportEditor, known: Spot | null, drawn: Descendant[] | null): BaseRange | null {
  if (editor.children !== drawn || ReactEditor.isComposing(editor) || !ReactEditor.isFocused(editor)) return null;
  const selection = domSelection();
  const spot = spotOf(selection);
  if (!selection || !spot || sameSpot(spot, known)) return null;
  if (!ReactEditor.hasEditableTarget(editor, spot.anchorNode) || !ReactEditor.hasTarget(editor, spot.focusNode)) return null;
  const range = ReactEditor.toSlateRange(editor, selection, { exactMatch: false, suppressThrow: true });
  return range && !(editor.selection && Range.equals(range, editor.selection)) ? range : null;
}

/** Rendered just before `<Editable>` (its layout effect must run before Editable's), inside `<Slate>`. */
export function KeepNativeCaret() {
  const editor = useSlate() as ReportEditor;
  const known = useRef<Spot | null>(null);
  const drawn = useRef<Descendant[] | null>(null);

  useLayoutEffect(() => {
    const { onChange } = editor;
    editor.onChange = (options) => {
      known.current = spotOf(domSelection());
      onChange(options);
    };
    return () => {
      editor.onChange = onChange;
    };
  }, [editor]);

  // Read during render, while the page still shows the previous commit.
  const children = editor.children;
  const moved = movedByClerk(editor, known.current, drawn.current);

  useLayoutEffect(() => {
    if (moved && editor.children === children) Transforms.select(editor, moved);
    // Unfocused, slate-react leaves the DOM selection as this commit left it: that is not the clerk's move.
    else if (!ReactEditor.isFocused(editor)) known.current = spotOf(domSelection());
    drawn.current = editor.children;
  });
  return null;
}
