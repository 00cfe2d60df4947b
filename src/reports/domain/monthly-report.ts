import type { CsvCell } from '../../common/domain/csv';
import type { ReportKind } from './report-query';
import { formatCell, type CellFormat } from './report-table';

/**
 * 月报 (/reports/monthly): which sections a reader gets, the key figures taken from the reports' totals, their
 * change against the month before. Pure, shared by the page and its specs.
 */

/** Whether a rise is good news (按时办结率), bad news (平均等候) or neither (件数). */
export type Better = 'higher' | 'lower' | 'neutral';

export interface FigureChange {
  arrow: '↑' | '↓' | '→';
  /** The difference at the precision the page shows: `+3`, `-1.5`, `+2.5个百分点`, or `持平`. */
  delta: string;
  tone: 'better' | 'worse' | 'neutral';
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

const PRECISION: Record<CellFormat, number | null> = { text: null, int: 0, share: 1, decimal1: 1, decimal2: 2 };

/**
 * This month against the one before, compared as shown (shares in percentage points, one decimal; the others at
 * their own decimals), so that an arrow never shows for a difference the page cannot show. Null when either
 * month has no figure (no ratings, nothing decided) or the cell is text.
 */
export function compareFigure(current: number | null | undefined, previous: number | null | undefined, format: CellFormat, better: Better): FigureChange | null {
  const decimals = PRECISION[format];
  if (decimals === null || typeof current !== 'number' || typeof previous !== 'number') return null;
  const shown = (v: number) => round(format === 'share' ? v * 100 : v, decimals);
  const diff = round(shown(current) - shown(previous), decimals);
  if (diff === 0) return { arrow: '→', delta: '持平', tone: 'neutral' };
  const up = diff > 0;
  const text = `${up ? '+' : '-'}${Math.abs(diff).toFixed(decimals)}${format === 'share' ? '个百分点' : ''}`;
  const tone = better === 'neutral' ? 'neutral' : (better === 'higher') === up ? 'better' : 'worse';
  return { arrow: up ? '↑' : '↓', delta: text, tone };
}

export interface SectionAccess {
  /** The reports shown, in the page's order. */
  kinds: ReportKind[];
  /** 考核排名 (staff and departments) — supervisors and admins. */
  ranking: boolean;
}

export const MONTHLY_KINDS: readonly ReportKind[] = ['halls', 'windows', 'departments', 'items', 'requests'];
const HEAD_KINDS: readonly ReportKind[] = ['departments', 'items'];

/** Supervisors and admins read everything; a department head the department and item reports only. */
export function monthlySections(roles: readonly string[]): SectionAccess {
  if (roles.includes('supervisor') || roles.includes('admin')) return { kinds: [...MONTHLY_KINDS], ranking: true };
  if (roles.includes('head')) return { kinds: [...HEAD_KINDS], ranking: false };
  return { kinds: [], ranking: false };
}

type Totals = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

interface FigureSource {
  kind: ReportKind;
  value: (totals: Totals) => number | null;
}

export interface MonthlyFigureDefinition {
  key: string;
  label: string;
  format: CellFormat;
  better: Better;
  /** The reports' totals it is read from, the first one the reader has. */
  sources: FigureSource[];
}

const from = (kind: ReportKind, field: string): FigureSource => ({ kind, value: (t) => num(t[field]) });

export const MONTHLY_FIGURES: readonly MonthlyFigureDefinition[] = [
  { key: 'ticketsServed', label: '办结人次', format: 'int', better: 'neutral', sources: [from('halls', 'ticketsServed'), from('windows', 'served')] },
  { key: 'noShows', label: '过号人次', format: 'int', better: 'lower', sources: [from('halls', 'noShows'), from('windows', 'noShows')] },
  { key: 'averageWaitMinutes', label: '平均等候(分钟)', format: 'decimal1', better: 'lower', sources: [from('halls', 'averageWaitMinutes'), from('windows', 'averageWaitMinutes')] },
  { key: 'casesReceived', label: '受理件数', format: 'int', better: 'neutral', sources: [from('halls', 'casesReceived')] },
  { key: 'casesDecided', label: '办结件数', format: 'int', better: 'neutral', sources: [from('halls', 'casesDecided'), from('departments', 'casesDecided')] },
  { key: 'onTimeShare', label: '按时办结率', format: 'share', better: 'higher', sources: [from('halls', 'onTimeShare'), from('departments', 'onTimeShare')] },
  { key: 'satisfactionShare', label: '满意率', format: 'share', better: 'higher', sources: [from('departments', 'satisfactionShare')] },
  {
    key: 'ratingAverage', label: '窗口平均评分', format: 'decimal2', better: 'higher',
    sources: [{ kind: 'windows', value: (t) => num((t.ratings as Totals | undefined)?.average) }],
  },
  { key: 'requests', label: '诉求件数', format: 'int', better: 'neutral', sources: [from('requests', 'count')] },
  { key: 'requestsWithinLimitShare', label: '诉求按时回复率', format: 'share', better: 'higher', sources: [from('requests', 'withinLimitShare')] },
];

export interface MonthlyFigure {
  key: string;
  label: string;
  /** As the tables show it (formatCell); `—` for no figure. */
  value: CsvCell;
  /** Against the month before; null without its figure. */
  change: FigureChange | null;
}

export type TotalsByKind = Partial<Record<ReportKind, unknown>>;

/**
 * The 月报's key figures from the totals of the reports the reader got (this month and, when fetched, the month
 * before). A figure none of whose reports the reader has is left out.
 */
export function monthlyFigures(current: TotalsByKind, previous: TotalsByKind | null): MonthlyFigure[] {
  return MONTHLY_FIGURES.flatMap((d) => {
    const source = d.sources.find((s) => current[s.kind] !== undefined);
    if (!source) return [];
    const value = source.value(current[source.kind] as Totals);
    const before = previous?.[source.kind] === undefined ? null : source.value(previous[source.kind] as Totals);
    const shown = formatCell(value, d.format);
    return [{ key: d.key, label: d.label, value: shown === '' ? '—' : shown, change: compareFigure(value, before, d.format, d.better) }];
  });
}
