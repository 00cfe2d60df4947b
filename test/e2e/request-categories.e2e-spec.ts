import { report } from '../support/request-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const API = '/api/v1/requests/categories';

interface AuditRow {
  action: string;
  subjectType: string;
  subjectId: string;
  actorName: string;
  detail: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

/** A valid new category (路面积水, 区域发展办). */
const newCategory = (overrides: Record<string, unknown> = {}) => ({ code: 'JS', name: '路面积水', departmentCode: 'FZ', responseHours: 1, handleHours: 6, ...overrides });

// Issue 12: admins set the request categories and their hours; every change lands in the audit log.
describe('request categories administration (e2e)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const post = (body: object, token = admin) => t.http().post(API).set(bearer(token)).send(body);
  const put = (code: string, body: object, token = admin) => t.http().put(`${API}/${code}`).set(bearer(token)).send(body);
  const all = async () => (await t.http().get(`${API}/all`).set(bearer(admin)).expect(200)).body as Array<Record<string, unknown>>;
  const publicCodes = async () => ((await t.http().get(API).expect(200)).body as Array<{ code: string }>).map((c) => c.code);
  const audit = async (): Promise<AuditRow[]> => (await t.http().get('/api/v1/audit?subjectType=request_category&limit=1000').set(bearer(admin)).expect(200)).body;

  it('creates a category: listed for admins and residents, one audit row with every field', async () => {
    const created = await post(newCategory()).expect(201);
    expect(created.body).toEqual({ code: 'JS', name: '路面积水', departmentCode: 'FZ', responseHours: 1, handleHours: 6, active: true });
    expect(await all()).toContainEqual(created.body);
    expect(await publicCodes()).toContain('JS');
    const [row] = await audit();
    expect(row).toMatchObject({ action: 'request_category.create', subjectType: 'request_category', subjectId: 'JS', actorName: expect.any(String) });
    expect(row.detail).toEqual({ before: null, after: created.body });
  });

  it('updates a category\'s hours to half hours: the audit row keeps only what changed', async () => {
    const { body } = await put('AQ', { code: 'AQ', name: '安全隐患', departmentCode: 'XC', responseHours: 0.5, handleHours: 1.5 }).expect(200);
    expect(body).toEqual({ code: 'AQ', name: '安全隐患', departmentCode: 'XC', responseHours: 0.5, handleHours: 1.5, active: true });
    const [row] = await audit();
    expect(row).toMatchObject({ action: 'request_category.update', subjectId: 'AQ' });
    expect(row.detail).toEqual({ before: { responseHours: 1, handleHours: 2 }, after: { responseHours: 0.5, handleHours: 1.5 } });
  });

  it('a taken code → 409 CATEGORY_EXISTS; an unknown one on PUT → 404 UNKNOWN_CATEGORY; neither audited', async () => {
    const rows = (await audit()).length;
    expect((await post(newCategory({ code: 'js' })).expect(409)).body.code).toBe('CATEGORY_EXISTS');
    expect((await put('NOPE', newCategory({ code: 'NOPE' })).expect(404)).body.code).toBe('UNKNOWN_CATEGORY');
    expect((await audit()).length).toBe(rows);
  });

  it.each([
    ['a quarter hour', { responseHours: 0.25, handleHours: 2 }, ['响应时限须为 0.5–720 小时之间的整点或半点']],
    ['more than 30 days', { responseHours: 1, handleHours: 721 }, ['办结时限须为 0.5–720 小时之间的整点或半点']],
    ['a response after the handling', { responseHours: 3, handleHours: 2 }, ['响应时限不能长于办结时限']],
  ])('%s → 422 CATEGORY_INVALID with the problems, nothing written', async (_name, hours, problems) => {
    const rows = (await audit()).length;
    for (const res of [await post(newCategory({ code: 'BAD', ...hours })), await put('AQ', newCategory({ code: 'AQ', ...hours }))]) {
      expect([res.status, res.body.code, res.body.details?.problems]).toEqual([422, 'CATEGORY_INVALID', problems]);
    }
    expect((await all()).some((c) => c.code === 'BAD')).toBe(false);
    expect((await audit()).length).toBe(rows);
  });

  it('a department that does not exist → 422 UNKNOWN_DEPARTMENT on create and update', async () => {
    expect((await post(newCategory({ code: 'XD', departmentCode: 'NOPE' })).expect(422)).body.code).toBe('UNKNOWN_DEPARTMENT');
    expect((await put('JS', newCategory({ departmentCode: 'NOPE' })).expect(422)).body.code).toBe('UNKNOWN_DEPARTMENT');
    expect((await all()).find((c) => c.code === 'JS')).toMatchObject({ departmentCode: 'FZ' });
  });

  it.each(['clerk1', 'supervisor', 'dispatcher', 'officer-zl'])('%s → 403 FORBIDDEN on the admin routes, nothing changed', async (username) => {
    const token = await t.login(username);
    const before = await all();
    expect((await t.http().get(`${API}/all`).set(bearer(token))).status).toBe(403);
    expect((await post(newCategory({ code: 'NA' }), token)).status).toBe(403);
    expect((await put('AQ', newCategory({ code: 'AQ', responseHours: 4, handleHours: 8 }), token)).status).toBe(403);
    expect(await all()).toEqual(before);
  });

  it('a deactivated category leaves the public list and takes no new requests (422 UNKNOWN_CATEGORY); reactivated, it is back', async () => {
    expect((await report(t, { categoryCode: 'ZY', description: '夜间施工噪音' }).expect(201)).body.requestNumber).toBeTruthy();
    const zy = (await all()).find((c) => c.code === 'ZY') as Record<string, unknown>;
    expect((await put('ZY', { ...zy, active: false }).expect(200)).body.active).toBe(false);
    expect(await publicCodes()).not.toContain('ZY');
    expect((await all()).find((c) => c.code === 'ZY')).toMatchObject({ active: false });
    expect((await report(t, { categoryCode: 'ZY', description: '夜间施工噪音' }).expect(422)).body.code).toBe('UNKNOWN_CATEGORY');
    const [off] = await audit();
    expect(off).toMatchObject({ action: 'request_category.deactivate', subjectId: 'ZY', detail: { before: { active: true }, after: { active: false } } });

    await put('ZY', { ...zy, active: true }).expect(200);
    expect(await publicCodes()).toContain('ZY');
    expect((await audit())[0]).toMatchObject({ action: 'request_category.activate', subjectId: 'ZY' });
  });
});
