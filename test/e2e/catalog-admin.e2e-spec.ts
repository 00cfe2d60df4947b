import { CatalogService } from '../../src/catalog/catalog.service';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const API = '/api/v1/catalog';

/** A valid new item (婚姻登记咨询, promised, FZ) in the CatalogItemSeed shape. */
function newItem(overrides: Record<string, unknown> = {}) {
  return {
    code: 'HYZX',
    name: '婚育咨询',
    kind: 'promised',
    departmentCodes: ['GG'],
    queueCode: 'A',
    promisedLimit: { value: 3, unit: 'working_days' },
    statutoryLimit: { value: 5, unit: 'working_days' },
    feeFen: 0,
    visitsRequired: 1,
    windowMinutes: null,
    guide: '提供婚育政策咨询与材料预审。',
    materials: [
      { code: 'ID', name: '居民身份证', copies: 1, original: true, required: true, deferrable: false, commitmentAllowed: false, note: '' },
      { code: 'FORM', name: '咨询登记表', copies: 1, original: false, required: false, deferrable: false, commitmentAllowed: true, note: '现场填写' },
    ],
    steps: [
      { name: '综合窗口受理', departmentCode: null, limitValue: 0, limitUnit: 'working_days', external: false, responsible: '综合窗口' },
      { name: '政策答复', departmentCode: 'GG', limitValue: 3, limitUnit: 'working_days', external: false, responsible: '公共服务办公室' },
    ],
    ...overrides,
  };
}

/** A bundle (一件事) of two demo items: no departments or materials of its own. */
function bundleBody() {
  return { kind: 'bundle', departmentCodes: [], materials: [], steps: [], memberCodes: ['SYDJ', 'JZZ'], promisedLimit: { value: 15, unit: 'working_days' }, statutoryLimit: { value: 15, unit: 'working_days' } };
}

type Body = Record<string, unknown> & { materials: Array<Record<string, unknown>>; steps: Array<Record<string, unknown>> };

