import { rate } from '../../supervision/domain/case-figures';
import { RatingRow, satisfactionFigure } from '../../supervision/domain/rating-figures';
import { CaseSums, NO_CASES } from './department-report';

/** 事项统计: one row per service item from its decided cases (summed by the database) and its ratings. Pure. */

export interface ItemRatingRow extends RatingRow {
  itemCode: string | null;
}

export interface ItemReportRow {
  itemCode: string;
  itemName: string;
  departmentNames: string;
  casesDecided: number;
  onTimeShare: number | null;
  averageWorkingDays: number | null;
  visitsPerCase: number | null;
  ratings: number;
  satisfactionShare: number | null;
  badReviews: number;
}

export type ItemReportTotals = Omit<ItemReportRow, 'itemCode' | 'itemName' | 'departmentNames'>;

export interface ItemReportInput {
  /** The catalogue's items (names and departments); items only in the sums keep their case's name. */
  catalogue: ReadonlyMap<string, { name: string; departmentCodes: readonly string[] }>;
  departmentNames: ReadonlyMap<string, string>;
  cases: ReadonlyMap<string, CaseSums & { itemName: string }>;
  ratings: readonly ItemRatingRow[];
  /** Which items to show (a head: those of their departments); all when absent. */
  include?: (departmentCodes: readonly string[]) => boolean;
}

const mean2 = (total: number, count: number): number | null => (count > 0 ? Math.round((total / count) * 100) / 100 : null);

function figures(cases: CaseSums, ratings: readonly RatingRow[]): ItemReportTotals {
  const satisfaction = satisfactionFigure(ratings);
  return {
    casesDecided: cases.decided,
    onTimeShare: rate(cases.onTime, cases.promised),
    averageWorkingDays: mean2(cases.workingDays, cases.promised),
    visitsPerCase: mean2(cases.visits, cases.decided),
    ratings: satisfaction.ratings,
    satisfactionShare: satisfaction.rate,
    badReviews: satisfaction.bad,
  };
}

const add = (a: CaseSums, b: CaseSums): CaseSums => ({
  decided: a.decided + b.decided, promised: a.promised + b.promised, onTime: a.onTime + b.onTime, workingDays: a.workingDays + b.workingDays, visits: a.visits + b.visits,
});

/** Rows by item code: every item with a decided case or a rating in the period; totals over the rows shown. */
export function itemReport(input: ItemReportInput): { rows: ItemReportRow[]; totals: ItemReportTotals } {
  const codes = [...new Set([...input.cases.keys(), ...input.ratings.flatMap((r) => (r.itemCode ? [r.itemCode] : []))])].sort();
  const rows: ItemReportRow[] = [];
  let cases = NO_CASES;
  const ratings: RatingRow[] = [];
  for (const code of codes) {
    const item = input.catalogue.get(code);
    const departmentCodes = item?.departmentCodes ?? [];
    if (input.include && !input.include(departmentCodes)) continue;
    const own = input.cases.get(code);
    const rated = input.ratings.filter((r) => r.itemCode === code);
    cases = add(cases, own ?? NO_CASES);
    ratings.push(...rated);
    rows.push({
      itemCode: code,
      itemName: item?.name ?? own?.itemName ?? code,
      departmentNames: departmentCodes.map((d) => input.departmentNames.get(d) ?? d).join('、'),
      ...figures(own ?? NO_CASES, rated),
    });
  }
  return { rows, totals: figures(cases, ratings) };
}
