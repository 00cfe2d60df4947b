import { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { decisionFacts, visitsAdded } from './report-facts';

const at = (local: string) => Date.parse(`${local}+08:00`);
const TZ = 'Asia/Shanghai';
// National Day 2026: 10-01 … 10-07 off, Saturday 10-10 a make-up working day
const calendar = new WorkingCalendar([
  ...['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({ date, isOffDay: true, name: '国庆节' })),
  { date: '2026-10-10', isOffDay: false, name: '调休' },
]);

describe('decisionFacts', () => {
  it.each([
    ['on time before the holiday', '2026-09-28T10:00:00', '2026-09-30T16:00:00', '2026-10-09', { workingDaysTaken: 2, decidedOnTime: true }],
    ['across National Day with the make-up Saturday', '2026-09-30T10:00:00', '2026-10-12T09:00:00', '2026-10-09', { workingDaysTaken: 4, decidedOnTime: false }],
    ['decided on the day of acceptance', '2026-11-30T09:00:00', '2026-11-30T17:00:00', '2026-12-07', { workingDaysTaken: 0, decidedOnTime: true }],
  ])('%s', (_label, accepted, decided, dueDate, expected) => {
    expect(decisionFacts({ kind: 'promised', acceptedAt: at(accepted), decidedAt: at(decided), dueDate, dueAt: null }, calendar, TZ)).toEqual(expected);
  });

  it('即办件 and cases without a due date have no figures', () => {
    const c = { acceptedAt: at('2026-11-30T09:00:00'), decidedAt: at('2026-11-30T09:10:00'), dueAt: null };
    expect(decisionFacts({ ...c, kind: 'immediate', dueDate: null }, calendar, TZ)).toEqual({ workingDaysTaken: null, decidedOnTime: null });
    expect(decisionFacts({ ...c, kind: 'promised', dueDate: null }, calendar, TZ)).toEqual({ workingDaysTaken: null, decidedOnTime: null });
  });
});

describe('visitsAdded', () => {
  const T = at('2026-11-30T09:00:00');
  const pickup = (type: string) => ({ action: 'deliver', payload: { method: 'window', collectedBy: { type } } });
  it.each([
    ['an intake at the window', [{ action: 'receive', payload: null }], false, 1],
    ['an intake by an agent (the agent’s errand)', [{ action: 'receive', payload: null }], true, 0],
    ['即办: intake and pickup in one act', [{ action: 'receive', payload: null }, pickup('applicant')], false, 1],
    ['a supplement at the window', [{ action: 'supplement', payload: null }], false, 1],
    ['a later pickup by the applicant', [pickup('applicant')], false, 1],
    ['a later pickup by the filing agent', [pickup('agent')], true, 0],
    ['a posted result', [{ action: 'deliver', payload: { method: 'post' } }], false, 0],
    ['a back-office step', [{ action: 'decide', payload: null }], false, 0],
  ])('%s', (_label, steps, byAgent, expected) => {
    expect(visitsAdded(steps, T, byAgent)).toBe(expected);
  });
});
