import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { epochMs } from '../database/columns';

export type CalendarYearSource = 'file' | 'import';

/**
 * A year whose official schedule is loaded. A year may have no exception rows at all and still be loaded;
 * a shipped file is loaded at start only for a year without this row, so admins' edits survive restarts.
 */
@Entity('calendar_years')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 16 }) source: CalendarYearSource;
  @Column({ type: 'bigint', transformer: epochMs }) updatedAt: number;
  @ForeignKey('users', { onDelete: 'SET NULL' }) @Column({ type: 'int', nullable: true }) updatedBy: number | null;
}
