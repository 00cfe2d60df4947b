import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';
import type { RequestLevel } from '../domain/request-light';
import type { RequestStatus } from '../domain/request-state';
import type { RequestSource } from '../domain/request-views';

/** A resident's request or a grid event (诉求/事件), from the report to the reply, 回访 and close. */
@Entity('requests')
@Index('idx_requests_status', ['status', 'reportedAt'])
@Index('idx_requests_hall_reported', ['hallCode', 'reportedAt'])
@Index('idx_requests_next_check', ['nextCheckAt'])
export class ResidentRequest {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 24, unique: true }) requestNumber: string;
  @Column({ type: 'varchar', length: 8 }) queryCode: string;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  /** Snapshot of the category at the report: later edits of its hours do not move a running request. */
  @Column({ type: 'varchar', length: 16 }) categoryCode: string;
  @Column({ type: 'varchar', length: 64 }) categoryName: string;
  @Column({ type: 'varchar', length: 16 }) source: RequestSource;
  @Column({ type: 'varchar', length: 64, nullable: true }) hotlineRef: string | null;
  @Column({ type: 'varchar', length: 500 }) description: string;
  @Column({ type: 'varchar', length: 120, nullable: true }) location: string | null;
  @Column({ type: 'varchar', length: 32 }) phone: string;
  @Column({ type: 'varchar', length: 32, nullable: true }) name: string | null;
  @Column({ type: 'varchar', length: 16 }) status: RequestStatus;
  @Column({ type: 'varchar', length: 8, nullable: true }) level: RequestLevel | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) nextCheckAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs }) reportedAt: number;
  @Column({ type: 'bigint', transformer: epochMs }) respondBy: number;
  @Column({ type: 'bigint', transformer: epochMs }) dueAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) dispatchedAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) repliedAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) closedAt: number | null;
  /** The staff or grid account that filed it; null for a resident's own report. */
  @ForeignKey('users') @Column({ type: 'int', nullable: true }) createdBy: number | null;
  @Column({ type: 'boolean', nullable: true }) revisitSatisfied: boolean | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) revisitNote: string | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) revisitAt: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) revisitBy: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) updatedAt: number;
}
