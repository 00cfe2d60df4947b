import { caseEventText as actionText } from '../../cases/domain/case-event-text';
import { latestNote, supervisionNotes, TrailRow } from './supervision-notes';
import { at, TZ } from './supervision.fixture';

let nextId = 1;
const ev = (action: string, local: string, o: Partial<TrailRow> = {}): TrailRow => ({
  id: nextId++, caseId: 7, action, toStatus: 'in_progress', actorName: '社会治理办经办人', departmentCode: 'ZL', at: at(local), reason: null, payload: null, ...o,
});

describe('supervision notes (督办意见) and what followed them', () => {
  const trail = [
    ev('receive', '2026-11-23T09:00', { toStatus: 'received', actorName: '综合受理员一', departmentCode: null }),
    ev('accept', '2026-11-23T09:01', { toStatus: 'dispatched' }),
    ev('claim', '2026-11-23T10:00'),
    ev('supervise', '2026-12-01T09:00', { actorName: '电子监察员', departmentCode: null, reason: '请说明逾期原因', payload: { deadline: '2026-12-03' } }),
    ev('request_extension', '2026-12-01T15:00', { reason: '需补充调查' }),
    ev('approve_extension', '2026-12-02T09:00', { actorName: '社会治理办负责人' }),
    ev('supervise', '2026-12-08T09:00', { actorName: '电子监察员', departmentCode: null, reason: '延期后仍未办结，请今日反馈', payload: { deadline: null } }),
  ];

  it('groups the trail under each note, oldest first, with Chinese texts and local times', () => {
    const notes = supervisionNotes(trail, TZ);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({ at: '2026-12-01T09:00:00+08:00', actorName: '电子监察员', note: '请说明逾期原因', respondBy: '2026-12-03' });
    expect(notes[0].followUps.map((f) => [f.action, f.text, f.actorName, f.reason])).toEqual([
      ['request_extension', '申请延期', '社会治理办经办人', '需补充调查'],
      ['approve_extension', '批准延期', '社会治理办负责人', null],
    ]);
    expect(notes[1]).toMatchObject({ note: '延期后仍未办结，请今日反馈', respondBy: null, followUps: [] });
  });

  it('gives the latest note without its follow-ups, or null', () => {
    expect(latestNote(trail, TZ)).toEqual({ id: trail[6].id, at: '2026-12-08T09:00:00+08:00', actorName: '电子监察员', note: '延期后仍未办结，请今日反馈', respondBy: null });
    expect(latestNote(trail.slice(0, 3), TZ)).toBeNull();
    expect(supervisionNotes([], TZ)).toEqual([]);
  });

  it.each([
    ['claim', '签收'],
    ['decide', '办结'],
    ['suspend', '启动特别程序（中止计时）'],
    ['something_new', 'something_new'],
  ])('%s reads %s', (action, text) => {
    expect(actionText(action)).toBe(text);
  });
});
