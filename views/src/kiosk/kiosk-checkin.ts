// 预约签到 at the kiosk: a code entry (typed, or typed by the scanner reading the booking's QR, ending with Enter);
// an unpaired kiosk also asks for the booking's phone (the API's public check-in). The server decides the
// check-in window: outside it (409 CHECK_IN_CLOSED) the resident is offered a normal number instead.
import { normalizeBookingCode } from '../../../src/appointments/domain/appointment-rules';
import { isMobilePhone } from '../../../src/queue/domain/ticket-phone';
import { appointmentFailureText, CHECK_IN_CLOSED_TEXT } from '../../../src/queue/view-models/appointment-booking.view-model';
import { ApiError } from '../lib/api';
import { $, setText } from '../lib/dom';
import type { KioskDevice } from './kiosk-device';

export interface KioskCheckIn {
  open(prefill?: string): void;
  close(): void;
  isOpen(): boolean;
  /** Something typed in the entry (the idle return clears it). */
  dirty(): boolean;
}

export function setupKioskCheckIn<T>(hall: string, device: KioskDevice, done: { ticket(t: T): void; pick(): void }): KioskCheckIn {
  const panel = $('#checkin');
  const code = $<HTMLInputElement>('#checkin-code');
  const phone = $<HTMLInputElement>('#checkin-phone');
  const submit = $<HTMLButtonElement>('#checkin-submit');
  const normal = $<HTMLButtonElement>('#checkin-normal');
  let busy = false;

  function problem(text: string, closed = false): void {
    setText('#checkin-problem', text);
    normal.hidden = !closed;
  }

  function open(prefill = ''): void {
    code.value = prefill;
    phone.value = '';
    problem('');
    $('#checkin-phone-row').hidden = device.paired();
    panel.hidden = false;
    code.focus();
  }

  function close(): void {
    panel.hidden = true;
    code.value = '';
    phone.value = '';
    problem('');
  }

  async function checkIn(): Promise<void> {
    if (busy) return;
    const normalized = normalizeBookingCode(code.value);
    if (!normalized) {
      problem('预约码为 8 位字母和数字，请核对后重新输入');
      code.focus();
      return;
    }
    const paired = device.paired();
    const number = phone.value.trim();
    if (!paired && !isMobilePhone(number)) {
      problem('请输入预约时填写的 11 位手机号码');
      phone.focus();
      return;
    }
    busy = true;
    submit.disabled = true;
    try {
      const path = `/api/v1/halls/${encodeURIComponent(hall)}/appointments/${encodeURIComponent(normalized)}/check-in`;
      const ticket = await device.post<T>(path, paired ? {} : { phone: number });
      close();
      done.ticket(ticket);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CHECK_IN_CLOSED') problem(CHECK_IN_CLOSED_TEXT, true);
      else if (e instanceof ApiError) problem(appointmentFailureText(e.code, e.status, typeof e.details?.retryAfterSeconds === 'number' ? e.details.retryAfterSeconds : undefined));
      else problem(appointmentFailureText('NETWORK', 0));
      code.select();
    } finally {
      busy = false;
      submit.disabled = false;
    }
  }

  $('#checkin-open').addEventListener('click', () => open());
  $('#ss-checkin').addEventListener('click', () => open());
  $<HTMLFormElement>('#checkin-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void checkIn();
  });
  $('#checkin-cancel').addEventListener('click', () => {
    close();
    done.pick();
  });
  normal.addEventListener('click', () => {
    close();
    done.pick();
  });
  phone.addEventListener('input', () => (phone.value = phone.value.replace(/\D/g, '').slice(0, 11)));
  // F2 opens the entry; so does a letter typed with nothing focused (a scanner reading a code starts typing)
  document.addEventListener('keydown', (e) => {
    if (!panel.hidden || !$('#result').hidden || e.ctrlKey || e.altKey || e.metaKey) return;
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === 'F2') {
      e.preventDefault();
      open();
    } else if (!typing && /^[a-zA-Z2-9]$/.test(e.key)) {
      e.preventDefault();
      open(e.key.toUpperCase());
    }
  });

  return { open, close, isOpen: () => !panel.hidden, dirty: () => !panel.hidden && (!!code.value || !!phone.value) };
}
