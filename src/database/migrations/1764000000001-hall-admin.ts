import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { DEFAULT_OPENING_HOURS_JSON } from '../../halls/domain/hall-rules';
import { col } from './table-helpers';

/**
 * Halls administration: a hall is a centre or one of its community service points (`parentHall`, checked by
 * the halls service), with working days' opening hours. Existing halls become centres with the default hours.
 */
export class HallAdmin1764000000001 implements MigrationInterface {
  name = 'HallAdmin1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('halls', [
      new TableColumn(col.str('kind', 8, { default: `'centre'` })),
      new TableColumn(col.str('parentHall', 16, { isNullable: true })),
      new TableColumn(col.json('openingHours', { default: `'${DEFAULT_OPENING_HOURS_JSON}'` })),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['openingHours', 'parentHall', 'kind']) await q.dropColumn('halls', c);
  }
}
