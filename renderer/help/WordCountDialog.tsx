// 字数统计, laid out as Word's dialog.
import { wordCount } from '../../shared/word-count';
import type { ReportContent } from '../../shared/model';
import { Dialog } from '../components/Dialog';

export function WordCountDialog({ content, onClose }: { content: ReportContent; onClose: () => void }) {
  const c = wordCount(content);
  const rows: [string, number][] = [
    ['字数', c.words],
    ['字符数（不计空格）', c.charsNoSpaces],
    ['字符数（计空格）', c.charsWithSpaces],
    ['字符数（不计空格和标点）', c.charsNoPunctuation],
    ['标点符号', c.punctuation],
    ['段落数', c.paragraphs],
    ['中文字符（含中文标点）', c.chineseChars],
    ['非中文单词', c.otherWords],
  ];
  return (
    <Dialog labelledBy="word-count-title" onCancel={onClose}>
      <h2 id="word-count-title">字数统计</h2>
      <table className="word-count">
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dialog-note">统计正文中的文字；标题序号和灰色提示不计入。</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} data-autofocus>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
