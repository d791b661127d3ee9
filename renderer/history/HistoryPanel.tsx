// 历史版本: the versions of the open draft, newest first; a version's text as
// a preview, or what changed between it and the current text (paragraph by
// paragraph, the changed characters marked inside one; headings numbered);
// and restoring it (what it replaces is kept as a version).
import { useEffect, useMemo, useState } from 'react';
import type { DiffLine } from '../../shared/diff';
import type { Draft } from '../../shared/ipc';
import { VERSION_KIND_LABELS, type Version, type VersionSummary } from '../../shared/library';
import { blockText } from '../../shared/model';
import { blockNumbers } from '../../shared/annexes';
import { call } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { chineseDateTime } from '../../shared/dates';
import { collapseSame } from './collapse';
import './history.css';

interface Props {
  draftId: string;
  /** Changes when a version was kept elsewhere (Ctrl+S, export), to reload the list. */
  refreshKey: number;
  /** Saves what the editor holds before comparing or restoring; false when its text could not be saved (the caller has said why). */
  flush: () => Promise<boolean>;
  onRestored: (draft: Draft) => void;
  onError: (message: string) => void;
  onClose: () => void;
}

const MARKS = { same: '　', added: '＋', removed: '－', changed: '～' } as const;

/** A line's text; in a changed line the removed characters struck through and the added ones marked. */
function DiffText({ line }: { line: DiffLine }) {
  if (!line.parts) return <>{line.text || '（空段）'}</>;
  return (
    <>
      {line.parts.map((p, i) =>
        p.op === 'removed' ? (
          <del key={i} className="diff-del">
            {p.text}
          </del>
        ) : p.op === 'added' ? (
          <ins key={i} className="diff-ins">
            {p.text}
          </ins>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

export function HistoryPanel({ draftId, refreshKey, flush, onRestored, onError, onClose }: Props) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [selected, setSelected] = useState<Version | null>(null);
  const [diff, setDiff] = useState<DiffLine[] | null>(null);
  const [mode, setMode] = useState<'diff' | 'preview'>('diff');
  const [confirming, setConfirming] = useState(false);
  const previewNumbers = useMemo(() => (selected ? blockNumbers(selected.content) : []), [selected]);

  useEffect(() => {
    void call('versions:list', { id: draftId }).then((r) => (r.ok ? setVersions(r.value) : onError(r.error.message)));
  }, [draftId, refreshKey, onError]);

  const select = async (v: VersionSummary) => {
    await flush();
    const [version, changes] = await Promise.all([call('versions:get', { versionId: v.id }), call('versions:diff', { versionId: v.id })]);
    if (!version.ok) return onError(version.error.message);
    if (!changes.ok) return onError(changes.error.message);
    setSelected(version.value);
    setDiff(changes.value);
  };

  const restore = async () => {
    if (!selected) return;
    setConfirming(false);
    // Restoring over text that is not saved would lose it.
    if (!(await flush())) return;
    const r = await call('versions:restore', { versionId: selected.id });
    if (!r.ok) return onError(r.error.message);
    // The comparison was with the text before the restore: it no longer holds.
    setSelected(null);
    setDiff(null);
    setMode('diff');
    onRestored(r.value);
  };

  return (
    <aside className="history" aria-label="历史版本">
      <div className="history-head">
        <h2>历史版本</h2>
        <button type="button" className="history-close" onClick={onClose} aria-label="关闭历史版本">
          ×
        </button>
      </div>
      <p className="history-note">按 Ctrl+S 保存一个版本；编辑时每十分钟、导出和恢复前也会自动保存版本。</p>
      {versions === null ? (
        <p>正在读取…</p>
      ) : versions.length === 0 ? (
        <p className="history-empty">还没有历史版本。</p>
      ) : (
        <ul className="history-list">
          {versions.map((v) => (
            <li key={v.id}>
              <button type="button" className={`history-item${selected?.id === v.id ? ' selected' : ''}`} onClick={() => void select(v)}>
                <span className="history-time">{chineseDateTime(v.created)}</span>
                <span className="history-kind">{v.name || VERSION_KIND_LABELS[v.kind]}</span>
                <span className="history-chars">{v.chars} 字</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected && diff && (
        <div className="history-detail">
          <div className="history-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={mode === 'diff'} onClick={() => setMode('diff')}>
              与当前对比
            </button>
            <button type="button" role="tab" aria-selected={mode === 'preview'} onClick={() => setMode('preview')}>
              预览
            </button>
            <span className="history-spacer" />
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              恢复此版本
            </button>
          </div>
          {mode === 'preview' ? (
            <div className="history-preview" data-testid="version-preview">
              {selected.content.map((b, i) => (
                <p key={i} className={`preview-${b.type}`}>
                  {previewNumbers[i]}
                  {blockText(b)}
                </p>
              ))}
            </div>
          ) : (
            <div className="history-diff" data-testid="version-diff">
              {diff.every((d) => d.op === 'same') && <p className="history-empty">这个版本与当前内容相同。</p>}
              {collapseSame(diff).map((d, i) =>
                d.op === 'skip' ? (
                  <p key={i} className="diff-skip">
                    …… {d.count} 段未改动 ……
                  </p>
                ) : (
                  <p key={i} className={`diff-${d.op}`} data-op={d.op}>
                    <span className="diff-mark">{MARKS[d.op]}</span>
                    {d.number}
                    <DiffText line={d} />
                  </p>
                ),
              )}
            </div>
          )}
        </div>
      )}
      {confirming && selected && (
        <ConfirmDialog
          title="恢复历史版本"
          text={`把文稿恢复为 ${chineseDateTime(selected.created)} 的版本？当前内容会先保存为“恢复前的版本”，不会丢失。`}
          confirm="恢复"
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </aside>
  );
}
