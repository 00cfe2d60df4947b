import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../../database/columns';

/**
 * The places taken in one slot of a hall × queue. Booking raises `booked` with a guarded
 * `UPDATE … SET booked = booked + 1 WHERE booked < capacity`, so no slot is ever overbooked; cancelling lowers it.
 */
@Entity('appointment_slots')
export class AppointmentSlot {
  @PrimaryColumn({ type: 'varchar', length: 16 }) hallCode: string;
  @PrimaryColumn({ type: 'varchar', length: 8 }) queueCode: string;
  @PrimaryColumn({ type: 'bigint', transformer: epochMs }) slotStart: number;
  @Column({ type: 'int', default: 0 }) booked: number;
}
