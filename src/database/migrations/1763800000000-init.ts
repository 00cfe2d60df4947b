import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/** Accounts, the hall with its queues and windows, tickets with their numbering and event trail. */
export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'users',
      columns: [
        col.id(), col.str('username', 64, { isUnique: true }), col.str('displayName', 64), col.str('passwordHash', 100),
        col.json('roles'), col.json('departmentCodes'), col.bool('active', true), col.ms('createdAt'),
      ],
    }));
    await q.createTable(new Table({ name: 'departments', columns: [col.str('code', 16, { isPrimary: true }), col.str('name', 64)] }));
    await q.createTable(new Table({
      name: 'halls',
      columns: [col.str('code', 16, { isPrimary: true }), col.str('name', 128), col.str('timeZone', 64)],
    }));
    await q.createTable(new Table({
      name: 'service_queues',
      columns: [col.id(), col.str('hallCode', 16), col.str('code', 8), col.str('name', 64), col.int('sortOrder', { default: 0 })],
      uniques: [{ columnNames: ['hallCode', 'code'] }],
      foreignKeys: [{ columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] }],
    }));
    await q.createTable(new Table({
      name: 'hall_windows',
      columns: [
        col.id(), col.str('hallCode', 16), col.int('number'), col.str('name', 64), col.str('kind', 16), col.json('queueCodes'),
        col.str('status', 16, { default: "'closed'" }), col.int('operatorId', { isNullable: true }),
        col.int('currentTicketId', { isNullable: true }), col.int('priorityStreak', { default: 0 }), col.ms('updatedAt', { default: 0 }),
      ],
      uniques: [{ columnNames: ['hallCode', 'number'] }],
      foreignKeys: [
        { columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] },
        { columnNames: ['operatorId'], referencedTableName: 'users', referencedColumnNames: ['id'] },
      ],
    }));
    await q.createTable(new Table({
      name: 'tickets',
      columns: [
        col.id(), col.str('hallCode', 16), col.str('queueCode', 8), col.str('businessDate', 10), col.int('seqNo'),
        col.str('number', 12), col.bool('priority', false), col.str('status', 16), col.str('statusToken', 32),
        col.str('phone', 32, { isNullable: true }), col.ms('issuedAt'), col.ms('enqueuedAt'),
        col.ms('calledAt', { isNullable: true }), col.ms('startedAt', { isNullable: true }), col.ms('heldAt', { isNullable: true }),
        col.ms('finishedAt', { isNullable: true }),
        col.int('windowNumber', { isNullable: true }), col.int('recallCount', { default: 0 }),
        col.int('transferredFromId', { isNullable: true }),
      ],
      foreignKeys: [
        { columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] },
        { columnNames: ['transferredFromId'], referencedTableName: 'tickets', referencedColumnNames: ['id'] },
      ],
    }));
    await q.createIndex('tickets', new TableIndex({
      name: 'idx_tickets_waiting', columnNames: ['hallCode', 'businessDate', 'status', 'queueCode', 'priority', 'enqueuedAt'],
    }));
    await q.createIndex('tickets', new TableIndex({ name: 'idx_tickets_finished', columnNames: ['hallCode', 'queueCode', 'finishedAt'] }));
    await q.createIndex('tickets', new TableIndex({ name: 'idx_tickets_called', columnNames: ['hallCode', 'businessDate', 'calledAt'] }));
    await q.createIndex('tickets', new TableIndex({ name: 'idx_tickets_transferred_from', columnNames: ['transferredFromId'] }));
    await q.createTable(new Table({
      name: 'ticket_counters',
      columns: [
        col.str('hallCode', 16, { isPrimary: true }), col.str('queueCode', 8, { isPrimary: true }),
        col.str('businessDate', 10, { isPrimary: true }), col.int('lastNumber'),
      ],
    }));
    await q.createTable(new Table({
      name: 'queue_events',
      columns: [
        col.id(), col.str('hallCode', 16), col.str('subjectType', 8), col.int('subjectId'), col.str('action', 16),
        col.str('fromStatus', 16, { isNullable: true }), col.str('toStatus', 16), col.int('actorId', { isNullable: true }),
        col.ms('at'), col.json('payload', { isNullable: true }),
      ],
    }));
    await q.createIndex('queue_events', new TableIndex({ name: 'idx_queue_events_subject', columnNames: ['subjectType', 'subjectId'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['queue_events', 'ticket_counters', 'tickets', 'hall_windows', 'service_queues', 'halls', 'departments', 'users']) {
      await q.dropTable(t);
    }
  }
}
