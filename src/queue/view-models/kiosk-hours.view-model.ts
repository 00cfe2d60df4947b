import { businessDateInZone, isWeekendDayNumber, toDayNumber, zonedIso } from '../../calendar/domain/iso-date';
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
  const working = hours.workingDays[date] ?? !isWeekendDayNumber(toDayNumber(date));
  const reason = closedReason(hours.openingHours, working, clock);
  const detail = hours.hoursText ? `服务时间：工作日 ${hours.hoursText}` : '本大厅暂未设置服务时间';
  return { open: reason === null, reason, title: reason ? TITLES[reason] : '', detail };
}
