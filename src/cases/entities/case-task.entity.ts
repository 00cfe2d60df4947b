import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';
import type { TaskStatus } from '../domain/case-terms';

/** A department's share of a case: one for most items, one per department for joint items (联办). */
@Entity('case_tasks')
@Index('idx_case_tasks_department', ['departmentCode', 'status'])
@Index('idx_case_tasks_case_department', ['caseId', 'departmentCode'])
export class CaseTask {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('cases') @Column({ type: 'int' }) caseId: number;
  @Column({ type: 'varchar', length: 16 }) departmentCode: string;
  @Column({ type: 'varchar', length: 16 }) status: TaskStatus;
  @Column({ type: 'int', nullable: true }) assigneeId: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) outcome: 'approved' | 'denied' | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) reason: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) dispatchedAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) claimedAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) doneAt: number | null;
}
