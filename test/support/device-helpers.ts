// Hall devices for the e2e and browser specs: create one as admin and pair it.
import { bearer, TestApp } from './test-app';

export interface TestDevice {
  id: number;
  token: string;
}

export function createDevice(t: TestApp, adminToken: string, body: Record<string, unknown>) {
  return t.http().post('/api/v1/devices').set(bearer(adminToken)).send(body);
}

export function pair(t: TestApp, pairingCode: unknown) {
  return t.http().post('/api/v1/devices/pair').send({ pairingCode });
}

/** A pairing code for a new device of this kind (a pad of window `n`). */
export async function pairingCode(t: TestApp, kind: 'kiosk' | 'pad', n?: number, hall = 'TC'): Promise<{ id: number; pairingCode: string }> {
  const res = await createDevice(t, await t.login('admin'), { hall, kind, name: kind === 'pad' ? `${n}号窗口评价器` : '测试取号机', ...(n === undefined ? {} : { windowNumber: n }) });
  if (res.status !== 201) throw new Error(`create ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A new device of this kind, paired: its id and device token. */
export async function pairedDevice(t: TestApp, kind: 'kiosk' | 'pad', n?: number, hall = 'TC'): Promise<TestDevice> {
  const { id, pairingCode: code } = await pairingCode(t, kind, n, hall);
  const res = await pair(t, code);
  if (res.status !== 201) throw new Error(`pair ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return { id, token: res.body.deviceToken };
}

/** The paired kiosk of the hall, one per app: issues 绿色通道 tickets. */
const kiosks = new WeakMap<TestApp, Map<string, Promise<string>>>();
export function kioskToken(t: TestApp, hall = 'TC'): Promise<string> {
  let byHall = kiosks.get(t);
  if (!byHall) kiosks.set(t, (byHall = new Map()));
  let token = byHall.get(hall);
  if (!token) byHall.set(hall, (token = pairedDevice(t, 'kiosk', undefined, hall).then((d) => d.token)));
  return token;
}
