import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { booleanDefault, epochMs } from '../../database/columns';
import type { RectificationResult, RectificationStatus } from '../domain/rectification-state';

/** 差评整改: the task a bad review opens, owned by a department or by a window of the hall. */
@Entity('rectifications')
@Index('idx_rectifications_status_due', ['status', 'dueDate'])
@Index('idx_rectifications_department', ['departmentCode', 'status'])
@Index('idx_rectifications_window', ['hallCode', 'windowNumber', 'status'])
export class Rectification {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('evaluations') @Column({ type: 'int', unique: true }) evaluationId: number;
  @Column({ type: 'varchar', length: 16 }) ownerType: 'department' | 'window';
  @ForeignKey('departments') @Column({ type: 'varchar', length: 16, nullable: true }) departmentCode: string | null;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'int', nullable: true }) windowNumber: number | null;
  /** The staff member rated (who served the visit, or took in the on-the-spot case): never verifies or closes it. */
  @Column({ type: 'int', nullable: true }) ratedUserId: number | null;
  @Column({ type: 'varchar', length: 16 }) status: RectificationStatus;
  /** One appeal per task. */
  @Column({ type: 'boolean', default: booleanDefault(false) }) appealed: boolean;
  @Column({ type: 'varchar', length: 10 }) dueDate: string;
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
  @Column({ type: 'bigint', transformer: epochMs }) updatedAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) closedAt: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) result: RectificationResult | null;
  /** The closing note: the revisit's finding, or the re-check's conclusion. */
  @Column({ type: 'varchar', length: 500, nullable: true }) resultNote: string | null;
  /** At the revisit (回访), whether the resident is now satisfied, when they said. */
  @Column({ type: 'boolean', nullable: true }) revisitSatisfied: boolean | null;
}
