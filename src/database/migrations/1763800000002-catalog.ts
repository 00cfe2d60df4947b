import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from './table-helpers';

/** The service catalogue: items, their owning departments, materials and published route. */
export class Catalog1763800000002 implements MigrationInterface {
  name = 'Catalog1763800000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'service_items',
      columns: [
        col.str('code', 16, { isPrimary: true }), col.str('name', 64), col.str('pinyinInitials', 64), col.str('kind', 16),
        col.str('queueCode', 8, { isNullable: true }), col.int('promisedLimitValue'), col.str('promisedLimitUnit', 16),
        col.int('statutoryLimitValue'), col.str('statutoryLimitUnit', 16), col.int('feeFen', { default: 0 }),
        col.int('visitsRequired', { default: 1 }), col.int('windowMinutes', { isNullable: true }), { name: 'guide', type: 'text' },
        col.bool('active', true), col.int('sortOrder', { default: 0 }), col.ms('updatedAt'),
      ],
    }));
    await q.createTable(new Table({
      name: 'service_item_departments',
      columns: [col.str('itemCode', 16, { isPrimary: true }), col.str('departmentCode', 16, { isPrimary: true }), col.int('sortOrder', { default: 0 })],
      foreignKeys: [
        { columnNames: ['itemCode'], referencedTableName: 'service_items', referencedColumnNames: ['code'], onDelete: 'CASCADE' },
        { columnNames: ['departmentCode'], referencedTableName: 'departments', referencedColumnNames: ['code'] },
      ],
    }));
    await q.createTable(new Table({
      name: 'item_materials',
      columns: [
        col.id(), col.str('itemCode', 16), col.str('code', 32), col.str('name', 128), col.int('copies', { default: 1 }),
        col.bool('original', false), col.bool('required', true), col.bool('deferrable', false), col.bool('commitmentAllowed', false),
        col.str('note', 256, { default: "''" }), col.int('sortOrder', { default: 0 }),
      ],
      uniques: [{ columnNames: ['itemCode', 'code'] }],
      foreignKeys: [{ columnNames: ['itemCode'], referencedTableName: 'service_items', referencedColumnNames: ['code'], onDelete: 'CASCADE' }],
    }));
    await q.createTable(new Table({
      name: 'item_steps',
      columns: [
        col.id(), col.str('itemCode', 16), col.int('seq'), col.str('name', 64), col.str('departmentCode', 16, { isNullable: true }),
        col.int('limitValue'), col.str('limitUnit', 16), col.bool('external', false), col.str('responsible', 64, { default: "''" }),
      ],
      uniques: [{ columnNames: ['itemCode', 'seq'] }],
      foreignKeys: [
        { columnNames: ['itemCode'], referencedTableName: 'service_items', referencedColumnNames: ['code'], onDelete: 'CASCADE' },
        { columnNames: ['departmentCode'], referencedTableName: 'departments', referencedColumnNames: ['code'] },
      ],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['item_steps', 'item_materials', 'service_item_departments', 'service_items']) await q.dropTable(t);
  }
}
