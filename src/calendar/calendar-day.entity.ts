import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { booleanDefault, epochMs } from '../database/columns';

/** One exception to the Mon–Fri week (a holiday or a make-up working day), as in the holiday-cn files. */
@Entity('calendar_days')
export class CalendarDayEntity {
  /** YYYY-MM-DD; the hall's calendar date. */
  @PrimaryColumn({ type: 'varchar', length: 10 }) date: string;
  @Column({ type: 'boolean', default: booleanDefault(false) }) isOffDay: boolean;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'bigint', transformer: epochMs }) updatedAt: number;
  /** The admin who last set the day; null when it came from a shipped file. */
  @ForeignKey('users', { onDelete: 'SET NULL' }) @Column({ type: 'int', nullable: true }) updatedBy: number | null;
}
