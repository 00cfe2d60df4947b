import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { Accounts1764000000000 } from './1764000000000-accounts';
import { MIGRATIONS } from './index';

/** An existing centre upgraded: its staff keep working (every hall), nobody is forced to change a password. */
describe('accounts migration on an existing database', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'onewindow-upgrade-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives existing accounts other than admin and supervisor every hall, version 0 and no forced change', async () => {
    const database = join(dir, 'upgrade.sqlite');
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(Accounts1764000000000));
    const old = await new DataSource({ type: 'sqlite', database, migrations: before }).initialize();
    await old.runMigrations({ transaction: 'each' });
    await old.query(`INSERT INTO halls (code, name, timeZone) VALUES ('TC', '桐城', 'Asia/Shanghai'), ('XY', '新苑', 'Asia/Shanghai')`);
    const users: Array<[string, string]> = [['admin', '["admin"]'], ['supervisor', '["supervisor"]'], ['clerk1', '["clerk"]'], ['head-gg', '["head","officer"]']];
    for (const [name, roles] of users) {
      await old.query(`INSERT INTO users (username, displayName, passwordHash, roles, departmentCodes, active, createdAt) VALUES (?, ?, 'x', ?, '[]', 1, 0)`, [name, name, roles]);
    }
    await old.destroy();

    const db = await new DataSource({ type: 'sqlite', database, migrations: MIGRATIONS }).initialize();
    await db.runMigrations({ transaction: 'each' });
    const rows: Array<{ username: string; hallCodes: string; mustChangePassword: number; tokenVersion: number }> =
      await db.query(`SELECT username, hallCodes, mustChangePassword, tokenVersion FROM users ORDER BY id`);
    await db.destroy();
    expect(rows.map((r) => [r.username, JSON.parse(r.hallCodes), r.mustChangePassword, r.tokenVersion])).toEqual([
      ['admin', [], 0, 0],
      ['supervisor', [], 0, 0],
      ['clerk1', ['TC', 'XY'], 0, 0],
      ['head-gg', ['TC', 'XY'], 0, 0],
    ]);
  });
});
