import { createTestApp, TestApp } from '../support/test-app';

describe('day one: unknown paths, hall codes in any case, Chinese labels, the catalogue TV QR code (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ PUBLIC_BASE_URL: 'https://tc.example.cn/' })));
  afterAll(() => t.close());

  it.each(['/nope', '/boardd/TC', '/admin/nope', '/catalog/tv/extra'])('%s answers the Chinese 404 page with the page headers', async (path) => {
    const res = await t.http().get(path).expect(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('页面不存在');
    expect(res.text).toContain('返回首页');
    expect(res.text).not.toMatch(/Cannot GET/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it.each(['/api/v1/nope', '/api/nope', '/health/nope', '/assets/nope.js'])('%s keeps the JSON error envelope', async (path) => {
    const res = await t.http().get(path).expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('an unknown API path by POST keeps the envelope too', async () => {
    const res = await t.http().post('/api/v1/nope').send({}).expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it.each([
    ['/board/tc', '/board/TC'],
    ['/kiosk/Tc?print=1', '/kiosk/TC?print=1'],
    ['/console/tc', '/console/TC'],
    ['/window/tc/1?voice=1', '/window/TC/1?voice=1'],
    ['/pad/tc/1', '/pad/TC/1'],
  ])('%s redirects to the canonical %s, which opens', async (path, canonical) => {
    const res = await t.http().get(path).expect(302);
    expect(res.headers.location).toBe(canonical);
    await t.http().get(canonical).expect(200);
  });

  it('hall codes in API paths are case-insensitive too: rewritten in place, so a POST keeps its body', async () => {
    expect((await t.http().get('/api/v1/halls/tc').expect(200)).body.code).toBe('TC');
    const issued = await t.http().post('/api/v1/halls/tc/tickets').send({ queueCode: 'C' }).expect(201);
    expect(issued.body.number).toMatch(/^C\d{3}$/);
    expect((await t.http().get('/api/v1/halls/Tc/board').expect(200)).body.waiting.C).toBeGreaterThanOrEqual(1);
    const unknown = await t.http().get('/api/v1/halls/nope').expect(404);
    expect(unknown.body).toMatchObject({ code: 'HALL_NOT_FOUND' });
  });

  it('an unknown hall stays a 404 page, whatever its case', async () => {
    const res = await t.http().get('/board/nope').expect(404);
    expect(res.text).toContain('服务大厅 nope 不存在');
  });

  it('the catalogue admin page offers the item kinds in Chinese only', async () => {
    const res = await t.http().get('/admin/catalog').expect(200);
    expect(res.text).toContain('<option value="promised">承诺件</option>');
    expect(res.text).not.toMatch(/（(immediate|promised|joint|escalated|request)）/);
  });

  it('the calendar banner is all Chinese', async () => {
    const res = await t.http().get('/api/v1/calendar/status').expect(200);
    expect(res.body.warning).toContain('2027 年法定节假日安排尚未导入');
    expect(res.body.warning).not.toMatch(/[A-Za-z]/);
  });

  it('the catalogue TV shows a QR code to the full address of the public catalogue', async () => {
    const res = await t.http().get('/catalog/tv').expect(200);
    expect(res.text).toContain('https://tc.example.cn/catalog');
    expect(res.text).not.toMatch(/访问 \/catalog/);
    // a picture of our own origin (the page CSP allows no data: images)
    const src = /<figure class="tv-qr"[^>]*><img src="([^"]+)"/.exec(res.text);
    expect(src?.[1]).toBe('/qr/catalog.svg');
    const qr = await t.http().get(src![1]).expect(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.headers['x-content-type-options']).toBe('nosniff');
    const svg = qr.body instanceof Buffer ? qr.body.toString('utf8') : qr.text;
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg.length).toBeGreaterThan(1000); // a real code, not an empty box
  });
});
