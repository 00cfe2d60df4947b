import type { Socket } from 'socket.io-client';
import { RequestSweep } from '../../src/requests/request-sweep.service';
import { getRequest, listRequests, publicRequest, report, requestAction, solidPng } from '../support/request-helpers';
import { connect, nextEvent, record, subscribe } from '../support/socket-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const at = (local: string) => Date.parse(`${local}+08:00`);

describe('接诉即办: a resident request from the phone to the reply (e2e)', () => {
  let t: TestApp;
  let dispatchRoom: Socket;
  let zlRoom: Socket;
  let dispatcher: string;
  beforeAll(async () => {
    t = await createTestApp();
    dispatcher = await t.login('dispatcher');
    dispatchRoom = await connect(t.url, dispatcher);
    expect(await subscribe(dispatchRoom, { dispatch: true })).toEqual({ ok: true, dispatch: true });
    zlRoom = await connect(t.url, await t.login('officer-zl'));
    expect(await subscribe(zlRoom, { department: 'ZL' })).toEqual({ ok: true, department: 'ZL' });
  });
  afterAll(async () => {
    dispatchRoom.disconnect();
    zlRoom.disconnect();
    await t.close();
  });

  it('lists the categories with their hours, the SQ item among them', async () => {
    const { body } = await t.http().get('/api/v1/requests/categories').expect(200);
    expect(body[0]).toEqual({ code: 'AQ', name: '安全隐患', departmentCode: 'XC', responseHours: 1, handleHours: 2, active: true });
    expect(body.map((c: { code: string }) => c.code)).toEqual(['AQ', 'SZ', 'HW', 'ZY', 'LL', 'WY', 'SQ', 'QT']);
  });

  it('report → dispatcher hears it live → dispatch to two departments → both reply → the resident reads the replies', async () => {
    const heard = nextEvent(dispatchRoom, 'request.reported');
    const created = await report(t, { categoryCode: 'SZ', name: '王小明' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number), requestNumber: 'STC202611230001', queryCode: expect.stringMatching(/^[A-Z2-9]{6}$/), status: 'reported',
      reportedAt: '2026-11-23T09:30:00+08:00', respondBy: '2026-11-23T11:30:00+08:00', dueAt: '2026-11-24T09:30:00+08:00',
    });
    const { id, requestNumber, queryCode } = created.body;
    expect(await heard).toEqual({ requestId: id, requestNumber, categoryCode: 'SZ', status: 'reported', level: 'green' });

    // the board's list masks the phone; the detail shows it to the dispatcher, who calls back
    const list = await listRequests(t, dispatcher, { status: 'reported,returned' }).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id, phone: '139****9000', status: 'reported', level: 'green', departmentCodes: [] })]);
    expect(JSON.stringify(list.body)).not.toContain('王小明');
    const detail = await getRequest(t, dispatcher, id).expect(200);
    expect(detail.body).toMatchObject({ phone: '13900009000', name: '王小明', actions: ['dispatch'], tasks: [] });

    // 街道吹哨、部门报到: two departments at once
    const assigned = nextEvent(zlRoom, 'request.assigned');
    const dispatched = await requestAction(t, dispatcher, id, 'dispatch', { departmentCodes: ['ZL', 'FZ'] }).expect(200);
    expect(dispatched.body).toMatchObject({ status: 'dispatched', departmentCodes: ['ZL', 'FZ'], actions: [] });
    expect(await assigned).toEqual({ requestId: id, requestNumber, categoryCode: 'SZ', status: 'dispatched', level: 'green', department: 'ZL' });

    const zl = await t.login('officer-zl');
    const fz = await t.login('officer-fz');
    expect((await getRequest(t, zl, id).expect(200)).body.actions).toEqual(['claim', 'reply', 'return']);
    t.clock.advance(30 * 60_000);
    await requestAction(t, zl, id, 'claim').expect(200);
    const first = await requestAction(t, zl, id, 'reply', { text: '已安排社区核实，协调物业维修。' }).expect(200);
    expect(first.body).toMatchObject({ status: 'in_progress', tasks: [{ departmentCode: 'ZL', status: 'replied' }, { departmentCode: 'FZ', status: 'dispatched' }] });
    t.clock.advance(60 * 60_000);
    // FZ answers without claiming first: the reply claims on the way, and completes the request
    const second = await requestAction(t, fz, id, 'reply', { text: '路灯已于今日 11:00 修复。' }).expect(200);
    expect(second.body).toMatchObject({ status: 'replied', level: null, repliedAt: '2026-11-23T11:00:00+08:00' });
    await requestAction(t, fz, id, 'reply', { text: '再答一次' }).expect(409); // answered once: FZ still reads it, but can't answer again

    const page = await publicRequest(t, requestNumber, queryCode).expect(200);
    expect(page.body).toMatchObject({
      requestNumber, categoryName: '市政设施（路灯、井盖）', status: 'replied', statusText: '已答复', canRate: true,
      replies: [
        { departmentName: '社会治理办公室', text: '已安排社区核实，协调物业维修。', at: '2026-11-23T10:00:00+08:00' },
        { departmentName: '区域发展办公室', text: '路灯已于今日 11:00 修复。', at: '2026-11-23T11:00:00+08:00' },
      ],
    });
    expect(page.body.timeline.map((l: { text: string }) => l.text)).toEqual([
      '诉求已登记', '已派至社会治理办公室', '已派至区域发展办公室', '社会治理办公室已接单', '社会治理办公室已答复', '区域发展办公室已接单', '区域发展办公室已答复',
    ]);
    expect(JSON.stringify(page.body)).not.toMatch(/13900009000|王小明|139\*/);
    await publicRequest(t, requestNumber, 'WRONG1').expect(404);

    // the notice to the resident is in the outbox, committed with the last reply (the admin sees it masked)
    const notices = await t.http().get('/api/v1/notifications').query({ kind: 'request_replied' }).set(bearer(await t.login('admin'))).expect(200);
    expect(notices.body).toEqual([expect.objectContaining({
      kind: 'request_replied', to: '139****9000', status: expect.stringMatching(/^(pending|sent)$/),
      text: expect.stringContaining(`您反映的诉求 ${requestNumber} 已有答复，查询码 ******`),
    })]);
    expect(JSON.stringify(notices.body)).not.toContain(queryCode);

    // 回访 and close by the dispatcher
    await requestAction(t, dispatcher, id, 'revisit', { satisfied: true, note: '居民表示满意' }).expect(200);
    const closed = await requestAction(t, dispatcher, id, 'close').expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', revisit: { satisfied: true, note: '居民表示满意', actorName: '指挥调度员' } });
  });

  it('the resident rates the answer once (好差评); a bad review opens a rectification for the department that answered', async () => {
    const { body } = await report(t, { categoryCode: 'WY', description: '电梯故障' }).expect(201);
    const rate = (score: number, code = body.queryCode) => t.http().post('/api/v1/evaluations').send({ requestNumber: body.requestNumber, code, score, comment: '一直没人来修' });
    expect((await rate(1).expect(409)).body.code).toBe('NOT_RATEABLE'); // not answered yet
    await requestAction(t, dispatcher, body.id, 'dispatch', { departmentCodes: ['ZL'] }).expect(200);
    await requestAction(t, await t.login('officer-zl'), body.id, 'reply', { text: '已联系物业。' }).expect(200);
    expect((await rate(1, 'WRONG1').expect(404)).body.code).toBe('REQUEST_NOT_FOUND');
    const rated = await rate(1).expect(201);
    expect(rated.body).toMatchObject({ score: 1 });
    expect((await rate(5).expect(409)).body.code).toBe('ALREADY_RATED');
    expect((await publicRequest(t, body.requestNumber, body.queryCode).expect(200)).body.canRate).toBe(false);
    const tasks = await t.http().get('/api/v1/rectifications').set(bearer(await t.login('head-zl'))).expect(200);
    expect(tasks.body).toEqual(expect.arrayContaining([expect.objectContaining({ departmentCode: 'ZL', evaluation: expect.objectContaining({ subjectType: 'request', reference: body.requestNumber, itemName: '物业管理' }) })]));
  });

  it('a department it was not sent to neither sees nor acts on it; return and re-dispatch', async () => {
    const { body } = await report(t, { categoryCode: 'ZY', description: '夜间施工噪音' }).expect(201);
    await requestAction(t, dispatcher, body.id, 'dispatch', { departmentCodes: ['XC'] }).expect(200);
    const gg = await t.login('officer-gg');
    await getRequest(t, gg, body.id).expect(403);
    await requestAction(t, gg, body.id, 'claim').expect(403);
    expect((await listRequests(t, gg).expect(200)).body.map((r: { id: number }) => r.id)).not.toContain(body.id);

    const xc = await t.login('officer-xc');
    expect((await listRequests(t, xc, { department: 'XC' }).expect(200)).body.map((r: { id: number }) => r.id)).toEqual([body.id]);
    const returned = await requestAction(t, xc, body.id, 'return', { reason: '属于工地审批事项，非巡查大队职责' });
    expect(returned.body).toMatchObject({ status: 'returned' });
    expect(returned.body.status).toBe('returned');
    await getRequest(t, xc, body.id).expect(403); // returned: no longer XC's
    const again = await getRequest(t, dispatcher, body.id).expect(200);
    expect(again.body).toMatchObject({ actions: ['dispatch'], tasks: [{ departmentCode: 'XC', status: 'returned', returnReason: '属于工地审批事项，非巡查大队职责' }] });
    const redispatched = await requestAction(t, dispatcher, body.id, 'dispatch', { departmentCodes: ['FZ'] }).expect(200);
    expect(redispatched.body).toMatchObject({ status: 'dispatched', departmentCodes: ['FZ'] });
    const row = (await listRequests(t, dispatcher).expect(200)).body.find((r: { id: number }) => r.id === body.id);
    expect(row).toMatchObject({ returnReason: '属于工地审批事项，非巡查大队职责', taskStatuses: [{ departmentCode: 'XC', status: 'returned' }, { departmentCode: 'FZ', status: 'dispatched' }] });
    await requestAction(t, dispatcher, body.id, 'close').expect(409); // not replied yet
    await requestAction(t, await t.login('clerk1'), body.id, 'dispatch', { departmentCodes: ['ZL'] }).expect(403);
  });

  it('refuses bad reports with stable codes and keeps nothing', async () => {
    const before = (await listRequests(t, dispatcher).expect(200)).body.length;
    expect((await report(t, { categoryCode: 'NOPE' }).expect(422)).body.code).toBe('UNKNOWN_CATEGORY');
    expect((await report(t, { phone: '12345' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await report(t, { description: '   ' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await report(t, { hall: 'XX' }).expect(404)).body.code).toBe('HALL_NOT_FOUND');
    expect((await report(t, { source: 'hotline', hotlineRef: '12345-1' }).expect(403)).body.code).toBe('SOURCE_FORBIDDEN');
    expect((await report(t, { source: 'grid' }).expect(403)).body.code).toBe('SOURCE_FORBIDDEN');
    expect((await report(t, { source: 'hotline' }, dispatcher).expect(422)).body.code).toBe('HOTLINE_REF_REQUIRED');
    const fresh = (await report(t).expect(201)).body.id;
    expect((await requestAction(t, dispatcher, fresh, 'dispatch', { departmentCodes: ['NOPE'] }).expect(422)).body.code).toBe('UNKNOWN_DEPARTMENT');
    expect((await getRequest(t, dispatcher, fresh).expect(200)).body).toMatchObject({ status: 'reported', tasks: [] });
    await requestAction(t, dispatcher, 999999, 'close').expect(404);
    expect((await listRequests(t, dispatcher).expect(200)).body.length).toBe(before + 1); // only the good one
  });

  it('a hotline transfer at the console and a grid worker\'s event carry their source; the grid worker sees their own', async () => {
    const hotline = await report(t, { source: 'hotline', hotlineRef: '12345-20261123-0042', categoryCode: 'HW' }, dispatcher).expect(201);
    expect((await getRequest(t, dispatcher, hotline.body.id).expect(200)).body).toMatchObject({ source: 'hotline', hotlineRef: '12345-20261123-0042' });
    const grid = await t.login('grid1');
    const event = await report(t, { source: 'grid', categoryCode: 'AQ', description: '井盖破损' }, grid).expect(201);
    const mine = await listRequests(t, grid, { mine: 'true' }).expect(200);
    expect(mine.body.map((r: { id: number; source: string }) => [r.id, r.source])).toEqual([[event.body.id, 'grid']]);
    await getRequest(t, grid, hotline.body.id).expect(403);
  });

  it('photos: real images only, up to 3 of 5 MB, shown only to the dispatcher and the departments it was sent to', async () => {
    const png = solidPng();
    const upload = () => t.http().post('/api/v1/requests')
      .field('hall', 'TC').field('categoryCode', 'HW').field('description', '垃圾堆放在楼道').field('phone', '13900009001');
    const created = await upload().attach('photos', png, { filename: 'a.png', contentType: 'image/png' }).attach('photos', png, 'b.png').expect(201);
    const detail = await getRequest(t, dispatcher, created.body.id).expect(200);
    expect(detail.body.photos).toEqual([
      { id: expect.any(Number), url: expect.stringMatching(/^\/api\/v1\/requests\/\d+\/photos\/\d+$/), contentType: 'image/png', size: png.length },
      expect.objectContaining({ contentType: 'image/png' }),
    ]);
    const photo = await t.http().get(detail.body.photos[0].url).set(bearer(dispatcher)).expect(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(photo.body as Buffer, png)).toBe(0);
    await t.http().get(detail.body.photos[0].url).set(bearer(await t.login('officer-zl'))).expect(403); // not sent to ZL yet
    await t.http().get(detail.body.photos[0].url).expect(401);
    const clerk = await t.login('clerk1'); // reads the request (回访), but not the resident's photos
    expect((await getRequest(t, clerk, created.body.id).expect(200)).body).toMatchObject({ photoCount: 2, photos: [] });
    await t.http().get(detail.body.photos[0].url).set(bearer(clerk)).expect(403);
    await requestAction(t, dispatcher, created.body.id, 'dispatch', { departmentCodes: ['ZL'] }).expect(200);
    await t.http().get(detail.body.photos[0].url).set(bearer(await t.login('officer-zl'))).expect(200);

    const before = (await listRequests(t, dispatcher).expect(200)).body.length;
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    expect((await upload().attach('photos', html, { filename: 'evil.png', contentType: 'image/png' }).expect(422)).body.code).toBe('PHOTO_NOT_IMAGE');
    const four = upload();
    for (let i = 0; i < 4; i++) four.attach('photos', png, `p${i}.png`);
    expect((await four.expect(422)).body.code).toBe('TOO_MANY_PHOTOS');
    const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]);
    expect((await upload().attach('photos', big, 'big.png').expect(413)).body.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await listRequests(t, dispatcher).expect(200)).body.length).toBe(before);
  });

  it('two dispatchers clicking at once: one dispatch, one 409, one task', async () => {
    const { body } = await report(t).expect(201);
    const supervisor = await t.login('supervisor');
    const answers = await Promise.all([
      requestAction(t, dispatcher, body.id, 'dispatch', { departmentCodes: ['FZ'] }),
      requestAction(t, supervisor, body.id, 'dispatch', { departmentCodes: ['FZ'] }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await getRequest(t, dispatcher, body.id).expect(200)).body.tasks).toHaveLength(1);
  });
});

