import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';
import type { SubjectType } from '../domain/rating-subject';
import type { EvaluationSource } from '../domain/evaluation-source';
import type { Score } from '../domain/score';

/** One rating (好差评): of a visit (一次一评) or of a case (一事一评), at most one per subject. */
@Entity('evaluations')
@Index('idx_evaluations_hall_created', ['hallCode', 'createdAt'])
@Index('idx_evaluations_score_created', ['score', 'createdAt'])
// the reports: ratings of visits (window × clerk) and of cases and requests, by hall and period
@Index('idx_evaluations_report', ['hallCode', 'subjectType', 'createdAt', 'windowNumber', 'servedBy', 'score'])
export class Evaluation {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'varchar', length: 8 }) subjectType: SubjectType;
  @ForeignKey('tickets') @Column({ type: 'int', nullable: true, unique: true }) ticketId: number | null;
  @ForeignKey('cases') @Column({ type: 'int', nullable: true, unique: true }) caseId: number | null;
  @ForeignKey('requests') @Column({ type: 'int', nullable: true, unique: true }) requestId: number | null;
  @Column({ type: 'int' }) score: Score;
  @Column({ type: 'varchar', length: 500, nullable: true }) comment: string | null;
  @Column({ type: 'varchar', length: 16 }) source: EvaluationSource;
  /** Snapshots for reports: the window that served, the item, the departments the case went through. */
  @Column({ type: 'int', nullable: true }) windowNumber: number | null;
  /** A visit's clerk (the ticket's servedBy when rated): the window × clerk report reads it from the index. */
  @Column({ type: 'int', nullable: true }) servedBy: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) itemCode: string | null;
  @Column({ type: 'simple-json' }) departmentCodes: string[];
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
}
