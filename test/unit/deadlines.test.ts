import { describe, expect, it } from 'vitest';
import { daysUntil, isReportYear } from '../../shared/dates';
import { datedDeadlines, deadlineText, nextDeadline } from '../../shared/deadlines';
import { templateDeadlines } from '../../shared/template';
import { TEMPLATES } from '../../electron/templates';

describe('deadlines', () => {
  it('counts whole calendar days, across months and years', () => {
    expect(daysUntil('2026-03-01', new Date(2026, 1, 27, 23, 59))).toBe(2);
    expect(daysUntil('2026-03-01', new Date(2026, 2, 1, 8))).toBe(0);
    expect(daysUntil('2026-03-01', new Date(2026, 2, 4))).toBe(-3);
    expect(daysUntil('2027-01-01', new Date(2026, 11, 31))).toBe(1);
  });

  it('takes the template dates in the year after the report year', () => {
    const law = TEMPLATES.find((t) => t.id === 'rule-of-law-annual')!;
    expect(templateDeadlines(law.deadlines, 2025)).toEqual([
      { label: '报送', date: '2026-03-01' },
      { label: '公开', date: '2026-04-01' },
    ]);
  });

  it('shows the next deadline not yet past, or how overdue the last one is', () => {
    const ds = [
      { label: '报送', date: '2026-03-01' },
      { label: '公开', date: '2026-04-01' },
    ];
    expect(deadlineText(nextDeadline(datedDeadlines(ds, new Date(2026, 1, 19)))!)).toBe('距报送截止还有 10 天');
    expect(deadlineText(nextDeadline(datedDeadlines(ds, new Date(2026, 2, 1)))!)).toBe('今天报送截止');
    expect(deadlineText(nextDeadline(datedDeadlines(ds, new Date(2026, 2, 2)))!)).toBe('距公开截止还有 30 天');
    expect(deadlineText(nextDeadline(datedDeadlines(ds, new Date(2026, 3, 3)))!)).toBe('公开已逾期 2 天');
    expect(nextDeadline(datedDeadlines([], new Date()))).toBeNull();
  });
});

describe('report years typed in a form', () => {
  it('takes four digits from 2000 to 2100', () => {
    expect(['2000', '2025', '2100'].every(isReportYear)).toBe(true);
    expect(['1999', '2101', '25', '２０２５', '2025年', ''].some(isReportYear)).toBe(false);
  });
});
