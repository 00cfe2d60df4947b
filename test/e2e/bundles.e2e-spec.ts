import { CaseSweep } from '../../src/cases/case-sweep.service';
import { DataSource } from 'typeorm';
import { APPLICANT, caseAction, createCase, getCase } from '../support/case-helpers';
import { notificationRows } from '../support/notification-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

/** 新生儿出生一件事 (XSECS): SYDJ and YBCB (GG, 即办) and CSHK (ZL, 5 working days). */
const BIRTH_ALL = [
  { code: 'ID', status: 'provided' },
  { code: 'HUKOU', status: 'provided' },
  { code: 'MARRIAGE', status: 'provided' },
  { code: 'BIRTH', status: 'provided' },
];

interface Part { id: number; caseNumber: string; serviceItemCode: string; departmentCodes: string[]; status: string; dueDate: string | null }

describe('bundles: 一件事一次办 (e2e)', () => {
  let t: TestApp;
  let clerk: string;
  beforeAll(async () => {
    t = await createTestApp();
    clerk = await t.login('clerk1');
    // a second bundle with two departments deciding: 老年人优待证 (GG, 5 wd) and 出生户口登记 (ZL, 5 wd)
    const admin = await t.login('admin');
    await t.http().post('/api/v1/catalog/items').set(bearer(admin)).send({
      code: 'LNHK', name: '优待证户口一件事', kind: 'bundle', departmentCodes: [], queueCode: 'A',
      // its own published limit is shorter than its parts': the case follows the parts
      promisedLimit: { value: 2, unit: 'working_days' }, statutoryLimit: { value: 20, unit: 'working_days' },
      guide: '测试用一件事', materials: [], steps: [], memberCodes: ['LNYDZ', 'CSHK'],
    }).expect(201);
  });
  afterAll(() => t.close());

  const db = () => t.app.get(DataSource);
  const caseRow = async (id: number) => (await sql<{ status: string; parentCaseId: number | null; dueDate: string | null; decisionReason: string | null; itemCode: string }>(
    db(), 'SELECT status, parentCaseId, dueDate, decisionReason, itemCode FROM cases WHERE id = ?', [id]))[0];
  const caseCount = async () => Number((await sql<{ n: number }>(db(), 'SELECT COUNT(*) AS n FROM cases'))[0].n);
  const events = async (id: number, action: string) => (await sql(db(), 'SELECT id FROM case_events WHERE caseId = ? AND action = ?', [id, action])).length;

  const fileBirth = async (body: Record<string, unknown> = {}) => {
    const res = await createCase(t, clerk, { serviceItemCode: 'XSECS', materials: BIRTH_ALL, decision: 'accept', ...body });
    if (res.status !== 201) throw new Error(`bundle intake: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; caseNumber: string; queryCode: string; status: string; dueDate: string; departmentCodes: string[]; children: Part[] };
  };
  const fileTwo = async () => {
    const materials = ['ID', 'HUKOU', 'PHOTO', 'MARRIAGE', 'BIRTH'].map((code) => ({ code, status: 'provided' }));
    const res = await createCase(t, clerk, { serviceItemCode: 'LNHK', materials, decision: 'accept' }).expect(201);
    const body = res.body as { id: number; dueDate: string; children: Part[] };
    expect(body.dueDate).toBe(body.children.map((p) => p.dueDate!).sort().at(-1));
    return body;
  };
  const decide = async (username: string, id: number, outcome: 'approved' | 'denied' = 'approved') => {
    const token = await t.login(username);
    await caseAction(t, token, id, 'claim').expect(200);
    return caseAction(t, token, id, 'decide', outcome === 'denied' ? { outcome, reason: '不符合条件' } : { outcome });
  };

  describe('intake', () => {
    it('creates a part per member in its own department with its own limit; immediate parts are completed at the window', async () => {
      const r = await fileBirth();
      expect(r).toMatchObject({ status: 'dispatched', departmentCodes: ['GG', 'ZL'] });
      expect(r.children.map((p) => [p.serviceItemCode, p.departmentCodes, p.status])).toEqual([
        ['SYDJ', ['GG'], 'delivered'], ['YBCB', ['GG'], 'delivered'], ['CSHK', ['ZL'], 'dispatched'],
      ]);
      const [sydj, , cshk] = r.children;
      expect(new Set(r.children.map((p) => p.caseNumber)).size).toBe(3);
      expect(r.children.map((p) => p.caseNumber)).not.toContain(r.caseNumber);
      // the part's own limit from the working-day calendar; the bundle's due date is its latest part's
      expect(sydj.dueDate).not.toBe(cshk.dueDate);
      const calc = (await t.http().get(`/api/v1/calendar/add-working-days?from=${sydj.dueDate}&days=5`).expect(200)).body.date;
      expect(cshk.dueDate).toBe(calc);
      expect(r.dueDate).toBe(cshk.dueDate);
      for (const p of r.children) expect(await caseRow(p.id)).toMatchObject({ parentCaseId: r.id });
      expect(await caseRow(r.id)).toMatchObject({ parentCaseId: null, itemCode: 'XSECS', status: 'dispatched' });
      // tasks: only the promised part is department work; the bundle's case holds none
      const tasks = await sql<{ caseId: number; departmentCode: string }>(db(), 'SELECT caseId, departmentCode FROM case_tasks WHERE caseId IN (?, ?, ?, ?)', [r.id, ...r.children.map((p) => p.id)]);
      expect(tasks.map((x) => [Number(x.caseId), x.departmentCode])).toEqual([[cshk.id, 'ZL']]);
    });

    it('takes the union of the materials, each code once, and gives each part its own', async () => {
      const r = await fileBirth();
      const codes = async (id: number) => (await sql<{ code: string }>(db(), 'SELECT code FROM case_materials WHERE caseId = ? ORDER BY sortOrder', [id])).map((m) => m.code);
      expect(await codes(r.id)).toEqual(['ID', 'HUKOU', 'MARRIAGE', 'BIRTH']);
      expect(await codes(r.children[0].id)).toEqual(['ID', 'HUKOU', 'MARRIAGE']);
      expect(await codes(r.children[1].id)).toEqual(['ID', 'BIRTH']);
      expect(await codes(r.children[2].id)).toEqual(['ID', 'HUKOU', 'MARRIAGE', 'BIRTH']);
    });

    it('refuses a missing required material of the union with 422 MATERIALS_MISSING and files nothing', async () => {
      const before = await caseCount();
      const res = await createCase(t, clerk, { serviceItemCode: 'XSECS', materials: BIRTH_ALL.filter((m) => m.code !== 'BIRTH'), decision: 'accept' }).expect(422);
      expect(res.body).toMatchObject({ code: 'MATERIALS_MISSING', details: { missing: ['BIRTH'] } });
      expect(await caseCount()).toBe(before);
      await createCase(t, clerk, { serviceItemCode: 'XSECS', materials: BIRTH_ALL, decision: 'complete' }).expect(422);
      await createCase(t, clerk, { serviceItemCode: 'XSECS', materials: [...BIRTH_ALL, { code: 'PHOTO', status: 'provided' }], decision: 'accept' }).expect(422);
      expect(await caseCount()).toBe(before);
    });

    it('一次性告知 for the bundle: one notice listing the missing ones; once supplied, the parts are filed', async () => {
      const phone = '13700137001';
      const res = await createCase(t, clerk, { serviceItemCode: 'XSECS', applicant: { ...APPLICANT, phone }, materials: BIRTH_ALL.filter((m) => m.code !== 'BIRTH'), decision: 'notify' }).expect(201);
      expect(res.body).toMatchObject({ status: 'awaiting_supplement', children: [], missingMaterials: [{ code: 'BIRTH', name: '出生医学证明（新生儿）' }] });
      const notices = (await notificationRows(t)).filter((n) => n.to === phone);
      expect(notices.map((n) => n.kind)).toEqual(['materials_missing']);
      expect(notices[0].text).toContain('新生儿出生一件事');
      await caseAction(t, clerk, res.body.id, 'supplement', { materials: [{ code: 'BIRTH', status: 'provided' }] }).expect(200);
      const parts = await sql<{ itemCode: string; status: string }>(db(), 'SELECT itemCode, status FROM cases WHERE parentCaseId = ? ORDER BY id', [res.body.id]);
      expect(parts).toEqual([{ itemCode: 'SYDJ', status: 'delivered' }, { itemCode: 'YBCB', status: 'delivered' }, { itemCode: 'CSHK', status: 'dispatched' }]);
      expect((await caseRow(res.body.id)).status).toBe('dispatched');
    });

    it('tells the resident once for the bundle, naming it, not once per part', async () => {
      const phone = '13700137002';
      await fileBirth({ applicant: { ...APPLICANT, phone } });
      const notices = (await notificationRows(t)).filter((n) => n.to === phone);
      expect(notices.map((n) => n.kind)).toEqual(['case_accepted']);
      expect(notices[0].text).toContain('新生儿出生一件事');
    });

    it('a later notice about a part names the bundle and the part', async () => {
      const phone = '13700137003';
      const r = await fileBirth({ applicant: { ...APPLICANT, phone } });
      expect((await decide('officer-zl', r.children[2].id)).status).toBe(200);
      await caseAction(t, clerk, r.children[2].id, 'ready-for-pickup').expect(200);
      const ready = (await notificationRows(t, 'ready_for_pickup')).filter((n) => n.to === phone);
      expect(ready).toHaveLength(1);
      expect(ready[0].text).toContain('新生儿出生一件事（出生户口登记）');
    });

    it('an agent files a bundle at its point with the mandate; every part carries it', async () => {
      const res = await createCase(t, await t.login('agent1'), {
        hall: 'TC01', serviceItemCode: 'XSECS', materials: [...BIRTH_ALL, { code: 'MANDATE', status: 'provided' }], decision: 'accept',
      }).expect(201);
      expect(res.body.caseNumber).toMatch(/^TC01/);
      expect(res.body.children.map((p: Part) => p.status)).toEqual(['delivered', 'delivered', 'dispatched']);
      for (const p of res.body.children as Part[]) {
        const mats = await sql<{ code: string; status: string }>(db(), 'SELECT code, status FROM case_materials WHERE caseId = ?', [p.id]);
        expect(mats).toContainEqual({ code: 'MANDATE', status: 'provided' });
      }
      await createCase(t, await t.login('agent1'), { hall: 'TC01', serviceItemCode: 'XSECS', materials: BIRTH_ALL, decision: 'accept' }).expect(422);
    });
  });

  describe('completion', () => {
    it('the bundle is decided when its last part is, with each part\'s outcome summarised', async () => {
      const r = await fileBirth();
      const cshk = r.children[2];
      expect((await caseRow(r.id)).status).toBe('dispatched');
      expect((await decide('officer-zl', cshk.id)).status).toBe(200);
      expect(await caseRow(r.id)).toMatchObject({ status: 'decided_approved', decisionReason: '生育登记：准予；城乡居民医保参保登记：准予；出生户口登记：准予' });
      expect(await events(r.id, 'bundle_decided')).toBe(1);
    });

    it.each([
      ['GG first, then ZL', ['officer-gg', 'officer-zl']],
      ['ZL first, then GG', ['officer-zl', 'officer-gg']],
    ])('in either order (%s) the bundle waits for the last part', async (_case, order) => {
      const r = await fileTwo();
      const partOf = (username: string) => r.children.find((p) => p.departmentCodes[0] === (username === 'officer-gg' ? 'GG' : 'ZL'))!;
      expect((await decide(order[0], partOf(order[0]).id)).status).toBe(200);
      expect((await caseRow(r.id)).status).toBe('dispatched');
      expect(await events(r.id, 'bundle_decided')).toBe(0);
      expect((await decide(order[1], partOf(order[1]).id, 'denied')).status).toBe(200);
      expect(await caseRow(r.id)).toMatchObject({ status: 'decided_approved', decisionReason: expect.stringContaining('不予批准') });
      expect(await events(r.id, 'bundle_decided')).toBe(1);
    });

    it('withdrawing the bundle withdraws its open parts with it; withdrawing its last open part decides it', async () => {
      const r = await fileBirth();
      await caseAction(t, clerk, r.id, 'withdraw', { reason: '申请人不再办理' }).expect(200);
      expect((await caseRow(r.id)).status).toBe('withdrawn');
      expect((await Promise.all(r.children.map((p) => caseRow(p.id)))).map((x) => x.status)).toEqual(['delivered', 'delivered', 'withdrawn']);
      const zlTasks = await sql<{ status: string }>(db(), 'SELECT status FROM case_tasks WHERE caseId = ?', [r.children[2].id]);
      expect(zlTasks.map((x) => x.status)).toEqual(['cancelled']);
      expect(await events(r.id, 'bundle_decided')).toBe(0);

      const again = await fileBirth();
      await caseAction(t, clerk, again.children[2].id, 'withdraw', { reason: '户口另行办理' }).expect(200);
      expect(await caseRow(again.id)).toMatchObject({ status: 'decided_approved', decisionReason: '生育登记：准予；城乡居民医保参保登记：准予；出生户口登记：已撤回' });
    });

    it('the bundle\'s due date follows its latest part: an extension of the part moves it', async () => {
      const r = await fileBirth();
      const cshk = r.children[2];
      const zl = await t.login('officer-zl');
      await caseAction(t, zl, cshk.id, 'claim').expect(200);
      await caseAction(t, zl, cshk.id, 'request-extension', { days: 3, reason: '需核实出生信息' }).expect(200);
      await caseAction(t, await t.login('head-zl'), cshk.id, 'approve-extension').expect(200);
      const moved = await caseRow(cshk.id);
      const expected = (await t.http().get(`/api/v1/calendar/add-working-days?from=${cshk.dueDate}&days=3`).expect(200)).body.date;
      expect(moved.dueDate).toBe(expected);
      expect((await caseRow(r.id)).dueDate).toBe(expected);
    });

    it('is denied when no part was granted', async () => {
      const r = await fileTwo();
      expect((await decide('officer-gg', r.children[0].id, 'denied')).status).toBe(200);
      expect((await decide('officer-zl', r.children[1].id, 'denied')).status).toBe(200);
      expect((await caseRow(r.id)).status).toBe('decided_denied');
    });

    it('two departments deciding the last two parts at the same moment decide the bundle exactly once', async () => {
      for (let round = 0; round < 3; round++) {
        const r = await fileTwo();
        const gg = await t.login('officer-gg');
        const zl = await t.login('officer-zl');
        await caseAction(t, gg, r.children[0].id, 'claim').expect(200);
        await caseAction(t, zl, r.children[1].id, 'claim').expect(200);
        const [a, b] = await Promise.all([
          caseAction(t, gg, r.children[0].id, 'decide', { outcome: 'approved' }),
          caseAction(t, zl, r.children[1].id, 'decide', { outcome: 'approved' }),
        ]);
        expect([a.status, b.status]).toEqual([200, 200]);
        expect((await caseRow(r.id)).status).toBe('decided_approved');
        expect(await events(r.id, 'bundle_decided')).toBe(1);
      }
    });
  });

  describe('public status', () => {
    it('the bundle\'s status lists each part with its status and due date; a part answers to the same query code', async () => {
      const r = await fileBirth();
      const pub = async () => (await t.http().get(`/api/v1/public/cases/${r.caseNumber}?code=${r.queryCode}`).expect(200)).body;
      const before = await pub();
      expect(before).toMatchObject({ caseNumber: r.caseNumber, itemName: '新生儿出生一件事', status: 'dispatched' });
      expect(before.children).toEqual([
        { caseNumber: r.children[0].caseNumber, itemName: '生育登记', status: 'delivered', statusText: '已送达', dueDate: r.children[0].dueDate },
        { caseNumber: r.children[1].caseNumber, itemName: '城乡居民医保参保登记', status: 'delivered', statusText: '已送达', dueDate: r.children[1].dueDate },
        { caseNumber: r.children[2].caseNumber, itemName: '出生户口登记', status: 'dispatched', statusText: '已受理，待部门办理', dueDate: r.children[2].dueDate },
      ]);
      expect(before.timeline.map((e: { text: string }) => e.text)).toContainEqual('一件事分 3 项办理：生育登记、城乡居民医保参保登记、出生户口登记');
      expect(JSON.stringify(before)).not.toContain(APPLICANT.idNumber);
      expect((await decide('officer-zl', r.children[2].id)).status).toBe(200);
      const after = await pub();
      expect(after).toMatchObject({ status: 'decided_approved', children: [{ status: 'delivered' }, { status: 'delivered' }, { status: 'decided_approved' }] });
      expect(after.timeline.at(-1).text).toContain('一件事全部办结');
      const part = (await t.http().get(`/api/v1/public/cases/${r.children[2].caseNumber}?code=${r.queryCode}`).expect(200)).body;
      expect(part).toMatchObject({ itemName: '出生户口登记', status: 'decided_approved' });
      expect(part.children).toBeUndefined();
    });
  });

  describe('supervision', () => {
    it('counts a bundle\'s open parts, not its summary case as well', async () => {
      const supervisor = await t.login('supervisor');
      const total = async () => (await t.http().get('/api/v1/supervision/overview?hall=TC').set(bearer(supervisor)).expect(200)).body.lights.total;
      const before = await total();
      await fileBirth(); // one open part (CSHK), two done at the window
      expect(await total()).toBe(before + 1);
    });
  });

  describe('rights', () => {
    it('a department sees and works only its own part; the bundle\'s case is no department\'s work', async () => {
      const r = await fileTwo();
      const [lnydz, cshk] = r.children;
      const gg = await t.login('officer-gg');
      const zl = await t.login('officer-zl');
      const inbox = async (token: string) => (await t.http().get('/api/v1/cases').set(bearer(token)).expect(200)).body.map((x: { id: number }) => x.id);
      expect(await inbox(gg)).toContain(lnydz.id);
      expect(await inbox(gg)).not.toContain(cshk.id);
      expect(await inbox(gg)).not.toContain(r.id);
      expect(await inbox(zl)).toContain(cshk.id);
      expect(await inbox(zl)).not.toContain(r.id);
      await getCase(t, zl, lnydz.id).expect(403);
      await getCase(t, zl, r.id).expect(403);
      await caseAction(t, zl, lnydz.id, 'claim').expect(403);
      const detail = (await getCase(t, clerk, r.id).expect(200)).body;
      expect(detail.children.map((p: { id: number; itemName: string }) => [p.id, p.itemName])).toEqual([[lnydz.id, '老年人优待证'], [cshk.id, '出生户口登记']]);
      expect((await getCase(t, zl, cshk.id).expect(200)).body.parentCase).toEqual({ id: r.id, caseNumber: expect.any(String), itemName: '优待证户口一件事' });
    });
  });
});

describe('bundles: the deadline sweep (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('lights the bundle\'s case with its part due last, and the board counts the part once', async () => {
    const clerk = await t.login('clerk1');
    const res = await createCase(t, clerk, { serviceItemCode: 'XSECS', materials: BIRTH_ALL, decision: 'accept' }).expect(201);
    const cshk = res.body.children[2] as Part;
    expect(res.body.dueDate).toBe(cshk.dueDate);
    t.clock.set(Date.parse(`${cshk.dueDate}T09:00:00+08:00`) + 24 * 3600 * 1000); // the day after the promise
    await t.app.get(CaseSweep).sweep(t.clock.now());
    const rows = await sql<{ id: number; warningLevel: string | null; supervised: unknown }>(t.app.get(DataSource), 'SELECT id, warningLevel, supervised FROM cases WHERE id IN (?, ?) ORDER BY id', [res.body.id, cshk.id]);
    expect(rows.map((r) => r.warningLevel)).toEqual(['red', 'red']);
    const board = (await t.http().get('/api/v1/supervision/overview?hall=TC').set(bearer(await t.login('supervisor'))).expect(200)).body;
    expect(board.lights).toMatchObject({ red: 1, total: 1 });
    expect(board.warnings.map((w: { caseNumber: string }) => w.caseNumber)).toEqual([cshk.caseNumber]);
  });
});
