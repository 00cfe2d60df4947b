import { adminCalendarViewModel } from './admin-calendar.view-model';

describe('adminCalendarViewModel', () => {
  const model = adminCalendarViewModel(2026, '2026-11-23');

  it('names the year and its neighbours', () => {
    expect(model).toMatchObject({ year: 2026, previousYear: 2025, nextYear: 2027, currentYear: 2026 });
    expect(model.title).toContain('2026 年工作日历');
    expect(model.weekdayTitles).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    expect(model.client).toEqual({ year: 2026 });
  });

  it('has twelve months with every day once, in weeks from Monday', () => {
    expect(model.months.map((month) => month.title)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1} 月`));
    const cells = model.months.flatMap((month) => month.weeks.flat()).filter((cell) => cell !== null);
    expect(cells).toHaveLength(365);
    expect(cells[0]).toEqual({ date: '2026-01-01', day: 1, weekend: false, today: false });
    expect(cells[364].date).toBe('2026-12-31');
    for (const month of model.months) for (const week of month.weeks) expect(week).toHaveLength(7);
  });

  it('places 2026-01-01 (a Thursday) in the fourth column and marks weekends', () => {
    const [firstWeek] = model.months[0].weeks;
    expect(firstWeek.slice(0, 3)).toEqual([null, null, null]);
    expect(firstWeek.map((cell) => cell?.weekend ?? null)).toEqual([null, null, null, false, false, true, true]);
    expect(firstWeek[5]?.date).toBe('2026-01-03');
  });

  it('marks today', () => {
    const todays = model.months.flatMap((month) => month.weeks.flat()).filter((cell) => cell?.today);
    expect(todays.map((cell) => cell?.date)).toEqual(['2026-11-23']);
  });

  it('handles a leap year', () => {
    const february = adminCalendarViewModel(2028, '2026-11-23').months[1];
    expect(february.weeks.flat().filter((cell) => cell !== null)).toHaveLength(29);
  });
});
