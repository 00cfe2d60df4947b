import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/** The notifications outbox: one row per message to a resident, unique per dedupe key. */
export class Notifications1764800000001 implements MigrationInterface {
  name = 'Notifications1764800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'notifications',
      columns: [
        col.id(), col.str('kind', 24), col.str('to', 32), { name: 'text', type: 'text' }, col.str('status', 16), col.int('attempts', { default: 0 }),
        col.ms('createdAt'), col.ms('sentAt', { isNullable: true }), col.ms('nextAttemptAt', { isNullable: true }), col.str('lastError', 500, { isNullable: true }),
        col.str('subjectType', 16), col.str('subjectId', 64), col.str('dedupeKey', 128, { isUnique: true }),
      ],
    }));
    await q.createIndex('notifications', new TableIndex({ name: 'idx_notifications_due', columnNames: ['status', 'nextAttemptAt'] }));
    await q.createIndex('notifications', new TableIndex({ name: 'idx_notifications_created', columnNames: ['createdAt'] }));
    await q.createIndex('notifications', new TableIndex({ name: 'idx_notifications_status_created', columnNames: ['status', 'createdAt'] }));
    await q.createIndex('notifications', new TableIndex({ name: 'idx_notifications_kind_created', columnNames: ['kind', 'createdAt'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notifications');
  }
}
