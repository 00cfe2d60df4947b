import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';

/** The trail of a request: every step, the source of its timelines and figures. */
@Entity('request_events')
@Index('idx_request_events_request', ['requestId', 'id'])
export class RequestEvent {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('requests') @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'varchar', length: 32 }) action: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 16 }) toStatus: string;
  @Column({ type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) actorName: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) departmentCode: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) at: number;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reason: string | null;
}
