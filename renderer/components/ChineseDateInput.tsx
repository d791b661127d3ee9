// A date field that reads and shows dates as 2026年12月2日 whatever the
// system's locale (a native date field follows the operating system: 12/02/2026
// on an English Windows). Typed forms 2026-12-02, 2026/12/2, 2026.12.2 are read too.
import { useState } from 'react';
import { chineseDate, parseDateText } from '../../shared/dates';

interface Props {
  /** An ISO date (yyyy-mm-dd), or what was typed when it names no day. */
  value: string;
  /** Receives the ISO date, or the typed text when it names no day (so the form knows it is not valid). */
  onChange: (value: string) => void;
  name?: string;
  'aria-label'?: string;
}

const shown = (value: string): string => (/^\d{4}-\d{2}-\d{2}$/u.test(value) ? chineseDate(value) : value);

export function ChineseDateInput({ value, onChange, ...rest }: Props) {
  const [text, setText] = useState(() => shown(value));
  const valid = parseDateText(text) !== null;
  return (
    <input
      {...rest}
      value={text}
      inputMode="numeric"
      placeholder="如：2026年12月2日"
      aria-invalid={!valid}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseDateText(e.target.value) ?? e.target.value);
      }}
      onBlur={() => valid && setText(shown(parseDateText(text)!))}
    />
  );
}
