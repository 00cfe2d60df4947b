// The phone booking page (预约): pick a queue, a day and a slot, give a phone and a name, book; the code is
// shown big with its QR (the kiosk's scanner reads it). Below: cancel a booking with its code and phone.
import {
  type ApiSlot,
  appointmentFailureText,
  type BookingPageData,
  bookingFormProblem,
  slotRows,
  slotText,
} from '../../../src/queue/view-models/appointment-booking.view-model';
import { api, ApiError } from '../lib/api';
import { $, $maybe, el, setText, toast } from '../lib/dom';

interface Booked {
  id: number;
  code: string;
  start: string;
  end: string;
}

export function failureText(e: unknown): string {
  if (!(e instanceof ApiError)) return appointmentFailureText('UNKNOWN', 0);
  const wait = e.details?.retryAfterSeconds;
  return appointmentFailureText(e.code, e.status, typeof wait === 'number' ? wait : undefined);
}

export function startBookingPage(data: BookingPageData): void {
  const offset = data.serverNow - Date.now(); // the server's clock decides what has begun (a pinned one in tests)
  let queueCode = '';
  let date = data.date ?? '';
  let start = '';
  let loading = 0;
  const form = $maybe<HTMLFormElement>('#ap-form');
  if (form) setUpBooking(form);
  setUpCancel();

  function setUpBooking(bookingForm: HTMLFormElement): void {
    const queues = $('#ap-queues');
    for (const q of data.queues) queues.append(el('button', { type: 'button', class: 'ap-opt', 'aria-pressed': 'false', dataset: { queue: q.code }, text: q.name }));
    const days = $('#ap-days');
    for (const d of data.days) {
      days.append(el('button', { type: 'button', class: 'ap-opt', 'aria-pressed': String(d.date === date), dataset: { date: d.date } }, el('b', { text: d.label }), el('small', { text: d.weekday })));
    }
    if (data.queues.length === 1) pickQueue(data.queues[0].code);

    queues.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('[data-queue]');
      if (b) pickQueue(b.dataset.queue ?? '');
    });
    days.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('[data-date]');
      if (!b) return;
      date = b.dataset.date ?? '';
      press(days, b);
      void loadSlots();
    });
    $('#ap-slots').addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('[data-start]');
      if (!b || b.disabled) return;
      start = b.dataset.start ?? '';
      press($('#ap-slots'), b);
      setText('#ap-problem', '');
    });
    const phone = $<HTMLInputElement>('#ap-phone');
    phone.addEventListener('input', () => (phone.value = phone.value.replace(/\D/g, '').slice(0, 11)));
    bookingForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void book();
    });
    $('#ap-again').addEventListener('click', () => {
      $('#ap-done').hidden = true;
      $('#ap-book').hidden = false;
      void loadSlots();
    });
  }

  function pickQueue(code: string): void {
    queueCode = code;
    const b = $maybe<HTMLButtonElement>(`#ap-queues [data-queue="${CSS.escape(code)}"]`);
    if (b) press($('#ap-queues'), b);
    void loadSlots();
  }

  function press(group: HTMLElement, chosen: HTMLElement): void {
    for (const b of group.querySelectorAll('[aria-pressed]')) b.setAttribute('aria-pressed', String(b === chosen));
  }

  async function loadSlots(): Promise<void> {
    start = '';
    const host = $('#ap-slots');
    if (!queueCode || !date) return;
    const mine = ++loading;
    host.replaceChildren(el('p', { class: 'ap-note', text: '正在加载可预约时段…' }));
    try {
      const q = new URLSearchParams({ queueCode, date });
      const slots = await api<ApiSlot[]>(`/api/v1/halls/${encodeURIComponent(data.hall)}/appointment-slots?${q}`, { auth: false });
      if (mine !== loading) return;
      const rows = slotRows(slots, Date.now() + offset, data.timeZone);
      if (rows.length === 0) return host.replaceChildren(el('p', { class: 'ap-note', text: '当天没有可预约的时段' }));
      host.replaceChildren(
        ...rows.map((r) =>
          el('button', { type: 'button', class: 'ap-opt', 'aria-pressed': 'false', disabled: !r.available, dataset: { start: r.start, left: String(r.left) } }, el('b', { text: r.label }), el('small', { text: r.note })),
        ),
      );
    } catch (e) {
      if (mine === loading) host.replaceChildren(el('p', { class: 'ap-problem', text: failureText(e) }));
    }
  }

  async function book(): Promise<void> {
    const phone = $<HTMLInputElement>('#ap-phone').value.trim();
    const name = $<HTMLInputElement>('#ap-name').value.trim();
    const problem = bookingFormProblem({ queueCode, start, phone, name });
    setText('#ap-problem', problem ?? '');
    if (problem) return;
    const submit = $<HTMLButtonElement>('#ap-submit');
    submit.disabled = true;
    try {
      const booked = await api<Booked>('/api/v1/appointments', { method: 'POST', body: { hall: data.hall, queueCode, start, phone, name }, auth: false });
      showBooked(booked);
    } catch (e) {
      setText('#ap-problem', failureText(e));
      if (e instanceof ApiError && (e.code === 'SLOT_FULL' || e.code === 'SLOT_UNAVAILABLE')) void loadSlots();
    } finally {
      submit.disabled = false;
    }
  }

  function showBooked(b: Booked): void {
    const queueName = data.queues.find((q) => q.code === queueCode)?.name ?? queueCode;
    setText('#ap-done-slot', `${data.hallName} · ${queueName} · ${slotText(b.start, b.end, data.timeZone)}`);
    setText('#ap-done-code', b.code);
    $<HTMLImageElement>('#ap-done-qr').src = `/qr/appointment/${encodeURIComponent(b.code)}.svg`;
    $<HTMLInputElement>('#ap-cancel-code').value = b.code;
    $('#ap-book').hidden = true;
    const done = $('#ap-done');
    done.hidden = false;
    done.focus();
  }

  function setUpCancel(): void {
    const code = $<HTMLInputElement>('#ap-cancel-code');
    const phone = $<HTMLInputElement>('#ap-cancel-phone');
    phone.addEventListener('input', () => (phone.value = phone.value.replace(/\D/g, '').slice(0, 11)));
    $<HTMLFormElement>('#ap-cancel-form').addEventListener('submit', (e) => {
      e.preventDefault();
      void cancel(code.value.replace(/[\s-]/g, '').toUpperCase(), phone.value.trim());
    });
  }

  async function cancel(code: string, phone: string): Promise<void> {
    if (code.length !== 8 || !/^1\d{10}$/.test(phone)) {
      setText('#ap-cancel-problem', '请输入 8 位预约码和预约时的手机号码');
      return;
    }
    if (!window.confirm(`确定取消预约 ${code} 吗？`)) return;
    const button = $<HTMLButtonElement>('#ap-cancel');
    button.disabled = true;
    try {
      await api(`/api/v1/appointments/${encodeURIComponent(code)}/cancel`, { method: 'POST', body: { phone }, auth: false });
      setText('#ap-cancel-problem', '');
      toast(`预约 ${code} 已取消`, 'ok');
      if (!$('#ap-done').hidden && $('#ap-done-code').textContent === code) {
        $('#ap-done').hidden = true;
        $('#ap-book').hidden = false;
      }
      void loadSlots();
    } catch (e) {
      setText('#ap-cancel-problem', failureText(e));
    } finally {
      button.disabled = false;
    }
  }
}
