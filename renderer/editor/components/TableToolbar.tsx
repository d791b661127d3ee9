// Tables and pictures on the toolbar: insert a table of rows × columns or a
// picture from a file; inside a table, add and delete rows and columns and
// merge cells; on a picture, make it narrower or wider within the text width.
import { useRef, useState } from 'react';
import { useSlate } from 'slate-react';
import type { ReportContent } from '../../../shared/model';
import { displaySizeMm, MAX_PICTURE_BYTES, megabytes } from '../../../shared/pictures';
import { call } from '../../api';
import { cellPath } from '../plugins/with-tables';
import { ToolbarMenu } from './ToolbarMenu';
import { insertPicture, insertTable, setPictureWidth, tableAction, type TableAction } from '../table-commands';

const ACTIONS: { action: TableAction; label: string; title: string }[] = [
  { action: 'row-below', label: '下方插入行', title: '在当前行下方插入一行' },
  { action: 'row-delete', label: '删除行', title: '删除当前行' },
  { action: 'column-right', label: '右侧插入列', title: '在当前列右侧插入一列' },
  { action: 'column-delete', label: '删除列', title: '删除当前列' },
  { action: 'merge-right', label: '向右合并', title: '与右边的单元格合并' },
  { action: 'merge-down', label: '向下合并', title: '与下面的单元格合并' },
];

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function TableToolbar() {
  const editor = useSlate();
  // What went wrong with the last picture or table action, shown beside the buttons until the next one.
  const [error, setError] = useState('');
  const onError = (message: string) => setError(message);
  const file = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  const inTable = cellPath(editor) !== null;
  const index = editor.selection ? editor.selection.anchor.path[0]! : null;
  const node = index === null ? undefined : (editor.children as ReportContent)[index];
  const keepFocus = (e: React.MouseEvent) => e.preventDefault();

  const pick = async (f: File | undefined) => {
    setError('');
    if (!f) return;
    if (f.size > MAX_PICTURE_BYTES) return onError(`图片过大（${megabytes(f.size)}），每张图片不能超过 ${megabytes(MAX_PICTURE_BYTES)}。请压缩图片后再插入。`);
    const result = await call('pictures:add', { data: base64(await f.arrayBuffer()) });
    if (!result.ok) return onError(result.error.message);
    insertPicture(editor, result.value);
  };

  return (
    <span className="editor-toolbar-group table-tools" role="group" aria-label="表格和图片">
      <ToolbarMenu label="表格" title="插入表格；在表格中增删行列、合并单元格" menuLabel="表格">
        {() => (
          <>
              <label title="新表格的行数">
                <input type="number" min={1} max={100} value={rows} aria-label="行数" onChange={(e) => setRows(Number(e.target.value) || 1)} />行
              </label>
              <label title="新表格的列数">
                <input type="number" min={1} max={20} value={columns} aria-label="列数" onChange={(e) => setColumns(Number(e.target.value) || 1)} />列
              </label>
              <button type="button" onMouseDown={keepFocus} onClick={() => insertTable(editor, rows, columns)} title="在当前段落后插入表格（首行为标题行）">
                插入表格
              </button>
              {inTable &&
                ACTIONS.map((a) => (
                  <button key={a.action} type="button" title={a.title} onMouseDown={keepFocus} onClick={() => setError(tableAction(editor, a.action) ? '' : a.action.startsWith('merge') ? '这两个单元格没有对齐，不能合并。' : '表格至少要保留一行一列。')}>
                    {a.label}
                  </button>
                ))}
          </>
        )}
      </ToolbarMenu>
      <button type="button" onMouseDown={keepFocus} onClick={() => file.current?.click()} title="插入 PNG 或 JPEG 图片（每张不超过 10 MB）">
        图片
      </button>
      <input ref={file} type="file" accept="image/png,image/jpeg" hidden onChange={(e) => void pick(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
      {node?.type === 'image' && index !== null && (
        <>
          <button type="button" title="缩小图片" onMouseDown={keepFocus} onClick={() => setPictureWidth(editor, index, displaySizeMm(node).width * 0.8)}>
            缩小图片
          </button>
          <button type="button" title="放大图片（不超过版心宽度）" onMouseDown={keepFocus} onClick={() => setPictureWidth(editor, index, displaySizeMm(node).width * 1.25)}>
            放大图片
          </button>
        </>
      )}
      {error && (
        <span className="editor-toolbar-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
