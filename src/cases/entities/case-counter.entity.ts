import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The daily serial of case numbers per hall. */
@Entity('case_counters')
export class CaseCounter {
  @PrimaryColumn({ type: 'varchar', length: 16 }) hallCode: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) businessDate: string;
  @Column({ type: 'int' }) lastSerial: number;
}