describe('catalogue administration (e2e)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const as = (token: string | null) => {
    const auth = (req: ReturnType<ReturnType<TestApp['http']>['get']>) => (token ? req.set(bearer(token)) : req);
    return {
      get: (path: string) => auth(t.http().get(`${API}/${path}`)),
      post: (path: string, body?: unknown) => auth(t.http().post(`${API}/${path}`)).send(body as object),
      put: (path: string, body?: unknown) => auth(t.http().put(`${API}/${path}`)).send(body as object),
    };
  };
  const api = () => as(admin);
  const publicCodes = async () => (await t.http().get(`${API}/items`).expect(200)).body.map((i: { code: string }) => i.code);
  const definition = async (code: string) => (await api().get(`admin/items/${code}`).expect(200)).body.definition as Body;
  const adminList = async () => (await api().get('admin/items').expect(200)).body;

  describe('only admins', () => {
    // every row has three entries: Jest takes a missing last argument for a `done` callback
    const writes: Array<[string, string, unknown]> = [
      ['post', 'items', newItem({ code: 'AUTHX' })],
      ['put', 'items/JZZ', newItem({ code: 'JZZ' })],
      ['post', 'items/JZZ/deactivate', undefined],
      ['post', 'items/JZZ/activate', undefined],
      ['get', 'admin/items', undefined],
      ['get', 'admin/items/JZZ', undefined],
      ['post', 'departments', { code: 'AUTHD', name: '测试部门' }],
      ['put', 'departments/ZL', { name: '改名' }],
    ];

    it.each(writes)('anonymous %s %s → 401 INVALID_TOKEN', async (method, path, body) => {
      const res = await (as(null) as unknown as Record<string, (p: string, b?: unknown) => Promise<{ status: number; body: { code: string } }>>)[method](path, body);
      expect([res.status, res.body.code]).toEqual([401, 'INVALID_TOKEN']);
    });

    it.each(['clerk1', 'supervisor', 'officer-gg', 'head-zl', 'screen'])('%s → 403 FORBIDDEN on every admin route, nothing changed', async (username) => {
      const before = await adminList();
      const token = await t.login(username);
      for (const [method, path, body] of writes) {
        const res = await (as(token) as unknown as Record<string, (p: string, b?: unknown) => Promise<{ status: number; body: { code: string } }>>)[method](path, body);
        expect([method, path, res.status, res.body.code]).toEqual([method, path, 403, 'FORBIDDEN']);
      }
      expect(await adminList()).toEqual(before);
      expect((await t.http().get(`${API}/departments`).expect(200)).body.find((d: { code: string }) => d.code === 'ZL').name).toBe('社会治理办公室');
    });
  });

  describe('create, replace, deactivate', () => {
    it('creates an item at the end of the catalogue; the public API, search and the guide show it', async () => {
      const res = await api().post('items', newItem()).expect(201);
      expect(res.body).toEqual({ code: 'HYZX', active: true, pinyinInitials: 'HYZX', definition: newItem() });
      expect((await publicCodes()).at(-1)).toBe('HYZX');
      const guide = (await t.http().get(`${API}/items/HYZX`).expect(200)).body;
      expect(guide).toMatchObject({ name: '婚育咨询', departments: [{ code: 'GG', name: '公共服务办公室' }], materials: [{ code: 'ID' }, { code: 'FORM', commitmentAllowed: true }] });
      expect(guide.steps[1]).toEqual({ seq: 2, name: '政策答复', departmentCode: 'GG', departmentName: '公共服务办公室', limit: { value: 3, unit: 'working_days' }, external: false, responsible: '公共服务办公室' });
      expect((await t.http().get(`${API}/items?q=hyzx`).expect(200)).body.map((i: { code: string }) => i.code)).toEqual(['HYZX']);
    });

    it('creates a bundle (一件事) of existing items; the guide shows its parts and their materials once; PUT takes the definition back', async () => {
      const body = newItem({ code: 'JZSY', name: '居住生育一件事', ...bundleBody() });
      const res = await api().post('items', body).expect(201);
      expect(res.body.definition).toEqual(body);
      const guide = (await t.http().get(`${API}/items/JZSY`).expect(200)).body;
      expect(guide).toMatchObject({ kind: 'bundle', departmentCodes: ['GG', 'ZL'], memberCodes: ['SYDJ', 'JZZ'], members: [{ code: 'SYDJ' }, { code: 'JZZ' }] });
      expect(guide.materials.map((m: { code: string }) => m.code)).toEqual(['ID', 'HUKOU', 'MARRIAGE', 'PHOTO', 'RESIDENCE']);
      await api().put('items/JZSY', { ...res.body.definition, memberCodes: ['JZZ', 'YBCB'] }).expect(200);
      expect((await definition('JZSY')).memberCodes).toEqual(['JZZ', 'YBCB']);
      // a member of a bundle may not itself become a bundle
      const yb = await definition('YBCB');
      expect((await api().put('items/YBCB', { ...yb, ...bundleBody() }).expect(422)).body.details.issues.map((i: { path: string }) => i.path)).toEqual(['kind']);
    });

    it('fills in defaults and trims text', async () => {
      const minimal = {
        code: 'MINI',
        name: '  简易事项 ',
        kind: 'immediate',
        departmentCodes: ['GG'],
        promisedLimit: { value: 0, unit: 'working_days' },
        statutoryLimit: { value: 1, unit: 'working_days' },
        materials: [{ code: 'ID', name: '身份证' }],
        steps: [],
      };
      const { body } = await api().post('items', minimal).expect(201);
      expect(body.definition).toEqual({
        code: 'MINI', name: '简易事项', kind: 'immediate', departmentCodes: ['GG'], queueCode: null,
        promisedLimit: { value: 0, unit: 'working_days' }, statutoryLimit: { value: 1, unit: 'working_days' },
        feeFen: 0, visitsRequired: 1, windowMinutes: null, guide: '',
        materials: [{ code: 'ID', name: '身份证', copies: 1, original: false, required: true, deferrable: false, commitmentAllowed: false, note: '' }],
        steps: [],
      });
      expect(body.pinyinInitials).toBe('JYSX');
    });

    it('refuses a taken code with 409 ITEM_EXISTS and changes nothing', async () => {
      const before = await definition('JZZ');
      const res = await api().post('items', newItem({ code: 'JZZ', name: '别的事项' })).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'ITEM_EXISTS' });
      expect(await definition('JZZ')).toEqual(before);
    });

    it('replaces a whole item, keeping its place; the guide follows at once', async () => {
      const order = await publicCodes();
      const jzz = await definition('JZZ');
      jzz.materials[0].name = '居民身份证（有效期内）';
      jzz.materials.push({ code: 'COMMIT', name: '承诺书', copies: 1, original: true, required: false, deferrable: false, commitmentAllowed: false, note: '' });
      jzz.steps.splice(1, 1);
      jzz.guide = '第一段。\n第二段。';
      const res = await api().put('items/JZZ', jzz).expect(200);
      expect(res.body).toEqual({ code: 'JZZ', active: true, pinyinInitials: 'JZZSL', definition: jzz });
      const guide = (await t.http().get(`${API}/items/JZZ`).expect(200)).body;
      expect(guide.materials.map((m: { name: string }) => m.name)).toEqual(['居民身份证（有效期内）', '近期一寸白底证件照', '合法稳定住所、就业或就读证明', '承诺书']);
      expect(guide.steps.map((s: { seq: number; name: string }) => `${s.seq} ${s.name}`)).toEqual(['1 综合窗口受理', '2 制证与发证']);
      expect(guide.guide).toBe('第一段。\n第二段。');
      expect(await publicCodes()).toEqual(order);
    });

    it('the cached item the case intake reads is replaced by every write, never changed in place', async () => {
      const catalog = t.app.get(CatalogService);
      const before = await catalog.getItem('LSJZ');
      expect(await catalog.getItem('LSJZ')).toBe(before);
      await api().put('items/LSJZ', { ...(await definition('LSJZ')), guide: '新的办理须知。' }).expect(200);
      const after = await catalog.getItem('LSJZ');
      expect(after).not.toBe(before);
      expect([before.item.guide === '新的办理须知。', after.item.guide]).toEqual([false, '新的办理须知。']);
      expect(() => {
        (after.materials as unknown[]).push({});
      }).toThrow(TypeError);
      await api().post('items/LSJZ/deactivate').expect(200);
      await expect(catalog.getItem('LSJZ')).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
      expect((await catalog.getItem('LSJZ', { includeInactive: true })).item.active).toBe(false);
      await api().post('items/LSJZ/activate').expect(200);
    });

    it('renames an item: new pinyin initials, found by them', async () => {
      const body = { ...(await definition('HYZX')), name: '婚育政策咨询' };
      expect((await api().put('items/HYZX', body).expect(200)).body.pinyinInitials).toBe('HYZCZX');
      expect((await t.http().get(`${API}/items?q=hyzc`).expect(200)).body.map((i: { code: string }) => i.code)).toEqual(['HYZX']);
    });

    it('PUT without a code in the body takes the path\'s', async () => {
      const { code: _code, ...body } = await definition('HYZX');
      await api().put('items/HYZX', body).expect(200);
    });

    it('PUT of an unknown item → 404 ITEM_NOT_FOUND, and creates nothing', async () => {
      const res = await api().put('items/NOPE', newItem({ code: 'NOPE' })).expect(404);
      expect(res.body.code).toBe('ITEM_NOT_FOUND');
      await t.http().get(`${API}/items/NOPE`).expect(404);
    });

    it('PUT cannot change the code (422 INVALID_ITEM)', async () => {
      const res = await api().put('items/HYZX', newItem({ code: 'OTHER' })).expect(422);
      expect(res.body).toMatchObject({ code: 'INVALID_ITEM', details: { issues: [{ path: 'code', code: 'INVALID_ITEM' }] } });
      await t.http().get(`${API}/items/OTHER`).expect(404);
    });

    it('deactivates softly: gone from the public list, search and guide; kept for admins and cases; reactivates in place', async () => {
      const order = await publicCodes();
      const res = await api().post('items/LNYDZ/deactivate').expect(200);
      expect(res.body).toMatchObject({ code: 'LNYDZ', active: false });
      expect(await publicCodes()).toEqual(order.filter((c: string) => c !== 'LNYDZ'));
      expect((await t.http().get(`${API}/items/LNYDZ`).expect(404)).body.code).toBe('ITEM_NOT_FOUND');
      expect((await t.http().get(`${API}/items?q=ln`).expect(200)).body).toEqual([]);
      expect((await adminList()).find((i: { code: string }) => i.code === 'LNYDZ')).toMatchObject({ code: 'LNYDZ', active: false, name: '老年人优待证' });
      expect((await api().get('admin/items?q=ln').expect(200)).body.map((i: { code: string }) => i.code)).toEqual(['LNYDZ']);
      expect((await api().get('admin/items/LNYDZ').expect(200)).body.active).toBe(false);

      // deactivating twice is harmless; a replace keeps it inactive
      await api().post('items/LNYDZ/deactivate').expect(200);
      const body = await definition('LNYDZ');
      expect((await api().put('items/LNYDZ', { ...body, guide: '暂停办理。' }).expect(200)).body.active).toBe(false);
      await t.http().get(`${API}/items/LNYDZ`).expect(404);

      expect((await api().post('items/LNYDZ/activate').expect(200)).body.active).toBe(true);
      expect(await publicCodes()).toEqual(order);
      expect((await t.http().get(`${API}/items/LNYDZ`).expect(200)).body.guide).toBe('暂停办理。');
    });

    it.each(['deactivate', 'activate'])('%s of an unknown item → 404 ITEM_NOT_FOUND', async (action) => {
      expect((await api().post(`items/NOPE/${action}`).expect(404)).body.code).toBe('ITEM_NOT_FOUND');
    });

    it('concurrent creates and replaces all succeed, in order, with no 5xx', async () => {
      const creates = Array.from({ length: 8 }, (_, i) => api().post('items', newItem({ code: `PAR${i}`, name: `并发事项${i}` })));
      const base = await definition('GTHBB');
      const replaces = Array.from({ length: 8 }, (_, i) => api().put('items/GTHBB', { ...base, guide: `版本 ${i}` }));
      const reads = Array.from({ length: 8 }, () => t.http().get(`${API}/items/GTHBB`));
      const results = await Promise.all([...creates, ...replaces, ...reads]);
      expect(results.map((r) => r.status)).toEqual([...Array(8).fill(201), ...Array(8).fill(200), ...Array(8).fill(200)]);
      const codes = await publicCodes();
      expect(codes.filter((c: string) => c.startsWith('PAR')).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `PAR${i}`));
      expect(new Set(codes).size).toBe(codes.length);
      const guide = (await t.http().get(`${API}/items/GTHBB`).expect(200)).body.guide;
      expect(guide).toMatch(/^版本 [0-7]$/);
      expect((await t.http().get(`${API}/items/GTHBB`).expect(200)).body.materials).toHaveLength(2);
    });
  });

  describe('bad input changes nothing', () => {
    let before: unknown;
    beforeAll(async () => (before = { list: await adminList(), jzz: await definition('JZZ') }));
    afterAll(async () => expect({ list: await adminList(), jzz: await definition('JZZ') }).toEqual(before));

    const material = (overrides: Record<string, unknown>) => ({ code: 'ID', name: '居民身份证', copies: 1, original: true, required: true, deferrable: false, commitmentAllowed: false, note: '', ...overrides });

    it.each<[string, unknown]>([
      ['an array body', [newItem({ code: 'BAD1' })]],
      ['no name', (({ name: _n, ...rest }) => rest)(newItem({ code: 'BAD1' }))],
      ['no code', (({ code: _c, ...rest }) => rest)(newItem())],
      ['a numeric code', newItem({ code: 12 })],
      ['an unknown field', newItem({ code: 'BAD1', colour: 'red' })],
      ['materials not an array', newItem({ code: 'BAD1', materials: 'ID' })],
      ['a material that is a string', newItem({ code: 'BAD1', materials: ['ID'] })],
      ['a material without a code', newItem({ code: 'BAD1', materials: [{ name: '身份证' }] })],
      ['an unknown material field', newItem({ code: 'BAD1', materials: [material({ colour: 'red' })] })],
      ['copies as a string', newItem({ code: 'BAD1', materials: [material({ copies: '1' })] })],
      ['required as a string', newItem({ code: 'BAD1', materials: [material({ required: 'yes' })] })],
      ['a limit as a number', newItem({ code: 'BAD1', promisedLimit: 3 })],
      ['a limit without a unit', newItem({ code: 'BAD1', promisedLimit: { value: 3 } })],
      ['a fractional limit', newItem({ code: 'BAD1', statutoryLimit: { value: 2.5, unit: 'working_days' } })],
      ['no statutory limit', (({ statutoryLimit: _s, ...rest }) => rest)(newItem({ code: 'BAD1' }))],
      ['departmentCodes as a string', newItem({ code: 'BAD1', departmentCodes: 'GG' })],
      ['a step without a limit', newItem({ code: 'BAD1', steps: [{ name: '受理', limitUnit: 'working_days' }] })],
      ['steps missing', (({ steps: _s, ...rest }) => rest)(newItem({ code: 'BAD1' }))],
      ['a null kind', newItem({ code: 'BAD1', kind: null })],
    ])('POST with %s → 400 VALIDATION_FAILED', async (_case, body) => {
      const res = await api().post('items', body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String) });
    });

    it('PUT with a bad shape → 400 too', async () => {
      const jzz = await definition('JZZ');
      expect((await api().put('items/JZZ', { ...jzz, materials: [{ ...jzz.materials[0], copies: 'two' }] }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });

    it.each<[string, Record<string, unknown>, string, string[]]>([
      ['an unknown kind', { kind: 'package' }, 'INVALID_ITEM', ['kind']],
      ['a lower-case code', { code: 'bad1' }, 'INVALID_ITEM', ['code']],
      ['a unit in days', { promisedLimit: { value: 3, unit: 'days' } }, 'INVALID_ITEM', ['promisedLimit.unit']],
      ['promised longer than statutory', { promisedLimit: { value: 9, unit: 'working_days' } }, 'INVALID_ITEM', ['promisedLimit.value']],
      ['an immediate item with days', { kind: 'immediate' }, 'INVALID_ITEM', ['promisedLimit']],
      ['a request in working days', { kind: 'request' }, 'INVALID_ITEM', ['promisedLimit.unit', 'statutoryLimit.unit']],
      ['a joint item of one department', { kind: 'joint' }, 'INVALID_ITEM', ['departmentCodes']],
      ['two departments on a promised item', { departmentCodes: ['GG', 'ZL'] }, 'INVALID_ITEM', ['departmentCodes']],
      ['an unknown department', { departmentCodes: ['XX'] }, 'UNKNOWN_DEPARTMENT', ['departmentCodes[0]']],
      ['an unknown step department', { steps: [{ name: '审核', departmentCode: 'XX', limitValue: 1, limitUnit: 'working_days', external: false, responsible: '' }] }, 'UNKNOWN_DEPARTMENT', ['steps[0].departmentCode']],
      ['an unknown queue', { queueCode: 'Z' }, 'UNKNOWN_QUEUE', ['queueCode']],
      ['no materials', { materials: [] }, 'INVALID_ITEM', ['materials']],
      ['no required material', { materials: [material({ required: false, original: false })] }, 'INVALID_ITEM', ['materials']],
      ['a repeated material code', { materials: [material({}), material({ name: '户口簿' })] }, 'INVALID_ITEM', ['materials']],
      ['a bad material code', { materials: [material({ code: 'id card' })] }, 'INVALID_ITEM', ['materials[0].code']],
      ['a deferrable optional material', { materials: [material({}), material({ code: 'X', required: false, deferrable: true })] }, 'INVALID_ITEM', ['materials[1].deferrable']],
      ['zero copies', { materials: [material({ copies: 0 })] }, 'INVALID_ITEM', ['materials[0].copies']],
      ['a blank name', { name: '   ' }, 'INVALID_ITEM', ['name']],
      ['a negative fee', { feeFen: -100 }, 'INVALID_ITEM', ['feeFen']],
      ['a bundle with an unknown member', { ...bundleBody(), memberCodes: ['SYDJ', 'NOPE'] }, 'INVALID_ITEM', ['memberCodes[1]']],
      ['a bundle inside a bundle', { ...bundleBody(), memberCodes: ['SYDJ', 'XSECS'] }, 'INVALID_ITEM', ['memberCodes[1]']],
      ['a bundle with a request', { ...bundleBody(), memberCodes: ['SYDJ', 'SQ'] }, 'INVALID_ITEM', ['memberCodes[1]']],
      ['a bundle of one member', { ...bundleBody(), memberCodes: ['SYDJ'] }, 'INVALID_ITEM', ['memberCodes']],
      ['a bundle with its own materials', { ...bundleBody(), materials: [material({})] }, 'INVALID_ITEM', ['materials']],
      ['members on a promised item', { memberCodes: ['SYDJ', 'YBCB'] }, 'INVALID_ITEM', ['memberCodes']],
    ])('POST with %s → 422 %s listing the problem', async (_case, overrides, code, paths) => {
      const res = await api().post('items', newItem({ code: 'BAD1', ...overrides })).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code, message: expect.any(String) });
      expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(paths);
      expect(res.body.details.problems).toHaveLength(paths.length);
      for (const problem of res.body.details.problems) expect(problem).toMatch(/[\u4e00-\u9fa5]/);
    });

    it('a demo bundle\'s member may not become a request', async () => {
      const cshk = await definition('CSHK');
      const res = await api().put('items/CSHK', { ...cshk, kind: 'request', promisedLimit: { value: 48, unit: 'hours' }, statutoryLimit: { value: 72, unit: 'hours' } }).expect(422);
      expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(['kind']);
    });

    it('lists every problem of one request at once', async () => {
      const res = await api()
        .post('items', newItem({ code: 'x', kind: 'joint', departmentCodes: ['GG', 'XX'], queueCode: 'Z', materials: [material({ required: false, original: false })] }))
        .expect(422);
      expect(res.body.code).toBe('INVALID_ITEM');
      expect(res.body.details.issues.map((i: { path: string; code: string }) => `${i.code} ${i.path}`)).toEqual([
        'INVALID_ITEM code',
        'UNKNOWN_DEPARTMENT departmentCodes[1]',
        'UNKNOWN_QUEUE queueCode',
        'INVALID_ITEM materials',
      ]);
      expect(res.body.details.problems).toHaveLength(4);
    });

    it('PUT with broken rules → 422 and the item stays as it was', async () => {
      const jzz = await definition('JZZ');
      const res = await api().put('items/JZZ', { ...jzz, promisedLimit: { value: 20, unit: 'working_days' }, materials: [] }).expect(422);
      expect(res.body.details.issues.map((i: { path: string }) => i.path)).toEqual(['promisedLimit.value', 'materials']);
    });
  });

  describe('departments', () => {
    it('creates and renames a department; item guides show the new name at once', async () => {
      expect((await api().post('departments', { code: 'MZ', name: '民政服务站' }).expect(201)).body).toEqual({ code: 'MZ', name: '民政服务站' });
      expect((await t.http().get(`${API}/departments`).expect(200)).body).toContainEqual({ code: 'MZ', name: '民政服务站' });
      await api().post('items', newItem({ code: 'MZZX', departmentCodes: ['MZ'], steps: [] })).expect(201);
      expect((await t.http().get(`${API}/items?department=MZ`).expect(200)).body.map((i: { code: string }) => i.code)).toEqual(['MZZX']);

      expect((await api().put('departments/MZ', { name: ' 民政服务中心 ' }).expect(200)).body).toEqual({ code: 'MZ', name: '民政服务中心' });
      expect((await t.http().get(`${API}/items/MZZX`).expect(200)).body.departments).toEqual([{ code: 'MZ', name: '民政服务中心' }]);
    });

    it('renaming changes the route\'s department names too', async () => {
      await api().put('departments/ZL', { name: '社会治理办' }).expect(200);
      expect((await t.http().get(`${API}/items/TYJR`).expect(200)).body.steps[1].departmentName).toBe('社会治理办');
      await api().put('departments/ZL', { name: '社会治理办公室' }).expect(200);
    });

    it('refuses a taken code (409 DEPARTMENT_EXISTS), an unknown one (404 DEPARTMENT_NOT_FOUND) and bad shapes (400)', async () => {
      expect((await api().post('departments', { code: 'GG', name: '重复' }).expect(409)).body.code).toBe('DEPARTMENT_EXISTS');
      expect((await api().put('departments/NOPE', { name: '无' }).expect(404)).body.code).toBe('DEPARTMENT_NOT_FOUND');
      for (const body of [{ code: 'gg2', name: '小写' }, { code: 'G', name: '太短' }, { code: 'OK2' }, { code: 'OK3', name: '  ' }, { code: 'OK4', name: '名', extra: 1 }]) {
        expect((await api().post('departments', body).expect(400)).body.code).toBe('VALIDATION_FAILED');
      }
      expect((await api().put('departments/GG', { name: '' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await t.http().get(`${API}/departments`).expect(200)).body.find((d: { code: string }) => d.code === 'GG')).toEqual({ code: 'GG', name: '公共服务办公室' });
    });
  });
});
