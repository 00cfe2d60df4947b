import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';
import type { AppointmentStatus } from '../domain/appointment-rules';

/** A booking of a slot (预约): a hall × queue × 30-minute slot, a phone and a name, a code to check in with. */
@Entity('appointments')
@Index('idx_appointments_slot', ['hallCode', 'queueCode', 'slotStart'])
@Index('idx_appointments_status_start', ['status', 'slotStart'])
@Index('idx_appointments_phone', ['phone', 'slotStart'])
@Index('idx_appointments_hall_date', ['hallCode', 'slotDate'])
export class Appointment {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'varchar', length: 8 }) queueCode: string;
  @Column({ type: 'bigint', transformer: epochMs }) slotStart: number;
  @Column({ type: 'bigint', transformer: epochMs }) slotEnd: number;
  /** The hall-local day of the slot. */
  @Column({ type: 'varchar', length: 10 }) slotDate: string;
  @Column({ type: 'varchar', length: 32 }) phone: string;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 16, unique: true }) code: string;
  @Column({ type: 'varchar', length: 16 }) status: AppointmentStatus;
  /**
   * `hall|date|phone` while the booking is active (booked or checked in), null otherwise: the unique key that
   * keeps one active booking per phone per hall per day on both databases (NULLs never collide).
   */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true }) activeKey: string | null;
  @ForeignKey('tickets') @Column({ type: 'int', nullable: true }) ticketId: number | null;
  /** The paired kiosk that booked it, if any. */
  @Column({ type: 'int', nullable: true }) bookedByDeviceId: number | null;
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) cancelledAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) checkedInAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) noShowAt: number | null;
}
