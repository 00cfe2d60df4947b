import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/**
 * 一件事一次办: a bundle item's members (bundle_members), and the parts of a bundle's case (cases.parentCaseId:
 * each part is a case of its own, in its own department, pointing at the bundle's case).
 */
export class Bundles1765000000100 implements MigrationInterface {
  name = 'Bundles1765000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'bundle_members',
      columns: [col.str('bundleCode', 16, { isPrimary: true }), col.str('memberCode', 16, { isPrimary: true }), col.int('sortOrder', { default: 0 })],
      foreignKeys: [
        { columnNames: ['bundleCode'], referencedTableName: 'service_items', referencedColumnNames: ['code'], onDelete: 'CASCADE' },
        { columnNames: ['memberCode'], referencedTableName: 'service_items', referencedColumnNames: ['code'] },
      ],
    }));
    await q.addColumn('cases', new TableColumn(col.int('parentCaseId', { isNullable: true })));
    await q.createForeignKey('cases', new TableForeignKey({ columnNames: ['parentCaseId'], referencedTableName: 'cases', referencedColumnNames: ['id'] }));
    await q.createIndex('cases', new TableIndex({ name: 'idx_cases_parent', columnNames: ['parentCaseId'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('cases', 'idx_cases_parent');
    const table = await q.getTable('cases');
    const fk = table?.foreignKeys.find((f) => f.columnNames.includes('parentCaseId'));
    if (fk) await q.dropForeignKey('cases', fk);
    await q.dropColumn('cases', 'parentCaseId');
    await q.dropTable('bundle_members');
  }
}
