import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from './table-helpers';

/** Background jobs run on one instance at a time: the lease row says which, until when. */
export class JobLeases1764600000000 implements MigrationInterface {
  name = 'JobLeases1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'job_leases', columns: [col.str('name', 64, { isPrimary: true }), col.str('holder', 64), col.ms('expiresAt')] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('job_leases');
  }
}
