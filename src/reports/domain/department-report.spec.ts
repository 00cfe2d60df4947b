import { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { decisionFacts } from '../../cases/domain/report-facts';
import { CaseSums, departmentReport, DepartmentReportInput, NO_CASES } from './department-report';

const TZ = 'Asia/Shanghai';
/** 10:00 in Beijing on a date. */
const at = (date: string) => Date.parse(`${date}T02:00:00Z`);
const nationalDay = new WorkingCalendar([
  ...['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({ date, isOffDay: true, name: '国庆节' })),
  { date: '2026-10-10', isOffDay: false, name: '调休' },
]);

interface DecidedCase {
  departmentCodes: string[];
  facts: ReturnType<typeof decisionFacts>;
  visits: number;
}

/** A decided case with the facts the case command runner stores at its decision. */
function decided(departmentCodes: string[], accepted: string, decidedOn: string, dueDate: string | null, visits: number): DecidedCase {
  const c = { kind: dueDate ? 'promised' : 'immediate', acceptedAt: at(accepted), decidedAt: at(decidedOn), dueDate, dueAt: null };
  return { departmentCodes, facts: decisionFacts(c, nationalDay, TZ), visits };
}

/** What the database's GROUP BY hands over. */
function sums(cases: readonly DecidedCase[]): CaseSums {
  return cases.reduce((s, c) => ({
    decided: s.decided + 1,
    promised: s.promised + (c.facts.decidedOnTime === null ? 0 : 1),
    onTime: s.onTime + (c.facts.decidedOnTime ? 1 : 0),
    workingDays: s.workingDays + (c.facts.workingDaysTaken ?? 0),
    visits: s.visits + c.visits,
  }), NO_CASES);
}

const DEPARTMENTS = [{ code: 'GG', name: '公共服务办' }, { code: 'ZL', name: '综合治理办' }];
const input = (over: Partial<DepartmentReportInput> & { decidedCases?: DecidedCase[] }): DepartmentReportInput => {
  const { decidedCases = [], ...rest } = over;
  return {
    departments: DEPARTMENTS,
    cases: new Map(DEPARTMENTS.map((d) => [d.code, sums(decidedCases.filter((c) => c.departmentCodes.includes(d.code)))])),
    totalCases: sums(decidedCases),
    ratings: [], rectifications: [], timeZone: TZ, today: '2026-10-20', ...rest,
  };
};

describe('departmentReport', () => {
  it('per department across the National Day holiday (hand-computed)', () => {
    const { rows, totals } = departmentReport(input({
      decidedCases: [
        // accepted the day before the holiday, decided 10-09: working days 10-08 and 10-09 → 2, due 10-09 → on time
        decided(['ZL'], '2026-09-30', '2026-10-09', '2026-10-09', 1),
        // decided on the make-up Saturday after its due date → late; 10-08, 10-09, 10-10 → 3
        decided(['ZL'], '2026-09-30', '2026-10-10', '2026-10-09', 2),
        // 即办件: counts as decided and for visits, not for on time or days
        decided(['GG'], '2026-10-09', '2026-10-09', null, 1),
        // 联办件 of both: counted in each row, once in the totals
        decided(['GG', 'ZL'], '2026-10-08', '2026-10-12', '2026-10-14', 3),
      ],
      ratings: [
        { score: 5, source: 'resident', createdAt: at('2026-10-09'), departmentCodes: ['ZL'] },
        { score: 1, source: 'resident', createdAt: at('2026-10-10'), departmentCodes: ['ZL'] },
        { score: 3, source: 'default', createdAt: at('2026-10-12'), departmentCodes: ['GG'] },
      ],
      rectifications: [
        { createdAt: at('2026-10-10'), dueDate: '2026-10-15', closedAt: at('2026-10-14'), departmentCodes: ['ZL'] },
        { createdAt: at('2026-10-10'), dueDate: '2026-10-15', closedAt: null, departmentCodes: ['ZL'] },
      ],
    }));
    expect(rows).toEqual([
      {
        departmentCode: 'GG', departmentName: '公共服务办', casesDecided: 2, onTimeShare: 1, averageWorkingDays: 3,
        satisfactionShare: 0, badReviews: 0, badReviewsRectifiedOnTime: 0, visitsPerCase: 2,
      },
      {
        // days: 2, 3 and (10-09, 10-10, 10-12 after 10-08) 3 → 8 / 3
        departmentCode: 'ZL', departmentName: '综合治理办', casesDecided: 3, onTimeShare: 0.6667, averageWorkingDays: 2.67,
        satisfactionShare: 0.5, badReviews: 1, badReviewsRectifiedOnTime: 1, visitsPerCase: 2,
      },
    ]);
    expect(totals).toEqual({
      casesDecided: 4, onTimeShare: 0.6667, averageWorkingDays: 2.67, satisfactionShare: 0.3333, badReviews: 1,
      badReviewsRectifiedOnTime: 1, visitsPerCase: 1.75,
    });
  });

  it('a department with nothing still gets its row, with null shares', () => {
    const { rows } = departmentReport(input({}));
    expect(rows[0]).toEqual({
      departmentCode: 'GG', departmentName: '公共服务办', casesDecided: 0, onTimeShare: null, averageWorkingDays: null,
      satisfactionShare: null, badReviews: 0, badReviewsRectifiedOnTime: 0, visitsPerCase: null,
    });
  });
});
