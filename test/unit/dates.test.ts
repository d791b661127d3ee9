// shared/dates.ts: the one home of local days, date forms and the newest-first order.
import { describe, expect, it } from 'vitest';
import { chineseDateTime, compactDate, compactDateTime, daysUntil, isoDate, isoFromParts, localDay, newestFirst, weekOf } from '../../shared/dates';

describe('dates', () => {
  it('writes local moments in the library’s and file names’ forms', () => {
    const t = new Date(2026, 2, 1, 9, 5, 7);
    expect(chineseDateTime(t.toISOString())).toBe('2026年3月1日 09:05:07');
    expect(chineseDateTime(new Date(2026, 11, 31, 0, 0).toISOString())).toBe('2026年12月31日 00:00:00');
    expect(compactDate(t)).toBe('20260301');
    expect(compactDateTime(t)).toBe('20260301-090507');
    expect(isoDate(new Date(2024, 1, 29, 23, 59, 59))).toBe('2024-02-29');
  });

  it('builds ISO dates only for days that exist', () => {
    expect(isoFromParts(2026, 3, 1)).toBe('2026-03-01');
    expect(isoFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect([isoFromParts(2025, 2, 29), isoFromParts(2026, 4, 31), isoFromParts(2026, 13, 1), isoFromParts(2026, 0, 1)]).toEqual([null, null, null, null]);
  });

  it('counts whole local days, and weeks from Monday', () => {
    expect(localDay(new Date(2026, 0, 2, 0, 1)) - localDay(new Date(2026, 0, 1, 23, 59))).toBe(1);
    expect(daysUntil('2026-03-01', new Date(2026, 1, 28, 23, 59))).toBe(1);
    const monday = localDay(new Date(2026, 2, 2));
    expect(weekOf(monday)).toBe(weekOf(monday + 6));
    expect(weekOf(monday - 1)).toBe(weekOf(monday) - 1);
  });

  it('orders stamps newest first', () => {
    const items = [{ at: '2026-01-01T00:00:00.000Z' }, { at: '2026-03-01T00:00:00.000Z' }, { at: '2026-02-01T00:00:00.000Z' }];
    expect(items.sort(newestFirst((x) => x.at)).map((x) => x.at.slice(5, 7))).toEqual(['03', '02', '01']);
  });
});

describe('dates as a clerk types them', () => {
  it('reads 2026年12月2日 and the usual numeric forms, and refuses days that do not exist', async () => {
    const { parseDateText } = await import('../../shared/dates');
    for (const t of ['2026年12月2日', '2026年12月2', ' 2026-12-02 ', '2026/12/2', '2026.12.2', '20261202', '２０２６年１２月２日']) expect(parseDateText(t), t).toBe('2026-12-02');
    for (const t of ['2026年2月30日', '12/02/2026', '2026-13-01', '', '明天']) expect(parseDateText(t), t).toBeNull();
  });
});
