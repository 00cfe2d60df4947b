import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DEFAULT_OPENING_HOURS_JSON, HallKind, OpeningInterval } from './domain/hall-rules';

/** A hall: a street centre or one of its community service points (`parentHall` names the centre). */
@Entity('halls')
export class Hall {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 128 }) name: string;
  /** IANA zone in which business days start and dates are shown. */
  @Column({ type: 'varchar', length: 64 }) timeZone: string;
  @Column({ type: 'varchar', length: 8, default: 'centre' }) kind: HallKind;
  @Column({ type: 'varchar', length: 16, nullable: true }) parentHall: string | null;
  /** Working days' opening hours, in the order of the day. */
  @Column({ type: 'simple-json', default: DEFAULT_OPENING_HOURS_JSON }) openingHours: OpeningInterval[];
}
