import { bundleClock, bundleVerdict, latestDue, PartFacts, partMaterials, partOutcome } from './bundle-case';
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
  it('picks the part due last: the latest day, then the latest instant', () => {
    expect(latestDue([{ dueDate: '2026-11-23', dueAt: null }, { dueDate: '2026-12-03', dueAt: null }, { dueDate: null, dueAt: null }, { dueDate: '2026-11-30', dueAt: null }])).toBe(1);
    expect(latestDue([{ dueDate: '2026-11-30', dueAt: 5 }, { dueDate: '2026-11-30', dueAt: 9 }, { dueDate: '2026-11-29', dueAt: 99 }])).toBe(1);
    expect(latestDue([{ dueDate: null, dueAt: null }])).toBe(-1);
    expect(latestDue([])).toBe(-1);
  });
});

describe('bundleClock', () => {
  const part = (due: string | null, statutoryDue: string | null, over: Record<string, unknown> = {}) => ({
    dueDate: due, dueAt: null, statutoryDueDate: statutoryDue, statutoryDueAt: null, promisedValue: 5, promisedUnit: 'working_days' as const, statutoryValue: 20, statutoryUnit: 'working_days' as const,
    extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0, ...over,
  });

  it('follows the part due last, with its extensions and pauses', () => {
    const clock = bundleClock([
      part('2026-11-23', '2026-12-30', { promisedValue: 0, statutoryValue: 1 }),
      part('2026-12-03', '2026-12-20', { extensionDays: 3, pausedWorkingDays: 2, pausedMs: 99 }),
      part(null, null),
    ]);
    expect(clock).toEqual({ promisedValue: 5, promisedUnit: 'working_days', statutoryValue: 1, statutoryUnit: 'working_days', extensionDays: 3, pausedWorkingDays: 2, pausedMs: 99 });
  });

  it('is null without a dated part', () => {
    expect(bundleClock([])).toBeNull();
    expect(bundleClock([part(null, null)])).toBeNull();
  });
});
