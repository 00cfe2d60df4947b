import { CalendarError } from './calendar-error';
import { missingNextYearWarning } from './schedule-warning';

describe('missingNextYearWarning', () => {
  it.each([
    ['2026-10-31', [2025, 2026]],
    ['2026-01-01', [2026]],
    ['2026-11-01', [2026, 2027]],
    ['2026-12-31', [2025, 2026, 2027]],
    ['2025-11-01', [2025, 2026]],
  ])('%s with years %j → no warning', (today, years) => {
    expect(missingNextYearWarning(today, years)).toBeNull();
  });

  it.each([
    ['2026-11-01', [2025, 2026], 2027],
    ['2026-11-30', [2026], 2027],
    ['2026-12-31', [2026, 2028], 2027],
    ['2025-11-01', [2025], 2026],
    ['2027-01-04', [2025, 2026], 2027],
    ['2027-11-15', [2025, 2026], 2027],
  ])('%s with years %j → warns about %d', (today, years, missingYear) => {
    const warning = missingNextYearWarning(today, years);
    expect(warning).toContain(`${missingYear} 年法定节假日安排尚未导入`);
    expect(warning).toContain('国务院通常于 11 月发布');
    expect(warning).toContain('工作日计算将仅按周末处理');
    expect(warning).not.toMatch(/[A-Za-z]/); // the admin page's banner: no English half
  });

  it('rejects an invalid date', () => {
    expect(() => missingNextYearWarning('2026-11-31', [2026])).toThrow(CalendarError);
  });
});
