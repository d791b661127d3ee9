// Suggested file names Windows can create: device names (CON, PRN, AUX, NUL,
// COM0-9, LPT0-9, in any case, with any extension) are changed, and the
// trailing dots and spaces Windows would drop are dropped.
import { describe, expect, it } from 'vitest';
import { exportFileName, windowsSafeStem } from '../../electron/handlers/export';
import { libraryFileName } from '../../electron/handlers/library';

const DEVICES = ['CON', 'PRN', 'AUX', 'NUL', ...Array.from({ length: 10 }, (_, i) => `COM${i}`), ...Array.from({ length: 10 }, (_, i) => `LPT${i}`), 'COM¹', 'LPT³'];

/** Would Windows refuse this file name as a device? (The stem before the first dot, trailing spaces and dots aside.) */
function isDeviceName(file: string): boolean {
  const stem = file.split('.')[0]!.replace(/[ .]+$/u, '').toUpperCase();
  return DEVICES.includes(stem);
}

describe('reserved device names', () => {
  it.each(DEVICES.flatMap((d) => [d, d.toLowerCase(), `${d}.报告`, `${d} `, `${d}.`]))('a title “%s” suggests a name Windows can create', (title) => {
    for (const name of [exportFileName(title), exportFileName(title, 'pdf'), libraryFileName([title], new Date(2024, 0, 1))]) {
      expect(isDeviceName(name), name).toBe(false);
      expect(name).not.toMatch(/[. ]\.(?:docx|pdf|gwlib)$/u);
    }
  });

  it('keeps the title recognisable', () => {
    expect(exportFileName('CON')).toBe('CON_.docx');
    expect(exportFileName('nul.报告')).toBe('nul_.报告.docx');
    expect(windowsSafeStem('lpt9 .x')).toBe('lpt9_ .x');
  });

  it('leaves names that only begin like a device alone', () => {
    for (const title of ['CONSOLE', 'COM10', 'AUXILIARY', '关于CON的报告', 'NUL报告', 'LPT']) expect(exportFileName(title)).toBe(`${title}.docx`);
  });

  it('drops trailing dots and spaces, which Windows would drop', () => {
    expect(exportFileName('年度报告...')).toBe('年度报告.docx');
    expect(exportFileName('...')).toBe('未命名报告.docx');
  });
});
