import {
  appointmentFailureText,
  bookingDay,
  bookingDays,
  bookingFormProblem,
  CHECK_IN_CLOSED_TEXT,
  preselectedDay,
  slotRows,
  slotText,
} from './appointment-booking.view-model';

const TZ = 'Asia/Shanghai';
const weekdays = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()); // Monday to Friday

describe('bookingDays', () => {
  it('offers the working days of the next week, today included, labelled', () => {
    // Friday 2026-12-04: Fri, then Mon–Fri of the next week (Sat and Sun off); the horizon ends on Friday 12-11
    const days = bookingDays('2026-12-04', weekdays);
    expect(days.map((d) => d.date)).toEqual(['2026-12-04', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(days[0]).toEqual({ date: '2026-12-04', label: '12月4日', weekday: '今天' });
    expect(days[1]).toEqual({ date: '2026-12-07', label: '12月7日', weekday: '周一' });
  });

  it('follows the calendar (a holiday off, a 调休 Sunday on) and stops at 7 days', () => {
    const calendar: Record<string, boolean> = { '2026-12-05': true, '2026-12-06': true, '2026-12-07': false };
    const days = bookingDays('2026-12-04', (d) => calendar[d] ?? weekdays(d));
    expect(days.map((d) => d.date)).toEqual(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(bookingDays('2026-12-04', () => true)).toHaveLength(7);
    expect(bookingDays('2026-12-04', () => false)).toEqual([]);
  });

  it.each([
    ['2026-12-04', '2026-12-04', '今天'],
    ['2026-12-04', '2026-12-05', '明天'],
    ['2026-12-31', '2027-01-01', '明天'],
    ['2026-12-04', '2026-12-09', '周三'],
  ])('%s names %s %s', (today, date, weekday) => expect(bookingDay(today, date).weekday).toBe(weekday));
});

describe('preselectedDay', () => {
  const days = bookingDays('2026-12-04', () => true);
  it.each<[unknown, string | null]>([
    ['2026-12-07', '2026-12-07'],
    ['2026-12-31', '2026-12-04'], // not offered: the first day
    ['yesterday', '2026-12-04'],
    [undefined, '2026-12-04'],
    [['2026-12-07'], '2026-12-04'],
  ])('asked %p → %p', (asked, day) => expect(preselectedDay(days, asked)).toBe(day));
  it('has none without days', () => expect(preselectedDay([], '2026-12-07')).toBeNull());
});

describe('slotRows', () => {
  const nine = Date.parse('2026-12-07T01:00:00Z'); // 09:00 in Shanghai
  const slots = [
    { start: '2026-12-07T00:30:00.000Z', end: '2026-12-07T01:00:00.000Z', capacity: 4, booked: 0 },
    { start: '2026-12-07T09:00:00+08:00', end: '2026-12-07T09:30:00+08:00', capacity: 4, booked: 3 },
    { start: '2026-12-07T01:30:00.000Z', end: '2026-12-07T02:00:00.000Z', capacity: 2, booked: 2 },
    { start: '2026-12-07T02:00:00.000Z', end: '2026-12-07T02:30:00.000Z', capacity: 2, booked: 5 },
  ];
  it('shows the hall clock, places left, and disables full and begun slots', () => {
    expect(slotRows(slots, nine - 60_000, TZ)).toEqual([
      { start: slots[0].start, label: '08:30–09:00', left: 4, available: false, note: '已开始' },
      { start: slots[1].start, label: '09:00–09:30', left: 1, available: true, note: '余 1 个' },
      { start: slots[2].start, label: '09:30–10:00', left: 0, available: false, note: '已约满' },
      { start: slots[3].start, label: '10:00–10:30', left: 0, available: false, note: '已约满' }, // overbooked stays 0
    ]);
  });
  it('a slot starting now has begun', () => {
    expect(slotRows(slots, nine, TZ)[1]).toMatchObject({ available: false, note: '已开始' });
  });
});

describe('slotText', () => {
  it.each([
    ['2026-12-07T01:00:00.000Z', '2026-12-07T01:30:00.000Z', '12月7日（周一）09:00–09:30'],
    ['2026-12-07T09:00:00+08:00', '2026-12-07T09:30:00+08:00', '12月7日（周一）09:00–09:30'],
    ['garbage', '2026-12-07T01:30:00.000Z', ''],
  ])('%s', (start, end, text) => expect(slotText(start, end, TZ)).toBe(text));
});

describe('appointmentFailureText', () => {
  it.each<[string, number, number | undefined, string]>([
    ['SLOT_FULL', 409, undefined, '该时段已约满，请选择其他时段'],
    ['ALREADY_BOOKED', 409, undefined, '您当天在本大厅已有预约，不能重复预约；如需改约请先取消原预约'],
    ['SLOT_UNAVAILABLE', 422, undefined, '该时段已不可预约（已开始或不在服务时间），请选择其他时段'],
    ['BOOKING_BLOCKED', 403, undefined, '您近期多次预约未到，暂时不能预约，请直接到大厅取号'],
    ['RATE_LIMITED', 429, undefined, '操作过于频繁，请稍后再试'],
    ['RATE_LIMITED', 429, 61, '操作过于频繁，请 2 分钟后再试'],
    ['APPOINTMENT_NOT_FOUND', 404, undefined, '未找到该预约，请核对预约码和手机号'],
    ['CHECK_IN_CLOSED', 409, undefined, CHECK_IN_CLOSED_TEXT],
    ['ALREADY_CHECKED_IN', 409, undefined, '该预约已签到取号，请留意叫号；号票丢失请咨询大厅工作人员'],
    ['NOT_CANCELLABLE', 409, undefined, '该预约已签到或时段已开始，不能取消'],
    ['NETWORK', 0, undefined, '网络连接失败，请稍后重试'],
    ['HTTP_502', 502, undefined, '服务暂时不可用，请稍后重试'],
    ['SOMETHING_NEW', 400, undefined, '操作失败（SOMETHING_NEW），请稍后重试'],
  ])('%s (%d)', (code, status, wait, text) => expect(appointmentFailureText(code, status, wait)).toBe(text));
});

describe('bookingFormProblem', () => {
  const ok = { queueCode: 'A', start: '2026-12-07T01:00:00.000Z', phone: '13900009000', name: '张三' };
  it.each<[string, Partial<typeof ok>, string | null]>([
    ['complete', {}, null],
    ['no queue', { queueCode: '' }, '请选择办理的业务'],
    ['no slot', { start: '' }, '请选择预约时段'],
    ['a short phone', { phone: '1390000900' }, '请输入 11 位手机号码'],
    ['a landline', { phone: '02188889999' }, '请输入 11 位手机号码'],
    ['a blank name', { name: '   ' }, '请输入姓名'],
    ['a name too long', { name: '张'.repeat(41) }, '请输入姓名'],
  ])('%s', (_, change, problem) => expect(bookingFormProblem({ ...ok, ...change })).toBe(problem));
});
