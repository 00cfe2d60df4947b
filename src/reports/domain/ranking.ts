/**
 * 考核排名: subjects (staff or departments) ranked by a weighted score of their monthly figures. Pure, shared by
 * the report API and the ranking page (which shows every component's points).
 *
 * Each component scores 0–100: a share (0..1) counts as itself × 100; any other figure is placed between the
 * month's worst and best subject (all equal → 100), inverted when lower is better. A subject missing a figure
 * (no ratings, nothing decided) is scored on its other components, their weights scaled up to the same total.
 * The score is computed from the rounded points the page shows, so anyone can check it by hand.
 */

export interface ComponentDefinition<K extends string = string> {
  key: K;
  label: string;
  kind: 'share' | 'amount';
  better: 'higher' | 'lower';
  /** How the value shows in tables (report-table's CellFormat); shares as percentages by default. */
  format?: 'int' | 'share' | 'decimal1';
}

export type Weights<K extends string = string> = Record<K, number>;

export interface Subject<K extends string = string> {
  id: string;
  values: Partial<Record<K, number | null>>;
}

export interface ComponentScore {
  key: string;
  label: string;
  value: number | null;
  /** 0–100, 1 decimal; null when the value is missing. */
  points: number | null;
  weight: number;
}

export interface Ranked {
  id: string;
  /** Competition ranking (1, 1, 3); subjects without any figure come last with rank null. */
  rank: number | null;
  /** 0–100, 2 decimals; null without any figure. */
  score: number | null;
  components: ComponentScore[];
}

export const STAFF_COMPONENTS = [
  { key: 'served', label: '办件量', kind: 'amount', better: 'higher', format: 'int' },
  { key: 'satisfactionShare', label: '满意率', kind: 'share', better: 'higher' },
  { key: 'badReviews', label: '差评数', kind: 'amount', better: 'lower', format: 'int' },
  { key: 'averageServiceMinutes', label: '平均办理时长(分钟)', kind: 'amount', better: 'lower', format: 'decimal1' },
] as const satisfies readonly ComponentDefinition[];

export const DEPARTMENT_COMPONENTS = [
  { key: 'onTimeShare', label: '按时办结率', kind: 'share', better: 'higher' },
  { key: 'satisfactionShare', label: '满意率', kind: 'share', better: 'higher' },
  { key: 'averageWorkingDays', label: '平均办理工作日', kind: 'amount', better: 'lower', format: 'decimal1' },
  { key: 'rectifiedOnTimeShare', label: '差评按时整改率', kind: 'share', better: 'higher' },
  { key: 'requestsWithinLimitShare', label: '诉求按时回复率', kind: 'share', better: 'higher' },
] as const satisfies readonly ComponentDefinition[];

export type StaffComponent = (typeof STAFF_COMPONENTS)[number]['key'];
export type DepartmentComponent = (typeof DEPARTMENT_COMPONENTS)[number]['key'];

export const DEFAULT_STAFF_WEIGHTS: Weights<StaffComponent> = { served: 30, satisfactionShare: 40, badReviews: 20, averageServiceMinutes: 10 };
export const DEFAULT_DEPARTMENT_WEIGHTS: Weights<DepartmentComponent> = {
  onTimeShare: 40, satisfactionShare: 25, averageWorkingDays: 10, rectifiedOnTimeShare: 15, requestsWithinLimitShare: 10,
};

/** Weights are whole numbers 0–100 and at least one is above 0; the message names the first fault, or null. */
export function weightsProblem(definitions: readonly ComponentDefinition[], weights: Record<string, unknown>): string | null {
  for (const key of Object.keys(weights)) {
    if (!definitions.some((d) => d.key === key)) return `未知的考核指标 ${key}`;
  }
  for (const d of definitions) {
    const w = weights[d.key];
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 100) return `${d.label}的权重须为 0–100 的整数`;
  }
  if (definitions.every((d) => weights[d.key] === 0)) return '至少一项权重须大于 0';
  return null;
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

function componentPoints(definition: ComponentDefinition, value: number, all: readonly number[]): number {
  if (definition.kind === 'share') {
    const clamped = Math.min(1, Math.max(0, value));
    return (definition.better === 'higher' ? clamped : 1 - clamped) * 100;
  }
  const min = Math.min(...all);
  const max = Math.max(...all);
  if (max === min) return 100;
  const position = (value - min) / (max - min);
  return (definition.better === 'higher' ? position : 1 - position) * 100;
}

export function rankSubjects<K extends string>(
  subjects: readonly Subject<K>[],
  definitions: readonly ComponentDefinition<K>[],
  weights: Weights<K>,
): Ranked[] {
  const present = (s: Subject<K>, key: K) => typeof s.values[key] === 'number' && Number.isFinite(s.values[key]);
  const scored = subjects.map((s) => {
    const components = definitions.map((d): ComponentScore => {
      const value = present(s, d.key) ? (s.values[d.key] as number) : null;
      const all = subjects.filter((o) => present(o, d.key)).map((o) => o.values[d.key] as number);
      return { key: d.key, label: d.label, value, points: value === null ? null : round(componentPoints(d, value, all), 1), weight: weights[d.key] };
    });
    const counted = components.filter((c) => c.points !== null && c.weight > 0);
    const totalWeight = counted.reduce((a, c) => a + c.weight, 0);
    const score = totalWeight > 0 ? round(counted.reduce((a, c) => a + c.points! * c.weight, 0) / totalWeight, 2) : null;
    return { id: s.id, score, components };
  });
  const order = [...scored].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.id.localeCompare(b.id));
  return order.map((s) => ({
    ...s,
    rank: s.score === null ? null : 1 + order.filter((o) => o.score !== null && o.score > s.score!).length,
  }));
}
