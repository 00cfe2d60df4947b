import { caseQrSvg } from '../../src/cases/case-qr';
import { acceptedJzz, caseAction } from '../support/case-helpers';
import { createTestApp, TestApp } from '../support/test-app';

describe('case pages (e2e): resident status, documents, inbox, QR', () => {
  let t: TestApp;
  let jzz: { id: number; caseNumber: string; queryCode: string };
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://tc.example.cn' });
    jzz = await acceptedJzz(t);
  });
  afterAll(() => t.close());

  const html = (res: { headers: Record<string, string> }) => expect(res.headers['content-type']).toContain('text/html');

  describe('/c: the resident’s status page', () => {
    it('shows the status in plain words, masked personal data and the steps, newest first', async () => {
      await caseAction(t, await t.login('officer-zl'), jzz.id, 'claim').expect(200);
      const res = await t.http().get(`/c/${jzz.caseNumber}?code=${jzz.queryCode.toLowerCase()}`).expect(200);
      html(res);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.text).toContain('居住证申领');
      expect(res.text).toContain('办理中');
      expect(res.text).toContain('承诺于 2026-12-14 前办结');
      expect(res.text).toContain('张*三');
      expect(res.text).toContain('3301**********123X');
      expect(res.text).not.toContain('张小三');
      expect(res.text).not.toContain('33010619900101123X');
      expect(res.text.indexOf('社会治理办公室 开始办理')).toBeLessThan(res.text.indexOf('综合窗口已收件'));
      expect(res.text).toContain('桐城街道党群服务中心');
    });

    it.each([
      ['a wrong code', (n: string) => `/c/${n}?code=ABCDEF`],
      ['no code', (n: string) => `/c/${n}`],
      ['a malformed code', (n: string) => `/c/${n}?code=%3Cscript%3E`],
      ['an unknown number', () => '/c/TC209901010001?code=ABCDEF'],
    ])('%s is a friendly 404 with the look-up form', async (_name, path) => {
      const res = await t.http().get(path(jzz.caseNumber)).expect(404);
      html(res);
      expect(res.text).toContain('没有找到这个办件');
      expect(res.text).toContain('name="caseNumber"');
      expect(res.text).not.toContain('<script>alert');
    });

    it('the look-up form goes to the case’s own address; bad input stays on the form', async () => {
      expect((await t.http().get('/c').expect(200)).text).toContain('办件编号和查询码印在《受理通知书》上');
      const res = await t.http().get(`/c?caseNumber=${jzz.caseNumber.toLowerCase()}&code=${jzz.queryCode.toLowerCase()}`).expect(303);
      expect(res.headers.location).toBe(`/c/${jzz.caseNumber}?code=${jzz.queryCode}`);
      const bad = await t.http().get('/c?caseNumber=TC1&code=x').expect(400);
      expect(bad.text).toContain('请输入完整的办件编号');
      expect(bad.text).toContain('value="TC1"');
    });
  });

  describe('/documents: printable notices', () => {
    it.each(['acceptance', 'notice', 'refusal', 'deferral', 'result'])('%s is a shell with the letterhead data, no personal data', async (kind) => {
      const res = await t.http().get(`/documents/${kind}/${jzz.id}`).expect(200);
      html(res);
      expect(res.text).toContain(`"kind":"${kind}"`);
      expect(res.text).toContain('桐城街道党群服务中心');
      expect(res.text).toContain('"today":"2026-11-23"');
      expect(res.text).toContain('https://tc.example.cn/c');
      expect(res.text).not.toContain('张小三');
      expect(res.text).not.toContain(jzz.queryCode);
    });

    it.each(['/documents/passport/1', '/documents/acceptance/0', '/documents/acceptance/abc', '/documents/__proto__/1'])('%s is a friendly 404', async (path) => {
      const res = await t.http().get(path).expect(404);
      html(res);
      expect(res.text).toContain('页面不存在');
    });
  });

  describe('/inbox: the back-office inbox', () => {
    it('serves a department’s inbox with the server’s today and working days, and a chooser without one', async () => {
      const res = await t.http().get('/inbox/ZL').expect(200);
      html(res);
      expect(res.text).toContain('社会治理办公室 · 后台办件箱');
      expect(res.text).toContain('"today":"2026-11-23"');
      expect(res.text).toMatch(/"days":\[[^\]]*"2026-12-14"/);
      expect(res.text).not.toMatch(/"days":\[[^\]]*"2026-12-13"/); // a Sunday
      expect(res.text).not.toContain('张小三');
      expect((await t.http().get('/inbox').expect(200)).text).toContain('请选择部门');
    });

    it.each(['/inbox/QQ', '/inbox/%3Cx%3E'])('%s is a friendly 404', async (path) => {
      expect((await t.http().get(path).expect(404)).text).toContain('该部门不存在');
    });
  });

  describe('/qr/case: the acceptance notice’s QR code', () => {
    it('encodes the resident’s status address', async () => {
      const res = await t.http().get(`/qr/case/${jzz.caseNumber}.svg?code=${jzz.queryCode}`).expect(200);
      expect(res.headers['content-type']).toContain('image/svg+xml');
      const svg = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
      expect(svg).toBe(await caseQrSvg('https://tc.example.cn', { caseNumber: jzz.caseNumber, code: jzz.queryCode }));
    });

    it.each(['/qr/case/TC202611230001.svg', '/qr/case/TC202611230001.svg?code=ABC', '/qr/case/%3Cx%3E.svg?code=ABCDEF', '/qr/case/TC1.svg?code=ABCDEF', '/qr/case/TC202611230001.svg?code=ABCDE0'])('%s → 400', async (path) => {
      const res = await t.http().get(path).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    });
  });
});
