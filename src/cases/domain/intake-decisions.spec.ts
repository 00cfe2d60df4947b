import { completesAtWindow, hasReason, intakeDecisions, IntakeItem } from './intake-decisions';
import type { IntakeDecision, MaterialStatus } from './material-check';

const promised: IntakeItem = {
  kind: 'promised',
  materials: [
    { code: 'ID', name: '居民身份证', required: true, deferrable: false },
    { code: 'PHOTO', name: '证件照', required: true, deferrable: false },
    { code: 'RESIDENCE', name: '住所证明', required: true, deferrable: true },
    { code: 'EXTRA', name: '其他', required: false, deferrable: false },
  ],
};
const immediate: IntakeItem = { kind: 'immediate', materials: [{ code: 'ID', name: '身份证', required: true, deferrable: false }] };
const all = (item: IntakeItem, status: MaterialStatus) => Object.fromEntries(item.materials.map((m) => [m.code, status]));

describe('intakeDecisions', () => {
  it.each<[string, IntakeItem | null, Record<string, MaterialStatus>, { personOk: boolean; reason?: string }, Record<IntakeDecision, boolean>, Partial<Record<IntakeDecision, string>>]>([
    ['nothing ticked', promised, {}, { personOk: true }, { accept: false, notify: true, reject: false, complete: false }, { accept: '缺少必需材料：居民身份证、证件照、住所证明', reject: '请先填写不予受理的理由' }],
    ['residence deferred', promised, { ID: 'provided', PHOTO: 'provided', RESIDENCE: 'deferred' }, { personOk: true, reason: '不属本中心' }, { accept: true, notify: false, reject: true, complete: false }, { complete: '只有即办件可以当场办结', notify: '必需材料已齐全，无需一次性告知' }],
    ['all provided', promised, all(promised, 'provided'), { personOk: true }, { accept: true, notify: false, reject: false, complete: false }, { notify: '必需材料已齐全，无需一次性告知' }],
    ['applicant incomplete', promised, all(promised, 'provided'), { personOk: false, reason: 'x' }, { accept: false, notify: false, reject: false, complete: false }, { accept: '请先把申请人（及代办人）信息填写完整、正确' }],
    ['a non-deferrable deferral blocks everything', promised, { ID: 'deferred' }, { personOk: true, reason: 'x' }, { accept: false, notify: false, reject: false, complete: false }, { reject: '这些材料不能容缺：居民身份证' }],
    ['immediate, provided', immediate, all(immediate, 'provided'), { personOk: true }, { accept: false, notify: false, reject: false, complete: true }, { accept: '即办件请选择「当场办结」' }],
    ['no item', null, {}, { personOk: true }, { accept: false, notify: false, reject: false, complete: false }, { complete: '请先选择事项' }],
  ])('%s', (_name, item, statuses, form, enabled, why) => {
    const out = intakeDecisions(item, statuses, form);
    expect(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.enabled]))).toEqual(enabled);
    for (const [decision, text] of Object.entries(why)) expect(out[decision as IntakeDecision].why).toBe(text);
    for (const state of Object.values(out)) expect(state.why === '').toBe(state.enabled);
  });

  it.each([['不属本中心', true], ['  ', false], ['', false], [null, false], [undefined, false]])('hasReason(%j) → %s', (reason, ok) => {
    expect(hasReason(reason)).toBe(ok);
  });
});

describe('completesAtWindow', () => {
  const bundle = (...kinds: string[]): IntakeItem => ({ kind: 'bundle', materials: immediate.materials, members: kinds.map((kind) => ({ kind })) });

  it.each<[string, IntakeItem, boolean]>([
    ['an immediate item', immediate, true],
    ['a promised item', promised, false],
    ['a bundle of immediate members', bundle('immediate', 'immediate'), true],
    ['a bundle with a promised member (新生儿出生一件事)', bundle('immediate', 'immediate', 'promised'), false],
    ['a bundle without members', bundle(), false],
  ])('%s → %s', (_name, item, expected) => {
    expect(completesAtWindow(item)).toBe(expected);
  });

  it('offers 受理 for a bundle with a promised member and 当场办结 for an all-immediate one', () => {
    const mixed = intakeDecisions(bundle('immediate', 'promised'), all(immediate, 'provided'), { personOk: true });
    expect([mixed.accept.enabled, mixed.complete.enabled]).toEqual([true, false]);
    const quick = intakeDecisions(bundle('immediate', 'immediate'), all(immediate, 'provided'), { personOk: true });
    expect([quick.accept.enabled, quick.complete.enabled]).toEqual([false, true]);
  });
});
