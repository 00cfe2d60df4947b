import { rate } from '../../supervision/domain/case-figures';
import { RatingRow, rectificationFigure, RectificationRow, satisfactionFigure } from '../../supervision/domain/rating-figures';

/**
 * 部门考核: one row per department from its decided cases (summed by the database from the facts each case keeps,
 * see cases/domain/report-facts.ts), its ratings and its bad-review rectifications. Pure.
 */

/** Decided cases, summed. */
export interface CaseSums {
  decided: number;
  /** Of which 承诺件 (with working days taken and an on-time verdict). */
  promised: number;
  onTime: number;
  workingDays: number;
  /** The resident's visits over every decided case. */
  visits: number;
}

export const NO_CASES: CaseSums = { decided: 0, promised: 0, onTime: 0, workingDays: 0, visits: 0 };

export interface DepartmentRatingRow extends RatingRow {
  departmentCodes: readonly string[];
}

export interface DepartmentRectificationRow extends RectificationRow {
  departmentCodes: readonly string[];
}

export interface DepartmentReportRow {
  departmentCode: string;
  departmentName: string;
  casesDecided: number;
  /** Decided 承诺件 on time ÷ decided 承诺件; null with none. */
  onTimeShare: number | null;
  averageWorkingDays: number | null;
  /** Ratings 4–5 ÷ ratings; null without ratings. */
  satisfactionShare: number | null;
  badReviews: number;
  /** Rectifications closed by their due date (of those due). */
  badReviewsRectifiedOnTime: number;
  /** Mean visits per decided case, 2 decimals; null with none. */
  visitsPerCase: number | null;
}

export type DepartmentReportTotals = Omit<DepartmentReportRow, 'departmentCode' | 'departmentName'>;

export interface DepartmentReportInput {
  departments: readonly { code: string; name: string }[];
  /** Per department (a joint case counts for each of its departments). */
  cases: ReadonlyMap<string, CaseSums>;
  /** Every decided case once. */
  totalCases: CaseSums;
  ratings: readonly DepartmentRatingRow[];
  rectifications: readonly DepartmentRectificationRow[];
  timeZone: string;
  /** Hall-local today: rectifications past due count even while open. */
  today: string;
}

const mean2 = (total: number, count: number): number | null => (count > 0 ? Math.round((total / count) * 100) / 100 : null);

function figures(input: DepartmentReportInput, cases: CaseSums, ratings: readonly DepartmentRatingRow[], tasks: readonly DepartmentRectificationRow[]): DepartmentReportTotals {
  const satisfaction = satisfactionFigure(ratings);
  return {
    casesDecided: cases.decided,
    onTimeShare: rate(cases.onTime, cases.promised),
    averageWorkingDays: mean2(cases.workingDays, cases.promised),
    satisfactionShare: satisfaction.rate,
    badReviews: satisfaction.bad,
    badReviewsRectifiedOnTime: rectificationFigure(tasks, input.timeZone, input.today).onTime,
    visitsPerCase: mean2(cases.visits, cases.decided),
  };
}

/** Rows in the order of `departments`; totals count every case, rating and rectification once. */
export function departmentReport(input: DepartmentReportInput): { rows: DepartmentReportRow[]; totals: DepartmentReportTotals } {
  const of = <T extends { departmentCodes: readonly string[] }>(rows: readonly T[], code: string) => rows.filter((r) => r.departmentCodes.includes(code));
  const rows = input.departments.map((d) => ({
    departmentCode: d.code,
    departmentName: d.name,
    ...figures(input, input.cases.get(d.code) ?? NO_CASES, of(input.ratings, d.code), of(input.rectifications, d.code)),
  }));
  return { rows, totals: figures(input, input.totalCases, input.ratings, input.rectifications) };
}
