import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';

/** The trail of a rectification: who did what, when, from which status to which, with their note. */
@Entity('rectification_events')
@Index('idx_rectification_events_task', ['rectificationId', 'id'])
export class RectificationEvent {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('rectifications') @Column({ type: 'int' }) rectificationId: number;
  @Column({ type: 'varchar', length: 16 }) action: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 16 }) toStatus: string;
  @ForeignKey('users') @Column({ type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) actorName: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) at: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @Column({ type: 'simple-json', nullable: true }) payload: Record<string, unknown> | null;
}
