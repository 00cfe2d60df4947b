import { Socket } from 'socket.io-client';
import { createDevice, pair, pairedDevice, pairingCode } from '../support/device-helpers';
import { countRows, issue } from '../support/queue-helpers';
import { connect, subscribe, disconnected } from '../support/socket-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const DEVICES = '/api/v1/devices';
const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/;

describe('hall devices: pairing, device tokens, revocation (e2e)', () => {
  let t: TestApp;
  let admin: string;
  const sockets: Socket[] = [];
  beforeEach(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await t.close();
  });

  const list = async () => (await t.http().get(DEVICES).set(bearer(admin)).expect(200)).body as Array<Record<string, unknown>>;

  describe('POST /devices (admin)', () => {
    it('creates a kiosk and a pad, each with a one-time 8-character code and its pairing link', async () => {
      const kiosk = await createDevice(t, admin, { hall: 'TC', kind: 'kiosk', name: '大厅取号机二' }).expect(201);
      expect(kiosk.body).toEqual({ id: expect.any(Number), pairingCode: expect.stringMatching(CODE), expiresAt: '2026-11-24T01:30:00.000Z', pairingPath: `/kiosk/TC?pair=${kiosk.body.pairingCode}` });
      const pad = await createDevice(t, admin, { hall: 'tc', kind: 'pad', windowNumber: 3, name: '3号窗口评价器二' }).expect(201);
      expect(pad.body.pairingPath).toBe(`/pad/TC/3?pair=${pad.body.pairingCode}`);
      const mine = (await list()).filter((d) => d.id === kiosk.body.id || d.id === pad.body.id);
      expect(mine).toEqual([
        { id: kiosk.body.id, hall: 'TC', kind: 'kiosk', windowNumber: null, name: '大厅取号机二', status: 'pending', pairingExpiresAt: '2026-11-24T01:30:00.000Z', createdAt: expect.any(String), pairedAt: null, revokedAt: null },
        { id: pad.body.id, hall: 'TC', kind: 'pad', windowNumber: 3, name: '3号窗口评价器二', status: 'pending', pairingExpiresAt: '2026-11-24T01:30:00.000Z', createdAt: expect.any(String), pairedAt: null, revokedAt: null },
      ]);
    });

    it.each<[string, Record<string, unknown>, number, string]>([
      ['no hall', { kind: 'kiosk', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['a bad hall code', { hall: 'T C', kind: 'kiosk', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['an unknown kind', { hall: 'TC', kind: 'tv', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['a blank name', { hall: 'TC', kind: 'kiosk', name: '  ' }, 400, 'VALIDATION_FAILED'],
      ['a long name', { hall: 'TC', kind: 'kiosk', name: 'x'.repeat(65) }, 400, 'VALIDATION_FAILED'],
      ['a window that is not a number', { hall: 'TC', kind: 'pad', windowNumber: '1', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['an unknown field', { hall: 'TC', kind: 'kiosk', name: 'x', pairingCode: 'AAAAAAAA' }, 400, 'VALIDATION_FAILED'],
      ['an unknown hall', { hall: 'XX', kind: 'kiosk', name: 'x' }, 422, 'UNKNOWN_HALL'],
      ['a pad without a window', { hall: 'TC', kind: 'pad', name: 'x' }, 422, 'DEVICE_WINDOW_INVALID'],
      ['a pad of a window the hall lacks', { hall: 'TC', kind: 'pad', windowNumber: 9, name: 'x' }, 422, 'DEVICE_WINDOW_INVALID'],
      ['a kiosk with a window', { hall: 'TC', kind: 'kiosk', windowNumber: 1, name: 'x' }, 422, 'DEVICE_WINDOW_INVALID'],
    ])('refuses %s, creating nothing', async (_name, body, status, code) => {
      const before = await countRows(t, 'devices');
      expect((await createDevice(t, admin, body).expect(status)).body.code).toBe(code);
      expect(await countRows(t, 'devices')).toBe(before);
    });

    it('is for admins only, on every admin route', async () => {
      const { id } = await pairingCode(t, 'kiosk');
      const before = JSON.stringify(await list());
      for (const who of ['clerk1', 'supervisor', 'screen', 'officer-gg']) {
        const token = await t.login(who);
        await createDevice(t, token, { hall: 'TC', kind: 'kiosk', name: 'x' }).expect(403);
        await t.http().get(DEVICES).set(bearer(token)).expect(403);
        await t.http().delete(`${DEVICES}/${id}`).set(bearer(token)).expect(403);
        await t.http().post(`${DEVICES}/${id}/pairing-code`).set(bearer(token)).expect(403);
      }
      await t.http().post(DEVICES).send({ hall: 'TC', kind: 'kiosk', name: 'x' }).expect(401);
      await t.http().get(DEVICES).expect(401);
      await t.http().delete(`${DEVICES}/${id}`).expect(401);
      await t.http().post(`${DEVICES}/${id}/pairing-code`).expect(401);
      expect(JSON.stringify(await list())).toBe(before);
    });
  });

  describe('GET /devices', () => {
    it('lists the demo hall’s devices with their status, never a code, token or hash', async () => {
      const seeded = await list();
      expect(seeded.map((d) => [d.kind, d.windowNumber, d.status])).toEqual([
        ['kiosk', null, 'pending'], ['pad', 1, 'pending'], ['pad', 2, 'pending'], ['pad', 3, 'pending'], ['pad', 4, 'pending'], ['pad', 5, 'pending'], ['pad', 6, 'pending'],
      ]);
      const paired = await pairedDevice(t, 'pad', 1);
      const revoked = await pairedDevice(t, 'kiosk');
      await t.http().delete(`${DEVICES}/${revoked.id}`).set(bearer(admin)).expect(200);
      const all = await list();
      expect(all.find((d) => d.id === paired.id)).toMatchObject({ status: 'paired', pairedAt: expect.any(String), pairingExpiresAt: null });
      expect(all.find((d) => d.id === revoked.id)).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
      const text = JSON.stringify(all);
      expect(text).not.toMatch(/pairingCode|token|hash|owd\./i);
      expect((await t.http().get(DEVICES).query({ hall: 'XX' }).set(bearer(admin)).expect(200)).body).toEqual([]);
    });
  });

  describe('POST /devices/pair (public)', () => {
    it('pairs once with the code (case and dashes forgiven) and answers the device token', async () => {
      const { id, pairingCode: code } = await pairingCode(t, 'pad', 2);
      const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
      const res = await pair(t, typed).expect(201);
      expect(res.body).toEqual({ deviceToken: expect.stringMatching(/^owd\.\d+\.[\w-]{43}$/), device: { id, hall: 'TC', kind: 'pad', windowNumber: 2 } });
      expect((await pair(t, code).expect(404)).body.code).toBe('PAIRING_CODE_INVALID'); // used
    });

    it.each<[string, unknown, number, string]>([
      ['an unknown code', 'ABCDEFGH', 404, 'PAIRING_CODE_INVALID'],
      ['a code of the wrong shape', 'ABC', 404, 'PAIRING_CODE_INVALID'],
      ['a code with look-alikes', 'ABCDEF01', 404, 'PAIRING_CODE_INVALID'],
      ['a number', 12345678, 400, 'VALIDATION_FAILED'],
      ['nothing', undefined, 400, 'VALIDATION_FAILED'],
    ])('refuses %s', async (_name, code, status, errorCode) => {
      expect((await pair(t, code).expect(status)).body.code).toBe(errorCode);
    });

    it('refuses an expired code (24 hours, pinned clock) and pairs with a new one', async () => {
      const { id, pairingCode: code } = await pairingCode(t, 'kiosk');
      t.clock.advance(24 * 3_600_000 - 1);
      t.clock.advance(1);
      expect((await pair(t, code).expect(404)).body.code).toBe('PAIRING_CODE_INVALID');
      const fresh = await t.http().post(`${DEVICES}/${id}/pairing-code`).set(bearer(admin)).expect(201);
      expect(fresh.body.pairingCode).toMatch(CODE);
      await pair(t, fresh.body.pairingCode).expect(201);
    });

    it('a code is valid until just before 24 hours', async () => {
      const { pairingCode: code } = await pairingCode(t, 'kiosk');
      t.clock.advance(24 * 3_600_000 - 1);
      await pair(t, code).expect(201);
    });

    it('a new code replaces the previous one; pairing with it ends the earlier token', async () => {
      const first = await pairedDevice(t, 'kiosk');
      const old = (await pairingCode(t, 'kiosk')).pairingCode; // another device's code stays valid
      const next = await t.http().post(`${DEVICES}/${first.id}/pairing-code`).set(bearer(admin)).expect(201);
      await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', first.token).expect(201); // still works until the new code is used
      const again = await pair(t, next.body.pairingCode).expect(201);
      expect((await issue(t, { queueCode: 'A' }, 'TC', first.token).expect(401)).body.code).toBe('DEVICE_TOKEN_INVALID');
      await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', again.body.deviceToken).expect(201);
      await pair(t, old).expect(201);
      expect((await t.http().post(`${DEVICES}/999/pairing-code`).set(bearer(admin)).expect(404)).body.code).toBe('DEVICE_NOT_FOUND');
    });
  });

  describe('DELETE /devices/{id}', () => {
    it('revokes: the token gets 401 at once, its socket closes, its pending code dies; a new code pairs it again', async () => {
      const pad = await pairedDevice(t, 'pad', 1);
      const kiosk = await pairedDevice(t, 'kiosk');
      const socket = await connect(t.url, pad.token);
      const other = await connect(t.url, kiosk.token);
      sockets.push(socket, other);
      expect((await subscribe(socket, { hall: 'TC', window: 1 })).ok).toBe(true);
      await t.http().get('/api/v1/halls/TC/windows/1/pending-evaluation').set(bearer(pad.token)).expect(204);
      const pending = await t.http().post(`${DEVICES}/${pad.id}/pairing-code`).set(bearer(admin)).expect(201);

      const closed = disconnected(socket);
      const res = await t.http().delete(`${DEVICES}/${pad.id}`).set(bearer(admin)).expect(200);
      expect(res.body).toMatchObject({ id: pad.id, status: 'revoked' });
      expect(await closed).toBe('io server disconnect');
      expect(other.connected).toBe(true);
      expect((await t.http().get('/api/v1/halls/TC/windows/1/pending-evaluation').set(bearer(pad.token)).expect(401)).body.code).toBe('DEVICE_TOKEN_INVALID');
      await expect(connect(t.url, pad.token)).rejects.toMatchObject({ data: { code: 'DEVICE_TOKEN_INVALID' } });
      expect((await pair(t, pending.body.pairingCode).expect(404)).body.code).toBe('PAIRING_CODE_INVALID');
      await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', kiosk.token).expect(201); // other devices keep working

      const again = await t.http().post(`${DEVICES}/${pad.id}/pairing-code`).set(bearer(admin)).expect(201);
      const repaired = await pair(t, again.body.pairingCode).expect(201);
      await t.http().get('/api/v1/halls/TC/windows/1/pending-evaluation').set(bearer(repaired.body.deviceToken)).expect(204);
      expect((await list()).find((d) => d.id === pad.id)?.status).toBe('paired');
      expect((await t.http().delete(`${DEVICES}/999`).set(bearer(admin)).expect(404)).body.code).toBe('DEVICE_NOT_FOUND');
      await t.http().delete(`${DEVICES}/abc`).set(bearer(admin)).expect(400);
    });
  });

  describe('device tokens carry only their kind’s rights', () => {
    it('are refused on every staff endpoint (403), and never sign a staff socket in', async () => {
      const kiosk = await pairedDevice(t, 'kiosk');
      const pad = await pairedDevice(t, 'pad', 1);
      for (const token of [kiosk.token, pad.token]) {
        for (const [method, path] of [
          ['get', '/api/v1/auth/me'], ['get', '/api/v1/users'], ['get', DEVICES], ['post', DEVICES], ['get', '/api/v1/cases'],
          ['post', '/api/v1/halls/TC/windows/1/open'], ['get', '/api/v1/halls/TC/windows/1'], ['post', '/api/v1/auth/logout'], ['get', '/api/v1/rectifications'],
        ] as const) {
          const res = await t.http()[method](path).set(bearer(token)).send({});
          expect([path, res.status, res.body.code]).toEqual([path, 403, 'DEVICE_FORBIDDEN']);
        }
      }
      const socket = await connect(t.url, kiosk.token);
      sockets.push(socket);
      expect((await subscribe(socket, { department: 'GG' })).ok).toBe(false);
      // public reads stay public with a device token
      await t.http().get('/api/v1/halls/TC/board').set(bearer(kiosk.token)).expect(200);
      // a forged or unknown device token
      expect((await issue(t, { queueCode: 'A' }, 'TC', `owd.${kiosk.id}.${'A'.repeat(43)}`).expect(401)).body.code).toBe('DEVICE_TOKEN_INVALID');
    });
  });

  describe('tickets: 绿色通道 needs a paired kiosk or staff', () => {
    it('anonymous normal → 201; anonymous priority → 403 PRIORITY_NEEDS_DEVICE, nothing issued', async () => {
      await issue(t, { queueCode: 'A' }).expect(201);
      expect((await issue(t, { queueCode: 'A', priority: 'priority' }).expect(403)).body.code).toBe('PRIORITY_NEEDS_DEVICE');
      expect(await countRows(t, 'tickets')).toBe(1);
    });

    it('a paired kiosk of the hall and signed-in staff issue priority; a pad or another hall’s kiosk may not', async () => {
      const kiosk = await pairedDevice(t, 'kiosk');
      const pad = await pairedDevice(t, 'pad', 1);
      expect((await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', kiosk.token).expect(201)).body.priority).toBe('priority');
      expect((await issue(t, { queueCode: 'B', priority: 'priority' }, 'TC', await t.login('clerk1')).expect(201)).body.priority).toBe('priority');
      expect((await issue(t, { queueCode: 'A' }, 'TC', pad.token).expect(403)).body.code).toBe('DEVICE_FORBIDDEN');

      await t.http().post('/api/v1/halls').set(bearer(admin)).send({ code: 'XH', name: '西湖社区服务站', kind: 'point', parentHall: 'TC' }).expect(201);
      await t.http().post('/api/v1/halls/XH/queues').set(bearer(admin)).send({ code: 'A', name: '综合' }).expect(201);
      expect((await issue(t, { queueCode: 'A' }, 'XH', kiosk.token).expect(403)).body.code).toBe('DEVICE_WRONG_PLACE');
      const xhKiosk = await pairedDevice(t, 'kiosk', undefined, 'XH');
      expect((await issue(t, { queueCode: 'A', priority: 'priority' }, 'XH', xhKiosk.token).expect(201)).body.number).toBe('A001');
      expect(await countRows(t, 'tickets')).toBe(3);
    });

    it('a bad staff token on the kiosk route is a 401, not an anonymous ticket', async () => {
      expect((await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', 'not-a-token').expect(401)).body.code).toBe('INVALID_TOKEN');
      expect(await countRows(t, 'tickets')).toBe(0);
    });
  });

  describe('the demo index page (SEED=demo only)', () => {
    it('offers a current pairing link per demo device that pairs in one go, reused until used', async () => {
      // Handlebars writes `=` in an attribute as &#x3D;
      const linksOf = (html: string) => [...html.matchAll(/href="(\/(?:kiosk|pad)\/TC(?:\/\d)?)\?pair(?:=|&#x3D;)([A-Z0-9]{8})"/g)].map((m) => ({ page: m[1], code: m[2] }));
      const links = linksOf((await t.http().get('/').expect(200)).text);
      expect(links.map((l) => l.page)).toEqual(['/kiosk/TC', '/pad/TC/1', '/pad/TC/2', '/pad/TC/3', '/pad/TC/4', '/pad/TC/5', '/pad/TC/6']);
      expect(linksOf((await t.http().get('/').expect(200)).text)).toEqual(links); // the same codes while unused
      const paired = await pair(t, links[1].code).expect(201);
      expect(paired.body.device).toMatchObject({ hall: 'TC', kind: 'pad', windowNumber: 1 });
      const after = linksOf((await t.http().get('/').expect(200)).text);
      expect(after[1].page).toBe('/pad/TC/1');
      expect(after[1].code).not.toBe(links[1].code); // used: a fresh code is offered
      expect(after[0]).toEqual(links[0]);
      const kiosk = await pair(t, after[0].code).expect(201);
      expect(kiosk.body.device).toMatchObject({ kind: 'kiosk', windowNumber: null });
    });

    it('never offers codes outside demo mode', async () => {
      await t.close();
      t = await createTestApp({ SEED: 'none', ADMIN_PASSWORD: 'a-long-secret' });
      admin = await t.login('admin', 'a-long-secret');
      await t.http().post('/api/v1/halls').set(bearer(admin)).send({ code: 'TC', name: '桐城', kind: 'centre' }).expect(201);
      await createDevice(t, admin, { hall: 'TC', kind: 'kiosk', name: '取号机' }).expect(201);
      const page = await t.http().get('/').expect(200);
      expect(page.text).toContain('/kiosk/TC');
      expect(page.text).not.toContain('pair=');
      expect(page.text).not.toContain('一键配对');
    });
  });

  describe('audit (留痕)', () => {
    it('logs creating, a new code and revoking as admin changes, never a code or token; demo codes are not logged', async () => {
      const kiosk = await createDevice(t, admin, { hall: 'TC', kind: 'kiosk', name: '大厅取号机二' }).expect(201);
      await t.http().post(`${DEVICES}/${kiosk.body.id}/pairing-code`).set(bearer(admin)).expect(201);
      await t.http().delete(`${DEVICES}/${kiosk.body.id}`).set(bearer(admin)).expect(200);
      await t.http().get('/').expect(200); // the demo index issues codes for the demo devices
      const log = await t.http().get(`/api/v1/audit?kind=admin&subjectType=device`).set(bearer(admin)).expect(200);
      expect(log.body.map((e: { action: string; subjectId: string }) => [e.action, e.subjectId])).toEqual([
        ['device.revoke', String(kiosk.body.id)], ['device.pairing-code', String(kiosk.body.id)], ['device.create', String(kiosk.body.id)],
      ]);
      expect(log.body[2].detail.after).toMatchObject({ hall: 'TC', kind: 'kiosk', name: '大厅取号机二' });
      expect(log.body[0].detail.after).toHaveProperty('revokedAt');
      const text = JSON.stringify(log.body);
      expect(text).not.toContain(kiosk.body.pairingCode);
      expect(text).not.toMatch(/hash|token/i);
    });
  });
});
