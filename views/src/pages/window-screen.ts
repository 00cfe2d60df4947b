// The screen above one counter (窗口屏): window name, the number being served, 暂停服务 when paused.
import type { BoardSnapshot } from '../../../src/queue/domain/board';
import type { HallChangedMessage, TicketCalledMessage, WindowUpdatedMessage } from '../../../src/realtime/domain/socket-events';
import { type windowScreenViewModel, windowServesText } from '../../../src/queue/view-models/window-screen.view-model';
import { Announcer } from '../lib/announcer';
import { pageData, setText, startClock } from '../lib/dom';
import { connectRealtime, STATUS_TEXT } from '../lib/realtime';

type Data = NonNullable<ReturnType<typeof windowScreenViewModel>>['client'];
type WindowStatus = BoardSnapshot['windows'][number]['status'];

const data = pageData<Data>();
const state: { status: WindowStatus; currentNumber: string | null; appointment: boolean; calling: boolean } = { status: 'closed', currentNumber: null, appointment: false, calling: false };
const announcer = data.voice ? new Announcer({ repeat: 2 }) : null;
let callingTimer: ReturnType<typeof setTimeout> | undefined;

function render(): void {
  if (state.status !== 'open') state.calling = false;
  document.body.className = `ws ws-${state.status}${state.calling ? ' ws-calling' : ''}`;
  const serving = state.status !== 'closed' && state.currentNumber;
  let label = '';
  if (state.status === 'open') label = serving ? (state.calling ? `请 ${state.currentNumber} 号到本窗口办理` : '当前办理') : '欢迎光临 · 请等候叫号';
  else if (state.status === 'paused') label = serving ? '当前办理' : '';
  setText('#ws-label', label);
  setText('#ws-number', serving ? state.currentNumber : '');
  document.getElementById('ws-appointment')!.hidden = !(serving && state.appointment);
  setText('#ws-state', (data.windowStatusText as Record<string, string>)[state.status] ?? state.status);
}

function take(windows: BoardSnapshot['windows']): void {
  const w = windows.find((x) => x.number === data.window);
  if (!w) return;
  state.status = w.status;
  state.currentNumber = w.currentNumber;
  state.appointment = !!w.currentAppointment;
  render();
}

function onCall(msg: TicketCalledMessage): void {
  if (msg.windowNumber !== data.window) return;
  state.currentNumber = msg.number;
  state.appointment = !!msg.appointment;
  state.calling = true;
  render();
  clearTimeout(callingTimer);
  callingTimer = setTimeout(() => {
    state.calling = false;
    render();
  }, 15000);
  announcer?.announce(msg);
}

// window.updated comes first and fast; it reports no number for a pause, so a null number waits for
// the board.updated that follows (it always carries the window's real current number).
function onWindow(msg: WindowUpdatedMessage): void {
  if (msg.windowNumber !== data.window) return;
  state.status = msg.status;
  if (msg.currentNumber && msg.currentNumber !== state.currentNumber) state.appointment = false; // the board.updated that follows says
  if (msg.currentNumber) state.currentNumber = msg.currentNumber;
  if (msg.status === 'closed') state.currentNumber = null;
  render();
}

// an administrator renamed the window or changed what it serves
function onHallChanged(msg: HallChangedMessage): void {
  const w = msg.layout.windows.find((x) => x.number === data.window);
  if (!w) return;
  setText('.ws-name', w.name);
  setText('.ws-serves', windowServesText(w, msg.layout.queues));
  document.title = `${w.name} · ${msg.layout.name}`;
}

announcer?.enableOnFirstGesture();
startClock(data.timeZone, ({ time }) => setText('#ws-clock', time));
take(data.snapshot.windows);
connectRealtime<BoardSnapshot>({
  subscription: { hall: data.hall, window: data.window },
  onSnapshot: (s) => take(s.windows),
  sequenced: ['ticket.called', 'board.updated'],
  on: {
    'ticket.called': onCall,
    'board.updated': (b) => take(b.windows),
    'window.updated': onWindow,
    'hall.changed': onHallChanged,
  },
  onStatus: (status) => setText('#conn', status === 'live' ? '' : STATUS_TEXT[status]),
});
