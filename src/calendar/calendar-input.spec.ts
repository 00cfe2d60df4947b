import { DomainError } from '../common/domain-error';
import { isoDateInput, workingDaysInput, yearInput } from './calendar-input';

function refusal(action: () => unknown): { status: number; code: string } | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, code: error.code };
    throw error;
  }
  return undefined;
}

describe('isoDateInput', () => {
  it('passes a real date through', () => {
    expect(isoDateInput('2026-02-28', 'from')).toBe('2026-02-28');
  });

  it.each([['2026-02-30'], ['2026-1-1'], [''], [undefined], [['2026-01-01', '2026-01-02']], ['2026-01-01T00:00']])(
    'refuses %j with 400 INVALID_DATE',
    (value) => {
      expect(refusal(() => isoDateInput(value, 'from'))).toEqual({ status: 400, code: 'INVALID_DATE' });
    },
  );
});

describe('workingDaysInput', () => {
  it.each([['0', 0], ['5', 5], ['015', 15], ['3660', 3660]])('%j → %d', (value, days) => {
    expect(workingDaysInput(value)).toBe(days);
  });

  it.each([['-1'], ['1.5'], ['100000'], ['3661'], [''], ['1e3'], [' 5'], ['abc'], [undefined], [['1', '2']], [5]])(
    'refuses %j with 400 INVALID_DAYS',
    (value) => {
      expect(refusal(() => workingDaysInput(value))).toEqual({ status: 400, code: 'INVALID_DAYS' });
    },
  );
});

describe('yearInput', () => {
  it('reads four digits', () => {
    expect(yearInput('2026')).toBe(2026);
  });

  it.each([['abc'], ['26'], ['20260'], ['1899'], ['0000'], [''], [undefined], ['2026.0']])('refuses %j with 400 INVALID_YEAR', (value) => {
    expect(refusal(() => yearInput(value))).toEqual({ status: 400, code: 'INVALID_YEAR' });
  });
});
