// Marks the server-rendered year grid: 休 on off days, 班 on make-up working days, a label on every cell.
import type { CalendarDay } from '../../../src/calendar/domain/calendar-day';
import { isWeekendDate } from '../../../src/calendar/domain/day-edit';
import type { WorkingCalendar } from '../../../src/calendar/domain/working-calendar';
import { $$ } from '../lib/dom';

/** What a day is, in words: its exception (with its name) or the plain week's answer. */
export function dayText(entry: CalendarDay | undefined, weekend: boolean): string {
  if (entry) return entry.isOffDay ? `休息日（休）· ${entry.name}` : `调休上班（班）· ${entry.name}`;
  return weekend ? '周末（休息）' : '工作日';
}

export function markYear(calendar: WorkingCalendar): void {
  for (const cell of $$<HTMLButtonElement>('.cal-day')) {
    const date = cell.dataset.date ?? '';
    const entry = calendar.entryFor(date);
    cell.classList.toggle('is-off', entry?.isOffDay === true);
    cell.classList.toggle('is-makeup', entry?.isOffDay === false);
    cell.querySelector('.cal-tag')!.textContent = entry ? (entry.isOffDay ? '休' : '班') : '';
    cell.querySelector('.cal-name')!.textContent = entry ? entry.name : '';
    const text = `${date} ${dayText(entry, isWeekendDate(date))}`;
    cell.title = text;
    cell.setAttribute('aria-label', text);
  }
}
