import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Departments that own an item: one for most, several for joint items (联办), the first being the lead. */
@Entity('service_item_departments')
export class ServiceItemDepartment {
  @ForeignKey('service_items', { onDelete: 'CASCADE' }) @PrimaryColumn({ type: 'varchar', length: 16 }) itemCode: string;
  @ForeignKey('departments') @PrimaryColumn({ type: 'varchar', length: 16 }) departmentCode: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
}
