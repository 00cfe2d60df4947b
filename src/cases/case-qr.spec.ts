import QRCode from 'qrcode';
import { caseQrSvg, caseStatusUrl, parseCaseRef } from './case-qr';

describe('parseCaseRef', () => {
  it.each([
    ['TC202611230001', 'ABCDEF', { caseNumber: 'TC202611230001', code: 'ABCDEF' }],
    [' tc202611230001 ', 'abc234', { caseNumber: 'TC202611230001', code: 'ABC234' }],
    ['TC2026112310001', 'XYZ789', { caseNumber: 'TC2026112310001', code: 'XYZ789' }],
    ['SQ-1202611230001', 'ABCDEF', { caseNumber: 'SQ-1202611230001', code: 'ABCDEF' }],
  ])('accepts %j / %j', (n, c, expected) => {
    expect(parseCaseRef(n, c)).toEqual(expected);
  });

  it.each([
    ['TC20261123001', 'ABCDEF'], // serial too short
    ['TC202611230001', 'ABCDE'], // code too short
    ['TC202611230001', 'ABCDE0'], // 0 is not in the alphabet
    ['TC202611230001', 'ABCDEI'], // nor I
    ['<script>202611230001', 'ABCDEF'],
    ['202611230001', 'ABCDEF'], // no hall code
    ['TC202611230001', undefined],
    [undefined, 'ABCDEF'],
    [['TC202611230001'], 'ABCDEF'],
    ['TC202611230001', 'ABCDEF&x=1'],
  ])('refuses %j / %j', (n, c) => {
    expect(parseCaseRef(n, c)).toBeNull();
  });
});

describe('case status QR', () => {
  const ref = { caseNumber: 'TC202611230001', code: 'ABC234' };

  it.each([
    ['https://tc.example.cn', 'https://tc.example.cn/c/TC202611230001?code=ABC234'],
    ['https://tc.example.cn/', 'https://tc.example.cn/c/TC202611230001?code=ABC234'],
    ['http://10.0.0.5:3000/hall', 'http://10.0.0.5:3000/hall/c/TC202611230001?code=ABC234'],
  ])('%s → %s', (base, url) => {
    expect(caseStatusUrl(base, ref)).toBe(url);
  });

  it('encodes exactly that address as an SVG', async () => {
    const svg = await caseQrSvg('https://tc.example.cn', ref);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toBe(await QRCode.toString('https://tc.example.cn/c/TC202611230001?code=ABC234', { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }));
  });
});
