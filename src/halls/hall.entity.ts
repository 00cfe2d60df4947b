import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('halls')
export class Hall {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 128 }) name: string;
  /** IANA zone in which business days start and dates are shown. */
  @Column({ type: 'varchar', length: 64 }) timeZone: string;
}
