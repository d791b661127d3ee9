import { useEffect, useRef } from 'react';

export interface NoticeMessage {
  kind: 'error' | 'info';
  text: string;
}

/** How long a confirmation stays before it goes by itself; an error stays until closed. */
export const INFO_NOTICE_MS = 6000;

export function Notice({ notice, onClose }: { notice: NoticeMessage | null; onClose: () => void }) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => close.current(), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
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
