import { Column, Entity, PrimaryColumn } from 'typeorm';
import { booleanDefault } from '../../database/columns';

/** A request category and its limits on the clock, in minutes (whole or half hours in the API). */
@Entity('request_categories')
export class RequestCategoryRow {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 16 }) departmentCode: string;
  @Column({ type: 'int' }) responseMinutes: number;
  @Column({ type: 'int' }) handleMinutes: number;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
  @Column({ type: 'boolean', default: booleanDefault(true) }) active: boolean;
}
