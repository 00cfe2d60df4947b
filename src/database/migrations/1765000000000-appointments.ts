import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { col } from './table-helpers';

/**
 * Appointments (预约): bookings, the places taken per slot (the guarded counter that keeps slots from being
 * overbooked), capacities per hall × queue; tickets learn whether they came from an appointment and its slot.
 */
export class Appointments1765000000000 implements MigrationInterface {
  name = 'Appointments1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'appointments',
      columns: [
        col.id(), col.str('hallCode', 16), col.str('queueCode', 8), col.ms('slotStart'), col.ms('slotEnd'), col.str('slotDate', 10),
        col.str('phone', 32), col.str('name', 64), col.str('code', 16, { isUnique: true }), col.str('status', 16),
        col.str('activeKey', 64, { isNullable: true, isUnique: true }), col.int('ticketId', { isNullable: true }),
        col.int('bookedByDeviceId', { isNullable: true }), col.ms('createdAt'), col.ms('cancelledAt', { isNullable: true }),
        col.ms('checkedInAt', { isNullable: true }), col.ms('noShowAt', { isNullable: true }),
      ],
      foreignKeys: [
        new TableForeignKey({ columnNames: ['hallCode'], referencedTableName: 'halls', referencedColumnNames: ['code'] }),
        new TableForeignKey({ columnNames: ['ticketId'], referencedTableName: 'tickets', referencedColumnNames: ['id'] }),
      ],
    }));
    await q.createIndex('appointments', new TableIndex({ name: 'idx_appointments_slot', columnNames: ['hallCode', 'queueCode', 'slotStart'] }));
    await q.createIndex('appointments', new TableIndex({ name: 'idx_appointments_status_start', columnNames: ['status', 'slotStart'] }));
    await q.createIndex('appointments', new TableIndex({ name: 'idx_appointments_phone', columnNames: ['phone', 'slotStart'] }));
    await q.createIndex('appointments', new TableIndex({ name: 'idx_appointments_hall_date', columnNames: ['hallCode', 'slotDate'] }));
    await q.createTable(new Table({
      name: 'appointment_slots',
      columns: [
        col.str('hallCode', 16, { isPrimary: true }), col.str('queueCode', 8, { isPrimary: true }), col.ms('slotStart', { isPrimary: true }),
        col.int('booked', { default: 0 }),
      ],
    }));
    await q.createTable(new Table({
      name: 'appointment_capacities',
      columns: [col.str('hallCode', 16, { isPrimary: true }), col.str('queueCode', 8, { isPrimary: true }), col.int('capacity')],
    }));
    await q.addColumns('tickets', [
      new TableColumn(col.bool('appointment', false)),
      new TableColumn(col.ms('appointmentStart', { isNullable: true })),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['appointmentStart', 'appointment']) await q.dropColumn('tickets', c);
    for (const t of ['appointment_capacities', 'appointment_slots', 'appointments']) await q.dropTable(t);
  }
}
