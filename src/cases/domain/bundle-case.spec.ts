import { bundleVerdict, latestDue, PartFacts, partMaterials, partOutcome } from './bundle-case';
import type { CaseStatus } from './case-state';
import { CASE_STATUSES } from './case-state';

const part = (itemName: string, status: CaseStatus, taskOutcomes: PartFacts['taskOutcomes'] = []): PartFacts => ({ itemName, status, taskOutcomes });

describe('partOutcome', () => {
  it.each<[CaseStatus, PartFacts['taskOutcomes'], string | null]>([
    ['received', [], null],
    ['awaiting_supplement', [], null],
    ['dispatched', [], null],
    ['in_progress', ['approved'], null],
    ['suspended', [], null],
    ['returned', [], null],
    ['decided_approved', ['approved'], 'approved'],
    ['decided_approved', [], 'approved'],
    ['decided_denied', ['denied'], 'denied'],
    ['ready_for_pickup', ['approved'], 'approved'],
    ['ready_for_pickup', ['approved', 'denied'], 'denied'],
    ['delivered', [], 'approved'],
    ['delivered', ['denied'], 'denied'],
    ['archived', [], 'approved'],
    ['rejected', [], 'rejected'],
    ['withdrawn', [], 'withdrawn'],
  ])('%s with tasks %j → %s', (status, outcomes, expected) => {
    expect(partOutcome({ status, taskOutcomes: outcomes })).toBe(expected);
  });

  it('covers every status', () => {
    for (const status of CASE_STATUSES) expect(() => partOutcome({ status, taskOutcomes: [] })).not.toThrow();
  });
});

describe('bundleVerdict', () => {
  const born = (cshk: CaseStatus, outcomes: PartFacts['taskOutcomes'] = []) => [
    part('生育登记', 'delivered'), part('城乡居民医保参保登记', 'delivered'), part('出生户口登记', cshk, outcomes),
  ];

  it('waits while any part is open, whichever it is', () => {
    expect(bundleVerdict(born('in_progress'))).toBeNull();
    expect(bundleVerdict([part('A', 'dispatched'), part('B', 'decided_approved')])).toBeNull();
    expect(bundleVerdict([part('A', 'decided_approved'), part('B', 'suspended')])).toBeNull();
  });

  it('is null without parts', () => expect(bundleVerdict([])).toBeNull());

  it('approves when every part is decided, summarising each', () => {
    expect(bundleVerdict(born('decided_approved', ['approved']))).toEqual({
      outcome: 'approved',
      summary: '生育登记：准予；城乡居民医保参保登记：准予；出生户口登记：准予',
      outcomes: ['approved', 'approved', 'approved'],
    });
  });

  it('approves the bundle with a denied part named in the summary (the resident collects the rest)', () => {
    expect(bundleVerdict(born('decided_denied', ['denied']))).toMatchObject({ outcome: 'approved', summary: expect.stringContaining('出生户口登记：不予批准') });
  });

  it('denies when no part was granted', () => {
    expect(bundleVerdict([part('A', 'rejected'), part('B', 'withdrawn'), part('C', 'decided_denied')])).toEqual({
      outcome: 'denied', summary: 'A：不予受理；B：已撤回；C：不予批准', outcomes: ['rejected', 'withdrawn', 'denied'],
    });
  });

  it('gives the same verdict whichever order the parts were decided in', () => {
    const a = part('A', 'decided_approved', ['approved']);
    const b = part('B', 'ready_for_pickup', ['approved']);
    expect(bundleVerdict([a, b])?.outcome).toBe(bundleVerdict([b, a])?.outcome);
  });
});

describe('partMaterials', () => {
  const m = (code: string, required = true, deferrable = false) => ({ code, name: code, required, deferrable });
  const union = [{ ...m('ID'), status: 'provided' as const }, { ...m('BIRTH'), status: 'deferred' as const }, { ...m('PHOTO'), status: 'missing' as const }];

  it('takes the member\'s materials with the union\'s statuses', () => {
    expect(partMaterials([m('ID'), m('BIRTH', true, true)], union, false).map((x) => [x.code, x.status, x.deferrable])).toEqual([['ID', 'provided', false], ['BIRTH', 'deferred', true]]);
  });

  it('counts a deferred material as missing on an immediate part (where it is optional)', () => {
    expect(partMaterials([m('ID'), m('BIRTH', false)], union, true).map((x) => [x.code, x.status])).toEqual([['ID', 'provided'], ['BIRTH', 'missing']]);
  });

  it('counts a material the union does not list as missing', () => {
    expect(partMaterials([m('MANDATE')], union, false)[0].status).toBe('missing');
  });
});

describe('latestDue', () => {
  it('picks the part due last', () => {
    expect(latestDue([{ dueAt: 5 }, { dueAt: 9 }, { dueAt: null }, { dueAt: 7 }])).toBe(1);
    expect(latestDue([{ dueAt: null }])).toBe(-1);
    expect(latestDue([])).toBe(-1);
  });
});
