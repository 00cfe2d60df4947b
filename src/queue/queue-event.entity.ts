import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../database/columns';

export type QueueSubject = 'ticket' | 'window';

/** One row per change of a ticket or a window: who, when, from, to. */
@Entity('queue_events')
@Index('idx_queue_events_subject', ['subjectType', 'subjectId'])
export class QueueEvent {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'varchar', length: 8 }) subjectType: QueueSubject;
  @Column({ type: 'int' }) subjectId: number;
  @Column({ type: 'varchar', length: 16 }) action: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 16 }) toStatus: string;
  @Column({ type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'bigint', transformer: epochMs }) at: number;
  @Column({ type: 'simple-json', nullable: true }) payload: Record<string, unknown> | null;
}
