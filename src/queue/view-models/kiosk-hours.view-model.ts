import { addDays, businessDateInZone, dayOfWeek, isWeekendDayNumber, toDayNumber, zonedIso } from '../../calendar/domain/iso-date';
import type { OpeningInterval } from '../../halls/domain/hall-rules';
import { type ClosedReason, closedReason, openingHoursText } from '../../halls/domain/opening-hours';

/** What the kiosk needs to follow its hall's opening hours by itself (the page stays open for days). */
export interface KioskHours {
  openingHours: OpeningInterval[];
  hoursText: string;
  /** Working day or not, by the calendar (调休 included), for today and the next days; beyond: Monday to Friday. */
  workingDays: Record<string, boolean>;
  /** The server's clock when the page was rendered: the kiosk keeps its offset (tests pin the server's clock). */
  serverNow: number;
}

export function kioskHours(openingHours: OpeningInterval[], workingDays: Record<string, boolean>, serverNow: number): KioskHours {
  return { openingHours, hoursText: openingHoursText(openingHours), workingDays, serverNow };
}

export interface KioskHoursState {
  open: boolean;
  reason: ClosedReason | null;
  title: string;
  detail: string;
}

const TITLES: Record<ClosedReason, string> = {
  'day-off': '今日不办公，暂停取号',
  'not-yet': '尚未到服务时间',
  break: '午间休息，暂停取号',
  ended: '今日已停止取号',
};

/** Open or closed at an instant, in the hall's zone, with the words the kiosk shows when closed. */
export function kioskHoursState(hours: KioskHours, nowMs: number, timeZone: string): KioskHoursState {
  const date = businessDateInZone(nowMs, timeZone);
  const clock = zonedIso(nowMs, timeZone).slice(11, 16);
  const working = isWorkingDay(hours, date);
  const reason = closedReason(hours.openingHours, working, clock);
  const detail = hours.hoursText ? `服务时间：工作日 ${hours.hoursText}` : '本大厅暂未设置服务时间';
  return { open: reason === null, reason, title: reason ? TITLES[reason] : '', detail };
}

/** By the calendar for the days the kiosk was given; beyond them Monday to Friday. */
function isWorkingDay(hours: KioskHours, date: string): boolean {
  return hours.workingDays[date] ?? !isWeekendDayNumber(toDayNumber(date));
}

/** The 24-hour self-service menu a closed kiosk shows instead of the queues (null while the hall is open). */
export interface KioskSelfService {
  /** The day to book: today while today's hours are still ahead (before opening, 午休), else the next working day. */
  bookingDate: string;
  bookingLabel: string;
  links: { booking: string; request: string; caseStatus: string; queueStatus: string; requestStatus: string };
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const MAX_DAYS_AHEAD = 60; // a calendar of nothing but days off still ends the search

export function kioskSelfService(hours: KioskHours, nowMs: number, timeZone: string, hall: string): KioskSelfService | null {
  const state = kioskHoursState(hours, nowMs, timeZone);
  if (state.open) return null;
  const today = businessDateInZone(nowMs, timeZone);
  const laterToday = state.reason === 'not-yet' || state.reason === 'break';
  let bookingDate = laterToday ? today : addDays(today, 1);
  for (let i = 0; i < MAX_DAYS_AHEAD && !isWorkingDay(hours, bookingDate); i++) bookingDate = addDays(bookingDate, 1);
  const h = encodeURIComponent(hall);
  return {
    bookingDate,
    bookingLabel: bookingDayLabel(today, bookingDate),
    links: {
      booking: `/appointments/new?hall=${h}&date=${bookingDate}&kiosk=1`,
      request: `/requests/new?hall=${h}`,
      caseStatus: '/c',
      queueStatus: `/board/${h}`,
      requestStatus: '/requests/status',
    },
  };
}

/** 预约今天办理 / 预约明天办理 / 预约 12月7日（周一）办理 */
export function bookingDayLabel(today: string, date: string): string {
  if (date === today) return '预约今天办理';
  if (date === addDays(today, 1)) return '预约明天办理';
  return `预约 ${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（${WEEKDAYS[dayOfWeek(date)]}）办理`;
}
