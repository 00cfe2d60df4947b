import type { AuthUser } from '../../auth/domain/auth-user';
import { checkMaterials } from './material-check';
import { intakeMaterials, isAgentsOwnCase, limitedToOwnCases, MANDATE, mayFileAt, filesAsAgent, residentVisits, visitFigures, VisitEvent } from './point-agent';

const user = (roles: AuthUser['roles'], hallCodes: string[] = []) => ({ id: 7, roles, hallCodes });

describe('who files at which hall', () => {
  it.each([
    [['clerk'], ['TC'], 'TC', true],
    [['clerk'], ['TC01'], 'tc01', true],
    [['clerk'], ['TC'], 'TC01', false],
    [['agent'], ['TC01'], 'TC01', true],
    [['agent'], ['TC01'], 'TC', false],
    [['supervisor'], [], 'TC01', false],
    [['supervisor', 'clerk'], [], 'TC01', true],
    [['agent', 'supervisor'], [], 'TC01', false],
    [['officer'], ['TC'], 'TC', false],
  ] as const)('%j in %j at %s → %s', (roles, halls, at, expected) => {
    expect(mayFileAt(user([...roles], [...halls]), at)).toBe(expected);
  });

  it.each([
    [['agent'], true], [['agent', 'clerk'], false], [['clerk'], false],
  ] as const)('%j files as agent → %s', (roles, expected) => expect(filesAsAgent({ roles: [...roles] })).toBe(expected));
});

describe('the mandate', () => {
  const item = [{ code: 'ID', name: '身份证', required: true, deferrable: false }];
  it.each([
    [false, [], ['ID'], false],
    [false, ['ID', 'MANDATE'], ['ID', 'MANDATE'], false],
    [true, [], ['ID', 'MANDATE'], true],
  ])('filed by agent %s, handed in %j → %j, mandate required %s', (byAgent, submitted, codes, required) => {
    const list = intakeMaterials(item, byAgent, submitted);
    expect(list.map((m) => m.code)).toEqual(codes);
    expect(list.find((m) => m.code === 'MANDATE')?.required ?? false).toBe(required);
  });
  it('an item listing the mandate keeps its entry, required for an agent', () => {
    const listed = [{ code: 'MANDATE', name: '委托书（原件）', required: false, deferrable: true }];
    expect(intakeMaterials(listed, true)).toEqual([{ code: 'MANDATE', name: '委托书（原件）', required: true, deferrable: false }]);
  });
  it('an agent without the mandate gets the same missing-materials answer', () => {
    const list = intakeMaterials(item, true);
    expect(() => checkMaterials(list, [{ code: 'ID', status: 'provided' }], 'accept', false)).toThrow(expect.objectContaining({ code: 'MATERIALS_MISSING', details: { missing: ['MANDATE'] } }));
    expect(checkMaterials(list, [{ code: 'ID', status: 'provided' }, { code: MANDATE.code, status: 'provided' }], 'accept', false)).toHaveLength(2);
  });
  it('a clerk may hand the mandate in without needing it', () => {
    const handedIn = [{ code: 'ID', status: 'provided' as const }, { code: 'MANDATE', status: 'provided' as const }];
    expect(checkMaterials(intakeMaterials(item, false, ['ID', 'MANDATE']), handedIn, 'accept', false)[1]).toMatchObject({ code: 'MANDATE', status: 'provided' });
    expect(() => checkMaterials(item, handedIn, 'accept', false)).toThrow(expect.objectContaining({ code: 'UNKNOWN_MATERIAL' }));
  });
});

describe('an agent\'s cases', () => {
  it.each([
    [{ createdBy: 7, agentType: 'proxy' }, true],
    [{ createdBy: 8, agentType: 'proxy' }, false],
    [{ createdBy: 7, agentType: null }, false],
  ])('%j → own %s', (c, expected) => expect(isAgentsOwnCase({ id: 7 }, c)).toBe(expected));
  it.each([
    [['agent'], true], [['agent', 'clerk'], false], [['agent', 'supervisor'], false], [['officer'], false],
  ] as const)('%j limited to own cases → %s', (roles, expected) => expect(limitedToOwnCases({ roles: [...roles] })).toBe(expected));
});

describe('visits per case (最多跑一趟)', () => {
  const ev = (action: string, at: number, payload: Record<string, unknown> | null = null): VisitEvent => ({ action, at, payload });
  const windowPickup = (type: string, at: number) => ev('deliver', at, { method: 'window', collectedBy: { type } });
  it.each([
    ['intake, pickup by the applicant', [ev('receive', 1), ev('accept', 1), windowPickup('applicant', 9)], false, 2],
    ['即办 handed over on the spot', [ev('receive', 1), ev('complete', 1), windowPickup('applicant', 1)], false, 1],
    ['intake, posted result', [ev('receive', 1), ev('deliver', 9, { method: 'post' })], false, 1],
    ['intake, a supplement, posted', [ev('receive', 1), ev('notify', 1), ev('supplement', 5), ev('deliver', 9, { method: 'post' })], false, 2],
    ['agent files and collects', [ev('receive', 1), windowPickup('agent', 9)], true, 0],
    ['agent files, resident collects', [ev('receive', 1), windowPickup('applicant', 9)], true, 1],
    ['agent files, a supplement at the window, agent collects', [ev('receive', 1), ev('supplement', 4), windowPickup('agent', 9)], true, 1],
    ['clerk files for a proxy who collects', [ev('receive', 1), windowPickup('agent', 9)], false, 2],
    ['not yet delivered', [ev('receive', 1)], false, 1],
  ])('%s → %i', (_name, events, byAgent, expected) => expect(residentVisits(events, byAgent)).toBe(expected));

  it('share done in one visit', () => {
    expect(visitFigures([0, 1, 2, 1])).toEqual({ cases: 4, averageVisits: 1, oneVisit: 3, oneVisitShare: 0.75 });
    expect(visitFigures([2, 3, 1])).toEqual({ cases: 3, averageVisits: 2, oneVisit: 1, oneVisitShare: 0.333 });
    expect(visitFigures([])).toEqual({ cases: 0, averageVisits: null, oneVisit: 0, oneVisitShare: null });
  });
});
