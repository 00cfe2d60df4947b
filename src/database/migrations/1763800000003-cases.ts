import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { TableOptions } from 'typeorm/schema-builder/options/TableOptions';
import { col } from './table-helpers';

/** Cases (办件) with their materials, department tasks, trail, special procedures, extensions and daily serials. */
export class Cases1763800000003 implements MigrationInterface {
  name = 'Cases1763800000003';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'cases',
      columns: [
        col.id(), col.str('caseNumber', 24, { isUnique: true }), col.str('queryCode', 8), col.str('hallCode', 16),
        col.int('ticketId', { isNullable: true }), col.str('itemCode', 16), col.str('itemName', 64), col.str('kind', 16), col.str('status', 24),
        col.str('applicantName', 32), col.str('applicantIdNumber', 32), col.str('applicantPhone', 32),
        col.str('agentType', 16, { isNullable: true }), col.str('agentName', 32, { isNullable: true }),
        col.str('agentIdNumber', 32, { isNullable: true }), col.str('agentPhone', 32, { isNullable: true }),
        col.int('promisedValue'), col.str('promisedUnit', 16), col.int('statutoryValue'), col.str('statutoryUnit', 16),
        col.ms('receivedAt'), col.ms('acceptedAt', { isNullable: true }),
        col.int('extensionDays', { default: 0 }), col.int('pausedWorkingDays', { default: 0 }), col.ms('pausedMs', { default: 0 }),
        col.str('dueDate', 10, { isNullable: true }), col.str('statutoryDueDate', 10, { isNullable: true }),
        col.ms('dueAt', { isNullable: true }), col.ms('statutoryDueAt', { isNullable: true }), col.str('supplyDueDate', 10, { isNullable: true }),
        col.str('warningLevel', 16, { isNullable: true }), col.bool('supervised', false), col.ms('nextCheckAt', { isNullable: true }),
        col.ms('decidedAt', { isNullable: true }), col.str('decisionReason', 512, { isNullable: true }),
        col.str('deliveryMethod', 16, { isNullable: true }), col.str('trackingNo', 64, { isNullable: true }), col.ms('deliveredAt', { isNullable: true }),
        col.str('reason', 512, { isNullable: true }), col.int('createdBy'), col.ms('updatedAt'),
      ],
      foreignKeys: [
        { columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] },
        { columnNames: ['itemCode'], referencedTableName: 'service_items', referencedColumnNames: ['code'] },
        { columnNames: ['ticketId'], referencedTableName: 'tickets', referencedColumnNames: ['id'] },
        { columnNames: ['createdBy'], referencedTableName: 'users', referencedColumnNames: ['id'] },
      ],
    }));
    await q.createIndex('cases', new TableIndex({ name: 'idx_cases_status_due', columnNames: ['status', 'dueDate'] }));
    // the sweep reads only the rows whose check time has come; nextCheckAt is null once a case stops running
    await q.createIndex('cases', new TableIndex({ name: 'idx_cases_next_check', columnNames: ['nextCheckAt'] }));
    const child = (name: string, columns: TableColumnOptions[], extra: Partial<TableOptions> = {}) =>
      new Table({ name, columns, foreignKeys: [{ columnNames: ['caseId'], referencedTableName: 'cases', referencedColumnNames: ['id'] }], ...extra });
    await q.createTable(child('case_materials', [
      col.id(), col.int('caseId'), col.str('code', 32), col.str('name', 128), { name: 'required', type: 'boolean' }, { name: 'deferrable', type: 'boolean' },
      col.str('status', 16), col.ms('suppliedAt', { isNullable: true }), col.int('sortOrder', { default: 0 }),
    ], { uniques: [{ columnNames: ['caseId', 'code'] }] }));
    await q.createTable(child('case_tasks', [
      col.id(), col.int('caseId'), col.str('departmentCode', 16), col.str('status', 16), col.int('assigneeId', { isNullable: true }),
      col.str('outcome', 16, { isNullable: true }), col.str('reason', 512, { isNullable: true }), col.ms('dispatchedAt'),
      col.ms('claimedAt', { isNullable: true }), col.ms('doneAt', { isNullable: true }),
    ]));
    await q.createIndex('case_tasks', new TableIndex({ name: 'idx_case_tasks_department', columnNames: ['departmentCode', 'status'] }));
    await q.createIndex('case_tasks', new TableIndex({ name: 'idx_case_tasks_case', columnNames: ['caseId'] }));
    await q.createTable(child('case_events', [
      col.id(), col.int('caseId'), col.str('action', 32), col.str('fromStatus', 24, { isNullable: true }), col.str('toStatus', 24),
      col.int('actorId', { isNullable: true }), col.str('actorName', 64, { isNullable: true }), col.str('departmentCode', 16, { isNullable: true }),
      col.ms('at'), col.str('reason', 512, { isNullable: true }), col.json('payload', { isNullable: true }),
    ]));
    await q.createIndex('case_events', new TableIndex({ name: 'idx_case_events_case', columnNames: ['caseId', 'id'] }));
    await q.createTable(child('case_suspensions', [
      col.id(), col.int('caseId'), col.str('type', 16), col.str('reason', 512), col.ms('startedAt'), col.ms('endedAt', { isNullable: true }),
      col.int('workingDays', { isNullable: true }), col.int('startedBy'),
    ]));
    await q.createTable(child('case_extensions', [
      col.id(), col.int('caseId'), col.str('departmentCode', 16), col.int('days'), col.str('reason', 512), col.str('status', 16),
      col.int('requestedBy'), col.ms('requestedAt'), col.int('decidedBy', { isNullable: true }), col.ms('decidedAt', { isNullable: true }),
      col.str('decisionReason', 512, { isNullable: true }),
    ]));
    await q.createTable(new Table({
      name: 'case_counters',
      columns: [col.str('hallCode', 16, { isPrimary: true }), col.str('businessDate', 10, { isPrimary: true }), col.int('lastSerial')],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['case_counters', 'case_extensions', 'case_suspensions', 'case_events', 'case_tasks', 'case_materials', 'cases']) await q.dropTable(t);
  }
}
