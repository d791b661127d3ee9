// 重命名: a new name for a draft in the library; the printed title in the text stays.
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';

interface Props {
  title: string;
  onRename: (title: string) => void;
  onCancel: () => void;
}

export function RenameDialog({ title, onRename, onCancel }: Props) {
  const [value, setValue] = useState(title);
  const clean = value.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (clean) onRename(clean);
  };
  return (
    <Dialog labelledBy="rename-title" onCancel={onCancel} onSubmit={submit}>
      <h2 id="rename-title">重命名文稿</h2>
      <label className="field">
        <span>文稿名称</span>
        <input name="title" value={value} data-autofocus aria-describedby="rename-note" onChange={(e) => setValue(e.target.value)} />
      </label>
      <p id="rename-note" className="field-note">只改文稿库中的名称，正文中的标题不变。</p>
      {!clean && <p className="field-error">名称不能为空。</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="primary" disabled={!clean}>
          确定
        </button>
      </div>
    </Dialog>
  );
}
