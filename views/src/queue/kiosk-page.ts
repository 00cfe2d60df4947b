// The self-service kiosk (自助取号机): choose a queue, get a ticket with a QR code, print, return.
import type { BoardSnapshot } from '../../../src/queue/domain/board';
import { servedQueues } from '../../../src/queue/domain/ordering';
import type { HallChangedMessage } from '../../../src/realtime/domain/socket-events';
import { idleSecondsLeft } from '../../../src/queue/domain/kiosk-idle';
import { isMobilePhone } from '../../../src/queue/domain/ticket-phone';
import { type kioskViewModel, openWindowCounts } from '../../../src/queue/view-models/kiosk.view-model';
import { setupKioskCheckIn } from '../kiosk/kiosk-checkin';
import { setupKioskDevice } from '../kiosk/kiosk-device';
import { failureText } from '../lib/api';
import { $, $$, clockTime, setText, startClock, toast } from '../lib/dom';
import { connectRealtime } from '../lib/realtime';
import { followKioskHours } from './kiosk-hours';
import { renderQueueButtons } from './kiosk-queues';

export type KioskData = ReturnType<typeof kioskViewModel>['client'];

/** POST /api/v1/halls/{hall}/tickets — the fields the ticket shows. */
interface IssuedTicket {
  id: number;
  number: string;
  queueCode: string;
  priority: 'priority' | 'normal';
  issuedAt: string;
  ahead: number;
  estimatedWaitMinutes: number;
  statusToken: string;
  /** A 预约 ticket (from 预约签到): called before the walk-ins of its queue once its slot has begun. */
  appointment?: boolean;
}

