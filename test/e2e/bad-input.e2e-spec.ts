import { gzipSync } from 'zlib';
import { acceptedJzz, APPLICANT, AGENT, createCase, JZZ_COMPLETE } from '../support/case-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { captureErrorLogs, CapturedLogs } from '../support/error-logs';

/**
 * Issue 10 "5xx from bad input": each finding of the review as a table row. Every bad input is a 4xx with a
 * stable code in the envelope, and none is logged at error level.
 */
describe('bad input is a 4xx, never a 5xx (e2e)', () => {
  let t: TestApp;
  let logs: CapturedLogs;
  let clerk: string;
  beforeAll(async () => {
    t = await createTestApp();
    logs = captureErrorLogs(t.app);
    clerk = await t.login('clerk1');
  });
  afterAll(() => t.close());
  afterEach(() => {
    expect(logs.take()).toEqual([]);
  });

  const big = (bytes: number) => 'x'.repeat(bytes);
  /** superagent would JSON-serialise a Buffer sent as application/json: send the bytes as they are. */
  const raw = (body: unknown) => body as string;

  describe('bodies', () => {
    const cases: Array<[string, string, Record<string, string>, string | Buffer, number, string]> = [
      ['JSON over 256 KB', 'application/json', {}, JSON.stringify({ name: big(300 * 1024) }), 413, 'PAYLOAD_TOO_LARGE'],
      ['urlencoded over 100 KB', 'application/x-www-form-urlencoded', {}, `name=${big(120 * 1024)}`, 413, 'PAYLOAD_TOO_LARGE'],
      ['malformed JSON', 'application/json', {}, '{"username": ', 400, 'BAD_BODY'],
      ['gzip that is not gzip', 'application/json', { 'Content-Encoding': 'gzip' }, 'not gzip at all', 400, 'BAD_BODY'],
      ['br that is not brotli', 'application/json', { 'Content-Encoding': 'br' }, Buffer.from([0xff, 0xfe, 0x00, 0x12]), 400, 'BAD_BODY'],
      ['an unknown Content-Encoding', 'application/json', { 'Content-Encoding': 'x-unknown' }, '{}', 400, 'BAD_BODY'],
      ['an unknown charset', 'application/json; charset=x-klingon', {}, '{}', 400, 'BAD_BODY'],
      ['urlencoded in an unknown charset', 'application/x-www-form-urlencoded; charset=x-klingon', {}, 'a=1', 400, 'BAD_BODY'],
      ['gzip of a body over 256 KB', 'application/json', { 'Content-Encoding': 'gzip' }, gzipSync(JSON.stringify({ name: big(300 * 1024) })), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    it.each(cases)('%s (API and page paths alike)', async (_name, type, headers, body, status, code) => {
      for (const path of ['/api/v1/auth/login', '/api/v1/cases', '/admin/catalog', '/nowhere']) {
        const res = await t.http().post(path).set({ 'Content-Type': type, ...headers }).serialize(raw).send(body);
        expect({ path, status: res.status, body: res.body }).toEqual({ path, status, body: { statusCode: status, code, message: expect.any(String) } });
      }
    });

    it('a good gzip-encoded JSON body is still read', async () => {
      const res = await t.http().post('/api/v1/auth/login').set({ 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
        .serialize(raw).send(gzipSync(JSON.stringify({ username: 'clerk1', password: 'demo1234' })));
      expect([res.status, res.body]).toEqual([200, expect.objectContaining({ accessToken: expect.any(String) })]);
    });
  });

  describe('POST /api/v1/cases: nested objects are required where the contract has them', () => {
    const shapes: Array<[string, unknown]> = [
      ['missing', undefined],
      ['null', null],
      ['[]', []],
      ['[{…}]', [APPLICANT]],
      ['a string', 'Zhang'],
      ['a number', 7],
      ['true', true],
    ];
    it.each(shapes)('applicant %s → 400 VALIDATION_FAILED', async (_name, applicant) => {
      const body: Record<string, unknown> = { hall: 'TC', serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', applicant };
      if (applicant === undefined) delete body.applicant;
      const res = await t.http().post('/api/v1/cases').set(bearer(clerk)).send(body);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
    it.each(shapes.filter(([name]) => name !== 'missing'))('agent %s → 400 VALIDATION_FAILED', async (_name, agent) => {
      const res = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', agent });
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
    it.each([
      ['missing', undefined],
      ['null', null],
      ['an object', { code: 'ID', status: 'provided' }],
      ['a string', 'ID'],
      ['an array of strings', ['ID', 'PHOTO']],
      ['an array with null', [null]],
      ['an array of arrays', [[{ code: 'ID', status: 'provided' }]]],
    ])('materials %s → 400 VALIDATION_FAILED', async (_name, materials) => {
      const body: Record<string, unknown> = { serviceItemCode: 'JZZ', decision: 'accept', materials, agent: AGENT };
      if (materials === undefined) delete body.materials;
      const res = await createCase(t, clerk, body);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });

  describe('ids are plain decimal digits', () => {
    let id: number;
    beforeAll(async () => {
      id = (await acceptedJzz(t)).id;
    });
    it('the case itself answers', async () => {
      const res = await t.http().get(`/api/v1/cases/${id}`).set(bearer(clerk));
      expect([res.status, res.body.message]).toEqual([200, undefined]);
    });
    it.each(['0x1', '1e0', '+1', '01', '1.0', ' 1', '1 ', '-1', '0', '99999999999999999999', '9007199254740993', '%00', 'abc', '1%00'])(
      '/api/v1/cases/%s → 400 VALIDATION_FAILED',
      async (raw) => {
        const path = raw === '1e0' || raw === '0x1' || raw === '+1' || raw === '01' || raw === '1.0' ? raw.replace('1', String(id)) : raw;
        const res = await t.http().get(`/api/v1/cases/${encodeURI(path)}`).set(bearer(clerk));
        expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      },
    );
    it.each(['0x3', '3e0', '03', '+3'])('window numbers too: /api/v1/halls/TC/windows/%s → 400', async (n) => {
      const res = await t.http().get(`/api/v1/halls/TC/windows/${encodeURIComponent(n)}`).set(bearer(clerk));
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
    it.each(['0x1', '1e0', '-1', '01'])('ticketId %s in a query → 400', async (ticketId) => {
      const res = await t.http().get('/api/v1/evaluations/subject').query({ ticketId, token: 'abc' });
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });

  describe('dates are real calendar dates', () => {
    it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-2-3', '2026-02-29', '０２０２６-01-01'])('supervise respondBy %s → 400 INVALID_DATE', async (respondBy) => {
      const { id } = await acceptedJzz(t);
      const res = await t.http().post(`/api/v1/cases/${id}/supervise`).set(bearer(await t.login('supervisor'))).send({ note: '请尽快办理', respondBy });
      expect([res.status, res.body.code]).toEqual([400, 'INVALID_DATE']);
    });
    it('supervise respondBy 2028-02-29 (a leap day) is a date', async () => {
      const { id } = await acceptedJzz(t);
      const res = await t.http().post(`/api/v1/cases/${id}/supervise`).set(bearer(await t.login('supervisor'))).send({ note: '请尽快办理', respondBy: '2028-02-29' });
      expect([res.status, res.body.message]).toEqual([200, undefined]);
    });
    it.each(['2026-02-30', '2026-11-31'])('case intake supplyDueDate %s → 400 INVALID_DATE', async (supplyDueDate) => {
      const res = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', supplyDueDate });
      expect([res.status, res.body.code]).toEqual([400, 'INVALID_DATE']);
    });
    it('a bad date beside another mistake is VALIDATION_FAILED', async () => {
      const res = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'maybe', supplyDueDate: '2026-02-30' });
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
    it.each([
      ['/api/v1/calendar/is-working-day?date=2026-02-30'],
      ['/api/v1/calendar/add-working-days?from=2026-02-30&days=3'],
      ['/api/v1/supervision/overview?from=2026-02-30'],
    ])('%s → 400', async (path) => {
      const res = await t.http().get(path).set(bearer(await t.login('admin')));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, code: expect.any(String), message: expect.any(String) });
    });
  });

  describe('names are trimmed and free of control characters', () => {
    const bad: Array<[string, string]> = [
      ['one space', ' '],
      ['only blanks and a tab', ' \t '],
      ['a NUL', '张\u0000三'],
      ['an RTL override', '张\u202e三'],
      ['a bidi isolate', '\u2066张三'],
      ['a zero-width space', '张\u200b三'],
      ['a C1 control', '张\u0085三'],
      ['a newline', '张\n三'],
    ];
    it.each(bad)('applicant name with %s → 400 VALIDATION_FAILED', async (_name, name) => {
      const res = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', applicant: { ...APPLICANT, name } });
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
    it.each(bad)('hall name with %s → 400 VALIDATION_FAILED', async (_name, name) => {
      const res = await t.http().put('/api/v1/halls/TC').set(bearer(await t.login('admin'))).send({ name });
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
    it('a name with blanks around it is stored trimmed', async () => {
      const res = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', applicant: { ...APPLICANT, name: '  王 五  ' } });
      expect(res.status).toBe(201);
      const detail = await t.http().get(`/api/v1/cases/${res.body.id}`).set(bearer(clerk));
      expect(detail.body.applicant.name).toBe('王 五');
    });
  });
});
