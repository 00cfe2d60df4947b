import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { booleanDefault } from '../database/columns';

/** A material the applicant brings for an item (申请材料). */
@Entity('item_materials')
@Unique(['itemCode', 'code'])
export class ItemMaterial {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('service_items', { onDelete: 'CASCADE' }) @Column({ type: 'varchar', length: 16 }) itemCode: string;
  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 128 }) name: string;
  @Column({ type: 'int', default: 1 }) copies: number;
  /** The original must be shown (true) or a copy is enough (false). */
  @Column({ type: 'boolean', default: booleanDefault(false) }) original: boolean;
  @Column({ type: 'boolean', default: booleanDefault(true) }) required: boolean;
  /** May be supplied after acceptance on signed commitment (容缺受理). */
  @Column({ type: 'boolean', default: booleanDefault(false) }) deferrable: boolean;
  /** A signed commitment may replace it (告知承诺制). */
  @Column({ type: 'boolean', default: booleanDefault(false) }) commitmentAllowed: boolean;
  @Column({ type: 'varchar', length: 256, default: '' }) note: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
}
