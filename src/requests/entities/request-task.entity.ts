import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';
import type { RequestTaskStatus } from '../domain/request-views';

/** A department's share of a request: one per department it was dispatched to (街道吹哨、部门报到 may call several). */
@Entity('request_tasks')
@Index('idx_request_tasks_department', ['departmentCode', 'status'])
@Index('idx_request_tasks_request', ['requestId'])
export class RequestTask {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('requests') @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'varchar', length: 16 }) departmentCode: string;
  @Column({ type: 'varchar', length: 16 }) status: RequestTaskStatus;
  @Column({ type: 'int', nullable: true }) assigneeId: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) assigneeName: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) dispatchedAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) claimedAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) repliedAt: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) replyText: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) returnReason: string | null;
}
