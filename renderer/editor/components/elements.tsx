// How each block of a report looks on the editing page. Heading numbers and
// template hints are drawn by CSS from data attributes: they are never text
// the clerk can type into or select.
import type { CSSProperties } from 'react';
import type { RenderElementProps } from 'slate-react';
import { blockText } from '../../../shared/model';
import { usePageTop, usePrintedRight } from '../pages/marks-store';
import { pageEndLabel, pageEndSide } from './leaf';
import { CellView, ImageView, OmittedView, RowView, TableView } from './objects';

export interface BlockViewProps extends RenderElementProps {
  /** The computed number of a heading (一、 （一） 1. （1）), or an attachment's label (附件1). */
  number: string | null;
}

export function BlockView(props: BlockViewProps) {
  const { attributes, children, element, number } = props;
  switch (element.type) {
    case 'table':
      return <TableView {...props} compact={element.compact === true} />;
    case 'table-row':
      return <RowView {...props} header={element.header === true} />;
    case 'table-cell':
      return <CellView {...props} element={element} />;
    case 'image':
      return <ImageView {...props} element={element} />;
    case 'omitted':
      return <OmittedView {...props} element={element} />;
  }
  const text = blockText(element);
  const empty = text === '';
  // The layout's page boundary before the block, and the closing's printed right indent.
  const top = usePageTop(element);
  const right = usePrintedRight(element);
  const common = {
    ...attributes,
    'data-block': element.type,
    'data-hint': empty && element.hint ? element.hint : undefined,
    'data-page-top': top,
    'data-page-end': top ? pageEndLabel(top) : undefined,
    'data-page-side': top ? pageEndSide(top) : undefined,
    // About how many lines the block takes (28 characters a line, the first indented two), for the
    // space it holds while the browser skips drawing it off screen (pages.css, content-visibility).
    style: { '--lines': Math.max(1, Math.ceil((text.length + 2) / 28)), ...(right === undefined ? {} : { paddingRight: `${right / 20}pt` }) } as CSSProperties,
  };
  switch (element.type) {
    case 'title':
      return (
        <h1 className="blk blk-title" {...common}>
          {children}
        </h1>
      );
    case 'heading':
      return (
        <p
          className={`blk blk-heading level-${element.level}`}
          {...common}
          data-level={element.level}
          data-number={number ?? ''}
          data-run-in={element.runIn ? 'true' : undefined}
        >
          {children}
        </p>
      );
    case 'attachment': {
      // A 附件说明 item: 附件：1. drawn before the name, later items' numbers under the first's, names aligned.
      const place = number === null ? undefined : number.startsWith('附件') ? (number.length > 3 ? 'first' : 'single') : 'next';
      return (
        <p className="blk blk-attachment" {...common} data-number={number ?? ''} data-place={place}>
          {children}
        </p>
      );
    }
    case 'annex':
      // An attachment's title; its label (附件1) is drawn above it, where its new page starts.
      return (
        <h2 className="blk blk-annex" {...common} data-label={number ?? '附件'}>
          {children}
        </h2>
      );
    default:
      return (
        <p className={`blk blk-${element.type}`} {...common}>
          {children}
        </p>
      );
  }
}
