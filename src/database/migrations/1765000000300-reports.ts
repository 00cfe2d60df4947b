import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/**
 * 考核 reports: tickets remember the clerk who closed the visit (finished or no-show; before, only the trail knew),
 * backfilled from the trail, and one covering index answers the window × clerk report over a year from the index
 * alone. Cases keep the facts the department and item reports sum (working days taken, on time, the resident's
 * visits, filed by an agent), written by the case command runner as they happen; cases decided before this
 * migration keep them empty and are left out of those sums. A visit's rating keeps the clerk too (copied from the
 * ticket, backfilled), so the window × clerk ratings are an index scan without a join. The admins' ranking weights
 * get their table.
 */
export class Reports1765000000300 implements MigrationInterface {
  name = 'Reports1765000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('tickets', new TableColumn(col.int('servedBy', { isNullable: true })));
    await q.query(
      `UPDATE tickets SET "servedBy" = (SELECT e."actorId" FROM queue_events e WHERE e."subjectType" = 'ticket' AND e."subjectId" = tickets.id
         AND e.action IN ('finish', 'no_show') ORDER BY e.id DESC LIMIT 1)
       WHERE status IN ('done', 'no_show')`,
    );
    await q.createIndex('tickets', new TableIndex({
      name: 'idx_tickets_report',
      columnNames: ['hallCode', 'businessDate', 'status', 'windowNumber', 'servedBy', 'issuedAt', 'calledAt', 'startedAt', 'finishedAt'],
    }));
    await q.addColumns('cases', [
      new TableColumn(col.int('workingDaysTaken', { isNullable: true })),
      new TableColumn({ name: 'decidedOnTime', type: 'boolean', isNullable: true }),
      new TableColumn(col.int('visits', { default: 0 })),
      new TableColumn(col.bool('filedByAgent', false)),
    ]);
    await q.createIndex('cases', new TableIndex({ name: 'idx_cases_hall_received', columnNames: ['hallCode', 'receivedAt'] }));
    // a case's departments, answered from the index (the department report joins every decided case to them)
    await q.dropIndex('case_tasks', 'idx_case_tasks_case');
    await q.createIndex('case_tasks', new TableIndex({ name: 'idx_case_tasks_case_department', columnNames: ['caseId', 'departmentCode'] }));
    await q.addColumn('evaluations', new TableColumn(col.int('servedBy', { isNullable: true })));
    await q.query(`UPDATE evaluations SET "servedBy" = (SELECT t."servedBy" FROM tickets t WHERE t.id = evaluations."ticketId") WHERE "ticketId" IS NOT NULL`);
    await q.createIndex('evaluations', new TableIndex({ name: 'idx_evaluations_report', columnNames: ['hallCode', 'subjectType', 'createdAt', 'windowNumber', 'servedBy', 'score'] }));
    await q.createIndex('cases', new TableIndex({ name: 'idx_cases_hall_decided', columnNames: ['hallCode', 'decidedAt', 'itemCode', 'decidedOnTime', 'workingDaysTaken', 'visits'] }));
    await q.createTable(new Table({
      name: 'report_weights',
      columns: [col.id(), col.str('target', 16), col.str('component', 32), col.int('weight'), col.ms('updatedAt'), col.int('updatedBy', { isNullable: true })],
      uniques: [{ columnNames: ['target', 'component'] }],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('report_weights');
    await q.dropIndex('cases', 'idx_cases_hall_decided');
    await q.dropIndex('evaluations', 'idx_evaluations_report');
    await q.dropColumn('evaluations', 'servedBy');
    await q.dropIndex('case_tasks', 'idx_case_tasks_case_department');
    await q.createIndex('case_tasks', new TableIndex({ name: 'idx_case_tasks_case', columnNames: ['caseId'] }));
    await q.dropIndex('cases', 'idx_cases_hall_received');
    for (const c of ['filedByAgent', 'visits', 'decidedOnTime', 'workingDaysTaken']) await q.dropColumn('cases', c);
    await q.dropIndex('tickets', 'idx_tickets_report');
    await q.dropColumn('tickets', 'servedBy');
  }
}
