import { formatCaseNumber, newQueryCode, QUERY_CODE_ALPHABET } from './case-number';

describe('case numbers', () => {
  it.each([
    ['TC', '2026-11-22', 1, 'TC202611220001'],
    ['TC', '2026-01-05', 42, 'TC202601050042'],
    ['XY', '2025-12-31', 9999, 'XY202512319999'],
    ['TC', '2026-11-22', 10000, 'TC2026112210000'],
  ])('%s %s #%d → %s', (hall, date, serial, expected) => expect(formatCaseNumber(hall, date, serial)).toBe(expected));

  it.each([0, -3, 2.5])('refuses serial %p', (n) => expect(() => formatCaseNumber('TC', '2026-11-22', n)).toThrow(RangeError));
});

describe('query codes', () => {
  it('are six characters from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) expect(newQueryCode()).toMatch(new RegExp(`^[${QUERY_CODE_ALPHABET}]{6}$`));
  });
  it('draw every character from the given source', () => {
    let n = 0;
    expect(newQueryCode(() => n++)).toBe('ABCDEF');
  });
  it('leave out look-alike characters', () => expect(QUERY_CODE_ALPHABET).not.toMatch(/[01OIL]/));
});
