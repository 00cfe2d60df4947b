import { rate } from '../../supervision/domain/case-figures';
import { rectificationFigure } from '../../supervision/domain/rating-figures';
import type { DepartmentComponent, StaffComponent, Subject } from './ranking';
import type { DepartmentReportInput, DepartmentReportRow } from './department-report';
import type { WindowRatingSums, WindowVisitSums } from './window-report';

/**
 * The month's figures each 考核 subject is ranked on, from the same sums the window and department reports use —
 * so a ranking's components are the figures those reports show for the month. Pure.
 */

const MINUTE = 60_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * One subject per clerk who closed a visit or whose visits were rated in the month, over every window they sat at:
 * visits served, satisfaction share (ratings 4–5), bad reviews (1–2) and mean service minutes.
 */
export function staffSubjects(visits: readonly WindowVisitSums[], ratings: readonly WindowRatingSums[]): Subject<StaffComponent>[] {
  const sums = new Map<number, { served: number; serviceMs: number; serviced: number; rated: number; satisfied: number; bad: number }>();
  const of = (clerkId: number) => {
    let s = sums.get(clerkId);
    if (!s) sums.set(clerkId, (s = { served: 0, serviceMs: 0, serviced: 0, rated: 0, satisfied: 0, bad: 0 }));
    return s;
  };
  for (const v of visits) {
    const s = of(v.clerkId);
    s.served += v.served;
    s.serviceMs += v.serviceMs;
    s.serviced += v.serviced;
  }
  for (const r of ratings) {
    const s = of(r.clerkId);
    s.rated += r.count;
    s.satisfied += r.satisfied;
    s.bad += r.bad;
  }
  return [...sums].map(([clerkId, s]) => ({
    id: String(clerkId),
    values: {
      served: s.served,
      satisfactionShare: rate(s.satisfied, s.rated),
      badReviews: s.bad,
      averageServiceMinutes: s.serviced > 0 ? round1(s.serviceMs / s.serviced / MINUTE) : null,
    },
  }));
}

/**
 * One subject per department of the department report: on-time share, satisfaction share and mean working days
 * as that report shows them, the share of its bad-review rectifications closed on time (of those due), and the
 * share of its requests replied within the limit (`requestShares`, from the request figures by department).
 */
export function departmentSubjects(
  rows: readonly DepartmentReportRow[],
  input: Pick<DepartmentReportInput, 'rectifications' | 'timeZone' | 'today'>,
  requestShares: ReadonlyMap<string, number | null>,
): Subject<DepartmentComponent>[] {
  return rows.map((row) => ({
    id: row.departmentCode,
    values: {
      onTimeShare: row.onTimeShare,
      satisfactionShare: row.satisfactionShare,
      averageWorkingDays: row.averageWorkingDays,
      rectifiedOnTimeShare: rectificationFigure(input.rectifications.filter((r) => r.departmentCodes.includes(row.departmentCode)), input.timeZone, input.today).rate,
      requestsWithinLimitShare: requestShares.get(row.departmentCode) ?? null,
    },
  }));
}
