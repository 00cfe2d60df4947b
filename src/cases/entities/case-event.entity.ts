import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';

/** The trail: every transition of a case, the source of its timeline, audits and reports. */
@Entity('case_events')
@Index('idx_case_events_case', ['caseId', 'id'])
export class CaseEvent {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('cases') @Column({ type: 'int' }) caseId: number;
  @Column({ type: 'varchar', length: 32 }) action: string;
  @Column({ type: 'varchar', length: 24, nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 24 }) toStatus: string;
  @Column({ type: 'int', nullable: true }) actorId: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) actorName: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) departmentCode: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) at: number;
  @Column({ type: 'varchar', length: 512, nullable: true }) reason: string | null;
  @Column({ type: 'simple-json', nullable: true }) payload: Record<string, unknown> | null;
}
