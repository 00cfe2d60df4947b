import { addDays } from '../../calendar/domain/iso-date';
import { DEFAULT_OPENING_HOURS } from '../../halls/domain/hall-rules';
import { bookingDayLabel, kioskHours, kioskHoursState, kioskSelfService } from './kiosk-hours.view-model';

const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);
// Monday 2026-11-23 is a working day; Saturday 2026-11-28 is not; say Sunday 2026-11-29 were a 调休 working day
const hours = kioskHours([...DEFAULT_OPENING_HOURS], { '2026-11-23': true, '2026-11-28': false, '2026-11-29': true }, at('2026-11-23T09:30:00'));

describe('kioskHoursState', () => {
  it.each([
    ['2026-11-23T09:30:00', true, null, ''],
    ['2026-11-23T08:00:00', false, 'not-yet', '尚未到服务时间'],
    ['2026-11-23T12:30:00', false, 'break', '午间休息，暂停取号'],
    ['2026-11-23T17:45:00', false, 'ended', '今日已停止取号'],
    ['2026-11-28T10:00:00', false, 'day-off', '今日不办公，暂停取号'],
    ['2026-11-29T10:00:00', true, null, ''], // 调休: the calendar says working
    ['2026-11-24T10:00:00', true, null, ''], // not in the map: Monday to Friday
    ['2026-12-05T10:00:00', false, 'day-off', '今日不办公，暂停取号'], // a Saturday beyond the map
  ])('%s → open %s (%s)', (local, open, reason, title) => {
    expect(kioskHoursState(hours, at(local), TZ)).toEqual({ open, reason, title, detail: '服务时间：工作日 08:30–12:00、14:00–17:30' });
  });

  it('says when a hall has no hours at all', () => {
    expect(kioskHoursState(kioskHours([], {}, 0), at('2026-11-23T10:00:00'), TZ)).toMatchObject({ open: false, detail: '本大厅暂未设置服务时间' });
  });
});

describe('kioskSelfService: the closed kiosk 24-hour menu', () => {
  // Friday 2026-11-27 is working; 11-28 (Sat) is not; 11-29 (Sun) is a 调休 working day; 11-30 (Mon) is a holiday
  const week = kioskHours([...DEFAULT_OPENING_HOURS], { '2026-11-27': true, '2026-11-28': false, '2026-11-29': true, '2026-11-30': false }, 0);
  it.each([
    ['2026-11-23T09:30:00', null, null], // open: no menu, numbers as usual
    ['2026-11-23T08:00:00', '2026-11-23', '预约今天办理'], // before opening: today's slots are still ahead
    ['2026-11-23T12:30:00', '2026-11-23', '预约今天办理'], // 午休
    ['2026-11-23T17:45:00', '2026-11-24', '预约明天办理'], // after closing: the next working day
    ['2026-11-27T18:00:00', '2026-11-29', '预约 11月29日（周日）办理'], // Friday evening: the 调休 Sunday
    ['2026-11-28T10:00:00', '2026-11-29', '预约明天办理'], // a day off
    ['2026-11-29T20:00:00', '2026-12-01', '预约 12月1日（周二）办理'], // skips the Monday holiday
    ['2026-12-04T20:00:00', '2026-12-07', '预约 12月7日（周一）办理'], // beyond the map: Monday to Friday
  ])('%s → book %s (%s)', (local, date, label) => {
    const menu = kioskSelfService(week, at(local), TZ, 'TC');
    if (date === null) return expect(menu).toBeNull();
    expect(menu).toEqual({
      bookingDate: date,
      bookingLabel: label,
      links: {
        booking: `/appointments/new?hall=TC&date=${date}&kiosk=1`,
        request: '/requests/new?hall=TC',
        caseStatus: '/c',
        queueStatus: '/board/TC',
        requestStatus: '/requests/status',
      },
    });
  });

  it('escapes the hall in its links', () => {
    expect(kioskSelfService(week, at('2026-11-28T10:00:00'), TZ, 'A B')?.links.request).toBe('/requests/new?hall=A%20B');
  });

  it('stops looking after two months of days off', () => {
    const off = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [addDays('2027-01-01', i), false]));
    const menu = kioskSelfService(kioskHours([...DEFAULT_OPENING_HOURS], off, 0), at('2026-12-31T20:00:00'), TZ, 'TC');
    expect(menu?.bookingDate).toBe('2027-03-02'); // 2027-01-01 + 60 days
  });

  it.each([
    ['2026-12-31', '2027-01-01', '预约明天办理'],
    ['2026-12-31', '2027-01-04', '预约 1月4日（周一）办理'],
  ])('%s → %s: %s', (today, date, label) => expect(bookingDayLabel(today, date)).toBe(label));
});
