import { boardScreen, boardViewModel } from './board.view-model';
import { hallSource } from './hall-source.fixture';

describe('boardViewModel', () => {
  it('gives waiting per queue and the snapshot the page renders the board from', () => {
    const vm = boardViewModel(hallSource());
    expect(vm.queues).toEqual([
      { code: 'A', name: '民生保障', waiting: 4 },
      { code: 'C', name: '经济服务', waiting: 0 },
    ]);
    expect(vm.client.snapshot.seq).toBe(7);
    expect(vm.client.hall).toBe('TC');
  });

  it('counts no one waiting before the first ticket of the day', () => {
    expect(boardViewModel(hallSource({ recentCalls: [], waiting: {} })).queues.map((q) => q.waiting)).toEqual([0, 0]);
  });
});

describe('boardScreen', () => {
  it('shows the newest call large, the recent ones and the windows', () => {
    const screen = boardScreen(hallSource().board);
    expect(screen.current).toEqual({ number: 'A012', windowNumber: 1, windowName: '1号综合窗口', sentence: '请 A012 号到 1 号窗口办理', appointment: false });
    expect(screen.recentCalls).toEqual([{ number: 'C003', windowNumber: 6, time: '09:35', recall: true, appointment: false }]);
    expect(screen.windows.map((w) => [w.number, w.statusText, w.shownNumber])).toEqual([
      [1, '服务中', 'A012'],
      [6, '暂停服务', '—'],
    ]);
  });

  it('marks 预约 tickets: the current call, recent calls, and a window serving one (not a closed window)', () => {
    const board = hallSource({
      recentCalls: [
        { number: 'A013', windowNumber: 1, calledAt: '2026-11-23T09:40:00+08:00', recall: false, appointment: true },
        { number: 'A012', windowNumber: 6, calledAt: '2026-11-23T09:35:00+08:00', recall: false, appointment: true },
        { number: 'C003', windowNumber: 6, calledAt: '2026-11-23T09:30:00+08:00', recall: false },
      ],
    }).board;
    board.windows = board.windows.map((w) => ({ ...w, currentNumber: 'A013', currentAppointment: true }));
    const screen = boardScreen(board);
    expect(screen.current?.appointment).toBe(true);
    expect(screen.recentCalls.map((c) => [c.number, c.appointment])).toEqual([['A012', true], ['C003', false]]);
    expect(screen.windows.map((w) => [w.number, w.status, w.appointment])).toEqual([[1, 'open', true], [6, 'paused', true]]);
    board.windows = board.windows.map((w) => ({ ...w, status: 'closed' as const }));
    expect(boardScreen(board).windows.map((w) => w.appointment)).toEqual([false, false]);
  });

  it('has no current call before the first call of the day', () => {
    const screen = boardScreen(hallSource({ recentCalls: [] }).board);
    expect(screen.current).toBeNull();
    expect(screen.recentCalls).toEqual([]);
  });

  it('names a window it does not know by its number', () => {
    const screen = boardScreen(hallSource({ recentCalls: [{ number: 'A001', windowNumber: 9, calledAt: '2026-11-23T09:00:00+08:00', recall: false }] }).board);
    expect(screen.current?.windowName).toBe('9号窗口');
  });

  it('lists at most the limit of calls under the newest one', () => {
    const calls = Array.from({ length: 12 }, (_, i) => ({ number: `A${String(12 - i).padStart(3, '0')}`, windowNumber: 1, calledAt: '2026-11-23T09:00:00+08:00', recall: false }));
    const screen = boardScreen({ recentCalls: calls, windows: [] }, 8);
    expect(screen.recentCalls.map((c) => c.number)).toEqual(['A011', 'A010', 'A009', 'A008', 'A007', 'A006', 'A005', 'A004']);
  });

  it('shows no number on a closed window, whatever it last served', () => {
    const screen = boardScreen({ recentCalls: [], windows: [{ number: 2, name: '2号综合窗口', status: 'closed', currentNumber: 'A003' }] });
    expect(screen.windows[0]).toMatchObject({ statusText: '暂未开放', shownNumber: '—' });
  });
});
