// 检查: the report year the checks hold the text to, with the evidence it
// was read from, then the findings grouped by kind, errors first. Clicking one selects its
// text in the editor; 一键修正 fixes one, 全部修正 every safe one — each an
// undo step.
import { memo, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { countBySeverity, findingKey, SEVERITY_LABEL, type Finding, type TemplateRef, type YearInference } from '../../shared/checks';
import type { DraftMetadata } from '../../shared/model';
import type { ReportEditor } from '../editor/slate-types';
import { fixAllSafe, fixOne, selectFinding } from './apply-fix';
import { panelGroups } from './panel-order';
import type { ChecksState } from './use-checks';
import './checks.css';

interface Props {
  checks: ChecksState;
  metadata: DraftMetadata;
  template: TemplateRef;
  onClose: () => void;
}

/** Redraws only when the findings change, not on every keystroke. */
function yearLine(year: YearInference | null): string {
  if (!year) return '';
  if (year.year === undefined) return '报告年度：正文中没有可以判断的年份，请在“文稿信息”中填写报告年度。';
  return year.source === 'metadata' ? `报告年度：${year.year}年（文稿信息中设定）` : `报告年度：${year.year}年（${year.explanation}）`;
}

export const ChecksPanel = memo(function ChecksPanel({ checks, metadata, template, onClose }: Props) {
  const { findings, year, env } = checks;
  const editor = useSlateStatic() as ReportEditor;
  const onSelect = (f: Finding) => selectFinding(editor, f);
  const onFix = (f: Finding) => fixOne(editor, f, metadata, template, env);
  const onFixAll = () => fixAllSafe(editor, metadata, template, env);
  const [done, setDone] = useState('');
  const counts = countBySeverity(findings);
  const fixable = findings.filter((f) => f.fix).length;
  const keep = (e: React.MouseEvent) => e.preventDefault();

  return (
    <aside className="checks-panel" aria-label="检查">
      <div className="checks-head">
        <strong>规范检查</strong>
        <span className="checks-counts" data-testid="checks-counts">
          错误 {counts.error} · 警告 {counts.warning} · 提示 {counts.info}
        </span>
        <button type="button" className="checks-close" aria-label="关闭检查" onClick={onClose}>
          ×
        </button>
      </div>
      {year && (
        <p className="checks-year" data-testid="checks-year" title={year.details.join('\n')}>
          {yearLine(year)}
        </p>
      )}
      <div className="checks-actions">
        <button
          type="button"
          disabled={fixable === 0}
          title="修正所有可以安全修正的问题；可用 Ctrl+Z 一次撤销"
          onMouseDown={keep}
          onClick={() => {
            onFixAll();
            setDone('已全部修正，可按 Ctrl+Z 撤销。');
          }}
        >
          全部修正（{fixable}）
        </button>
        <span className="checks-done" role="status">
          {done}
        </span>
      </div>
      {findings.length === 0 ? (
        <p className="checks-empty">未发现格式问题。</p>
      ) : (
        panelGroups(findings).map(({ kind, label, findings: group }) => {
          return (
            <section key={kind} className="checks-group" aria-label={label}>
              <h3>
                {label}（{group.length}）
              </h3>
              <ul>
                {group.map((f, i) => (
                  <li key={`${findingKey(f)}#${i}`} className={`checks-item severity-${f.severity}`} data-rule={f.rule}>
                    <button type="button" className="checks-item-text" title={f.evidence ? `依据：${f.evidence.basis}` : undefined} onMouseDown={keep} onClick={() => onSelect(f)}>
                      <span className="checks-severity">{SEVERITY_LABEL[f.severity]}</span>
                      {f.message}
                      {f.context && <span className="checks-context">{f.context}</span>}
                    </button>
                    {f.fix && (
                      <button
                        type="button"
                        className="checks-fix"
                        title={f.fix.label}
                        onMouseDown={keep}
                        onClick={() => {
                          onFix(f);
                          setDone('');
                        }}
                      >
                        一键修正
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </aside>
  );
});
