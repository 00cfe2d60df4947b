import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Places per slot of a hall × queue, set by admins; a queue without a row has the default (4). */
@Entity('appointment_capacities')
export class AppointmentCapacity {
  @PrimaryColumn({ type: 'varchar', length: 16 }) hallCode: string;
  @PrimaryColumn({ type: 'varchar', length: 8 }) queueCode: string;
  @Column({ type: 'int' }) capacity: number;
}
