import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { User } from '../../src/auth/user.entity';
import { HallWindow } from '../../src/halls/hall-window.entity';
import { QueueEvent } from '../../src/queue/queue-event.entity';
import { bearer, TestApp } from './test-app';

/** Takes a number as an unpaired kiosk, or with a token (a paired kiosk's, or staff's: 绿色通道 needs one). */
export function issue(t: TestApp, body: Record<string, unknown>, hall = 'TC', token?: string) {
  const req = t.http().post(`/api/v1/halls/${hall}/tickets`);
  return (token ? req.set(bearer(token)) : req).send(body);
}

export function windowAction(t: TestApp, token: string, n: number, action: string, body?: Record<string, unknown>, hall = 'TC') {
  const req = t.http().post(`/api/v1/halls/${hall}/windows/${n}/${action}`).set(bearer(token));
  return body === undefined ? req : req.send(body);
}

export async function openWindow(t: TestApp, username: string, n: number): Promise<string> {
  const token = await t.login(username);
  const res = await windowAction(t, token, n, 'open');
  if (res.status !== 200) throw new Error(`open ${n}: ${res.status} ${JSON.stringify(res.body)}`);
  return token;
}

/** Test fixtures beyond the demo centre: more comprehensive windows and clerks for the concurrency runs. */
export async function addWindowsAndClerks(t: TestApp, numbers: number[]): Promise<void> {
  const db = t.app.get(DataSource);
  const passwordHash = await t.app.get(PasswordHasher).hash('demo1234');
  for (const n of numbers) {
    await db.getRepository(HallWindow).insert({ hallCode: 'TC', number: n, name: `${n}号综合窗口`, kind: 'comprehensive', queueCodes: [], status: 'closed', updatedAt: 0 });
    await db.getRepository(User).insert({ username: `clerk${n}`, displayName: `测试受理员${n}`, passwordHash, roles: ['clerk'], departmentCodes: [], hallCodes: ['TC'], active: true, createdAt: 0 });
  }
}

export function trailOf(t: TestApp, subjectType: 'ticket' | 'window', subjectId: number) {
  return t.app.get(DataSource).getRepository(QueueEvent).find({ where: { subjectType, subjectId }, order: { id: 'ASC' } });
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const [row] = await t.app.get(DataSource).query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
}
