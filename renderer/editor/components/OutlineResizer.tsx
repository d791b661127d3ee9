// The edge between 提纲 and the page: drag it, or focus it and press ← →, to
// make the outline narrower or wider.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { OUTLINE_MAX, OUTLINE_MIN } from '../outline-layout';

interface Props {
  width: number;
  onResize: (width: number) => void;
}

const STEP = 20;

export function OutlineResizer({ width, onResize }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.width + e.clientX - drag.current.x);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      onResize(width + (e.key === 'ArrowRight' ? STEP : -STEP));
    }
  };
  return (
    <div
      className="outline-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="调整提纲宽度"
      aria-valuemin={OUTLINE_MIN}
      aria-valuemax={OUTLINE_MAX}
      aria-valuenow={width}
      tabIndex={0}
      title="拖动调整提纲宽度"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
