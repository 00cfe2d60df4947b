import type { CollectorType } from '../domain/pickup';
import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { booleanDefault, epochMs } from '../../database/columns';
import type { CaseStatus } from '../domain/case-state';
import type { LimitUnit } from '../domain/deadline';
import type { WarningLevel } from '../domain/warning-level';

/** One application for one service item (办件), from the window to delivery. */
@Entity('cases')
@Index('idx_cases_status_due', ['status', 'dueDate'])
@Index('idx_cases_next_check', ['nextCheckAt'])
@Index('idx_cases_parent', ['parentCaseId'])
@Index('idx_cases_hall_received', ['hallCode', 'receivedAt'])
// covers the reports' sums of decided cases
@Index('idx_cases_hall_decided', ['hallCode', 'decidedAt', 'itemCode', 'decidedOnTime', 'workingDaysTaken', 'visits'])
export class Case {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 24, unique: true }) caseNumber: string;
  @Column({ type: 'varchar', length: 8 }) queryCode: string;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @ForeignKey('tickets') @Column({ type: 'int', nullable: true }) ticketId: number | null;
  @ForeignKey('service_items') @Column({ type: 'varchar', length: 16 }) itemCode: string;
  /** Snapshot of the item's name and limits at intake: later catalogue edits do not move a running case. */
  @Column({ type: 'varchar', length: 64 }) itemName: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'varchar', length: 24 }) status: CaseStatus;
  @Column({ type: 'varchar', length: 32 }) applicantName: string;
  @Column({ type: 'varchar', length: 32 }) applicantIdNumber: string;
  @Column({ type: 'varchar', length: 32 }) applicantPhone: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) agentType: 'proxy' | 'assist' | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) agentName: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) agentIdNumber: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) agentPhone: string | null;
  @Column({ type: 'int' }) promisedValue: number;
  @Column({ type: 'varchar', length: 16 }) promisedUnit: LimitUnit;
  @Column({ type: 'int' }) statutoryValue: number;
  @Column({ type: 'varchar', length: 16 }) statutoryUnit: LimitUnit;
  @Column({ type: 'bigint', transformer: epochMs }) receivedAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) acceptedAt: number | null;
  /** Approved extension days and closed pauses: the facts the due dates are recomputed from. */
  @Column({ type: 'int', default: 0 }) extensionDays: number;
  @Column({ type: 'int', default: 0 }) pausedWorkingDays: number;
  @Column({ type: 'bigint', transformer: epochMs, default: 0 }) pausedMs: number;
  @Column({ type: 'varchar', length: 10, nullable: true }) dueDate: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) statutoryDueDate: string | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) dueAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) statutoryDueAt: number | null;
  /** Deferred materials (容缺) must be supplied by this date, never later than the due date. */
  @Column({ type: 'varchar', length: 10, nullable: true }) supplyDueDate: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) warningLevel: WarningLevel | null;
  @Column({ type: 'boolean', default: booleanDefault(false) }) supervised: boolean;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) nextCheckAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) decidedAt: number | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) decisionReason: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) deliveryMethod: 'window' | 'post' | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) trackingNo: string | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) deliveredAt: number | null;
  /** 出件 at the window: who collected the result (a copy of the person as checked then), who handed it over, where. */
  @Column({ type: 'varchar', length: 16, nullable: true }) collectedByType: CollectorType | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) collectedByName: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) collectedByIdNumber: string | null;
  @Column({ type: 'int', nullable: true }) deliveredBy: number | null;
  @Column({ type: 'int', nullable: true }) deliveredAtWindow: number | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) reason: string | null;
  @ForeignKey('users') @Column({ type: 'int' }) createdBy: number;
  /** A part of a bundle (一件事): the bundle's case, decided when every part is. Null for every other case. */
  @ForeignKey('cases') @Column({ type: 'int', nullable: true }) parentCaseId: number | null;
  /** Report facts (report-facts.ts), written by the command runner: set at the decision, and visits as they happen. */
  @Column({ type: 'int', nullable: true }) workingDaysTaken: number | null;
  @Column({ type: 'boolean', nullable: true }) decidedOnTime: boolean | null;
  @Column({ type: 'int', default: 0 }) visits: number;
  @Column({ type: 'boolean', default: booleanDefault(false) }) filedByAgent: boolean;
  @Column({ type: 'bigint', transformer: epochMs }) updatedAt: number;
}
