// The hall board (大厅叫号屏): newest call huge, recent calls, window states, waiting per queue, voice.
// The board is rendered here only (boardScreen); the server template gives the frame and the queue list.
import { html, render } from 'lit-html';
import type { BoardSnapshot } from '../../../src/queue/domain/board';
import type { BoardUpdatedMessage, HallChangedMessage, TicketCalledMessage } from '../../../src/realtime/domain/socket-events';
import { boardScreen, type boardViewModel } from '../../../src/queue/view-models/board.view-model';
import { Announcer } from '../lib/announcer';
import { $, $$, el, setText, startClock } from '../lib/dom';
import { connectRealtime, type ConnectionStatus, STATUS_TEXT } from '../lib/realtime';
import { setupBoardVoice } from './board-voice';

export type BoardData = ReturnType<typeof boardViewModel>['client'];
type Call = BoardSnapshot['recentCalls'][number];

const KEEP_CALLS = 20;
const callKey = (c: Call) => `${c.number}|${c.calledAt}`;

export function startBoard(data: BoardData): void {
  const state: { calls: Call[]; waiting: Record<string, number>; windows: BoardSnapshot['windows']; calledWindow: number | null } = {
    calls: [],
    waiting: {},
    windows: [],
    calledWindow: null,
  };
  const announcer = new Announcer({ repeat: data.repeat });
  setupBoardVoice(announcer);
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;

  function renderBoard(): void {
    const screen = boardScreen({ recentCalls: state.calls, windows: state.windows }, data.recentLimit);
    const current = screen.current;
    $('#now').classList.toggle('now-empty', !current);
    render(
      html`<div id="now-number" class="now-number">${current ? current.number : '——'}${current?.appointment ? html`<span class="appt-badge">预约</span>` : ''}</div>
        <div id="now-window" class="now-window">${current ? `请到 ${current.windowName}` : '请取号后耐心等候'}</div>
        <div id="now-sentence" class="now-sentence">${current ? current.sentence : ''}</div>`,
      $<HTMLElement>('#now'),
    );
    render(
      screen.recentCalls.map(
        (c) => html`<li><span class="r-num">${c.number}${c.appointment ? html`<span class="appt-badge">预约</span>` : ''}</span><span class="r-win">${c.windowNumber} 号窗口</span><span class="r-time">${c.time + (c.recall ? ' 重呼' : '')}</span></li>`,
      ),
      $<HTMLElement>('#recent-calls'),
    );
    render(
      screen.windows.map(
        (w) => html`<div class="win win-${w.status}${w.number === state.calledWindow ? ' win-called' : ''}" data-window=${w.number}>
          <div class="win-name">${w.name}</div>
          <div class="win-num">${w.shownNumber}${w.appointment ? html`<span class="appt-badge">预约</span>` : ''}</div>
          <div class="win-state">${w.statusText}</div>
        </div>`,
      ),
      $<HTMLElement>('#windows'),
    );
    for (const node of $$('[data-waiting]')) setText(node, state.waiting[node.dataset.waiting ?? ''] ?? 0);
  }

  function highlight(call: Call): void {
    const now = $('#now');
    now.classList.remove('flash');
    void now.offsetWidth; // restart the animation
    now.classList.add('flash');
    state.calledWindow = call.windowNumber;
    clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => {
      now.classList.remove('flash');
      state.calledWindow = null;
      renderBoard();
    }, data.highlightSeconds * 1000);
  }

  function applySnapshot(s: BoardSnapshot): void {
    state.calls = s.recentCalls.slice();
    state.waiting = s.waiting;
    state.windows = s.windows;
    renderBoard();
  }

  function onCall(msg: TicketCalledMessage): void {
    const call: Call = { number: msg.number, windowNumber: msg.windowNumber, calledAt: msg.calledAt, recall: msg.recall, ...(msg.appointment ? { appointment: true as const } : {}) };
    state.calls = [call, ...state.calls.filter((c) => callKey(c) !== callKey(call))].slice(0, KEEP_CALLS);
    state.windows = state.windows.map((w) => (w.number === msg.windowNumber ? { ...w, currentNumber: msg.number, currentAppointment: msg.appointment } : w));
    highlight(call);
    renderBoard();
    announcer.announce(call);
  }

  function onBoard(msg: BoardUpdatedMessage): void {
    state.waiting = msg.waiting;
    state.windows = msg.windows;
    renderBoard();
  }

  function onStatus(status: ConnectionStatus): void {
    const conn = $('#conn');
    conn.className = `conn conn-${status}`;
    conn.textContent = STATUS_TEXT[status];
  }

  function enableSound(): void {
    announcer.enable();
    $('#sound').hidden = true;
  }

  startClock(data.timeZone, ({ time, date }) => {
    setText('#clock-time', time);
    setText('#clock-date', date);
  });
  applySnapshot(data.snapshot);
  if (announcer.soundAllowed) $('#sound').hidden = true; // the screen's browser allows sound without a click
  document.addEventListener('click', enableSound, { once: true });
  document.addEventListener('keydown', enableSound, { once: true });
  // an administrator changed the hall: the queue list here, and a fresh snapshot for the windows
  function onHallChanged(msg: HallChangedMessage): void {
    const box = $('.waiting');
    for (const node of $$('.wq', box)) node.remove();
    box.append(...msg.layout.queues.map((q) => el('span', { class: 'wq' }, el('span', { class: 'wq-code', text: q.code }), el('span', { class: 'wq-name', text: q.name }), el('b', { dataset: { waiting: q.code }, text: state.waiting[q.code] ?? 0 }), ' 人')));
    feed.resync();
  }

  const feed = connectRealtime<BoardSnapshot>({
    subscription: { hall: data.hall },
    onSnapshot: applySnapshot,
    sequenced: ['ticket.called', 'board.updated'],
    on: { 'ticket.called': onCall, 'board.updated': onBoard, 'hall.changed': onHallChanged },
    onStatus,
  });
}
