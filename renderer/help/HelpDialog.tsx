// 帮助 (F1): an offline page — the shortcuts, the heading rules and where the
// drafts are kept on this computer.
import { useEffect, useState } from 'react';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import './help.css';

const SHORTCUTS: [string, string][] = [
  ['Ctrl+N', '新建文稿'],
  ['Ctrl+O', '打开文稿或文件'],
  ['Ctrl+S', '保存一个历史版本（文字随时自动保存）'],
  ['Ctrl+E', '导出 Word'],
  ['Ctrl+F / Ctrl+H', '查找 / 替换'],
  ['Ctrl+Z', '撤销'],
  ['Ctrl+Y 或 Ctrl+Shift+Z', '重做'],
  ['Tab / Shift+Tab', '标题降一级 / 升一级（正文按 Tab 变为标题）'],
  ['Alt+Shift+↑ / ↓', '把光标所在的一节（连同内容）上移 / 下移'],
  ['Alt+Shift+→ / ←', '把光标所在的一节降一级 / 升一级'],
  ['Shift+Enter', '段内换行（如标题分两行）'],
  ['Ctrl+Shift+V', '粘贴为纯文本'],
  ['F1', '打开本帮助'],
];

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const [where, setWhere] = useState<{ folder: string; library: string; backups: string } | null>(null);
  useEffect(() => {
    void call('app:data-location', null).then((r) => r.ok && setWhere(r.value));
  }, []);
  return (
    <Dialog labelledBy="help-title" onCancel={onClose}>
      <h2 id="help-title">帮助</h2>
      <section className="help-section" aria-labelledby="help-keys">
        <h3 id="help-keys">快捷键</h3>
        <table className="help-keys">
          <tbody>
            {SHORTCUTS.map(([key, what]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="help-section" aria-labelledby="help-headings">
        <h3 id="help-headings">标题层级</h3>
        <p>按《党政机关公文格式》（GB/T 9704—2012），结构层次序数依次为“一、”“（一）”“1.”“（1）”：一级标题用黑体，二级标题用楷体，三、四级标题用仿宋。</p>
        <p>序号由软件自动编排，不必手工输入：在段首输入“一、”“（一）”“1.”“（1）”即变为相应层级的标题；上移、下移或删除一节后，序号自动重排。导出的 Word 文档与屏幕上一致。</p>
        <p>“一是”“二是”由工具栏“插入‘一是’”插入，在一节内自动计数。公文正文不使用加粗、倾斜和下划线。</p>
      </section>
      <section className="help-section" aria-labelledby="help-data">
        <h3 id="help-data">文稿保存在哪里</h3>
        <p>所有文稿只保存在本机，不联网。输入后约半秒自动保存；每天自动备份一次，可在文稿库“从备份恢复”。</p>
        {where && where.folder && (
          <dl className="help-paths">
            <dt>文稿库文件</dt>
            <dd>{where.library}</dd>
            <dt>备份文件夹</dt>
            <dd>{where.backups}</dd>
          </dl>
        )}
        <p>换电脑时，在文稿库中“导出文稿库文件”，到新电脑上“导入文稿库文件”即可。</p>
      </section>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-autofocus>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
