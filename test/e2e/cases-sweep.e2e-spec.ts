import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { CaseSweep } from '../../src/cases/case-sweep.service';
import { acceptedJzz, caseAction, claimedJzz, getCase } from '../support/case-helpers';
import { connect, record, subscribe } from '../support/socket-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

const at = (local: string) => Date.parse(`${local}+08:00`);

describe('deadline sweep and supervision (e2e)', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeEach(async () => (t = await createTestApp()));
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await t.close();
  });
  const listen = async (username: string, body: Record<string, unknown>) => {
    const s = await connect(t.url, await t.login(username));
    sockets.push(s);
    expect((await subscribe(s, body)).ok).toBe(true);
    return record(s);
  };
  const sweep = async (local: string) => {
    t.clock.set(at(local));
    const result = await t.app.get(CaseSweep).sweep(t.clock.now());
    await new Promise((r) => setTimeout(r, 50)); // let the socket messages arrive
    return result;
  };

  it('moves a case green → yellow → red → red+ as the clock advances, announcing each change once', async () => {
    const c = await acceptedJzz(t); // 15 wd from Mon 2026-11-23: due 12-14 (yellow from 12-09), statutory 12-14
    const zl = await listen('officer-zl', { department: 'ZL' });
    const supervision = await listen('supervisor', { supervision: true });
    const warnings = () => zl.filter((e) => e.event === 'case.warning').map((e) => e.payload.level);

    expect(await sweep('2026-11-30T09:00:00')).toEqual({ checked: 0, changed: 0 }); // nothing due for a check
    expect(await sweep('2026-12-09T08:00:00')).toEqual({ checked: 1, changed: 1 });
    expect(await sweep('2026-12-09T09:00:00')).toEqual({ checked: 0, changed: 0 }); // already yellow: not looked at again today
    expect(await sweep('2026-12-15T08:00:00')).toEqual({ checked: 1, changed: 1 });
    expect(warnings()).toEqual(['yellow', 'red_plus']);
    expect(zl.find((e) => e.event === 'case.warning')!.payload).toMatchObject({ caseId: c.id, caseNumber: c.caseNumber, previous: 'green', level: 'yellow', department: 'ZL' });
    expect(supervision.filter((e) => e.event === 'case.warning').map((e) => [e.payload.level, e.payload.departments])).toEqual([['yellow', ['ZL']], ['red_plus', ['ZL']]]);
    const detail = await getCase(t, await t.login('supervisor'), c.id).expect(200);
    expect(detail.body).toMatchObject({ warning: 'red_plus', supervised: true });
  });

  it('shows red (not red+) between the promised and the statutory date', async () => {
    // LNYDZ: promised 5 wd, statutory 10 wd from Mon 11-23 → due 11-30, statutory 12-07
    const clerk = await t.login('clerk1');
    const res = await t.http().post('/api/v1/cases').set('Authorization', `Bearer ${clerk}`).send({
      hall: 'TC', serviceItemCode: 'LNYDZ', decision: 'accept',
      applicant: { name: '王老伯', idNumber: '11010519491231002X', phone: '13800138000' },
      materials: [{ code: 'ID', status: 'provided' }, { code: 'HUKOU', status: 'provided' }, { code: 'PHOTO', status: 'provided' }],
    }).expect(201);
    const gg = await listen('officer-gg', { department: 'GG' });
    await sweep('2026-11-30T08:00:00'); // yellow on the due day
    await sweep('2026-12-01T08:00:00');
    await sweep('2026-12-08T08:00:00');
    expect(gg.filter((e) => e.event === 'case.warning').map((e) => e.payload.level)).toEqual(['yellow', 'red', 'red_plus']);
    expect((await getCase(t, clerk, res.body.id)).body.warning).toBe('red_plus');
  });

  it('turns yellow when the department step runs over its step limit', async () => {
    const c = await claimedJzz(t); // ZL step 信息核查: 10 wd from 11-23 → over from 12-08
    const zl = await listen('officer-zl', { department: 'ZL' });
    await sweep('2026-12-07T12:00:00');
    expect(zl.filter((e) => e.event === 'case.warning')).toEqual([]);
    await sweep('2026-12-08T00:30:00');
    expect(zl.filter((e) => e.event === 'case.warning').map((e) => e.payload.level)).toEqual(['yellow']);
    expect((await getCase(t, await t.login('officer-zl'), c.id)).body.warning).toBe('yellow');
  });

  it('does not overwrite a change a clerk or officer made while it ran', async () => {
    const c = await claimedJzz(t);
    await caseAction(t, await t.login('officer-zl'), c.id, 'decide', { outcome: 'approved' }).expect(200);
    expect(await sweep('2026-12-15T08:00:00')).toEqual({ checked: 0, changed: 0 }); // decided: no longer clocked
    const [row] = await sql(t.app.get(DataSource), 'SELECT "warningLevel", "nextCheckAt" FROM cases WHERE "id" = ?', [c.id]);
    expect(row).toEqual({ warningLevel: null, nextCheckAt: null });
  });

  it('lets a supervisor add a supervision note that the department sees, and no one else may', async () => {
    const c = await claimedJzz(t);
    const zl = await listen('officer-zl', { department: 'ZL' });
    const res = await caseAction(t, await t.login('supervisor'), c.id, 'supervise', { note: '请于本周内办结并反馈', respondBy: '2026-11-27' }).expect(200);
    expect(res.body.supervised).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(zl.some((e) => e.event === 'case.updated' && e.payload.action === 'supervise')).toBe(true);
    const seen = await getCase(t, await t.login('officer-zl'), c.id).expect(200);
    expect(seen.body.events.at(-1)).toMatchObject({ action: 'supervise', reason: '请于本周内办结并反馈', actorName: '电子监察员' });
    await caseAction(t, await t.login('officer-zl'), c.id, 'supervise', { note: 'x' }).expect(403);
    await caseAction(t, await t.login('supervisor'), c.id, 'supervise', {}).expect(400);
    const pub = await t.http().get(`/api/v1/public/cases/${c.caseNumber}`).query({ code: c.queryCode }).expect(200);
    expect(JSON.stringify(pub.body)).not.toContain('请于本周内办结');
  });

  it('keeps the supervision room to supervisors', async () => {
    const s = await connect(t.url, await t.login('officer-zl'));
    sockets.push(s);
    expect((await subscribe(s, { supervision: true })).error.code).toBe('FORBIDDEN');
  });
});
