import { Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { recordAdminChange } from '../audit/audit.store';
import type { AuditActor } from '../audit/domain/audit-entry';
import { CalendarService, DEFAULT_HALL_ZONE } from '../calendar/calendar.service';
import { addDays, businessDateInZone, diffDays, isValidIsoDate, zonedIso } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { insertReturningId, rowLock } from '../database/dialect';
import { TransactionRunner } from '../database/transaction-runner';
import { deviceServes, DeviceErrorCode, type DeviceIdentity } from '../devices/domain/device';
import { DomainEvents } from '../events/domain-events';
import type { Hall } from '../halls/hall.entity';
import { HallsService } from '../halls/halls.service';
import { QueueEvents } from '../queue/queue.events';
import { TicketsService } from '../queue/tickets.service';
import { appointmentFigures, type AppointmentCount } from './domain/appointment-figures';
import { AppointmentErrorCode as E } from './domain/appointment-errors';
import {
  blockLookback,
  bookableDates,
  bookingBlockedUntil,
  bookingCodeFrom,
  BOOKING_CODE_LENGTH,
  checkInWindow,
  CHECK_IN_AFTER_MINUTES,
  CHECK_IN_BEFORE_MINUTES,
  DEFAULT_SLOT_CAPACITY,
  normalizeBookingCode,
  slotDate,
  slotOpenForBooking,
  slotProblem,
  slotsForDate,
  type AppointmentStatus,
  type Slot,
} from './domain/appointment-rules';
import { Appointment, AppointmentCapacity, AppointmentSlot } from './entities';

const MINUTE = 60_000;
const FIGURES_MAX_DAYS = 366;

/** Who checks in: a paired kiosk of the hall, signed-in staff, or anyone with the booking's phone. */
export type CheckInCaller = { kind: 'kiosk'; device: DeviceIdentity } | { kind: 'staff' } | { kind: 'public'; phone: string | undefined };

const notFound = () => DomainError.notFound(E.APPOINTMENT_NOT_FOUND, '预约不存在，或手机号与预约不符');
const isUniqueViolation = (error: unknown) => /UNIQUE|duplicate key/i.test(String((error as Error)?.message));

/** Appointments (预约): slots, booking, cancelling, check-in (a 预约 ticket), capacities, figures. */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallsService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly tickets: TicketsService,
    private readonly events: DomainEvents,
  ) {}

  /** GET /halls/{hall}/appointment-slots: the day's slots not yet begun, with their places. */
  async slots(hallCode: string, queueCode: string, date?: string) {
    const { hall } = await this.halls.layout(hallCode);
    await this.halls.requireQueue(hall.code, queueCode);
    const now = this.clock.now();
    const today = businessDateInZone(now, hall.timeZone);
    const slots = this.daySlots(hall, date ?? today, today).filter((s) => slotOpenForBooking(s, now));
    if (slots.length === 0) return [];
    const [capacity, rows] = await this.tx.read(async (m) => [
      await this.capacityIn(m, hall.code, queueCode),
      await m.find(AppointmentSlot, { where: { hallCode: hall.code, queueCode, slotStart: In(slots.map((s) => s.start)) } }),
    ] as const);
    const booked = new Map(rows.map((r) => [r.slotStart, r.booked]));
    return slots.map((s) => {
      const taken = booked.get(s.start) ?? 0;
      return { start: zonedIso(s.start, hall.timeZone), end: zonedIso(s.end, hall.timeZone), capacity, booked: taken, available: taken < capacity };
    });
  }

  /** GET /halls/{hall}/appointment-dates: today and the next 7 days, working or not (the calendar's word). */
  async dates(hallCode: string) {
    const { hall } = await this.halls.layout(hallCode);
    const today = businessDateInZone(this.clock.now(), hall.timeZone);
    return bookableDates(today).map((date) => ({ date, workingDay: this.calendar.isWorkingDay(date) }));
  }

  /** POST /appointments: one place of a slot, never more than its capacity. */
  async book(input: { hall: string; queueCode: string; start: string; phone: string; name: string }, device?: DeviceIdentity) {
    const { hall } = await this.halls.layout(input.hall);
    if (device && !deviceServes(device, hall.code)) throw DomainError.forbidden(DeviceErrorCode.DEVICE_WRONG_PLACE, '该取号机不属于本大厅');
    await this.halls.requireQueue(hall.code, input.queueCode);
    const now = this.clock.now();
    const start = Date.parse(input.start);
    const today = businessDateInZone(now, hall.timeZone);
    const date = Number.isFinite(start) ? slotDate(start, hall.timeZone) : today;
    const slots = Number.isFinite(start) ? this.daySlots(hall, date, today) : [];
    const problem = slotProblem(slots, start, now);
    if (problem) {
      const message = problem === 'begun' ? '该时段已开始，不能再预约' : '该时段不可预约（非工作日、不在服务时间或超出可预约日期）';
      throw DomainError.unprocessable(E.SLOT_UNAVAILABLE, message, { reason: problem });
    }
    const slot = slots.find((s) => s.start === start)!;
    const activeKey = `${hall.code}|${date}|${input.phone}`;
    const work = (m: EntityManager) => this.bookIn(m, { hall, queueCode: input.queueCode, slot, date, phone: input.phone, name: input.name, activeKey, deviceId: device?.id ?? null, now });
    let booked: { id: number; code: string };
    try {
      // READ COMMITTED: the slot's row is changed only by the guarded upsert, which waits for the row and re-checks
      booked = await this.tx.run(work, { isolation: 'READ COMMITTED' });
    } catch (error) {
      // the same phone booking twice at once: the second insert meets the first one's active key
      if (isUniqueViolation(error) && (await this.tx.read((m) => m.exists(Appointment, { where: { activeKey } })))) throw this.alreadyBooked();
      throw error;
    }
    return {
      id: booked.id, code: booked.code, hall: hall.code, queueCode: input.queueCode, date,
      start: zonedIso(slot.start, hall.timeZone), end: zonedIso(slot.end, hall.timeZone), status: 'booked' as AppointmentStatus,
    };
  }

  private async bookIn(m: EntityManager, b: { hall: Hall; queueCode: string; slot: Slot; date: string; phone: string; name: string; activeKey: string; deviceId: number | null; now: number }) {
    const noShows = await m.find(Appointment, { select: { slotStart: true }, where: { phone: b.phone, status: 'no_show', slotStart: MoreThanOrEqual(blockLookback(b.now)) } });
    const until = bookingBlockedUntil(noShows.map((a) => a.slotStart), b.now);
    if (until !== null) {
      throw DomainError.conflict(E.BOOKING_BLOCKED, `近 30 天内爽约 3 次，${zonedIso(until, b.hall.timeZone).slice(0, 16).replace('T', ' ')} 前不能预约`, { until: zonedIso(until, b.hall.timeZone) });
    }
    if (await m.exists(Appointment, { where: { activeKey: b.activeKey } })) throw this.alreadyBooked();
    const capacity = await this.capacityIn(m, b.hall.code, b.queueCode);
    if (!(await takePlace(m, b.hall.code, b.queueCode, b.slot.start, capacity))) throw DomainError.conflict(E.SLOT_FULL, '该时段已约满，请选择其他时段');
    const code = bookingCodeFrom(randomBytes(BOOKING_CODE_LENGTH));
    const id = await insertReturningId(m, Appointment, {
      hallCode: b.hall.code, queueCode: b.queueCode, slotStart: b.slot.start, slotEnd: b.slot.end, slotDate: b.date,
      phone: b.phone, name: b.name, code, status: 'booked', activeKey: b.activeKey, ticketId: null, bookedByDeviceId: b.deviceId,
      createdAt: b.now, cancelledAt: null, checkedInAt: null, noShowAt: null,
    });
    return { id, code };
  }

  /** POST /appointments/{code}/cancel {phone}: the place is free again. Cancelling twice answers the same. */
  async cancel(rawCode: string, phone: string) {
    const code = normalizeBookingCode(rawCode);
    if (!code) throw notFound();
    const now = this.clock.now();
    const appointment = await this.tx.run(async (m) => {
      const a = await m.findOne(Appointment, { where: { code }, ...rowLock(m) });
      if (!a || a.phone !== phone) throw notFound();
      if (a.status === 'cancelled') return a;
      if (a.status !== 'booked' || a.slotStart <= now) throw DomainError.conflict(E.NOT_CANCELLABLE, a.status === 'checked_in' ? '已签到取号，不能取消' : '预约时段已开始，不能取消');
      const done = await m.update(Appointment, { id: a.id, status: 'booked' }, { status: 'cancelled', cancelledAt: now, activeKey: null });
      if (done.affected) await releasePlace(m, a.hallCode, a.queueCode, a.slotStart);
      return { ...a, status: 'cancelled' as const, cancelledAt: now };
    });
    const { hall } = await this.halls.layout(appointment.hallCode);
    return { code: appointment.code, status: appointment.status, hall: hall.code, queueCode: appointment.queueCode, start: zonedIso(appointment.slotStart, hall.timeZone) };
  }

  /** POST /halls/{hall}/appointments/{code}/check-in: a ticket marked 预约, within the check-in window. */
  async checkIn(hallCode: string, rawCode: string, caller: CheckInCaller) {
    const { hall } = await this.halls.layout(hallCode);
    if (caller.kind === 'kiosk' && !deviceServes(caller.device, hall.code)) throw DomainError.forbidden(DeviceErrorCode.DEVICE_WRONG_PLACE, '该取号机不属于本大厅');
    const code = normalizeBookingCode(rawCode);
    if (!code || (caller.kind === 'public' && !caller.phone)) throw notFound();
    const ticket = await this.tx.run(async (m) => {
      const now = this.clock.now();
      const a = await m.findOne(Appointment, { where: { code, hallCode: hall.code }, ...rowLock(m) });
      if (!a || a.status === 'cancelled' || (caller.kind === 'public' && a.phone !== caller.phone)) throw notFound();
      if (a.status === 'checked_in') throw DomainError.conflict(E.ALREADY_CHECKED_IN, '该预约已签到取号');
      const window = a.status === 'no_show' ? 'late' : checkInWindow(a.slotStart, now);
      if (window !== 'open') {
        const opensAt = zonedIso(a.slotStart - CHECK_IN_BEFORE_MINUTES * MINUTE, hall.timeZone);
        const closesAt = zonedIso(a.slotStart + CHECK_IN_AFTER_MINUTES * MINUTE, hall.timeZone);
        const message = window === 'early' ? `请于 ${opensAt.slice(11, 16)} 后签到` : '已超过签到时间，请取普通号';
        throw DomainError.conflict(E.CHECK_IN_CLOSED, message, { reason: window, opensAt, closesAt });
      }
      const issued = await this.tickets.issueIn(m, hall, { queueCode: a.queueCode, priority: false, phone: a.phone, appointmentStart: a.slotStart });
      const done = await m.update(Appointment, { id: a.id, status: 'booked' }, { status: 'checked_in', checkedInAt: now, ticketId: issued.id });
      if (!done.affected) throw DomainError.conflict(E.ALREADY_CHECKED_IN, '该预约已签到取号');
      return issued;
    }, { isolation: 'READ COMMITTED' }); // the appointment row is locked, the ticket counter is an upsert
    this.events.publish(QueueEvents.CHANGED, { hallCode: hall.code });
    return { ...(await this.tickets.issuedView(ticket, hall)), appointmentStart: zonedIso(ticket.appointmentStart!, hall.timeZone) };
  }

  /** GET …/appointment-capacity */
  async capacity(hallCode: string, queueCode: string) {
    const { hall } = await this.halls.layout(hallCode);
    await this.halls.requireQueue(hall.code, queueCode);
    return { hall: hall.code, queueCode, capacity: await this.tx.read((m) => this.capacityIn(m, hall.code, queueCode)) };
  }

  /** PUT …/appointment-capacity {capacity}: places per slot from now on (places taken stay taken); audited. */
  async setCapacity(hallCode: string, queueCode: string, capacity: number, actor: AuditActor) {
    const { hall } = await this.halls.layout(hallCode);
    await this.halls.requireQueue(hall.code, queueCode);
    await this.tx.run(async (m) => {
      const before = await this.capacityIn(m, hall.code, queueCode);
      if (before === capacity) return;
      await m.upsert(AppointmentCapacity, { hallCode: hall.code, queueCode, capacity }, ['hallCode', 'queueCode']);
      await recordAdminChange(m, {
        at: this.clock.now(), actor, action: 'queue.appointment-capacity', subjectType: 'queue', subjectId: `${hall.code}/${queueCode}`,
        before: { appointmentCapacity: before }, after: { appointmentCapacity: capacity },
      });
    });
    return { hall: hall.code, queueCode, capacity };
  }

  /** GET /appointments/figures: appointment use and no-shows per day × hall × queue (by the slot's day). */
  async figures(query: { hall?: string; from?: string; to?: string }) {
    const zone = query.hall ? (await this.halls.layout(query.hall)).hall.timeZone : DEFAULT_HALL_ZONE;
    const hallCode = query.hall ? (await this.halls.layout(query.hall)).hall.code : undefined;
    const today = businessDateInZone(this.clock.now(), zone);
    const from = query.from ?? addDays(today, -30);
    const to = query.to ?? addDays(today, 7);
    if (diffDays(from, to) < 0) throw DomainError.badRequest('INVALID_RANGE', 'from 不能晚于 to');
    if (diffDays(from, to) >= FIGURES_MAX_DAYS) throw DomainError.badRequest('RANGE_TOO_LONG', `统计区间不能超过 ${FIGURES_MAX_DAYS} 天`);
    const raw = await this.tx.read((m) => {
      const qb = m.createQueryBuilder(Appointment, 'a')
        .select('a.slotDate', 'date').addSelect('a.hallCode', 'hallCode').addSelect('a.queueCode', 'queueCode').addSelect('a.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('a.slotDate >= :from AND a.slotDate <= :to', { from, to })
        .groupBy('a.slotDate').addGroupBy('a.hallCode').addGroupBy('a.queueCode').addGroupBy('a.status');
      if (hallCode) qb.andWhere('a.hallCode = :hall', { hall: hallCode });
      return qb.getRawMany<{ date: string; hallCode: string; queueCode: string; status: AppointmentStatus; count: string | number }>();
    });
    const counts: AppointmentCount[] = raw.map((r) => ({ ...r, count: Number(r.count) }));
    return { from, to, hall: hallCode ?? null, ...appointmentFigures(counts) };
  }

  private daySlots(hall: Hall, date: string, today: string): Slot[] {
    if (!isValidIsoDate(date)) return [];
    const ahead = diffDays(today, date);
    if (ahead < 0 || ahead > 7) return [];
    return slotsForDate({ date, today, workingDay: this.calendar.isWorkingDay(date), openingHours: hall.openingHours, timeZone: hall.timeZone });
  }

  private async capacityIn(m: EntityManager, hallCode: string, queueCode: string): Promise<number> {
    const row = await m.findOne(AppointmentCapacity, { where: { hallCode, queueCode } });
    return row?.capacity ?? DEFAULT_SLOT_CAPACITY;
  }

  private alreadyBooked() {
    return DomainError.conflict(E.ALREADY_BOOKED, '该手机号当天在本大厅已有预约');
  }
}

