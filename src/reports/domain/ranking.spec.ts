import {
  ComponentDefinition, DEFAULT_DEPARTMENT_WEIGHTS, DEFAULT_STAFF_WEIGHTS, DEPARTMENT_COMPONENTS, rankSubjects, STAFF_COMPONENTS, weightsProblem,
} from './ranking';

type K = 'served' | 'satisfaction' | 'minutes';
const DEFS: ComponentDefinition<K>[] = [
  { key: 'served', label: '办件量', kind: 'amount', better: 'higher' },
  { key: 'satisfaction', label: '满意率', kind: 'share', better: 'higher' },
  { key: 'minutes', label: '时长', kind: 'amount', better: 'lower' },
];

describe('rankSubjects', () => {
  it('scores each component 0–100 and weighs them (hand-computed)', () => {
    const ranked = rankSubjects<K>(
      [
        { id: 'a', values: { served: 100, satisfaction: 0.9, minutes: 10 } },
        { id: 'b', values: { served: 50, satisfaction: 1, minutes: 5 } },
        { id: 'c', values: { served: 0, satisfaction: 0.5, minutes: 20 } },
      ],
      DEFS,
      { served: 50, satisfaction: 30, minutes: 20 },
    );
    // a: served 100, sat 90, minutes (20-10)/15 → 66.7 shown → (5000 + 2700 + 1334) / 100 = 90.34 (from the shown points)
    // b: served 50, sat 100, minutes 100 → (2500 + 3000 + 2000) / 100 = 75
    // c: 0, 50, 0 → 15
    expect(ranked.map((r) => [r.id, r.rank, r.score])).toEqual([['a', 1, 90.34], ['b', 2, 75], ['c', 3, 15]]);
    expect(ranked[0].components).toEqual([
      { key: 'served', label: '办件量', value: 100, points: 100, weight: 50 },
      { key: 'satisfaction', label: '满意率', value: 0.9, points: 90, weight: 30 },
      { key: 'minutes', label: '时长', value: 10, points: 66.7, weight: 20 },
    ]);
  });

  it('ties share a rank and the next rank skips (1, 1, 3)', () => {
    const ranked = rankSubjects<K>(
      [{ id: 'x', values: { satisfaction: 0.8 } }, { id: 'y', values: { satisfaction: 0.8 } }, { id: 'z', values: { satisfaction: 0.2 } }],
      DEFS,
      { served: 0, satisfaction: 100, minutes: 0 },
    );
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([['x', 1], ['y', 1], ['z', 3]]);
  });

  it('a missing figure leaves its weight to the others; no figure at all ranks last with no rank', () => {
    const ranked = rankSubjects<K>(
      [{ id: 'none', values: {} }, { id: 'norating', values: { served: 10, satisfaction: null } }, { id: 'full', values: { served: 10, satisfaction: 0.5 } }],
      DEFS,
      { served: 50, satisfaction: 50, minutes: 0 },
    );
    expect(ranked.map((r) => [r.id, r.rank, r.score])).toEqual([['norating', 1, 100], ['full', 2, 75], ['none', null, null]]);
  });

  it('equal amounts all score 100', () => {
    const [only] = rankSubjects<K>([{ id: 'solo', values: { served: 3 } }], DEFS, { served: 1, satisfaction: 0, minutes: 0 });
    expect(only.score).toBe(100);
  });
});

describe('weightsProblem', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['defaults are fine', { ...DEFAULT_STAFF_WEIGHTS }, null],
    ['an unknown key', { ...DEFAULT_STAFF_WEIGHTS, speed: 3 }, '未知的考核指标 speed'],
    ['a missing key', { served: 10 }, '满意率的权重须为 0–100 的整数'],
    ['a fraction', { ...DEFAULT_STAFF_WEIGHTS, served: 1.5 }, '办件量的权重须为 0–100 的整数'],
    ['over 100', { ...DEFAULT_STAFF_WEIGHTS, served: 101 }, '办件量的权重须为 0–100 的整数'],
    ['a string', { ...DEFAULT_STAFF_WEIGHTS, served: '10' }, '办件量的权重须为 0–100 的整数'],
    ['all zero', { served: 0, satisfactionShare: 0, badReviews: 0, averageServiceMinutes: 0 }, '至少一项权重须大于 0'],
  ])('%s', (_name, weights, expected) => expect(weightsProblem(STAFF_COMPONENTS, weights)).toBe(expected));

  it('the department defaults are valid', () => expect(weightsProblem(DEPARTMENT_COMPONENTS, { ...DEFAULT_DEPARTMENT_WEIGHTS })).toBeNull());
});
