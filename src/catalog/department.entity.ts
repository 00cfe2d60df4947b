import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A back-office department (e.g. ZL 社会治理办公室) that owns service items and works cases. */
@Entity('departments')
export class Department {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 64 }) name: string;
}
