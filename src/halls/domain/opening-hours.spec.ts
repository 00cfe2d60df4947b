import { DEFAULT_OPENING_HOURS, OpeningInterval } from './hall-rules';
import { closedReason, isOpenNow, openingHoursText } from './opening-hours';

const day = DEFAULT_OPENING_HOURS; // 08:30–12:00, 14:00–17:30
const h = (from: string, to: string): OpeningInterval => ({ from, to });

describe('isOpenNow / closedReason', () => {
  it.each<[string, readonly OpeningInterval[], boolean, string, boolean, string | null]>([
    ['before opening', day, true, '08:29', false, 'not-yet'],
    ['at opening', day, true, '08:30', true, null],
    ['mid-morning', day, true, '10:00', true, null],
    ['at the lunch break (to is exclusive)', day, true, '12:00', false, 'break'],
    ['lunch', day, true, '13:59', false, 'break'],
    ['afternoon', day, true, '14:00', true, null],
    ['last minute', day, true, '17:29', true, null],
    ['at closing', day, true, '17:30', false, 'ended'],
    ['evening', day, true, '23:59', false, 'ended'],
    ['a day off (weekend or holiday)', day, false, '10:00', false, 'day-off'],
    ['no hours at all', [], true, '10:00', false, 'day-off'],
    ['touching intervals', [h('08:00', '12:00'), h('12:00', '13:00')], true, '12:00', true, null],
    ['midnight start', [h('00:00', '06:00')], true, '00:00', true, null],
  ])('%s', (_, hours, working, now, open, reason) => {
    expect(isOpenNow(hours, working, now)).toBe(open);
    expect(closedReason(hours, working, now)).toBe(reason);
  });

  it('writes the hours as residents read them', () => {
    expect(openingHoursText(day)).toBe('08:30–12:00、14:00–17:30');
    expect(openingHoursText([])).toBe('');
  });
});
