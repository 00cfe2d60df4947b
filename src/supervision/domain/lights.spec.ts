import { asLight, departmentLightTable, lightCounts, remaining } from './lights';
import { at, calendar, TZ } from './supervision.fixture';

describe('light counts', () => {
  it('totals the stored lights; a missing light counts as green', () => {
    expect(lightCounts([{ level: 'green', count: 3 }, { level: 'red', count: 2 }, { level: null, count: 1 }, { level: 'red_plus', count: 1 }])).toEqual({
      green: 4, yellow: 0, red: 2, red_plus: 1, total: 7,
    });
    expect(lightCounts([])).toEqual({ green: 0, yellow: 0, red: 0, red_plus: 0, total: 0 });
    expect(asLight('purple')).toBe('green');
  });

  it('has a row for every department, zeros included, and one for a department only the rows know', () => {
    const table = departmentLightTable(
      [{ code: 'GG', name: '公共服务办公室' }, { code: 'ZL', name: '社会治理办公室' }],
      [{ departmentCode: 'ZL', level: 'yellow', count: 2 }, { departmentCode: 'ZL', level: 'green', count: 1 }, { departmentCode: 'OLD', level: 'red', count: 1 }],
    );
    expect(table).toEqual([
      { code: 'GG', name: '公共服务办公室', green: 0, yellow: 0, red: 0, red_plus: 0, total: 0 },
      { code: 'ZL', name: '社会治理办公室', green: 1, yellow: 2, red: 0, red_plus: 0, total: 3 },
      { code: 'OLD', name: 'OLD', green: 0, yellow: 0, red: 1, red_plus: 0, total: 1 },
    ]);
  });
});

describe('remaining: working days to or past the promised due date', () => {
  const day = (dueDate: string, now: string) => remaining(calendar, { dueDate, dueAt: null }, at(now), TZ);

  it.each([
    ['due in a plain week', '2026-11-27', '2026-11-23T09:00', { overdue: false, daysLeft: 4, daysOver: null }],
    ['due today', '2026-11-23', '2026-11-23T18:00', { overdue: false, daysLeft: 0, daysOver: null }],
    ['one working day over', '2026-11-23', '2026-11-24T08:00', { overdue: true, daysLeft: null, daysOver: 1 }],
    ['over National Day: due 09-30, seen 10-08', '2026-09-30', '2026-10-08T09:00', { overdue: true, daysOver: 1 }],
    ['over a make-up Saturday: due 10-09, seen 10-12', '2026-10-09', '2026-10-12T09:00', { overdue: true, daysOver: 2 }],
    ['due Friday, seen on Saturday: overdue by no working day yet', '2026-11-27', '2026-11-28T10:00', { overdue: true, daysOver: 0 }],
    ['left across Spring Festival: 02-13 → 02-27', '2026-02-27', '2026-02-13T09:00', { overdue: false, daysLeft: 5 }],
  ])('%s', (_name, dueDate, now, expected) => {
    expect(day(dueDate, now)).toMatchObject({ ...expected, hoursOver: null, hoursLeft: null });
  });

  it('counts hours on the clock for hour limits', () => {
    const dueAt = at('2026-11-25T09:00');
    expect(remaining(calendar, { dueDate: '2026-11-25', dueAt }, at('2026-11-25T06:30'), TZ)).toEqual({ overdue: false, daysLeft: 0, daysOver: null, hoursLeft: 2, hoursOver: null });
    expect(remaining(calendar, { dueDate: '2026-11-25', dueAt }, at('2026-11-25T14:10'), TZ)).toEqual({ overdue: true, daysLeft: null, daysOver: 0, hoursLeft: null, hoursOver: 5 });
  });

  it('is empty without a due date', () => {
    expect(remaining(calendar, { dueDate: null, dueAt: null }, at('2026-11-25T06:30'), TZ)).toEqual({ overdue: false, daysLeft: null, daysOver: null, hoursLeft: null, hoursOver: null });
  });
});
