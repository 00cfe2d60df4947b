import {
  canonicalTimeZone,
  canRekindWindow,
  DEFAULT_OPENING_HOURS,
  HallKind,
  isHallCode,
  OpeningInterval,
  openingHoursProblem,
  placementProblem,
  sortOpeningHours,
  timeZoneProblem,
  windowQueuesProblem,
} from './hall-rules';
import type { WindowKind } from './window-kind';

describe('hall rules', () => {
  it.each<[unknown, boolean]>([
    ['TC', true],
    ['tc01', true],
    ['A', true],
    ['ABCDEFGHIJKLMNOP', true],
    ['ABCDEFGHIJKLMNOPQ', false],
    ['', false],
    ['T-C', false],
    ['桐城', false],
    ['T C', false],
    [12, false],
  ])('hall code %p → %p', (code, ok) => {
    expect(isHallCode(code)).toBe(ok);
  });

  const h = (from: string, to: string): OpeningInterval => ({ from, to });
  it.each<[string, OpeningInterval[], boolean]>([
    ['the default', [...DEFAULT_OPENING_HOURS], true],
    ['closed all day', [], true],
    ['one interval', [h('09:00', '17:00')], true],
    ['touching intervals', [h('08:00', '12:00'), h('12:00', '13:00')], true],
    ['out of order but apart', [h('14:00', '17:30'), h('08:30', '12:00')], true],
    ['end before start', [h('12:00', '08:30')], false],
    ['empty interval', [h('09:00', '09:00')], false],
    ['overlap', [h('08:30', '12:00'), h('11:00', '13:00')], false],
    ['overlap out of order', [h('11:00', '13:00'), h('08:30', '12:00')], false],
    ['hour 24', [h('08:00', '24:00')], false],
    ['minute 60', [h('08:60', '09:00')], false],
    ['no leading zero', [h('8:30', '12:00')], false],
  ])('opening hours: %s', (_name, hours, ok) => {
    const problem = openingHoursProblem(hours);
    expect(problem === null).toBe(ok);
    if (problem) expect(problem.code).toBe('INVALID_OPENING_HOURS');
  });

  it('sorts intervals into the order of the day', () => {
    expect(sortOpeningHours([h('14:00', '17:30'), h('08:30', '12:00')])).toEqual([...DEFAULT_OPENING_HOURS]);
  });

  it.each<[string, boolean]>([
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Asia/Nowhere', false],
    ['+08:00', false],
    ['', false],
  ])('time zone %p → %p', (zone, ok) => {
    expect(timeZoneProblem(zone) === null).toBe(ok);
  });

  it('spells a zone canonically', () => {
    expect(canonicalTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(canonicalTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
  });

  it.each<[string, HallKind, string | null, HallKind | null, number, boolean]>([
    ['a centre', 'centre', null, null, 0, true],
    ['a centre with a parent', 'centre', 'TC', 'centre', 0, false],
    ['a point of a centre', 'point', 'TC', 'centre', 0, true],
    ['a point without parent', 'point', null, null, 0, false],
    ['a point of an unknown hall', 'point', 'XX', null, 0, false],
    ['a point of a point', 'point', 'P1', 'point', 0, false],
    ['a point of itself', 'point', 'NEW', 'centre', 0, false],
    ['a centre with points becoming a point', 'point', 'TC', 'centre', 2, false],
  ])('placement: %s', (_name, kind, parent, parentKind, points, ok) => {
    const problem = placementProblem('NEW', kind, parent, parentKind, points);
    expect(problem === null).toBe(ok);
    if (problem) expect(problem.code).toBe('PARENT_HALL_INVALID');
  });

  it.each<[string, WindowKind, string[], boolean]>([
    ['comprehensive, no queues', 'comprehensive', [], true],
    ['comprehensive with queues', 'comprehensive', ['A'], false],
    ['dedicated with one queue', 'dedicated', ['A'], true],
    ['dedicated with two', 'dedicated', ['A', 'B'], true],
    ['dedicated without queues', 'dedicated', [], false],
    ['dedicated, unknown queue', 'dedicated', ['Z'], false],
    ['dedicated, duplicates', 'dedicated', ['A', 'A'], false],
  ])('window queues: %s', (_name, kind, codes, ok) => {
    const problem = windowQueuesProblem(kind, codes, ['A', 'B']);
    expect(problem === null).toBe(ok);
    if (problem) expect(problem.code).toBe('WINDOW_QUEUES_INVALID');
  });

  it.each<[string, WindowKind, WindowKind, boolean]>([
    ['closed', 'comprehensive', 'dedicated', true],
    ['open', 'comprehensive', 'dedicated', false],
    ['paused', 'dedicated', 'comprehensive', false],
    ['open', 'dedicated', 'dedicated', true],
  ])('re-kinding a %s window %s → %s', (status, from, to, ok) => {
    expect(canRekindWindow(status, from, to)).toBe(ok);
  });
});
