import { ticketQrSvg, ticketStatusUrl } from './ticket-qr';

describe('ticket QR', () => {
  it.each([
    ['https://tc.example.cn', { id: 12, token: 'abc_-9' }, 'https://tc.example.cn/t/12?token=abc_-9'],
    ['https://tc.example.cn/', { id: 1, token: 'x' }, 'https://tc.example.cn/t/1?token=x'],
    ['http://127.0.0.1:3000/hall', { id: 7, token: 'a+b' }, 'http://127.0.0.1:3000/hall/t/7?token=a%2Bb'],
  ])('links %s %j', (base, ref, url) => expect(ticketStatusUrl(base, ref)).toBe(url));

  it('renders an SVG', async () => {
    const svg = await ticketQrSvg('https://tc.example.cn', { id: 3, token: 'tok' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('viewBox');
  });
});
