import { clockTime } from '../../calendar/domain/iso-date';
import { queueCodeOf } from './hall-source';

describe('hall-source helpers', () => {
  it.each([
    ['A012', 'A'],
    ['AB105', 'AB'],
    ['C001', 'C'],
  ])('queueCodeOf(%s)', (n, q) => expect(queueCodeOf(n)).toBe(q));

  it.each([
    ['2026-11-23T09:30:05+08:00', '09:30'],
    ['2026-11-23T23:59:59.123Z', '23:59'],
    ['', ''],
    [null, ''],
    ['garbage', ''],
  ])('clockTime(%j)', (iso, hhmm) => expect(clockTime(iso)).toBe(hhmm));
});
