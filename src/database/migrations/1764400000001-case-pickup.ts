import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from './table-helpers';

/**
 * 出件 records who collected a result at the window (applicant, agent or another named person, with the ID
 * number as checked), which clerk handed it over and at which window. Cases delivered before stay unknown.
 */
export class CasePickup1764400000001 implements MigrationInterface {
  name = 'CasePickup1764400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('cases', [
      new TableColumn(col.str('collectedByType', 16, { isNullable: true })),
      new TableColumn(col.str('collectedByName', 32, { isNullable: true })),
      new TableColumn(col.str('collectedByIdNumber', 32, { isNullable: true })),
      new TableColumn(col.int('deliveredBy', { isNullable: true })),
      new TableColumn(col.int('deliveredAtWindow', { isNullable: true })),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['deliveredAtWindow', 'deliveredBy', 'collectedByIdNumber', 'collectedByName', 'collectedByType']) await q.dropColumn('cases', c);
  }
}
