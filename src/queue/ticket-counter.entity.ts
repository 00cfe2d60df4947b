import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number issued per hall × queue × business day. */
@Entity('ticket_counters')
export class TicketCounter {
  @PrimaryColumn({ type: 'varchar', length: 16 }) hallCode: string;
  @PrimaryColumn({ type: 'varchar', length: 8 }) queueCode: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) businessDate: string;
  @Column({ type: 'int' }) lastNumber: number;
}
