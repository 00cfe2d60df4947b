import { Between, EntityManager } from 'typeorm';
import { CalendarDayEntity } from './calendar-day.entity';
import { CalendarYearEntity, CalendarYearSource } from './calendar-year.entity';
import { CalendarDay, CalendarYear } from './domain/calendar-day';

/** Who and when for every calendar write (null actor: a shipped file loaded at start). */
export interface CalendarStamp {
  actorId: number | null;
  at: number;
}

const INSERT_CHUNK = 100;

function yearRange(year: number) {
  const y = String(year).padStart(4, '0');
  return Between(`${y}-01-01`, `${y}-12-31`);
}

/** Every loaded year with its exception days, in year and date order. */
export async function readCalendarYears(m: EntityManager): Promise<CalendarYear[]> {
  const years = await m.find(CalendarYearEntity, { order: { year: 'ASC' } });
  const days = await m.find(CalendarDayEntity, { order: { date: 'ASC' } });
  const byYear = new Map<number, CalendarDay[]>(years.map((row) => [row.year, []]));
  for (const row of days) {
    byYear.get(Number(row.date.slice(0, 4)))?.push({ date: row.date, isOffDay: row.isOffDay, name: row.name });
  }
  return [...byYear].map(([year, yearDays]) => ({ year, days: yearDays }));
}

export async function loadedYears(m: EntityManager): Promise<Set<number>> {
  const rows = await m.find(CalendarYearEntity, { select: { year: true } });
  return new Set(rows.map((row) => row.year));
}

/**
 * Replaces a year's days with the given ones. The year row is written first: on PostgreSQL its row lock
 * queues concurrent writers of the same year, so the delete then sees the previous writer's rows.
 */
export async function replaceYear(m: EntityManager, calendar: CalendarYear, source: CalendarYearSource, stamp: CalendarStamp): Promise<void> {
  await m.upsert(CalendarYearEntity, { year: calendar.year, source, updatedAt: stamp.at, updatedBy: stamp.actorId }, ['year']);
  await m.delete(CalendarDayEntity, { date: yearRange(calendar.year) });
  const rows = calendar.days.map((day) => ({ ...day, updatedAt: stamp.at, updatedBy: stamp.actorId }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await m.insert(CalendarDayEntity, rows.slice(i, i + INSERT_CHUNK));
}

/** Stamps (and on PostgreSQL locks) a loaded year; false when the year has no schedule loaded. */
export async function touchYear(m: EntityManager, year: number, stamp: CalendarStamp): Promise<boolean> {
  const result = await m.update(CalendarYearEntity, { year }, { updatedAt: stamp.at, updatedBy: stamp.actorId });
  return (result.affected ?? 0) > 0;
}

/** Writes one exception day, or removes it when the day is back to the plain week (null). */
export async function saveDay(m: EntityManager, date: string, exception: CalendarDay | null, stamp: CalendarStamp): Promise<void> {
  if (!exception) {
    await m.delete(CalendarDayEntity, { date });
    return;
  }
  await m.upsert(CalendarDayEntity, { ...exception, updatedAt: stamp.at, updatedBy: stamp.actorId }, ['date']);
}