describe('接诉即办: hours on the clock, across midnight and holidays (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const sweep = () => t.app.get(RequestSweep).sweepOnce();

  it('a hazard reported at 23:30 is due by 01:30, turns yellow and red on the clock, and the rooms hear it', async () => {
    t.clock.set(at('2026-11-23T23:30:00'));
    const dispatcher = await t.login('dispatcher');
    const room = await connect(t.url, dispatcher);
    await subscribe(room, { dispatch: true });
    const heard = record(room);
    const { body } = await report(t, { categoryCode: 'AQ', description: '燃气管道异味' }).expect(201);
    expect(body).toMatchObject({ respondBy: '2026-11-24T00:30:00+08:00', dueAt: '2026-11-24T01:30:00+08:00' });

    t.clock.set(at('2026-11-24T00:17:59'));
    expect(await sweep()).toEqual({ checked: 0, changed: 0, closed: 0 }); // nothing due
    t.clock.set(at('2026-11-24T00:18:00')); // the last fifth (12 minutes) of the 1-hour response time
    expect(await sweep()).toMatchObject({ changed: 1 });
    expect((await getRequest(t, dispatcher, body.id).expect(200)).body.level).toBe('yellow');
    t.clock.set(at('2026-11-24T00:31:00')); // nobody dispatched it in time
    expect(await sweep()).toMatchObject({ changed: 1 });
    await new Promise((r) => setTimeout(r, 100));
    expect(heard.filter((e) => e.event === 'request.warning').map((e) => e.payload.level)).toEqual(['yellow', 'red']);

    // dispatched late: the handling time (till 01:30) is the light now; its last fifth began at 01:06
    await requestAction(t, dispatcher, body.id, 'dispatch', { departmentCodes: ['XC'] }).expect(200);
    expect((await getRequest(t, dispatcher, body.id).expect(200)).body.level).toBe('green');
    t.clock.set(at('2026-11-24T01:31:00'));
    await sweep();
    expect((await getRequest(t, dispatcher, body.id).expect(200)).body.level).toBe('red');
    room.disconnect();
  });

  it('counts hours straight through a public holiday (国庆) and a weekend', async () => {
    t.clock.set(at('2026-10-01T10:00:00'));
    const { body } = await report(t, { categoryCode: 'LL', description: '邻居漏水' }).expect(201);
    expect(body).toMatchObject({ respondBy: '2026-10-01T14:00:00+08:00', dueAt: '2026-10-04T10:00:00+08:00' });
  });

  it('a replied request closes by itself after 3 days without objection', async () => {
    t.clock.set(at('2026-11-25T09:00:00'));
    const dispatcher = await t.login('dispatcher');
    const { body } = await report(t, { categoryCode: 'HW' }).expect(201);
    await requestAction(t, dispatcher, body.id, 'dispatch', { departmentCodes: ['ZL'] }).expect(200);
    await requestAction(t, await t.login('officer-zl'), body.id, 'reply', { text: '已清运。' }).expect(200);
    t.clock.set(at('2026-11-28T08:59:00'));
    expect((await sweep()).closed).toBe(0);
    t.clock.set(at('2026-11-28T09:00:00'));
    expect((await sweep()).closed).toBe(1);
    const detail = await getRequest(t, dispatcher, body.id).expect(200);
    expect(detail.body).toMatchObject({ status: 'closed', closedAt: '2026-11-28T09:00:00+08:00' });
    expect(detail.body.trail.at(-1)).toMatchObject({ action: 'auto_close', text: '答复后 3 日无异议，已办结' });
  });

  it('figures: median and p90 hours to reply and the share within limit, by category and by department', async () => {
    const supervisor = await t.login('supervisor');
    const { body } = await t.http().get('/api/v1/requests/figures').query({ from: '2026-09-01', to: '2026-11-30', by: 'category' }).set(bearer(supervisor)).expect(200);
    const hw = body.find((f: { key: string }) => f.key === 'HW');
    expect(hw).toEqual({ key: 'HW', name: '环境卫生', count: 1, medianHoursToReply: 0, p90HoursToReply: 0, withinLimitShare: 1 });
    const byDepartment = await t.http().get('/api/v1/requests/figures').query({ from: '2026-09-01', to: '2026-11-30', by: 'department' }).set(bearer(supervisor)).expect(200);
    expect(byDepartment.body.map((f: { key: string }) => f.key).sort()).toEqual(['XC', 'ZL']);
    await t.http().get('/api/v1/requests/figures').query({ by: 'nope' }).set(bearer(supervisor)).expect(400);
    await t.http().get('/api/v1/requests/figures').set(bearer(await t.login('officer-zl'))).expect(403);
  });
});

describe('接诉即办: flooding from one address (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LIMIT_REQUESTS_PER_ADDRESS: '2', LIMIT_WRONG_CODES_PER_ADDRESS: '3' });
  });
  afterAll(() => t.close());

  it('anonymous filing is limited per address (429 with Retry-After, nothing stored); staff are not', async () => {
    await report(t).expect(201);
    await report(t).expect(201);
    const refused = await report(t).expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const dispatcher = await t.login('dispatcher');
    await report(t, { source: 'hotline', hotlineRef: 'RX-1' }, dispatcher).expect(201);
    expect((await listRequests(t, dispatcher).expect(200)).body).toHaveLength(3);
  });

  it('wrong query codes on the status page count, then even a right one waits', async () => {
    const { body } = await report(t, {}, await t.login('dispatcher')).expect(201);
    for (let i = 0; i < 3; i++) await publicRequest(t, body.requestNumber, `WRONG${i}`).expect(404);
    expect((await publicRequest(t, body.requestNumber, body.queryCode).expect(429)).body.code).toBe('RATE_LIMITED');
  });
});
