// 新建: pick a template and give the unit and year the outline is filled
// with — or start next year's report from last year's (从往年报告新建).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isReportYear, reportYearFor } from '../../shared/dates';
import type { Draft, DraftSummary } from '../../shared/ipc';
import type { DraftMetadata } from '../../shared/model';
import type { TemplateSummary } from '../../shared/template';
import { call } from '../api';
import { Dialog } from './Dialog';

interface Props {
  templates: TemplateSummary[];
  /** May answer with a promise: 创建 stays disabled until it settles, so a second click makes no second draft. */
  onCreate: (template: string, metadata: Partial<DraftMetadata>) => void | Promise<void>;
  /** Receives a draft made from last year's (may answer with a promise, awaited like onCreate); without it the option is not offered. */
  onCreated?: (draft: Draft) => void | Promise<void>;
  onCancel: (() => void) | null;
}

function dueDates(t: TemplateSummary): string {
  return t.deadlines.map((d) => `${d.label} ${d.month}月${d.day}日前`).join('，');
}

function NextYearList({ onCreated }: { onCreated: (draft: Draft) => void | Promise<void> }) {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One copy at a time: the buttons are disabled while it is made (the ref also stops a second click in the same frame).
  const [copying, setCopying] = useState(false);
  const copyingRef = useRef(false);
  useEffect(() => {
    void call('drafts:list', null).then((r) => (r.ok ? setDrafts(r.value) : setError(r.error.message)));
  }, []);
  const copy = async (id: string) => {
    if (copyingRef.current) return;
    copyingRef.current = true;
    setCopying(true);
    try {
      const result = await call('drafts:next-year', { id });
      if (result.ok) await onCreated(result.value);
      else setError(result.error.message);
    } finally {
      copyingRef.current = false;
      setCopying(false);
    }
  };
  // Last year's report from a .docx (or .txt/.html): imported into the library, then carried into next year.
  const importLastYear = async () => {
    if (copyingRef.current) return;
    const imported = await call('drafts:import', null);
    if (!imported.ok) return setError(imported.error.message);
    if (imported.value) await copy(imported.value.id);
  };
  if (error) return <p className="field-error">{error}</p>;
  if (!drafts) return null;
  if (drafts.length === 0) {
    return (
      <div className="next-year-empty">
        <p className="dialog-note">文稿库中还没有往年的文稿。可以导入去年的 Word 报告（.docx），以它为底稿新建今年的报告：年度和标题中的年份顺延一年，正文保留供改写。</p>
        <button type="button" disabled={copying} onClick={() => void importLastYear()}>
          导入去年的 Word 报告…
        </button>
      </div>
    );
  }
  return (
    <ul className="draft-list" aria-label="往年文稿">
      {drafts.map((d) => (
        <li key={d.id}>
          <button type="button" className="draft-item" disabled={copying} onClick={() => void copy(d.id)}>
            <span className="draft-title">{d.title || '（无标题）'}</span>
            <span className="draft-updated">复制为下一年度的报告：年度、标题和各级标题中的年份顺延一年，正文保留供改写</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function NewDraftDialog({ templates, onCreate, onCreated, onCancel }: Props) {
  const [mode, setMode] = useState<'template' | 'next-year'>('template');
  const [template, setTemplate] = useState(templates[0]?.id ?? '');
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(reportYearFor(new Date())));
  const [addressee, setAddressee] = useState('');
  const yearNumber = Number(year);
  const yearValid = isReportYear(year);
  // 创建 is disabled while the draft is being made; the ref also stops a second Enter in the same frame.
  const [creating, setCreating] = useState(false);
  const creatingRef = useRef(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template || !yearValid || creatingRef.current) return;
    creatingRef.current = true;
    setCreating(true);
    try {
      await onCreate(template, { unit, year: yearNumber, addressee });
    } finally {
      creatingRef.current = false;
      setCreating(false);
    }
  };

  return (
    <Dialog labelledBy="new-draft-title" onCancel={onCancel} onSubmit={(e) => void submit(e)}>
      <h2 id="new-draft-title">新建文稿</h2>
      {onCreated && (
        <div className="mode-switch" role="tablist">
          <button type="button" role="tab" aria-selected={mode === 'template'} onClick={() => setMode('template')}>
            按模板新建
          </button>
          <button type="button" role="tab" aria-selected={mode === 'next-year'} onClick={() => setMode('next-year')}>
            从往年报告新建
          </button>
        </div>
      )}
      {mode === 'next-year' && onCreated ? (
        <NextYearList onCreated={onCreated} />
      ) : (
        <>
          <fieldset className="template-list">
            <legend>选择模板</legend>
            {templates.map((t) => (
              <label key={t.id} className="template-option">
                <input type="radio" name="template" value={t.id} checked={template === t.id} onChange={() => setTemplate(t.id)} />
                <span className="template-name">{t.name}</span>
                <span className="template-description">{t.description}</span>
                {t.deadlines.length > 0 && <span className="template-description">截止：{dueDates(t)}（次年，可在“文稿信息”中修改）</span>}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span>单位全称</span>
            <input name="unit" value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="如：某某县司法局" />
          </label>
          <label className="field">
            <span>报告年度</span>
            <input name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
          </label>
          {!yearValid && <p className="field-error">请填写四位数的年份，如 {reportYearFor(new Date())}。</p>}
          <label className="field">
            <span>主送机关（可不填）</span>
            <input name="addressee" value={addressee} onChange={(e) => setAddressee(e.target.value)} placeholder="如：某某县法治政府建设工作领导小组办公室" />
          </label>
        </>
      )}
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            取消
          </button>
        )}
        {mode === 'template' && (
          <button type="submit" className="primary" disabled={!template || !yearValid || creating}>
            创建
          </button>
        )}
      </div>
    </Dialog>
  );
}
