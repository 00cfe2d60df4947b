import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { booleanDefault, epochMs } from '../database/columns';
import type { DeviceKind } from './domain/device';

/**
 * A hall device: a kiosk or a window's pad. It pairs with a one-time code (stored as its SHA-256, valid 24 h)
 * and then holds an opaque token, stored as its SHA-256 too; revoking clears the token.
 */
@Entity('devices')
@Index('idx_devices_pairing_code', ['pairingCodeHash'])
export class Device {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('halls') @Column({ type: 'varchar', length: 16 }) hallCode: string;
  @Column({ type: 'varchar', length: 8 }) kind: DeviceKind;
  @Column({ type: 'int', nullable: true }) windowNumber: number | null;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) pairingCodeHash: string | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) pairingExpiresAt: number | null;
  @Column({ type: 'boolean', default: booleanDefault(false) }) pairingUsed: boolean;
  @Column({ type: 'varchar', length: 64, nullable: true }) tokenHash: string | null;
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) pairedAt: number | null;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) revokedAt: number | null;
}
