import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from './table-helpers';

/**
 * A complaint about a window names the staff member rated (who served the visit), so that someone else —
 * a supervisor — verifies and closes it. Tasks opened before are left unknown (null).
 */
export class RectificationRatedUser1764400000000 implements MigrationInterface {
  name = 'RectificationRatedUser1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('rectifications', new TableColumn(col.int('ratedUserId', { isNullable: true })));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('rectifications', 'ratedUserId');
  }
}
