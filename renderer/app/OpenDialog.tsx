// 打开, as a Word user expects it: a draft from the library (newest first), or
// a file — a Word document, plain text or a web page — opened as a new draft.
import { useEffect, useState } from 'react';
import { chineseDateTime } from '../../shared/dates';
import type { DraftSummary } from '../../shared/ipc';
import { call } from '../api';
import { Dialog } from '../components/Dialog';

interface Props {
  onOpenDraft: (id: string) => void;
  onOpenFile: () => void;
  onCancel: () => void;
}

export function OpenDialog({ onOpenDraft, onOpenFile, onCancel }: Props) {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('drafts:list', null).then((r) => (r.ok ? setDrafts(r.value) : setError(r.error.message)));
  }, []);
  return (
    <Dialog labelledBy="open-title" onCancel={onCancel}>
      <h2 id="open-title">打开</h2>
      <p className="dialog-note">打开文稿库中的文稿，或打开电脑上的 Word 文档（.docx）、纯文本（.txt）、网页（.html）文件（作为新文稿打开，原文件不会被改动）。</p>
      {error && <p className="field-error">{error}</p>}
      {drafts && drafts.length === 0 && <p className="dialog-note">文稿库中还没有文稿。</p>}
      {drafts && drafts.length > 0 && (
        <ul className="draft-list" aria-label="文稿库中的文稿">
          {drafts.map((d) => (
            <li key={d.id}>
              <button type="button" className="draft-item" onClick={() => onOpenDraft(d.id)}>
                <span className="draft-title">{d.title || '（无标题）'}</span>
                <span className="draft-updated">修改于 {chineseDateTime(d.updated)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="button" className="primary" onClick={onOpenFile}>
          打开文件…
        </button>
      </div>
    </Dialog>
  );
}
