// Shared by the rating and rectification e2e specs.
import { DataSource } from 'typeorm';
import { DefaultRatingsService } from '../../src/evaluations/default-ratings.service';
import { caseAction, claimedJzz } from './case-helpers';
import { issue, openWindow, windowAction } from './queue-helpers';
import { bearer, TestApp } from './test-app';
import { sql } from './test-database';

export interface FinishedTicket {
  id: number;
  number: string;
  statusToken: string;
}

/** A resident takes a number in `queueCode` and window `n` serves and finishes it. */
export async function finishedTicket(t: TestApp, clerk = 'clerk1', n = 1, queueCode = 'A', phone?: string): Promise<FinishedTicket> {
  const { body } = await issue(t, phone ? { queueCode, phone } : { queueCode }).expect(201);
  const token = await openWindow(t, clerk, n);
  const called = await windowAction(t, token, n, 'call-next').expect(200);
  if (called.body.ticket.id !== body.id) throw new Error(`window ${n} called ${called.body.ticket.number}, not ${body.number}`);
  await windowAction(t, token, n, 'start').expect(200);
  await windowAction(t, token, n, 'finish').expect(200);
  return body;
}

/** A JZZ case accepted (ZL), claimed, approved by ZL and handed over at the window. */
export async function deliveredJzz(t: TestApp): Promise<{ id: number; caseNumber: string; queryCode: string }> {
  const c = await claimedJzz(t);
  await caseAction(t, await t.login('officer-zl'), c.id, 'decide', { outcome: 'approved' }).expect(200);
  await caseAction(t, await t.login('clerk1'), c.id, 'deliver', { method: 'window', collectedBy: { type: 'applicant', idChecked: true } }).expect(200);
  return c;
}

export function rate(t: TestApp, body: unknown) {
  return t.http().post('/api/v1/evaluations').send(body as object);
}

export function padPending(t: TestApp, token: string | null, n: number, hall = 'TC') {
  const req = t.http().get(`/api/v1/halls/${hall}/windows/${n}/pending-evaluation`);
  return token ? req.set(bearer(token)) : req;
}

export function padRate(t: TestApp, token: string, n: number, body: unknown, hall = 'TC') {
  return t.http().post(`/api/v1/halls/${hall}/windows/${n}/evaluations`).set(bearer(token)).send(body as object);
}

export function rectification(t: TestApp, token: string, id: number) {
  return t.http().get(`/api/v1/rectifications/${id}`).set(bearer(token));
}

export function rectificationAction(t: TestApp, token: string, id: number, action: string, body: unknown = { note: '已处理' }) {
  return t.http().post(`/api/v1/rectifications/${id}/${action}`).set(bearer(token)).send(body as object);
}

export function listRectifications(t: TestApp, token: string, query: Record<string, string> = {}) {
  return t.http().get('/api/v1/rectifications').query(query).set(bearer(token));
}

export function applyDefaultRatings(t: TestApp): Promise<number> {
  return t.app.get(DefaultRatingsService).applyDefaultRatings(t.clock.now());
}

/** A raw query on either database (see test-database.ts `sql`). */
export async function rows(t: TestApp, text: string, params: unknown[] = []): Promise<any[]> {
  return sql(t.app.get(DataSource), text, params);
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
