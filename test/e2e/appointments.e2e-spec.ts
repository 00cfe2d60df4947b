import { DataSource } from 'typeorm';
import { AppointmentSweep } from '../../src/appointments/appointment-sweep.service';
import { kioskToken } from '../support/device-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

const MIN = 60_000;
/** `2026-11-23T10:00:00+08:00`: a slot start as the slots list writes it. */
const slot = (date: string, clock: string) => `${date}T${clock}:00+08:00`;
const MONDAY = '2026-11-23'; // the test clock: Monday 09:30 in the hall

describe('appointments (预约) (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  const book = (body: Record<string, unknown>, token?: string) => {
    const req = t.http().post('/api/v1/appointments');
    return (token ? req.set(bearer(token)) : req).send({ hall: 'TC', queueCode: 'A', name: '张三', ...body });
  };
  const slots = (date: string, queueCode = 'A') => t.http().get(`/api/v1/halls/TC/appointment-slots?queueCode=${queueCode}&date=${date}`);
  const checkIn = (code: string, body: Record<string, unknown> = {}, token?: string) => {
    const req = t.http().post(`/api/v1/halls/TC/appointments/${code}/check-in`);
    return (token ? req.set(bearer(token)) : req).send(body);
  };
  const setCapacity = async (capacity: number, queueCode = 'A') =>
    t.http().put(`/api/v1/halls/TC/queues/${queueCode}/appointment-capacity`).set(bearer(await t.login('admin'))).send({ capacity });
  const at = (iso: string) => t.clock.set(Date.parse(iso));

  it('lists the day\'s slots not yet begun in the opening hours, none on days off or beyond 7 days', async () => {
    const today = await slots(MONDAY).expect(200);
    // 08:30–12:00 and 14:00–17:30 in 30 minutes; 08:30, 09:00 and 09:30 have begun at 09:30
    expect(today.body).toHaveLength(11);
    expect(today.body[0]).toEqual({ start: slot(MONDAY, '10:00'), end: slot(MONDAY, '10:30'), capacity: 4, booked: 0, available: true });
    expect(today.body.map((s: { start: string }) => s.start.slice(11, 16))).toContain('14:00');
    expect(today.body.map((s: { start: string }) => s.start.slice(11, 16))).not.toContain('12:00');
    expect((await slots('2026-11-24').expect(200)).body).toHaveLength(14);
    expect((await slots('2026-11-28').expect(200)).body).toEqual([]); // Saturday
    expect((await slots('2026-11-30').expect(200)).body).toHaveLength(14); // 7 days ahead
    expect((await slots('2026-12-01').expect(200)).body).toEqual([]); // 8 days ahead
    expect((await slots('2026-13-01').expect(400)).body.code).toBe('INVALID_DATE');
    expect((await slots(MONDAY, 'Z').expect(404)).body.code).toBe('QUEUE_NOT_FOUND');
    const dates = await t.http().get('/api/v1/halls/TC/appointment-dates').expect(200);
    expect(dates.body.slice(4, 7)).toEqual([{ date: '2026-11-27', workingDay: true }, { date: '2026-11-28', workingDay: false }, { date: '2026-11-29', workingDay: false }]);
  });

  it('books a place with a code, one active booking per phone per hall per day, and counts it in the slot', async () => {
    const res = await book({ start: slot(MONDAY, '10:00'), phone: '13800000001' }).expect(201);
    expect(res.body).toMatchObject({ id: expect.any(Number), code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{8}$/), start: slot(MONDAY, '10:00'), end: slot(MONDAY, '10:30') });
    expect((await slots(MONDAY).expect(200)).body[0]).toMatchObject({ booked: 1, capacity: 4 });
    const again = await book({ start: slot(MONDAY, '15:00'), phone: '13800000001' }).expect(409);
    expect(again.body.code).toBe('ALREADY_BOOKED');
    await book({ start: slot('2026-11-24', '10:00'), phone: '13800000001' }).expect(201); // another day
    await book({ start: slot(MONDAY, '15:00'), phone: '13800000001', queueCode: 'B' }).expect(409); // same hall, another queue
    // the same phone booking twice at once still gets one
    const both = await Promise.all([book({ start: slot('2026-11-25', '10:00'), phone: '13800000009' }), book({ start: slot('2026-11-25', '11:00'), phone: '13800000009' })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.code).toBe('ALREADY_BOOKED');
  });

  it.each<[string, string]>([
    ['a slot that has begun', slot(MONDAY, '09:30')],
    ['a slot of the past', slot(MONDAY, '08:30')],
    ['off the 30-minute grid', slot(MONDAY, '10:15')],
    ['the lunch break', slot(MONDAY, '12:30')],
    ['after closing', slot(MONDAY, '17:30')],
    ['a Saturday', slot('2026-11-28', '10:00')],
    ['more than 7 days ahead', slot('2026-12-01', '10:00')],
  ])('refuses %s: 422 SLOT_UNAVAILABLE', async (_, start) => {
    const res = await book({ start, phone: '13800000002' }).expect(422);
    expect(res.body.code).toBe('SLOT_UNAVAILABLE');
  });

  it('follows the calendar: none on a holiday, slots on a make-up working Saturday (调休)', async () => {
    at('2026-10-05T01:30:00Z'); // 国庆 holiday Monday
    expect((await slots('2026-10-07').expect(200)).body).toEqual([]);
    expect((await book({ start: slot('2026-10-07', '10:00'), phone: '13800000003' }).expect(422)).body.code).toBe('SLOT_UNAVAILABLE');
    expect((await slots('2026-10-10').expect(200)).body).toHaveLength(14); // Saturday, a working day
    await book({ start: slot('2026-10-10', '10:00'), phone: '13800000003' }).expect(201);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no phone', { start: slot(MONDAY, '10:00') }],
    ['a landline', { start: slot(MONDAY, '10:00'), phone: '0571-87654321' }],
    ['no start', { phone: '13800000004' }],
    ['a start that is not a time', { start: 'tomorrow', phone: '13800000004' }],
    ['a blank name', { start: slot(MONDAY, '10:00'), phone: '13800000004', name: '  ' }],
  ])('rejects bad input (%s) with 400', async (_, body) => {
    expect((await book(body).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('never overbooks: 30 simultaneous bookings for the last place get exactly one', async () => {
    await setCapacity(4).then((r) => expect(r.status).toBe(200));
    const start = slot(MONDAY, '11:00');
    for (let i = 0; i < 3; i++) await book({ start, phone: `1390000000${i}` }).expect(201);
    const racers = await Promise.all(Array.from({ length: 30 }, (_, i) => book({ start, phone: `1370000${String(i).padStart(4, '0')}` })));
    const statuses = racers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    expect(racers.filter((r) => r.status === 409).every((r) => r.body.code === 'SLOT_FULL')).toBe(true);
    const db = t.app.get(DataSource);
    const [row] = await sql<{ booked: number }>(db, 'SELECT "booked" FROM appointment_slots WHERE "queueCode" = \'A\'');
    expect(Number(row.booked)).toBe(4);
    const [count] = await sql<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM appointments WHERE "status" = \'booked\'');
    expect(Number(count.n)).toBe(4);
    expect((await slots(MONDAY).expect(200)).body.find((s: { start: string }) => s.start === start)).toMatchObject({ booked: 4, capacity: 4, available: false });
  });

  it('a capacity of 0 closes a queue to booking; capacities are per queue', async () => {
    await setCapacity(0, 'B');
    expect((await book({ start: slot(MONDAY, '10:00'), phone: '13800000005', queueCode: 'B' }).expect(409)).body.code).toBe('SLOT_FULL');
    await book({ start: slot(MONDAY, '10:00'), phone: '13800000005', queueCode: 'A' }).expect(201);
  });

  it('cancels with the booking\'s phone: the place is free again and the phone may book again', async () => {
    await setCapacity(1);
    const start = slot(MONDAY, '10:30');
    const { body } = await book({ start, phone: '13800000006' }).expect(201);
    expect((await book({ start, phone: '13800000007' }).expect(409)).body.code).toBe('SLOT_FULL');
    const wrong = await t.http().post(`/api/v1/appointments/${body.code}/cancel`).send({ phone: '13800000007' }).expect(404);
    expect(wrong.body.code).toBe('APPOINTMENT_NOT_FOUND');
    expect((await t.http().post('/api/v1/appointments/ZZZZZZZZ/cancel').send({ phone: '13800000006' }).expect(404)).body.code).toBe('APPOINTMENT_NOT_FOUND');
    const ok = await t.http().post(`/api/v1/appointments/${body.code.toLowerCase()}/cancel`).send({ phone: '13800000006' }).expect(200);
    expect(ok.body).toMatchObject({ code: body.code, status: 'cancelled' });
    await t.http().post(`/api/v1/appointments/${body.code}/cancel`).send({ phone: '13800000006' }).expect(200); // again: the same answer
    expect((await slots(MONDAY).expect(200)).body.find((s: { start: string }) => s.start === start)).toMatchObject({ booked: 0 });
    await book({ start, phone: '13800000007' }).expect(201);
    await book({ start: slot(MONDAY, '11:00'), phone: '13800000006' }).expect(201);
    const checkedIn = await book({ start: slot('2026-11-24', '10:00'), phone: '13800000006' }).expect(201);
    at('2026-11-24T01:55:00Z'); // 09:55 on Tuesday
    await checkIn(checkedIn.body.code, { phone: '13800000006' }).expect(201);
    expect((await t.http().post(`/api/v1/appointments/${checkedIn.body.code}/cancel`).send({ phone: '13800000006' }).expect(409)).body.code).toBe('NOT_CANCELLABLE');
  });

  it('checks in from 30 minutes before to 15 minutes into the slot: a 预约 ticket; otherwise CHECK_IN_CLOSED', async () => {
    const { body } = await book({ start: slot(MONDAY, '10:30'), phone: '13800000008' }).expect(201);
    const early = await checkIn(body.code, { phone: '13800000008' }).expect(409); // 09:30: one minute… an hour early
    expect(early.body).toMatchObject({ code: 'CHECK_IN_CLOSED', details: { reason: 'early', opensAt: slot(MONDAY, '10:00') } });
    t.clock.advance(30 * MIN - 1000); // 09:59:59
    await checkIn(body.code, { phone: '13800000008' }).expect(409);
    t.clock.advance(1000); // 10:00
    expect((await checkIn(body.code, { phone: '13800000009' }).expect(404)).body.code).toBe('APPOINTMENT_NOT_FOUND');
    expect((await checkIn(body.code, {}).expect(404)).body.code).toBe('APPOINTMENT_NOT_FOUND');
    const res = await checkIn(body.code, { phone: '13800000008' }).expect(201);
    expect(res.body).toMatchObject({ number: 'A001', queueCode: 'A', appointment: true, status: 'waiting', appointmentStart: slot(MONDAY, '10:30'), statusToken: expect.any(String) });
    expect((await checkIn(body.code, { phone: '13800000008' }).expect(409)).body.code).toBe('ALREADY_CHECKED_IN');
    const status = await t.http().get(`/api/v1/tickets/${res.body.id}?token=${res.body.statusToken}`).expect(200);
    expect(status.body.appointment).toBe(true);
    // a paired kiosk checks in by the code alone; 15 minutes into the slot is the last moment
    const other = await book({ start: slot(MONDAY, '11:00'), phone: '13800000010' }).expect(201);
    at('2026-11-23T03:15:00Z'); // 11:15
    const kiosk = await kioskToken(t);
    expect((await checkIn(other.body.code, {}, kiosk).expect(201)).body.appointment).toBe(true);
  });

  it('a late arrival gets CHECK_IN_CLOSED and takes a normal number', async () => {
    const { body } = await book({ start: slot(MONDAY, '10:00'), phone: '13800000011' }).expect(201);
    at('2026-11-23T02:15:01Z'); // 10:15:01
    const late = await checkIn(body.code, {}, await kioskToken(t)).expect(409);
    expect(late.body).toMatchObject({ code: 'CHECK_IN_CLOSED', details: { reason: 'late' } });
    const walkIn = await issue(t, { queueCode: 'A' }).expect(201);
    expect(walkIn.body.appointment).toBe(false);
  });

  it('calls a checked-in appointment ahead of earlier walk-ins once its slot has begun, not before', async () => {
    const { body } = await book({ start: slot(MONDAY, '10:00'), phone: '13800000012' }).expect(201);
    await issue(t, { queueCode: 'A' }).expect(201); // A001 at 09:30
    const a002 = await issue(t, { queueCode: 'A' }).expect(201); // A002
    await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', await kioskToken(t)).expect(201); // A003 绿色通道
    at('2026-11-23T01:45:00Z'); // 09:45
    expect((await checkIn(body.code, { phone: '13800000012' }).expect(201)).body).toMatchObject({ number: 'A004', ahead: 0 });
    // the wait of an earlier walk-in counts the appointment ahead of it (A001, A003, A004)
    expect((await t.http().get(`/api/v1/tickets/${a002.body.id}?token=${a002.body.statusToken}`).expect(200)).body.ahead).toBe(3);
    const clerk = await openWindow(t, 'clerk5', 5); // window 5 serves A
    // before 10:00 the appointment waits like anyone: the priority ticket, then FIFO
    expect((await windowAction(t, clerk, 5, 'call-next').expect(200)).body.ticket).toMatchObject({ number: 'A003', appointment: false });
    await windowAction(t, clerk, 5, 'no-show').expect(200);
    at('2026-11-23T02:00:00Z'); // 10:00: its slot has begun
    expect((await windowAction(t, clerk, 5, 'call-next').expect(200)).body.ticket).toMatchObject({ number: 'A004', appointment: true });
    const board = await t.http().get('/api/v1/halls/TC/board').expect(200); // the hall screen marks it 预约
    expect(board.body.recentCalls.map((c: { number: string; appointment?: boolean }) => [c.number, !!c.appointment])).toEqual([['A004', true], ['A003', false]]);
    await windowAction(t, clerk, 5, 'no-show').expect(200);
    expect((await windowAction(t, clerk, 5, 'call-next').expect(200)).body.ticket.number).toBe('A001');
  });

  it('four windows calling at once take the due appointments first, each exactly once', async () => {
    await setCapacity(6);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await book({ start: slot(MONDAY, '10:00'), phone: `1360000000${i}` }).expect(201)).body.code);
    for (let i = 0; i < 6; i++) await issue(t, { queueCode: 'A' }).expect(201); // A001–A006, walk-ins at 09:30
    at('2026-11-23T01:45:00Z');
    const kiosk = await kioskToken(t);
    for (const code of codes) await checkIn(code, {}, kiosk).expect(201); // A007–A012
    const windows = [1, 2, 3, 4];
    const tokens = await Promise.all(windows.map((n) => openWindow(t, `clerk${n}`, n)));
    at('2026-11-23T02:00:00Z');
    const round = async () => (await Promise.all(windows.map((n, i) => windowAction(t, tokens[i], n, 'call-next')))).map((r) => {
      expect(r.status).toBe(200);
      return r.body.ticket as { number: string; appointment: boolean };
    });
    const first = await round();
    expect(first.every((c) => c.appointment)).toBe(true);
    for (const [i, n] of windows.entries()) await windowAction(t, tokens[i], n, 'no-show').expect(200);
    const second = await round();
    const numbers = [...first, ...second].map((c) => c.number);
    expect(new Set(numbers).size).toBe(8);
    expect(second.filter((c) => c.appointment)).toHaveLength(2);
    expect(second.filter((c) => !c.appointment).map((c) => c.number).sort()).toEqual(['A001', 'A002']);
  });

  it('marks no-shows 15 minutes after the start; 3 within 30 days block booking for 7 days', async () => {
    const sweep = t.app.get(AppointmentSweep);
    const phone = '13800000013';
    const days = ['2026-11-23', '2026-11-24', '2026-11-25'];
    for (const date of days) {
      const { body } = await book({ start: slot(date, '10:00'), phone }).expect(201);
      at(`${date}T02:15:00Z`); // 10:15: not yet
      expect((await sweep.sweepOnce()).noShows).toBe(0);
      t.clock.advance(1000);
      expect((await sweep.sweepOnce()).noShows).toBe(1);
      expect((await checkIn(body.code, { phone }).expect(409)).body.code).toBe('CHECK_IN_CLOSED');
    }
    const blocked = await book({ start: slot('2026-11-26', '10:00'), phone }).expect(409);
    expect(blocked.body).toMatchObject({ code: 'BOOKING_BLOCKED', details: { until: slot('2026-12-02', '10:00') } });
    await book({ start: slot('2026-11-26', '10:00'), phone: '13800000015' }).expect(201);
    at('2026-12-02T02:00:01Z'); // the block is over
    await book({ start: slot('2026-12-03', '10:00'), phone }).expect(201);
    const [count] = await sql<{ n: number }>(t.app.get(DataSource), 'SELECT COUNT(*) AS n FROM appointments WHERE "status" = \'no_show\'');
    expect(Number(count.n)).toBe(3);
  });

  it('only admins set capacities (audited); supervisors and admins read the figures', async () => {
    const anonymous = await t.http().put('/api/v1/halls/TC/queues/A/appointment-capacity').send({ capacity: 2 });
    expect(anonymous.status).toBe(401);
    for (const user of ['supervisor', 'clerk1']) {
      await t.http().put('/api/v1/halls/TC/queues/A/appointment-capacity').set(bearer(await t.login(user))).send({ capacity: 2 }).expect(403);
    }
    expect((await setCapacity(2)).body).toEqual({ hall: 'TC', queueCode: 'A', capacity: 2 });
    expect((await setCapacity(-1)).status).toBe(400);
    expect((await setCapacity(2, 'Z')).status).toBe(404);
    const admin = await t.login('admin');
    const audit = await t.http().get('/api/v1/audit?subjectType=queue').set(bearer(admin)).expect(200);
    expect(JSON.stringify(audit.body)).toContain('queue.appointment-capacity');
    expect((await slots(MONDAY).expect(200)).body[0].capacity).toBe(2);

    const a = await book({ start: slot(MONDAY, '10:00'), phone: '13800000016' }).expect(201);
    const b = await book({ start: slot(MONDAY, '10:30'), phone: '13800000017' }).expect(201);
    await book({ start: slot(MONDAY, '11:00'), phone: '13800000018' }).expect(201);
    await t.http().post(`/api/v1/appointments/${b.body.code}/cancel`).send({ phone: '13800000017' }).expect(200);
    await checkIn(a.body.code, { phone: '13800000016' }).expect(201);
    at('2026-11-23T03:20:00Z'); // 11:20
    await t.app.get(AppointmentSweep).sweepOnce();
    await t.http().get('/api/v1/appointments/figures').set(bearer(await t.login('clerk1'))).expect(403);
    await t.http().get('/api/v1/appointments/figures').expect(401);
    const figures = await t.http().get(`/api/v1/appointments/figures?hall=TC&from=${MONDAY}&to=${MONDAY}`).set(bearer(await t.login('supervisor'))).expect(200);
    expect(figures.body.totals).toEqual({ booked: 3, cancelled: 1, checkedIn: 1, noShows: 1, pending: 0, noShowShare: 0.5 });
    expect(figures.body.rows).toEqual([{ date: MONDAY, hall: 'TC', queueCode: 'A', booked: 3, cancelled: 1, checkedIn: 1, noShows: 1, pending: 0, noShowShare: 0.5 }]);
    await t.http().get('/api/v1/appointments/figures?from=2026-11-24&to=2026-11-23').set(bearer(admin)).expect(400);
  });

  it('a paired kiosk may book (recorded), only at its own hall', async () => {
    const kiosk = await kioskToken(t);
    const res = await book({ start: slot(MONDAY, '10:00'), phone: '13800000019' }, kiosk).expect(201);
    const [row] = await sql<{ bookedByDeviceId: number | null }>(t.app.get(DataSource), `SELECT "bookedByDeviceId" FROM appointments WHERE "id" = ${Number(res.body.id)}`);
    expect(row.bookedByDeviceId).not.toBeNull();
    const elsewhere = await kioskToken(t, 'TC01'); // the community point's kiosk
    expect((await book({ start: slot(MONDAY, '10:00'), phone: '13800000020' }, elsewhere).expect(403)).body.code).toBe('DEVICE_WRONG_PLACE');
    expect((await checkIn(res.body.code, {}, elsewhere).expect(403)).body.code).toBe('DEVICE_WRONG_PLACE');
  });
});

describe('appointments: the anonymous booking limit (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp({ LIMIT_BOOKINGS_PER_ADDRESS: '2' })));
  afterEach(() => t.close());

  it('limits anonymous bookings per address; a paired kiosk is not limited', async () => {
    const book = (phone: string, token?: string) => {
      const req = t.http().post('/api/v1/appointments');
      return (token ? req.set(bearer(token)) : req).send({ hall: 'TC', queueCode: 'A', name: '李四', start: slot(MONDAY, '10:00'), phone });
    };
    await book('13500000001').expect(201);
    await book('13500000002').expect(201);
    const over = await book('13500000003').expect(429);
    expect(over.body.code).toBe('RATE_LIMITED');
    expect(over.headers['retry-after']).toBeDefined();
    await book('13500000003', await kioskToken(t)).expect(201);
  });
});
