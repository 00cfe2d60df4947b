import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/** Hall devices (kiosks, window pads): one-time pairing codes and long-lived tokens, both stored hashed. */
export class Devices1764200000000 implements MigrationInterface {
  name = 'Devices1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'devices',
      columns: [
        col.id(), col.str('hallCode', 16), col.str('kind', 8), col.int('windowNumber', { isNullable: true }), col.str('name', 64),
        col.str('pairingCodeHash', 64, { isNullable: true }), col.ms('pairingExpiresAt', { isNullable: true }), col.bool('pairingUsed', false),
        col.str('tokenHash', 64, { isNullable: true }),
        col.ms('createdAt'), col.ms('pairedAt', { isNullable: true }), col.ms('revokedAt', { isNullable: true }),
      ],
      foreignKeys: [{ columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] }],
    }));
    await q.createIndex('devices', new TableIndex({ name: 'idx_devices_pairing_code', columnNames: ['pairingCodeHash'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('devices');
  }
}
