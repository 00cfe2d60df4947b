import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { epochMs } from '../database/columns';

/** One weight of the 考核 ranking, set by an admin: how much a component counts for staff or for departments. */
@Entity('report_weights')
@Unique(['target', 'component'])
export class ReportWeight {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 16 }) target: 'staff' | 'department';
  @Column({ type: 'varchar', length: 32 }) component: string;
  @Column({ type: 'int' }) weight: number;
  @Column({ type: 'bigint', transformer: epochMs }) updatedAt: number;
  @Column({ type: 'int', nullable: true }) updatedBy: number | null;
}
