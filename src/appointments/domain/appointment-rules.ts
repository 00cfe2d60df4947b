import { addDays, businessDateInZone, diffDays, isValidIsoDate, startOfDayInZone, zonedIso } from '../../calendar/domain/iso-date';
import type { OpeningInterval } from '../../halls/domain/hall-rules';

/** DOMAIN.md "Appointments (预约)": the defaults. */
export const SLOT_MINUTES = 30;
export const DEFAULT_SLOT_CAPACITY = 4;
export const MAX_SLOT_CAPACITY = 100;
export const BOOKING_DAYS_AHEAD = 7;
export const CHECK_IN_BEFORE_MINUTES = 30;
export const CHECK_IN_AFTER_MINUTES = 15;
export const NO_SHOW_AFTER_MINUTES = 15;
export const BLOCK_NO_SHOWS = 3;
export const BLOCK_WINDOW_DAYS = 30;
export const BLOCK_DAYS = 7;

const MINUTE = 60_000;
const DAY = 86_400_000;

export type AppointmentStatus = 'booked' | 'cancelled' | 'checked_in' | 'no_show';

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The slots of a day as hall-local clock times: whole slots inside each opening interval [from, to). */
export function slotClocks(openingHours: readonly OpeningInterval[], slotMinutes = SLOT_MINUTES): { from: string; to: string }[] {
  const slots: { from: string; to: string }[] = [];
  for (const interval of [...openingHours].sort((a, b) => minutesOf(a.from) - minutesOf(b.from))) {
    for (let at = minutesOf(interval.from); at + slotMinutes <= minutesOf(interval.to); at += slotMinutes) {
      slots.push({ from: clockOf(at), to: clockOf(at + slotMinutes) });
    }
  }
  return slots;
}

/** The instant a hall-local wall-clock time (HH:MM) on `date` falls on in the zone. */
export function localInstant(date: string, clock: string, timeZone: string): number {
  const wanted = minutesOf(clock);
  let instant = startOfDayInZone(date, timeZone) + wanted * MINUTE;
  // a zone offset change between midnight and the clock time (DST): correct by the difference seen
  const seen = zonedIso(instant, timeZone);
  const seenMinutes = (seen.slice(0, 10) === date ? 0 : diffDays(date, seen.slice(0, 10)) * 1440) + minutesOf(seen.slice(11, 16));
  if (seenMinutes !== wanted) instant += (wanted - seenMinutes) * MINUTE;
  return instant;
}

export interface Slot {
  start: number;
  end: number;
}

/** Dates a resident may book on: today and the next BOOKING_DAYS_AHEAD days (working days among them by the calendar). */
export function bookableDates(today: string, daysAhead = BOOKING_DAYS_AHEAD): string[] {
  return Array.from({ length: daysAhead + 1 }, (_, d) => addDays(today, d));
}

/**
 * The slots of a hall's queue on a date: none on a day off (the calendar decides, 调休 included), none
 * outside the booking horizon; in the hall's zone.
 */
export function slotsForDate(input: {
  date: string;
  today: string;
  workingDay: boolean;
  openingHours: readonly OpeningInterval[];
  timeZone: string;
  slotMinutes?: number;
}): Slot[] {
  if (!isValidIsoDate(input.date) || !input.workingDay) return [];
  const ahead = diffDays(input.today, input.date);
  if (ahead < 0 || ahead > BOOKING_DAYS_AHEAD) return [];
  return slotClocks(input.openingHours, input.slotMinutes).map((s) => ({
    start: localInstant(input.date, s.from, input.timeZone),
    end: localInstant(input.date, s.to, input.timeZone),
  }));
}

/** Why a slot cannot be booked (422 SLOT_UNAVAILABLE), or null when it can: it must be one of the day's slots and not begun. */
export function slotProblem(slots: readonly Slot[], start: number, now: number): 'not-a-slot' | 'begun' | null {
  const slot = slots.find((s) => s.start === start);
  if (!slot) return 'not-a-slot';
  return slot.start <= now ? 'begun' : null;
}

/** Whether a slot is still offered: one that has begun is not. */
export function slotOpenForBooking(slot: Slot, now: number): boolean {
  return slot.start > now;
}

/** The hall-local date a slot falls on (one active booking per phone per hall per day). */
export function slotDate(start: number, timeZone: string): string {
  return businessDateInZone(start, timeZone);
}

export type CheckInWindow = 'early' | 'open' | 'late';

/** Check-in from 30 minutes before the slot to 15 minutes into it (both ends included). */
export function checkInWindow(slotStart: number, now: number): CheckInWindow {
  if (now < slotStart - CHECK_IN_BEFORE_MINUTES * MINUTE) return 'early';
  if (now > slotStart + CHECK_IN_AFTER_MINUTES * MINUTE) return 'late';
  return 'open';
}

/** A booked appointment not checked in 15 minutes after its start is a no-show (爽约). */
export function isNoShow(status: AppointmentStatus, slotStart: number, now: number): boolean {
  return status === 'booked' && now > slotStart + NO_SHOW_AFTER_MINUTES * MINUTE;
}

/** The instant before which a booked appointment cannot be a no-show yet (the sweep's cutoff on slot starts). */
export function noShowCutoff(now: number): number {
  return now - NO_SHOW_AFTER_MINUTES * MINUTE;
}

/**
 * 爽约限制: 3 no-shows within 30 days block booking for 7 days from the no-show that made the third.
 * `noShowSlotStarts` are the slot starts of the phone's no-shows; returns the instant booking opens again,
 * or null when the phone is not blocked now.
 */
export function bookingBlockedUntil(noShowSlotStarts: readonly number[], now: number): number | null {
  const times = [...noShowSlotStarts].sort((a, b) => a - b);
  let until: number | null = null;
  for (let i = BLOCK_NO_SHOWS - 1; i < times.length; i++) {
    if (times[i] - times[i - BLOCK_NO_SHOWS + 1] <= BLOCK_WINDOW_DAYS * DAY) {
      const end = times[i] + BLOCK_DAYS * DAY;
      if (until === null || end > until) until = end;
    }
  }
  return until !== null && until > now ? until : null;
}

/** How far back the no-shows that can still block reach. */
export function blockLookback(now: number): number {
  return now - (BLOCK_WINDOW_DAYS + BLOCK_DAYS) * DAY;
}

/** Booking codes: 8 characters without look-alikes (no 0/O, 1/I/L), easy to type at the kiosk. */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BOOKING_CODE_LENGTH = 8;

/** A booking code from random bytes (at least BOOKING_CODE_LENGTH of them). */
export function bookingCodeFrom(bytes: ArrayLike<number>): string {
  if (bytes.length < BOOKING_CODE_LENGTH) throw new Error('not enough random bytes for a booking code');
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++) code += BOOKING_CODE_ALPHABET[bytes[i] % BOOKING_CODE_ALPHABET.length];
  return code;
}

/** What a resident typed or a scanner sent, as a code: upper case, spaces and dashes dropped; null when it cannot be one. */
export function normalizeBookingCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== BOOKING_CODE_LENGTH) return null;
  for (const ch of code) if (!BOOKING_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
