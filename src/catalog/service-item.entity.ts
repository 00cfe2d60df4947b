import { Column, Entity, PrimaryColumn } from 'typeorm';
import { booleanDefault, epochMs } from '../database/columns';
import type { ItemKind, LimitUnit } from './domain/catalog-terms';

export { ITEM_KINDS, LIMIT_UNITS } from './domain/catalog-terms';
export type { ItemKind, LimitUnit } from './domain/catalog-terms';

/** A service item of the centre's published list (政务服务事项清单), with its guide (办事指南). */
@Entity('service_items')
export class ServiceItem {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 64 }) name: string;
  /** Initials of the name's pinyin (生育登记 → SYDJ) so clerks find items by typing a few letters. */
  @Column({ type: 'varchar', length: 64 }) pinyinInitials: string;
  @Column({ type: 'varchar', length: 16 }) kind: ItemKind;
  /** The queue a resident takes a number in for this item. */
  @Column({ type: 'varchar', length: 8, nullable: true }) queueCode: string | null;
  @Column({ type: 'int' }) promisedLimitValue: number;
  @Column({ type: 'varchar', length: 16 }) promisedLimitUnit: LimitUnit;
  @Column({ type: 'int' }) statutoryLimitValue: number;
  @Column({ type: 'varchar', length: 16 }) statutoryLimitUnit: LimitUnit;
  /** Fee in fen (分); 0 is free of charge. */
  @Column({ type: 'int', default: 0 }) feeFen: number;
  /** Visits the resident makes at most (最多跑一次 is 1; 0 means none: online or by agent). */
  @Column({ type: 'int', default: 1 }) visitsRequired: number;
  /** For immediate items: minutes at the window after which service counts as slow. */
  @Column({ type: 'int', nullable: true }) windowMinutes: number | null;
  @Column({ type: 'text' }) guide: string;
  @Column({ type: 'boolean', default: booleanDefault(true) }) active: boolean;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
  @Column({ type: 'bigint', transformer: epochMs }) updatedAt: number;
}
