// A question with two answers, for actions that cannot be taken back.
// Escape and 取消 answer no; focus starts on 取消.
import { Dialog } from './Dialog';

interface Props {
  title: string;
  text: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, text, confirm, onConfirm, onCancel }: Props) {
  return (
    <Dialog role="alertdialog" labelledBy="confirm-title" describedBy="confirm-text" onCancel={onCancel}>
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-text">{text}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          取消
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
