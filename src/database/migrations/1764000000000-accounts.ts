import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from './table-helpers';

/**
 * Accounts: the halls a staff member works in, a forced password change after an admin reset, and the
 * version every access token carries (raised to revoke all earlier tokens). Existing accounts other than
 * admin and supervisor get every existing hall, so an upgraded centre keeps working.
 */
export class Accounts1764000000000 implements MigrationInterface {
  name = 'Accounts1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('users', [
      new TableColumn(col.json('hallCodes', { default: `'[]'` })),
      new TableColumn(col.bool('mustChangePassword', false)),
      new TableColumn(col.int('tokenVersion', { default: 0 })),
    ]);
    const halls: Array<{ code: string }> = await q.query(`SELECT "code" FROM "halls" ORDER BY "code"`);
    const users: Array<{ id: number; roles: string }> = await q.query(`SELECT "id", "roles" FROM "users"`);
    const all = JSON.stringify(halls.map((h) => h.code));
    const pg = q.connection.options.type === 'postgres';
    for (const u of users) {
      const roles = JSON.parse(u.roles) as string[];
      if (roles.includes('admin') || roles.includes('supervisor')) continue;
      await q.query(`UPDATE "users" SET "hallCodes" = ${pg ? '$1' : '?'} WHERE "id" = ${pg ? '$2' : '?'}`, [all, u.id]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['tokenVersion', 'mustChangePassword', 'hallCodes']) await q.dropColumn('users', name);
  }
}
