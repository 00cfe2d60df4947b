import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/** The audit log (留痕): administrative changes with before/after, and reads of cases' full personal data. */
export class Audit1764200000001 implements MigrationInterface {
  name = 'Audit1764200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'audit_entries',
      columns: [
        col.id(), col.ms('at'), col.int('actorId'), col.str('actorName', 128), col.str('kind', 16), col.str('action', 48),
        col.str('subjectType', 16), col.str('subjectId', 64), col.json('detail', { isNullable: true }),
      ],
    }));
    await q.createIndex('audit_entries', new TableIndex({ name: 'idx_audit_entries_at', columnNames: ['at'] }));
    await q.createIndex('audit_entries', new TableIndex({ name: 'idx_audit_entries_kind_at', columnNames: ['kind', 'at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_entries');
  }
}
