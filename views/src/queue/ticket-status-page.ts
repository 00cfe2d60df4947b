// The resident's ticket page (opened from the QR code): live status, vibrates when the number is called.
import type { TicketCalledMessage } from '../../../src/realtime/domain/socket-events';
import type { TicketStatus } from '../../../src/queue/domain/ticket-state';
import { FINAL_TICKET_STATUSES, residentStatusText } from '../../../src/queue/view-models/labels';
import type { ticketStatusViewModel } from '../../../src/queue/view-models/ticket-status.view-model';
import { mountRating, type RatingWidget } from '../evaluations/rating-widget';
import { Announcer } from '../lib/announcer';
import { api, ApiError } from '../lib/api';
import { $, clockTime, setText } from '../lib/dom';
import { connectRealtime, type ConnectionStatus, type RealtimeConnection, STATUS_TEXT } from '../lib/realtime';

export type TicketStatusData = ReturnType<typeof ticketStatusViewModel>['client'];

/** GET /api/v1/tickets/{id}?token= */
interface PublicTicket {
  number: string;
  hall: string;
  hallName: string;
  queueCode: string;
  queueName: string;
  status: TicketStatus;
  issuedAt: string;
  ahead: number;
  estimatedWaitMinutes: number;
  windowNumber: number | null;
  /** A 预约 ticket (checked in from an appointment). */
  appointment?: boolean;
}

const POLL_MS = 60000;

export function startTicketStatus(data: TicketStatusData): void {
  const announcer = new Announcer({ repeat: 0 });
  const memoryKey = `onewindow.ticket.${data.id}.queue`;
  let ticket: PublicTicket | null = null;
  let feed: RealtimeConnection | null = null;
  let stopped = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let soundOn = false;
  let rating: RatingWidget | null = null;

  // Remembers the queue the ticket was first seen in, to tell the resident about a transfer.
  function transferNote(t: PublicTicket): string | null {
    let first: { code: string; name: string } | null = null;
    try {
      first = JSON.parse(localStorage.getItem(memoryKey) ?? 'null');
      if (!first) localStorage.setItem(memoryKey, JSON.stringify({ code: t.queueCode, name: t.queueName }));
    } catch {
      // private mode: no memory, no note
    }
    return first && first.code !== t.queueCode ? `您的号票已由「${first.name}」转至「${t.queueName}」，号码不变，请留意叫号。` : null;
  }

  function render(t: PublicTicket): void {
    const s = residentStatusText(t);
    document.title = t.status === 'called' ? `【到号】${s.title}` : `${t.number} ${s.title} · 排队进度`;
    setText('#tp-hall', t.hallName);
    setText('#tp-number', t.number);
    setText('#tp-queue', t.queueName);
    $('#tp-appointment').hidden = t.appointment !== true;
    $('#tp-status').className = `tp-status tone-${s.tone}`;
    setText('#tp-title', s.title);
    setText('#tp-detail', s.detail);
    const waiting = t.status === 'waiting';
    $('#tp-ahead-row').hidden = !waiting;
    $('#tp-wait-row').hidden = !waiting;
    setText('#tp-ahead', t.ahead);
    setText('#tp-wait', t.estimatedWaitMinutes);
    setText('#tp-issued', clockTime(t.issuedAt));
    const note = transferNote(t);
    $('#tp-transfer').hidden = !note;
    setText('#tp-transfer', note ?? '');
    setText('#tp-updated', `更新于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`);
    $('#tp-loading').hidden = true;
    $('#tp-card').hidden = false;
  }

  function alertCalled(): void {
    if (navigator.vibrate) navigator.vibrate([400, 200, 400, 200, 800]);
    const card = $('#tp-card');
    card.classList.remove('alerting');
    void card.offsetWidth; // restart the animation
    card.classList.add('alerting');
    if (soundOn) void announcer.chime();
  }

  const isFinal = (t: PublicTicket) => FINAL_TICKET_STATUSES.includes(t.status);

  async function refresh(): Promise<void> {
    clearTimeout(debounce);
    let next: PublicTicket;
    try {
      next = await api<PublicTicket>(`/api/v1/tickets/${encodeURIComponent(data.id)}?token=${encodeURIComponent(data.token)}`, { auth: false });
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return showMissing();
      setText('#tp-updated', '网络异常，正在重试…');
      return;
    }
    const before = ticket;
    ticket = next;
    render(next);
    if (next.status === 'called' && before?.status !== 'called') alertCalled();
    if (!feed && !stopped && !isFinal(next)) {
      feed = connectRealtime({
        subscription: { hall: next.hall },
        onSnapshot: later,
        sequenced: ['ticket.called', 'board.updated'],
        on: { 'ticket.called': onCall, 'board.updated': later },
        onStatus,
      });
    }
    if (isFinal(next)) stop();
    if (next.status === 'done') offerRating();
  }

  // 好差评 (一次一评): once the service is done, the resident rates it here (the widget checks it is not rated yet).
  function offerRating(): void {
    if (rating) return;
    rating = mountRating($('#tp-rating'), { target: { ticketId: data.id, token: data.token }, prompt: '请您对本次服务进行评价' });
  }

  function showMissing(): void {
    stop();
    $('#tp-loading').hidden = true;
    $('#tp-card').hidden = true;
    $('#tp-missing').hidden = false;
    setText('#tp-missing-text', data.notFound);
    document.title = '未找到号票';
  }

  function stop(): void {
    stopped = true;
    clearInterval(poll);
    feed?.close();
    setText('#tp-conn', '');
  }

  // Every hall event may move this ticket; spread the refetches so a hall full of phones doesn't stampede.
  function later(): void {
    clearTimeout(debounce);
    debounce = setTimeout(() => void refresh(), 400 + Math.random() * 1600);
  }

  function onCall(msg: TicketCalledMessage): void {
    if (ticket && msg.number === ticket.number) {
      void refresh();
      if (msg.recall && ticket.status === 'called') alertCalled();
    } else later();
  }

  function onStatus(status: ConnectionStatus): void {
    if (stopped) return;
    setText('#tp-conn', status === 'live' ? '● 实时' : STATUS_TEXT[status]);
    $('#tp-conn').className = `tp-conn tp-conn-${status}`;
  }

  $('#tp-sound').addEventListener('click', () => {
    announcer.enable();
    soundOn = true;
    void announcer.chime();
    $('#tp-sound').hidden = true;
  });
  const poll = setInterval(() => void refresh(), POLL_MS);
  void refresh();
}
