import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from './table-helpers';

/** The working-day calendar: loaded years and their exception days (holidays and make-up days). */
export class Calendar1763800000001 implements MigrationInterface {
  name = 'Calendar1763800000001';

  async up(q: QueryRunner): Promise<void> {
    const updatedBy = { columnNames: ['updatedBy'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' };
    await q.createTable(new Table({
      name: 'calendar_years',
      columns: [
        col.int('year', { isPrimary: true }), col.str('source', 16), col.ms('updatedAt'), col.int('updatedBy', { isNullable: true }),
      ],
      foreignKeys: [updatedBy],
    }));
    await q.createTable(new Table({
      name: 'calendar_days',
      columns: [
        col.str('date', 10, { isPrimary: true }), col.bool('isOffDay', false), col.str('name', 64), col.ms('updatedAt'),
        col.int('updatedBy', { isNullable: true }),
      ],
      foreignKeys: [updatedBy],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calendar_days');
    await q.dropTable('calendar_years');
  }
}
