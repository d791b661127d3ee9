// 按页校对: the draft page by page as it will print, with the page to go to;
// a double click on a line goes back to editing at that paragraph.
import { useEffect, useRef, useState } from 'react';
import { usePages } from './marks-store';
import { PageSheets } from './PageSheets';

interface Props {
  onEdit: (block: number | null) => void;
}

export function PageView({ onEdit }: Props) {
  const pages = usePages();
  const scroller = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(1);
  const count = pages?.length ?? 0;

  const go = (n: number) => {
    const target = Math.min(Math.max(1, n), count);
    scroller.current?.querySelector(`.sheet[data-page="${target}"]`)?.scrollIntoView({ block: 'start' });
    setCurrent(target);
  };

  // The page at the top of the view, as the clerk scrolls.
  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    const seen = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) setCurrent(Number((e.target as HTMLElement).dataset.page));
      },
      { root, rootMargin: '0px 0px -80% 0px' },
    );
    root.querySelectorAll('.sheet').forEach((s) => seen.observe(s));
    return () => seen.disconnect();
  }, [pages]);

  return (
    <div className="page-view" role="region" aria-label="按页校对">
      <div className="page-view-bar">
        <button type="button" onClick={() => onEdit(null)}>
          返回编辑
        </button>
        <button type="button" onClick={() => go(current - 1)} disabled={current <= 1}>
          上一页
        </button>
        <span data-testid="page-view-position">
          第 {Math.min(current, count)} 页 / 共 {count} 页
        </span>
        <button type="button" onClick={() => go(current + 1)} disabled={current >= count}>
          下一页
        </button>
        <span className="page-view-note">双击一行，回到编辑该段</span>
      </div>
      <div className="page-view-scroll" ref={scroller}>
        {pages ? <PageSheets pages={pages} onPick={(b) => onEdit(b)} /> : <p className="page-view-wait">正在排版…</p>}
      </div>
    </div>
  );
}
