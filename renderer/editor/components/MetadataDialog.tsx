// 文稿信息: the metadata that fills the title, addressee, years, signature and
// date, the due dates, and how the draft is laid out on export.
import { useState, type FormEvent } from 'react';
import { isReportYear } from '../../../shared/dates';
import type { Deadline, DraftMetadata, FontProfileId } from '../../../shared/model';
import { savedColophon, savedRedHeader } from '../../../shared/formal';
import { ChineseDateInput } from '../../components/ChineseDateInput';
import { Dialog } from '../../components/Dialog';
import { ColophonFields, formalValid, RedHeaderFields } from './FormalFields';

const PROFILES: { id: FontProfileId | ''; label: string }[] = [
  { id: '', label: '使用默认设置' },
  { id: 'standard', label: '标准（方正小标宋、仿宋_GB2312、楷体_GB2312、黑体）' },
  { id: 'windows', label: 'Windows 自带字体（仿宋、楷体、黑体）' },
  { id: 'linux', label: '国产 Linux 桌面字体' },
];

interface Props {
  metadata: DraftMetadata;
  /** The draft's title: a 报告 or 请示 is an upward document, whose 版头 names its 签发人. */
  title?: string;
  onSave: (metadata: DraftMetadata) => void;
  onCancel: () => void;
}

export function MetadataDialog({ metadata, title = '', onSave, onCancel }: Props) {
  const [m, setM] = useState<DraftMetadata>(metadata);
  const [year, setYear] = useState(String(metadata.year));
  // A year guessed at import is the clerk's once the clerk writes it here; then the checks hold the text to it.
  const [yearTouched, setYearTouched] = useState(false);
  const set = <K extends keyof DraftMetadata>(key: K, value: DraftMetadata[K]) => setM((prev) => ({ ...prev, [key]: value }));
  const setFormat = (patch: NonNullable<DraftMetadata['format']>) => setM((prev) => ({ ...prev, format: { ...prev.format, ...patch } }));
  const deadlines = m.deadlines ?? [];
  const setDeadline = (i: number, patch: Partial<Deadline>) =>
    set('deadlines', deadlines.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const yearNumber = Number(year);
  const yearValid = isReportYear(year);
  const datesValid = /^\d{4}-\d{2}-\d{2}$/u.test(m.date) && deadlines.every((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.date) && d.label.trim());
  const formalOk = formalValid(m.redHeader, m.colophon);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!yearValid || !datesValid || !formalOk) return;
    const format = Object.fromEntries(Object.entries(m.format ?? {}).filter(([, v]) => v !== undefined));
    const { yearGuessed, redHeader, colophon, ...rest } = m;
    onSave({
      ...rest,
      ...(redHeader ? { redHeader: savedRedHeader(redHeader) } : {}),
      ...(colophon ? { colophon: savedColophon(colophon) } : {}),
      ...(yearGuessed && !yearTouched ? { yearGuessed } : {}),
      unit: m.unit.trim(),
      unitShort: m.unitShort.trim(),
      addressee: m.addressee.trim().replace(/[：:]$/u, ''),
      signature: m.signature.trim(),
      year: yearNumber,
      format,
    });
  };

  const text = (key: 'unit' | 'unitShort' | 'addressee' | 'signature', label: string, placeholder: string) => (
    <label className="field">
      <span>{label}</span>
      <input name={key} value={m[key]} placeholder={placeholder} onChange={(e) => set(key, e.target.value)} />
    </label>
  );

  return (
    <Dialog labelledBy="metadata-title" onCancel={onCancel} onSubmit={submit}>
      <h2 id="metadata-title">文稿信息</h2>
      <p className="dialog-note">修改后，标题、主送机关、标题中的年度、署名和成文日期随之更新；已手工改写的文字保持不变。</p>
      {text('unit', '单位全称', '如：某某县司法局')}
      {text('unitShort', '单位简称', '如：我局')}
      <label className="field">
        <span>报告年度</span>
        <input
          name="year"
          inputMode="numeric"
          value={year}
          onChange={(e) => {
            setYear(e.target.value);
            setYearTouched(true);
          }}
        />
      </label>
      {metadata.yearGuessed && !yearTouched && (
        <p className="dialog-note">报告年度是导入时{metadata.yearGuessed === 'text' ? '根据正文推断' : '按导入日期估计'}的；在这里填写后，规范检查即以此为准。</p>
      )}
      {!yearValid && <p className="field-error">请填写四位数的年份。</p>}
      {text('addressee', '主送机关', '可不填')}
      {text('signature', '署名', '发文机关全称')}
      <label className="field">
        <span>成文日期</span>
        <ChineseDateInput name="date" value={m.date} onChange={(date) => set('date', date)} />
      </label>
      <fieldset className="field-group">
        <legend>截止日期</legend>
        {deadlines.length === 0 && <p className="dialog-note">本文稿没有截止日期。</p>}
        {deadlines.map((d, i) => (
          <div className="deadline-row" key={i}>
            <input aria-label="事项" value={d.label} onChange={(e) => setDeadline(i, { label: e.target.value })} />
            <ChineseDateInput aria-label={`${d.label}截止日期`} value={d.date} onChange={(date) => setDeadline(i, { date })} />
            <button type="button" onClick={() => set('deadlines', deadlines.filter((_, j) => j !== i))}>
              删除
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set('deadlines', [...deadlines, { label: '报送', date: `${yearNumber + 1}-03-01` }])}>
          添加截止日期
        </button>
      </fieldset>
      <fieldset className="field-group">
        <legend>版式</legend>
        <label className="field">
          <span>字体方案</span>
          <select
            name="fontProfile"
            value={m.format?.fontProfile ?? ''}
            onChange={(e) => setFormat({ fontProfile: (e.target.value || undefined) as FontProfileId | undefined })}
          >
            {PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={Boolean(m.format?.sealed)} onChange={(e) => setFormat({ sealed: e.target.checked })} />
          加盖印章（成文日期右空四字，署名居中于日期之上）
        </label>
        <label className="check">
          <input type="checkbox" checked={Boolean(m.format?.boldLeads)} onChange={(e) => setFormat({ boldLeads: e.target.checked })} />
          “一是”“二是”加粗
        </label>
      </fieldset>
      <RedHeaderFields value={m.redHeader} onChange={(v) => set('redHeader', v)} upward={/(报告|请示)\s*$/u.test(title)} />
      <ColophonFields value={m.colophon} onChange={(v) => set('colophon', v)} date={m.date} />
      {!datesValid && <p className="field-error">请填写完整的日期和截止事项。</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="primary" disabled={!yearValid || !datesValid || !formalOk}>
          保存
        </button>
      </div>
    </Dialog>
  );
}
