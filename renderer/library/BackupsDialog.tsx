// 从备份恢复: the backups of this computer's library, newest first. Restoring
// brings each draft back to its text in the backup; the current text is kept
// as a version, and drafts made since the backup stay.
import { useEffect, useState } from 'react';
import { BACKUP_KIND_LABELS, type BackupInfo, type MergeReport } from '../../shared/library';
import { call } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { chineseDateTime } from '../../shared/dates';
import { fileSize } from './format';

interface Props {
  onRestored: (report: MergeReport) => void;
  onError: (message: string) => void;
  onClose: () => void;
}

export function BackupsDialog({ onRestored, onError, onClose }: Props) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('backups:list', null).then((r) => (r.ok ? setBackups(r.value) : onError(r.error.message)));
  }, [onError]);

  const restore = async (b: BackupInfo) => {
    setChosen(null);
    setBusy(true);
    const r = await call('backups:restore', { name: b.name });
    setBusy(false);
    if (r.ok) onRestored(r.value);
    else onError(r.error.message);
  };

  return (
    <>
      <Dialog labelledBy="backups-title" onCancel={onClose}>
        <h2 id="backups-title">从备份恢复</h2>
        <p className="dialog-note">程序每天自动备份文稿库（保留最近 7 天和 4 周），升级前也会备份。恢复后，备份中的文稿回到备份时的内容，当前内容保存为“恢复前的版本”；备份之后新建的文稿保持不变。</p>
        {backups === null ? (
          <p>正在读取备份…</p>
        ) : backups.length === 0 ? (
          <p>还没有备份。</p>
        ) : (
          <ul className="backup-list">
            {backups.map((b) => (
              <li key={b.name} className="backup-row">
                <span className="backup-time">{chineseDateTime(b.created)}</span>
                <span className="backup-kind">{BACKUP_KIND_LABELS[b.kind]}</span>
                <span className="backup-size">{fileSize(b.bytes)}</span>
                <button type="button" disabled={busy} onClick={() => setChosen(b)} aria-label={`恢复 ${chineseDateTime(b.created)} 的备份`}>
                  恢复
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </Dialog>
      {chosen && (
        <ConfirmDialog
          title="从备份恢复"
          text={`用 ${chineseDateTime(chosen.created)} 的${BACKUP_KIND_LABELS[chosen.kind]}恢复文稿？当前内容会保存为历史版本，不会丢失。`}
          confirm="恢复"
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(null)}
        />
      )}
    </>
  );
}
