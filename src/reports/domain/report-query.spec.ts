import { DomainError } from '../../common/domain-error';
import { monthLabel, parseMonth, parseReportFormat, parseReportKind, parseReportRange, quickPeriods } from './report-query';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : String(error);
  }
  return undefined;
}

const TODAY = '2026-12-03';

describe('report query', () => {
  it.each<[string, string | undefined]>([
    ['windows', undefined], ['departments', undefined], ['items', undefined], ['requests', undefined], ['halls', undefined],
    ['staff', '404 UNKNOWN_REPORT'], ['', '404 UNKNOWN_REPORT'],
  ])('kind %j', (kind, error) => expect(codeOf(() => parseReportKind(kind))).toBe(error));

  it.each<[string | undefined, string]>([[undefined, 'json'], ['json', 'json'], ['csv', 'csv'], ['xlsx', 'xlsx']])('format %j → %s', (value, format) =>
    expect(parseReportFormat(value)).toBe(format));

  it.each(['pdf', 'CSV', ''])('format %j → 400 INVALID_FORMAT', (value) => expect(codeOf(() => parseReportFormat(value))).toBe('400 INVALID_FORMAT'));

  it.each<[{ from?: string; to?: string }, { from: string; to: string } | string]>([
    [{}, { from: TODAY, to: TODAY }],
    [{ from: '2026-11-01' }, { from: '2026-11-01', to: TODAY }],
    [{ to: '2026-11-30' }, { from: '2026-11-30', to: '2026-11-30' }],
    [{ from: '2026-12-10' }, { from: '2026-12-10', to: '2026-12-10' }],
    [{ from: '2025-12-03', to: '2026-12-03' }, { from: '2025-12-03', to: '2026-12-03' }],
    [{ from: '2025-12-02', to: '2026-12-03' }, '400 RANGE_TOO_LONG'],
    [{ from: '2026-12-04', to: '2026-12-03' }, '400 INVALID_RANGE'],
    [{ from: '2026-02-30' }, '400 INVALID_DATE'],
    [{ to: 'yesterday' }, '400 INVALID_DATE'],
  ])('range %j', (raw, expected) => {
    if (typeof expected === 'string') expect(codeOf(() => parseReportRange(raw, TODAY))).toBe(expected);
    else expect(parseReportRange(raw, TODAY)).toEqual(expected);
  });

  it.each<[string | undefined, string, { month: string; from: string; to: string } | string]>([
    [undefined, TODAY, { month: '2026-11', from: '2026-11-01', to: '2026-11-30' }],
    [undefined, '2026-01-15', { month: '2025-12', from: '2025-12-01', to: '2025-12-31' }],
    ['2024-02', TODAY, { month: '2024-02', from: '2024-02-01', to: '2024-02-29' }],
    ['2026-12', TODAY, { month: '2026-12', from: '2026-12-01', to: '2026-12-31' }],
    ['2026-13', TODAY, '400 INVALID_MONTH'],
    ['2026-1', TODAY, '400 INVALID_MONTH'],
  ])('month %j on %s', (value, today, expected) => {
    if (typeof expected === 'string') expect(codeOf(() => parseMonth(value, today))).toBe(expected);
    else expect(parseMonth(value, today)).toEqual(expected);
  });
});

describe('quickPeriods', () => {
  it.each([
    ['2026-12-04', [['this-month', '2026-12-01', '2026-12-04'], ['last-month', '2026-11-01', '2026-11-30'], ['last-30', '2026-11-05', '2026-12-04'], ['this-year', '2026-01-01', '2026-12-04']]],
    ['2026-01-01', [['this-month', '2026-01-01', '2026-01-01'], ['last-month', '2025-12-01', '2025-12-31'], ['last-30', '2025-12-03', '2026-01-01'], ['this-year', '2026-01-01', '2026-01-01']]],
    ['2028-03-15', [['this-month', '2028-03-01', '2028-03-15'], ['last-month', '2028-02-01', '2028-02-29'], ['last-30', '2028-02-15', '2028-03-15'], ['this-year', '2028-01-01', '2028-03-15']]],
  ])('on %s', (today, expected) => {
    expect(quickPeriods(today).map((p) => [p.id, p.from, p.to])).toEqual(expected);
  });
});

describe('monthLabel', () => {
  it.each([['2026-11', '2026年11月'], ['2026-03', '2026年3月'], ['2025-12', '2025年12月']])('%s → %s', (month, label) => expect(monthLabel(month)).toBe(label));
});
