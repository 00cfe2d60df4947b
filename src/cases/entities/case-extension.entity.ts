import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';
import type { ExtensionStatus } from '../domain/case-terms';

/** A request to extend the promised limit (延期), decided by the department head. */
@Entity('case_extensions')
export class CaseExtension {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) caseId: number;
  @Column({ type: 'varchar', length: 16 }) departmentCode: string;
  @Column({ type: 'int' }) days: number;
  @Column({ type: 'varchar', length: 512 }) reason: string;
  @Column({ type: 'varchar', length: 16 }) status: ExtensionStatus;
  @Column({ type: 'int' }) requestedBy: number;
  @Column({ type: 'bigint', transformer: epochMs }) requestedAt: number;
  @Column({ type: 'int', nullable: true }) decidedBy: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) decidedAt: number | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) decisionReason: string | null;
}
