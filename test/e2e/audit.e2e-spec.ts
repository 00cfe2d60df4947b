import { DataSource } from 'typeorm';
import { createCase, getCase, JZZ_DEFERRED } from '../support/case-helpers';
import { deliveredJzz, rate, rectification } from '../support/evaluation-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

interface Row {
  id: number;
  at: string;
  actorId: number;
  actorName: string;
  kind: string;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; [k: string]: unknown } | null;
}

describe('audit log (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let adminId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    adminId = (await t.http().get('/api/v1/auth/me').set(bearer(admin)).expect(200)).body.id;
  });
  afterAll(() => t.close());

  const audit = async (query = '', token = admin): Promise<Row[]> => (await t.http().get(`/api/v1/audit?${query}`).set(bearer(token)).expect(200)).body;
  const count = async () => (await audit('limit=1000')).length;
  const put = (path: string, body: object) => t.http().put(path).set(bearer(admin)).send(body);
  const post = (path: string, body?: object) => t.http().post(path).set(bearer(admin)).send(body);

  /** Runs an admin write, expects exactly one new row and returns it. */
  async function oneRow(write: () => Promise<unknown>): Promise<Row> {
    const before = await count();
    await write();
    const rows = await audit('kind=admin&limit=1000');
    expect(rows.length).toBe(before + 1 - (await audit('kind=personal_data&limit=1000')).length);
    return rows[0];
  }

  describe('every administrative change writes one row with before and after', () => {
    const cases: Array<[string, () => Promise<unknown>, Partial<Row>]> = [
      ['hall.create', () => post('/api/v1/halls', { code: 'AU1', name: '留痕中心' }).expect(201),
        { action: 'hall.create', subjectType: 'hall', subjectId: 'AU1', detail: { before: null, after: expect.objectContaining({ code: 'AU1', name: '留痕中心', kind: 'centre', timeZone: 'Asia/Shanghai' }) } }],
      ['hall.update', () => put('/api/v1/halls/AU1', { name: '留痕中心（新）' }).expect(200),
        { action: 'hall.update', subjectId: 'AU1', detail: { before: { name: '留痕中心' }, after: { name: '留痕中心（新）' } } }],
      ['queue.create', () => post('/api/v1/halls/AU1/queues', { code: 'A', name: '综合' }).expect(201),
        { action: 'queue.create', subjectType: 'queue', subjectId: 'AU1/A', detail: { before: null, after: { hallCode: 'AU1', code: 'A', name: '综合' } } }],
      ['queue.update', () => put('/api/v1/halls/AU1/queues/A', { name: '综合业务' }).expect(200),
        { action: 'queue.update', subjectId: 'AU1/A', detail: { before: { name: '综合' }, after: { name: '综合业务' } } }],
      ['window.create', () => post('/api/v1/halls/AU1/windows', { number: 1, name: '1号窗口', kind: 'comprehensive', queueCodes: [] }).expect(201),
        { action: 'window.create', subjectType: 'window', subjectId: 'AU1/1', detail: { before: null, after: { hallCode: 'AU1', number: 1, name: '1号窗口', kind: 'comprehensive', queueCodes: [] } } }],
      ['window.update', () => put('/api/v1/halls/AU1/windows/1', { kind: 'dedicated', queueCodes: ['A'] }).expect(200),
        { action: 'window.update', subjectId: 'AU1/1', detail: { before: { kind: 'comprehensive', queueCodes: [] }, after: { kind: 'dedicated', queueCodes: ['A'] } } }],
      ['department.create', () => post('/api/v1/catalog/departments', { code: 'AUD', name: '审计科' }).expect(201),
        { action: 'department.create', subjectType: 'department', subjectId: 'AUD', detail: { before: null, after: { code: 'AUD', name: '审计科' } } }],
      ['department.update', () => put('/api/v1/catalog/departments/AUD', { name: '审计办' }).expect(200),
        { action: 'department.update', subjectId: 'AUD', detail: { before: { name: '审计科' }, after: { name: '审计办' } } }],
      ['item.deactivate', () => post('/api/v1/catalog/items/JZZ/deactivate').expect(200),
        { action: 'item.deactivate', subjectType: 'item', subjectId: 'JZZ', detail: { before: { active: true }, after: { active: false } } }],
      ['item.activate', () => post('/api/v1/catalog/items/JZZ/activate').expect(200),
        { action: 'item.activate', subjectId: 'JZZ', detail: { before: { active: false }, after: { active: true } } }],
      ['calendar.set-day', () => put('/api/v1/calendar/days/2026-12-05', { isOffDay: false, name: '调休上班' }).expect(200),
        { action: 'calendar.set-day', subjectType: 'calendar', subjectId: '2026-12-05', detail: { before: { exception: null }, after: { exception: { date: '2026-12-05', isOffDay: false, name: '调休上班' } } } }],
      ['calendar.clear-day', () => t.http().delete('/api/v1/calendar/days/2026-12-05').set(bearer(admin)).expect(200),
        { action: 'calendar.clear-day', subjectId: '2026-12-05', detail: { before: { exception: { date: '2026-12-05', isOffDay: false, name: '调休上班' } }, after: { exception: null } } }],
    ];
    it.each(cases)('%s', async (_name, write, expected) => {
      const row = await oneRow(write);
      expect(row).toMatchObject({ kind: 'admin', actorId: adminId, actorName: '系统管理员', subjectType: expect.any(String), ...expected });
      expect(row.at).toBe('2026-11-23T09:30:00+08:00');
    });

    it('item.update keeps only the changed fields of the definition', async () => {
      const definition = (await t.http().get('/api/v1/catalog/admin/items/JZZ').set(bearer(admin)).expect(200)).body.definition;
      const row = await oneRow(() => put('/api/v1/catalog/items/JZZ', { ...definition, name: `${definition.name}（新）`, feeFen: definition.feeFen + 100 }).expect(200));
      expect(row).toMatchObject({ action: 'item.update', subjectType: 'item', subjectId: 'JZZ' });
      expect(row.detail).toEqual({ before: { name: definition.name, feeFen: definition.feeFen }, after: { name: `${definition.name}（新）`, feeFen: definition.feeFen + 100 } });
    });

    it('item.create logs the whole new definition', async () => {
      const definition = (await t.http().get('/api/v1/catalog/admin/items/JZZ').set(bearer(admin)).expect(200)).body.definition;
      const row = await oneRow(() => post('/api/v1/catalog/items', { ...definition, code: 'AUDX' }).expect(201));
      expect(row).toMatchObject({ action: 'item.create', subjectId: 'AUDX', detail: { before: null, after: expect.objectContaining({ code: 'AUDX', active: true, materials: definition.materials }) } });
    });

    it('users: create, update, deactivate and reset-password, never a password or its hash', async () => {
      const created = await oneRow(() => post('/api/v1/users', { username: 'audit-clerk', displayName: '留痕受理员', password: 'Secret-pass-2026', roles: ['clerk'], hallCodes: ['TC'] }).expect(201));
      const id = created.subjectId;
      expect(created).toMatchObject({ action: 'user.create', subjectType: 'user', detail: { before: null, after: expect.objectContaining({ username: 'audit-clerk', roles: ['clerk'], hallCodes: ['TC'], active: true }) } });
      const updated = await oneRow(() => put(`/api/v1/users/${id}`, { displayName: '留痕受理员甲', departmentCodes: ['GG'] }).expect(200));
      expect(updated).toMatchObject({ action: 'user.update', subjectId: id, detail: { before: { displayName: '留痕受理员', departmentCodes: [] }, after: { displayName: '留痕受理员甲', departmentCodes: ['GG'] } } });
      const reset = await oneRow(() => post(`/api/v1/users/${id}/reset-password`, { password: 'Another-pass-2026' }).expect(204));
      expect(reset).toMatchObject({ action: 'user.reset-password', subjectId: id, actorName: '系统管理员' });
      const deactivated = await oneRow(() => put(`/api/v1/users/${id}`, { active: false }).expect(200));
      expect(deactivated).toMatchObject({ action: 'user.deactivate', detail: { before: { active: true }, after: { active: false } } });
      const all = JSON.stringify(await audit(`subjectType=user&subjectId=${id}`));
      expect(all).not.toMatch(/Secret-pass|Another-pass|\$2[aby]\$|"password"|passwordHash|tokenVersion/);
      expect((await audit(`subjectType=user&subjectId=${id}`)).map((r) => r.action)).toEqual(['user.deactivate', 'user.reset-password', 'user.update', 'user.create']);
    });

    it.each<[string, () => Promise<unknown>]>([
      ['a duplicate hall (409)', () => post('/api/v1/halls', { code: 'TC', name: '重复' }).expect(409)],
      ['a hall update breaking a rule (422)', () => put('/api/v1/halls/TC', { timeZone: 'Mars/Olympus' }).expect(422)],
      ['an unknown window (404)', () => put('/api/v1/halls/TC/windows/99', { name: 'x' }).expect(404)],
      ['a weak password (422)', () => post('/api/v1/users/1/reset-password', { password: '123' }).expect((r) => expect(r.status).toBeGreaterThanOrEqual(400))],
      ['a clerk trying an admin write (403)', async () => t.http().put('/api/v1/halls/TC').set(bearer(await t.login('clerk2'))).send({ name: 'x' }).expect(403)],
    ])('a refused change writes nothing: %s', async (_name, write) => {
      const before = await count();
      await write();
      expect(await count()).toBe(before);
    });
  });

  describe('personal-data reads', () => {
    it('opening a case in full writes one personal_data row naming the reader and the case, not the data', async () => {
      const clerk = await t.login('clerk1');
      const created = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept' }).expect(201);
      const before = (await audit('kind=personal_data&limit=1000')).length;
      const res = await getCase(t, clerk, created.body.id).expect(200);
      expect(res.body.applicant.idNumber).toBe('33010619900101123X');
      const rows = await audit('kind=personal_data&limit=1000');
      expect(rows).toHaveLength(before + 1);
      expect(rows[0]).toMatchObject({
        kind: 'personal_data', action: 'case.read', subjectType: 'case', subjectId: String(created.body.id), actorName: '综合受理员一',
        detail: { what: 'detail', caseNumber: created.body.caseNumber },
      });
      expect(JSON.stringify(rows[0])).not.toMatch(/33010619900101123X|13800138000|张小三/);
    });

    it('a command that answers with the full case logs it too; a refused read logs nothing', async () => {
      const clerk = await t.login('clerk1');
      const created = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept' }).expect(201);
      const officer = await t.login('officer-zl');
      await t.http().post(`/api/v1/cases/${created.body.id}/claim`).set(bearer(officer)).expect(200);
      expect((await audit(`kind=personal_data&subjectId=${created.body.id}`))[0]).toMatchObject({ actorName: '社会治理办经办人', detail: { what: 'action' } });
      const before = (await audit('kind=personal_data&limit=1000')).length;
      await getCase(t, await t.login('officer-gg'), created.body.id).expect(403);
      expect(await audit('kind=personal_data&limit=1000')).toHaveLength(before);
    });

    it("a bad review's rectification shows the applicant's phone: logged as a read of that case", async () => {
      const c = await deliveredJzz(t);
      const id = (await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 1, comment: '太慢' }).expect(201)).body.rectificationId;
      const detail = (await rectification(t, await t.login('officer-zl'), id).expect(200)).body;
      expect(detail.contact.phone).toBe('13800138000');
      expect((await audit(`kind=personal_data&subjectId=${c.id}&limit=1`))[0]).toMatchObject({ action: 'case.read', actorName: '社会治理办经办人', detail: { what: 'rectification', caseNumber: c.caseNumber } });
    });
  });

  describe('reading the log', () => {
    it('filters by kind, subject, actor and dates; newest first', async () => {
      const admins = await audit('kind=admin&limit=1000');
      expect(admins.length).toBeGreaterThan(5);
      expect(admins.every((r) => r.kind === 'admin')).toBe(true);
      expect(admins.map((r) => r.id)).toEqual([...admins.map((r) => r.id)].sort((a, b) => b - a));
      const reads = await audit('kind=personal_data');
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.every((r) => r.kind === 'personal_data')).toBe(true);
      expect((await audit('subjectType=hall&subjectId=AU1')).map((r) => r.action)).toEqual(['hall.update', 'hall.create']);
      expect((await audit(`actorId=${adminId}&limit=1000`)).every((r) => r.actorId === adminId)).toBe(true);
      expect(await audit('from=2026-11-23&to=2026-11-23&limit=1000')).toHaveLength(await count());
      expect(await audit('from=2026-11-23T09:31:00%2B08:00')).toEqual([]);
      expect(await audit('from=2026-11-24&to=2026-11-30')).toEqual([]);
      expect(await audit('to=2026-11-22')).toEqual([]);
    });

    it('pages with limit and offset', async () => {
      const all = await audit('limit=1000');
      expect((await audit('limit=2')).map((r) => r.id)).toEqual(all.slice(0, 2).map((r) => r.id));
      expect((await audit('limit=2&offset=2')).map((r) => r.id)).toEqual(all.slice(2, 4).map((r) => r.id));
      expect(await audit(`offset=${all.length}`)).toEqual([]);
    });

    it.each<[string, string]>([
      ['kind=everything', 'INVALID_AUDIT_KIND'],
      ['kind=admin&kind=personal_data', 'INVALID_AUDIT_KIND'],
      ['from=yesterday', 'INVALID_AUDIT_RANGE'],
      ['to=2026-13-01', 'INVALID_AUDIT_RANGE'],
      ['from=2026-11-24&to=2026-11-23', 'INVALID_AUDIT_RANGE'],
      ['limit=0', 'INVALID_AUDIT_QUERY'],
      ['limit=5000', 'INVALID_AUDIT_QUERY'],
      ['offset=-3', 'INVALID_AUDIT_QUERY'],
      ['actorId=admin', 'INVALID_AUDIT_QUERY'],
      ['subjectType=printer', 'INVALID_AUDIT_QUERY'],
    ])('?%s → 400 %s', async (query, code) => {
      const before = await count();
      const res = await t.http().get(`/api/v1/audit?${query}`).set(bearer(admin)).expect(400);
      expect(res.body.code).toBe(code);
      expect(await count()).toBe(before);
    });

    it('is for admins only: 401 without a token, 403 for other roles', async () => {
      await t.http().get('/api/v1/audit').expect(401);
      for (const user of ['clerk1', 'supervisor', 'officer-gg', 'head-gg']) {
        const res = await t.http().get('/api/v1/audit').set(bearer(await t.login(user)));
        expect([user, res.status]).toEqual([user, 403]);
      }
    });
  });

  // last: it breaks the log on purpose
  describe('nothing goes unlogged', () => {
    it('when the audit row cannot be written, the admin change rolls back and the full read is refused', async () => {
      const clerk = await t.login('clerk1');
      const created = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept' }).expect(201);
      const db = t.app.get(DataSource);
      const hallName = async () => (await db.query(`SELECT "name" FROM "halls" WHERE "code" = 'TC'`))[0].name;
      const name = await hallName();
      await db.query('ALTER TABLE "audit_entries" RENAME TO "audit_entries_away"');
      await put('/api/v1/halls/TC', { name: '不该保存的名称' }).expect(500);
      expect(await hallName()).toBe(name);
      const read = await getCase(t, clerk, created.body.id).expect(500);
      expect(JSON.stringify(read.body)).not.toContain('33010619900101123X');
    });
  });
});
