// 新建: pick a template and give the unit and year the outline is filled with.
import { useState, type FormEvent } from 'react';
import type { DraftMetadata } from '../../shared/model';
import { reportYearFor } from '../../shared/dates';
import type { TemplateSummary } from '../../shared/template';

interface Props {
  templates: TemplateSummary[];
  onCreate: (template: string, metadata: Partial<DraftMetadata>) => void;
  onCancel: (() => void) | null;
}

export function NewDraftDialog({ templates, onCreate, onCancel }: Props) {
  const [template, setTemplate] = useState(templates[0]?.id ?? '');
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(reportYearFor(new Date())));
  const [addressee, setAddressee] = useState('');
  const yearNumber = Number(year);
  const yearValid = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!template || !yearValid) return;
    onCreate(template, { unit, year: yearNumber, addressee });
  };

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-labelledby="new-draft-title" onSubmit={submit}>
        <h2 id="new-draft-title">新建文稿</h2>
        <fieldset className="template-list">
          <legend>选择模板</legend>
          {templates.map((t) => (
            <label key={t.id} className="template-option">
              <input type="radio" name="template" value={t.id} checked={template === t.id} onChange={() => setTemplate(t.id)} />
              <span className="template-name">{t.name}</span>
              <span className="template-description">{t.description}</span>
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
        <div className="dialog-actions">
          {onCancel && (
            <button type="button" onClick={onCancel}>
              取消
            </button>
          )}
          <button type="submit" className="primary" disabled={!template || !yearValid}>
            创建
          </button>
        </div>
      </form>
    </div>
  );
}
