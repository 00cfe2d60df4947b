import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The daily serial of request numbers per hall. */
@Entity('request_counters')
export class RequestCounter {
  @PrimaryColumn({ type: 'varchar', length: 16 }) hallCode: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) businessDate: string;
  @Column({ type: 'int' }) lastSerial: number;
}
