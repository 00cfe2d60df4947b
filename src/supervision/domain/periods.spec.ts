import { DomainError } from '../../common/domain-error';
import { bucketKey, parseFiguresRange, periodBuckets, weekStart } from './periods';

const TODAY = '2026-11-25'; // a Wednesday

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    expect(e.status).toBe(400);
    return e.code;
  }
}

describe('parseFiguresRange', () => {
  it.each([
    [{}, { period: 'day', from: '2026-11-12', to: '2026-11-25' }],
    [{ period: 'week' }, { period: 'week', from: '2026-09-07', to: '2026-11-25' }],
    [{ period: 'month' }, { period: 'month', from: '2026-06-01', to: '2026-11-25' }],
    [{ period: 'month', to: '2026-02-10' }, { period: 'month', from: '2025-09-01', to: '2026-02-10' }],
    [{ period: 'day', from: '2026-10-01', to: '2026-10-08' }, { period: 'day', from: '2026-10-01', to: '2026-10-08' }],
    [{ from: '2026-11-25' }, { period: 'day', from: '2026-11-25', to: '2026-11-25' }],
    [{ period: 'month', from: '2025-01-01', to: '2026-01-01' }, { period: 'month', from: '2025-01-01', to: '2026-01-01' }], // 366 days
  ])('%j → %j', (raw, expected) => {
    expect(parseFiguresRange(raw, TODAY)).toEqual(expected);
  });

  it.each([
    [{ period: 'year' }, 'INVALID_PERIOD'],
    [{ period: '' }, 'INVALID_PERIOD'],
    [{ period: 'Day' }, 'INVALID_PERIOD'],
    [{ from: '2026-02-30' }, 'INVALID_DATE'],
    [{ from: '2026-1-1' }, 'INVALID_DATE'],
    [{ to: 'today' }, 'INVALID_DATE'],
    [{ from: '2026-11-20', to: '2026-11-19' }, 'INVALID_RANGE'],
    [{ from: '2026-12-01' }, 'INVALID_RANGE'], // to defaults to today, before from
    [{ from: '2025-01-01', to: '2026-01-02' }, 'RANGE_TOO_LONG'], // 367 days
    [{ period: 'week', from: '2020-01-01', to: '2026-01-01' }, 'RANGE_TOO_LONG'],
  ])('%j → 400 %s', (raw, code) => {
    expect(codeOf(() => parseFiguresRange(raw, TODAY))).toBe(code);
  });
});

describe('buckets', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // Monday
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week before
    ['2026-01-01', '2025-12-29'], // a week across the new year
    ['2026-10-10', '2026-10-05'], // a make-up Saturday is still in its calendar week
  ])('week of %s starts %s', (date, monday) => {
    expect(weekStart(date)).toBe(monday);
    expect(bucketKey(date, 'week')).toBe(monday);
  });

  it('clips the first and last week to the range (National Day 2026)', () => {
    const buckets = periodBuckets({ period: 'week', from: '2026-09-30', to: '2026-10-13' });
    expect(buckets.map((b) => [b.key, b.from, b.to, b.label])).toEqual([
      ['2026-09-28', '2026-09-30', '2026-10-04', '09-28周'],
      ['2026-10-05', '2026-10-05', '2026-10-11', '10-05周'],
      ['2026-10-12', '2026-10-12', '2026-10-13', '10-12周'],
    ]);
    expect(buckets[1].title).toBe('2026-10-05 至 2026-10-11 当周');
  });

  it('cuts months at their real ends, leap February included', () => {
    expect(periodBuckets({ period: 'month', from: '2026-01-15', to: '2026-03-10' }).map((b) => [b.key, b.from, b.to, b.label, b.title])).toEqual([
      ['2026-01', '2026-01-15', '2026-01-31', '1月', '2026年1月'],
      ['2026-02', '2026-02-01', '2026-02-28', '2月', '2026年2月'],
      ['2026-03', '2026-03-01', '2026-03-10', '3月', '2026年3月'],
    ]);
    expect(periodBuckets({ period: 'month', from: '2028-02-01', to: '2028-03-01' }).map((b) => b.to)).toEqual(['2028-02-29', '2028-03-01']);
    expect(periodBuckets({ period: 'month', from: '2025-12-01', to: '2026-01-31' }).map((b) => b.key)).toEqual(['2025-12', '2026-01']);
  });

  it('has one bucket per day, labelled with the weekday', () => {
    const buckets = periodBuckets({ period: 'day', from: '2026-09-30', to: '2026-10-02' });
    expect(buckets.map((b) => [b.key, b.label, b.title])).toEqual([
      ['2026-09-30', '09-30', '2026-09-30（周三）'],
      ['2026-10-01', '10-01', '2026-10-01（周四）'],
      ['2026-10-02', '10-02', '2026-10-02（周五）'],
    ]);
    expect(periodBuckets({ period: 'day', from: '2025-01-01', to: '2025-12-31' })).toHaveLength(365);
  });
});
