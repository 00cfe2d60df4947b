import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';
import { DEFAULT_REQUEST_CATEGORIES } from '../../requests/domain/request-categories';
import { col } from './table-helpers';

/**
 * 接诉即办: requests with their department tasks, trail and photos, the categories and their hours, the daily
 * request serials; ratings may now be of a request.
 */
export class Requests1764800000000 implements MigrationInterface {
  name = 'Requests1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'request_categories',
      columns: [
        col.str('code', 16, { isPrimary: true }), col.str('name', 64), col.str('departmentCode', 16),
        col.int('responseMinutes'), col.int('handleMinutes'), col.int('sortOrder', { default: 0 }), col.bool('active', true),
      ],
    }));
    // every centre starts with DOMAIN.md's categories; admins change them
    await q.manager.insert('request_categories', DEFAULT_REQUEST_CATEGORIES.map((c, i) => ({
      code: c.code, name: c.name, departmentCode: c.departmentCode, responseMinutes: c.responseHours * 60, handleMinutes: c.handleHours * 60, sortOrder: i + 1, active: true,
    })));
    await q.createTable(new Table({
      name: 'requests',
      columns: [
        col.id(), col.str('requestNumber', 24, { isUnique: true }), col.str('queryCode', 8), col.str('hallCode', 16),
        col.str('categoryCode', 16), col.str('categoryName', 64), col.str('source', 16), col.str('hotlineRef', 64, { isNullable: true }),
        col.str('description', 500), col.str('location', 120, { isNullable: true }), col.str('phone', 32), col.str('name', 32, { isNullable: true }),
        col.str('status', 16), col.str('level', 8, { isNullable: true }), col.ms('nextCheckAt', { isNullable: true }),
        col.ms('reportedAt'), col.ms('respondBy'), col.ms('dueAt'), col.ms('dispatchedAt', { isNullable: true }),
        col.ms('repliedAt', { isNullable: true }), col.ms('closedAt', { isNullable: true }), col.int('createdBy', { isNullable: true }),
        { name: 'revisitSatisfied', type: 'boolean', isNullable: true }, col.str('revisitNote', 500, { isNullable: true }),
        col.ms('revisitAt', { isNullable: true }), col.str('revisitBy', 64, { isNullable: true }), col.ms('updatedAt'),
      ],
      foreignKeys: [
        { columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] },
        { columnNames: ['createdBy'], referencedTableName: 'users', referencedColumnNames: ['id'] },
      ],
    }));
    await q.createIndex('requests', new TableIndex({ name: 'idx_requests_status', columnNames: ['status', 'reportedAt'] }));
    await q.createIndex('requests', new TableIndex({ name: 'idx_requests_hall_reported', columnNames: ['hallCode', 'reportedAt'] }));
    // the hour sweep reads only the rows whose light can change now; null once replied or closed
    await q.createIndex('requests', new TableIndex({ name: 'idx_requests_next_check', columnNames: ['nextCheckAt'] }));
    const child = (name: string, columns: TableColumnOptions[]) =>
      new Table({ name, columns, foreignKeys: [{ columnNames: ['requestId'], referencedTableName: 'requests', referencedColumnNames: ['id'] }] });
    await q.createTable(child('request_tasks', [
      col.id(), col.int('requestId'), col.str('departmentCode', 16), col.str('status', 16), col.int('assigneeId', { isNullable: true }),
      col.str('assigneeName', 64, { isNullable: true }), col.ms('dispatchedAt'), col.ms('claimedAt', { isNullable: true }),
      col.ms('repliedAt', { isNullable: true }), col.str('replyText', 1000, { isNullable: true }), col.str('returnReason', 500, { isNullable: true }),
    ]));
    await q.createIndex('request_tasks', new TableIndex({ name: 'idx_request_tasks_department', columnNames: ['departmentCode', 'status'] }));
    await q.createIndex('request_tasks', new TableIndex({ name: 'idx_request_tasks_request', columnNames: ['requestId'] }));
    await q.createTable(child('request_events', [
      col.id(), col.int('requestId'), col.str('action', 32), col.str('fromStatus', 16, { isNullable: true }), col.str('toStatus', 16),
      col.int('actorId', { isNullable: true }), col.str('actorName', 64, { isNullable: true }), col.str('departmentCode', 16, { isNullable: true }),
      col.ms('at'), col.str('reason', 1000, { isNullable: true }),
    ]));
    await q.createIndex('request_events', new TableIndex({ name: 'idx_request_events_request', columnNames: ['requestId', 'id'] }));
    await q.createTable(child('request_photos', [
      col.id(), col.int('requestId'), col.str('fileName', 80), col.str('contentType', 32), col.int('size'), col.ms('createdAt'),
    ]));
    await q.createIndex('request_photos', new TableIndex({ name: 'idx_request_photos_request', columnNames: ['requestId'] }));
    await q.createTable(new Table({
      name: 'request_counters',
      columns: [col.str('hallCode', 16, { isPrimary: true }), col.str('businessDate', 10, { isPrimary: true }), col.int('lastSerial')],
    }));
    await q.addColumn('evaluations', new TableColumn(col.int('requestId', { isNullable: true, isUnique: true })));
    await q.createForeignKey('evaluations', new TableForeignKey({ columnNames: ['requestId'], referencedTableName: 'requests', referencedColumnNames: ['id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    const evaluations = await q.getTable('evaluations');
    const fk = evaluations?.foreignKeys.find((k) => k.columnNames.includes('requestId'));
    if (fk) await q.dropForeignKey('evaluations', fk);
    await q.dropColumn('evaluations', 'requestId');
    for (const t of ['request_counters', 'request_photos', 'request_events', 'request_tasks', 'requests', 'request_categories']) await q.dropTable(t);
  }
}
