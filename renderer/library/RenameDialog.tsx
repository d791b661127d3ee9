// 重命名: a new title for a draft (it becomes the text of its title block).
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
        <span>文稿标题</span>
        <input name="title" value={value} data-autofocus onChange={(e) => setValue(e.target.value)} />
      </label>
      {!clean && <p className="field-error">标题不能为空。</p>}
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
