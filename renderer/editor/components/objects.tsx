// Tables, pictures and what an import could not bring over, on the editing
// page. A table is Slate elements all the way down (rows, cells, their
// paragraphs), so typing, IME and undo in a cell work as anywhere else. A
// picture shows its bytes from the library above its caption, which is the
// block's text, and is sized by dragging its handle (PictureFrame.tsx); an omitted block is framed and labelled.
import { useEffect, useState } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { ImageBlock, OmittedBlock, TableCell } from '../../../shared/model';
import { omittedLabel } from '../../../shared/recognize/summary';
import { call } from '../../api';
import { PictureFrame } from './PictureFrame';

const urls = new Map<string, string>();

/** A picture's bytes as a data URL, fetched once per picture. */
function usePictureUrl(hash: string): string | null | 'missing' {
  const [url, setUrl] = useState<string | null | 'missing'>(urls.get(hash) ?? null);
  useEffect(() => {
    if (urls.has(hash)) return setUrl(urls.get(hash)!);
    let live = true;
    void call('pictures:get', { hash }).then((r) => {
      if (!live) return;
      if (r.ok && r.value) {
        const u = `data:${r.value.mime};base64,${r.value.data}`;
        urls.set(hash, u);
        setUrl(u);
      } else setUrl('missing');
    });
    return () => {
      live = false;
    };
  }, [hash]);
  return url;
}

export function ImageView({ attributes, children, element }: RenderElementProps & { element: ImageBlock }) {
  const url = usePictureUrl(element.picture.hash);
  return (
    <figure className="blk blk-image" {...attributes} data-block="image">
      <PictureFrame element={element}>
        {url === 'missing' ? <span className="picture-missing">图片缺失</span> : url ? <img src={url} alt={`图片 ${element.picture.width}×${element.picture.height}`} draggable={false} /> : null}
      </PictureFrame>
      <figcaption data-hint={children && element.children.every((c) => c.text === '') ? '图题（可不填）' : undefined}>{children}</figcaption>
    </figure>
  );
}

export function OmittedView({ attributes, children, element }: RenderElementProps & { element: OmittedBlock }) {
  return (
    <div className="blk blk-omitted" {...attributes} data-block="omitted" data-label={`${omittedLabel(element.kind)}（导入时未能转换，导出时不包含）`}>
      {children}
    </div>
  );
}

export function TableView({ attributes, children, compact }: RenderElementProps & { compact: boolean }) {
  return (
    <table className={`blk blk-table${compact ? ' compact' : ''}`} {...attributes} data-block="table">
      <tbody>{children}</tbody>
    </table>
  );
}

export function RowView({ attributes, children, header }: RenderElementProps & { header: boolean }) {
  return (
    <tr {...attributes} className={header ? 'header' : undefined}>
      {children}
    </tr>
  );
}

export function CellView({ attributes, children, element }: RenderElementProps & { element: TableCell }) {
  return (
    <td {...attributes} colSpan={element.colSpan ?? 1} rowSpan={element.rowSpan ?? 1} style={element.align ? { textAlign: element.align } : undefined}>
      {children}
    </td>
  );
}
