// Shared by the supervision domain specs (not a spec itself): the shipped 2025–2026 calendar and a clock in Shanghai.
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCalendarYear } from '../../calendar/domain/calendar-day';
import { WorkingCalendar } from '../../calendar/domain/working-calendar';

export const TZ = 'Asia/Shanghai';

export const calendar = WorkingCalendar.fromYears(
  [2025, 2026].map((y) => parseCalendarYear(JSON.parse(readFileSync(join(__dirname, '../../../config/holidays', `${y}.json`), 'utf8')))),
);

/** Epoch ms of a Shanghai wall-clock time, e.g. at('2026-10-09T17:00'). */
export const at = (local: string) => Date.parse(`${local}:00+08:00`);
