import { CatalogMaterial, checkMaterials, IntakeDecision, MaterialStatus, missingForNotice } from './material-check';

const JZZ: CatalogMaterial[] = [
  { code: 'ID', name: '居民身份证', required: true, deferrable: false },
  { code: 'PHOTO', name: '证件照', required: true, deferrable: false },
  { code: 'RESIDENCE', name: '住所证明', required: true, deferrable: true },
  { code: 'EXTRA', name: '其他', required: false, deferrable: false },
];
const s = (code: string, status: MaterialStatus) => ({ code, status });

describe('checkMaterials', () => {
  it.each<[string, Array<{ code: string; status: MaterialStatus }>, IntakeDecision, boolean, string | null]>([
    ['accept with all required provided', [s('ID', 'provided'), s('PHOTO', 'provided'), s('RESIDENCE', 'provided')], 'accept', false, null],
    ['accept deferring the deferrable one (容缺)', [s('ID', 'provided'), s('PHOTO', 'provided'), s('RESIDENCE', 'deferred')], 'accept', false, null],
    ['accept with a required one missing', [s('ID', 'provided'), s('RESIDENCE', 'provided')], 'accept', false, 'MATERIALS_MISSING'],
    ['accept deferring a non-deferrable one', [s('ID', 'deferred'), s('PHOTO', 'provided'), s('RESIDENCE', 'provided')], 'accept', false, 'MATERIAL_NOT_DEFERRABLE'],
    ['accept of an immediate item', [s('ID', 'provided'), s('PHOTO', 'provided'), s('RESIDENCE', 'provided')], 'accept', true, 'IMMEDIATE_ITEM_COMPLETES'],
    ['complete an immediate item', [s('ID', 'provided'), s('PHOTO', 'provided'), s('RESIDENCE', 'provided')], 'complete', true, null],
    ['complete a promised item', [s('ID', 'provided'), s('PHOTO', 'provided'), s('RESIDENCE', 'provided')], 'complete', false, 'NOT_IMMEDIATE_ITEM'],
    ['complete with a deferral', [s('ID', 'provided'), s('PHOTO', 'provided'), s('RESIDENCE', 'deferred')], 'complete', true, 'DEFERRAL_NOT_ALLOWED'],
    ['complete with a required one missing', [s('ID', 'provided')], 'complete', true, 'MATERIALS_MISSING'],
    ['notify with something missing', [s('ID', 'provided')], 'notify', false, null],
    ['notify with nothing missing', [s('ID', 'provided'), s('PHOTO', 'provided'), s('RESIDENCE', 'provided')], 'notify', false, 'NOTHING_MISSING'],
    ['reject whatever the materials', [], 'reject', false, null],
    ['an unknown material', [s('ID', 'provided'), s('PASSPORT', 'provided')], 'accept', false, 'UNKNOWN_MATERIAL'],
    ['a material twice', [s('ID', 'provided'), s('ID', 'missing')], 'reject', false, 'DUPLICATE_MATERIAL'],
  ])('%s', (_name, submitted, decision, immediate, code) => {
    if (code) expect(() => checkMaterials(JZZ, submitted, decision, immediate)).toThrow(expect.objectContaining({ code, status: 422 }));
    else expect(() => checkMaterials(JZZ, submitted, decision, immediate)).not.toThrow();
  });

  it('lists every missing required material at once', () => {
    try {
      checkMaterials(JZZ, [s('RESIDENCE', 'deferred')], 'accept', false);
      throw new Error('expected refusal');
    } catch (e) {
      expect((e as { details: unknown }).details).toEqual({ missing: ['ID', 'PHOTO'] });
    }
  });

  it('counts unticked materials as missing, and the notice lists the required ones not provided', () => {
    const checked = checkMaterials(JZZ, [s('ID', 'provided')], 'notify', false);
    expect(checked.map((m) => `${m.code}:${m.status}`)).toEqual(['ID:provided', 'PHOTO:missing', 'RESIDENCE:missing', 'EXTRA:missing']);
    expect(missingForNotice(checked).map((m) => m.code)).toEqual(['PHOTO', 'RESIDENCE']);
  });
});
