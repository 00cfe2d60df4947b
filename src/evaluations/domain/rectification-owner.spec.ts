import { caseDepartments, CaseOwnerFacts, caseOwner, OwnerTask, ticketOwner } from './rectification-owner';

const task = (departmentCode: string, status: string, outcome: string | null = null): OwnerTask => ({ departmentCode, status, outcome });
const facts = (tasks: OwnerTask[], ticketWindow: number | null = null, itemDepartments: string[] = ['GG']): CaseOwnerFacts => ({ tasks, ticketWindow, itemDepartments });

describe('caseOwner', () => {
  it.each([
    ['the one department that decided', facts([task('ZL', 'done', 'approved')]), 'department', 'ZL', null],
    ['the decider of a joint case, not the first task', facts([task('GG', 'in_progress'), task('ZL', 'done', 'denied')]), 'department', 'ZL', null],
    ['the first decider when several decided', facts([task('GG', 'done', 'approved'), task('ZL', 'done', 'approved')], 3), 'department', 'GG', 3],
    ['the first held task when none decided', facts([task('GG', 'transferred'), task('ZL', 'cancelled'), task('FZ', 'done')]), 'department', 'FZ', null],
    ['the first task when every task is gone', facts([task('GG', 'transferred'), task('ZL', 'cancelled')]), 'department', 'GG', null],
    ['the window for an on-the-spot case (即办) with a ticket', facts([], 4), 'window', null, 4],
    ['the item lead department for an on-the-spot case without a ticket', facts([], null, ['GG', 'ZL']), 'department', 'GG', null],
    ['the front desk when nothing else is known', facts([], null, []), 'window', null, null],
  ] as Array<[string, CaseOwnerFacts, string, string | null, number | null]>)('%s', (_what, f, ownerType, departmentCode, windowNumber) => {
    expect(caseOwner(f)).toEqual({ ownerType, departmentCode, windowNumber });
  });
});

describe('ticketOwner', () => {
  it('is the window that served the visit', () => {
    expect(ticketOwner(2)).toEqual({ ownerType: 'window', departmentCode: null, windowNumber: 2 });
  });
});

describe('caseDepartments', () => {
  it('lists each department once, without those the case was transferred away from', () => {
    expect(caseDepartments([task('GG', 'transferred'), task('ZL', 'done'), task('FZ', 'done'), task('ZL', 'done')])).toEqual(['ZL', 'FZ']);
  });
});
