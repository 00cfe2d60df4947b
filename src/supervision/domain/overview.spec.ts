import { BoardCaseRow, BoardContext, caseCard, supervisedList, warningList } from './overview';
import type { TrailRow } from './supervision-notes';
import { at, calendar, TZ } from './supervision.fixture';

const ctx: BoardContext = {
  calendar, now: at('2026-12-10T10:00'), timeZone: TZ,
  departmentNames: new Map([['GG', '公共服务办公室'], ['ZL', '社会治理办公室']]),
};

let nextEvent = 1;
const note = (caseId: number, local: string, text: string): TrailRow => ({
  id: nextEvent++, caseId, action: 'supervise', toStatus: 'in_progress', actorName: '电子监察员', departmentCode: null, at: at(local), reason: text, payload: { deadline: null },
});
const step = (caseId: number, action: string, local: string): TrailRow => ({
  id: nextEvent++, caseId, action, toStatus: 'in_progress', actorName: '社会治理办经办人', departmentCode: 'ZL', at: at(local), reason: null, payload: null,
});

function row(id: number, o: Partial<BoardCaseRow>): BoardCaseRow {
  return {
    id, caseNumber: `TC2026112300${String(id).padStart(2, '0')}`, itemCode: 'JZZ', itemName: '居住证申领', status: 'in_progress',
    warningLevel: 'green', supervised: false, dueDate: '2026-12-14', statutoryDueDate: '2026-12-14', dueAt: null,
    tasks: [{ departmentCode: 'ZL', status: 'in_progress', assigneeName: '社会治理办经办人' }], trail: [], ...o,
  };
}

describe('the red and yellow list', () => {
  const rows = [
    row(1, { warningLevel: 'yellow', dueDate: '2026-12-14' }),
    row(2, { warningLevel: 'red', supervised: true, dueDate: '2026-12-08', trail: [note(2, '2026-12-09T09:00', '请尽快办结')] }),
    row(3, { warningLevel: 'green' }),
    row(4, { warningLevel: 'red_plus', supervised: true, dueDate: '2026-11-30', itemCode: 'CJBT', itemName: '残疾人两项补贴',
      tasks: [{ departmentCode: 'GG', status: 'done', assigneeName: '公共服务办经办人' }, { departmentCode: 'ZL', status: 'dispatched', assigneeName: null }] }),
    row(5, { warningLevel: 'red', supervised: true, dueDate: '2026-12-09' }),
    row(6, { warningLevel: 'red', status: 'decided_approved' }), // no longer on the clock
  ];

  it('lists red+, red, yellow (most overdue first) with departments, owners, days over and the latest note', () => {
    const list = warningList(rows, ctx);
    expect(list.map((c) => [c.caseId, c.level, c.daysOver, c.daysLeft])).toEqual([
      [4, 'red_plus', 8, null], // due 11-30, today 12-10: 12-01…12-10 = 8 working days
      [2, 'red', 2, null],
      [5, 'red', 1, null],
      [1, 'yellow', null, 2],
    ]);
    expect(list[0]).toMatchObject({ departments: [{ code: 'ZL', name: '社会治理办公室' }], assignees: [], supervised: true, latestNote: null });
    expect(list[1]).toMatchObject({ assignees: ['社会治理办经办人'], latestNote: { note: '请尽快办结', actorName: '电子监察员', at: '2026-12-09T09:00:00+08:00' } });
  });

  it('shows who last held a closed case, and no light or days for it', () => {
    const card = caseCard(row(8, { status: 'decided_approved', warningLevel: null, tasks: [{ departmentCode: 'ZL', status: 'done', assigneeName: '社会治理办经办人' }, { departmentCode: 'GG', status: 'transferred', assigneeName: 'x' }] }), ctx);
    expect(card).toMatchObject({ level: null, open: false, departments: [{ code: 'ZL', name: '社会治理办公室' }], assignees: ['社会治理办经办人'], daysOver: null, daysLeft: null, overdue: false });
  });
});

describe('the supervised cases', () => {
  it('threads the notes with what the department did, open cases first, and says whether the last note was answered', () => {
    const rows = [
      row(1, { supervised: true, warningLevel: 'yellow', trail: [note(1, '2026-12-08T09:00', '请说明进度'), step(1, 'request_extension', '2026-12-08T11:00')] }),
      row(2, { supervised: true, warningLevel: 'red', dueDate: '2026-12-08', trail: [note(2, '2026-12-09T09:00', '请尽快办结')] }),
      row(3, { supervised: true, status: 'decided_approved', warningLevel: null, trail: [note(3, '2026-12-01T09:00', '请办结'), step(3, 'decide', '2026-12-02T09:00')] }),
      row(4, { supervised: true, warningLevel: 'red_plus', dueDate: '2026-11-30' }), // supervised by the sweep, no note
      row(6, { supervised: true, status: 'returned', warningLevel: null, trail: [note(6, '2026-12-09T10:00', '请补正后尽快办理')] }), // open, back at the window
      row(5, { supervised: false, warningLevel: 'red' }),
    ];
    const list = supervisedList(rows, ctx);
    expect(list.map((c) => [c.caseId, c.level, c.answered, c.notes.length])).toEqual([[4, 'red_plus', true, 0], [2, 'red', false, 1], [1, 'yellow', true, 1], [6, null, false, 1], [3, null, true, 1]]);
    expect(list[2].notes[0].followUps.map((f) => f.text)).toEqual(['申请延期']);
    expect(list.map((c) => c.open)).toEqual([true, true, true, true, false]);
    expect(list[4].notes[0].followUps.map((f) => f.text)).toEqual(['办结']);
  });
});
