import type { DepartmentReportRow } from './department-report';
import { departmentSubjects, staffSubjects } from './ranking-subjects';

const MIN = 60_000;

describe('staffSubjects', () => {
  it('sums a clerk over every window they sat at (hand-computed)', () => {
    const subjects = staffSubjects(
      [
        { windowNumber: 1, clerkId: 7, served: 10, noShows: 2, waitMs: 0, waited: 0, serviceMs: 40 * MIN, serviced: 8 },
        { windowNumber: 2, clerkId: 7, served: 5, noShows: 0, waitMs: 0, waited: 0, serviceMs: 30 * MIN, serviced: 4 },
        { windowNumber: 1, clerkId: 8, served: 3, noShows: 1, waitMs: 0, waited: 0, serviceMs: 0, serviced: 0 },
      ],
      [
        { windowNumber: 1, clerkId: 7, count: 4, scoreSum: 16, bad: 1, satisfied: 3 },
        { windowNumber: 2, clerkId: 7, count: 2, scoreSum: 10, bad: 0, satisfied: 2 },
        { windowNumber: 3, clerkId: 9, count: 1, scoreSum: 1, bad: 1, satisfied: 0 },
      ],
    );
    expect(subjects).toEqual([
      // 70 min over 12 started visits = 5.83 → 5.8; 5 of 6 ratings satisfied
      { id: '7', values: { served: 15, satisfactionShare: 0.8333, badReviews: 1, averageServiceMinutes: 5.8 } },
      { id: '8', values: { served: 3, satisfactionShare: null, badReviews: 0, averageServiceMinutes: null } },
      // rated in the month for an earlier visit, nothing served in it
      { id: '9', values: { served: 0, satisfactionShare: 0, badReviews: 1, averageServiceMinutes: null } },
    ]);
  });

  it('has no subject without visits or ratings', () => {
    expect(staffSubjects([], [])).toEqual([]);
  });
});

describe('departmentSubjects', () => {
  const row = (departmentCode: string, over: Partial<DepartmentReportRow> = {}): DepartmentReportRow => ({
    departmentCode, departmentName: departmentCode, casesDecided: 0, onTimeShare: null, averageWorkingDays: null,
    satisfactionShare: null, badReviews: 0, badReviewsRectifiedOnTime: 0, visitsPerCase: null, ...over,
  });
  const at = (iso: string) => Date.parse(`${iso}T10:00:00+08:00`);

  it('takes the report row figures, the rectifications due and the request share', () => {
    const subjects = departmentSubjects(
      [row('MZ', { onTimeShare: 0.75, satisfactionShare: 0.9, averageWorkingDays: 3.5 }), row('ZL')],
      {
        timeZone: 'Asia/Shanghai',
        today: '2026-11-10',
        rectifications: [
          { createdAt: at('2026-10-01'), dueDate: '2026-10-10', closedAt: at('2026-10-09'), departmentCodes: ['MZ'] }, // on time
          { createdAt: at('2026-10-01'), dueDate: '2026-10-10', closedAt: at('2026-10-12'), departmentCodes: ['MZ'] }, // late
          { createdAt: at('2026-11-05'), dueDate: '2026-11-20', closedAt: null, departmentCodes: ['MZ'] }, // not due yet
          { createdAt: at('2026-10-01'), dueDate: '2026-10-03', closedAt: null, departmentCodes: ['ZL'] }, // overdue
        ],
      },
      new Map([['MZ', 0.5]]),
    );
    expect(subjects).toEqual([
      { id: 'MZ', values: { onTimeShare: 0.75, satisfactionShare: 0.9, averageWorkingDays: 3.5, rectifiedOnTimeShare: 0.5, requestsWithinLimitShare: 0.5 } },
      { id: 'ZL', values: { onTimeShare: null, satisfactionShare: null, averageWorkingDays: null, rectifiedOnTimeShare: 0, requestsWithinLimitShare: null } },
    ]);
  });
});
