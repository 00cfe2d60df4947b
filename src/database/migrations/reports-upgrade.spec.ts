import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { Reports1765000000300 } from './1765000000300-reports';
import { MIGRATIONS } from './index';

/** An existing centre upgraded for the reports: past visits and their ratings learn their clerk from the trail. */
describe('reports migration on an existing database', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'onewindow-upgrade-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('backfills the clerk of finished and missed visits (the last closing in the trail) and of their ratings', async () => {
    const database = join(dir, 'upgrade.sqlite');
    const old = await new DataSource({ type: 'sqlite', database, migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(Reports1765000000300)) }).initialize();
    await old.runMigrations({ transaction: 'each' });
    await old.query(`INSERT INTO halls (code, name, timeZone) VALUES ('TC', '桐城', 'Asia/Shanghai')`);
    const tickets: Array<[number, string]> = [[1, 'done'], [2, 'no_show'], [3, 'waiting'], [4, 'done']];
    for (const [id, status] of tickets) {
      await old.query(
        `INSERT INTO tickets (id, hallCode, queueCode, businessDate, seqNo, number, status, statusToken, issuedAt, enqueuedAt, windowNumber)
         VALUES (?, 'TC', 'A', '2026-11-30', ?, ?, ?, 'tok', 0, 0, 1)`,
        [id, id, `A00${id}`, status],
      );
    }
    // ticket 1: called by 7, recalled and finished by 8 after a 'finish' by 9 was undone; ticket 2 missed by 7;
    // ticket 3 is only called; ticket 4 has no trail (imported): no clerk
    const events: Array<[number, string, number]> = [[1, 'call', 7], [1, 'finish', 9], [1, 'finish', 8], [2, 'no_show', 7], [3, 'call', 7]];
    for (const [ticket, action, actor] of events) {
      await old.query(`INSERT INTO queue_events (hallCode, subjectType, subjectId, action, toStatus, actorId, at) VALUES ('TC', 'ticket', ?, ?, 'x', ?, 0)`, [ticket, action, actor]);
    }
    await old.query(`INSERT INTO evaluations (hallCode, subjectType, ticketId, score, source, windowNumber, departmentCodes, createdAt) VALUES ('TC', 'ticket', 1, 5, 'resident', 1, '[]', 0), ('TC', 'ticket', 4, 2, 'resident', 1, '[]', 0)`);
    await old.destroy();

    const db = await new DataSource({ type: 'sqlite', database, migrations: MIGRATIONS }).initialize();
    await db.runMigrations({ transaction: 'each' });
    const visits = await db.query(`SELECT id, servedBy FROM tickets ORDER BY id`);
    const ratings = await db.query(`SELECT ticketId, servedBy FROM evaluations ORDER BY ticketId`);
    await db.destroy();
    expect(visits).toEqual([{ id: 1, servedBy: 8 }, { id: 2, servedBy: 7 }, { id: 3, servedBy: null }, { id: 4, servedBy: null }]);
    expect(ratings).toEqual([{ ticketId: 1, servedBy: 8 }, { ticketId: 4, servedBy: null }]);
  });
});
