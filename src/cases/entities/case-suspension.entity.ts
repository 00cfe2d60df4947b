import { Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';

export const SUSPENSION_TYPES = ['hearing', 'inspection', 'testing', 'appraisal', 'expert_review', 'public_notice', 'site_survey', 'other'] as const;
export type SuspensionType = (typeof SUSPENSION_TYPES)[number];

/** A special procedure (特别程序): the clock stops from start to end. */
@Entity('case_suspensions')
export class CaseSuspension {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('cases') @Column({ type: 'int' }) caseId: number;
  @Column({ type: 'varchar', length: 16 }) type: SuspensionType;
  @Column({ type: 'varchar', length: 512 }) reason: string;
  @Column({ type: 'bigint', transformer: epochMs }) startedAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) endedAt: number | null;
  @Column({ type: 'int', nullable: true }) workingDays: number | null;
  @Column({ type: 'int' }) startedBy: number;
}
