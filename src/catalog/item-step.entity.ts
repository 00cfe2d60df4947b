import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { booleanDefault } from '../database/columns';
import type { LimitUnit } from './service-item.entity';

/** One step of an item's published route (路线图·时间表·责任人). */
@Entity('item_steps')
@Unique(['itemCode', 'seq'])
export class ItemStep {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('service_items', { onDelete: 'CASCADE' }) @Column({ type: 'varchar', length: 16 }) itemCode: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 64 }) name: string;
  /** Responsible department; null for the front desk or an outside body (see `external`). */
  @ForeignKey('departments') @Column({ type: 'varchar', length: 16, nullable: true }) departmentCode: string | null;
  @Column({ type: 'int' }) limitValue: number;
  @Column({ type: 'varchar', length: 16 }) limitUnit: LimitUnit;
  /** Done by a higher level (上报件: the street accepts, the district decides). */
  @Column({ type: 'boolean', default: booleanDefault(false) }) external: boolean;
  @Column({ type: 'varchar', length: 64, default: '' }) responsible: string;
}
