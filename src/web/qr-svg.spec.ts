import QRCode from 'qrcode';
import { publicUrl, qrSvg } from './qr-svg';

describe('publicUrl', () => {
  it.each([
    ['https://tc.example.cn', '/t/1', 'https://tc.example.cn/t/1'],
    ['https://tc.example.cn/', '/t/1', 'https://tc.example.cn/t/1'],
    ['https://tc.example.cn//', '/c/X?code=Y', 'https://tc.example.cn/c/X?code=Y'],
    ['http://10.0.0.5:3000/hall', '/t/7', 'http://10.0.0.5:3000/hall/t/7'],
  ])('%s + %s → %s', (base, path, url) => expect(publicUrl(base, path)).toBe(url));
});

describe('qrSvg', () => {
  it('encodes the address with medium error correction and a one-module margin', async () => {
    expect(await qrSvg('https://tc.example.cn/t/1')).toBe(
      await QRCode.toString('https://tc.example.cn/t/1', { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    );
  });
});
