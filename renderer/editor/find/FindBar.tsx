// 查找 (Ctrl+F) and 替换 (Ctrl+H): a bar over the page, as in Word's
// navigation pane. Enter finds the next, Shift+Enter the previous, Escape
// closes and leaves the caret on the current match.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { FindState } from './use-find';
import './find.css';

export function FindBar({ find }: { find: FindState }) {
  const input = useRef<HTMLInputElement>(null);
  const { mode, matches, index } = find;
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [mode]);
  if (!mode) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      find.close();
    } else if (e.key === 'Enter' && e.target === input.current) {
      e.preventDefault();
      find.step(e.shiftKey ? -1 : 1);
    }
  };
  // A button that turns disabled (nothing left to replace) would drop the focus to the page's body.
  const keepFocus = (action: () => void) => {
    action();
    input.current?.focus();
  };
  const count = !find.query ? '' : matches.length === 0 ? '没有找到' : `第 ${index + 1} 处，共 ${matches.length} 处`;

  return (
    <div className="find-bar" role="search" aria-label={mode === 'replace' ? '替换' : '查找'} onKeyDown={onKeyDown}>
      <label className="find-field">
        <span>查找内容</span>
        <input ref={input} value={find.query} onChange={(e) => find.changeQuery(e.target.value)} aria-describedby="find-count" />
      </label>
      <span id="find-count" className="find-count" role="status">
        {count}
      </span>
      <button type="button" onClick={() => find.step(-1)} disabled={matches.length === 0} title="上一处（Shift+Enter）">
        上一处
      </button>
      <button type="button" onClick={() => find.step(1)} disabled={matches.length === 0} title="下一处（Enter）">
        下一处
      </button>
      {mode === 'replace' && (
        <>
          <label className="find-field">
            <span>替换为</span>
            <input value={find.replacement} onChange={(e) => find.setReplacement(e.target.value)} />
          </label>
          <button type="button" onClick={() => keepFocus(find.replace)} disabled={index < 0}>
            替换
          </button>
          <button type="button" onClick={() => keepFocus(find.replaceEvery)} disabled={matches.length === 0}>
            全部替换
          </button>
        </>
      )}
      {mode === 'find' && (
        <button type="button" onClick={() => find.open('replace')}>
          替换…
        </button>
      )}
      {find.message && <span className="find-message">{find.message}</span>}
      <button type="button" className="find-close" onClick={find.close} aria-label="关闭查找">
        ×
      </button>
    </div>
  );
}