export function startKiosk(data: KioskData): void {
  const phone = $<HTMLInputElement>('#phone');
  const priority = $<HTMLInputElement>('#priority');
  const grid = $('.queue-grid');
  renderQueueButtons(grid, data.queues, false);
  const queueButtons = () => $$<HTMLButtonElement>('.queue-btn'); // redrawn when an admin changes the queues
  let busy = false;
  let lastTouch = Date.now();
  const hours = followKioskHours(data.hours, data.timeZone, data.hall);
  // 绿色通道 only at a paired kiosk (the server refuses it anonymously: PRIORITY_NEEDS_DEVICE)
  const device = setupKioskDevice(data.hall, $('#kiosk-device'), (paired) => {
    $('.priority').hidden = !paired;
    if (!paired) priority.checked = false;
  });
  const checkIn = setupKioskCheckIn<IssuedTicket>(data.hall, device, { ticket: showTicket, pick: showPick });

  /** Back to the queue choice with nothing of the last resident left: options, phone, messages. */
  function showPick(): void {
    $('#result').hidden = true;
    $('#pick').hidden = false;
    checkIn.close();
    clearOptions();
    $$('.toast').forEach((n) => n.remove());
    lastTouch = Date.now();
    tick();
  }

  function clearOptions(): void {
    priority.checked = false;
    phone.value = '';
    phone.classList.remove('invalid');
  }

  function showTicket(t: IssuedTicket): void {
    setText('#t-number', t.number);
    setText('#t-queue', data.queueNames[t.queueCode] ?? t.queueCode);
    $('#t-priority').hidden = t.priority !== 'priority';
    $('#t-appointment').hidden = t.appointment !== true;
    setText('#t-ahead', t.ahead);
    setText('#t-wait', t.estimatedWaitMinutes);
    hours.ticketShown(t.queueCode);
    setText('#t-time', `${t.issuedAt.slice(0, 10)} ${clockTime(t.issuedAt)}`);
    const qr = $<HTMLImageElement>('#t-qr');
    if (data.autoPrint) qr.addEventListener('load', () => window.print(), { once: true });
    qr.src = `/qr/ticket/${encodeURIComponent(t.id)}.svg?token=${encodeURIComponent(t.statusToken)}`;
    $('#pick').hidden = true;
    $('#result').hidden = false;
    $$('.toast').forEach((n) => n.remove());
    lastTouch = Date.now();
    tick();
  }

  // ---- idle: after autoReturnSeconds without a touch or key, back to the start with everything cleared ----
  /** Something of a resident is on screen: a ticket, a typed phone number, a ticked 绿色通道. */
  const dirty = () => !$('#result').hidden || !!phone.value || priority.checked || checkIn.isOpen();

  function tick(): void {
    const left = idleSecondsLeft(lastTouch, Date.now(), data.autoReturnSeconds);
    setText('#countdown', left);
    setText('#idle-left', left);
    $('#idle-note').hidden = $('#pick').hidden || checkIn.isOpen() || !dirty();
    if (left <= 0 && (dirty() || $('#pick').hidden)) showPick();
  }
  for (const type of ['pointerdown', 'keydown', 'input', 'touchstart'] as const) {
    document.addEventListener(type, () => (lastTouch = Date.now()), { capture: true, passive: true });
  }
  setInterval(tick, 250);

  async function take(queueCode: string): Promise<void> {
    if (busy) return;
    const number = phone.value.trim();
    if (number && !isMobilePhone(number)) {
      phone.classList.add('invalid');
      toast('手机号码应为 11 位数字，也可以不填', 'error');
      return;
    }
    busy = true;
    queueButtons().forEach((b) => (b.disabled = true));
    try {
      const body = { queueCode, priority: priority.checked && device.paired() ? 'priority' : 'normal', ...(number ? { phone: number } : {}) };
      const ticket = await device.post<IssuedTicket>(`/api/v1/halls/${encodeURIComponent(data.hall)}/tickets`, body);
      clearOptions(); // the next resident starts from plain options, whatever way this one leaves
      showTicket(ticket);
    } catch (e) {
      toast(`取号失败：${failureText(e)}`, 'error');
    } finally {
      busy = false;
      queueButtons().forEach((b) => (b.disabled = false));
    }
  }

  function press(key: string): void {
    phone.classList.remove('invalid');
    if (key === 'clear') phone.value = '';
    else if (key === 'back') phone.value = phone.value.slice(0, -1);
    else if (phone.value.length < 11) phone.value += key;
    tick();
  }

  function onBoard(board: Pick<BoardSnapshot, 'waiting' | 'windows'>): void {
    for (const node of $$('[data-waiting]')) setText(node, board.waiting[node.dataset.waiting ?? ''] ?? 0);
    const open = openWindowCounts(board.windows, data.windowServes);
    for (const node of $$('[data-open]')) setText(node, open[node.dataset.open ?? ''] ?? 0);
    hours.windowsOpen(open);
  }

  $('.queue-grid').addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('.queue-btn');
    if (button && !button.disabled) void take(button.dataset.queue ?? '');
  });
  $$<HTMLButtonElement>('.keypad button').forEach((b) => b.addEventListener('click', () => press(b.dataset.key ?? '')));
  phone.addEventListener('input', () => {
    phone.value = phone.value.replace(/\D/g, '').slice(0, 11);
    phone.classList.remove('invalid');
    tick();
  });
  priority.addEventListener('change', tick);
  $('#print').addEventListener('click', () => window.print());
  $('#done').addEventListener('click', showPick);
  startClock(data.timeZone, ({ time, date }) => setText('#clock', `${date} ${time}`));
  // an administrator changed the hall: redraw the queue buttons, then a fresh snapshot fills in the counts
  function onHallChanged(msg: HallChangedMessage): void {
    const { queues, windows } = msg.layout;
    const codes = queues.map((q) => q.code);
    data.queueNames = Object.fromEntries(queues.map((q) => [q.code, q.name]));
    data.windowServes = Object.fromEntries(windows.map((w) => [w.number, servedQueues(w.kind, w.queueCodes, codes)]));
    renderQueueButtons(grid, queues.map((q) => ({ ...q, waiting: 0, openWindows: 0 })), busy);
    feed.resync(); // the counts follow from the board
  }

  const feed = connectRealtime<BoardSnapshot>({
    subscription: { hall: data.hall },
    onSnapshot: onBoard,
    sequenced: ['ticket.called', 'board.updated'],
    // a call changes nothing here, but its seq must be seen or the next board update looks like a gap
    on: { 'board.updated': onBoard, 'hall.changed': onHallChanged },
  });
}
