import { requestReportQrSvg, requestReportUrl } from './request-qr';

describe('request report QR', () => {
  it('opens the hall report page under the public address', () => {
    expect(requestReportUrl('https://ow.example.gov.cn/', 'TC')).toBe('https://ow.example.gov.cn/requests/new?hall=TC');
    expect(requestReportUrl('http://10.0.0.5:3000', 'A&B')).toBe('http://10.0.0.5:3000/requests/new?hall=A%26B');
  });

  it('is an SVG', async () => {
    expect(await requestReportQrSvg('http://x', 'TC')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});
