// 文稿信息's 版头 and 版记 sections: each turned on by a checkbox, its fields
// checked as the clerk types (shared/formal.ts).
import type { Colophon, RedHeader } from '../../../shared/model';
import { colophonProblem, docNumberSuggestion, RED_HEADER_EXAMPLE, redHeaderProblem } from '../../../shared/formal';

interface Props<T> {
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}

export function RedHeaderFields({ value, onChange, upward }: Props<RedHeader> & { upward: boolean }) {
  const problem = value ? redHeaderProblem(value) : null;
  const suggestion = value ? docNumberSuggestion(value.number) : null;
  const set = (patch: Partial<RedHeader>) => value && onChange({ ...value, ...patch });
  return (
    <fieldset className="field-group">
      <legend>版头</legend>
      <label className="check">
        <input type="checkbox" checked={Boolean(value)} onChange={(e) => onChange(e.target.checked ? { ...RED_HEADER_EXAMPLE, mark: '', number: '' } : undefined)} />
        正式发文：导出时加红色版头（发文机关标志、发文字号、红色分隔线）
      </label>
      {value && (
        <>
          <label className="field">
            <span>发文机关标志</span>
            <input name="redHeader.mark" value={value.mark} placeholder={`如：${RED_HEADER_EXAMPLE.mark}`} onChange={(e) => set({ mark: e.target.value })} />
          </label>
          <label className="field">
            <span>发文字号</span>
            <input name="redHeader.number" value={value.number} placeholder={`如：${RED_HEADER_EXAMPLE.number}`} onChange={(e) => set({ number: e.target.value })} />
          </label>
          {suggestion && (
            <p className="dialog-note">
              发文字号的年份用六角括号“〔〕”，序号不加“第”、不编虚位。
              <button type="button" onClick={() => set({ number: suggestion })}>
                改为“{suggestion}”
              </button>
            </p>
          )}
          <label className="field">
            <span>签发人</span>
            <input name="redHeader.signer" value={value.signer ?? ''} placeholder={upward ? '报告、请示须填写' : '上行文填写'} onChange={(e) => set({ signer: e.target.value })} />
          </label>
          {upward && !value.signer?.trim() && <p className="dialog-note">报告是上行文，版头应标注签发人。</p>}
          {problem && <p className="field-error">{problem}</p>}
        </>
      )}
    </fieldset>
  );
}

export function ColophonFields({ value, onChange, date }: Props<Colophon> & { date: string }) {
  const problem = value ? colophonProblem(value) : null;
  const set = (patch: Partial<Colophon>) => value && onChange({ ...value, ...patch });
  return (
    <fieldset className="field-group">
      <legend>版记</legend>
      <label className="check">
        <input type="checkbox" checked={Boolean(value)} onChange={(e) => onChange(e.target.checked ? { cc: '', printer: '', printed: date } : undefined)} />
        导出时在末页加版记（抄送机关、印发机关和印发日期）
      </label>
      {value && (
        <>
          <label className="field">
            <span>抄送机关</span>
            <input name="colophon.cc" value={value.cc ?? ''} placeholder="可不填；多个机关用顿号或逗号分隔" onChange={(e) => set({ cc: e.target.value })} />
          </label>
          <label className="field">
            <span>印发机关</span>
            <input name="colophon.printer" value={value.printer} placeholder="如：某某县司法局办公室" onChange={(e) => set({ printer: e.target.value })} />
          </label>
          <label className="field">
            <span>印发日期</span>
            <input name="colophon.printed" type="date" value={value.printed} onChange={(e) => set({ printed: e.target.value })} />
          </label>
          {problem && <p className="field-error">{problem}</p>}
        </>
      )}
    </fieldset>
  );
}

/** Whether the 版头 and 版记 as they stand can be saved. */
export const formalValid = (h: RedHeader | undefined, c: Colophon | undefined): boolean => (!h || !redHeaderProblem(h)) && (!c || !colophonProblem(c));
