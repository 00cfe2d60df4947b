import { startBanner, StartFacts } from './start-banner';

const facts = (over: Partial<StartFacts> = {}): StartFacts => ({
  host: '127.0.0.1',
  port: 3000,
  publicBaseUrl: 'http://127.0.0.1:3000',
  publicBaseUrlSet: false,
  lanAddresses: ['192.168.1.20'],
  database: 'sqlite ./data/onewindow.sqlite',
  halls: [{ code: 'TC', name: '桐城街道党群服务中心' }],
  ...over,
});

describe('startBanner', () => {
  it('says where the server listens and which page goes on which screen, in a few lines', () => {
    const lines = startBanner(facts());
    expect(lines[0]).toBe('OneWindow listening on http://127.0.0.1:3000 (sqlite ./data/onewindow.sqlite)');
    expect(lines.length).toBeLessThanOrEqual(6);
    const hall = lines.find((l) => l.includes('TC 桐城'));
    expect(hall).toContain('board http://127.0.0.1:3000/board/TC');
    expect(hall).toContain('kiosk http://127.0.0.1:3000/kiosk/TC');
    expect(hall).toContain('console http://127.0.0.1:3000/console/TC');
    expect(lines.join('\n')).toContain('(PUBLIC_BASE_URL not set)');
  });

  it.each([
    ['0.0.0.0', ['192.168.1.20', '10.0.0.5'], 'reachable at http://192.168.1.20:3000, http://10.0.0.5:3000'],
    ['::', ['192.168.1.20'], 'reachable at http://192.168.1.20:3000'],
  ])('lists the LAN addresses when HOST=%s listens on every interface', (host, lanAddresses, expected) => {
    expect(startBanner(facts({ host, lanAddresses }))).toContain(`  ${expected}`);
  });

  it('uses PUBLIC_BASE_URL for the page addresses', () => {
    const lines = startBanner(facts({ host: '0.0.0.0', publicBaseUrl: 'https://hall.example.cn/', publicBaseUrlSet: true }));
    expect(lines.join('\n')).toContain('board https://hall.example.cn/board/TC');
    expect(lines.join('\n')).not.toContain('not set');
  });

  it('tells a fresh install (SEED=none) that there is no hall yet', () => {
    expect(startBanner(facts({ halls: [] }))).toContainEqual(expect.stringMatching(/no hall yet: sign in at https?:.*\/admin\/halls/));
  });
});
