import { canonicalHallApiPath, canonicalHallPagePath } from './hall-page-path';

describe('canonicalHallPagePath', () => {
  const codes = ['TC', 'TC01', 'Xq'];
  it.each([
    ['/board/tc', '/board/TC'],
    ['/kiosk/Tc', '/kiosk/TC'],
    ['/console/tc01', '/console/TC01'],
    ['/window/tc/3', '/window/TC/3'],
    ['/pad/tc/3', '/pad/TC/3'],
    ['/board/XQ', '/board/Xq'],
    ['/board/TC', null], // already canonical
    ['/board/nope', null], // no such hall: the page answers its 404
    ['/catalog/tc', null], // not a hall page
    ['/board/%E0%A4%A', null], // bad escape
  ])('%s → %s', (path, expected) => {
    expect(canonicalHallPagePath(path, codes)).toBe(expected);
  });

  it.each([
    ['/api/v1/halls/tc', '/api/v1/halls/TC'],
    ['/api/v1/halls/tc/tickets', '/api/v1/halls/TC/tickets'],
    ['/api/v1/halls/tc/windows/3/call-next', '/api/v1/halls/TC/windows/3/call-next'],
    ['/api/v1/halls/TC/board', null],
    ['/api/v1/halls', null],
    ['/api/v1/halls/nope/queues', null],
  ])('API %s → %s', (path, expected) => {
    expect(canonicalHallApiPath(path, codes)).toBe(expected);
  });

  it('keeps an exact match when two halls differ only in case, and redirects no ambiguous one', () => {
    expect(canonicalHallPagePath('/board/ab', ['AB', 'ab'])).toBeNull();
    expect(canonicalHallPagePath('/board/Ab', ['AB', 'ab'])).toBeNull();
  });
});
