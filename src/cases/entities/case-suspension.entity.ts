import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';
import type { SuspensionType } from '../domain/case-terms';

/** A special procedure (特别程序): the clock stops from start to end. */
@Entity('case_suspensions')
export class CaseSuspension {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) caseId: number;
  @Column({ type: 'varchar', length: 16 }) type: SuspensionType;
  @Column({ type: 'varchar', length: 512 }) reason: string;
  @Column({ type: 'bigint', transformer: epochMs }) startedAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) endedAt: number | null;
  @Column({ type: 'int', nullable: true }) workingDays: number | null;
  @Column({ type: 'int' }) startedBy: number;
}
