import { CatalogService } from '../../src/catalog/catalog.service';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { createTestApp, TestApp } from '../support/test-app';

const DEMO_CODES = ['SYDJ', 'YBCB', 'SYDJ2', 'JZZ', 'LNYDZ', 'DIBAO', 'GLJT', 'CJBT', 'TYJR', 'LSJZ', 'GTHBB', 'SQ', 'CSHK', 'XSECS'];
const SUMMARY_KEYS = ['code', 'name', 'kind', 'departmentCodes', 'queueCode', 'promisedLimit', 'statutoryLimit', 'pinyinInitials', 'feeFen', 'visitsRequired'].sort();
const DETAIL_KEYS = [...SUMMARY_KEYS, 'windowMinutes', 'guide', 'departments', 'materials', 'steps'].sort();
const MATERIAL_KEYS = ['code', 'name', 'copies', 'original', 'required', 'deferrable', 'commitmentAllowed', 'note'].sort();
const STEP_KEYS = ['seq', 'name', 'departmentCode', 'departmentName', 'limit', 'external', 'responsible'].sort();

interface Material { code: string; required: boolean; deferrable: boolean }

describe('catalogue: the public API (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const get = (path: string) => t.http().get(`/api/v1/catalog/${path}`);
  const codesOf = async (query: string) => (await get(`items?${query}`).expect(200)).body.map((item: { code: string }) => item.code);

  describe('GET /api/v1/catalog/items', () => {
    it('lists the 14 demo items in catalogue order with the API.md shape', async () => {
      const { body } = await get('items').expect(200);
      expect(body.map((item: { code: string }) => item.code)).toEqual(DEMO_CODES);
      for (const item of body) {
        const keys = item.kind === 'bundle' ? [...SUMMARY_KEYS, 'memberCodes', 'members'].sort() : SUMMARY_KEYS;
        expect([item.code, Object.keys(item).sort()]).toEqual([item.code, keys]);
      }
      expect(body.find((item: { code: string }) => item.code === 'JZZ')).toEqual({
        code: 'JZZ',
        name: '居住证申领',
        kind: 'promised',
        departmentCodes: ['ZL'],
        queueCode: 'A',
        promisedLimit: { value: 15, unit: 'working_days' },
        statutoryLimit: { value: 15, unit: 'working_days' },
        pinyinInitials: 'JZZSL',
        feeFen: 0,
        visitsRequired: 1,
      });
    });

    it('has the demo kinds, departments, queues and limits of API.md', async () => {
      const { body } = await get('items').expect(200);
      const facts = Object.fromEntries(
        body.map((i: { code: string; kind: string; departmentCodes: string[]; queueCode: string; promisedLimit: { value: number; unit: string } }) => [
          i.code,
          `${i.departmentCodes.join('+')} ${i.kind} ${i.promisedLimit.value} ${i.promisedLimit.unit} ${i.queueCode}`,
        ]),
      );
      expect(facts).toEqual({
        SYDJ: 'GG immediate 0 working_days A',
        YBCB: 'GG immediate 0 working_days A',
        SYDJ2: 'GG immediate 0 working_days A',
        JZZ: 'ZL promised 15 working_days A',
        LNYDZ: 'GG promised 5 working_days A',
        DIBAO: 'GG escalated 23 working_days A',
        GLJT: 'GG escalated 20 working_days A',
        CJBT: 'GG+ZL joint 10 working_days A',
        TYJR: 'ZL escalated 20 working_days A',
        LSJZ: 'GG promised 15 working_days A',
        GTHBB: 'FZ promised 3 working_days C',
        SQ: 'ZL request 48 hours B',
        CSHK: 'ZL promised 5 working_days A',
        XSECS: 'GG+ZL bundle 5 working_days A',
      });
    });

    it.each([
      ['q=jzz', ['JZZ']],
      ['q=JZZ', ['JZZ']],
      [`q=${encodeURIComponent('居住')}`, ['JZZ']],
      ['q=sydj', ['SYDJ', 'SYDJ2']],
      ['q=SYDJ2', ['SYDJ2']],
      ['q=LN', ['LNYDZ']],
      ['q=lnrydz', ['LNYDZ']],
      [`q=${encodeURIComponent('优待证')}`, ['LNYDZ', 'TYJR']],
      [`q=${encodeURIComponent('登记')}`, ['SYDJ', 'YBCB', 'SYDJ2', 'GTHBB', 'CSHK']],
      ['q=gthbb', ['GTHBB']],
      ['q=zzz', []],
      ['q=', DEMO_CODES],
      ['department=ZL', ['JZZ', 'CJBT', 'TYJR', 'SQ', 'CSHK', 'XSECS']],
      ['department=FZ', ['GTHBB']],
      ['department=XX', []],
      ['kind=escalated', ['DIBAO', 'GLJT', 'TYJR']],
      ['kind=joint', ['CJBT']],
      ['kind=bundle', ['XSECS']],
      ['queue=B', ['SQ']],
      ['queue=C', ['GTHBB']],
      ['q=dj&department=GG', ['SYDJ', 'YBCB', 'SYDJ2']],
      ['kind=immediate&q=sydj', ['SYDJ', 'SYDJ2']],
      ['kind=promised&department=GG&queue=A', ['LNYDZ', 'LSJZ']],
    ])('?%s → %j', async (query, expected) => {
      expect(await codesOf(query)).toEqual(expected);
    });

    it.each(['kind=package', 'q=a&q=b', 'colour=red', `q=${'x'.repeat(65)}`])('?%s → 400 VALIDATION_FAILED', async (query) => {
      const res = await get(`items?${query}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    });
  });

  describe('GET /api/v1/catalog/items/{code}', () => {
    it('gives the guide of JZZ: materials, route with responsible departments, guide text', async () => {
      const { body } = await get('items/JZZ').expect(200);
      expect(Object.keys(body).sort()).toEqual(DETAIL_KEYS);
      expect(body).toMatchObject({ code: 'JZZ', name: '居住证申领', kind: 'promised', windowMinutes: null, departments: [{ code: 'ZL', name: '社会治理办公室' }] });
      expect(body.guide).toEqual(expect.any(String));
      expect(body.guide.length).toBeGreaterThan(10);
      expect(body.materials).toEqual([
        { code: 'ID', name: '居民身份证', copies: 1, original: true, required: true, deferrable: false, commitmentAllowed: false, note: '' },
        { code: 'PHOTO', name: '近期一寸白底证件照', copies: 2, original: false, required: true, deferrable: false, commitmentAllowed: false, note: '' },
        { code: 'RESIDENCE', name: '合法稳定住所、就业或就读证明', copies: 1, original: false, required: true, deferrable: true, commitmentAllowed: false, note: '可容缺受理，承诺 10 个工作日内补交' },
      ]);
      expect(body.steps).toEqual([
        { seq: 1, name: '综合窗口受理', departmentCode: null, departmentName: null, limit: { value: 0, unit: 'working_days' }, external: false, responsible: '综合窗口' },
        { seq: 2, name: '信息核查', departmentCode: 'ZL', departmentName: '社会治理办公室', limit: { value: 10, unit: 'working_days' }, external: false, responsible: '社会治理办公室' },
        { seq: 3, name: '制证与发证', departmentCode: 'ZL', departmentName: '社会治理办公室', limit: { value: 5, unit: 'working_days' }, external: false, responsible: '社会治理办公室' },
      ]);
    });

    it.each(DEMO_CODES.filter((code) => code !== 'XSECS'))('%s has ≥ 2 materials, ≥ 1 required, a route and the API.md shape', async (code) => {
      const { body } = await get(`items/${code}`).expect(200);
      expect(Object.keys(body).sort()).toEqual(DETAIL_KEYS);
      expect(body.materials.length).toBeGreaterThanOrEqual(2);
      expect(body.materials.some((m: Material) => m.required)).toBe(true);
      for (const m of body.materials) expect(Object.keys(m).sort()).toEqual(MATERIAL_KEYS);
      expect(body.steps.length).toBeGreaterThanOrEqual(1);
      body.steps.forEach((step: { seq: number }, i: number) => {
        expect(Object.keys(step).sort()).toEqual(STEP_KEYS);
        expect(step.seq).toBe(i + 1);
      });
      expect(body.departments.map((d: { code: string }) => d.code)).toEqual(body.departmentCodes);
      expect(body.promisedLimit.value).toBeLessThanOrEqual(body.statutoryLimit.value);
    });

    it('JZZ has a deferrable (容缺) material; the immediate items have none', async () => {
      const deferrable = async (code: string) => (await get(`items/${code}`).expect(200)).body.materials.filter((m: Material) => m.deferrable).map((m: Material) => m.code);
      expect(await deferrable('JZZ')).toEqual(['RESIDENCE']);
      for (const code of ['SYDJ', 'YBCB', 'SYDJ2']) expect(await deferrable(code)).toEqual([]);
    });

    it('XSECS (新生儿出生一件事) is a bundle of three parts in GG and ZL with the union of their materials, each once', async () => {
      const { body } = await get('items/XSECS').expect(200);
      expect(Object.keys(body).sort()).toEqual([...DETAIL_KEYS, 'memberCodes', 'members'].sort());
      expect(body).toMatchObject({
        kind: 'bundle', departmentCodes: ['GG', 'ZL'], memberCodes: ['SYDJ', 'YBCB', 'CSHK'],
        members: [
          { code: 'SYDJ', name: '生育登记', kind: 'immediate', departmentCodes: ['GG'], promisedLimit: { value: 0, unit: 'working_days' } },
          { code: 'YBCB', name: '城乡居民医保参保登记', kind: 'immediate', departmentCodes: ['GG'] },
          { code: 'CSHK', name: '出生户口登记', kind: 'promised', departmentCodes: ['ZL'], promisedLimit: { value: 5, unit: 'working_days' } },
        ],
      });
      expect(body.materials.map((m: Material & { memberCodes: string[] }) => [m.code, m.required, m.memberCodes])).toEqual([
        ['ID', true, ['SYDJ', 'YBCB', 'CSHK']], ['HUKOU', true, ['SYDJ', 'CSHK']], ['MARRIAGE', false, ['SYDJ', 'CSHK']], ['BIRTH', true, ['YBCB', 'CSHK']],
      ]);
    });

    it('CJBT is joint between GG and ZL, GG leading', async () => {
      const { body } = await get('items/CJBT').expect(200);
      expect(body).toMatchObject({ kind: 'joint', departmentCodes: ['GG', 'ZL'], departments: [{ code: 'GG', name: '公共服务办公室' }, { code: 'ZL', name: '社会治理办公室' }] });
    });

    it('SQ counts in hours, its route too', async () => {
      const { body } = await get('items/SQ').expect(200);
      expect(body).toMatchObject({ kind: 'request', promisedLimit: { value: 48, unit: 'hours' }, statutoryLimit: { value: 72, unit: 'hours' }, visitsRequired: 0 });
      expect(body.steps.map((s: { limit: { unit: string } }) => s.limit.unit)).toEqual(['hours', 'hours']);
    });

    it('the escalated items end with an external step', async () => {
      for (const code of ['DIBAO', 'GLJT', 'TYJR']) {
        const { body } = await get(`items/${code}`).expect(200);
        expect([code, body.steps.at(-1).external, body.steps.at(-1).departmentCode]).toEqual([code, true, null]);
      }
    });

    it.each(['NOPE', 'jzz', 'JZZ%20', '%3Cscript%3E'])('%s → 404 ITEM_NOT_FOUND', async (code) => {
      const res = await get(`items/${code}`).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'ITEM_NOT_FOUND' });
    });
  });

  it('GET /api/v1/catalog/departments lists the demo departments by code', async () => {
    expect((await get('departments').expect(200)).body).toEqual([
      { code: 'DJ', name: '党建工作办公室' },
      { code: 'FZ', name: '区域发展办公室' },
      { code: 'GG', name: '公共服务办公室' },
      { code: 'XC', name: '综合巡查大队' },
      { code: 'ZH', name: '机关综合办公室' },
      { code: 'ZL', name: '社会治理办公室' },
    ]);
  });

  describe('CatalogService (what the case intake uses)', () => {
    it('getItem gives the item with departments, materials and steps, from the cache', async () => {
      const catalog = t.app.get(CatalogService);
      const detail = await catalog.getItem('CJBT');
      expect(detail.item).toMatchObject({ code: 'CJBT', kind: 'joint', promisedLimitValue: 10, promisedLimitUnit: 'working_days', active: true });
      expect(detail.departmentCodes).toEqual(['GG', 'ZL']);
      expect(detail.materials.map((m) => m.code)).toEqual(['ID', 'DISABILITY', 'BANK']);
      expect(detail.steps.map((s) => s.seq)).toEqual([1, 2, 3]);
      expect(await catalog.getItem('CJBT')).toBe(detail);
      expect(Object.isFrozen(detail.item) && Object.isFrozen(detail.materials) && Object.isFrozen(detail.materials[0])).toBe(true);
    });

    it('the first read of a fresh process may happen inside a transaction (the case intake does) without waiting on it', async () => {
      const fresh = await createTestApp();
      try {
        const read = fresh.app.get(TransactionRunner).run(async () => (await fresh.app.get(CatalogService).getItem('JZZ')).item.name);
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('catalogue read inside a transaction hung')), 5000));
        expect(await Promise.race([read, timeout])).toBe('居住证申领');
      } finally {
        await fresh.close();
      }
    });

    it('getItem throws ITEM_NOT_FOUND (404) for an unknown code', async () => {
      await expect(t.app.get(CatalogService).getItem('NOPE')).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND', status: 404 });
    });

    it('search ranks exact code, code prefix, initials, name', async () => {
      const catalog = t.app.get(CatalogService);
      expect((await catalog.search('sydj')).map((d) => d.item.code)).toEqual(['SYDJ', 'SYDJ2']);
      expect((await catalog.search('jzz')).map((d) => d.item.code)).toEqual(['JZZ']);
      expect((await catalog.search('居住')).map((d) => d.item.code)).toEqual(['JZZ']);
    });
  });
});
