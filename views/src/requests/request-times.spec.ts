import { dateTimeText } from './request-times';

describe('dateTimeText', () => {
  it('reads the hall wall clock from a zoned ISO time', () => {
    expect(dateTimeText('2026-12-03T09:05:00+08:00')).toBe('12月3日 09:05');
    expect(dateTimeText('2026-01-20T23:59:59+08:00', true)).toBe('2026年1月20日 23:59');
  });

  it.each([null, undefined, '', 'yesterday'])('is empty for %p', (v) => {
    expect(dateTimeText(v)).toBe('');
  });
});
