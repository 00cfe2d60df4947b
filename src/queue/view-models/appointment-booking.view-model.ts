// The phone booking page (/appointments/new?hall=TC) and the kiosk's 预约签到: what they show, as pure functions
// shared by the server (the page's data) and the browser (slots, errors). The booking rules themselves live in
// src/appointments/domain/appointment-rules.ts; this only presents them.
import { bookableDates } from '../../appointments/domain/appointment-rules';
import { addDays, dayOfWeek, isValidIsoDate, zonedIso } from '../../calendar/domain/iso-date';
import { isMobilePhone } from '../domain/ticket-phone';

export const BOOKING_WORKING_DAYS = 7;

export interface BookingDay {
  date: string;
  /** 12月7日 */
  label: string;
  /** 今天 / 明天 / 周一 */
  weekday: string;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export function bookingDay(today: string, date: string): BookingDay {
  const weekday = date === today ? '今天' : date === addDays(today, 1) ? '明天' : WEEKDAYS[dayOfWeek(date)];
  return { date, label: `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`, weekday };
}

/** The days offered: the working days (by the calendar) within the booking horizon, at most 7. */
export function bookingDays(today: string, isWorkingDay: (date: string) => boolean): BookingDay[] {
  return bookableDates(today)
    .filter(isWorkingDay)
    .slice(0, BOOKING_WORKING_DAYS)
    .map((date) => bookingDay(today, date));
}

/** The day preselected: the one asked for (the closed kiosk's link) when offered, else the first offered. */
export function preselectedDay(days: readonly BookingDay[], asked: unknown): string | null {
  if (typeof asked === 'string' && isValidIsoDate(asked) && days.some((d) => d.date === asked)) return asked;
  return days[0]?.date ?? null;
}

/** GET …/appointment-slots: one slot as the API sends it. */
export interface ApiSlot {
  start: string;
  end: string;
  capacity: number;
  booked: number;
}

export interface SlotRow {
  /** Sent back verbatim when booking. */
  start: string;
  /** 09:00–09:30 in the hall's zone. */
  label: string;
  left: number;
  available: boolean;
  /** 余 3 个 / 已约满 / 已开始 */
  note: string;
}

/** The slot list: places left, full or begun slots disabled (the server refuses them anyway). */
export function slotRows(slots: readonly ApiSlot[], nowMs: number, timeZone: string): SlotRow[] {
  return slots.map((s) => {
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    const left = Math.max(0, s.capacity - s.booked);
    const begun = !(start > nowMs);
    const note = begun ? '已开始' : left === 0 ? '已约满' : `余 ${left} 个`;
    return { start: s.start, label: `${hallClock(start, timeZone)}–${hallClock(end, timeZone)}`, left, available: !begun && left > 0, note };
  });
}

/** "2026-12-07T01:00:00Z" (or any ISO) → "12月7日（周一）09:00–09:30" in the hall's zone. */
export function slotText(start: string, end: string, timeZone: string): string {
  const s = Date.parse(start);
  const e = Date.parse(end);
  if (Number.isNaN(s) || Number.isNaN(e)) return '';
  const date = zonedIso(s, timeZone).slice(0, 10);
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（${WEEKDAYS[dayOfWeek(date)]}）${hallClock(s, timeZone)}–${hallClock(e, timeZone)}`;
}

function hallClock(ms: number, timeZone: string): string {
  return Number.isNaN(ms) ? '' : zonedIso(ms, timeZone).slice(11, 16);
}

export const CHECK_IN_CLOSED_TEXT = '不在签到时间（预约时段前30分钟至开始后15分钟），请取普通号';

const BY_CODE: Record<string, string> = {
  SLOT_FULL: '该时段已约满，请选择其他时段',
  ALREADY_BOOKED: '您当天在本大厅已有预约，不能重复预约；如需改约请先取消原预约',
  SLOT_UNAVAILABLE: '该时段已不可预约（已开始或不在服务时间），请选择其他时段',
  BOOKING_BLOCKED: '您近期多次预约未到，暂时不能预约，请直接到大厅取号',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  APPOINTMENT_NOT_FOUND: '未找到该预约，请核对预约码和手机号',
  CHECK_IN_CLOSED: CHECK_IN_CLOSED_TEXT,
  ALREADY_CHECKED_IN: '该预约已签到取号，请留意叫号；号票丢失请咨询大厅工作人员',
  NOT_CANCELLABLE: '该预约已签到或时段已开始，不能取消',
  DEVICE_WRONG_PLACE: '本机不属于该预约的大厅，请到预约的大厅签到',
  VALIDATION_FAILED: '填写的内容有误，请检查后重试',
  HALL_NOT_FOUND: '服务大厅不存在',
  QUEUE_NOT_FOUND: '该业务暂不可预约，请选择其他业务',
  NETWORK: '网络连接失败，请稍后重试',
};

/** What a resident reads when booking, cancelling or checking in fails: by the stable code, never the English message. */
export function appointmentFailureText(code: string, status: number, retryAfterSeconds?: number): string {
  if (code === 'RATE_LIMITED' && typeof retryAfterSeconds === 'number') return `操作过于频繁，请 ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} 分钟后再试`;
  return BY_CODE[code] ?? (status >= 500 || status === 0 ? '服务暂时不可用，请稍后重试' : `操作失败（${code}），请稍后重试`);
}

/** What the booking form still lacks, or null: a queue, a slot, a mobile number, a name (1 to 40 characters). */
export function bookingFormProblem(form: { queueCode: string; start: string; phone: string; name: string }): string | null {
  if (!form.queueCode) return '请选择办理的业务';
  if (!form.start) return '请选择预约时段';
  if (!isMobilePhone(form.phone)) return '请输入 11 位手机号码';
  const name = form.name.trim();
  if (!name || name.length > 40) return '请输入姓名';
  return null;
}

/** /appointments/new?hall=TC[&date=][&kiosk=1]: the page's data; the page loads the slots itself. */
export function bookingPageViewModel(
  hall: { code: string; name: string; timeZone: string },
  queues: ReadonlyArray<{ code: string; name: string }>,
  days: BookingDay[],
  options: { askedDate?: unknown; serverNow: number; fromKiosk: boolean },
) {
  return {
    title: `预约办理 · ${hall.name}`,
    hallName: hall.name,
    fromKiosk: options.fromKiosk,
    kioskHref: `/kiosk/${encodeURIComponent(hall.code)}`,
    noDays: days.length === 0,
    client: {
      hall: hall.code,
      hallName: hall.name,
      timeZone: hall.timeZone,
      queues: queues.map((q) => ({ code: q.code, name: q.name })),
      days,
      date: preselectedDay(days, options.askedDate),
      serverNow: options.serverNow,
    },
  };
}

export type BookingPageData = ReturnType<typeof bookingPageViewModel>['client'];
