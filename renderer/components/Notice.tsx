export interface NoticeMessage {
  kind: 'error' | 'info';
  text: string;
}

export function Notice({ notice, onClose }: { notice: NoticeMessage | null; onClose: () => void }) {
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span className="notice-text">{notice.text}</span>
      <button type="button" className="notice-close" onClick={onClose} aria-label="关闭提示">
        ×
      </button>
    </div>
  );
}
