import { DEFAULT_OPENING_HOURS } from '../../halls/domain/hall-rules';
import { kioskHours, kioskHoursState } from './kiosk-hours.view-model';

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
