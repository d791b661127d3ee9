// A picture on the editing page, sized by dragging: the selected picture
// shows a handle at its lower right corner. While it is dragged only the
// frame changes (nothing is saved, nothing enters the history); on release
// the new width, clamped to the text width, is set once — one undo step. The
// picture is centred, so its edge moves half as far as its width grows: the
// width follows twice the pointer's way, and the handle stays under it.
import { useRef, useState, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSelected, useSlateStatic } from 'slate-react';
import type { ImageBlock } from '../../../shared/model';
import { clampWidthMm, displaySizeMm, TEXT_WIDTH_MM } from '../../../shared/pictures';
import { setPictureWidth } from '../table-commands';

interface Drag {
  pointer: number;
  startX: number;
  /** The picture's and the text block's width on screen, px, when the drag began. */
  startPx: number;
  textPx: number;
}

export function PictureFrame({ element, children }: { element: ImageBlock; children: ReactNode }) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  /** The width shown while dragging, mm; null when not dragging. */
  const [preview, setPreview] = useState<number | null>(null);
  const width = preview ?? displaySizeMm(element).width;

  const widthAt = (clientX: number): number => {
    const d = drag.current!;
    return clampWidthMm(((d.startPx + 2 * (clientX - d.startX)) / d.textPx) * TEXT_WIDTH_MM);
  };
  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    const box = frame.current;
    const text = box?.parentElement;
    if (!box || !text || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { pointer: e.pointerId, startX: e.clientX, startPx: box.getBoundingClientRect().width, textPx: text.getBoundingClientRect().width };
    setPreview(displaySizeMm(element).width);
  };
  const onPointerMove = (e: PointerEvent<HTMLSpanElement>) => {
    if (drag.current?.pointer === e.pointerId) setPreview(widthAt(e.clientX));
  };
  const finish = (e: PointerEvent<HTMLSpanElement>, keep: boolean) => {
    if (drag.current?.pointer !== e.pointerId) return;
    const mm = widthAt(e.clientX);
    drag.current = null;
    setPreview(null);
    if (keep && mm !== displaySizeMm(element).width) setPictureWidth(editor, ReactEditor.findPath(editor, element)[0]!, mm);
  };
  // A click on the picture puts the caret in its caption: the picture is then selected (handle, toolbar buttons).
  const select = (e: MouseEvent<HTMLDivElement>) => {
    e.preventDefault();
    const path = ReactEditor.findPath(editor, element);
    Transforms.select(editor, Editor.end(editor, path));
    ReactEditor.focus(editor);
  };

  return (
    <div ref={frame} className={`picture${selected ? ' selected' : ''}`} contentEditable={false} style={{ width: `${(width / TEXT_WIDTH_MM) * 100}%` }} onMouseDown={select}>
      {children}
      {selected && (
        <span
          className="picture-handle"
          role="slider"
          aria-label="拖动调整图片大小"
          aria-valuemin={10}
          aria-valuemax={TEXT_WIDTH_MM}
          aria-valuenow={Math.round(width)}
          title="拖动调整图片大小（不超过版心宽度）"
          onMouseDown={(e) => e.stopPropagation()}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={(e) => finish(e, true)}
          onPointerCancel={(e) => finish(e, false)}
        />
      )}
    </div>
  );
}
