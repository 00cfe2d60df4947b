import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { booleanDefault, epochMs } from '../database/columns';
import type { TicketStatus } from './domain/ticket-state';

@Entity('tickets')
@Index('idx_tickets_waiting', ['hallCode', 'businessDate', 'status', 'queueCode', 'priority', 'enqueuedAt'])
@Index('idx_tickets_finished', ['hallCode', 'queueCode', 'finishedAt'])
@Index('idx_tickets_called', ['hallCode', 'businessDate', 'calledAt'])
@Index('idx_tickets_transferred_from', ['transferredFromId'])
@Index('idx_tickets_report', ['hallCode', 'businessDate', 'status', 'windowNumber', 'servedBy', 'issuedAt', 'calledAt', 'startedAt', 'finishedAt'])
export class Ticket {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'varchar', length: 8 }) queueCode: string;
  /** The hall-local day the number belongs to; numbering restarts with it. */
  @Column({ type: 'varchar', length: 10 }) businessDate: string;
  @Column({ type: 'int' }) seqNo: number;
  @Column({ type: 'varchar', length: 12 }) number: string;
  @Column({ type: 'boolean', default: booleanDefault(false) }) priority: boolean;
  @Column({ type: 'varchar', length: 16 }) status: TicketStatus;
  @Column({ type: 'varchar', length: 32 }) statusToken: string;
  @Column({ type: 'varchar', length: 32, nullable: true }) phone: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) issuedAt: number;
  /** Ordering key: the issue time, kept across a transfer so the resident does not queue twice. */
  @Column({ type: 'bigint', transformer: epochMs }) enqueuedAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) calledAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) startedAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) heldAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) finishedAt: number | null;
  @Column({ type: 'int', nullable: true }) windowNumber: number | null;
  @Column({ type: 'int', default: 0 }) recallCount: number;
  /** The clerk who closed the visit (finished or no-show), for the window × clerk report. */
  @Column({ type: 'int', nullable: true }) servedBy: number | null;
  @ForeignKey('tickets') @Column({ type: 'int', nullable: true }) transferredFromId: number | null;
  /** Issued by checking in an appointment (预约): called before walk-ins of its queue once its slot has begun. */
  @Column({ type: 'boolean', default: booleanDefault(false) }) appointment: boolean;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) appointmentStart: number | null;
}
