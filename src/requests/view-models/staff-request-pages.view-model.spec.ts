import { DomainError } from '../../common/domain-error';
import { REQUEST_COMMANDS } from '../domain/request-state';
import { dispatchPageViewModel, HOTLINE_ENTRY_KEY, REQUEST_ACTION_BUTTONS, requestDeskViewModel, requestFiguresViewModel } from './staff-request-pages.view-model';

const HALLS = [
  { code: 'TC', name: '桐城街道党群服务中心', timeZone: 'Asia/Shanghai' },
  { code: 'XH', name: '西湖社区服务站', timeZone: 'Asia/Urumqi' },
];
const NOW = Date.parse('2026-12-03T02:00:00Z');

describe('request pages view-models', () => {
  it('labels every request command once, each with its own key', () => {
    expect(REQUEST_ACTION_BUTTONS.map((a) => a.id).sort()).toEqual([...REQUEST_COMMANDS].sort());
    const keys = REQUEST_ACTION_BUTTONS.flatMap((a) => a.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toEqual(expect.arrayContaining(['j', 'k'])); // those move between cards
  });

  it('the board watches every hall unless one is asked, and carries the server clock', () => {
    const all = dispatchPageViewModel(HALLS, null, NOW);
    expect(all.title).toBe('指挥调度 · 接诉即办');
    expect(all.client).toMatchObject({ hall: null, timeZone: 'Asia/Shanghai', serverNow: NOW });
    const one = dispatchPageViewModel(HALLS, 'XH', NOW);
    expect(one.title).toBe('指挥调度 · 西湖社区服务站');
    expect(one.client).toMatchObject({ hall: 'XH', timeZone: 'Asia/Urumqi' });
    expect(one.shortcuts.map((s) => s.label)).toEqual(expect.arrayContaining(['派单', '办结', '回访']));
  });

  it('the board enters hotline transfers by a key of its own, for the asked hall or any', () => {
    expect([...REQUEST_ACTION_BUTTONS.flatMap((a) => a.keys), 'j', 'k']).not.toEqual(expect.arrayContaining(HOTLINE_ENTRY_KEY.keys));
    const all = dispatchPageViewModel(HALLS, null, NOW);
    expect(all.shortcuts).toContainEqual({ keyHint: 'H', label: '登记热线转办' });
    expect(all.client.halls.map((h) => h.code)).toEqual(['TC', 'XH']);
    expect(dispatchPageViewModel(HALLS, 'XH', NOW).client.halls).toEqual([{ code: 'XH', name: '西湖社区服务站' }]);
  });

  it('an unknown hall is a 404', () => {
    expect(() => dispatchPageViewModel(HALLS, 'NOPE', NOW)).toThrow(DomainError);
  });

  it('the desk passes the asked department on; the figures offer three groupings', () => {
    expect(requestDeskViewModel(HALLS, 'ZL', NOW).client.department).toBe('ZL');
    expect(requestDeskViewModel(HALLS, null, NOW).shortcuts.map((s) => s.label)).toEqual(expect.arrayContaining(['接单', '答复', '退回调度']));
    expect(requestFiguresViewModel(HALLS, NOW).groupings.map((g) => g.id)).toEqual(['category', 'department', 'week']);
  });
});
