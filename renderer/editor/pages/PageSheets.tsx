// The pages as printed: each page of the layout drawn on an A4 sheet with the
// GB/T 9704 margins, every line where the layout (and so the PDF and the
// print) puts it, its characters placed as the PDF places them, and the page
// number — N — below the text, odd pages right and even pages left.
import { memo } from 'react';
import { placeLine, type LineBox, type Page } from '../../../shared/layout';
import { LINE_PITCH } from '../../../shared/layout/metrics';

const pt = (twips: number) => `${twips / 20}pt`;

const LineView = memo(function LineView({ box, line, block, onPick }: { box: LineBox; line: number; block: number; onPick?: (block: number) => void }) {
  return (
    <div
      className="sheet-line"
      data-kind={box.lineKind ?? undefined}
      data-block-index={block >= 0 ? block : undefined}
      style={{ top: pt(line * LINE_PITCH), left: pt(box.left), width: pt(box.width), fontSize: `${box.size / 2}pt` }}
      onDoubleClick={onPick && block >= 0 ? () => onPick(block) : undefined}
    >
      {placeLine(box).map((p, i) => (
        <span
          key={i}
          className={`face-${p.role}${p.latin ? ' face-latin' : ''}${p.bold ? ' bold' : ''}`}
          style={{ left: pt(p.x), letterSpacing: pt(p.spacing) }}
        >
          {p.text}
        </span>
      ))}
    </div>
  );
});

export const PageSheet = memo(function PageSheet({ page, onPick }: { page: Page; onPick?: (block: number) => void }) {
  return (
    <section className="sheet" data-page={page.number} aria-label={`第 ${page.number} 页`}>
      <div className="sheet-text">
        {page.boxes.map(({ box, line, block }, i) =>
          box.kind === 'line' ? (
            box.text ? <LineView key={i} box={box} line={line} block={block} {...(onPick ? { onPick } : {})} /> : null
          ) : (
            <div key={i} className="sheet-fixed" style={{ top: pt(line * LINE_PITCH), height: pt(box.lines * LINE_PITCH) }} />
          ),
        )}
      </div>
      <div className={page.number % 2 ? 'sheet-number odd' : 'sheet-number even'}>— {page.number} —</div>
    </section>
  );
});

export function PageSheets({ pages, onPick }: { pages: readonly Page[]; onPick?: (block: number) => void }) {
  return (
    <>
      {pages.map((p) => (
        <PageSheet key={p.number} page={p} {...(onPick ? { onPick } : {})} />
      ))}
    </>
  );
}
