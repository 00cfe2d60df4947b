import { dayText } from './year-marks';

describe('dayText', () => {
  it.each([
    [{ date: '2026-10-01', isOffDay: true, name: '国庆节' }, false, '休息日（休）· 国庆节'],
    [{ date: '2026-10-10', isOffDay: false, name: '国庆节' }, true, '调休上班（班）· 国庆节'],
    [undefined, true, '周末（休息）'],
    [undefined, false, '工作日'],
  ])('%j (weekend %p) reads %s', (entry, weekend, text) => {
    expect(dayText(entry, weekend)).toBe(text);
  });
});
