import { failureText, logLine } from './notification-log';

describe('notification log', () => {
  it('masks the phone and the query code', () => {
    expect(logLine({ id: 3, kind: 'case_accepted', to: '13912349000', text: '【OneWindow】…已受理，查询码 K7P2QX，可凭…' }))
      .toBe('#3 case_accepted → 139****9000: 【OneWindow】…已受理，查询码 ******，可凭…');
  });

  it.each([
    ['an HTTP status', new Error('HTTP 500'), 'HTTP 500'],
    ['a refused connection', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), 'fetch failed (ECONNREFUSED)'],
    ['a cause without code', Object.assign(new TypeError('fetch failed'), { cause: new Error('other side closed') }), 'fetch failed (other side closed)'],
    ['a thrown string', 'boom', 'boom'],
    ['a long message', new Error('x'.repeat(600)), `${'x'.repeat(499)}…`],
  ])('%s', (_, error, expected) => {
    expect(failureText(error)).toBe(expected);
  });
});
