import { formatTicketNumber } from './numbering';

describe('formatTicketNumber', () => {
  it.each([
    ['A', 1, 'A001'],
    ['A', 12, 'A012'],
    ['B', 999, 'B999'],
    ['C', 1000, 'C1000'],
    ['D', 10000, 'D10000'],
  ])('%s + %d → %s', (prefix, n, expected) => expect(formatTicketNumber(prefix, n)).toBe(expected));

  it.each([0, -1, 1.5, NaN])('refuses %p', (n) => expect(() => formatTicketNumber('A', n)).toThrow(RangeError));
});