/**
 * Takes one place of a slot if one is left, in one statement: the slot's row is created with 1, or raised by 1
 * only while below `capacity` (`ON CONFLICT … DO UPDATE … WHERE`, SQLite 3.35+ and PostgreSQL). Two bookings of the
 * last place at once: the second waits for the row, re-checks and gets no row back. False when the slot is full.
 * The leading comment makes TypeORM's SQLite runner return the RETURNING rows (see counters.ts).
 */
async function takePlace(m: EntityManager, hallCode: string, queueCode: string, slotStart: number, capacity: number): Promise<boolean> {
  if (capacity < 1) return false;
  const [sql, params] = m.connection.driver.escapeQueryWithParameters(
    `/* take a place */ INSERT INTO "appointment_slots" ("hallCode", "queueCode", "slotStart", "booked") VALUES (:hallCode, :queueCode, :slotStart, 1)
     ON CONFLICT ("hallCode", "queueCode", "slotStart") DO UPDATE SET "booked" = "appointment_slots"."booked" + 1
     WHERE "appointment_slots"."booked" < :capacity
     RETURNING "booked"`,
    { hallCode, queueCode, slotStart, capacity },
    {},
  );
  const rows: unknown[] = await m.query(sql, params);
  return rows.length === 1;
}

async function releasePlace(m: EntityManager, hallCode: string, queueCode: string, slotStart: number): Promise<void> {
  await m.createQueryBuilder().update(AppointmentSlot)
    .set({ booked: () => '"booked" - 1' })
    .where('"hallCode" = :hallCode AND "queueCode" = :queueCode AND "slotStart" = :slotStart AND "booked" > 0', { hallCode, queueCode, slotStart })
    .execute();
}
