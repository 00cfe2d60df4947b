import { allowedOrigins, canonicalOrigin, originAllowed } from './origin-policy';

describe('canonicalOrigin', () => {
  it.each([
    ['http://Hall.Example:80', 'http://hall.example'],
    ['https://hall.example:443/path?q=1', 'https://hall.example'],
    ['http://127.0.0.1:3000/', 'http://127.0.0.1:3000'],
    ['null', null],
    ['file:///kiosk/index.html', null],
    ['not a url', null],
  ])('%s → %s', (input, expected) => {
    expect(canonicalOrigin(input)).toBe(expected);
  });
});

describe('allowedOrigins', () => {
  it('holds the public base URL, the own HOST:PORT and ALLOWED_ORIGINS, canonical, skipping junk', () => {
    const set = allowedOrigins({ publicBaseUrl: 'https://hall.example/onewindow', host: '127.0.0.1', port: 3000, extra: ' https://Screens.example:443 , null,,junk ' });
    expect([...set].sort()).toEqual(['http://127.0.0.1:3000', 'https://hall.example', 'https://screens.example', 'null']);
  });

  it('brackets an IPv6 host', () => {
    expect(allowedOrigins({ publicBaseUrl: 'http://[::1]:3000', host: '::1', port: 3000 })).toEqual(new Set(['http://[::1]:3000']));
  });
});

describe('originAllowed', () => {
  const allowed = allowedOrigins({ publicBaseUrl: 'https://hall.example', host: '127.0.0.1', port: 3000, extra: 'http://screens.example:8080' });
  it.each([
    // [origin, Host header, allowed?]
    [undefined, '127.0.0.1:3000', true], // no Origin: kiosk app, socket.io-client in Node
    ['https://hall.example', 'internal:3000', true], // PUBLIC_BASE_URL behind a proxy
    ['https://HALL.example:443', undefined, true],
    ['http://127.0.0.1:3000', '127.0.0.1:3000', true],
    ['http://screens.example:8080', 'hall.example', true],
    ['http://192.168.1.20:3000', '192.168.1.20:3000', true], // same-origin page on a LAN address
    ['http://hall.example', 'hall.example:80', true], // same origin, the Host spells the default port
    ['http://evil.example', '127.0.0.1:3000', false],
    ['http://evil.example', undefined, false],
    ['http://hall.example', 'other.example', false], // http is not the https public origin, and not this host
    ['http://screens.example', 'hall.example', false], // wrong port
    ['null', '127.0.0.1:3000', false], // opaque origin unless configured
    ['garbage', '127.0.0.1:3000', false],
  ])('Origin %s, Host %s → %s', (origin, host, expected) => {
    expect(originAllowed(origin, host, allowed)).toBe(expected);
  });

  it('an opaque origin passes when ALLOWED_ORIGINS lists null', () => {
    expect(originAllowed('null', 'x', allowedOrigins({ publicBaseUrl: 'http://a', host: 'a', port: 1, extra: 'null' }))).toBe(true);
  });
});
