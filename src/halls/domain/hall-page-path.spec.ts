import { canonicalHallPagePath } from './hall-page-path';

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

  it('keeps an exact match when two halls differ only in case, and redirects no ambiguous one', () => {
    expect(canonicalHallPagePath('/board/ab', ['AB', 'ab'])).toBeNull();
    expect(canonicalHallPagePath('/board/Ab', ['AB', 'ab'])).toBeNull();
  });
});
