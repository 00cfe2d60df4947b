import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { DecidedCaseRow, durationFigure, onTimeFigure } from '../../supervision/domain/case-figures';
import { RatingRow, rectificationFigure, RectificationRow, satisfactionFigure } from '../../supervision/domain/rating-figures';

/** 部门考核: one row per department from its decided cases, its ratings and its bad-review rectifications. Pure. */

export interface DepartmentCaseRow extends DecidedCaseRow {
  departmentCodes: readonly string[];
  /** The resident's visits for the case (intake, each supplement, pickup). */
  visits: number;
}

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
  cases: readonly DepartmentCaseRow[];
  ratings: readonly DepartmentRatingRow[];
  rectifications: readonly DepartmentRectificationRow[];
  calendar: WorkingCalendar;
  timeZone: string;
  /** Hall-local today: rectifications past due count even while open. */
  today: string;
}

const meanVisits = (cases: readonly DepartmentCaseRow[]): number | null =>
  cases.length ? Math.round((cases.reduce((a, c) => a + c.visits, 0) / cases.length) * 100) / 100 : null;

function figures(input: DepartmentReportInput, cases: readonly DepartmentCaseRow[], ratings: readonly DepartmentRatingRow[], tasks: readonly DepartmentRectificationRow[]): DepartmentReportTotals {
  const satisfaction = satisfactionFigure(ratings);
  return {
    casesDecided: cases.length,
    onTimeShare: onTimeFigure(cases, input.timeZone).rate,
    averageWorkingDays: durationFigure(cases, input.calendar, input.timeZone).averageWorkingDays,
    satisfactionShare: satisfaction.rate,
    badReviews: satisfaction.bad,
    badReviewsRectifiedOnTime: rectificationFigure(tasks, input.timeZone, input.today).onTime,
    visitsPerCase: meanVisits(cases),
  };
}

/**
 * Rows in the order of `departments` (a joint case counts for each of its departments); totals count every case,
 * rating and rectification once.
 */
export function departmentReport(input: DepartmentReportInput): { rows: DepartmentReportRow[]; totals: DepartmentReportTotals } {
  const of = <T extends { departmentCodes: readonly string[] }>(rows: readonly T[], code: string) => rows.filter((r) => r.departmentCodes.includes(code));
  const rows = input.departments.map((d) => ({
    departmentCode: d.code,
    departmentName: d.name,
    ...figures(input, of(input.cases, d.code), of(input.ratings, d.code), of(input.rectifications, d.code)),
  }));
  return { rows, totals: figures(input, input.cases, input.ratings, input.rectifications) };
}
