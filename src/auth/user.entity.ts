import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './domain/auth-user';
import { booleanDefault, epochMs } from '../database/columns';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64, unique: true }) username: string;
  @Column({ type: 'varchar', length: 64 }) displayName: string;
  @Column({ type: 'varchar', length: 100 }) passwordHash: string;
  @Column({ type: 'simple-json' }) roles: Role[];
  @Column({ type: 'simple-json' }) departmentCodes: string[];
  @Column({ type: 'boolean', default: booleanDefault(true) }) active: boolean;
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
  /** Halls the account works in (empty for admin and supervisor, who see every hall). */
  @Column({ type: 'simple-json', default: () => `'[]'` }) hallCodes: string[];
  /** Set by an admin's reset (and for new accounts): every staff endpoint but the password change refuses until then. */
  @Column({ type: 'boolean', default: booleanDefault(false) }) mustChangePassword: boolean;
  /** Carried by every access token; raising it revokes all earlier tokens. */
  @Column({ type: 'int', default: 0 }) tokenVersion: number;
}
