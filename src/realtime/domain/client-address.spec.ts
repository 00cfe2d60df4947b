import { clientAddress } from './client-address';

describe('clientAddress (trust proxy: loopback)', () => {
  it.each([
    // [peer, X-Forwarded-For, client]
    ['10.0.0.5', undefined, '10.0.0.5'],
    ['10.0.0.5', '1.2.3.4', '10.0.0.5'], // a header from a client that is no proxy is not believed
    ['127.0.0.1', undefined, '127.0.0.1'],
    ['127.0.0.1', '10.9.9.9', '10.9.9.9'],
    ['::ffff:127.0.0.1', '10.9.9.9', '10.9.9.9'],
    ['::1', '6.6.6.6, 10.9.9.9', '10.9.9.9'], // the spoofable left part is ignored
    ['127.0.0.1', '10.9.9.9, 127.0.0.1', '10.9.9.9'], // two local proxies
    ['127.0.0.1', ['10.1.1.1', '10.9.9.9'], '10.9.9.9'],
    ['127.0.0.1', '127.0.0.2', '127.0.0.2'],
    ['127.0.0.1', '', '127.0.0.1'],
    [undefined, undefined, ''],
  ])('peer %s, X-Forwarded-For %j → %s', (peer, xff, expected) => {
    expect(clientAddress(peer, xff)).toBe(expected);
  });
});
