import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { epochMs } from '../database/columns';
import type { WindowKind, WindowStatus } from './domain/window-kind';


/** A counter window. Comprehensive windows serve every queue, dedicated ones their listed queues. */
@Entity('hall_windows')
@Unique(['hallCode', 'number'])
export class HallWindow {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'int' }) number: number;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 16 }) kind: WindowKind;
  @Column({ type: 'simple-json' }) queueCodes: string[];
  @Column({ type: 'varchar', length: 16, default: 'closed' }) status: WindowStatus;
  @ForeignKey('users') @Column({ type: 'int', nullable: true }) operatorId: number | null;
  @Column({ type: 'int', nullable: true }) currentTicketId: number | null;
  /** Priority tickets called in a row, for the N:1 interleave. */
  @Column({ type: 'int', default: 0 }) priorityStreak: number;
  @Column({ type: 'bigint', transformer: epochMs, default: 0 }) updatedAt: number;
}
