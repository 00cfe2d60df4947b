import { EventEmitter2 } from '@nestjs/event-emitter';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CalendarService } from '../../src/calendar/calendar.service';
import { DefaultRatingsService } from '../../src/evaluations/default-ratings.service';
import { EvaluationEvents } from '../../src/evaluations/evaluation.events';
import { caseAction, claimedJzz } from '../support/case-helpers';
import { countRows, issue, openWindow, windowAction } from '../support/queue-helpers';
import { pairedDevice } from '../support/device-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { applyDefaultRatings, DAY, deliveredJzz, finishedTicket, HOUR, padPending, padRate, rate, rectification, rows } from '../support/evaluation-helpers';

describe('好差评: residents rate visits and cases (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  describe('a visit (一次一评)', () => {
    it('is rated by its status token once it is done, once', async () => {
      const ticket = await finishedTicket(t);
      const res = await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score: 5, comment: '  服务很好 ' }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number), score: 5, label: '非常满意', subjectType: 'ticket', rectificationId: null, source: 'resident', createdAt: '2026-11-23T09:30:00+08:00',
      });
      const [stored] = await rows(t, 'SELECT * FROM evaluations WHERE id = ?', [res.body.id]);
      expect(stored).toMatchObject({ hallCode: 'TC', subjectType: 'ticket', ticketId: ticket.id, caseId: null, score: 5, comment: '服务很好', source: 'resident', windowNumber: 1, departmentCodes: '[]' });

      const again = await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score: 1 }).expect(409);
      expect(again.body).toMatchObject({ statusCode: 409, code: 'ALREADY_RATED' });
      expect(await countRows(t, 'evaluations')).toBe(1);
      expect(await countRows(t, 'rectifications')).toBe(0);

      const status = await t.http().get('/api/v1/evaluations/subject').query({ ticketId: ticket.id, token: ticket.statusToken }).expect(200);
      expect(status.body).toEqual({
        subjectType: 'ticket', reference: 'A001', rateable: false, rated: true,
        evaluation: { score: 5, label: '非常满意', source: 'resident', createdAt: '2026-11-23T09:30:00+08:00' },
      });
    });

    it('is not rateable before it is done: waiting, called, no-show', async () => {
      const waiting = (await issue(t, { queueCode: 'A' }).expect(201)).body;
      const refused = await rate(t, { ticketId: waiting.id, token: waiting.statusToken, score: 4 }).expect(409);
      expect(refused.body.code).toBe('NOT_RATEABLE');
      const status = await t.http().get('/api/v1/evaluations/subject').query({ ticketId: waiting.id, token: waiting.statusToken }).expect(200);
      expect(status.body).toMatchObject({ rateable: false, rated: false, evaluation: null });

      const clerk = await openWindow(t, 'clerk1', 1);
      await windowAction(t, clerk, 1, 'call-next').expect(200);
      expect((await rate(t, { ticketId: waiting.id, token: waiting.statusToken, score: 4 }).expect(409)).body.code).toBe('NOT_RATEABLE');
      await windowAction(t, clerk, 1, 'no-show').expect(200);
      expect((await rate(t, { ticketId: waiting.id, token: waiting.statusToken, score: 4 }).expect(409)).body.code).toBe('NOT_RATEABLE');
      expect(await countRows(t, 'evaluations')).toBe(0);
    });

    it('answers a wrong token or an unknown ticket with 404', async () => {
      const ticket = await finishedTicket(t);
      expect((await rate(t, { ticketId: ticket.id, token: 'wrong-token', score: 5 }).expect(404)).body.code).toBe('TICKET_NOT_FOUND');
      expect((await rate(t, { ticketId: 999999, token: ticket.statusToken, score: 5 }).expect(404)).body.code).toBe('TICKET_NOT_FOUND');
      await t.http().get('/api/v1/evaluations/subject').query({ ticketId: ticket.id, token: 'nope' }).expect(404);
    });

    it('rates a transferred visit where it ended, by the original ticket and token', async () => {
      const original = (await issue(t, { queueCode: 'A' }).expect(201)).body;
      const clerk = await openWindow(t, 'clerk1', 1);
      await windowAction(t, clerk, 1, 'call-next').expect(200);
      await windowAction(t, clerk, 1, 'start').expect(200);
      await windowAction(t, clerk, 1, 'transfer', { queueCode: 'C' }).expect(200);
      expect((await rate(t, { ticketId: original.id, token: original.statusToken, score: 4 }).expect(409)).body.code).toBe('NOT_RATEABLE');
      const clerk6 = await openWindow(t, 'clerk6', 6);
      await windowAction(t, clerk6, 6, 'call-next').expect(200);
      await windowAction(t, clerk6, 6, 'start').expect(200);
      await windowAction(t, clerk6, 6, 'finish').expect(200);
      const res = await rate(t, { ticketId: original.id, token: original.statusToken, score: 4 }).expect(201);
      const [stored] = await rows(t, 'SELECT ticketId, windowNumber FROM evaluations WHERE id = ?', [res.body.id]);
      expect(stored.ticketId).not.toBe(original.id);
      expect(stored.windowNumber).toBe(6);
      await rate(t, { ticketId: original.id, token: original.statusToken, score: 4 }).expect(409);
    });
  });

  describe('a case (一事一评)', () => {
    it('is rated by case number and query code once delivered, once', async () => {
      const c = await deliveredJzz(t);
      const res = await rate(t, { caseNumber: c.caseNumber, code: c.queryCode.toLowerCase(), score: 4 }).expect(201);
      expect(res.body).toMatchObject({ score: 4, label: '满意', subjectType: 'case', rectificationId: null });
      const [stored] = await rows(t, 'SELECT * FROM evaluations WHERE id = ?', [res.body.id]);
      expect(stored).toMatchObject({ subjectType: 'case', caseId: c.id, ticketId: null, itemCode: 'JZZ', departmentCodes: '["ZL"]', windowNumber: null });
      expect((await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 2 }).expect(409)).body.code).toBe('ALREADY_RATED');
      expect(await countRows(t, 'rectifications')).toBe(0);
    });

    it('is not rateable before delivery, and a wrong code is 404', async () => {
      const c = await claimedJzz(t);
      expect((await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 5 }).expect(409)).body.code).toBe('NOT_RATEABLE');
      await caseAction(t, await t.login('officer-zl'), c.id, 'decide', { outcome: 'approved' }).expect(200);
      expect((await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 5 }).expect(409)).body.code).toBe('NOT_RATEABLE');
      expect((await rate(t, { caseNumber: c.caseNumber, code: 'WRONG1', score: 5 }).expect(404)).body.code).toBe('CASE_NOT_FOUND');
      expect((await rate(t, { caseNumber: 'TC202611239999', code: c.queryCode, score: 5 }).expect(404)).body.code).toBe('CASE_NOT_FOUND');
      expect(await countRows(t, 'evaluations')).toBe(0);
    });
  });

  describe('bad input', () => {
    it.each([
      ['no score', { ticketId: 1, token: 'tok' }],
      ['score 0', { ticketId: 1, token: 'tok', score: 0 }],
      ['score 6', { ticketId: 1, token: 'tok', score: 6 }],
      ['score 2.5', { ticketId: 1, token: 'tok', score: 2.5 }],
      ['score as a string', { ticketId: 1, token: 'tok', score: '5' }],
      ['a comment over 500 characters', { ticketId: 1, token: 'tok', score: 1, comment: '差'.repeat(501) }],
      ['a comment that is not text', { ticketId: 1, token: 'tok', score: 1, comment: 42 }],
      ['an unknown field', { ticketId: 1, token: 'tok', score: 5, stars: 5 }],
      ['both subjects', { ticketId: 1, token: 'tok', caseNumber: 'TC202611230001', code: 'ABCDEF', score: 5 }],
      ['neither subject', { score: 5 }],
      ['a ticket without its token', { ticketId: 1, score: 5 }],
      ['a token without its ticket', { token: 'tok', score: 5 }],
      ['a case number without its code', { caseNumber: 'TC202611230001', score: 5 }],
      ['a ticket id that is not a positive integer', { ticketId: -3, token: 'tok', score: 5 }],
      ['a token with odd characters', { ticketId: 1, token: '<script>', score: 5 }],
      ['an array body', [1, 2, 3]],
    ])('%s → 400 VALIDATION_FAILED, nothing written', async (_what, body) => {
      const res = await rate(t, body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(await countRows(t, 'evaluations')).toBe(0);
    });
  });

  describe('bad reviews open a rectification in the same transaction', () => {
    it('a 1-star case rating goes to the deciding department, due 5 working days later', async () => {
      const c = await deliveredJzz(t);
      const rated = new Promise((resolve) => t.app.get(EventEmitter2).once(EvaluationEvents.RECTIFICATION_CHANGED, resolve));
      const res = await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 1, comment: '跑了三趟才办好' }).expect(201);
      expect(res.body).toMatchObject({ score: 1, label: '非常不满意', subjectType: 'case', rectificationId: expect.any(Number) });
      expect(await rated).toMatchObject({ rectificationId: res.body.rectificationId, action: 'open', ownerType: 'department', departmentCode: 'ZL' });
      const detail = await rectification(t, await t.login('head-zl'), res.body.rectificationId).expect(200);
      expect(detail.body).toMatchObject({
        status: 'open', statusText: '待核实', ownerType: 'department', departmentCode: 'ZL', departmentName: '社会治理办公室',
        dueDate: '2026-11-30', light: 'green', actions: ['verify', 'appeal'],
        evaluation: { score: 1, label: '非常不满意', comment: '跑了三趟才办好', subjectType: 'case', reference: c.caseNumber, itemName: '居住证申领' },
        contact: { name: '张小三', phone: '13800138000' },
        events: [{ action: 'open', fromStatus: null, toStatus: 'open', actorName: null, note: '跑了三趟才办好' }],
      });
    });

    it('a bad review on Friday 2026-11-27 is due Friday 2026-12-04, across the weekend', async () => {
      const c = await deliveredJzz(t);
      t.clock.advance(4 * DAY); // Friday 09:30
      const res = await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 2 }).expect(201);
      const detail = await rectification(t, await t.login('supervisor'), res.body.rectificationId).expect(200);
      expect(detail.body).toMatchObject({ dueDate: '2026-12-04', createdAt: '2026-11-27T09:30:00+08:00', light: 'green' });
    });

    it('a 2-star visit rating goes to the window that served it', async () => {
      const ticket = await finishedTicket(t, 'clerk3', 3, 'B', '13900001111');
      const res = await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score: 2, comment: '等太久' }).expect(201);
      const [row] = await rows(t, 'SELECT ownerType, departmentCode, hallCode, windowNumber, status, dueDate FROM rectifications WHERE id = ?', [res.body.rectificationId]);
      expect(row).toEqual({ ownerType: 'window', departmentCode: null, hallCode: 'TC', windowNumber: 3, status: 'open', dueDate: '2026-11-30' });
      const detail = await rectification(t, await t.login('clerk1'), res.body.rectificationId).expect(200);
      expect(detail.body).toMatchObject({ owner: '3 号窗口', contact: { name: null, phone: '13900001111' }, evaluation: { reference: 'B001', windowNumber: 3 } });
    });

    it('writes nothing when the rectification cannot be opened: rating and task commit together', async () => {
      const c = await deliveredJzz(t);
      const calendar = t.app.get(CalendarService);
      const spy = jest.spyOn(calendar, 'calendar').mockImplementationOnce(() => {
        throw new Error('calendar unavailable');
      });
      try {
        await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 1 }).expect(500);
      } finally {
        spy.mockRestore();
      }
      expect(await countRows(t, 'evaluations')).toBe(0);
      expect(await countRows(t, 'rectifications')).toBe(0);
      expect(await countRows(t, 'rectification_events')).toBe(0);
      await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 1 }).expect(201);
    });

    it.each([3, 4, 5])('a %i-star rating opens nothing', async (score) => {
      const ticket = await finishedTicket(t);
      expect((await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score }).expect(201)).body.rectificationId).toBeNull();
      expect(await countRows(t, 'rectifications')).toBe(0);
    });
  });

  describe('default ratings (默认评价)', () => {
    it('rates delivered cases nobody rated with 3 基本满意 after 7 days, once', async () => {
      const quiet = await deliveredJzz(t);
      const vocal = await deliveredJzz(t);
      const open = await claimedJzz(t); // not delivered: never defaulted
      await rate(t, { caseNumber: vocal.caseNumber, code: vocal.queryCode, score: 5 }).expect(201);

      t.clock.advance(7 * DAY); // exactly seven days: not yet
      expect(await applyDefaultRatings(t)).toBe(0);
      t.clock.advance(HOUR);
      expect(await applyDefaultRatings(t)).toBe(1);
      const all = await rows(t, 'SELECT caseId, score, source FROM evaluations ORDER BY caseId');
      expect(all).toEqual([{ caseId: quiet.id, score: 3, source: 'default' }, { caseId: vocal.id, score: 5, source: 'resident' }]);
      expect(all.some((e) => e.caseId === open.id)).toBe(false);
      expect(await countRows(t, 'rectifications')).toBe(0);

      // the resident comes back late: already rated; a second run changes nothing
      expect((await rate(t, { caseNumber: quiet.caseNumber, code: quiet.queryCode, score: 1 }).expect(409)).body.code).toBe('ALREADY_RATED');
      expect(await applyDefaultRatings(t)).toBe(0);
      const status = await t.http().get('/api/v1/evaluations/subject').query({ caseNumber: quiet.caseNumber, code: quiet.queryCode }).expect(200);
      expect(status.body).toMatchObject({ rated: true, rateable: false, evaluation: { score: 3, label: '基本满意', source: 'default' } });
    });

    it('runs hourly as a scheduled job that never overlaps itself', async () => {
      expect(t.app.get(SchedulerRegistry).getIntervals()).toContain('evaluations.default-ratings');
      await deliveredJzz(t);
      t.clock.advance(8 * DAY);
      const job = t.app.get(DefaultRatingsService);
      const spy = jest.spyOn(job, 'applyDefaultRatings');
      await Promise.all([job.sweep(), job.sweep()]);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(await countRows(t, 'evaluations')).toBe(1);
      await job.sweep(); // the next run finds nothing left to rate
      expect(spy).toHaveBeenCalledTimes(2);
      expect(await countRows(t, 'evaluations')).toBe(1);
      spy.mockRestore();
    });

    it('follows RATING_DEFAULT_DAYS', async () => {
      await t.close();
      t = await createTestApp({ RATING_DEFAULT_DAYS: '2' });
      await deliveredJzz(t);
      t.clock.advance(2 * DAY + 1);
      expect(await applyDefaultRatings(t)).toBe(1);
    });
  });

  describe('the window pad (评价器)', () => {
    it('asks about the window’s last finished visit and records the tap as a pad rating', async () => {
      const screen = (await pairedDevice(t, 'pad', 2)).token;
      const pad1 = (await pairedDevice(t, 'pad', 1)).token;
      await padPending(t, screen, 2).expect(204);
      const ticket = await finishedTicket(t, 'clerk2', 2);
      const pending = await padPending(t, screen, 2).expect(200);
      expect(pending.body).toEqual({ ticketId: ticket.id, number: 'A001', finishedAt: '2026-11-23T09:30:00+08:00' });
      await padPending(t, pad1, 1).expect(204); // another window has nothing

      const res = await padRate(t, screen, 2, { score: 1, comment: '态度不好', ticketId: ticket.id }).expect(201);
      expect(res.body).toMatchObject({ score: 1, subjectType: 'ticket', source: 'pad', rectificationId: expect.any(Number) });
      const [row] = await rows(t, 'SELECT ownerType, windowNumber FROM rectifications WHERE id = ?', [res.body.rectificationId]);
      expect(row).toEqual({ ownerType: 'window', windowNumber: 2 });
      await padPending(t, screen, 2).expect(204);
      expect((await padRate(t, screen, 2, { score: 5, ticketId: ticket.id }).expect(409)).body.code).toBe('ALREADY_RATED');
      expect((await padRate(t, screen, 2, { score: 5 }).expect(409)).body.code).toBe('NO_PENDING_EVALUATION');
      // the resident's phone then finds it rated
      expect((await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score: 5 }).expect(409)).body.code).toBe('ALREADY_RATED');
    });

    it('lets the window’s pad rate the pending visit without naming it', async () => {
      const ticket = await finishedTicket(t, 'clerk1', 1);
      const pad = (await pairedDevice(t, 'pad', 1)).token;
      const res = await padRate(t, pad, 1, { score: 4 }).expect(201);
      const [row] = await rows(t, 'SELECT ticketId, source FROM evaluations WHERE id = ?', [res.body.id]);
      expect(row).toEqual({ ticketId: ticket.id, source: 'pad' });
    });

    it('stops asking after PAD_RATING_MINUTES, or once the next resident is called', async () => {
      const screen = (await pairedDevice(t, 'pad', 1)).token;
      await finishedTicket(t, 'clerk1', 1);
      t.clock.advance(10 * 60_000);
      await padPending(t, screen, 1).expect(200);
      t.clock.advance(1);
      await padPending(t, screen, 1).expect(204);
      expect((await padRate(t, screen, 1, { score: 5 }).expect(409)).body.code).toBe('NO_PENDING_EVALUATION');

      const second = await finishedTicket(t, 'clerk1', 1);
      await padPending(t, screen, 1).expect(200);
      t.clock.advance(60_000);
      await issue(t, { queueCode: 'A' }).expect(201);
      await windowAction(t, await t.login('clerk1'), 1, 'call-next').expect(200);
      await padPending(t, screen, 1).expect(204);
      // the pad that already showed the previous visit may still record its tap
      await padRate(t, screen, 1, { score: 5, ticketId: second.id }).expect(201);
    });

    it('refuses a ticket of another window, and guards its doors: only the pad device of that window', async () => {
      const ticket = await finishedTicket(t, 'clerk1', 1);
      const screen = (await pairedDevice(t, 'pad', 1)).token;
      const pad2 = (await pairedDevice(t, 'pad', 2)).token;
      const kiosk = (await pairedDevice(t, 'kiosk')).token;
      expect((await padRate(t, pad2, 2, { score: 5, ticketId: ticket.id }).expect(409)).body.code).toBe('NO_PENDING_EVALUATION');
      await padPending(t, null, 1).expect(401);
      // staff (the clerk of the window, the old screen account, anyone) → 403: the pad device only
      for (const who of ['clerk1', 'screen', 'officer-zl', 'admin']) {
        expect((await padPending(t, await t.login(who), 1).expect(403)).body.code).toBe('DEVICE_REQUIRED');
        expect((await padRate(t, await t.login(who), 1, { score: 5 }).expect(403)).body.code).toBe('DEVICE_REQUIRED');
      }
      // another window's pad, a kiosk, a pad at a window or hall that is not its own → 403
      expect((await padRate(t, pad2, 1, { score: 5, ticketId: ticket.id }).expect(403)).body.code).toBe('DEVICE_WRONG_PLACE');
      expect((await padPending(t, pad2, 1).expect(403)).body.code).toBe('DEVICE_WRONG_PLACE');
      expect((await padRate(t, kiosk, 1, { score: 5 }).expect(403)).body.code).toBe('DEVICE_FORBIDDEN');
      expect((await padPending(t, screen, 99).expect(403)).body.code).toBe('DEVICE_WRONG_PLACE');
      expect((await padPending(t, screen, 1, 'XX').expect(403)).body.code).toBe('DEVICE_WRONG_PLACE');
      expect((await padRate(t, 'owd.1.' + 'x'.repeat(43), 1, { score: 5 }).expect(401)).body.code).toBe('DEVICE_TOKEN_INVALID');
      await padRate(t, screen, 1, { score: 7 }).expect(400);
      await padRate(t, screen, 1, { score: 5, token: 'x' }).expect(400);
      expect(await countRows(t, 'evaluations')).toBe(0);
    });
  });
});
