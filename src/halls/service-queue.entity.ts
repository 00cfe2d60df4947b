import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A queue of the hall (A 民生保障 …); its code is also the ticket prefix. */
@Entity('service_queues')
@Unique(['hallCode', 'code'])
export class ServiceQueue {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'varchar', length: 8 }) code: string;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
}
