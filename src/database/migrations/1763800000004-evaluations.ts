import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/** Ratings (好差评) of visits and cases, and the rectification tasks (差评整改) bad ones open, with their trail. */
export class Evaluations1763800000004 implements MigrationInterface {
  name = 'Evaluations1763800000004';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'evaluations',
      columns: [
        col.id(), col.str('hallCode', 16), col.str('subjectType', 8),
        col.int('ticketId', { isNullable: true, isUnique: true }), col.int('caseId', { isNullable: true, isUnique: true }),
        col.int('score'), col.str('comment', 500, { isNullable: true }), col.str('source', 16),
        col.int('windowNumber', { isNullable: true }), col.str('itemCode', 16, { isNullable: true }), col.json('departmentCodes'),
        col.ms('createdAt'),
      ],
      foreignKeys: [
        { columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] },
        { columnNames: ['ticketId'], referencedTableName: 'tickets', referencedColumnNames: ['id'] },
        { columnNames: ['caseId'], referencedTableName: 'cases', referencedColumnNames: ['id'] },
      ],
    }));
    // reports read ratings by hall and period, and bad reviews by score and period
    await q.createIndex('evaluations', new TableIndex({ name: 'idx_evaluations_hall_created', columnNames: ['hallCode', 'createdAt'] }));
    await q.createIndex('evaluations', new TableIndex({ name: 'idx_evaluations_score_created', columnNames: ['score', 'createdAt'] }));

    await q.createTable(new Table({
      name: 'rectifications',
      columns: [
        col.id(), col.int('evaluationId', { isUnique: true }), col.str('ownerType', 16), col.str('departmentCode', 16, { isNullable: true }),
        col.str('hallCode', 16), col.int('windowNumber', { isNullable: true }), col.str('status', 16), col.bool('appealed', false),
        col.str('dueDate', 10), col.ms('createdAt'), col.ms('updatedAt'), col.ms('closedAt', { isNullable: true }),
        col.str('result', 16, { isNullable: true }), col.str('resultNote', 500, { isNullable: true }),
        { name: 'revisitSatisfied', type: 'boolean', isNullable: true },
      ],
      foreignKeys: [
        { columnNames: ['evaluationId'], referencedTableName: 'evaluations', referencedColumnNames: ['id'] },
        { columnNames: ['departmentCode'], referencedTableName: 'departments', referencedColumnNames: ['code'] },
        { columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] },
      ],
    }));
    await q.createIndex('rectifications', new TableIndex({ name: 'idx_rectifications_status_due', columnNames: ['status', 'dueDate'] }));
    await q.createIndex('rectifications', new TableIndex({ name: 'idx_rectifications_department', columnNames: ['departmentCode', 'status'] }));
    await q.createIndex('rectifications', new TableIndex({ name: 'idx_rectifications_window', columnNames: ['hallCode', 'windowNumber', 'status'] }));

    await q.createTable(new Table({
      name: 'rectification_events',
      columns: [
        col.id(), col.int('rectificationId'), col.str('action', 16), col.str('fromStatus', 16, { isNullable: true }), col.str('toStatus', 16),
        col.int('actorId', { isNullable: true }), col.str('actorName', 64, { isNullable: true }), col.ms('at'),
        col.str('note', 500, { isNullable: true }), col.json('payload', { isNullable: true }),
      ],
      foreignKeys: [
        { columnNames: ['rectificationId'], referencedTableName: 'rectifications', referencedColumnNames: ['id'] },
        { columnNames: ['actorId'], referencedTableName: 'users', referencedColumnNames: ['id'] },
      ],
    }));
    await q.createIndex('rectification_events', new TableIndex({ name: 'idx_rectification_events_task', columnNames: ['rectificationId', 'id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['rectification_events', 'rectifications', 'evaluations']) await q.dropTable(t);
  }
}
