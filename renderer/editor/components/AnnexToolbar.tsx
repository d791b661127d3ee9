// Attachments on the toolbar, one button so the toolbar stays one row on a
// laptop: its menu's 插入附件 adds one after the last (its title to type, an
// empty paragraph for its content); in an attachment, 上移 and 下移 reorder it
// with its content, 删除附件 removes it. The 附件说明 follows by itself.
import { useSlate } from 'slate-react';
import { annexAt, deleteAnnex, insertAnnex, moveAnnex } from '../annex-commands';
import { currentBlock } from '../commands';
import { ToolbarMenu } from './ToolbarMenu';
import { annexParts } from '../../../shared/annexes';
import type { ReportContent } from '../../../shared/model';

export function AnnexToolbar() {
  const editor = useSlate();
  const part = annexAt(editor, currentBlock(editor));
  const parts = part ? annexParts(editor.children as ReportContent) : [];
  const k = part ? parts.findIndex((p) => p.index === part.index) : -1;
  const keepFocus = (e: React.MouseEvent) => e.preventDefault();
  return (
    <span className="editor-toolbar-group table-tools" role="group" aria-label="附件">
      <ToolbarMenu label="附件" title="插入附件；在附件中上移、下移或删除" menuLabel="附件操作" className="annex-menu">
        {(close) => {
          // Each action closes the menu; the caret stays in the text.
          const act = (run: () => void) => () => {
            close();
            run();
          };
          return (
            <>
              <button type="button" title="在正文后另起一页添加附件，附件说明随附件标题自动更新" onMouseDown={keepFocus} onClick={act(() => insertAnnex(editor))}>
                插入附件
              </button>
              {part && (
                <>
                  <button type="button" title={`把${part.label}连同内容移到前一个附件之前`} disabled={k <= 0} onMouseDown={keepFocus} onClick={act(() => moveAnnex(editor, -1))}>
                    附件上移
                  </button>
                  <button type="button" title={`把${part.label}连同内容移到后一个附件之后`} disabled={k >= parts.length - 1} onMouseDown={keepFocus} onClick={act(() => moveAnnex(editor, 1))}>
                    附件下移
                  </button>
                  <button type="button" title={`删除${part.label}及其全部内容（可撤销）`} onMouseDown={keepFocus} onClick={act(() => deleteAnnex(editor))}>
                    删除附件
                  </button>
                </>
              )}
            </>
          );
        }}
      </ToolbarMenu>
    </span>
  );
}
