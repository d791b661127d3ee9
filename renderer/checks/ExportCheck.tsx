// Before export: the checks run on the saved draft and, where they find
// errors, a summary of every finding asks 仍然导出 or 返回修改. It warns,
// never blocks: if the draft cannot be read for checking, the export goes ahead.
import { useCallback, useState, type ReactNode } from 'react';
import { countBySeverity, runChecks, SEVERITY_LABEL, type Finding } from '../../shared/checks';
import { call } from '../api';
import { checkEnv } from './word-list';
import { Dialog } from '../components/Dialog';

const SHOWN = 8;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

interface Pending {
  findings: readonly Finding[];
  answer: (exportAnyway: boolean) => void;
}

function ExportCheckDialog({ findings, answer }: Pending) {
  const counts = countBySeverity(findings);
  const top = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]).slice(0, SHOWN);
  return (
    <Dialog role="alertdialog" labelledBy="export-check-title" describedBy="export-check-text" onCancel={() => answer(false)}>
      <h2 id="export-check-title">导出前检查</h2>
      <p id="export-check-text">
        规范检查发现：错误 {counts.error} 项，警告 {counts.warning} 项，提示 {counts.info} 项。可以返回修改（编辑器的“检查”面板列出全部问题），也可以仍然导出。
      </p>
      <ul className="export-check-list">
        {top.map((f, i) => (
          <li key={i}>
            [{SEVERITY_LABEL[f.severity]}] {f.message}
          </li>
        ))}
        {findings.length > SHOWN && <li>……另有 {findings.length - SHOWN} 项</li>}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={() => answer(false)} data-autofocus>
          返回修改
        </button>
        <button type="button" className="primary" onClick={() => answer(true)}>
          仍然导出
        </button>
      </div>
    </Dialog>
  );
}

/** `confirm(id)` resolves true to go on with the export; `dialog` is rendered by the caller. */
export function useExportCheck(): { confirm: (draftId: string) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(async (draftId: string) => {
    const opened = await call('drafts:open', { id: draftId });
    if (!opened.ok) return true;
    const { content, metadata, template } = opened.value;
    const findings = runChecks(content, metadata, { id: template }, await checkEnv());
    const counts = countBySeverity(findings);
    // Only errors stop to ask: a draft in progress always has warnings (parts not yet written).
    if (counts.error === 0) return true;
    return new Promise<boolean>((resolve) =>
      setPending({
        findings,
        answer: (exportAnyway) => {
          setPending(null);
          resolve(exportAnyway);
        },
      }),
    );
  }, []);
  return { confirm, dialog: pending ? <ExportCheckDialog {...pending} /> : null };
}
